import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hardenedRun } from '@armorred/image-facts';
import { podman } from '@armorred/podman';
import { skipNote, skipUnless } from './availability.js';
import {
  cleanup,
  initHardened,
  leaveFile,
  removeTestContainer,
  resolveInRoot,
  restartContainer,
  startHardened,
  stopGracefully,
  takeFile,
  tmpfsOptions,
  writeProbe,
} from './container.js';
import { imageUnderTest, tierRunOf } from './image.js';
import { containerState, credentials } from './processes.js';

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

const image = await imageUnderTest('nginx-1.26', 'hardened');
const missing = skipUnless(image.ready ? undefined : image.reason);

describe.skipIf(missing !== false)(`hardened containers with state${skipNote(missing)}`, () => {
  afterAll(() => cleanup());
  // nginx's spec, but /var/cache/nginx is state: a volume of its own, given to the runtime user.
  const spec = tierRunOf('nginx-1.26', 'hardened');
  const run = hardenedRun({
    user: spec.user,
    group: spec.group,
    writablePaths: [
      { path: '/tmp', kind: 'scratch' },
      { path: '/var/cache/nginx', kind: 'state' },
      { path: '/var/log/nginx', kind: 'scratch' },
    ],
    ports: spec.ports,
  });

  it('mounts a new volume per state path, writable by the runtime user, kept across a restart', async () => {
    const container = await startHardened(image, run);
    const volume = container.volumes.get('/var/cache/nginx')!;
    expect(volume).toBe(`${container.name}-var-cache-nginx`);
    expect(await writeProbe(container.id, '/var/cache/nginx', '65534:65534')).toBe('written');
    expect(await writeProbe(container.id, '/var/cache/nginx', '1000:1000')).toBe('Permission denied');
    expect(await leaveFile(container.id, '/var/cache/nginx', 'kept', '65534:65534')).toBe('written');
    await restartContainer(container.id, 10);
    expect(await takeFile(container.id, '/var/cache/nginx')).toBe('kept');
    // takeFile removed it; a scratch path starts empty after a restart anyway.
    expect(await takeFile(container.id, '/var/cache/nginx')).toBeUndefined();
  });

  it('sets up a container without starting it (a tool): the process is the runtime user on a read-only root, state carries to the next one', async () => {
    const first = await initHardened(image, run);
    const state = await containerState(first.id);
    expect(state).toMatchObject({ status: 'initialized', running: false });
    expect(credentials(state.pid)).toEqual({ uids: [65534, 65534, 65534, 65534], gids: [65534, 65534, 65534, 65534] });
    expect(await writeProbe(first.id, '/etc')).toBe('Read-only file system');
    expect(await leaveFile(first.id, '/var/cache/nginx', 'next', '65534:65534')).toBe('written');
    await removeTestContainer(first);
    const second = await initHardened(image, run, { volumes: first.volumes });
    expect(second.volumes).toEqual(first.volumes);
    expect(await takeFile(second.id, '/var/cache/nginx')).toBe('next');
  });

  it('removes its containers and volumes on cleanup', async () => {
    const container = await startHardened(image, run);
    await cleanup();
    expect((await podman(['container', 'exists', container.id])).exitCode).toBe(1);
    expect((await podman(['volume', 'exists', container.volumes.get('/var/cache/nginx')!])).exitCode).toBe(1);
  });

  it('fails the stop check on a container that is not running', async () => {
    const container = await startHardened(image, run);
    await podman(['stop', '-t', '10', container.id]);
    await expect(stopGracefully(container.id, 10)).rejects.toThrow(/the container is not running \(exited, exit code 0\)/);
  });
});
