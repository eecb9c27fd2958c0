// Steps of the UI test for the defects of issue 17 (and issue 15 defect 17), each checked against the API's
// answers in a real Chromium; ui.mjs runs them in order. Each step leaves the page with no filter set.
import assert from 'node:assert/strict';
import { join } from 'node:path';

/** RFC 4180 rows: quoted cells may hold commas, quotes ("") and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** Whether any two boxes overlap (by more than half a pixel). */
function overlapping(boxes) {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.x + a.width - 0.5 > b.x && b.x + b.width - 0.5 > a.x && a.y + a.height - 0.5 > b.y && b.y + b.height - 0.5 > a.y) return [a, b];
    }
  }
  return null;
}

const boxesOf = (page, sel) => page.$$eval(sel, es => es.map(e => {
  const r = e.getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height, text: e.textContent };
}));

async function reset(page, meta, countIs) {
  await page.click('[data-testid=reset]');
  await countIs(meta.events);
}

/** Shows the events a query string selects, through the address bar as a shared link would. */
async function open(page, url, query, api, countIs) {
  const want = await api(`/api/events?${query}`);
  await page.goto(`${url}/?${query}`);
  await countIs(want.total);
  return want;
}

/** The months, weeks, days or years from the first period to the last, as DuckDB's date_trunc names them. */
function periods(first, last, interval) {
  const out = [];
  for (let d = new Date(`${first}T00:00:00Z`); d.toISOString().slice(0, 10) <= last;) {
    out.push(d.toISOString().slice(0, 10));
    if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
    else if (interval === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
    else d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

function hue(colour) {
  const m = colour.match(/\d+/g).map(Number);
  const [r, g, b] = m.map(v => v / 255);
  const max = Math.max(r, g, b), min = Math.min(r, g, b);
  if (max === min) return null;
  const h = max === r ? (g - b) / (max - min) : max === g ? 2 + (b - r) / (max - min) : 4 + (r - g) / (max - min);
  return (h * 60 + 360) % 360;
}

export const defectSteps = [
  ['Reset clears every filter without a script error (the button no longer shadows form.reset)', async ({ page, meta, countIs }) => {
    await reset(page, meta, countIs);
    assert.equal(await page.inputValue('input[name=country]'), '');
    assert.equal(await page.$$eval('#roots input:checked', cs => cs.length), 0);
    assert.equal(new URL(page.url()).search, '');
  }],
  ['the filters live in the address bar: Back restores them, a shared address opens them', async ({ page, url, api, meta, countIs, context }) => {
    const want = await api('/api/events?country=TUR&root=04');
    await page.goBack();
    await countIs(want.total);
    assert.equal(await page.inputValue('input[name=country]'), 'TUR');
    assert.deepEqual(await page.$$eval('#roots input:checked', cs => cs.map(c => c.value)), ['04']);
    const other = await context.newPage();
    await other.goto(`${url}/?country=TUR&root=04`);
    await other.waitForFunction(n => document.querySelector('#count').textContent === `${n} event${n === 1 ? '' : 's'}`, want.total);
    assert.equal(await other.inputValue('input[name=country]'), 'TUR');
    await other.close();
    await reset(page, meta, countIs);
  }],
  ['place, event code and country-pair filters select what the API selects', async ({ page, api, meta, countIs }) => {
    const pair = (await api('/api/stats/dyads?by=country&exclude=unknown,self')).items[0];
    const placed = (await api('/api/events?limit=500')).items.find(e => e.location);
    assert.ok(pair && placed, 'the store has a country pair and a placed event');
    const tries = [{ source_country: pair.source, target_country: pair.target }, { code: placed.event.code.slice(0, 2) },
      { place: placed.location.name }];
    for (const t of tries) {
      const want = await api(`/api/events?${new URLSearchParams(t)}`);
      for (const [k, v] of Object.entries(t)) await page.fill(`input[name=${k}]`, v);
      await page.click('[data-testid=apply]');
      await countIs(want.total);
      for (const [k, v] of Object.entries(t)) assert.equal(new URL(page.url()).searchParams.get(k), v);
      await reset(page, meta, countIs);
    }
  }],
  ['a javascript: article URL is shown as text, never as a link (issue 15 defect 17)', async ({ page, url, api, meta, countIs }) => {
    const hostile = (await api('/api/events?limit=500')).items.find(e => e.doc_id === '+hostile-article');
    assert.ok(hostile, 'the store holds the hostile article');
    await open(page, url, `source=${hostile.source.code}&code=${hostile.event.code}`, api, countIs);
    await page.click(`#events tbody tr[data-id="${hostile.id}"]`);
    await page.waitForSelector('#detail:not([hidden]) mark.trigger');
    await page.waitForFunction(() => document.querySelector('#article-url').textContent.includes('javascript:'));
    assert.equal(await page.$$eval('a[href^="javascript:" i]', as => as.length), 0, 'no javascript: link anywhere');
    assert.equal(await page.$$eval('#article-url a', as => as.length), 0);
    await reset(page, meta, countIs);
  }],
  ['the verb stays marked when the source is the same word', async ({ page, url, api, meta, countIs }) => {
    let found = null;
    for (const e of (await api('/api/events?limit=500')).items) {
      const d = await api(`/api/events/${e.id}`);
      const s = d.sentence.spans;
      if (s.source && s.trigger && s.source[0] <= s.trigger[0] && s.trigger[1] <= s.source[1]) { found = d; break; }
    }
    assert.ok(found, 'the store has an event whose verb lies inside its source (UiIT adds one)');
    await open(page, url, `source=${found.source.code}&code=${found.event.code}`, api, countIs);
    await page.click(`#events tbody tr[data-id="${found.id}"]`);
    await page.waitForSelector('#detail:not([hidden]) mark.source');
    assert.equal(await page.textContent('#detail mark.source'), found.source.text);
    assert.equal(await page.textContent('#detail mark.trigger'), found.trigger.text);
    await reset(page, meta, countIs);
  }],
  ['the timeline keeps empty periods on its axis, and no label overlaps another or the legend', async ({ page, api }) => {
    for (const interval of ['month', 'week', 'year']) {
      const items = (await api(`/api/stats/timeline?interval=${interval}`)).items;
      const seen = [...new Set(items.map(i => i.period))].sort();
      const want = periods(seen[0], seen[seen.length - 1], interval);
      await page.selectOption('#interval', interval);
      await page.waitForFunction(n => document.querySelectorAll('#timeline g.period').length === n, want.length);
      assert.ok(want.length > seen.length, `${interval}: some periods have no events (${seen.length} of ${want.length})`);
      assert.deepEqual(await page.$$eval('#timeline g.period', gs => gs.map(g => g.dataset.period)), want);
      const labels = await boxesOf(page, '#timeline text');
      assert.equal(overlapping(labels), null, `${interval}: labels overlap`);
      const legend = await page.$eval('#timeline-legend', e => e.getBoundingClientRect().bottom);
      const top = await page.$eval('#timeline', e => e.getBoundingClientRect().top);
      assert.ok(legend <= top, 'the legend sits above the chart');
    }
    await page.selectOption('#interval', 'month');
  }],
  ['the network: no --- hub, no self-pairs, arrows, colours without red-green, labels apart, click to filter', async ({ page, api, meta, countIs }) => {
    const raw = (await api('/api/stats/dyads?limit=40')).items;
    assert.ok(raw.some(d => d.source.startsWith('---') || d.target.startsWith('---') || d.source.startsWith(d.target) || d.target.startsWith(d.source)),
      'the store has pairs the network must leave out');
    await page.waitForSelector('#network line.edge');
    const edges = await page.$$eval('#network line.edge', ls => ls.map(l => ({ s: l.dataset.source, t: l.dataset.target, marker: l.getAttribute('marker-end'),
      colour: getComputedStyle(l).stroke, dash: l.getAttribute('stroke-dasharray'), title: l.querySelector('title').textContent })));
    for (const e of edges) {
      assert.ok(!e.s.startsWith('---') && !e.t.startsWith('---'), `no unknown actor: ${e.s} → ${e.t}`);
      assert.ok(!e.s.startsWith(e.t) && !e.t.startsWith(e.s), `no self-pair: ${e.s} → ${e.t}`);
      assert.equal(e.marker, 'url(#arrow)', 'directed: an arrow head');
      const h = hue(e.colour);
      assert.ok(h === null || h < 80 || h > 160, `no green edge (${e.colour})`);
      const g = Number(e.title.match(/mean Goldstein (-?[\d.]+)/)[1]);
      if (g < 0) assert.ok(e.dash, `conflict is dashed, not only coloured: ${e.title}`);
    }
    assert.equal(overlapping(await boxesOf(page, '#network text.label')), null, 'network labels overlap');
    const first = edges[0];
    const want = await api(`/api/events?source=${first.s}&target=${first.t}`);
    await page.dispatchEvent(`#network line.edge[data-source="${first.s}"][data-target="${first.t}"]`, 'click');
    await countIs(want.total);
    assert.equal(await page.inputValue('input[name=source]'), first.s);
    await reset(page, meta, countIs);
  }],
  ['an empty result says so in every panel, and a loading indicator shows while the API answers', async ({ page, meta, countIs }) => {
    await page.route('**/api/events?*', async r => { await new Promise(res => setTimeout(res, 700)); await r.continue(); });
    await page.fill('input[name=from]', '1900-01-01');
    await page.fill('input[name=to]', '1900-01-02');
    await page.click('[data-testid=apply]');
    await page.waitForSelector('#loading:not([hidden])', { timeout: 2000 });
    await countIs(0);
    await page.waitForSelector('#loading[hidden]', { state: 'attached' });
    for (const panel of ['table-panel', 'timeline-panel', 'network-panel', 'map-panel']) {
      assert.ok(await page.isVisible(`#${panel} .empty`), `${panel} says it is empty`);
    }
    await page.unroute('**/api/events?*');
    await reset(page, meta, countIs);
    assert.equal(await page.isVisible('#table-panel .empty'), false);
  }],
  ['the map: every placed event in a mark shaped by its precision, clusters, zoom, a legend, small countries clickable', async ({ page, api, meta, countIs }) => {
    const places = (await api('/api/stats/places')).items;
    const located = (await api('/api/events?limit=500')).items.filter(e => e.location);
    const total = places.reduce((a, b) => a + b.count, 0);
    assert.equal(total, located.length, 'the places count every placed event');
    await page.waitForSelector('#map .place, #map .cluster');
    const sum = async () => (await page.$$eval('#map .place, #map .cluster', ms => ms.map(m => Number(m.dataset.count)))).reduce((a, b) => a + b, 0);
    assert.equal(await sum(), total, 'the marks hold every placed event, not the newest few');
    const before = await page.$$eval('#map .place, #map .cluster', ms => ms.length);
    assert.ok(await page.$('#map .cluster'), 'places close together at world scale are one cluster');
    await page.dispatchEvent('#map .cluster', 'click');
    await page.waitForFunction(n => document.querySelectorAll('#map .place, #map .cluster').length > n, before);
    assert.equal(await sum(), total, 'zoomed in, still every placed event');
    const shapes = await page.$$eval('#map .place', ms => ms.map(m => [m.dataset.precision, m.querySelector('path').getAttribute('d')]));
    assert.ok(new Set(shapes.map(s => s[0])).size >= 2, `places of more than one precision: ${shapes.map(s => s[0])}`);
    for (const [precision, d] of shapes) assert.equal(d.includes('A'), precision === 'city', `${precision} drawn as its own shape`);
    const legend = await page.textContent('#map-legend');
    for (const word of ['city', 'region', 'country']) assert.ok(legend.includes(word), `the legend names ${word}`);
    await page.click('#zoom-reset');
    await page.click('#zoom-in');
    await page.waitForFunction(() => /scale\(2\)/.test(document.querySelector('#map g.viewport').getAttribute('transform') ?? ''));
    await page.click('#zoom-reset');
    const small = await page.$$eval('#map .country-hit', cs => cs.filter(c => c.style.display !== 'none').map(c => c.dataset.country));
    assert.ok(small.length > 0, 'a small country with events has a target at world scale');
    const want = await api(`/api/events?country=${small[0]}`);
    await page.dispatchEvent(`#map .country-hit[data-country="${small[0]}"]`, 'click');
    await countIs(want.total);
    assert.equal(await page.inputValue('input[name=country]'), small[0]);
    await reset(page, meta, countIs);
  }],
  ['the glossary lists every role code', async ({ page, api }) => {
    const g = await api('/api/glossary');
    await page.click('#glossary summary');
    assert.deepEqual(await page.$$eval('#roles dt', ds => ds.map(d => d.textContent)), g.roles.map(r => r.code));
  }],
  ['the page is usable 390 px wide', async ({ context, url, meta, shots }) => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 390, height: 844 });
    await narrow.goto(url);
    await narrow.waitForFunction(n => document.querySelector('#count').textContent === `${n} events`, meta.events);
    const wide = await narrow.evaluate(() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391)
      .map(e => `${e.tagName}#${e.id}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().right)}`).slice(0, 8));
    assert.ok(await narrow.evaluate(() => document.documentElement.scrollWidth) <= 390, `no sideways scrolling of the page: ${wide}`);
    for (const sel of ['[data-testid=apply]', '#map', '#timeline', '#network', '#table-panel']) {
      const b = await narrow.$eval(sel, e => { const r = e.getBoundingClientRect(); return { l: r.left, r: r.right }; });
      assert.ok(b.l >= 0 && b.r <= 390, `${sel} fits the screen (${b.l}-${b.r})`);
    }
    await narrow.screenshot({ path: join(shots, 'narrow.png'), fullPage: true });
    await narrow.close();
  }],
];
