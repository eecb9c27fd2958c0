// Dyad's single page: every view reads the same filters, kept in the address bar, and asks the API; nothing is
// fetched from elsewhere.
import { api } from './api.js';
import { loadEvents, showEvent, pageBy } from './table.js';
import { drawTimeline } from './timeline.js';
import { drawNetwork } from './network.js';
import { drawMap, zoomControls } from './map.js';

const form = document.getElementById('filters');
/** The text inputs of the form, named as the API's filters. */
const FIELDS = ['from', 'to', 'actor_name', 'source', 'target', 'source_country', 'target_country', 'country', 'code', 'place',
  'place_country', 'q', 'min_confidence'];
const glossary = { quads: [], roots: [] };

// ---- filters: the form, the address bar and the API's parameters are the same names and values

function filters() {
  const p = new URLSearchParams();
  for (const name of FIELDS) {
    const v = form.elements[name].value.trim();
    if (v) p.set(name, v);
  }
  for (const name of ['root', 'quad_class']) {
    const checked = [...form.querySelectorAll(`input[name=${name}]:checked`)].map(c => c.value);
    if (checked.length) p.set(name, checked.join(','));
  }
  return p;
}

function showFilters(p) {
  for (const name of FIELDS) form.elements[name].value = p.get(name) ?? '';
  for (const name of ['root', 'quad_class']) {
    const on = new Set((p.get(name) ?? '').split(',').filter(Boolean));
    for (const c of form.querySelectorAll(`input[name=${name}]`)) c.checked = on.has(c.value);
  }
  countRoots();
}

function countRoots() {
  const n = form.querySelectorAll('input[name=root]:checked').length;
  document.getElementById('roots-count').textContent = n ? `(${n})` : '(all)';
}

/** Sets some filters (others kept unless {@code clear}), records them in the address bar (Back undoes) and redraws. */
function applyFilters(changes = {}, clear = false) {
  if (clear) showFilters(new URLSearchParams());
  for (const [k, v] of Object.entries(changes)) form.elements[k].value = v;
  const p = filters();
  const search = [...p].length ? `?${p}` : location.pathname;
  if (search !== location.search || clear) history.pushState(null, '', search);
  return refresh();
}

function showError(e) {
  document.getElementById('error').textContent = e ? `${e.message}` : '';
}

async function refresh() {
  showError(null);
  const p = filters();
  const results = await Promise.allSettled([loadEvents(p, 0), drawMap(p, applyFilters), drawTimeline(p, glossary.quads), drawNetwork(p, applyFilters)]);
  const failed = results.find(r => r.status === 'rejected');
  if (failed) showError(failed.reason);
}

form.addEventListener('submit', ev => { ev.preventDefault(); applyFilters(); });
form.addEventListener('change', ev => { if (ev.target.name === 'root') countRoots(); });
// The button is not named "reset": an element id shadows the form's own reset() method.
document.getElementById('clear-filters').addEventListener('click', () => applyFilters({}, true));
window.addEventListener('popstate', () => { showFilters(new URLSearchParams(location.search)); refresh(); });
document.getElementById('interval').addEventListener('change', () => drawTimeline(filters(), glossary.quads).catch(showError));
document.getElementById('net-unknown').addEventListener('change', () => drawNetwork(filters(), applyFilters).catch(showError));
document.getElementById('prev').addEventListener('click', () => pageBy(filters(), -1).catch(showError));
document.getElementById('next').addEventListener('click', () => pageBy(filters(), 1).catch(showError));
document.getElementById('csv').addEventListener('click', () => {
  // The API streams every selected event (no cap), with names, place and article.
  const p = filters();
  const a = document.createElement('a');
  a.href = [...p].length ? `/api/events.csv?${p}` : '/api/events.csv';
  a.download = 'dyad-events.csv';
  document.body.append(a);
  a.click();
  a.remove();
});
document.querySelector('#events tbody').addEventListener('click', ev => {
  const tr = ev.target.closest('tr[data-id]');
  if (!tr) return;
  tr.parentElement.querySelectorAll('tr.selected').forEach(r => r.classList.remove('selected'));
  tr.classList.add('selected');
  showEvent(tr.dataset.id).catch(showError);
});

// ---- the glossary: roots, quad classes and roles as the codebook names them

function checkbox(parent, name, value, text, cls) {
  const l = document.createElement('label');
  if (cls) l.className = cls;
  const c = document.createElement('input');
  c.type = 'checkbox';
  c.name = name;
  c.value = value;
  l.append(c, ` ${text}`);
  parent.append(l);
}

async function loadGlossary() {
  const g = await api('/api/glossary');
  glossary.quads = g.quad_classes.map(q => q.label);
  glossary.roots = g.roots;
  for (const r of g.roots) checkbox(document.getElementById('roots'), 'root', r.code, `${r.code} ${r.label}`);
  for (const q of g.quad_classes) checkbox(document.getElementById('quads'), 'quad_class', String(q.code), `${q.code} ${q.label}`, `quad${q.code}`);
  const roles = document.getElementById('roles');
  for (const r of g.roles) {
    const dt = document.createElement('dt');
    dt.textContent = r.code;
    const dd = document.createElement('dd');
    dd.textContent = `${r.name} (“${r.label}” in names)`;
    roles.append(dt, dd);
  }
}

// ---- start

zoomControls();

api('/api/meta').then(m => {
  document.getElementById('meta').textContent = `${m.articles} articles, ${m.events} events${m.first_date ? `, ${m.first_date} to ${m.last_date}` : ''}`;
}).catch(showError);
loadGlossary().then(() => {
  showFilters(new URLSearchParams(location.search));
  return refresh();
}).catch(showError);
