// The generated Nix files are a few fixed lines: no spec string, and nothing that is not a
// plain path or name can appear in them.
import { describe, expect, it } from 'vitest';
import { renderCatalogEntry, renderTierEntry } from './entry-points.js';

describe('the generated Nix entry points', () => {
  it('hand the tier data and the image folder to nix/image.nix, by relative path literals', () => {
    const text = renderTierEntry('nginx-1.26', 'hardened');
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      'import ../../../nix/image.nix {',
      '  data = ./hardened.json;',
      '  folder = ./..;',
      '}',
      '',
    ]);
    // The same for every image: the folder's name is not even in it.
    expect(renderTierEntry('redis-7.2', 'hardened')).toBe(text);
  });

  it('gather every image and tier in default.nix', () => {
    const text = renderCatalogEntry([{ folder: '3proxy-0.9', tiers: ['hardened', 'locked'] }]);
    expect(text).toContain('{ pkgs ? null, revision ? null, created ? null }:');
    expect(text).toContain(
      '  "3proxy-0_9" = {\n    hardened = import ./images/3proxy-0.9/generated/hardened.nix args;\n    locked = import ./images/3proxy-0.9/generated/locked.nix args;\n  };',
    );
  });

  it('refuse a name that is not a plain path or name, rather than quote it', () => {
    for (const folder of ['a"b-1.0', 'x-${y}', 'a b-1.0', '../x-1.0', '-x-1.0'])
      expect(() => renderCatalogEntry([{ folder, tiers: ['hardened'] }]), folder).toThrow(/cannot appear in a generated Nix file/);
    expect(() => renderTierEntry('nginx-1.26', 'hard"ened')).toThrow(/tier "hard\\"ened" cannot appear in a generated Nix file/);
  });
});
