// Dyad's single page: every view reads the same filters and asks the API; nothing is fetched from elsewhere.
import { select } from 'd3-selection';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { scaleBand, scaleLinear, scaleLog, scaleSqrt } from 'd3-scale';
import { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';
import { feature } from 'topojson-client';
import countries from 'i18n-iso-countries';
import world from 'world-atlas/countries-110m.json';

const ROOTS = [
  ['01', 'Make statement'], ['02', 'Appeal'], ['03', 'Intend to cooperate'], ['04', 'Consult'], ['05', 'Diplomatic cooperation'],
  ['06', 'Material cooperation'], ['07', 'Provide aid'], ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'],
  ['11', 'Disapprove'], ['12', 'Reject'], ['13', 'Threaten'], ['14', 'Protest'], ['15', 'Exhibit force posture'],
  ['16', 'Reduce relations'], ['17', 'Coerce'], ['18', 'Assault'], ['19', 'Fight'], ['20', 'Mass violence'],
];
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const PAGE = 25;
const form = document.getElementById('filters');
let offset = 0;
let total = 0;

// ---- filters

for (const [code, name] of ROOTS) {
  const o = document.createElement('option');
  o.value = code;
  o.textContent = `${code} ${name}`;
  document.getElementById('roots').append(o);
}
QUADS.forEach((name, i) => {
  const l = document.createElement('label');
  l.className = `quad${i + 1}`;
  l.innerHTML = `<input type="checkbox" name="quad_class" value="${i + 1}">`;
  l.append(` ${i + 1} ${name}`);
  document.getElementById('quads').append(l);
});

function filters() {
  const p = new URLSearchParams();
  for (const name of ['from', 'to', 'source', 'target', 'country', 'q', 'min_confidence']) {
    const v = form.elements[name].value.trim();
    if (v) p.set(name, v);
  }
  const roots = [...form.elements.root.selectedOptions].map(o => o.value);
  if (roots.length) p.set('root', roots.join(','));
  const quads = [...form.querySelectorAll('input[name=quad_class]:checked')].map(c => c.value);
  if (quads.length) p.set('quad_class', quads.join(','));
  return p;
}

async function api(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.message || `${r.status}`);
  return body;
}

function showError(e) {
  document.getElementById('error').textContent = e ? `${e.message}` : '';
}

async function refresh() {
  showError(null);
  offset = 0;
  try {
    await Promise.all([loadEvents(), drawMap(), drawTimeline(), drawNetwork()]);
  } catch (e) {
    showError(e);
  }
}

form.addEventListener('submit', ev => { ev.preventDefault(); refresh(); });
document.getElementById('reset').addEventListener('click', () => { form.reset(); refresh(); });
document.getElementById('interval').addEventListener('change', () => drawTimeline().catch(showError));
document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); loadEvents().catch(showError); });
document.getElementById('next').addEventListener('click', () => { if (offset + PAGE < total) { offset += PAGE; loadEvents().catch(showError); } });

// ---- event table and detail

/** An actor's cell: its name, with the code beside it in smaller type and in data-code (for tests and copying). */
function actorCell(a) {
  const td = document.createElement('td');
  if (!a) {
    td.textContent = '—';
    return td;
  }
  td.dataset.code = a.code;
  td.title = `${a.code} — “${a.text}”`;
  const code = document.createElement('small');
  code.className = 'code';
  code.textContent = a.code;
  td.append(a.name ?? a.code, ' ', code);
  return td;
}

async function loadEvents() {
  const p = filters();
  p.set('limit', PAGE);
  p.set('offset', offset);
  const page = await api('/api/events', p);
  total = page.total;
  document.getElementById('count').textContent = `${page.total} event${page.total === 1 ? '' : 's'}`;
  document.getElementById('page').textContent = page.total ? `${offset + 1}–${Math.min(offset + PAGE, page.total)} of ${page.total}` : '';
  const tbody = document.querySelector('#events tbody');
  tbody.replaceChildren();
  for (const e of page.items) {
    const tr = document.createElement('tr');
    tr.dataset.id = e.id;
    for (const v of [e.date, e.source, `${e.event.code} ${e.event.label ?? ''}`, e.target, e.event.goldstein, e.confidence.toFixed(2), e.doc_id]) {
      if (v !== null && typeof v === 'object' || v === null) {
        tr.append(actorCell(v));
        continue;
      }
      const td = document.createElement('td');
      td.textContent = v;
      tr.append(td);
    }
    tr.addEventListener('click', () => {
      tbody.querySelectorAll('tr.selected').forEach(r => r.classList.remove('selected'));
      tr.classList.add('selected');
      showEvent(e.id).catch(showError);
    });
    tbody.append(tr);
  }
}

/** The sentence as text nodes with the source, target and trigger spans in marks (never as HTML). */
function markedSentence(text, spans) {
  const marks = Object.entries(spans).map(([kind, [a, b]]) => ({ kind, a, b })).sort((x, y) => x.a - y.a);
  const out = [];
  let at = 0;
  for (const m of marks) {
    if (m.a < at) continue; // overlapping spans: the first one wins
    out.push(document.createTextNode(text.slice(at, m.a)));
    const mark = document.createElement('mark');
    mark.className = m.kind;
    mark.title = m.kind;
    mark.textContent = text.slice(m.a, m.b);
    out.push(mark);
    at = m.b;
  }
  out.push(document.createTextNode(text.slice(at)));
  return out;
}

async function showEvent(id) {
  const e = await api(`/api/events/${id}`);
  const panel = document.getElementById('detail');
  panel.hidden = false;
  document.getElementById('detail-id').textContent = `#${e.id}`;
  document.querySelector('#detail .sentence').replaceChildren(...markedSentence(e.sentence.text ?? '', e.sentence.spans ?? {}));
  const dl = document.getElementById('detail-fields');
  dl.replaceChildren();
  const fields = [
    ['Event', `${e.event.code} ${e.event.label ?? ''} (root ${e.event.root}, quad class ${e.event.quad_class}, Goldstein ${e.event.goldstein}${e.event.plover ? ', PLOVER ' + e.event.plover : ''})`],
    ['Source', e.source ? `${e.source.name} — ${e.source.code}, “${e.source.text}” (${e.source.origin})` : '—'],
    ['Target', e.target ? `${e.target.name} — ${e.target.code}, “${e.target.text}” (${e.target.origin})` : '—'],
    ['Date', `${e.date} (${e.date_precision})`],
    ['Rule', e.rule], ['Confidence', e.confidence], ['Factuality', e.factuality],
    ['Place', e.location ? `${e.location.name} (${e.location.country ?? ''})` : '—'],
    ['Article', `${e.article.doc_id}${e.article.title ? ' — ' + e.article.title : ''} (${e.article.date})`],
  ];
  for (const [k, v] of fields) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
  const link = document.getElementById('article-link');
  const pre = document.getElementById('article-text');
  pre.hidden = true;
  link.href = e.article.url || `/api/articles/${e.article.id}`;
  link.onclick = async ev => {
    ev.preventDefault();
    const a = await api(`/api/articles/${e.article.id}`);
    pre.textContent = (a.title ? a.title + '\n\n' : '') + a.text + (a.url ? `\n\n${a.url}` : '');
    pre.hidden = false;
  };
}

// ---- map: countries shaded by events that involve them; places as dots once events carry them

const land = feature(world, world.objects.countries);
async function drawMap() {
  const { items } = await api('/api/stats/countries', filters());
  const byNumeric = new Map();
  for (const c of items) {
    const n = countries.alpha3ToNumeric(c.country);
    if (n) byNumeric.set(String(n).padStart(3, '0'), c);
  }
  const svg = select('#map');
  const { width, height } = svg.node().getBoundingClientRect();
  const projection = geoNaturalEarth1().fitSize([width, height], land);
  const path = geoPath(projection);
  const max = Math.max(1, ...items.map(c => c.count));
  const colour = scaleLog().domain([1, max + 1]).range(['#bbdefb', '#0d47a1']);
  svg.selectAll('*').remove();
  svg.append('g').selectAll('path').data(land.features).join('path')
    .attr('class', 'country')
    .attr('d', path)
    .attr('data-country', d => byNumeric.get(d.id)?.country ?? null)
    .style('fill', d => (byNumeric.has(d.id) ? colour(byNumeric.get(d.id).count + 1) : null))
    .on('click', (ev, d) => {
      const c = byNumeric.get(d.id);
      if (!c) return;
      form.elements.country.value = c.country;
      refresh();
    })
    .append('title').text(d => {
      const c = byNumeric.get(d.id);
      return `${d.properties.name}${c ? `: ${c.count} events, mean Goldstein ${c.mean_goldstein}` : ''}`;
    });
  const p = filters();
  p.set('limit', 500);
  const located = (await api('/api/events', p)).items.filter(e => e.location && e.location.lat != null);
  svg.append('g').selectAll('circle').data(located).join('circle')
    .attr('class', 'place').attr('r', 3)
    .attr('cx', e => projection([e.location.lon, e.location.lat])[0])
    .attr('cy', e => projection([e.location.lon, e.location.lat])[1])
    .append('title').text(e => `${e.location.name}: ${e.event.code} ${e.source?.code ?? ''} → ${e.target?.code ?? ''}`);
}

// ---- timeline: stacked bars per period and quad class

async function drawTimeline() {
  const p = filters();
  p.set('interval', document.getElementById('interval').value);
  const { items } = await api('/api/stats/timeline', p);
  const periods = [...new Set(items.map(r => r.period))];
  const stacks = new Map(periods.map(x => [x, [0, 0, 0, 0]]));
  for (const r of items) stacks.get(r.period)[r.quad_class - 1] = r.count;
  const svg = select('#timeline');
  const { width, height } = svg.node().getBoundingClientRect();
  const m = { l: 40, r: 10, t: 10, b: 40 };
  const x = scaleBand().domain(periods).range([m.l, width - m.r]).padding(0.15);
  const maxTotal = Math.max(1, ...[...stacks.values()].map(s => s.reduce((a, b) => a + b, 0)));
  const y = scaleLinear().domain([0, maxTotal]).nice().range([height - m.b, m.t]);
  svg.selectAll('*').remove();
  const bars = [];
  for (const [period, s] of stacks) {
    let base = 0;
    s.forEach((n, q) => {
      if (n) bars.push({ period, q: q + 1, n, y0: base, y1: base + n });
      base += n;
    });
  }
  svg.append('g').selectAll('rect').data(bars).join('rect')
    .attr('class', b => `bar q${b.q}`)
    .attr('x', b => x(b.period) + (x.bandwidth() - Math.min(x.bandwidth(), 48)) / 2).attr('width', Math.min(x.bandwidth(), 48))
    .attr('y', b => y(b.y1)).attr('height', b => y(b.y0) - y(b.y1))
    .append('title').text(b => `${b.period}: ${b.n} ${QUADS[b.q - 1]}`);
  const axis = svg.append('g').attr('class', 'legend');
  const step = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((period, i) => {
    if (i % step) return;
    axis.append('text').attr('x', x(period)).attr('y', height - m.b + 14).text(period);
  });
  for (const t of y.ticks(4)) axis.append('text').attr('x', 4).attr('y', y(t) + 4).text(t);
  QUADS.forEach((name, i) => {
    axis.append('rect').attr('class', `q${i + 1}`).attr('x', m.l + i * 125).attr('y', height - 16).attr('width', 10).attr('height', 10);
    axis.append('text').attr('x', m.l + i * 125 + 14).attr('y', height - 7).text(name);
  });
}

// ---- actor network: dyads as edges

async function drawNetwork() {
  const p = filters();
  p.set('limit', 40);
  const { items } = await api('/api/stats/dyads', p);
  const svg = select('#network');
  const { width, height } = svg.node().getBoundingClientRect();
  svg.selectAll('*').remove();
  const names = new Map(items.flatMap(d => [[d.source, d.source_name], [d.target, d.target_name]]));
  const nodes = [...names.keys()].map(id => ({ id, name: names.get(id) ?? id }));
  const links = items.map(d => ({ source: d.source, target: d.target, count: d.count, g: d.mean_goldstein }));
  const sim = forceSimulation(nodes)
    .force('link', forceLink(links).id(n => n.id).distance(70))
    .force('charge', forceManyBody().strength(-60))
    .force('center', forceCenter(width / 2, height / 2))
    .force('x', forceX(width / 2).strength(0.06)) // keeps unconnected pairs on the canvas
    .force('y', forceY(height / 2).strength(0.1))
    .force('collide', forceCollide(18))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick(); // a settled, static layout
  for (const n of nodes) {
    n.x = Math.max(20, Math.min(width - 20, n.x));
    n.y = Math.max(12, Math.min(height - 12, n.y));
  }
  const w = scaleSqrt().domain([1, Math.max(1, ...links.map(l => l.count))]).range([1, 8]);
  const colour = scaleLinear().domain([-10, 0, 10]).range(['#d32f2f', '#9e9e9e', '#2e7d32']);
  svg.append('g').selectAll('line').data(links).join('line')
    .attr('class', 'edge')
    .attr('x1', l => l.source.x).attr('y1', l => l.source.y).attr('x2', l => l.target.x).attr('y2', l => l.target.y)
    .attr('stroke', l => colour(l.g)).attr('stroke-width', l => w(l.count)).attr('stroke-opacity', 0.8)
    .append('title').text(l => `${l.source.name} → ${l.target.name}: ${l.count} events, mean Goldstein ${l.g}`);
  const g = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'node').attr('transform', n => `translate(${n.x},${n.y})`);
  g.append('circle').attr('r', 5);
  g.append('text').attr('x', 7).attr('y', 3).text(n => n.name);
  g.append('title').text(n => `${n.name} (${n.id})`);
}

// ---- CSV of the current selection: the API streams every selected event (no cap), with names, place and article

document.getElementById('csv').addEventListener('click', () => {
  const p = filters();
  const a = document.createElement('a');
  a.href = [...p].length ? `/api/events.csv?${p}` : '/api/events.csv';
  a.download = 'dyad-events.csv';
  document.body.append(a);
  a.click();
  a.remove();
});

// ---- start

api('/api/meta').then(m => {
  document.getElementById('meta').textContent = `${m.articles} articles, ${m.events} events${m.first_date ? `, ${m.first_date} to ${m.last_date}` : ''}`;
}).catch(showError);
refresh();
