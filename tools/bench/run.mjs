// npm run bench: times armorred commands (the real CLI, as a subprocess) over synthetic
// catalogs of growing size and prints the figures. Nothing here passes or fails on time.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, syntheticCatalog } from './synthetic-catalog.mjs';

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const SIZES = [250, 500, 1000];
const RUNS = 3;

function time(args, cwd) {
  const best = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [CLI, ...args], { cwd, stdio: 'ignore' });
    best.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return Math.min(...best);
}

const commands = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['validate'];
console.log(`armorred benchmark (best of ${RUNS}), node ${process.version}`);
for (const size of SIZES) {
  const root = syntheticCatalog(size);
  try {
    for (const command of commands) {
      const seconds = time([command], root);
      console.log(`${command.padEnd(10)} ${String(size).padStart(5)} images  ${seconds.toFixed(3)} s  (${((seconds / size) * 1000).toFixed(2)} ms/image)`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
