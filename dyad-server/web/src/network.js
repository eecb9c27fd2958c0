// The actor network: the top actor pairs as directed edges (arrows from source to target), width by events,
// colour on an orange-purple scale (readable with red-green colour blindness) and dashes for a negative mean
// Goldstein. Labels are placed where they overlap nothing, else left to the node's tooltip. Click to filter.
import { select } from 'd3-selection';
import { scaleLinear, scaleSqrt } from 'd3-scale';
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';
import { api, empty } from './api.js';

export const PALETTE = ['#e66101', '#bababa', '#5e3c99'];

export async function drawNetwork(p, applyFilters) {
  const q = new URLSearchParams(p);
  q.set('limit', 40);
  // An actor of unknown country ("---GOV") would join unrelated events into one hub; pairs of an actor and its own
  // country say nothing about relations between actors.
  q.set('exclude', document.getElementById('net-unknown').checked ? 'self' : 'unknown,self');
  const { items } = await api('/api/stats/dyads', q);
  const svg = select('#network');
  svg.selectAll('*').remove();
  if (empty('network-panel', items.length === 0)) return;
  const { width, height } = svg.node().getBoundingClientRect();
  const names = new Map(items.flatMap(d => [[d.source, d.source_name], [d.target, d.target_name]]));
  const nodes = [...names.keys()].map(id => ({ id, name: names.get(id) ?? id, degree: 0 }));
  const links = items.map(d => ({ source: d.source, target: d.target, count: d.count, g: d.mean_goldstein }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id(n => n.id).distance(80))
    .force('charge', forceManyBody().strength(-120))
    .force('center', forceCenter(width / 2, height / 2))
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.1))
    .force('collide', forceCollide(22))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  for (const n of nodes) {
    n.x = Math.max(12, Math.min(width - 12, n.x));
    n.y = Math.max(12, Math.min(height - 12, n.y));
  }
  for (const l of links) { l.source.degree++; l.target.degree++; }
  drawEdges(svg, links, applyFilters);
  drawNodes(svg, nodes, width, height, applyFilters);
}

function drawEdges(svg, links, applyFilters) {
  const colour = scaleLinear().domain([-10, 0, 10]).range(PALETTE);
  const w = scaleSqrt().domain([1, Math.max(1, ...links.map(l => l.count))]).range([1.2, 7]);
  svg.append('defs').append('marker').attr('id', 'arrow').attr('viewBox', '0 0 10 10').attr('refX', 10).attr('refY', 5)
    .attr('markerWidth', 6).attr('markerHeight', 6).attr('orient', 'auto-start-reverse').attr('markerUnits', 'userSpaceOnUse')
    .append('path').attr('d', 'M0,0 L10,5 L0,10 z').attr('fill', '#444');
  // Edges stop at the target's circle, so the arrow head shows.
  const end = (l, r) => {
    const dx = l.target.x - l.source.x, dy = l.target.y - l.source.y, d = Math.hypot(dx, dy) || 1;
    return r ? [l.target.x - dx / d * 7, l.target.y - dy / d * 7] : [l.source.x, l.source.y];
  };
  svg.append('g').selectAll('line').data(links).join('line')
    .attr('class', 'edge').attr('data-source', l => l.source.id).attr('data-target', l => l.target.id)
    .attr('x1', l => end(l, false)[0]).attr('y1', l => end(l, false)[1]).attr('x2', l => end(l, true)[0]).attr('y2', l => end(l, true)[1])
    .attr('stroke', l => colour(l.g)).attr('stroke-width', l => w(l.count)).attr('stroke-opacity', 0.85)
    .attr('stroke-dasharray', l => (l.g < 0 ? '5 3' : null)).attr('marker-end', 'url(#arrow)')
    .on('click', (ev, l) => applyFilters({ source: l.source.id, target: l.target.id }))
    .append('title').text(l => `${l.source.name} → ${l.target.name}: ${l.count} events, mean Goldstein ${l.g} (click to filter)`);
}

function drawNodes(svg, nodes, width, height, applyFilters) {
  const g = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node').attr('data-code', n => n.id)
    .attr('transform', n => `translate(${n.x},${n.y})`)
    .on('click', (ev, n) => applyFilters({ source: n.id, target: '' }));
  g.append('circle').attr('r', 6);
  g.append('title').text(n => `${n.name} (${n.id}): click for its events as source`);
  // Labels of the busiest actors first, each at the first free side of its node; boxes are kept to test for overlap.
  const taken = nodes.map(n => ({ x0: n.x - 7, y0: n.y - 7, x1: n.x + 7, y1: n.y + 7 }));
  const overlaps = b => taken.some(t => b.x0 < t.x1 && t.x0 < b.x1 && b.y0 < t.y1 && t.y0 < b.y1);
  for (const n of [...nodes].sort((a, b) => b.degree - a.degree)) {
    const text = g.filter(d => d === n).append('text').attr('class', 'label').text(n.name);
    const bb = text.node().getBBox();
    const sides = [[9, 4], [-9 - bb.width, 4], [-bb.width / 2, -10], [-bb.width / 2, 16]];
    const free = sides.map(([dx, dy]) => ({ dx, dy, x0: n.x + dx, y0: n.y + dy - bb.height + 3, x1: n.x + dx + bb.width, y1: n.y + dy + 3 }))
      .find(b => !overlaps(b) && b.x0 >= 0 && b.x1 <= width && b.y0 >= 0 && b.y1 <= height);
    if (!free) {
      text.remove();
      continue;
    }
    text.attr('x', free.dx).attr('y', free.dy);
    taken.push(free);
  }
}
