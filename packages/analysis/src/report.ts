// The measured data of a tier, checked in as images/<image>/analysis/<tier>.json by
// `armorred analyze`; the analysis page, SBOMs and VEX are generated from it. Its format is
// defined once, by the schema in report-schema.ts.
import {
  SpecError,
  checkAgainstSchema,
  deferredSource,
  keyPath,
  MAX_FILE_BYTES,
  parseYamlFile,
  type Path,
  type SpecIssue,
  type TierName,
  type YamlSource,
} from '@armorred/spec';
import { imagePaths, readIfPresent } from '@armorred/repository';
import * as reportValidator from '../generated/tier-report-validator.js';
import type { Inventory } from './inventory.js';
import { REPORT_TIERS, TIER_REPORT_SCHEMA_VERSION, tierReportSchema, type TierReport } from './report-schema.js';

/** Analysis data that cannot be used: every issue located (file:line:col: key: message) and saying how to fix it. */
export class ReportDataError extends SpecError {
  readonly file: string;
  constructor(file: string, issues: SpecIssue[]) {
    super(issues);
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

/** The file's text: the report with the current schemaVersion, written right after "generated". */
export function renderTierReport(report: Omit<TierReport, 'schemaVersion'>): string {
  const { generated, ...rest } = report;
  const data: TierReport = { generated, schemaVersion: TIER_REPORT_SCHEMA_VERSION, ...rest };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** How to replace data that cannot be used: measure the image again. */
function remedy(file: string): string {
  const [, image = 'IMAGE', tier = ''] = /(?:^|\/)images\/([a-z0-9][a-z0-9._-]*)\/analysis\/([a-z]+)\.json$/.exec(file) ?? [];
  return `measure it again: npx armorred analyze ${image}${(REPORT_TIERS as readonly string[]).includes(tier) ? ` --tier ${tier}` : ''}`;
}

/** 1-based line and column of a character offset in `text`. */
function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** Where JSON.parse stopped in `text`, when its message says (V8: "... in JSON at position N", or the end). */
function statedPosition(error: unknown, text: string): { offset: number; what: string } | undefined {
  const message = (error as Error).message;
  const at = /^(.*?) in JSON at position (\d+)/.exec(message);
  if (at) return { offset: Number(at[2]), what: at[1]!.replace(/^./, (first) => first.toLowerCase()) };
  if (message.startsWith('Unexpected end of JSON input')) return { offset: text.length, what: 'the file ends before the data does (cut short?)' };
  return undefined;
}

/** Whether JSON.parse refuses `prefix` for more than ending too early. */
function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    return statedPosition(error, prefix)?.offset !== prefix.length;
  }
}

/**
 * The issue of text that JSON.parse refused, at the character where it stopped. JSON.parse
 * says where for most problems; for a character no value may start with, it says which
 * (quoting the text around it, which is not repeated) but not where: that is the end of
 * the shortest beginning of the text it refuses for more than ending early.
 */
function syntaxIssue(file: string, text: string, error: unknown): SpecIssue {
  const stated = statedPosition(error, text);
  let offset = stated?.offset;
  if (offset === undefined) {
    let [low, high] = [0, text.length];
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (failsBeforeEnd(text.slice(0, middle + 1))) high = middle;
      else low = middle + 1;
    }
    offset = low;
  }
  return {
    file,
    ...positionAt(text, offset),
    key: '',
    message: `not valid JSON: ${stated?.what ?? 'unexpected character (a word without quotes, a comment?)'}`,
  };
}

/**
 * Where the values of the parsed data are in the file: the YAML parser's reading of the
 * same text. Beyond what that parser takes (1 MiB, 10,000 entries) or where it refuses
 * what JSON.parse accepted (a repeated key), issues keep their key path and are placed at
 * the start of the file.
 */
function locatedSource(file: string, text: string, value: unknown): YamlSource {
  if (text.length <= MAX_FILE_BYTES) {
    try {
      return parseYamlFile(file, text);
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
    }
  }
  const start = { line: 1, column: 1 };
  return {
    file,
    value,
    locate: () => start,
    locateKey: () => start,
    has: () => false,
    issue: (path: Path, message: string) => ({ file, ...start, key: keyPath(path), message }),
  };
}

/** The schemaVersion issue, when the data is of another version than this ARMORRED reads (then nothing else is checked). */
function versionIssue(source: YamlSource): SpecIssue | undefined {
  const value = source.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (!('schemaVersion' in value))
    return source.issue(
      [],
      `no schemaVersion: analysis data written before the format had versions; this ARMORRED reads version ${TIER_REPORT_SCHEMA_VERSION}`,
      'value',
    );
  const found = (value as { schemaVersion: unknown }).schemaVersion;
  if (found === TIER_REPORT_SCHEMA_VERSION) return undefined;
  const shown = Number.isSafeInteger(found) ? `version ${String(found)}` : 'a schemaVersion that is no version number';
  return source.issue(['schemaVersion'], `analysis data of ${shown}; this ARMORRED reads version ${TIER_REPORT_SCHEMA_VERSION}`);
}

/**
 * Parses a checked-in report and validates it against the schema. The fast path is
 * JSON.parse and the precompiled validator; only data with a problem is parsed again to
 * locate it. Throws ReportDataError with every issue located and saying how to fix it.
 */
export function parseTierReport(file: string, text: string): TierReport {
  const fix = (issues: SpecIssue[]) =>
    new ReportDataError(
      file,
      issues.map((issue) => ({ ...issue, message: `${issue.message}; ${remedy(file)}` })),
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw fix([syntaxIssue(file, text, error)]);
  }
  const source = deferredSource(file, value, () => locatedSource(file, text, value));
  const version = versionIssue(source);
  if (version) throw fix([version]);
  const issues = checkAgainstSchema(source, tierReportSchema, reportValidator);
  if (issues.length > 0) throw fix(issues);
  return value as TierReport;
}

/** The most analysis data a reader takes (a report lists every component and finding). */
export const MAX_ANALYSIS_DATA_BYTES = 64 * 1024 * 1024;

/**
 * The checked-in analysis data of an image's tier (images/<image>/analysis/<tier>.json),
 * read through the repository (no symlinks, bounded) and validated; undefined when the
 * tier has not been analysed. Throws ReportDataError (located) for data that is not valid.
 */
export function readTierReport(root: string, image: string, tier: TierName): TierReport | undefined {
  const file = imagePaths(image).analysisData(tier);
  const bytes = readIfPresent(root, file, { maxBytes: MAX_ANALYSIS_DATA_BYTES, what: 'analysis data' });
  return bytes === undefined ? undefined : parseTierReport(file, bytes.toString('utf8'));
}
