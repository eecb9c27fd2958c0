// The UI in headless Debian Chromium driven by playwright-core. DYAD_URL: a running `dyad serve` over the example
// store (with ExampleStore's hostile article); DYAD_SCREENSHOTS: folder for screenshots. Each step checks one
// behaviour against the API's own answers; checks.mjs holds the steps for the issue-17 defects.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv, defectSteps } from './checks.mjs';

const url = process.env.DYAD_URL;
const shots = process.env.DYAD_SCREENSHOTS || 'screenshots';
assert.ok(url, 'DYAD_URL must name the server to test');
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1100 },
  acceptDownloads: true,
});
const steps = [];
function step(name) {
  steps.push(name);
  console.log(`ui: ${name}`);
}

try {
  const page = context.pages()[0] ?? await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', r => requests.push(r.url()));
  page.on('pageerror', e => errors.push(String(e)));
  const api = async path => (await page.request.get(`${url}${path}`)).json();
  const meta = await api('/api/meta');
  const countIs = n => page.waitForFunction(k => document.querySelector('#count').textContent === `${k} event${k === 1 ? '' : 's'}`, n);

  step('load');
  await page.goto(url);
  await page.waitForSelector('#events tbody tr');
  await page.waitForSelector('#map path.country[data-country]');
  await page.waitForSelector('#timeline rect.bar');
  await page.waitForSelector('#network line.edge');
  assert.match(await page.textContent('#meta'), new RegExp(`${meta.articles} articles, ${meta.events} events`));
  assert.equal(await page.textContent('#count'), `${meta.events} events`);
  await page.screenshot({ path: join(shots, 'overview.png'), fullPage: true });

  step('filter: country TUR, roots 04 by plain clicks (no Ctrl)');
  const expected = await api('/api/events?country=TUR&root=04');
  assert.ok(expected.total > 0 && expected.total < meta.events, `the filter narrows the selection (${expected.total} of ${meta.events})`);
  await page.fill('input[name=country]', 'TUR');
  await page.click('#roots-menu summary');
  await page.check('#roots input[value="04"]');
  await page.check('#roots input[value="19"]');
  await page.uncheck('#roots input[value="19"]');
  await page.click('#roots-menu summary');
  await page.click('[data-testid=apply]');
  await countIs(expected.total);
  const rows = await page.$$eval('#events tbody tr', trs => trs.map(tr => [...tr.children].map(td => td.dataset.code ?? td.textContent)));
  assert.equal(rows.length, expected.total);
  for (const r of rows) {
    assert.ok(r[2].startsWith('04'), `event code ${r[2]} is in root 04`);
    assert.ok(r[1].startsWith('TUR') || r[3].startsWith('TUR'), `a Turkish actor in ${r}`);
  }
  // Actors are shown by name (the code stays beside it).
  const names = await page.$$eval('#events tbody tr td:nth-child(2)', tds => tds.map(td => td.textContent));
  for (const item of expected.items) assert.ok(names.includes(`${item.source.name} ${item.source.code}`), `${item.source.name} is shown (${names})`);
  // The timeline is fetched and drawn on its own after the table: wait for it to follow (it fails if it never does).
  await page.waitForFunction(() => {
    const ts = [...document.querySelectorAll('#timeline rect.bar title')].map(t => t.textContent);
    return ts.length > 0 && ts.every(t => t.includes('verbal cooperation'));
  }, null, { timeout: 10000 }).catch(() => {});
  const bars = await page.$$eval('#timeline rect.bar title', ts => ts.map(t => t.textContent));
  assert.ok(bars.length > 0 && bars.every(t => t.includes('verbal cooperation')), 'the timeline follows the filter (root 04 is verbal cooperation)');

  step('click an event, see its sentence');
  await page.click('#events tbody tr:first-child');
  await page.waitForSelector('#detail:not([hidden]) mark.trigger');
  const id = await page.getAttribute('#events tbody tr:first-child', 'data-id');
  const event = await api(`/api/events/${id}`);
  assert.equal(await page.textContent('#detail .sentence'), event.sentence.text);
  assert.equal(await page.textContent('#detail mark.source'), event.source.text);
  assert.equal(await page.textContent('#detail mark.trigger'), event.trigger.text);
  if (event.target && event.sentence.spans.target) assert.equal(await page.textContent('#detail mark.target'), event.target.text);
  assert.match(await page.textContent('#detail-fields'), new RegExp(event.rule.replace(/[.+]/g, '\\$&')));
  assert.ok((await page.textContent('#detail-fields')).includes(event.source.name), 'the source is named');
  await page.click('[data-testid=article-link]');
  await page.waitForSelector('#article-text:not([hidden])');
  assert.ok((await page.textContent('#article-text')).includes(event.sentence.text), 'the article holds the sentence');
  await page.screenshot({ path: join(shots, 'event-detail.png'), fullPage: true });

  step('export the selection as CSV');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv]')]);
  const csv = parseCsv(readFileSync(await download.path(), 'utf8'));
  assert.equal(csv.length, expected.total + 1, 'a header and one line per selected event');
  const header = csv[0];
  for (const col of ['source_name', 'target_name', 'sentence_text', 'url', 'publisher', 'article_date', 'place']) assert.ok(header.includes(col), col);
  const code = header.indexOf('event_code');
  assert.ok(csv.slice(1).every(l => l[code].startsWith('04')));

  for (const [name, run] of defectSteps) {
    step(name);
    await run({ page, api, url, meta, countIs, context, shots });
  }

  step('a bad filter shows the API\'s message');
  await page.fill('input[name=source]', 'R$S');
  await page.click('[data-testid=apply]');
  await page.waitForFunction(() => document.querySelector('#error').textContent.includes('source'));

  step('nothing was fetched from another host, and no script error');
  const origin = new URL(url).origin;
  const foreign = requests.filter(r => !r.startsWith(origin) && !r.startsWith('blob:') && !r.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, [], 'no uncaught error in the page');
  console.log(`ui: all ${steps.length} steps passed`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
