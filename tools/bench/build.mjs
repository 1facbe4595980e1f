// npm run bench:build: times `armorred build` of each nginx-1.26 tier with the offline
// package set, cold (every built store path of the tier deleted first) and cached, and
// reports image size and layers next to the bare closure size (sum of NAR sizes of
// `nix-store -qR`), to show how close the image is to the minimum.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './synthetic-catalog.mjs';

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const IMAGE = 'nginx-1.26';
const run = (command, args) => execFileSync(command, args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function build(tier) {
  const start = process.hrtime.bigint();
  run(process.execPath, [CLI, 'build', IMAGE, '--tier', tier, '--pkgs', 'offline']);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Deletes every built output the tiers' derivations depend on (not the pinned .debs), with
 * everything that refers to them, in one nix-store call (it orders the deletions). */
function forget(tiers) {
  const outputs = new Set();
  for (const tier of tiers) {
    rmSync(join(REPO, '.armorred', 'results', IMAGE, tier), { force: true });
    const drv = run('nix-instantiate', [
      join(REPO, 'default.nix'),
      '-A',
      `nginx-1_26.${tier}`,
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
  // Sources (builder scripts, config files) stay alive through their derivations: skip
  // each path nix-store refuses, and try again.
  for (let attempt = 0; attempt < 200 && doomed.size > 0; attempt++) {
    try {
      run('nix-store', ['--delete', ...doomed]);
      return;
    } catch (error) {
      const alive = /Cannot delete path '([^']+)'/.exec(String(error.stderr));
      if (!alive) throw error;
      doomed.delete(alive[1]);
    }
  }
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
console.log(`armorred build benchmark (${IMAGE}, offline package set), node ${process.version}`);
// Both tiers forgotten first, so nothing either built survives; the locked tier's cold
// build then reuses the packages the hardened build made (as in CI).
forget(['hardened', 'locked']);
for (const tier of ['hardened', 'locked']) {
  const cold = build(tier);
  const cached = build(tier);
  const record = JSON.parse(readFileSync(join(REPO, '.armorred', 'results', IMAGE, `${tier}.json`), 'utf8'));
  const manifest = JSON.parse(run('tar', ['-xOf', record.archive, 'manifest.json']));
  const archiveBytes = Number(run('stat', ['-c', '%s', record.archive]).trim());
  // The archive references what it contains; its own references are the image's store paths.
  const references = run('nix-store', ['-q', '--references', record.archive]).split('\n').filter(Boolean);
  const closureBytes = references.reduce((sum, path) => sum + Number(run('nix-store', ['-q', '--size', path]).trim()), 0);
  console.log(
    `${tier.padEnd(8)} cold ${cold.toFixed(1)} s  cached ${cached.toFixed(2)} s  image ${mb(archiveBytes)} in ${manifest[0].Layers.length} layers  bare closure ${mb(closureBytes)} (${references.length} store paths)  overhead ${(((archiveBytes - closureBytes) / closureBytes) * 100).toFixed(1)}%`,
  );
}
