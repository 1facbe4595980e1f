// The measured data of a tier, checked in as images/<image>/analysis/<tier>.json by
// `armorred analyze`; the analysis page, SBOMs and VEX are generated from it.
import { ArmorredError, EXIT } from '@armorred/errors';
import { SEVERITIES, type Severity } from '@armorred/scanner-reports';
import type { Inventory, NameSource } from './inventory.js';

export interface ReportFinding {
  id: string;
  package: string;
  version?: string;
  severity: Severity;
  fixedVersions: string[];
}

export interface TierReport {
  generated: string;
  image: string;
  tier: string;
  /** RFC 3339 time of the analysis. */
  analyzedAt: string;
  build: {
    /** nixpkgs, or offline-debian-bookworm (the test fixture). */
    packageSet: string;
    configDigest: string;
    repoTags: string[];
  };
  inventory: {
    tool: string;
    size: number;
    compressedSize: number;
    layerSizes: number[];
    user: string;
    shell: boolean;
    coreutils: boolean;
    labels: Record<string, string>;
    storePaths: string[];
    /** nameFrom: whether name and version are the derivation's (pname, version) or read from the store path. */
    components: { name: string; version: string; storePath: string; nameFrom?: NameSource }[];
  };
  /** A component count from a real SBOM tool (syft), when one was run or given. */
  sbom?: { tool: string; version?: string; format: string; components: number };
  /** Vulnerabilities from a real scanner (grype, trivy), when one was run or given. */
  scan?: {
    tool: string;
    version?: string;
    format: string;
    database?: { built?: string; schema?: string };
    findings: ReportFinding[];
    bySeverity: Record<Severity, number>;
  };
}

export class ReportDataError extends ArmorredError {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${message}; regenerate it with armorred analyze`, EXIT.INVALID);
    this.file = file;
  }
}

export function inventoryReport(inventory: Inventory, tool: string): TierReport['inventory'] {
  return {
    tool,
    size: inventory.size,
    compressedSize: inventory.compressedSize,
    layerSizes: inventory.layers.map((layer) => layer.size),
    user: inventory.config.user,
    shell: inventory.shell,
    coreutils: inventory.coreutils,
    labels: inventory.config.labels,
    storePaths: inventory.storePaths,
    components: inventory.components.map(({ name, version, storePath, nameFrom }) => ({ name, version, storePath, nameFrom })),
  };
}

export function renderTierReport(report: TierReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Parses a checked-in report, checking every field the page, SBOMs and VEX use. */
export function parseTierReport(file: string, text: string): TierReport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReportDataError(file, `not valid JSON (${(error as Error).message})`);
  }
  const problems: string[] = [];
  const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const report = value as TierReport;
  if (!isObject(value)) throw new ReportDataError(file, 'not a JSON object');
  need(typeof report.analyzedAt === 'string' && !Number.isNaN(Date.parse(report.analyzedAt)), 'analyzedAt is not a time');
  need(
    isObject(report.build) && typeof report.build.packageSet === 'string' && /^sha256:[a-f0-9]{64}$/.test(String(report.build.configDigest)),
    'build needs packageSet and a sha256 configDigest',
  );
  const inventory = report.inventory as unknown;
  if (!isObject(inventory)) problems.push('inventory is missing');
  else {
    const inv = report.inventory;
    need(typeof inv.tool === 'string', 'inventory.tool is not a string');
    need(
      [inv.size, inv.compressedSize].every((n) => Number.isFinite(n) && n >= 0),
      'inventory sizes are not numbers',
    );
    need(Array.isArray(inv.layerSizes) && inv.layerSizes.every((n) => Number.isFinite(n)), 'inventory.layerSizes is not a list of numbers');
    need(typeof inv.shell === 'boolean' && typeof inv.coreutils === 'boolean' && typeof inv.user === 'string', 'inventory.shell, coreutils or user is missing');
    need(isObject(inv.labels) && Object.values(inv.labels).every((label) => typeof label === 'string'), 'inventory.labels is not a map of strings');
    need(Array.isArray(inv.storePaths) && inv.storePaths.every((path) => typeof path === 'string'), 'inventory.storePaths is not a list of strings');
    need(
      Array.isArray(inv.components) && inv.components.every((c) => isObject(c) && [c.name, c.version, c.storePath].every((field) => typeof field === 'string')),
      'inventory.components needs name, version and storePath strings',
    );
  }
  if (report.sbom !== undefined) {
    need(
      isObject(report.sbom) && typeof report.sbom.tool === 'string' && typeof report.sbom.format === 'string' && Number.isInteger(report.sbom.components),
      'sbom needs tool, format and a components count',
    );
  }
  if (report.scan !== undefined) {
    const scan = report.scan;
    need(
      isObject(scan) && typeof scan.tool === 'string' && typeof scan.format === 'string' && isObject(scan.bySeverity),
      'scan needs tool, format and bySeverity',
    );
    need(
      Array.isArray(scan?.findings) &&
        scan.findings.every(
          (f) => isObject(f) && typeof f.id === 'string' && typeof f.package === 'string' && SEVERITIES.includes(f.severity) && Array.isArray(f.fixedVersions),
        ),
      'scan.findings need id, package, a known severity and fixedVersions',
    );
  }
  if (problems.length > 0) throw new ReportDataError(file, problems.join('; '));
  return report;
}
