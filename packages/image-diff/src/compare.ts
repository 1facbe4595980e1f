// What a change does to each image: two catalog states in, the changes in words out, image
// by image and tier by tier, with the ones that weaken an image flagged. Pure.
import { formatSize, type TierReport } from '@armorred/analysis';
import type { CatalogSpec } from '@armorred/catalog';
import { packageConcerns } from '@armorred/image-facts';
import { SEVERITIES, type Severity } from '@armorred/scanner-reports';
import { TIER_NAMES, describeProbe, probeOf, type ResolvedTier, type TierName } from '@armorred/spec';
import { change, phrase, v, type Change } from './phrase.js';
import type { CatalogState, ImageState, TierState } from './state.js';

export interface TierChanges {
  tier: TierName;
  changes: Change[];
}

export interface ImageChange {
  image: string;
  status: 'added' | 'removed' | 'changed';
  /** Changes to the image as a whole (version, license, pin, problems reading it). */
  changes: Change[];
  /** Changes to each tier; tiers without changes are left out. */
  tiers: TierChanges[];
}

export interface CatalogDiff {
  /** Changes to catalog.yaml's settings that concern every image (tier policies, defaults). */
  catalog: Change[];
  /** Only images with changes, sorted by name. */
  images: ImageChange[];
  /** How many changes weaken an image. */
  weakening: number;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "x a → b" when a and b differ. */
function scalar(out: Change[], label: string, before: unknown, after: unknown, weakens = false): void {
  if (same(before, after)) return;
  if (before === undefined) out.push(change(phrase`${label} set to ${v(after)}`, weakens));
  else if (after === undefined) out.push(change(phrase`${label} ${v(before)} removed`, weakens));
  else out.push(change(phrase`${label} ${v(before)} → ${v(after)}`, weakens));
}

/** Entries of two maps added, removed or changed. */
function entries(out: Change[], label: string, before: Record<string, unknown>, after: Record<string, unknown>, note: { removed?: string } = {}): void {
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const a = before[key];
    const b = after[key];
    if (same(a, b)) continue;
    if (a === undefined) out.push(change(phrase`${label} ${v(key)} added: ${v(b)}`));
    else if (b === undefined) out.push(change(phrase`${label} ${v(key)} removed (was ${v(a)}${note.removed ?? ''})`));
    else out.push(change(phrase`${label} ${v(key)}: ${v(a)} → ${v(b)}`));
  }
}

/** Members of two lists added or removed (order ignored). */
function members(
  out: Change[],
  added: string,
  removed: string,
  before: readonly string[],
  after: readonly string[],
  weakens: (item: string) => boolean = () => false,
): void {
  for (const item of [...new Set(after)].filter((x) => !before.includes(x)).sort()) out.push(change(phrase`${added} ${v(item)}`, weakens(item)));
  for (const item of [...new Set(before)].filter((x) => !after.includes(x)).sort()) out.push(change(phrase`${removed} ${v(item)}`));
}

function packageManagerNote(attr: string): string {
  return packageConcerns(attr).includes('package manager') ? ' (a package manager)' : '';
}

function specChanges(tier: TierName, a: ResolvedTier, b: ResolvedTier): Change[] {
  const out: Change[] = [];
  scalar(out, 'description', a.description, b.description);

  // The package and how the tier customises it.
  if (a.package.attr !== b.package.attr) {
    const manager = packageConcerns(b.package.attr).includes('package manager');
    out.push(change(phrase`package ${v(a.package.attr)} → ${v(b.package.attr)}${packageManagerNote(b.package.attr)}`, manager));
  }
  entries(out, 'package override', a.package.override ?? {}, b.package.override ?? {}, { removed: '; the package default applies' });
  members(out, 'configure flag now dropped:', 'configure flag no longer dropped:', a.package.dropConfigureFlags ?? [], b.package.dropConfigureFlags ?? []);
  members(out, 'build input now dropped:', 'build input no longer dropped:', a.package.dropBuildInputs ?? [], b.package.dropBuildInputs ?? []);
  members(out, 'file now dropped from the package:', 'file no longer dropped from the package:', a.package.dropFiles ?? [], b.package.dropFiles ?? []);
  scalar(out, 'strip', a.package.strip, b.package.strip);
  for (const attr of b.contents.filter((x) => !a.contents.includes(x)).sort()) {
    const concerns = packageConcerns(attr);
    const weakens = concerns.includes('package manager') || (tier === 'hardened' && (concerns.includes('shell') || concerns.includes('interpreter')));
    out.push(change(phrase`package added to the image: ${v(attr)}${concerns.length > 0 ? ` (brings ${concerns.join(', ')})` : ''}`, weakens));
  }
  for (const attr of a.contents.filter((x) => !b.contents.includes(x)).sort()) out.push(change(phrase`package removed from the image: ${v(attr)}`));

  // How it runs.
  const ra = a.runtime;
  const rb = b.runtime;
  for (const [label, before, after] of [['user', ra.user, rb.user] as const, ['group', ra.group, rb.group] as const])
    if (before !== after) out.push(change(phrase`${label} ${v(before)} → ${v(after)}${after === 0 ? ' (root)' : ''}`, after === 0));
  scalar(out, 'entrypoint', ra.entrypoint, rb.entrypoint);
  scalar(out, 'cmd', ra.cmd, rb.cmd);
  entries(out, 'env', ra.env, rb.env);
  scalar(out, 'working directory', ra.workingDir, rb.workingDir);
  const port = (p: { port: number; protocol?: string }) => `${p.port}/${p.protocol ?? 'tcp'}`;
  members(out, 'port exposed:', 'port no longer exposed:', ra.ports.map(port), rb.ports.map(port));
  scalar(out, 'stop signal', ra.stopSignal, rb.stopSignal);
  const kinds = (paths: typeof ra.writablePaths) => Object.fromEntries(paths.map((p) => [p.path, p.kind]));
  const wa = kinds(ra.writablePaths);
  const wb = kinds(rb.writablePaths);
  for (const path of Object.keys(wb).sort()) {
    if (wa[path] === undefined) out.push(change(phrase`new writable path ${v(path)} (${wb[path]!})`, true));
    else if (wa[path] !== wb[path]) out.push(change(phrase`writable path ${v(path)}: ${wa[path]!} → ${wb[path]!}`));
  }
  for (const path of Object.keys(wa).sort()) if (wb[path] === undefined) out.push(change(phrase`writable path removed: ${v(path)}`));
  const files = (list: typeof ra.configFiles) => Object.fromEntries(list.map((f) => [f.target, { source: f.source, mode: f.mode ?? '0444' }]));
  entries(out, 'config file', files(ra.configFiles), files(rb.configFiles));
  if (a.shell !== b.shell) out.push(change(phrase`shell ${b.shell ? 'added' : 'removed'} (${v('/bin/sh')})`, b.shell && tier === 'hardened'));
  if (a.coreutils !== b.coreutils) out.push(change(phrase`coreutils ${b.coreutils ? 'added' : 'removed'}`));

  // How it is checked.
  const health = (h: ResolvedTier['healthcheck']) => {
    if (!h) return undefined;
    const probe = probeOf(h);
    return {
      probe: probe ? describeProbe(probe) : 'invalid',
      expect: h.expect ?? {},
      every: `${h.intervalSeconds}s/${h.timeoutSeconds}s/${h.retries}x/${h.startPeriodSeconds}s`,
    };
  };
  const ha = health(a.healthcheck);
  const hb = health(b.healthcheck);
  if (!ha && hb) out.push(change(phrase`health check added: ${v(hb.probe)}`));
  else if (ha && !hb) out.push(change(phrase`health check removed (was ${v(ha.probe)})`));
  else if (ha && hb) {
    scalar(out, 'health check', ha.probe, hb.probe);
    scalar(out, 'health check expects', ha.expect, hb.expect);
    scalar(out, 'health check timing (interval/timeout/retries/start)', ha.every, hb.every);
  }
  const checks = (list: ResolvedTier['checks']) =>
    Object.fromEntries(
      list.map((c) => [
        c.name,
        {
          probe: (() => {
            const p = probeOf(c);
            return p ? describeProbe(p) : 'invalid';
          })(),
          expect: c.expect ?? {},
        },
      ]),
    );
  const ca = checks(a.checks);
  const cb = checks(b.checks);
  for (const name of Object.keys(cb).sort()) {
    if (!ca[name]) out.push(change(phrase`check added: ${v(name)} (${v(cb[name]!.probe)})`));
    else if (!same(ca[name], cb[name])) out.push(change(phrase`check ${v(name)} changed: ${v(cb[name])}`));
  }
  for (const name of Object.keys(ca).sort()) if (!cb[name]) out.push(change(phrase`check removed: ${v(name)}`));

  // Findings kept on purpose.
  const accepted = (list: ResolvedTier['acceptedFindings']) =>
    Object.fromEntries(list.map((f) => [`${f.id} in ${f.package}`, { severity: f.severity ?? 'unknown', status: f.status }]));
  const fa = accepted(a.acceptedFindings);
  const fb = accepted(b.acceptedFindings);
  for (const key of Object.keys(fb).sort()) {
    if (!fa[key]) out.push(change(phrase`new accepted finding ${v(key)} (${v(fb[key]!.severity)}, ${v(fb[key]!.status)})`));
    else
      for (const field of ['severity', 'status'] as const)
        if (fa[key]![field] !== fb[key]![field]) out.push(change(phrase`accepted finding ${v(key)}: ${field} ${v(fa[key]![field])} → ${v(fb[key]![field])}`));
  }
  for (const key of Object.keys(fa).sort()) if (!fb[key]) out.push(change(phrase`accepted finding removed: ${v(key)}`));
  return out;
}

function labelChanges(a: TierState, b: TierState): Change[] {
  const out: Change[] = [];
  entries(out, 'label', a.labels, b.labels);
  return out;
}

function configContentChanges(a: TierState, b: TierState): Change[] {
  const out: Change[] = [];
  for (const file of b.resolved.runtime.configFiles) {
    const before = a.configDigests[file.source];
    const after = b.configDigests[file.source];
    if (before !== undefined && after !== undefined && before !== after)
      out.push(change(phrase`config file ${v(file.target)}: content of ${v(file.source)} changed`));
  }
  return out;
}

/** "0/1/0/0"; counts come from a checked-in file, so anything but a number shows as "?". */
const severityCounts = (bySeverity: Record<Severity, number>) =>
  (['critical', 'high', 'medium', 'low'] as const).map((severity) => (Number.isInteger(bySeverity[severity]) ? String(bySeverity[severity]) : '?')).join('/');

function componentVersions(report: TierReport): Record<string, string> {
  const byName: Record<string, string[]> = {};
  for (const component of report.inventory.components) (byName[component.name] ??= []).push(component.version);
  return Object.fromEntries(Object.entries(byName).map(([name, versions]) => [name, versions.sort().join(', ')]));
}

function findingKey(finding: { id: string; package: string }): string {
  return `${finding.id} in ${finding.package}`;
}

/** What a tier's measurements say, for a tier measured for the first time. */
function measuredSummary(tier: TierName, report: TierReport): Change[] {
  const inventory = report.inventory;
  const out = [
    change(
      phrase`measured (${v(report.build.packageSet)}): ${inventory.components.length} components, ${formatSize(inventory.size)}, ${inventory.layerSizes.length} layers${
        report.scan ? `, vulnerabilities C/H/M/L ${severityCounts(report.scan.bySeverity)}` : ', not scanned'
      }`,
    ),
  ];
  if (inventory.shell && tier === 'hardened') out.push(change(phrase`the image holds a shell`, true));
  for (const component of inventory.components)
    if (packageConcerns(component.name).includes('package manager')) out.push(change(phrase`the image holds a package manager: ${v(component.name)}`, true));
  for (const finding of report.scan?.findings ?? [])
    if (finding.severity === 'critical') out.push(change(phrase`new critical finding ${v(findingKey(finding))}`, true));
  return out;
}

function analysisChanges(tier: TierName, a: TierState | undefined, b: TierState): Change[] {
  const out: Change[] = [];
  if (b.analysisProblem) out.push(change(phrase`measurements cannot be read: ${v(b.analysisProblem)}`));
  const before = a?.analysis;
  const after = b.analysis;
  if (!after) {
    if (before) out.push(change(phrase`measurements removed (${v(`images/*/analysis/${tier}.json`)})`));
    return out;
  }
  if (!before) return [...out, ...measuredSummary(tier, after)];
  scalar(out, 'measured with package set', before.build.packageSet, after.build.packageSet);
  const size = after.inventory.size - before.inventory.size;
  if (size !== 0)
    out.push(
      change(phrase`size ${formatSize(before.inventory.size)} → ${formatSize(after.inventory.size)} (${size > 0 ? '+' : '−'}${formatSize(Math.abs(size))})`),
    );
  if (before.inventory.layerSizes.length !== after.inventory.layerSizes.length)
    out.push(change(phrase`layers ${before.inventory.layerSizes.length} → ${after.inventory.layerSizes.length}`));
  const ca = componentVersions(before);
  const cb = componentVersions(after);
  if (before.inventory.components.length !== after.inventory.components.length)
    out.push(change(phrase`components ${before.inventory.components.length} → ${after.inventory.components.length}`));
  for (const name of Object.keys(cb).sort()) {
    if (ca[name] === undefined) {
      const manager = packageConcerns(name).includes('package manager');
      out.push(change(phrase`component added: ${v(`${name} ${cb[name]!}`)}${manager ? ' (a package manager)' : ''}`, manager));
    } else if (ca[name] !== cb[name]) out.push(change(phrase`component ${v(name)}: ${v(ca[name])} → ${v(cb[name])}`));
  }
  for (const name of Object.keys(ca).sort()) if (cb[name] === undefined) out.push(change(phrase`component removed: ${v(`${name} ${ca[name]!}`)}`));
  if (before.sbom && after.sbom && before.sbom.components !== after.sbom.components)
    out.push(change(phrase`components counted by ${v(after.sbom.tool)}: ${before.sbom.components} → ${after.sbom.components}`));
  if (before.inventory.shell !== after.inventory.shell)
    out.push(
      change(phrase`the image ${after.inventory.shell ? 'now holds' : 'no longer holds'} a shell (measured)`, after.inventory.shell && tier === 'hardened'),
    );
  if (before.scan && after.scan) {
    if (!same(before.scan.bySeverity, after.scan.bySeverity))
      out.push(change(phrase`vulnerabilities C/H/M/L ${severityCounts(before.scan.bySeverity)} → ${severityCounts(after.scan.bySeverity)}`));
    const known = new Set(before.scan.findings.map(findingKey));
    const now = new Set(after.scan.findings.map(findingKey));
    const rank = (severity: Severity) => SEVERITIES.indexOf(severity);
    for (const finding of [...after.scan.findings].sort((x, y) => rank(x.severity) - rank(y.severity)))
      if (!known.has(findingKey(finding))) out.push(change(phrase`new ${finding.severity} finding ${v(findingKey(finding))}`, finding.severity === 'critical'));
    for (const finding of before.scan.findings)
      if (!now.has(findingKey(finding))) out.push(change(phrase`finding gone: ${v(findingKey(finding))} (${finding.severity})`));
  } else if (!before.scan && after.scan) {
    out.push(change(phrase`scanned: vulnerabilities C/H/M/L ${severityCounts(after.scan.bySeverity)}`));
    for (const finding of after.scan.findings)
      if (finding.severity === 'critical') out.push(change(phrase`new critical finding ${v(findingKey(finding))}`, true));
  } else if (before.scan && !after.scan) out.push(change(phrase`no longer scanned`));
  return out;
}

/** A new image, described by what matters for review. */
function addedTier(tier: TierName, state: TierState): Change[] {
  const r = state.resolved;
  const out: Change[] = [
    change(phrase`package ${v(r.package.attr)}${r.contents.length > 0 ? ' with ' : ''}${r.contents.length > 0 ? v(r.contents.join(', ')) : ''}`),
    change(
      phrase`user ${v(`${r.runtime.user}:${r.runtime.group}`)}${r.runtime.user === 0 || r.runtime.group === 0 ? ' (root)' : ''}`,
      r.runtime.user === 0 || r.runtime.group === 0,
    ),
    change(phrase`shell ${r.shell ? 'present' : 'absent'}, coreutils ${r.coreutils ? 'present' : 'absent'}`, r.shell && tier === 'hardened'),
    change(phrase`writable paths: ${v(r.runtime.writablePaths.map((p) => `${p.path} (${p.kind})`).join(', ') || 'none')}`),
    change(phrase`ports: ${v(r.runtime.ports.map((p) => `${p.port}/${p.protocol ?? 'tcp'}`).join(', ') || 'none')}`),
  ];
  const probe = r.healthcheck && probeOf(r.healthcheck);
  out.push(change(probe ? phrase`health check: ${v(describeProbe(probe))}` : phrase`no health check`));
  for (const attr of [r.package.attr, ...r.contents])
    if (packageConcerns(attr).includes('package manager')) out.push(change(phrase`a package manager: ${v(attr)}`, true));
  for (const finding of r.acceptedFindings)
    out.push(change(phrase`accepted finding ${v(findingKey(finding))} (${v(finding.severity ?? 'unknown')}, ${v(finding.status)})`));
  return [...out, ...analysisChanges(tier, undefined, state)];
}

function imageLevel(a: ResolvedTier, b: ResolvedTier): Change[] {
  const out: Change[] = [];
  scalar(out, 'version', a.version, b.version);
  scalar(out, 'licenses', a.licenses, b.licenses);
  scalar(out, 'nixpkgs pin', a.nixpkgs, b.nixpkgs);
  scalar(out, 'homepage', a.homepage, b.homepage);
  scalar(out, 'source', a.source, b.source);
  if (!same(a.upstream, b.upstream)) out.push(change(phrase`upstream comparison changed (${v(b.upstream?.image ?? 'removed')})`));
  return out;
}

function compareImage(image: string, a: ImageState | undefined, b: ImageState | undefined): ImageChange | undefined {
  if (!b) return { image, status: 'removed', changes: [change(phrase`image removed from the catalog`)], tiers: [] };
  const status = a ? 'changed' : 'added';
  const changes: Change[] = [];
  if (b.problems) return { image, status, changes: [change(phrase`the spec does not validate here: ${v(b.problems.join('; '))}`)], tiers: [] };
  if (a?.problems) changes.push(change(phrase`the spec did not validate at the base: ${v(a.problems.join('; '))}`));
  const tiers: TierChanges[] = [];
  for (const tier of TIER_NAMES) {
    const after = b.tiers![tier];
    const before = a?.tiers?.[tier];
    const tierChanges = before
      ? [
          ...specChanges(tier, before.resolved, after.resolved),
          ...configContentChanges(before, after),
          ...labelChanges(before, after),
          ...analysisChanges(tier, before, after),
        ]
      : addedTier(tier, after);
    if (tierChanges.length > 0) tiers.push({ tier, changes: tierChanges });
  }
  if (a?.tiers) changes.push(...imageLevel(a.tiers.hardened.resolved, b.tiers!.hardened.resolved));
  else if (!a) changes.push(change(phrase`new image: ${v(`${b.tiers!.hardened.resolved.name} ${b.tiers!.hardened.resolved.version}`)}`));
  return changes.length > 0 || tiers.length > 0 ? { image, status, changes, tiers } : undefined;
}

function catalogChanges(a: CatalogSpec | undefined, b: CatalogSpec | undefined): Change[] {
  const out: Change[] = [];
  if (!a || !b) return out;
  for (const tier of TIER_NAMES) {
    const pa = a.tiers[tier];
    const pb = b.tiers[tier];
    for (const rule of ['requireNonRoot', 'forbidPackageManagers'] as const)
      if (pa[rule] !== pb[rule]) out.push(change(phrase`tier policy ${tier}.${rule}: ${v(pa[rule])} → ${v(pb[rule])}`, pa[rule] === true && pb[rule] !== true));
  }
  scalar(out, 'registry', a.registry, b.registry);
  scalar(out, 'default user', a.defaults.user, b.defaults.user, b.defaults.user === 0);
  scalar(out, 'default group', a.defaults.group, b.defaults.group, b.defaults.group === 0);
  return out;
}

/** Compares two catalog states: `base` (the revision) and `head` (the working tree). */
export function compareCatalogs(base: CatalogState, head: CatalogState): CatalogDiff {
  const names = [...new Set([...Object.keys(base.images), ...Object.keys(head.images)])].sort();
  const images = names.flatMap((name) => compareImage(name, base.images[name], head.images[name]) ?? []);
  const catalog = [
    ...head.problems.map((problem) => change(phrase`catalog.yaml cannot be read: ${v(problem)}`)),
    ...catalogChanges(base.catalog, head.catalog),
  ];
  const all = [...catalog, ...images.flatMap((image) => [...image.changes, ...image.tiers.flatMap((tier) => tier.changes)])];
  return { catalog, images, weakening: all.filter((item) => item.weakens).length };
}
