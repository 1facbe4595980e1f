// pkgs.lib of the offline package set (a TEST FIXTURE) against nixpkgs' lib at
// nixos-24.11: the expected values are those of nixpkgs' own documentation
// examples and lib tests (lib/strings.nix, lib/lists.nix, lib/attrsets.nix,
// lib/tests/misc.nix), so a function that drifts from nixpkgs fails here.
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { evalError, evalOk, nix } from './helpers.js';

// [Nix expression using `lib`, expected JSON value]
const EXAMPLES: [string, unknown][] = [
  // escapeShellArg: since 24.05, strings of [[:alnum:],._+:@%/-] are left unquoted
  ['lib.escapeShellArg "esc\'ape\\nme"', "'esc'\\''ape\nme'"],
  ['lib.escapeShellArg "abc"', 'abc'],
  ['lib.escapeShellArg "/nix/store/abc-x_y.1+2:3@4%5,6"', '/nix/store/abc-x_y.1+2:3@4%5,6'],
  ['lib.escapeShellArg "a b"', "'a b'"],
  ['lib.escapeShellArg "$HOME"', "'$HOME'"],
  ['lib.escapeShellArg ""', "''"],
  ['lib.escapeShellArg 123', '123'],
  ['lib.strings.escapeShellArg "it\'s"', "'it'\\''s'"],
  ['lib.escapeShellArgs [ "one" "two three" "four\'five" ]', "one 'two three' 'four'\\''five'"],
  ['lib.escapeShellArgs [ ]', ''],
  ['lib.concatStringsSep "/" [ "usr" "local" "bin" ]', 'usr/local/bin'],
  ['lib.concatMapStringsSep "-" (x: x + "!") [ "foo" "bar" ]', 'foo!-bar!'],
  ['lib.concatStrings [ "foo" "bar" ]', 'foobar'],
  ['lib.optional true "foo"', ['foo']],
  ['lib.optional false "foo"', []],
  ['lib.optionals true [ 2 3 ]', [2, 3]],
  ['lib.optionals false [ 2 3 ]', []],
  ['lib.optionalString true "some-string"', 'some-string'],
  ['lib.optionalString false "some-string"', ''],
  ['lib.optionalAttrs true { my = "set"; }', { my: 'set' }],
  ['lib.optionalAttrs false { my = "set"; }', {}],
  ['lib.mapAttrs (name: value: name + "-" + value) { x = "foo"; y = "bar"; }', { x: 'x-foo', y: 'y-bar' }],
  ['lib.mapAttrsToList (name: value: name + value) { x = "a"; y = "b"; }', ['xa', 'yb']],
  ['lib.filterAttrs (n: v: n == "foo") { foo = 1; bar = 2; }', { foo: 1 }],
  ['lib.attrByPath [ "a" "b" ] 6 { a = { b = 3; }; }', 3],
  ['lib.attrByPath [ "z" "z" ] 6 { a = { b = 3; }; }', 6],
  ['lib.attrByPath [ "a" "b" "c" ] 6 { a = { b = 3; }; }', 6],
  ['lib.attrByPath [ ] 6 { a = 1; }', { a: 1 }],
  ['lib.getAttrFromPath [ "a" "b" ] { a = { b = 3; }; }', 3],
  ['lib.hasPrefix "foo" "foobar"', true],
  ['lib.hasPrefix "foo" "barfoo"', false],
  ['lib.hasPrefix "" "anything"', true],
  ['lib.removePrefix "foo." "foo.bar.baz"', 'bar.baz'],
  ['lib.removePrefix "xxx" "foo.bar.baz"', 'foo.bar.baz'],
  ['lib.elem 2 [ 1 2 ]', true],
  ['lib.unique [ 3 2 3 4 ]', [3, 2, 4]],
  ['lib.toList [ 1 2 ]', [1, 2]],
  ['lib.toList "hi"', ['hi']],
  ['lib.any builtins.isString [ 1 "a" { } ]', true],
  ['lib.all (x: x < 3) [ 1 2 ]', true],
  ['lib.all (x: x < 3) [ ]', true],
  ['lib.filter (x: x != "a") [ "a" "b" "c" "a" ]', ['b', 'c']],
  ['lib.attrNames { b = 1; a = 2; }', ['a', 'b']],
  ['lib.attrValues { c = 1; a = 2; b = 3; }', [2, 3, 1]],
  ['lib.listToAttrs [ { name = "foo"; value = "bar"; } { name = "a"; value = 1; } ]', { foo: 'bar', a: 1 }],
  ['lib."foldl\'" (acc: x: acc + x) 0 [ 1 2 3 ]', 6],
  ['lib."foldl\'" (acc: x: acc ++ [ x ]) [ ] [ 1 2 ]', [1, 2]],
  // lib.foldl' forces the initial accumulator too (builtins.foldl' does not)
  ['(builtins.tryEval (lib."foldl\'" (acc: x: x) (throw "initial") [ 1 ])).success', false],
  ['lib.genAttrs [ "foo" "bar" ] (name: "x_" + name)', { foo: 'x_foo', bar: 'x_bar' }],
  ['lib.isDerivation pkgs.jq', true],
  ['lib.isDerivation { type = "derivation"; }', true],
  ['lib.isDerivation "foo"', false],
  ['lib.strings.escapeShellArgs [ "a b" ]', "'a b'"],
];

describe.skipIf(nix.skip)(`pkgs.lib of the offline package set agrees with nixpkgs' lib${nix.note}`, () => {
  beforeAll(() => nix.require());

  it('has exactly the documented functions (and no stdenv-era extras)', async () => {
    const names = (await evalOk('builtins.attrNames lib')) as string[];
    expect(names).toEqual(
      [
        'all', 'any', 'attrByPath', 'attrNames', 'attrValues', 'attrsets', 'concatMapStringsSep', 'concatStrings',
        'concatStringsSep', 'elem', 'escapeShellArg', 'escapeShellArgs', 'filter', 'filterAttrs', "foldl'", 'genAttrs',
        'getAttrFromPath', 'hasPrefix', 'isDerivation', 'listToAttrs', 'lists', 'mapAttrs', 'mapAttrsToList',
        'optional', 'optionalAttrs', 'optionalString', 'optionals', 'removePrefix', 'strings', 'toList', 'unique',
      ].sort(),
    );
  });

  it.each(EXAMPLES)('%s', async (expr, expected) => {
    expect(await evalOk(expr)).toEqual(expected);
  });

  it('getAttrFromPath aborts naming the missing path, like nixpkgs', async () => {
    expect(await evalError('lib.getAttrFromPath [ "z" "z" ] { a = 1; }')).toContain("cannot find attribute 'z.z'");
  });

  it('escapeShellArgs output survives a real shell round trip', async () => {
    const tricky = ['plain', 'with space', "quote'inside", '$HOME `cmd` "dq" \\', 'new\nline', '', '*', '-n'];
    // the list reaches Nix as JSON inside a Nix string (JSON escapes are Nix escapes; `${` is escaped)
    const nixString = JSON.stringify(JSON.stringify(tricky)).replace(/\$\{/g, '\\${');
    const script = (await evalOk(`"printf '%s\\\\0' " + lib.escapeShellArgs (builtins.fromJSON ${nixString})`)) as string;
    const out = await execa('bash', ['-c', script]);
    expect(out.stdout.split('\0').slice(0, -1)).toEqual(tricky);
  });
});
