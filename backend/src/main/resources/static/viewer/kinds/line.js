/* A line panel: { categories, series }, periods in time order (the backend orders them). */
import { chartOption } from '../charts.js';
import { categoriesOption } from './categories.js';

export const layout = { wide: false, tall: false };

export function draw(panel, container, newChart) {
  newChart().setOption(Object.assign(chartOption(), categoriesOption(panel, panel.data.values, 'line', false)));
}
