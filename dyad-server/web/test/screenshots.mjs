// The README's screenshots, taken from a running server (DemoIT runs this on the 'dyad demo' store):
// DYAD_URL=http://127.0.0.1:8080 node test/screenshots.mjs ../../docs
// ui-overview.png: the whole page with one event's sentence open; ui-map.png: the map panel zoomed into the
// busiest cluster; ui-detail.png: the event detail (sentence, marked actors and verb, rule).
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const url = process.env.DYAD_URL || 'http://127.0.0.1:8080';
const out = process.argv[2] || '.';
const profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1500, height: 1000 },
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#events tbody tr');
  await page.waitForSelector('#network line.edge');
  await page.waitForSelector('#map .place, #map .cluster');
  await page.click('#events tbody tr:first-child');
  await page.waitForSelector('#detail:not([hidden]) mark.trigger');
  await page.screenshot({ path: join(out, 'ui-overview.png'), fullPage: true });
  // The panel is as tall as its row; the shot ends below its last line.
  const detail = await page.$eval('#detail', d => {
    const r = d.getBoundingClientRect();
    const bottom = Math.max(...[...d.children].filter(c => c.offsetParent !== null).map(c => c.getBoundingClientRect().bottom));
    return { x: r.x, y: r.y + window.scrollY, width: r.width, height: Math.min(r.height, bottom - r.top + 16) };
  });
  await page.screenshot({ path: join(out, 'ui-detail.png'), clip: detail, fullPage: true });
  // The busiest cluster, zoomed in once, so the shapes of city, region and country marks show.
  const busiest = await page.$$eval('#map .cluster', cs => {
    let best = -1, n = -1;
    cs.forEach((c, i) => { if (Number(c.dataset.count) > n) { n = Number(c.dataset.count); best = i; } });
    return best;
  });
  if (busiest >= 0) {
    const before = await page.$eval('#map g.viewport', g => g.getAttribute('transform'));
    await page.dispatchEvent(`#map .cluster >> nth=${busiest}`, 'click');
    await page.waitForFunction(t => document.querySelector('#map g.viewport').getAttribute('transform') !== t, before);
    await page.waitForTimeout(300);
  }
  await page.locator('#map-panel').screenshot({ path: join(out, 'ui-map.png') });
  console.log(`screenshots in ${out}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
