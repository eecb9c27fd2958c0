// The map: countries shaded by the events that involve them; places as dots once events carry them.
import { select } from 'd3-selection';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { scaleLog } from 'd3-scale';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';
import { api, empty } from './api.js';

const land = feature(world, world.objects.countries);

export async function drawMap(p, applyFilters) {
  const { items } = await api('/api/stats/countries', p);
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
  svg.append('g').selectAll('path').data(land.features).join('path')
    .attr('class', 'country')
    .attr('d', path)
    .attr('data-country', d => byNumeric.get(d.id)?.country ?? null)
    .style('fill', d => (byNumeric.has(d.id) ? colour(byNumeric.get(d.id).count + 1) : null))
    .on('click', (ev, d) => {
      const c = byNumeric.get(d.id);
      if (c) applyFilters({ country: c.country });
    })
    .append('title').text(d => {
      const c = byNumeric.get(d.id);
      return `${d.properties.name}${c ? `: ${c.count} events, mean Goldstein ${c.mean_goldstein}` : ''}`;
    });
  const q = new URLSearchParams(p);
  q.set('limit', 500);
  const located = (await api('/api/events', q)).items.filter(e => e.location && e.location.lat != null);
  svg.append('g').selectAll('circle').data(located).join('circle')
    .attr('class', 'place').attr('r', 3)
    .attr('cx', e => projection([e.location.lon, e.location.lat])[0])
    .attr('cy', e => projection([e.location.lon, e.location.lat])[1])
    .append('title').text(e => `${e.location.name}: ${e.event.code} ${e.source?.name ?? ''} → ${e.target?.name ?? ''}`);
}
