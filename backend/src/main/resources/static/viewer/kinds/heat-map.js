/* A heat-map panel: { x, y, cells }, a cell being [index along x, index along y, value]. */
import { chartOption } from '../charts.js';
import { compact, format, number } from '../figures.js';

export const layout = { wide: true, tall: true };

export function draw(panel, container, newChart) {
  const v = panel.data.values;
  const values = v.cells.map(c => number(c[2])).filter(n => n !== null);
  newChart().setOption(Object.assign(chartOption(), {
    tooltip: { position: 'top', formatter: p => v.y[p.data[1]] + ', ' + v.x[p.data[0]] + ': '
      + format(p.data[2], panel.units) },
    grid: { left: 140, right: 20, top: 10, bottom: 110 },
    xAxis: { type: 'category', data: v.x, axisLabel: { rotate: 40, interval: 0 } },
    yAxis: { type: 'category', data: v.y, axisLabel: { width: 130, overflow: 'truncate' } },
    visualMap: { min: values.length ? Math.min(...values) : 0, max: values.length ? Math.max(...values) : 1,
      calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      formatter: x => compact(x, panel.units) },
    series: [{ type: 'heatmap', data: v.cells.map(c => [c[0], c[1], number(c[2])]),
      label: { show: v.cells.length <= 60, formatter: p => format(p.data[2], panel.units) } }]
  }));
}
