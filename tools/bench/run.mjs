// npm run bench: times armorred commands (the real CLI, as a subprocess) over synthetic
// catalogs of growing size and prints the figures. Nothing here passes or fails on time.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, syntheticCatalog } from './synthetic-catalog.mjs';

const CLI = join(REPO, 'tools', 'cli', 'bin', 'armorred.js');
const BASELINE = join(import.meta.dirname, 'yaml-baseline.mjs');
const SIZES = [250, 500, 1000];
const RUNS = 3;

/** Seconds of one run of `script`; `cache: false` runs it with the parse cache off (cold). */
function timeScript(script, args, cwd, cache) {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, [script, ...args], { cwd, stdio: 'ignore', env: { ...process.env, ARMORRED_CACHE: cache ? 'on' : 'off' } });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Seconds of one run of the CLI. */
function timeOnce(args, cwd, cache) {
  return timeScript(CLI, args, cwd, cache);
}

/**
 * Cold validate against the bare YAML.parse baseline, run in turns (validate, baseline,
 * validate, ...) so that a change in the machine's load touches both sides alike; best of
 * 2 x RUNS each.
 */
function validateAgainstBaseline(root) {
  let validate = Infinity;
  let bare = Infinity;
  for (let run = 0; run < 2 * RUNS; run++) {
    validate = Math.min(validate, timeOnce(['validate'], root, false));
    bare = Math.min(bare, timeScript(BASELINE, [root], root, false));
  }
  return { validate, bare };
}

/** Best of RUNS cold runs (no parse cache), then best of RUNS warm runs (cache filled by the first). */
function time(args, cwd) {
  const cold = Math.min(...Array.from({ length: RUNS }, () => timeOnce(args, cwd, false)));
  timeOnce(args, cwd, true);
  const warm = Math.min(...Array.from({ length: RUNS }, () => timeOnce(args, cwd, true)));
  return { cold, warm };
}

// In this order: generate's first run writes every file, later runs find them current;
// check then compares a complete tree. "cold" is with the parse cache off (every spec
// parsed), "warm" with it filled (specs unchanged since the last run).
const commands = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['validate', 'generate', 'check'];
console.log(`armorred benchmark: best of ${RUNS} runs, node ${process.version}`);
// Spec-only images (Nix, labels, test suites), then images that also carry analysis data
// (adds the page, SBOMs and VEX to generate and check).
for (const withAnalysis of [false, true]) {
  console.log(withAnalysis ? 'images with analysis data:' : 'spec-only images:');
  for (const size of SIZES) {
    const root = syntheticCatalog(size, { withAnalysis });
    try {
      for (const command of commands) {
        const { cold, warm } = time([command], root);
        console.log(
          `  ${command.padEnd(9)} ${String(size).padStart(5)} images  cold ${cold.toFixed(3)} s  warm ${warm.toFixed(3)} s  (${((warm / size) * 1000).toFixed(2)} ms/image warm)`,
        );
        if (command === 'validate' && !withAnalysis) {
          const pair = validateAgainstBaseline(root);
          console.log(
            `  ${'YAML.parse'.padEnd(9)} ${String(size).padStart(5)} images  ${pair.bare.toFixed(3)} s  (validate cold, measured in turns with it: ${pair.validate.toFixed(3)} s, ${(pair.validate / pair.bare).toFixed(2)}x the bare parse)`,
          );
        }
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
}
