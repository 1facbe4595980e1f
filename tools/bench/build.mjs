// npm run bench:build [IMAGE...]: times `armorred build` of each tier of every catalog image
// (or the ones named) with the offline package set, cold (every built store path of the
// image deleted first) and cached, and reports image size and layers next to the bare
// closure size (sum of NAR sizes of the image's store paths), and their ratio: how close
// the image is to the minimum (target: at most 1.10x).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from './synthetic-catalog.mjs';

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const IMAGES = process.argv.length > 2 ? process.argv.slice(2) : parse(readFileSync(join(REPO, 'catalog.yaml'), 'utf8')).images;
const run = (command, args) => execFileSync(command, args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

function build(image, tier) {
  const start = process.hrtime.bigint();
  run(process.execPath, [CLI, 'build', image, '--tier', tier, '--pkgs', 'offline']);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Deletes every built output the tiers' derivations depend on (not the pinned .debs), with
 * everything that refers to them, in one nix-store call (it orders the deletions). */
function forget(image, tiers) {
  const outputs = new Set();
  for (const tier of tiers) {
    // The build record and its result link (a GC root that would keep the image alive).
    rmSync(join(REPO, '.armorred', 'results', image, `${tier}.json`), { force: true });
    rmSync(join(REPO, '.armorred', 'results', image, tier), { force: true });
    const drv = run('nix-instantiate', [
      join(REPO, 'default.nix'),
      '-A',
      `${image.replace(/\./g, '_')}.${tier}`,
      '--arg',
      'pkgs',
      `import ${join(REPO, 'tools', 'offline-pkgs')} { }`,
      '--option',
      'substituters',
      '',
    ]).trim();
    for (const path of run('nix-store', ['-qR', '--include-outputs', drv]).split('\n')) {
      if (path && !path.endsWith('.drv') && !path.endsWith('.deb') && existsSync(path)) outputs.add(path);
    }
  }
  const referrers = run('nix-store', ['-q', '--referrers-closure', ...outputs])
    .split('\n')
    .filter((path) => path && !path.endsWith('.drv'));
  const doomed = new Set([...outputs, ...referrers]);
  const wanted = doomed.size;
  let deleted = 0;
  // Sources (builder scripts, config files) stay alive through their derivations, and any
  // path another GC root holds (a result link of another checkout) stays too: skip each
  // path nix-store refuses, try again, and say how many were really deleted.
  for (let attempt = 0; attempt < 500 && doomed.size > 0; attempt++) {
    try {
      run('nix-store', ['--delete', ...doomed]);
      deleted = doomed.size;
      break;
    } catch (error) {
      const alive = /Cannot delete path '([^']+)'/.exec(String(error.stderr));
      if (!alive) throw error;
      doomed.delete(alive[1]);
    }
  }
  return { deleted, wanted };
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`armorred build benchmark (${IMAGES.join(', ')}; offline package set), node ${process.version}`);
for (const IMAGE of IMAGES) {
  // Both tiers forgotten first, so nothing either built survives; the locked tier's cold
  // build then reuses the packages the hardened build made (as in CI).
  const forgotten = forget(IMAGE, ['hardened', 'locked']);
  console.log(
    `${IMAGE.padEnd(14)} cold builds start with ${forgotten.deleted} of ${forgotten.wanted} built store paths deleted (the rest are held by GC roots)`,
  );
  for (const tier of ['hardened', 'locked']) {
    const cold = build(IMAGE, tier);
    const cached = build(IMAGE, tier);
    const record = JSON.parse(readFileSync(join(REPO, '.armorred', 'results', IMAGE, `${tier}.json`), 'utf8'));
    const manifest = JSON.parse(run('tar', ['-xOf', record.archive, 'manifest.json']));
    const archiveBytes = Number(run('stat', ['-c', '%s', record.archive]).trim());
    // The archive references what it contains; its own references are the image's store paths.
    const references = run('nix-store', ['-q', '--references', record.archive]).split('\n').filter(Boolean);
    const closureBytes = references.reduce((sum, path) => sum + Number(run('nix-store', ['-q', '--size', path]).trim()), 0);
    console.log(
      `${IMAGE.padEnd(14)} ${tier.padEnd(8)} cold ${cold.toFixed(1)} s  cached ${cached.toFixed(2)} s  image ${mb(archiveBytes)} in ${manifest[0].Layers.length} layers  bare closure ${mb(closureBytes)} (${references.length} store paths)  ratio ${(archiveBytes / closureBytes).toFixed(3)}x`,
    );
  }
}
