/* A map panel: { areas }, each found on the boroughs' boundaries (served by the backend) by its ONS code. */
import { chartOption } from '../charts.js';
import { compact, format, number } from '../figures.js';

export const layout = { wide: false, tall: false };
export const attribution = 'Contains National Statistics and OS data © Crown copyright and database right 2023';

let boundaries = null;

function loadBoundaries() {
  if (!boundaries) {
    boundaries = fetch('/boundaries/greater-manchester.geojson').then(r => r.json())
      .then(geo => { echarts.registerMap('greater-manchester', geo); return geo; });
  }
  return boundaries;
}

// draws once the boundaries are in; the returned promise settles when it has
export function draw(panel, container, newChart) {
  const v = panel.data.values;
  const chart = newChart();
  const values = v.areas.map(a => number(a.value)).filter(n => n !== null);
  const names = Object.fromEntries(v.areas.map(a => [a.code, a.name]));
  return loadBoundaries().then(() => chart.setOption(Object.assign(chartOption(), {
    tooltip: { trigger: 'item', formatter: p => (names[p.name] || p.name) + ': '
      + (p.data ? format(p.data.value, panel.units) : 'no figure') },
    visualMap: { min: values.length ? Math.min(...values) : 0, max: values.length ? Math.max(...values) : 1,
      left: 'left', bottom: 0, calculable: true, text: ['High', 'Low'], formatter: x => compact(x, panel.units) },
    series: [{ type: 'map', map: 'greater-manchester', nameProperty: 'area_code', roam: false,
      label: { show: false }, data: v.areas.map(a => ({ name: a.code, value: number(a.value) })) }]
  })));
}
