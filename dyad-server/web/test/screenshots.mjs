// Screenshots of the main views for the docs: DYAD_URL=http://127.0.0.1:8080 node test/screenshots.mjs ../../docs
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
  await page.click('#events tbody tr:first-child');
  await page.waitForSelector('#detail:not([hidden]) mark.trigger');
  await page.screenshot({ path: join(out, 'ui-overview.png'), fullPage: true });
  console.log(`screenshots in ${out}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
