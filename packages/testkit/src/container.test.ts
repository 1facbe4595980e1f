import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveInRoot, tmpfsOptions } from './container.js';

const root = mkdtempSync(join(tmpdir(), 'armorred-root-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveInRoot', () => {
  it('resolves absolute and relative symlinks inside the container root, never on the host', () => {
    mkdirSync(join(root, 'nix', 'store', 'abc-bin', 'bin'), { recursive: true });
    symlinkSync('/nix/store/abc-bin/bin', join(root, 'bin'));
    symlinkSync('../..', join(root, 'up'));
    symlinkSync('/', join(root, 'slash'));
    expect(resolveInRoot(root, '/bin')).toBe(join(root, 'nix/store/abc-bin/bin'));
    expect(resolveInRoot(root, '/up/up/etc')).toBe(join(root, 'etc'));
    expect(resolveInRoot(root, '/slash/tmp')).toBe(join(root, 'tmp'));
    expect(resolveInRoot(root, '/../../../etc')).toBe(join(root, 'etc'));
  });

  it('gives up on symlink loops', () => {
    symlinkSync('/loop', join(root, 'loop'));
    expect(() => resolveInRoot(root, '/loop')).toThrow(/too many symlinks/);
  });
});

describe('tmpfsOptions', () => {
  it('keeps /tmp sticky and gives other writable paths to the runtime user', () => {
    expect(tmpfsOptions('/tmp')).toBe('rw,mode=1777,nosuid,nodev,noexec,size=64m');
    expect(tmpfsOptions('/var/log/nginx')).toBe('rw,nosuid,nodev,noexec,size=64m,U');
  });
});
