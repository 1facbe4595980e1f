// The hardened run, rendered for podman: what the tests run and the pages print.
import { describe, expect, it } from 'vitest';
import { hardenedRun, podmanRunArgs, podmanRunCommand } from './index.js';
import { kubernetesPod } from './kubernetes.js';

const service = hardenedRun({
  user: 65534,
  group: 65534,
  writablePaths: [
    { path: '/tmp', kind: 'scratch' },
    { path: '/data', kind: 'state' },
  ],
  ports: [{ port: 6379, protocol: 'tcp' }],
});
const tool = hardenedRun({ user: 65534, group: 65534, writablePaths: [{ path: '/work', kind: 'scratch' }], ports: [], service: false });

describe('podmanRunArgs', () => {
  it('drops every privilege, mounts scratch as tmpfs and state as a volume for the runtime user, publishes on loopback', () => {
    expect(podmanRunArgs(service, { hostPorts: new Map([[6379, 40000]]), volumeNames: new Map([['/data', 'test-data']]) })).toEqual([
      '--read-only',
      '--read-only-tmpfs=false',
      '--cap-drop=ALL',
      '--security-opt',
      'no-new-privileges',
      '--tmpfs',
      '/tmp:rw,mode=1777,nosuid,nodev,noexec,size=64m',
      '--volume',
      'test-data:/data:rw,U',
      '--publish',
      '127.0.0.1:40000:6379',
    ]);
  });
});

describe('podmanRunCommand', () => {
  it('runs a service detached', () => {
    expect(podmanRunCommand(service, 'ghcr.io/armorred/redis:7.2-hardened')).toBe(
      'podman run -d --read-only --read-only-tmpfs=false --cap-drop=ALL --security-opt no-new-privileges --tmpfs /tmp:rw,mode=1777,nosuid,nodev,noexec,size=64m --volume data:/data:rw,U --publish 127.0.0.1:6379:6379 ghcr.io/armorred/redis:7.2-hardened',
    );
  });
  it('runs a tool once, with its input, and removes it', () => {
    expect(podmanRunCommand(tool, 'ghcr.io/armorred/jq:1.7-hardened')).toMatch(/^podman run --rm -i --read-only .* ghcr\.io\/armorred\/jq:1\.7-hardened$/);
  });
});

describe('kubernetesPod for a tool', () => {
  it('does not restart it when it exits', () => {
    expect(kubernetesPod(tool, 'ghcr.io/armorred/jq:1.7-hardened').spec?.restartPolicy).toBe('Never');
    expect(kubernetesPod(service, 'ghcr.io/armorred/redis:7.2-hardened').spec?.restartPolicy).toBeUndefined();
  });
});
