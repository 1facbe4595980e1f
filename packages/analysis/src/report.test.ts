// The analysis data format: one schema, versioned, and every problem with a file located
// (file:line:col: key: message) and saying how to fix it.
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '@armorred/catalog';
import { ArmorredError, EXIT } from '@armorred/errors';
import { imagePaths, readIfPresent } from '@armorred/repository';
import { SEVERITIES } from '@armorred/scanner-reports';
import { MAX_FILE_BYTES, SpecError, TIER_NAMES, withSharedDefinitions, schemaDigest } from '@armorred/spec';
import * as reportValidator from '../generated/tier-report-validator.js';
import { ReportDataError, parseTierReport, renderTierReport } from './report.js';
import { REPORT_SEVERITIES, REPORT_TIERS, TIER_REPORT_SCHEMA_VERSION, tierReportSchema } from './report-schema.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const FILE = imagePaths('nginx-1.26').analysisData('hardened');
const FIX = 'measure it again: npx armorred analyze nginx-1.26 --tier hardened';
const TEXT = readIfPresent(REPO, FILE, { maxBytes: MAX_FILE_BYTES, what: 'analysis data' })!.toString('utf8');

/** The 1-based line and column where `needle` starts in `text` (it must occur once). */
function at(text: string, needle: string): string {
  const offset = text.indexOf(needle);
  expect(offset, needle).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(needle, offset + 1), `${needle} occurs once`).toBe(-1);
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before.at(-1)!.length + 1}`;
}

/** The message parseTierReport refuses `text` with (it must refuse it, with a ReportDataError of EXIT.INVALID). */
function refusal(text: string, file = FILE): string {
  try {
    parseTierReport(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportDataError);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as ArmorredError).exitCode).toBe(EXIT.INVALID);
    return (error as Error).message;
  }
  throw new Error('parseTierReport accepted it');
}

describe('the analysis data schema', () => {
  it('is a valid JSON Schema 2020-12, versioned, and its $id names the version', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema(withSharedDefinitions(tierReportSchema)), JSON.stringify(ajv.errors)).toBe(true);
    expect(tierReportSchema.properties.schemaVersion).toEqual({ const: TIER_REPORT_SCHEMA_VERSION });
    expect(tierReportSchema.$id).toBe(`https://armorred.dev/schemas/tier-report-v${TIER_REPORT_SCHEMA_VERSION}.schema.json`);
  });

  it('has a precompiled validator made from it as it is now (else armorred generate rewrites it and check fails)', () => {
    expect(reportValidator.schemaDigest).toBe(schemaDigest(tierReportSchema));
  });

  it('names the severities the scanners report and the tiers specs have', () => {
    expect(REPORT_SEVERITIES).toEqual(SEVERITIES);
    expect(REPORT_TIERS).toEqual(TIER_NAMES);
  });
});

describe('the checked-in analysis data', () => {
  it('of every image and tier of the catalog is valid, and exactly what analyze writes', () => {
    const read: string[] = [];
    for (const image of readCatalog(REPO).spec.images) {
      for (const tier of TIER_NAMES) {
        const file = imagePaths(image).analysisData(tier);
        const bytes = readIfPresent(REPO, file, { maxBytes: MAX_FILE_BYTES, what: 'analysis data' });
        if (bytes === undefined) continue;
        const report = parseTierReport(file, bytes.toString('utf8'));
        expect([report.image, report.tier, report.schemaVersion]).toEqual([image, tier, TIER_REPORT_SCHEMA_VERSION]);
        expect(renderTierReport(report)).toBe(bytes.toString('utf8'));
        read.push(file);
      }
    }
    expect(read).toContain(FILE);
  });
});

describe('analysis data that cannot be used', () => {
  it('is refused at the line and column of the bad value, with the key path and the fix', () => {
    const text = TEXT.replace(/"size": \d+/, '"size": "big"');
    expect(refusal(text)).toBe(`${FILE}:${at(text, '"big"')}: inventory.size: must be an integer, got the string "big"; ${FIX}`);
  });

  it('lists every problem, each located: a missing key, an unknown key, a value out of the schema', () => {
    const report = JSON.parse(TEXT);
    delete report.build.configDigest;
    report.inventory.colour = 'red';
    report.inventory.components[0].nameFrom = 'guess';
    const text = `${JSON.stringify(report, null, 2)}\n`;
    expect(refusal(text).split('\n')).toEqual([
      `${FILE}:${at(text, '"build"')}: build: missing required key "configDigest"; add it to this mapping; ${FIX}`,
      `${FILE}:${at(text, '"guess"')}: inventory.components[0].nameFrom: the string "guess" is not allowed; use one of: derivation, store path; ${FIX}`,
      `${FILE}:${at(text, '"colour"')}: inventory.colour: unknown key "colour"; valid keys here: tool, size, compressedSize, layerSizes, user, shell, coreutils, labels, storePaths, components; ${FIX}`,
    ]);
  });

  it('of another schema version is refused, saying which version it is, which is read, and how to fix it', () => {
    const text = TEXT.replace('"schemaVersion": 1,', '"schemaVersion": 2,');
    expect(refusal(text)).toBe(`${FILE}:${at(text, '2,\n  "image"')}: schemaVersion: analysis data of version 2; this ARMORRED reads version 1; ${FIX}`);
    // Nothing else is checked in data of another version: its other keys may mean other things.
    const other = JSON.parse(text);
    other.inventory = 'elsewhere';
    expect(refusal(JSON.stringify(other))).toMatch(/^[^\n]*: schemaVersion: analysis data of version 2; this ARMORRED reads version 1; [^\n]*$/);
    expect(refusal(TEXT.replace('"schemaVersion": 1,', '"schemaVersion": "one",'))).toContain(
      'schemaVersion: analysis data of a schemaVersion that is no version number; this ARMORRED reads version 1',
    );
  });

  it('without a schemaVersion (written before the format had versions) is refused, saying so', () => {
    const text = TEXT.replace('  "schemaVersion": 1,\n', '');
    expect(refusal(text)).toBe(`${FILE}:1:1: no schemaVersion: analysis data written before the format had versions; this ARMORRED reads version 1; ${FIX}`);
  });

  it('that is not JSON is refused where it stops being JSON, without quoting it', () => {
    const missingComma = TEXT.replace('"tier": "hardened",', '"tier": "hardened"');
    expect(refusal(missingComma)).toBe(`${FILE}:${at(missingComma, '"analyzedAt"')}: not valid JSON: expected ',' or '}' after property value; ${FIX}`);
    const cut = TEXT.slice(0, TEXT.indexOf('"inventory": ') + '"inventory": '.length);
    const lines = cut.split('\n');
    expect(refusal(cut)).toBe(`${FILE}:${lines.length}:${lines.at(-1)!.length + 1}: not valid JSON: the file ends before the data does (cut short?); ${FIX}`);
    // JSON.parse says no position here, and quotes the text around it: neither is repeated.
    const secret = TEXT.replace('"tier": "hardened"', '"tier": secret');
    expect(refusal(secret)).toBe(`${FILE}:${at(secret, 'secret')}: not valid JSON: unexpected character (a word without quotes, a comment?); ${FIX}`);
  });

  it('beyond what the locating parser reads (1 MiB) is still refused with the key path, at the start of the file', () => {
    const report = JSON.parse(TEXT);
    report.inventory.storePaths = Array.from({ length: 20_000 }, (_, index) => `/nix/store/${String(index).padStart(32, '0')}-package-${index}`);
    report.inventory.shell = 'yes';
    const text = JSON.stringify(report, null, 2);
    expect(text.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(refusal(text)).toBe(`${FILE}:1:1: inventory.shell: must be true or false, got the string "yes"; ${FIX}`);
  });

  it('names the command for the image and tier of the file, or a placeholder for a file elsewhere', () => {
    expect(refusal('[]', 'images/redis-7.2/analysis/locked.json')).toBe(
      'images/redis-7.2/analysis/locked.json:1:1: must be a mapping, got a list; measure it again: npx armorred analyze redis-7.2 --tier locked',
    );
    expect(refusal('[]', 'report.json')).toBe('report.json:1:1: must be a mapping, got a list; measure it again: npx armorred analyze IMAGE');
  });
});

describe('rendering analysis data', () => {
  it('writes the schema version right after "generated", whatever the order given', () => {
    const { generated, schemaVersion, ...rest } = parseTierReport(FILE, TEXT);
    expect(schemaVersion).toBe(TIER_REPORT_SCHEMA_VERSION);
    const text = renderTierReport({ ...rest, generated });
    expect(Object.keys(JSON.parse(text)).slice(0, 3)).toEqual(['generated', 'schemaVersion', 'image']);
    expect(text).toBe(TEXT);
  });
});
