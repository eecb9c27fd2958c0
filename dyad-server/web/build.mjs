// Bundles the UI into one script and copies the page and styles: node build.mjs [--outdir DIR]
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const i = process.argv.indexOf('--outdir');
const outdir = resolve(i > 0 ? process.argv[i + 1] : 'dist');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: ['src/app.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outfile: `${outdir}/app.js`,
  loader: { '.json': 'json' },
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) cpSync(`src/${f}`, `${outdir}/${f}`);
console.log(`dyad-web: built into ${outdir}`);
