// npm run bench:site: times the documentation site's build (VitePress, the real CLI as a
// subprocess) for the real catalog and for synthetic catalogs of 250, 500 and 1,000
// images, and the share of it that is generating the pages from the catalog. Prints the
// figures and the time per image, so linearity shows. Nothing here passes or fails on time.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, syntheticCatalog } from './synthetic-catalog.mjs';

const VITEPRESS = join(REPO, 'node_modules', 'vitepress', 'bin', 'vitepress.js');
const SIZES = process.argv.slice(2).length > 0 ? process.argv.slice(2).map(Number) : [250, 500, 1000];

function seconds(start) {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Seconds to write docs/generated from the catalog at `root` (the step before VitePress). */
function timeGenerate(root) {
  const script = `const { writeSiteSources } = await import('@armorred/site'); const start = process.hrtime.bigint(); writeSiteSources(${JSON.stringify(root)}); console.log(Number(process.hrtime.bigint() - start) / 1e9);`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' }).trim());
}

/** Seconds of `vitepress build docs` at `root`, into a temporary folder; the cache is emptied first (a cold build, as in CI). */
function timeBuild(root) {
  const out = mkdtempSync(join(tmpdir(), 'armorred-bench-site-out-'));
  rmSync(join(root, 'docs', '.vitepress', 'cache'), { recursive: true, force: true });
  try {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [VITEPRESS, 'build', 'docs', '--outDir', out], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=6144' },
    });
    return seconds(start);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A synthetic catalog with the site's hand-written sources and the repository's node_modules beside it. */
function syntheticSite(count) {
  const root = syntheticCatalog(count);
  cpSync(join(REPO, 'docs'), join(root, 'docs'), {
    recursive: true,
    filter: (source) => !/[/\\]docs[/\\](generated|\.vitepress[/\\](cache|dist))([/\\]|$)/.test(source),
  });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  return root;
}

function report(label, images, generate, build) {
  console.log(
    `  ${label.padEnd(16)} ${String(images).padStart(5)} images  build ${build.toFixed(1).padStart(6)} s  (${((build / images) * 1000).toFixed(0).padStart(5)} ms/image)` +
      `  of which generating pages ${generate.toFixed(2)} s (${((generate / images) * 1000).toFixed(1)} ms/image)`,
  );
}

console.log(`site benchmark: vitepress build, cold cache, one run each, node ${process.version}`);
const realImages = execFileSync(
  process.execPath,
  [
    '--input-type=module',
    '-e',
    `const { readCatalog } = await import('@armorred/catalog'); console.log(readCatalog(${JSON.stringify(REPO)}).spec.images.length);`,
  ],
  {
    cwd: REPO,
    encoding: 'utf8',
  },
).trim();
{
  // The real catalog builds where it lives; its generated folder is rewritten as docs:build would.
  const generate = timeGenerate(REPO);
  const build = timeBuild(REPO);
  report('real catalog', Number(realImages), generate, build);
}
for (const size of SIZES) {
  const root = syntheticSite(size);
  try {
    const generate = timeGenerate(root);
    report('synthetic', size, generate, timeBuild(root));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
