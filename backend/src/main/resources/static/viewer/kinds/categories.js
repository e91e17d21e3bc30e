/* What bar and line panels share: categories along one axis, a series per value. */
import { compact, format, number } from '../figures.js';

export function categoriesOption(panel, v, type, horizontal) {
  const category = { type: 'category', data: v.categories, axisLabel: { interval: 0, width: 120,
    overflow: 'truncate', rotate: !horizontal && v.categories.length > 4 ? 30 : 0 } };
  const value = { type: 'value', axisLabel: { formatter: x => compact(x, panel.units) } };
  return {
    tooltip: { trigger: 'axis', valueFormatter: x => format(x, panel.units) },
    legend: v.series.length > 1 ? { top: 0 } : undefined,
    grid: { left: horizontal ? 130 : 70, right: 20, top: v.series.length > 1 ? 30 : 15, bottom: 60 },
    xAxis: horizontal ? value : category, yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
    series: v.series.map(s => ({ name: s.name, type, data: s.values.map(number), connectNulls: false,
      symbolSize: 6 }))
  };
}
