// The timeline: stacked bars per period and quad class on a continuous time axis (a period without events keeps
// its place), axis labels spaced so they never overlap, and the legend above the chart.
import { select } from 'd3-selection';
import { scaleBand, scaleLinear } from 'd3-scale';
import { api, empty } from './api.js';

/** The period after {@code iso} (YYYY-MM-DD, UTC) for DuckDB's date_trunc intervals (weeks start on Monday). */
function next(iso, interval) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.toISOString().slice(0, 10);
}

/** Every period from the first to the last, empty ones included. */
export function periodsBetween(first, last, interval) {
  const out = [];
  for (let p = first; p <= last && out.length < 5000; p = next(p, interval)) out.push(p);
  return out;
}

function label(period, interval) {
  return interval === 'year' ? period.slice(0, 4) : interval === 'month' ? period.slice(0, 7) : period;
}

function legend(quads) {
  const ul = document.getElementById('timeline-legend');
  if (ul.childElementCount) return;
  quads.forEach((name, i) => {
    const li = document.createElement('li');
    li.innerHTML = `<svg width="10" height="10" aria-hidden="true"><rect class="q${i + 1}" width="10" height="10"></rect></svg>`;
    li.append(` ${i + 1} ${name}`);
    ul.append(li);
  });
}

export async function drawTimeline(p, quads) {
  const interval = document.getElementById('interval').value;
  const q = new URLSearchParams(p);
  q.set('interval', interval);
  const { items } = await api('/api/stats/timeline', q);
  legend(quads);
  const svg = select('#timeline');
  svg.selectAll('*').remove();
  if (empty('timeline-panel', items.length === 0)) return;
  const seen = [...new Set(items.map(r => r.period))].sort();
  const periods = periodsBetween(seen[0], seen[seen.length - 1], interval);
  const stacks = new Map(periods.map(x => [x, [0, 0, 0, 0]]));
  for (const r of items) stacks.get(r.period)[r.quad_class - 1] = r.count;
  const { width, height } = svg.node().getBoundingClientRect();
  const m = { l: 40, r: 10, t: 10, b: 24 };
  const x = scaleBand().domain(periods).range([m.l, width - m.r]).padding(0.15);
  const maxTotal = Math.max(1, ...[...stacks.values()].map(s => s.reduce((a, b) => a + b, 0)));
  const y = scaleLinear().domain([0, maxTotal]).nice().range([height - m.b, m.t]);
  const slots = svg.append('g').selectAll('g').data(periods).join('g').attr('class', 'period').attr('data-period', d => d);
  slots.append('title').text(d => `${label(d, interval)}: ${stacks.get(d).reduce((a, b) => a + b, 0)} events`);
  const bars = [];
  for (const [period, s] of stacks) {
    let base = 0;
    s.forEach((n, k) => {
      if (n) bars.push({ period, q: k + 1, n, y0: base, y1: base + n });
      base += n;
    });
  }
  const bw = Math.max(1, Math.min(x.bandwidth(), 48));
  svg.append('g').selectAll('rect').data(bars).join('rect')
    .attr('class', b => `bar q${b.q}`)
    .attr('x', b => x(b.period) + (x.bandwidth() - bw) / 2).attr('width', bw)
    .attr('y', b => y(b.y1)).attr('height', b => y(b.y0) - y(b.y1))
    .append('title').text(b => `${label(b.period, interval)}: ${b.n} ${quads[b.q - 1] ?? ''}`);
  axes(svg, periods, interval, x, y, height - m.b);
}

/** Period labels every {@code step} periods, so that each has room for its text; counts on the left. */
function axes(svg, periods, interval, x, y, base) {
  const axis = svg.append('g').attr('class', 'axis');
  const room = 7 * label(periods[0], interval).length + 12;
  const step = Math.max(1, Math.ceil(room / Math.max(1, x.step())));
  periods.forEach((period, i) => {
    if (i % step || x(period) + room - 12 > x.range()[1] + 10) return;
    axis.append('text').attr('x', x(period)).attr('y', base + 16).text(label(period, interval));
  });
  for (const t of y.ticks(4)) axis.append('text').attr('x', 34).attr('text-anchor', 'end').attr('y', y(t) + 4).text(t);
}
