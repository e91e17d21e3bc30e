/*
 * A spine panel: { subject, benchmarks, rows }, drawn as Fingertips draws it: a row an indicator, the place's value
 * with its interval against each benchmark and the range of the places.
 */
import { element } from '../elements.js';
import { format, number } from '../figures.js';

export const layout = { wide: true, tall: false };

const COLOURS = ['#1b1f24', '#d55e00', '#0072b2', '#009e73'];

export function draw(panel, container) {
  const v = panel.data.values;
  container.classList.remove('chart');
  const legend = element('p', { class: 'spine-legend' },
    element('span', {}, element('i', { style: 'background:#b9c2cc' }), 'range of the places'),
    element('span', {}, element('i', { style: 'background:#005a8c;border-radius:50%' }), 'the place, with its interval'),
    v.benchmarks.map((b, i) => element('span', {}, element('i', { style: 'background:' + COLOURS[i % 4] }), b)));
  const rows = v.rows.map(row => {
    const points = [row.value, row.lower, row.upper, row.min, row.max]
      .concat(Object.values(row.benchmarks || {})).map(number).filter(n => n !== null);
    const low = Math.min(...points);
    const high = Math.max(...points);
    const at = x => high === low ? 50 : 2 + 96 * (number(x) - low) / (high - low);
    const track = element('div', { class: 'spine-track' });
    if (number(row.min) !== null) {
      track.append(element('span', { class: 'spine-range', style: 'left:' + at(row.min) + '%;width:'
        + (at(row.max) - at(row.min)) + '%' }));
    }
    if (number(row.lower) !== null && number(row.upper) !== null) {
      track.append(element('span', { class: 'spine-interval', style: 'left:' + at(row.lower) + '%;width:'
        + (at(row.upper) - at(row.lower)) + '%' }));
    }
    Object.values(row.benchmarks || {}).forEach((b, i) => {
      if (number(b) !== null) {
        track.append(element('span', { class: 'spine-mark', style: 'left:' + at(b) + '%;background:'
          + COLOURS[i % 4] }));
      }
    });
    if (number(row.value) !== null) {
      track.append(element('span', { class: 'spine-value', style: 'left:' + at(row.value) + '%' }));
    }
    return element('div', { class: 'spine-row' }, element('span', { text: row.label }), track,
      element('span', { class: 'number', text: number(row.value) === null ? 'no value'
        : format(row.value) + ' (' + row.period + ')' }));
  });
  container.replaceChildren(legend, element('div', { class: 'spine' }, rows));
}
