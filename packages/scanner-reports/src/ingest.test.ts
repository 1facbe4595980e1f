// ingestReport on every real report in test/fixtures (copies of public reports; see test/fixtures/SOURCES.md): each count is checked against
// real jq running the counting rule of docs/reports.md, and against the figures SOURCES.md
// gives. Then every kind of bad input, with the message it must produce.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { skipNote, skipUnless } from '@armorred/testkit';
import { MAX_REPORT_BYTES, ReportError, ingestReport, readReport, type ScanSummary, type SbomSummary } from './ingest.js';
import type { Severity } from './severity.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures');
const noJq = skipUnless(spawnSync('jq', ['--version']).status === 0 ? undefined : 'jq is not installed (bash tools/scripts/setup.sh)');

// The counting rules of docs/reports.md, as a user would type them.
const JQ = {
  syft: '.artifacts | length',
  spdx: `(.SPDXID // "SPDXRef-DOCUMENT") as $doc
    | ([.documentDescribes[]?]
       + [.relationships[]? | select(.relationshipType == "DESCRIBES" and .spdxElementId == $doc) | .relatedSpdxElement]
       + [.relationships[]? | select(.relationshipType == "DESCRIBED_BY" and .relatedSpdxElement == $doc) | .spdxElementId]
      ) as $described
    | [.packages[]? | select(.SPDXID | IN($described[]) | not)] | length`,
  cyclonedx: '[.components[]? | recurse(.components[]?)] | length',
  grype: '[.matches[] | [.vulnerability.id, .artifact.name]] | unique | length',
  trivy: '[(if type == "array" then .[] else .Results[]? end) | .Vulnerabilities[]? | [.VulnerabilityID, .PkgName]] | unique | length',
};
// Counts by severity: per (id, package) pair the highest severity of its duplicates.
const bySeverity = (triples: string) => `
  def rank: {"critical": 5, "high": 4, "medium": 3, "low": 2, "negligible": 1}[ascii_downcase] // 0;
  [${triples}] | group_by(.[0:2]) | map(map(.[2] | rank) | max)
  | ["unknown", "negligible", "low", "medium", "high", "critical"] as $names
  | reduce .[] as $rank ({critical: 0, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0}; .[$names[$rank]] += 1)`;
const JQ_BY_SEVERITY = {
  grype: bySeverity('.matches[] | [.vulnerability.id, .artifact.name, (.vulnerability.severity // "")]'),
  trivy: bySeverity('(if type == "array" then .[] else .Results[]? end) | .Vulnerabilities[]? | [.VulnerabilityID, .PkgName, (.Severity // "")]'),
};
// What a user would count before dedup: every match / every listed vulnerability.
const JQ_RAW = {
  grype: '.matches | length',
  trivy: '[.Results[]?.Vulnerabilities[]?] | length',
};

function jq(expression: string, file: string): unknown {
  return JSON.parse(execFileSync('jq', ['-c', expression, file], { encoding: 'utf8' }));
}

const NONE: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0 };

type Expectation =
  | { kind: 'sbom'; rule: 'syft' | 'spdx' | 'cyclonedx'; summary: Omit<SbomSummary, 'kind'> }
  | { kind: 'scan'; rule: 'grype' | 'trivy'; raw: number; summary: Omit<ScanSummary, 'kind' | 'findings'> }
  | { kind: 'rejected'; message: RegExp };

// Literal figures from SOURCES.md. No fixture has a duplicate (id, package) pair, so dedup
// changes none of them: findings == matches (grype) and == listed vulnerabilities (trivy).
const ALPINE_317 = 'alpine@sha256:e2e16842c9b54d985bf1ef9242a313f36b856181f188de21313820e177002501';
const EXPECTED: Record<string, Expectation> = {
  'syft-json-alpine-3.12-syft0.101.1.json': {
    kind: 'sbom',
    rule: 'syft',
    summary: { format: 'syft-json', tool: { name: 'syft', version: '0.101.1' }, target: 'alpine:3.12', components: 14 },
  },
  'syft-json-alpine-3.17-syft1.32.0.json': {
    kind: 'sbom',
    rule: 'syft',
    summary: { format: 'syft-json', tool: { name: 'syft', version: '1.32.0' }, target: ALPINE_317, components: 15 },
  },
  // 16 packages; the document DESCRIBES only itself (older syft), so all 16 count.
  'spdx23-syft-alpine-3.17.json': {
    kind: 'sbom',
    rule: 'spdx',
    summary: { format: 'spdx-json', tool: { name: 'syft' }, target: `library/${ALPINE_317}`, components: 16 },
  },
  // 4 packages; documentDescribes names glibc (SPDXRef-Package), the subject, so 3 count.
  'spdx23-spec-example-v2.3.json': {
    kind: 'sbom',
    rule: 'spdx',
    summary: { format: 'spdx-json', tool: { name: 'LicenseFind', version: '1.0' }, target: 'SPDX-Tools-v2.0', components: 3 },
  },
  // 101 library + 1 operating-system; metadata.component (the ubuntu:latest container) excluded.
  'cyclonedx15-trivy0.48.1-ubuntu-latest.json': {
    kind: 'sbom',
    rule: 'cyclonedx',
    summary: { format: 'cyclonedx-json', tool: { name: 'trivy', version: '0.48.1' }, target: 'ubuntu:latest', components: 102 },
  },
  'cyclonedx16-syft1.12.2-bomber-source-dir.json': {
    kind: 'sbom',
    rule: 'cyclonedx',
    summary: { format: 'cyclonedx-json', tool: { name: 'syft', version: '1.12.2' }, target: '.', components: 82 },
  },
  'grype-redis-latest-grype0.58.0.json': {
    kind: 'scan',
    rule: 'grype',
    raw: 77,
    summary: {
      format: 'grype-json',
      tool: { name: 'grype', version: '0.58.0' },
      database: { built: '2023-03-03T08:14:15Z', schema: '5' },
      target: 'redis',
      bySeverity: { ...NONE, critical: 3, high: 12, medium: 6, low: 6, negligible: 50 },
    },
  },
  'grype-busybox-1.32.1-grype0.94.0-epss.json': {
    kind: 'scan',
    rule: 'grype',
    raw: 15,
    summary: {
      format: 'grype-json',
      tool: { name: 'grype', version: '0.94.0' },
      database: { built: '2025-06-19T04:12:38Z', schema: 'v6.0.2' },
      target: 'busybox:1.32.1',
      bySeverity: { ...NONE, critical: 1, high: 10, medium: 2, low: 2 },
    },
  },
  // 20 matches over 10 ids: each id hits two packages (libcrypto3 and libssl3), so 20 pairs.
  'grype-alpine-3.17-grype0.73.4.json': {
    kind: 'scan',
    rule: 'grype',
    raw: 20,
    summary: {
      format: 'grype-json',
      tool: { name: 'grype', version: '0.73.4' },
      database: { built: '2023-12-13T01:27:01Z', schema: '5' },
      target: ALPINE_317,
      bySeverity: { ...NONE, high: 4, medium: 16 },
    },
  },
  'trivy-redis-latest-2023.json': {
    kind: 'scan',
    rule: 'trivy',
    raw: 75,
    summary: { format: 'trivy-json', tool: { name: 'trivy' }, target: 'redis', bySeverity: { ...NONE, critical: 1, high: 13, medium: 5, low: 56 } },
  },
  'trivy-alpine-3.9-golden.json': {
    kind: 'scan',
    rule: 'trivy',
    raw: 6,
    summary: {
      format: 'trivy-json',
      tool: { name: 'trivy', version: 'dev' },
      target: 'testdata/fixtures/images/alpine-39.tar.gz',
      bySeverity: { ...NONE, critical: 2, medium: 4 },
    },
  },
  'openvex-trivy-oci-images.json': { kind: 'rejected', message: /: an OpenVEX document, not an SBOM or scan report; VEX statements are not ingested/ },
  'openvex-go-vex-demo-v0.2.0.json': { kind: 'rejected', message: /: an OpenVEX document, not an SBOM or scan report; VEX statements are not ingested/ },
};

const fixture = (name: string) => join(FIXTURES, name);

describe('real reports (test/fixtures)', () => {
  it('has an expectation for every fixture, so a new fixture cannot go untested', () => {
    const present = readdirSync(FIXTURES)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(present).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    if (expected.kind === 'rejected') {
      it(`${name}: rejected with a ReportError`, async () => {
        await expect(readReport(fixture(name))).rejects.toThrow(expected.message);
        await expect(readReport(fixture(name))).rejects.toBeInstanceOf(ReportError);
      });
      continue;
    }

    it(`${name}: ${expected.kind === 'sbom' ? expected.summary.components + ' components' : 'findings by severity'} and provenance as SOURCES.md gives them`, async () => {
      const summary = await readReport(fixture(name));
      if (expected.kind === 'sbom') expect(summary).toEqual({ kind: 'sbom', ...expected.summary });
      else {
        const { findings, ...rest } = summary as ScanSummary;
        expect(rest).toEqual({ kind: 'scan', ...expected.summary });
        expect(findings).toHaveLength(expected.raw);
      }
    });

    it.skipIf(noJq)(`${name}: equals jq running the ${expected.rule} counting rule${skipNote(noJq)}`, async () => {
      const summary = await readReport(fixture(name));
      if (expected.kind === 'sbom') {
        expect((summary as SbomSummary).components).toBe(jq(JQ[expected.rule], fixture(name)));
      } else {
        const scan = summary as ScanSummary;
        expect(scan.findings.length).toBe(jq(JQ[expected.rule], fixture(name)));
        expect(scan.bySeverity).toEqual(jq(JQ_BY_SEVERITY[expected.rule], fixture(name)));
        expect(jq(JQ_RAW[expected.rule], fixture(name))).toBe(expected.raw);
      }
    });
  }

  it('reads the same file given as text or as bytes', () => {
    const name = 'grype-busybox-1.32.1-grype0.94.0-epss.json';
    const bytes = readFileSync(fixture(name));
    expect(ingestReport(name, bytes)).toEqual(ingestReport(name, bytes.toString('utf8')));
  });

  it('reads the trivy < 0.20 layout (a bare array of results): same findings, no target or version', () => {
    const report = JSON.parse(readFileSync(fixture('trivy-redis-latest-2023.json'), 'utf8'));
    const summary = ingestReport('old.json', JSON.stringify(report.Results)) as ScanSummary;
    expect(summary.tool).toEqual({ name: 'trivy' });
    expect(summary.target).toBeUndefined();
    expect(summary.findings).toHaveLength(75);
    expect(summary.bySeverity).toEqual({ ...NONE, critical: 1, high: 13, medium: 5, low: 56 });
  });

  it('keeps the fields of a finding: installed version, fixed versions, fix state', async () => {
    const trivy = (await readReport(fixture('trivy-alpine-3.9-golden.json'))) as ScanSummary;
    expect(trivy.findings[0]).toEqual({
      id: 'CVE-2019-1549',
      package: 'libcrypto1.1',
      version: '1.1.1b-r1',
      severity: 'medium',
      fixedVersions: ['1.1.1d-r0'],
      fixState: 'fixed',
    });
    const grype = (await readReport(fixture('grype-redis-latest-grype0.58.0.json'))) as ScanSummary;
    expect(grype.findings[0]).toEqual({
      id: 'CVE-2005-2541',
      package: 'tar',
      version: '1.34+dfsg-1',
      severity: 'negligible',
      fixedVersions: [],
      fixState: 'not-fixed',
    });
  });
});

// Small synthetic reports, shaped as the real tools write them.
const grypeReport = (matches: unknown) =>
  JSON.stringify({ matches, source: { type: 'image', target: { userInput: 'x:1' } }, descriptor: { name: 'grype', version: '0.94.0' } });
const match = (id: string, name: string, severity: string, fixed: string[] = [], state = '') => ({
  vulnerability: { id, severity, fix: { versions: fixed, state } },
  artifact: { name, version: '1.0' },
});

describe('deduplication: one finding per (vulnerability id, package name)', () => {
  it('counts the same CVE matched twice for one package once, at its highest severity, with the union of fixes', () => {
    const summary = ingestReport(
      'dup.json',
      grypeReport([match('CVE-1', 'openssl', 'Low', ['1.1'], 'fixed'), match('CVE-1', 'openssl', 'High', ['1.2']), match('CVE-1', 'libssl', 'Medium')]),
    ) as ScanSummary;
    expect(summary.findings).toEqual([
      { id: 'CVE-1', package: 'openssl', version: '1.0', severity: 'high', fixedVersions: ['1.1', '1.2'], fixState: 'fixed' },
      { id: 'CVE-1', package: 'libssl', version: '1.0', severity: 'medium', fixedVersions: [] },
    ]);
    expect(summary.bySeverity).toEqual({ ...NONE, high: 1, medium: 1 });
  });

  it('counts a trivy vulnerability listed by two results once, and splits "a, b" fixed versions', () => {
    const vulnerability = { VulnerabilityID: 'CVE-2', PkgName: 'gosu', InstalledVersion: '1.0', Severity: 'MEDIUM', FixedVersion: '1.1, 1.2', Status: 'fixed' };
    const report = {
      SchemaVersion: 2,
      ArtifactName: 'x:1',
      Results: [
        { Target: 'a', Vulnerabilities: [vulnerability] },
        { Target: 'b', Vulnerabilities: [{ ...vulnerability, Severity: 'CRITICAL' }] },
      ],
    };
    const summary = ingestReport('dup.json', JSON.stringify(report)) as ScanSummary;
    expect(summary.findings).toEqual([
      { id: 'CVE-2', package: 'gosu', version: '1.0', severity: 'critical', fixedVersions: ['1.1', '1.2'], fixState: 'fixed' },
    ]);
  });

  it('never merges different pairs whose joined text is the same', () => {
    const summary = ingestReport('pairs.json', grypeReport([match('a|b', 'c', 'Low'), match('a', 'b|c', 'Low'), match('a\u0000b', 'c', 'Low')])) as ScanSummary;
    expect(summary.findings).toHaveLength(3);
  });

  it('normalises severities: tool casing, and anything unrecognised is unknown', () => {
    const summary = ingestReport(
      's.json',
      grypeReport([match('1', 'p', 'CRITICAL'), match('2', 'p', 'Negligible'), match('3', 'p', 'Unknown'), match('4', 'p', ''), match('5', 'p', 'severe')]),
    ) as ScanSummary;
    expect(summary.bySeverity).toEqual({ ...NONE, critical: 1, negligible: 1, unknown: 3 });
  });
});

describe('hostile strings are kept as plain data', () => {
  const HOSTILE = [
    '<script>alert(1)</script>',
    '| a | b |',
    '`rm -rf /`',
    'line one\nline two\r\n',
    '**bold** [x](javascript:alert(1))',
    '__proto__',
    'constructor',
    'ünïcödé 🚀',
  ];

  it('keeps ids, package names and versions exactly', () => {
    const summary = ingestReport(
      'hostile.json',
      grypeReport(HOSTILE.map((text) => ({ ...match(text, text, 'High'), artifact: { name: text, version: text } }))),
    ) as ScanSummary;
    expect(summary.findings.map((finding) => [finding.id, finding.package, finding.version])).toEqual(HOSTILE.map((text) => [text, text, text]));
    expect(summary.findings.every((finding) => typeof finding.package === 'string')).toBe(true);
    expect(Object.getPrototypeOf(summary.findings[5])).toBe(Object.prototype);
  });

  it('quotes a hostile key on one line when it appears in an error message', () => {
    expect(() => ingestReport('keys.json', JSON.stringify({ '<b>\nx': 1 }))).toThrow('found an object with keys "<b>\\nx";');
  });
});

describe('bad input', () => {
  const busybox = () => JSON.parse(readFileSync(fixture('grype-busybox-1.32.1-grype0.94.0-epss.json'), 'utf8'));
  const fails = (content: string | Uint8Array) => () => ingestReport('report.json', content);
  const tmp = mkdtempSync(join(tmpdir(), 'armorred-ingest-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('an empty file', () => {
    for (const content of ['', '  \n', new Uint8Array(0)]) {
      expect(fails(content)).toThrow(
        new ReportError('report.json', 'the file is empty; the tool probably failed before writing: run it again and check its exit status'),
      );
    }
  });

  it('truncated JSON', () => {
    const text = readFileSync(fixture('grype-busybox-1.32.1-grype0.94.0-epss.json'), 'utf8');
    expect(fails(text.slice(0, text.length / 2))).toThrow(
      /^report\.json: truncated JSON \(.+\); the tool was interrupted or the disk filled up: run it again$/,
    );
  });

  it('text that is not JSON', () => {
    expect(fails('matches: []')).toThrow(/^report\.json: invalid JSON \(.+\); write the report with `syft IMAGE -o json`/);
  });

  it('valid JSON of an unknown shape', () => {
    expect(fails('{"hello": "world"}')).toThrow(
      'report.json: not a syft/SPDX/CycloneDX/grype/trivy JSON report; found an object with keys "hello"; write the report with `syft IMAGE -o json` (or -o spdx-json, -o cyclonedx-json), `grype IMAGE -o json` or `trivy image -f json IMAGE`',
    );
    expect(fails('[1, 2]')).toThrow('not a syft/SPDX/CycloneDX/grype/trivy JSON report; found an array;');
    expect(fails('"grype"')).toThrow('not a syft/SPDX/CycloneDX/grype/trivy JSON report; found a string "grype";');
    expect(fails('null')).toThrow('not a syft/SPDX/CycloneDX/grype/trivy JSON report; found null;');
    expect(fails('{}')).toThrow('not a syft/SPDX/CycloneDX/grype/trivy JSON report; found an empty object;');
  });

  it('fields of the wrong type name the path', () => {
    const hint = (tool: string) => `the file is damaged or was edited: regenerate it with \`${tool}\``;
    expect(fails(JSON.stringify({ ...busybox(), matches: 'none' }))).toThrow(
      `report.json: grype JSON report: matches must be an array, got a string "none"; ${hint('grype IMAGE -o json')}`,
    );
    const report = busybox();
    report.matches[3].vulnerability.id = 42;
    expect(fails(JSON.stringify(report))).toThrow('grype JSON report: matches[3].vulnerability.id must be a string, got a number 42;');
    report.matches[3] = 'CVE-1';
    expect(fails(JSON.stringify(report))).toThrow('grype JSON report: matches[3] must be an object, got a string "CVE-1";');
    expect(fails(JSON.stringify({ artifacts: {}, source: {}, descriptor: {} }))).toThrow(
      `syft JSON report: artifacts must be an array, got an object; ${hint('syft IMAGE -o json')}`,
    );
    expect(fails(JSON.stringify({ spdxVersion: 'SPDX-2.3', packages: 7 }))).toThrow('SPDX JSON document: packages must be an array, got a number 7;');
    expect(fails(JSON.stringify({ spdxVersion: 'SPDX-2.3', packages: [{ name: 'x' }] }))).toThrow(
      'SPDX JSON document: packages[0].SPDXID must be a string, got nothing (the key is missing);',
    );
    expect(fails(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [{ components: 'x' }] }))).toThrow(
      'CycloneDX JSON document: components[0].components must be an array, got a string "x";',
    );
    expect(
      fails(
        JSON.stringify({ SchemaVersion: 2, ArtifactName: 'x', Results: [{ Target: 't', Vulnerabilities: [{ VulnerabilityID: 'CVE-1', PkgName: null }] }] }),
      ),
    ).toThrow(`trivy JSON report: Results[0].Vulnerabilities[0].PkgName must be a string, got null; ${hint('trivy image -f json IMAGE')}`);
  });

  it('unsupported versions of SPDX and CycloneDX', () => {
    expect(fails(JSON.stringify({ spdxVersion: 'SPDX-3.0' }))).toThrow('SPDX JSON document: spdxVersion "SPDX-3.0" is not supported (SPDX 2.x only)');
    expect(fails(JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '2.0' }))).toThrow(
      'CycloneDX JSON document: specVersion "2.0" is not supported (1.x only)',
    );
  });

  it('deeply nested JSON: 100000 nested arrays', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(fails(deep)).toThrow('report.json: not a syft/SPDX/CycloneDX/grype/trivy JSON report; found an array;');
    expect(fails(`{"matches": [${deep}], "descriptor": {}}`)).toThrow('grype JSON report: matches[0] must be an object, got an array;');
  });

  it('deeply nested CycloneDX components are counted without overflowing the stack', () => {
    const depth = 100_000;
    const bom = `{"bomFormat": "CycloneDX", "specVersion": "1.6", "components": ${'[{"type": "library", "name": "x", "components": '.repeat(depth)}[]${'}]'.repeat(depth)}}`;
    expect((ingestReport('deep.json', bom) as SbomSummary).components).toBe(depth);
  });

  it('a JSON parser that gives up on nesting (RangeError) becomes a ReportError', () => {
    const parse = vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      expect(fails('[[[]]]')).toThrow('report.json: JSON nested too deeply to read (Maximum call stack size exceeded); this is not a scanner report');
    } finally {
      parse.mockRestore();
    }
  });

  it(`a file over the ${MAX_REPORT_BYTES / 1024 / 1024} MiB limit, checked before it is read`, async () => {
    const message = 'the file is 257 MiB, over the 256 MiB limit for a report; this is not a single report of one image (check the path)';
    const big = join(tmp, 'big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_REPORT_BYTES + 1024 * 1024); // sparse: takes no disk space
    await expect(readReport(big)).rejects.toThrow(`${big}: is 257 MiB, over the 256 MiB limit for a report; it is not read`);
    // Never touched, so the pages are never allocated.
    expect(fails(new Uint8Array(MAX_REPORT_BYTES + 1024 * 1024))).toThrow(new ReportError('report.json', message));
  });

  it('a path that is not a regular file: /dev/zero (size 0, endless), a FIFO (would block), a folder', async () => {
    await expect(readReport('/dev/zero')).rejects.toThrow('/dev/zero: is not a regular file (a device, FIFO or socket); it is not read');
    const fifo = join(tmp, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    // Opened without blocking, refused by fstat: nobody ever writes to it.
    await expect(readReport(fifo)).rejects.toThrow(`${fifo}: is not a regular file (a device, FIFO or socket); it is not read`);
    await expect(readReport(tmp)).rejects.toThrow(`${tmp}: is a folder, not a file`);
    await expect(readReport(join(tmp, 'missing.json'))).rejects.toThrow('missing.json: does not exist');
  });

  it('a report reached through a symlink the user gave is read (the path is theirs to choose)', async () => {
    const link = join(tmp, 'linked.json');
    symlinkSync(fixture('trivy-alpine-3.9-golden.json'), link);
    expect((await readReport(link)).format).toBe('trivy-json');
  });

  it('text that is not UTF-8, or is UTF-16', () => {
    expect(fails(Uint8Array.from([0x7b, 0xff, 0x7d]))).toThrow('report.json: the file is not UTF-8 text');
    expect(fails(Buffer.from('\uFEFF{}', 'utf16le'))).toThrow('report.json: the file is UTF-16 text (Windows PowerShell `>` writes UTF-16)');
    // A UTF-8 byte order mark is harmless and dropped.
    expect(ingestReport('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(grypeReport([]))])).kind).toBe('scan');
  });
});
