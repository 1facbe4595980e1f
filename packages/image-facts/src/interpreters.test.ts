// General-purpose interpreters count as shells for `shell: false`: by executable name in a
// built image (the proof) and by package attribute name in a spec (the early warning).
import { describe, expect, it } from 'vitest';
import { holdingsOf, interpreterName, packageConcerns } from './index.js';

const files = (...paths: string[]) => paths.map((path) => ({ path, type: 'file' as const }));

describe('interpreterName', () => {
  it('takes the interpreters under their plain and versioned names', () => {
    for (const name of ['python', 'python3', 'python3.12', 'pypy3', 'perl', 'perl5.38.2', 'ruby', 'ruby3.3', 'lua', 'lua5.4', 'luajit', 'luajit-2.1.0-beta3'])
      expect(interpreterName(name), name).toBe(true);
    for (const name of ['node', 'nodejs', 'php', 'php8.2', 'tclsh', 'tclsh8.6', 'wish8.6', 'expect', 'guile', 'guile-3.0', 'deno', 'bun'])
      expect(interpreterName(name), name).toBe(true);
  });
  it('leaves alone what runs no program: helpers named after an interpreter, awk, sed, jq', () => {
    for (const name of ['python3-config', 'python3.12-config', 'perldoc', 'luac', 'node-gyp', 'phpize', 'awk', 'gawk', 'sed', 'jq', 'nginx', 'redis-cli'])
      expect(interpreterName(name), name).toBe(false);
  });
});

describe('holdingsOf', () => {
  it("counts interpreters wherever executables live, a Nix wrapper's real program too", () => {
    const holdings = holdingsOf(
      files(
        'bin/nginx',
        'usr/bin/python3',
        'nix/store/aaa-python3-3.12.4/bin/.python3.12-wrapped',
        'nix/store/bbb-perl-5.38.2/bin/perl5.38.2',
        'nix/store/bbb-perl-5.38.2/lib/perl5/strict.pm',
        'nix/store/ccc-gawk-5.2/bin/gawk',
      ),
    );
    expect(holdings.interpreters).toEqual([
      'nix/store/aaa-python3-3.12.4/bin/.python3.12-wrapped',
      'nix/store/bbb-perl-5.38.2/bin/perl5.38.2',
      'usr/bin/python3',
    ]);
    expect(holdings.shells).toEqual([]);
  });
});

describe('packageConcerns', () => {
  it('warns early about packages named after an interpreter, as nixpkgs versions them', () => {
    for (const attr of [
      'python3',
      'python312',
      'python3Minimal',
      'pkgs.perl538',
      'ruby_3_3',
      'lua5_4',
      'luajit_2_1',
      'nodejs_20',
      'nodejs-slim_22',
      'php83',
      'tcl-8_6',
      'guile_3_0',
    ])
      expect(packageConcerns(attr), attr).toEqual(['interpreter']);
    for (const attr of ['python3Packages.requests', 'perlPackages.JSON', 'jq', 'gawk', 'nginx']) expect(packageConcerns(attr), attr).toEqual([]);
  });
});
