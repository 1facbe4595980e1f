// npm run bench:ingest: times readReport (@armorred/analysis, built dist) on large synthetic
// reports: a ~50 MB syft JSON and a ~20 MB grype JSON, grown from real fixtures by replicating
// their artifacts / matches under unique ids and names. Each file is read in a fresh node
// process, so the peak memory (maxRSS) is that of one ingestion. Targets: < 3 s, < 600 MB.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const REPO = join(import.meta.dirname, '..', '..');
// Real scanner reports vendored with the scanner-reports tests (see their SOURCES.md).
const FIXTURES = join(REPO, 'packages', 'scanner-reports', 'test', 'fixtures');
const DIST = join(REPO, 'packages', 'analysis', 'dist', 'index.js');
const MB = 1000 * 1000;
const TARGET_SECONDS = 3;
const TARGET_RSS_MB = 600;

/** Copies of `items` under fresh identities until their JSON (as written: indented) is about `bytes` long. */
function replicate(items, bytes, rename) {
  const average = JSON.stringify(items, null, 1).length / items.length;
  const count = Math.ceil(bytes / average);
  return Array.from({ length: count }, (_, index) => rename(structuredClone(items[index % items.length]), index));
}

function syftReport(bytes) {
  const report = JSON.parse(readFileSync(join(FIXTURES, 'syft-json-alpine-3.12-syft0.101.1.json'), 'utf8'));
  report.artifacts = replicate(report.artifacts, bytes, (artifact, index) => {
    artifact.id = index.toString(16).padStart(16, '0');
    artifact.name = `${artifact.name}-${index}`;
    return artifact;
  });
  return { report, count: report.artifacts.length };
}

function grypeReport(bytes) {
  const report = JSON.parse(readFileSync(join(FIXTURES, 'grype-redis-latest-grype0.58.0.json'), 'utf8'));
  report.matches = replicate(report.matches, bytes, (match, index) => {
    match.vulnerability.id = `CVE-9999-${index}`;
    return match;
  });
  return { report, count: report.matches.length };
}

// Runs in the child: one readReport, then its own time and peak memory as JSON.
const CHILD = `
import { readReport } from '@armorred/analysis';
const start = performance.now();
const summary = await readReport(process.argv[1]);
const seconds = (performance.now() - start) / 1000;
const count = summary.kind === 'sbom' ? summary.components : summary.findings.length;
console.log(JSON.stringify({ seconds, maxRssKiB: process.resourceUsage().maxRSS, count }));
`;

function ingestInChild(file) {
  const start = process.hrtime.bigint();
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, file], { cwd: REPO, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  return { ...JSON.parse(output), wall };
}

if (!existsSync(DIST)) {
  console.error(`${DIST} is missing: compile first with npm run compile`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'armorred-bench-ingest-'));
let failed = false;
try {
  console.log(`ingest benchmark: node ${process.version}, targets < ${TARGET_SECONDS} s and < ${TARGET_RSS_MB} MB peak RSS per file`);
  for (const [name, make, bytes, unit] of [
    ['syft.json', syftReport, 50 * MB, 'components'],
    ['grype.json', grypeReport, 20 * MB, 'findings'],
  ]) {
    const file = join(dir, name);
    const { report, count } = make(bytes);
    writeFileSync(file, JSON.stringify(report, null, 1));
    const result = ingestInChild(file);
    const rssMb = (result.maxRssKiB * 1024) / MB;
    const ok = result.seconds < TARGET_SECONDS && rssMb < TARGET_RSS_MB && result.count === count;
    failed ||= !ok;
    console.log(
      `${name.padEnd(10)} ${(statSync(file).size / MB).toFixed(1).padStart(5)} MB  ${String(result.count).padStart(6)} ${unit.padEnd(10)}  ` +
        `ingest ${result.seconds.toFixed(2)} s  (process ${result.wall.toFixed(2)} s)  peak RSS ${rssMb.toFixed(0)} MB  ${ok ? 'ok' : `OVER TARGET${result.count === count ? '' : ` (expected ${count} ${unit})`}`}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
