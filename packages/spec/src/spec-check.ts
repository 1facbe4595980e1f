// Rules the JSON Schema cannot state: cross-field consistency, path safety, SPDX syntax.
// Pure: the only outside knowledge (does a config file exist in the image folder?) is a
// function passed in by the caller.
import { createRequire } from 'node:module';
import parseSpdx from 'spdx-expression-parse';
import type { SpecIssue } from './errors.js';
import { packageConcerns, storeLayoutPaths } from '@armorred/image-facts';
import { EXPECTATION_KEYS, PROBE_KINDS, packageAttributes, probeOf, resolveTier, tierSourcePath, type ResolvedTier, type RuntimeDefaults } from './resolve.js';
import { TIER_NAMES, type ImageSpec, type TierName } from './schema.js';
import type { Path, YamlSource } from './yaml.js';

/** What the caller found for a config file's `source` inside the image folder. */
export type SourceFileState = 'file' | 'missing' | 'not-a-file' | 'symlink' | 'hardlink' | 'too-large';

export interface SpecCheckContext {
  defaults: RuntimeDefaults;
  sourceFile(relativePath: string): SourceFileState;
}

/** Paths the runtime owns; an image may not ship files or writable mounts there. */
const RESERVED_PREFIXES = ['/nix', '/proc', '/sys', '/dev'];

function segmentProblem(path: string): string | undefined {
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..')) return 'it may not contain ".." segments';
  if (segments.some((segment) => segment === '.')) return 'it may not contain "." segments';
  return undefined;
}

function underReserved(path: string): string | undefined {
  return RESERVED_PREFIXES.find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** Whether `inner` is `outer` or inside it (both clean absolute paths). */
function within(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer === '/' ? '/' : `${outer}/`);
}

const superLinearVerdicts = new Map<string, string | undefined>();

/**
 * Characters without which a pattern has no quantifier: each match attempt is then bounded
 * by the pattern's own length, so matching is linear in the text. Found anywhere (escaped,
 * in a class, in "(?:") they only mean the analysis runs.
 */
const QUANTIFIER_CHARACTERS = /[*+?{]/;

/** scslre, loaded on first use: it takes longer to load than most validations take. */
let analyse: typeof import('scslre').analyse | undefined;

/**
 * Why matching `pattern` can take super-linear time (ReDoS), or undefined when it cannot:
 * a static analysis (scslre) of quantifiers that can match the same characters in more
 * than one way. The suites match with a time bound too; this refuses the pattern first.
 */
export function superLinearRegex(pattern: string): string | undefined {
  if (!QUANTIFIER_CHARACTERS.test(pattern)) return undefined;
  if (superLinearVerdicts.has(pattern)) return superLinearVerdicts.get(pattern);
  analyse ??= (createRequire(import.meta.url)('scslre') as typeof import('scslre')).analyse;
  const reports = analyse(new RegExp(pattern)).reports;
  const report = reports.find((candidate) => candidate.exponential) ?? reports[0];
  const verdict = report
    ? `matching can take ${report.exponential ? 'exponential' : 'polynomial'} time on some responses (ReDoS): ${JSON.stringify(report.type === 'Trade' ? report.startQuant.raw : report.quant.raw)} can match the same characters in more than one way${report.type === 'Move' ? ' as the search moves along the text' : ''}; rewrite it so each character is matched only one way (e.g. (a+)+ as a+, and drop a leading or trailing .*)`
    : undefined;
  superLinearVerdicts.set(pattern, verdict);
  return verdict;
}

/** A problem in a resolved tier: the path of the offending value within the tier, and what to do. */
export interface TierProblem {
  path: Path;
  message: string;
  at?: 'key' | 'value';
}

/** A check's or health check's probe and expectation, as far as the schema cannot say. */
function probeProblems(
  check: NonNullable<ResolvedTier['healthcheck']> | ResolvedTier['checks'][number],
  where: Path,
  exposedPorts: ReadonlySet<number>,
  at: (path: Path, message: string, where?: 'key' | 'value') => void,
): void {
  const named = PROBE_KINDS.filter((kind) => check[kind] !== undefined);
  if (named.length !== 1) {
    at(
      where,
      named.length === 0 ? 'no probe; give exactly one of http, tcp or exec' : `${named.join(' and ')} given; a probe is exactly one of http, tcp or exec`,
      'key',
    );
    return;
  }
  const probe = probeOf(check)!;
  if (probe.kind === 'http' || probe.kind === 'tcp') {
    const { port } = probe.kind === 'http' ? probe.http : probe.tcp;
    if (!exposedPorts.has(port))
      at(
        [...where, probe.kind, 'port'],
        `port ${port} is not an exposed port (${[...exposedPorts].join(', ') || 'none'}); add it to runtime.ports or use an exposed one`,
      );
  } else {
    const binary = probe.exec.command[0]!;
    if (!binary.startsWith('/'))
      at(
        [...where, 'exec', 'command', 0],
        `${JSON.stringify(binary)} is not an absolute path; exec runs a binary of the image without a shell, e.g. /bin/redis-cli`,
      );
  }
  const expect = check.expect ?? {};
  for (const key of Object.keys(expect) as (keyof typeof expect)[]) {
    if (!EXPECTATION_KEYS[probe.kind].includes(key))
      at([...where, 'expect', key], `${key} does not apply to a ${probe.kind} probe; it can expect ${EXPECTATION_KEYS[probe.kind].join(', ')}`, 'key');
  }
  // A health check answers 200 unless it says otherwise; a functional check says what it expects.
  if (probe.kind === 'http' && expect.status === undefined && where[0] === 'checks')
    at([...where, 'expect'], 'an http check needs expect.status (e.g. 200)', 'key');
  for (const key of ['bodyMatches', 'replyMatches', 'outputMatches'] as const) {
    const pattern = expect[key];
    if (pattern === undefined) continue;
    try {
      new RegExp(pattern);
    } catch (error) {
      at([...where, 'expect', key], `not a valid regular expression: ${(error as Error).message}`);
      continue;
    }
    const superLinear = superLinearRegex(pattern);
    if (superLinear) at([...where, 'expect', key], superLinear);
  }
}

/**
 * The rules a resolved tier must meet, so that it can be compiled and its claims hold.
 * Pure; used by `armorred validate` (located) and by the Nix compiler (which refuses a
 * tier that breaks them instead of emitting Nix that would not do what the spec says).
 */
export function tierProblems(resolved: ResolvedTier, sourceFile: SpecCheckContext['sourceFile']): TierProblem[] {
  const problems: TierProblem[] = [];
  const at = (path: Path, message: string, where: 'key' | 'value' = 'value') => problems.push({ path, message, at: where });
  const { runtime } = resolved;

  if (runtime.entrypoint.length === 0 && runtime.cmd.length === 0) {
    at(['runtime'], 'no entrypoint and no cmd; set runtime.entrypoint (e.g. ["/bin/nginx"])', 'key');
  }

  const seenPorts = new Set<string>();
  runtime.ports.forEach((port, index) => {
    const id = `${port.port}/${port.protocol ?? 'tcp'}`;
    if (seenPorts.has(id)) at(['runtime', 'ports', index, 'port'], `port ${id} is listed twice; list each port once`);
    seenPorts.add(id);
  });

  const layoutPaths = storeLayoutPaths(resolved.contents);
  const writable = new Set<string>();
  runtime.writablePaths.forEach(({ path }, index) => {
    const where: Path = ['runtime', 'writablePaths', index];
    if (writable.has(path)) at(where, `"${path}" is listed twice; list each writable path once`);
    writable.add(path);
    const problem = segmentProblem(path);
    if (problem) at(where, `"${path}" is not a clean absolute path: ${problem}`);
    else if (path === '/') at(where, 'the root cannot be writable; list the directories that must be (e.g. /tmp)');
    else if (underReserved(path)) at(where, `"${path}" is under ${underReserved(path)}, which the runtime owns; choose another directory`);
    else {
      const layout = layoutPaths.find((fixed) => within(fixed, path) || within(path, fixed));
      if (layout)
        at(
          where,
          `"${path}" would put a writable mount ${path === layout ? 'on' : within(layout, path) ? 'above' : 'inside'} ${layout}, which the image's standard layout fills from the Nix store; the mount would hide it: choose a directory of your own (e.g. /var/lib/<name>)`,
        );
    }
  });

  const workingProblem = segmentProblem(runtime.workingDir);
  if (workingProblem) at(['runtime', 'workingDir'], `"${runtime.workingDir}" is not a clean absolute path: ${workingProblem}`);
  else if (underReserved(runtime.workingDir))
    at(['runtime', 'workingDir'], `"${runtime.workingDir}" is under ${underReserved(runtime.workingDir)}, which the runtime owns; choose another directory`);

  const targets = new Set<string>();
  runtime.configFiles.forEach((file, index) => {
    const sourceProblem = segmentProblem(file.source);
    if (sourceProblem) {
      at(['runtime', 'configFiles', index, 'source'], `"${file.source}" would leave the image folder: ${sourceProblem}; use a path inside the image folder`);
    } else {
      const state = file.source === 'generated' || file.source.startsWith('generated/') ? 'generated' : sourceFile(file.source);
      const where: Path = ['runtime', 'configFiles', index, 'source'];
      const message = {
        file: undefined,
        missing: 'does not exist in the image folder; add the file or fix the path',
        'not-a-file': 'is not a regular file (a folder or special file); config files must be files',
        symlink: 'is a symlink (or under one); the catalog does not follow symlinks: replace it with the file itself',
        hardlink: 'has other hard links; a hard link can ship a file from elsewhere (even a root-only one): replace it with a copy',
        'too-large': 'is over the 16 MiB limit for a config file; it is not read',
        generated: 'is a generated file; a config file must be hand-written, or generate would depend on its own output',
      }[state];
      if (message) at(where, `${JSON.stringify(file.source)} ${message}`);
    }
    const targetProblem = segmentProblem(file.target);
    if (targetProblem) at(['runtime', 'configFiles', index, 'target'], `"${file.target}" is not a clean absolute path: ${targetProblem}`);
    else if (file.target === '/' || underReserved(file.target))
      at(['runtime', 'configFiles', index, 'target'], `"${file.target}" is reserved; ship config files elsewhere (e.g. /etc)`);
    else {
      const hiding = runtime.writablePaths.map(({ path }) => path).find((path) => file.target === path || file.target.startsWith(`${path}/`));
      if (hiding)
        at(
          ['runtime', 'configFiles', index, 'target'],
          `"${file.target}" is under the writable path ${hiding}, whose mount would hide it; ship it elsewhere or drop ${hiding} from writablePaths`,
        );
    }
    if (targets.has(file.target)) at(['runtime', 'configFiles', index, 'target'], `"${file.target}" is the target of two config files; each target once`);
    targets.add(file.target);
  });

  // A config file's target is a file: nothing may turn it into a folder.
  runtime.configFiles.forEach((file, index) => {
    if (segmentProblem(file.target) || file.target === '/') return;
    const where: Path = ['runtime', 'configFiles', index, 'target'];
    const inside = runtime.configFiles.find((other) => other.target !== file.target && within(other.target, file.target));
    if (inside) at(where, `"${file.target}" is a folder of the config file target ${inside.target}; a target is a file: ship one of them elsewhere`);
    runtime.writablePaths.forEach(({ path }, pathIndex) => {
      if (path !== file.target && within(path, file.target))
        at(
          ['runtime', 'writablePaths', pathIndex],
          `"${path}" is inside the config file target ${file.target}, which would have to be a folder; choose a writable directory elsewhere`,
        );
    });
    if (within(runtime.workingDir, file.target))
      at(
        ['runtime', 'workingDir'],
        `"${runtime.workingDir}" is ${runtime.workingDir === file.target ? '' : 'inside '}the config file target ${file.target}; the working directory must be a directory: choose another`,
      );
  });

  const exposed = new Set(runtime.ports.map((port) => port.port));
  if (resolved.healthcheck) probeProblems(resolved.healthcheck, ['healthcheck'], exposed, at);
  const checkNames = new Set<string>();
  resolved.checks.forEach((check, index) => {
    probeProblems(check, ['checks', index], exposed, at);
    if (checkNames.has(check.name)) at(['checks', index, 'name'], `check "${check.name}" is defined twice; names must be unique`);
    checkNames.add(check.name);
  });

  const dropped = new Set<string>();
  (resolved.package.dropFiles ?? []).forEach((file, index) => {
    const where: Path = ['package', 'dropFiles', index];
    const problem = segmentProblem(file);
    if (problem) at(where, `"${file}" is not a clean path inside the package: ${problem}`);
    if (dropped.has(file)) at(where, `"${file}" is listed twice`);
    dropped.add(file);
  });

  const findings = new Set<string>();
  resolved.acceptedFindings.forEach((finding, index) => {
    const id = `${finding.id} ${finding.package}`;
    if (findings.has(id)) at(['acceptedFindings', index, 'id'], `${finding.id} in ${finding.package} is accepted twice; keep one entry`);
    findings.add(id);
    if (finding.status === 'not_affected' && !finding.vexJustification) {
      at(['acceptedFindings', index, 'status'], 'status not_affected needs vexJustification (e.g. vulnerable_code_not_in_execute_path)');
    }
    if (finding.status === 'affected' && !finding.actionStatement) {
      at(['acceptedFindings', index, 'status'], 'status affected needs actionStatement: what users should do about it');
    }
  });

  if (resolved.coreutils && !resolved.shell) {
    // Expressible, but coreutils without a shell is almost always a mistake; say so.
    at(['coreutils'], 'coreutils without a shell cannot be used by exec probes or scripts; set shell: true or coreutils: false');
  }
  // Early warnings by name; the build decides from what the image really holds.
  for (const { attr, path } of packageAttributes(resolved)) {
    const concerns = packageConcerns(attr);
    if (!resolved.shell && concerns.includes('shell'))
      at(path, `"${attr}" puts a shell in the image, but the tier declares shell: false; remove it or set shell: true`);
    else if (!resolved.shell && concerns.includes('interpreter'))
      at(
        path,
        `"${attr}" puts a general-purpose interpreter in the image (it runs any command, as a shell does), but the tier declares shell: false; remove it or set shell: true`,
      );
    else if (!resolved.coreutils && concerns.includes('coreutils'))
      at(path, `"${attr}" puts coreutils in the image, but the tier declares coreutils: false; remove it or set coreutils: true`);
  }
  return problems;
}

function checkTier(source: YamlSource, spec: ImageSpec, tier: TierName, context: SpecCheckContext): SpecIssue[] {
  const resolved = resolveTier(spec, tier, context.defaults);
  return tierProblems(resolved, context.sourceFile).map((problem) =>
    source.issue(tierSourcePath(spec, tier, problem.path), `${problem.message} (tier ${tier})`, problem.at),
  );
}

/** Checks a schema-valid spec; returns every issue found, located. */
export function checkImageSpec(source: YamlSource, spec: ImageSpec, context: SpecCheckContext): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (spec.version !== spec.line && !spec.version.startsWith(`${spec.line}.`)) {
    issues.push(
      source.issue(
        ['line'],
        `line "${spec.line}" is not a prefix of version "${spec.version}"; for version ${spec.version} use line "${spec.version.split('.').slice(0, 2).join('.')}"`,
      ),
    );
  }
  try {
    parseSpdx(spec.licenses);
  } catch {
    issues.push(
      source.issue(
        ['licenses'],
        `"${spec.licenses}" is not a valid SPDX license expression; use SPDX license identifiers joined by AND, OR or WITH (e.g. "BSD-2-Clause" or "MIT OR Apache-2.0")`,
      ),
    );
  }
  const counts = spec.upstream?.figures?.vulnerabilities;
  if (counts?.total !== undefined && counts.total < counts.critical + counts.high + counts.medium + counts.low) {
    issues.push(
      source.issue(
        ['upstream', 'figures', 'vulnerabilities', 'total'],
        `total ${counts.total} is less than critical + high + medium + low (${counts.critical + counts.high + counts.medium + counts.low}); the total includes them`,
      ),
    );
  }
  for (const tier of TIER_NAMES) issues.push(...checkTier(source, spec, tier, context));
  // A problem in the base section shows up once per tier; report it once.
  const unique = new Map<string, SpecIssue>();
  for (const issue of issues) {
    const id = `${issue.line}:${issue.column}:${issue.message.replace(/ \(tier \w+\)$/, '')}`;
    const earlier = unique.get(id);
    unique.set(id, earlier ? { ...earlier, message: earlier.message.replace(/ \(tier \w+\)$/, '') } : issue);
  }
  return [...unique.values()];
}
