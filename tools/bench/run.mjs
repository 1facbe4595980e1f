// npm run bench: times armorred commands (the real CLI, as a subprocess) over synthetic
// catalogs of growing size and prints the figures. Nothing here passes or fails on time.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, syntheticCatalog } from './synthetic-catalog.mjs';

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const SIZES = [250, 500, 1000];
const RUNS = 3;

/** Seconds of each of RUNS runs of the CLI. */
function time(args, cwd) {
  const seconds = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, [CLI, ...args], { cwd, stdio: 'ignore' });
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return seconds;
}

// In this order: generate's first run writes every file, later runs find them current;
// check then compares a complete tree.
const commands = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['validate', 'generate', 'check'];
console.log(`armorred benchmark: ${RUNS} runs each, node ${process.version}`);
for (const size of SIZES) {
  const root = syntheticCatalog(size);
  try {
    for (const command of commands) {
      const [first, ...rest] = time([command], root);
      const best = Math.min(first, ...rest);
      console.log(
        `${command.padEnd(9)} ${String(size).padStart(5)} images  first ${first.toFixed(3)} s  best ${best.toFixed(3)} s  (${((best / size) * 1000).toFixed(2)} ms/image)`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
