/* A Sankey panel: { nodes, links }. An agency that both pays and benefits is two nodes: each says which side it is. */
import { chartOption } from '../charts.js';
import { format, number } from '../figures.js';

export const layout = { wide: true, tall: true };

export function draw(panel, container, newChart) {
  const v = panel.data.values;
  const names = Object.fromEntries(v.nodes.map(n => [n.id, n.id.startsWith('pays:') ? n.name + ' (pays)'
    : n.name]));
  const narrow = container.clientWidth < 600;
  newChart().setOption(Object.assign(chartOption(), {
    tooltip: { trigger: 'item', formatter: p => p.dataType === 'edge'
      ? names[p.data.source] + ' → ' + names[p.data.target] + ': ' + format(p.data.value, panel.units)
      : names[p.name] },
    series: [{ type: 'sankey', left: 10, right: narrow ? '40%' : 230, nodeAlign: 'justify',
      emphasis: { focus: 'adjacency' },
      data: v.nodes.map(n => ({ name: n.id })),
      label: { formatter: p => names[p.name], width: narrow ? 120 : 220, overflow: 'break' },
      links: v.links.map(l => ({ source: l.source, target: l.target, value: number(l.value) })) }]
  }));
}
