// The map: countries shaded by the events that involve them, and every placed event of the selection counted by
// place (GET /api/stats/places), drawn as one mark per place shaped by its precision (city ●, region ■,
// country ◆) and merged into numbered clusters where marks would crowd. Zoom and pan with the wheel, a drag or the
// buttons; the vector data are bundled (world-atlas), so the map works offline. Countries too small to click at
// the current zoom get a round target at their centre.
import { select } from 'd3-selection';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { scaleLog, scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolSquare, symbolDiamond, symbolTriangle } from 'd3-shape';
import { zoom, zoomIdentity } from 'd3-zoom';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-50m.json';
import { api, empty } from './api.js';
import { PALETTE } from './network.js';

const land = feature(world, world.objects.countries);
export const SHAPES = { city: symbolCircle, admin1: symbolSquare, country: symbolDiamond };
/** Marks closer than this many pixels merge into a cluster. */
const CELL = 26;
/** A country whose outline covers fewer square pixels than this gets a round click target. */
const SMALL = 120;
const behaviour = zoom().scaleExtent([1, 60]);
let current = zoomIdentity;

export async function drawMap(p, applyFilters) {
  const [{ items }, { items: places }] = await Promise.all([api('/api/stats/countries', p), api('/api/stats/places', p)]);
  const byNumeric = new Map();
  for (const c of items) {
    const n = countries.alpha3ToNumeric(c.country);
    if (n) byNumeric.set(String(n).padStart(3, '0'), c);
  }
  empty('map-panel', items.length === 0);
  const svg = select('#map');
  const { width, height } = svg.node().getBoundingClientRect();
  const projection = geoNaturalEarth1().fitSize([width, height], land);
  const path = geoPath(projection);
  const max = Math.max(1, ...items.map(c => c.count));
  const colour = scaleLog().domain([1, max + 1]).range(['#c6dbef', '#08306b']);
  svg.selectAll('*').remove();
  const view = svg.append('g').attr('class', 'viewport');
  view.append('g').selectAll('path').data(land.features).join('path')
    .attr('class', 'country').attr('d', path).attr('vector-effect', 'non-scaling-stroke')
    .attr('data-country', d => byNumeric.get(d.id)?.country ?? null)
    .style('fill', d => (byNumeric.has(d.id) ? colour(byNumeric.get(d.id).count + 1) : null))
    .on('click', (ev, d) => { const c = byNumeric.get(d.id); if (c) applyFilters({ country: c.country }); })
    .append('title').text(d => title(d, byNumeric.get(d.id)));
  const small = land.features.filter(d => byNumeric.has(d.id) && path.area(d) < SMALL);
  const hits = view.append('g').selectAll('circle').data(small).join('circle')
    .attr('class', 'country-hit').attr('data-country', d => byNumeric.get(d.id).country)
    .attr('cx', d => path.centroid(d)[0]).attr('cy', d => path.centroid(d)[1])
    .on('click', (ev, d) => applyFilters({ country: byNumeric.get(d.id).country }));
  hits.append('title').text(d => title(d, byNumeric.get(d.id)));
  const marks = view.append('g').attr('class', 'marks');
  const draw = t => {
    current = t;
    view.attr('transform', t);
    hits.attr('r', 6 / t.k).style('display', d => (path.area(d) * t.k * t.k < SMALL ? null : 'none'));
    drawPlaces(marks, places, projection, t, applyFilters, svg);
  };
  behaviour.extent([[0, 0], [width, height]]).translateExtent([[0, 0], [width, height]]).on('zoom', ev => draw(ev.transform));
  svg.call(behaviour);
  draw(current);
}

function title(d, c) {
  return `${d.properties.name}${c ? `: ${c.count} events, mean Goldstein ${c.mean_goldstein} (click to filter)` : ''}`;
}

/** Every place as a mark, merged into clusters on a grid of the screen at zoom {@code t}. */
function drawPlaces(g, places, projection, t, applyFilters, svg) {
  const cells = new Map();
  for (const pl of places) {
    const [x, y] = projection([pl.lon, pl.lat]);
    const key = `${Math.floor((x * t.k + t.x) / CELL)},${Math.floor((y * t.k + t.y) / CELL)}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push({ ...pl, x, y });
  }
  const groups = [...cells.values()];
  const maxCount = Math.max(1, ...groups.map(gr => gr.reduce((a, b) => a + b.count, 0)));
  const size = scaleLinear().domain([1, maxCount]).range([40, 220]);
  const tone = scaleLinear().domain([-10, 0, 10]).range(PALETTE);
  g.selectAll('*').remove();
  for (const gr of groups) {
    const n = gr.reduce((a, b) => a + b.count, 0);
    const x = gr.reduce((a, b) => a + b.x * b.count, 0) / n, y = gr.reduce((a, b) => a + b.y * b.count, 0) / n;
    const mean = gr.reduce((a, b) => a + b.mean_goldstein * b.count, 0) / n;
    const mark = g.append('g').attr('transform', `translate(${x},${y}) scale(${1 / t.k})`).attr('data-count', n);
    if (gr.length === 1) {
      const pl = gr[0];
      mark.attr('class', 'place').attr('data-precision', pl.precision).attr('data-name', pl.name)
        .on('click', () => applyFilters({ place: pl.name }));
      mark.append('path').attr('d', symbol(SHAPES[pl.precision] ?? symbolTriangle, size(n))()).style('fill', tone(mean));
      mark.append('title').text(`${pl.name} (${pl.precision}): ${n} events, mean Goldstein ${pl.mean_goldstein} (click to filter)`);
    } else {
      // Zoom in far enough that the cluster's places fall apart (at least threefold): places a few kilometres apart
      // ("Idlib", "Khan Sheikhoun") would otherwise stay one cluster click after click.
      const spread = Math.max(...gr.map(a => Math.max(...gr.map(b => Math.hypot(a.x - b.x, a.y - b.y))))) * t.k;
      const factor = spread > 0 ? Math.max(3, (2 * CELL) / spread) : 3;
      mark.attr('class', 'cluster').on('click', () => svg.call(behaviour.scaleBy, factor, [x * t.k + t.x, y * t.k + t.y]));
      mark.append('circle').attr('r', 9 + Math.sqrt(size(n)) / 2).style('fill', tone(mean));
      mark.append('text').attr('text-anchor', 'middle').attr('dy', '0.35em').text(n);
      mark.append('title').text(`${gr.length} places, ${n} events: ${gr.map(pl => pl.name).join(', ')} (click to zoom in)`);
    }
  }
}

/** The zoom buttons: in, out and back to the whole world. */
export function zoomControls() {
  const svg = select('#map');
  document.getElementById('zoom-in').addEventListener('click', () => svg.call(behaviour.scaleBy, 2));
  document.getElementById('zoom-out').addEventListener('click', () => svg.call(behaviour.scaleBy, 0.5));
  document.getElementById('zoom-reset').addEventListener('click', () => svg.call(behaviour.transform, zoomIdentity));
}
