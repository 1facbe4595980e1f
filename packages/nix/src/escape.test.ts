// nixString is the only way spec strings reach Nix: prove with real Nix that every
// hostile string comes back exactly.
import { describe, expect, it } from 'vitest';
import { nixAvailable, nixEvalJson } from './nix-cli.js';
import { nixAttrPath, nixInterpolated, nixRef, nixString, shellQuote } from './escape.js';

const HOSTILE = [
  '${builtins.abort "pwned"}',
  '$${x}',
  '\\${x}',
  '"; abort "x"; "',
  'back\\slash\\',
  "''",
  "'''",
  "''${x}",
  "''\\n",
  '$',
  'trailing $',
  '$$',
  'line one\nline two',
  'tab\there\rcr',
  '`id` $(id) ; rm -rf / && echo',
  'ünïcödé ✓ 日本語 🚀',
  '',
  ' leading and trailing spaces ',
  '#not a comment',
  '/* not a comment */',
];

const hasNix = await nixAvailable();

describe('nixString', () => {
  it('escapes the characters special to Nix strings', () => {
    expect(nixString('a"b\\c${d}$e\nf')).toBe('"a\\"b\\\\c\\${d}\\$e\\nf"');
    expect(() => nixString('nul\0')).toThrow(/NUL/);
  });

  it.skipIf(!hasNix)('round-trips hostile strings through real nix-instantiate --eval (skipped: nix-instantiate not installed)', async () => {
    const value = await nixEvalJson(`[ ${HOSTILE.map(nixString).join(' ')} ]`);
    expect(value).toEqual(HOSTILE);
  });

  it.skipIf(!hasNix)('keeps quoted attribute names and interpolations of generator bindings apart', async () => {
    const expression = `let configFile0 = "/store/x"; set = { ${nixString('${evil}')} = { ${nixString('a.b')} = 1; }; }; in [ (${nixAttrPath('set', '${evil}')}) ${nixInterpolated(['cp ${x} ', nixRef('configFile0'), " 'dest'"])} ]`;
    // nixAttrPath splits on dots, so a dotted name is two parts: look it up whole instead.
    expect(await nixEvalJson(expression)).toEqual([{ 'a.b': 1 }, "cp ${x} /store/x 'dest'"]);
  });
});

describe('shellQuote', () => {
  it('makes one shell word of anything', () => {
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('$(id)')).toBe("'$(id)'");
  });

  it("refuses identifiers that are not the generator's own", () => {
    expect(() => nixRef('a; b')).toThrow(/not a generator identifier/);
  });
});
