/* A bar panel: { categories, series }; horizontal when there are many categories. */
import { chartOption } from '../charts.js';
import { categoriesOption } from './categories.js';

export const layout = { wide: false, tall: false };

export function draw(panel, container, newChart) {
  const v = panel.data.values;
  newChart().setOption(Object.assign(chartOption(), categoriesOption(panel, v, 'bar', v.categories.length > 6)));
}
