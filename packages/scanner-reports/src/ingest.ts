// Reading the JSON reports of real SBOM and vulnerability tools (syft, grype, trivy, and any
// tool writing SPDX 2.x or CycloneDX 1.x JSON) into small summaries. Pure: text in, summary
// out; the one I/O function, readReport, is at the end. The detected format decides the rule.
//
// Counting rules (also in docs/reports.md; ingest.test.ts runs each jq expression with real jq
// on every fixture and compares):
//
//   syft JSON (`syft -o json`): components = every artifact.
//     jq '.artifacts | length'
//   SPDX 2.x JSON: components = every package EXCEPT the packages the document describes.
//     A package is described when it is listed in `documentDescribes`, or is the target of a
//     `<document SPDXID> DESCRIBES x` relationship, or the source of `x DESCRIBED_BY <document>`.
//     That package is the scanned thing itself (syft >= 0.9x writes the image as a
//     `SPDXRef-DocumentRoot-Image-...` package, trivy a CONTAINER package), so it is not counted,
//     exactly as syft JSON keeps the image in `.source` and CycloneDX in `metadata.component`.
//     When the document only describes itself (older syft: DOCUMENT DESCRIBES DOCUMENT) or a
//     file, every package counts.
//     jq '(.SPDXID // "SPDXRef-DOCUMENT") as $doc
//         | ([.documentDescribes[]?]
//            + [.relationships[]? | select(.relationshipType == "DESCRIBES" and .spdxElementId == $doc) | .relatedSpdxElement]
//            + [.relationships[]? | select(.relationshipType == "DESCRIBED_BY" and .relatedSpdxElement == $doc) | .spdxElementId]
//           ) as $described
//         | [.packages[]? | select(.SPDXID | IN($described[]) | not)] | length'
//   CycloneDX 1.x JSON: components = every entry of `components`, nested ones (`components`
//     inside a component) included, at any depth; `metadata.component` (the subject of the
//     BOM: the image or directory scanned) and anything nested in it excluded. Embedded
//     `vulnerabilities` (trivy --format cyclonedx) are not read: scan with `-f json` for those.
//     jq '[.components[]? | recurse(.components[]?)] | length'
//   grype JSON (`grype -o json`) and trivy JSON (`trivy image -f json`): a finding is a unique
//     (vulnerability id, package name) pair. Duplicates (the same CVE matched twice for one
//     package, by two matchers or in two trivy results) count once; the pair's severity is the
//     highest among its duplicates, its fixed versions the union, its installed version and fix
//     state those of the first duplicate with one.
//     grype: jq '[.matches[] | [.vulnerability.id, .artifact.name]] | unique | length'
//     trivy: jq '[.Results[]?.Vulnerabilities[]? | [.VulnerabilityID, .PkgName]] | unique | length'
//            (trivy < 0.20 wrote a bare array of results: '[.[].Vulnerabilities[]? | ...]')
//
// Severity: the tool's word, lower-cased (grype "High", trivy "HIGH" -> high); anything that
// is not critical/high/medium/low/negligible (trivy "UNKNOWN", grype "Unknown", missing, "") is
// unknown. Strings from reports (package names, ids) are kept exactly as data: escaping them
// is the job of whoever renders them.
import { ArmorredError, EXIT } from '@armorred/errors';
import { readGivenFile } from '@armorred/repository';
// One severity scale for the whole package: a Finding here is a ReportFinding of report.ts.
import { SEVERITIES, type Severity } from './severity.js';

/**
 * Largest report read. The biggest real reports (SBOMs of images with tens of thousands of
 * packages) are tens of MB; JSON.parse needs several times the file size in memory, and V8
 * cannot hold a string of 512 MiB at all, so 256 MiB is the line between "large" and "wrong".
 */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export type SbomFormat = 'syft-json' | 'spdx-json' | 'cyclonedx-json';
export type ScanFormat = 'grype-json' | 'trivy-json';

export interface Tool {
  name: string;
  version?: string;
}

export interface SbomSummary {
  kind: 'sbom';
  format: SbomFormat;
  /** Absent when the document does not name the tool (hand-written SPDX or CycloneDX). */
  tool?: Tool;
  /** What was scanned, as the tool recorded it (e.g. "alpine:3.12"). */
  target?: string;
  components: number;
}

export interface Finding {
  /** Vulnerability id as the scanner reports it: CVE-..., GHSA-..., TEMP-... */
  id: string;
  package: string;
  /** Installed version. */
  version?: string;
  severity: Severity;
  fixedVersions: string[];
  /** The scanner's own word: grype fixed|not-fixed|wont-fix|unknown, trivy fixed|affected|will_not_fix|... */
  fixState?: string;
}

export interface ScanSummary {
  kind: 'scan';
  format: ScanFormat;
  /** Always known: only grype writes grype JSON, only trivy trivy JSON. */
  tool: Tool;
  /** The vulnerability database the scan used (grype records it; trivy JSON does not). */
  database?: { built?: string; schema?: string };
  target?: string;
  /** One per (id, package) pair, in order of first appearance. */
  findings: Finding[];
  bySeverity: Record<Severity, number>;
}

export type ReportSummary = SbomSummary | ScanSummary;

/** A report that cannot be read: the message names the file, what is wrong and what to do. */
export class ReportError extends ArmorredError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`, EXIT.INVALID);
  }
}

const PRODUCED_BY: Record<SbomFormat | ScanFormat, { label: string; command: string }> = {
  'syft-json': { label: 'syft JSON report', command: 'syft IMAGE -o json' },
  'spdx-json': { label: 'SPDX JSON document', command: 'syft IMAGE -o spdx-json' },
  'cyclonedx-json': { label: 'CycloneDX JSON document', command: 'syft IMAGE -o cyclonedx-json' },
  'grype-json': { label: 'grype JSON report', command: 'grype IMAGE -o json' },
  'trivy-json': { label: 'trivy JSON report', command: 'trivy image -f json IMAGE' },
};

const ACCEPTED = 'write the report with `syft IMAGE -o json` (or -o spdx-json, -o cyclonedx-json), `grype IMAGE -o json` or `trivy image -f json IMAGE`';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as an error message shows it: its JSON type, and short scalars themselves (quoted, one line). */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the key is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value);
  const short = shown.length > 40 ? `${shown.slice(0, 40)}...` : shown;
  return `${typeof value === 'string' ? 'a string' : `a ${typeof value}`} ${short}`;
}

/**
 * Typed access to one report's fields. Every wrong type becomes a ReportError naming the path,
 * so a damaged or hand-edited report never surfaces as a TypeError deep in a loop.
 */
class Fields {
  constructor(
    private readonly file: string,
    private readonly format: SbomFormat | ScanFormat,
  ) {}

  fail(path: string, expected: string, got: unknown): ReportError {
    const { label, command } = PRODUCED_BY[this.format];
    return new ReportError(
      this.file,
      `${label}: ${path} must be ${expected}, got ${describe(got)}; the file is damaged or was edited: regenerate it with \`${command}\``,
    );
  }

  object(value: unknown, path: string): JsonObject {
    if (!isObject(value)) throw this.fail(path, 'an object', value);
    return value;
  }

  /** Go writes an empty optional object as null or leaves it out: both read as undefined. */
  optionalObject(value: unknown, path: string): JsonObject | undefined {
    return value === undefined || value === null ? undefined : this.object(value, path);
  }

  /** Go writes a nil slice as null, and omitempty leaves it out: both read as empty. */
  optionalArray(value: unknown, path: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.fail(path, 'an array', value);
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string') throw this.fail(path, 'a string', value);
    return value;
  }

  optionalString(value: unknown, path: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, path);
  }

  /** Optional strings where "" means "not recorded" (Go's zero value). */
  optionalText(value: unknown, path: string): string | undefined {
    return this.optionalString(value, path) || undefined;
  }
}

function withoutEmpty<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

// ---- decoding and detection ----------------------------------------------------------------

function decode(file: string, content: string | Uint8Array): string {
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.length;
  if (size > MAX_REPORT_BYTES) throw tooLarge(file, size);
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  if ((content[0] === 0xff && content[1] === 0xfe) || (content[0] === 0xfe && content[1] === 0xff)) {
    throw new ReportError(
      file,
      "the file is UTF-16 text (Windows PowerShell `>` writes UTF-16); write the report as UTF-8, e.g. with the tool's own `--file` option",
    );
  }
  try {
    // fatal: a report that is not UTF-8 is not one of these tools' output; ignoreBOM false drops a UTF-8 BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    throw new ReportError(file, 'the file is not UTF-8 text; these tools write UTF-8 JSON: regenerate the report');
  }
}

function tooLarge(file: string, size: number): ReportError {
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  return new ReportError(
    file,
    `the file is ${mib(size)}, over the ${mib(MAX_REPORT_BYTES)} limit for a report; this is not a single report of one image (check the path)`,
  );
}

function parseJson(file: string, text: string): unknown {
  if (text.trim() === '') {
    throw new ReportError(file, 'the file is empty; the tool probably failed before writing: run it again and check its exit status');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError) {
      // Engines that parse recursively give up on very deep nesting; no report nests that deep.
      throw new ReportError(file, `JSON nested too deeply to read (${reason}); this is not a scanner report`);
    }
    if (/end of (JSON )?input|Unterminated/i.test(reason)) {
      throw new ReportError(file, `truncated JSON (${reason}); the tool was interrupted or the disk filled up: run it again`);
    }
    throw new ReportError(file, `invalid JSON (${reason}); ${ACCEPTED}`);
  }
}

type Format = SbomFormat | ScanFormat;

function detect(value: unknown): Format | 'openvex' | undefined {
  // trivy < 0.20 wrote a bare array of results, each with a Target.
  if (Array.isArray(value)) return value.length > 0 && value.every((result) => isObject(result) && 'Target' in result) ? 'trivy-json' : undefined;
  if (!isObject(value)) return undefined;
  if (typeof value.spdxVersion === 'string') return 'spdx-json';
  if (value.bomFormat === 'CycloneDX') return 'cyclonedx-json';
  const anchore = 'descriptor' in value || 'source' in value;
  if ('matches' in value && anchore) return 'grype-json';
  if ('artifacts' in value && (anchore || 'schema' in value)) return 'syft-json';
  if ('SchemaVersion' in value && ('Results' in value || 'ArtifactName' in value)) return 'trivy-json';
  if (typeof value['@context'] === 'string' && value['@context'].startsWith('https://openvex.dev/')) return 'openvex';
  return undefined;
}

function unknownShape(file: string, value: unknown): ReportError {
  let found: string;
  if (isObject(value)) {
    const keys = Object.keys(value);
    const shown = keys.slice(0, 8).map((key) => JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}...` : key));
    found = keys.length === 0 ? 'an empty object' : `an object with keys ${shown.join(', ')}${keys.length > 8 ? ', ...' : ''}`;
  } else found = describe(value);
  return new ReportError(file, `not a syft/SPDX/CycloneDX/grype/trivy JSON report; found ${found}; ${ACCEPTED}`);
}

// ---- SBOMs -----------------------------------------------------------------------------------

function syft(fields: Fields, report: JsonObject): SbomSummary {
  const artifacts = fields.optionalArray(report.artifacts, 'artifacts');
  artifacts.forEach((artifact, index) => fields.object(artifact, `artifacts[${index}]`));
  const descriptor = fields.optionalObject(report.descriptor, 'descriptor');
  const source = fields.optionalObject(report.source, 'source');
  // Schema >= 8 keeps what the user typed in source.metadata, older ones in source.target.
  const metadata = fields.optionalObject(source?.metadata, 'source.metadata');
  const oldTarget = isObject(source?.target) ? source.target : undefined;
  const target =
    fields.optionalText(metadata?.userInput, 'source.metadata.userInput') ??
    fields.optionalText(oldTarget?.userInput, 'source.target.userInput') ??
    fields.optionalText(metadata?.path, 'source.metadata.path') ??
    (typeof source?.target === 'string' ? source.target : undefined) ??
    fields.optionalText(source?.name, 'source.name');
  return withoutEmpty({
    kind: 'sbom',
    format: 'syft-json',
    tool: {
      name: fields.optionalText(descriptor?.name, 'descriptor.name') ?? 'syft',
      ...withoutEmpty({ version: fields.optionalText(descriptor?.version, 'descriptor.version') }),
    },
    target,
    components: artifacts.length,
  });
}

/** "Tool: trivy-0.48.1" -> trivy 0.48.1. syft built as a library writes "syft-unknown". */
function spdxTool(creators: string[]): Tool | undefined {
  const creator = creators.find((entry) => entry.startsWith('Tool:'));
  if (creator === undefined) return undefined;
  const tool = creator.slice('Tool:'.length).trim();
  const split = /^(.+)-(v?\d[^-]*|unknown)$/.exec(tool);
  if (!split) return { name: tool };
  return split[2] === 'unknown' ? { name: split[1]! } : { name: split[1]!, version: split[2]! };
}

function spdx(fields: Fields, document: JsonObject, file: string): SbomSummary {
  const version = fields.string(document.spdxVersion, 'spdxVersion');
  if (!/^SPDX-2\.\d+$/.test(version)) {
    throw new ReportError(
      file,
      `SPDX JSON document: spdxVersion ${JSON.stringify(version)} is not supported (SPDX 2.x only); write SPDX 2.3 JSON, e.g. \`syft IMAGE -o spdx-json\``,
    );
  }
  const self = fields.optionalText(document.SPDXID, 'SPDXID') ?? 'SPDXRef-DOCUMENT';
  const described = new Set(
    fields.optionalArray(document.documentDescribes, 'documentDescribes').map((id, index) => fields.string(id, `documentDescribes[${index}]`)),
  );
  fields.optionalArray(document.relationships, 'relationships').forEach((entry, index) => {
    const path = `relationships[${index}]`;
    const relationship = fields.object(entry, path);
    const type = fields.string(relationship.relationshipType, `${path}.relationshipType`);
    const from = fields.string(relationship.spdxElementId, `${path}.spdxElementId`);
    const to = fields.string(relationship.relatedSpdxElement, `${path}.relatedSpdxElement`);
    if (type === 'DESCRIBES' && from === self) described.add(to);
    if (type === 'DESCRIBED_BY' && to === self) described.add(from);
  });
  const packages = fields.optionalArray(document.packages, 'packages').map((entry, index) => {
    const path = `packages[${index}]`;
    return fields.string(fields.object(entry, path).SPDXID, `${path}.SPDXID`);
  });
  const creationInfo = fields.optionalObject(document.creationInfo, 'creationInfo');
  const creators = fields
    .optionalArray(creationInfo?.creators, 'creationInfo.creators')
    .map((creator, index) => fields.string(creator, `creationInfo.creators[${index}]`));
  return withoutEmpty({
    kind: 'sbom',
    format: 'spdx-json',
    tool: spdxTool(creators),
    target: fields.optionalText(document.name, 'name'),
    components: packages.filter((id) => !described.has(id)).length,
  });
}

/** Counts components and their nested components; iterative, so no nesting depth overflows the stack. */
function countComponents(fields: Fields, top: unknown): number {
  let count = 0;
  const pending: { list: unknown; path: string }[] = [{ list: top, path: 'components' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { list, path } = next;
    fields.optionalArray(list, path).forEach((entry, index) => {
      const component = fields.object(entry, `${path}[${index}]`);
      count++;
      if (component.components !== undefined) pending.push({ list: component.components, path: `${path}[${index}].components` });
    });
  }
  return count;
}

function cyclonedxTool(fields: Fields, tools: unknown): Tool | undefined {
  // 1.4 and earlier: metadata.tools is an array of {vendor, name, version}; 1.5+: {components, services}.
  const candidates = Array.isArray(tools)
    ? fields.optionalArray(tools, 'metadata.tools')
    : fields.optionalArray(fields.optionalObject(tools, 'metadata.tools')?.components, 'metadata.tools.components');
  const first = candidates.find((tool) => isObject(tool) && typeof tool.name === 'string' && tool.name !== '');
  if (!isObject(first)) return undefined;
  const version = typeof first.version === 'string' && first.version !== '' ? first.version : undefined;
  return withoutEmpty({ name: first.name as string, version });
}

function cyclonedx(fields: Fields, bom: JsonObject, file: string): SbomSummary {
  const specVersion = fields.optionalString(bom.specVersion, 'specVersion');
  if (specVersion !== undefined && !/^1\.\d+$/.test(specVersion)) {
    throw new ReportError(
      file,
      `CycloneDX JSON document: specVersion ${JSON.stringify(specVersion)} is not supported (1.x only); write CycloneDX 1.6 JSON, e.g. \`syft IMAGE -o cyclonedx-json\``,
    );
  }
  const metadata = fields.optionalObject(bom.metadata, 'metadata');
  const subject = fields.optionalObject(metadata?.component, 'metadata.component');
  return withoutEmpty({
    kind: 'sbom',
    format: 'cyclonedx-json',
    tool: cyclonedxTool(fields, metadata?.tools),
    target: fields.optionalText(subject?.name, 'metadata.component.name'),
    components: countComponents(fields, bom.components),
  });
}

// ---- scans -----------------------------------------------------------------------------------

const RANK: Record<Severity, number> = { critical: 5, high: 4, medium: 3, low: 2, negligible: 1, unknown: 0 };

export function normaliseSeverity(word: string | undefined): Severity {
  const lower = (word ?? '').trim().toLowerCase();
  return lower in RANK ? (lower as Severity) : 'unknown';
}

/** Merges one match into the findings: one finding per (id, package) pair (see the counting rules). */
function addFinding(findings: Map<string, Finding>, match: Finding): void {
  // JSON of the pair, not a joined string: ids and names may contain any separator.
  const key = JSON.stringify([match.id, match.package]);
  const seen = findings.get(key);
  if (seen === undefined) {
    findings.set(key, match);
    return;
  }
  if (RANK[match.severity] > RANK[seen.severity]) seen.severity = match.severity;
  for (const version of match.fixedVersions) if (!seen.fixedVersions.includes(version)) seen.fixedVersions.push(version);
  seen.version ??= match.version;
  seen.fixState ??= match.fixState;
}

function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

function grype(fields: Fields, report: JsonObject): ScanSummary {
  const findings = new Map<string, Finding>();
  fields.optionalArray(report.matches, 'matches').forEach((entry, index) => {
    const path = `matches[${index}]`;
    const match = fields.object(entry, path);
    const vulnerability = fields.object(match.vulnerability, `${path}.vulnerability`);
    const artifact = fields.object(match.artifact, `${path}.artifact`);
    const fix = fields.optionalObject(vulnerability.fix, `${path}.vulnerability.fix`);
    addFinding(
      findings,
      withoutEmpty({
        id: fields.string(vulnerability.id, `${path}.vulnerability.id`),
        package: fields.string(artifact.name, `${path}.artifact.name`),
        version: fields.optionalText(artifact.version, `${path}.artifact.version`),
        severity: normaliseSeverity(fields.optionalString(vulnerability.severity, `${path}.vulnerability.severity`)),
        fixedVersions: fields
          .optionalArray(fix?.versions, `${path}.vulnerability.fix.versions`)
          .map((version, at) => fields.string(version, `${path}.vulnerability.fix.versions[${at}]`)),
        fixState: fields.optionalText(fix?.state, `${path}.vulnerability.fix.state`),
      }),
    );
  });
  const descriptor = fields.optionalObject(report.descriptor, 'descriptor');
  // DB schema 5 records {built, schemaVersion: 5}; schema 6 nests {built, schemaVersion: "v6.0.2"} in status.
  const db = fields.optionalObject(descriptor?.db, 'descriptor.db');
  const status = fields.optionalObject(db?.status, 'descriptor.db.status') ?? db;
  const schema = status?.schemaVersion;
  const database = withoutEmpty({
    built: fields.optionalText(status?.built, 'descriptor.db.built'),
    schema: typeof schema === 'number' ? String(schema) : fields.optionalText(schema, 'descriptor.db.schemaVersion'),
  });
  const source = fields.optionalObject(report.source, 'source');
  const target = typeof source?.target === 'string' ? source.target : isObject(source?.target) ? source.target.userInput : undefined;
  const all = [...findings.values()];
  return withoutEmpty({
    kind: 'scan',
    format: 'grype-json',
    tool: withoutEmpty({
      name: fields.optionalText(descriptor?.name, 'descriptor.name') ?? 'grype',
      version: fields.optionalText(descriptor?.version, 'descriptor.version'),
    }),
    database: Object.keys(database).length > 0 ? database : undefined,
    target: typeof target === 'string' && target !== '' ? target : undefined,
    findings: all,
    bySeverity: countBySeverity(all),
  });
}

/** trivy writes several fixed versions as one string: "1.1.1d-r0, 1.1.1d-r2". */
function splitFixedVersions(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((version) => version.trim())
    .filter((version) => version !== '');
}

function trivy(fields: Fields, report: unknown): ScanSummary {
  const layoutV2 = isObject(report) ? report : undefined;
  const results = layoutV2 ? fields.optionalArray(layoutV2.Results, 'Results') : (report as unknown[]);
  const prefix = layoutV2 ? 'Results' : '';
  const findings = new Map<string, Finding>();
  results.forEach((entry, index) => {
    const resultPath = `${prefix}[${index}]`;
    const result = fields.object(entry, resultPath);
    fields.optionalArray(result.Vulnerabilities, `${resultPath}.Vulnerabilities`).forEach((item, at) => {
      const path = `${resultPath}.Vulnerabilities[${at}]`;
      const vulnerability = fields.object(item, path);
      addFinding(
        findings,
        withoutEmpty({
          id: fields.string(vulnerability.VulnerabilityID, `${path}.VulnerabilityID`),
          package: fields.string(vulnerability.PkgName, `${path}.PkgName`),
          version: fields.optionalText(vulnerability.InstalledVersion, `${path}.InstalledVersion`),
          severity: normaliseSeverity(fields.optionalString(vulnerability.Severity, `${path}.Severity`)),
          fixedVersions: splitFixedVersions(fields.optionalString(vulnerability.FixedVersion, `${path}.FixedVersion`)),
          // Older trivy has no Status; a fix state is never guessed from FixedVersion.
          fixState: fields.optionalText(vulnerability.Status, `${path}.Status`),
        }),
      );
    });
  });
  const trivyInfo = fields.optionalObject(layoutV2?.Trivy, 'Trivy');
  const all = [...findings.values()];
  return withoutEmpty({
    kind: 'scan',
    format: 'trivy-json',
    tool: withoutEmpty({ name: 'trivy', version: fields.optionalText(trivyInfo?.Version, 'Trivy.Version') }),
    target: fields.optionalText(layoutV2?.ArtifactName, 'ArtifactName'),
    findings: all,
    bySeverity: countBySeverity(all),
  });
}

// ---- entry points ----------------------------------------------------------------------------

/**
 * Reads one report, detecting its format from its content (never from the file name, which is
 * only used in messages). Throws ReportError for anything that is not a readable report.
 */
export function ingestReport(file: string, content: string | Uint8Array): ReportSummary {
  const value = parseJson(file, decode(file, content));
  const format = detect(value);
  if (format === 'openvex') {
    throw new ReportError(
      file,
      'an OpenVEX document, not an SBOM or scan report; VEX statements are not ingested: pass the grype or trivy report they apply to',
    );
  }
  if (format === undefined) throw unknownShape(file, value);
  const fields = new Fields(file, format);
  switch (format) {
    case 'syft-json':
      return syft(fields, value as JsonObject);
    case 'spdx-json':
      return spdx(fields, value as JsonObject, file);
    case 'cyclonedx-json':
      return cyclonedx(fields, value as JsonObject, file);
    case 'grype-json':
      return grype(fields, value as JsonObject);
    case 'trivy-json':
      return trivy(fields, value);
  }
}

/**
 * Reads a report file the user names: opened once, a regular file (not /dev/zero or a FIFO,
 * which report no size and never end), its size checked before a byte is read, and read up
 * to that size, so a huge file is never loaded.
 */
export async function readReport(file: string): Promise<ReportSummary> {
  return ingestReport(file, readGivenFile(file, { maxBytes: MAX_REPORT_BYTES, what: 'a report' }));
}
