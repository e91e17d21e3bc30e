/* A KPI panel: { value, change, changePercent }, drawn as text, not as a chart. */
import { element } from '../elements.js';
import { format, number } from '../figures.js';

export const layout = { wide: false, tall: false };

export function summary(panel) {
  return format(panel.data.values.value, panel.units);
}

export function draw(panel, container) {
  const v = panel.data.values;
  container.classList.remove('chart');
  container.replaceChildren(element('p', { class: 'kpi', 'data-value': v.value === null ? '' : v.value,
    text: format(v.value, panel.units) }));
  if (v.change !== null && v.change !== undefined) {
    const up = number(v.change) > 0;
    container.append(element('p', { class: 'kpi-change ' + (up ? 'up' : 'down'), 'data-change': v.change,
      text: format(v.change, panel.units) + (v.changePercent !== null ? ' (' + format(v.changePercent, '%')
        + '%)' : '') + ' from the year before' }));
  }
}
