// README.md of the offline package set (a TEST FIXTURE) documents what the set
// does: its override tables are rendered from default.nix's tables and must
// match; its package list must match packages.txt (through the lock).
//   UPDATE_README=1 npx vitest run tools/offline-pkgs/test/readme.test.ts   # rewrites the tables
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalOk, nix, SET_DIR } from './helpers.js';

interface Entry { kind: 'honoured' | 'fixed' | 'unsupported' | 'no effect'; why: string; value?: unknown; default?: unknown; dependency?: string }
type Tables = Record<string, Record<string, Entry>>;

const BEGIN = '<!-- override-tables:begin (generated from default.nix: UPDATE_README=1 npx vitest run tools/offline-pkgs/test/readme.test.ts) -->';
const END = '<!-- override-tables:end -->';
const BUILD = 'build-time input of the nixpkgs build';

function nixValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? '[ ]' : `[ ${value.map(nixValue).join(' ')} ]`;
  return JSON.stringify(value);
}

const code = (s: string) => `\`${s}\``;
const cell = (s: string) => s.replace(/\|/g, '\\|');

/** Markdown for the override tables, one per attribute (alphabetical; identical tables refer back). */
function renderTables(tables: Tables): string {
  const out: string[] = [];
  const seen = new Map<string, string>();
  for (const attr of Object.keys(tables).sort()) {
    const table = tables[attr]!;
    out.push(`#### \`${attr}\``, '');
    const key = JSON.stringify(table);
    if (seen.has(key)) {
      out.push(`The same arguments as \`${seen.get(key)}\`.`, '');
      continue;
    }
    seen.set(key, attr);
    const names = Object.keys(table).sort();
    const rows: string[] = [];
    const order: Entry['kind'][] = ['honoured', 'fixed', 'unsupported', 'no effect'];
    for (const kind of order) {
      for (const name of names) {
        const e = table[name]!;
        if (e.kind !== kind || (kind === 'no effect' && e.why === BUILD)) continue;
        const text =
          kind === 'honoured' ? `**honoured**: ${e.why}${e.default !== undefined ? ` (default ${code(nixValue(e.default))})` : ''}`
          : kind === 'fixed' ? `only ${code(nixValue(e.value))}, else **refused**: ${e.why}`
          : kind === 'unsupported' ? `**refused**: ${e.why}`
          : `accepted, no effect: ${e.why}`;
        rows.push(`| ${code(name)} | ${cell(text)} |`);
      }
    }
    const build = names.filter((n) => table[n]!.kind === 'no effect' && table[n]!.why === BUILD);
    if (build.length > 0) rows.push(`| ${build.map(code).join(', ')} | accepted, no effect: build-time inputs of the nixpkgs build |`);
    out.push('| argument | here |', '|---|---|', ...rows, '');
  }
  return out.join('\n');
}

describe.skipIf(nix.skip)(`README.md of the offline package set${nix.note}`, () => {
  let tables: Tables;
  beforeAll(async () => {
    nix.require();
    tables = (await evalOk('pkgs.armorredOffline.overrideTables')) as Tables;
  });

  it('has the override tables of default.nix', () => {
    const path = join(SET_DIR, 'README.md');
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf(BEGIN);
    const end = readme.indexOf(END);
    expect(start, `README.md has no ${BEGIN} marker`).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const expected = `${BEGIN}\n\n${renderTables(tables)}\n${END}`;
    if (process.env.UPDATE_README === '1') {
      writeFileSync(path, readme.slice(0, start) + expected + readme.slice(end + END.length));
      return;
    }
    expect(readme.slice(start, end + END.length)).toBe(expected);
  });

  it('lists every attribute of packages.txt with its Debian packages', () => {
    const readme = readFileSync(join(SET_DIR, 'README.md'), 'utf8');
    const lock = JSON.parse(readFileSync(join(SET_DIR, 'debs.lock.json'), 'utf8')) as { attributes: Record<string, string[]> };
    for (const [attr, debs] of Object.entries(lock.attributes)) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${attr}\` |`) || line.startsWith(`| \`${attr}\` (also `));
      expect(row, `README.md packages table has no row for ${attr}`).toBeDefined();
      for (const deb of debs) expect(row, attr).toContain(deb);
    }
  });
});
