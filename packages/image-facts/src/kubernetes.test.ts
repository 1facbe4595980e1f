import { describe, expect, it } from 'vitest';
import { hardenedRun, kubernetesName, kubernetesPod, kubernetesQuantity, podmanRunArgs, SCRATCH_TMPFS_SIZE } from './index.js';

// nginx's run: three scratch paths and one port; plus a state path, as a database has.
const run = hardenedRun({
  user: 65534,
  group: 65534,
  writablePaths: [
    { path: '/tmp', kind: 'scratch' },
    { path: '/var/cache/nginx', kind: 'scratch' },
    { path: '/var/log/nginx', kind: 'scratch' },
    { path: '/var/lib/data', kind: 'state' },
  ],
  ports: [
    { port: 8080, protocol: 'tcp' },
    { port: 5353, protocol: 'udp' },
  ],
});

describe('kubernetesPod', () => {
  const pod = kubernetesPod(run, 'ghcr.io/armorred/nginx:1.26-hardened');
  const spec = pod.spec!;
  const container = spec.containers[0]!;

  it('is a v1 Pod named after the image and tag, running the reference', () => {
    expect(pod.apiVersion).toBe('v1');
    expect(pod.kind).toBe('Pod');
    expect(pod.metadata?.name).toBe('nginx-1-26-hardened');
    expect(container.name).toBe('nginx');
    expect(container.image).toBe('ghcr.io/armorred/nginx:1.26-hardened');
  });

  it("runs as the image's own non-root user with a read-only root, no capabilities, no escalation, RuntimeDefault seccomp", () => {
    expect(container.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 65534,
      runAsGroup: 65534,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(spec.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 65534,
      runAsGroup: 65534,
      fsGroup: 65534,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(spec.automountServiceAccountToken).toBe(false);
  });

  it('mounts exactly the paths podman makes writable: scratch as memory emptyDir of the tmpfs size, state as a claim', () => {
    const podman = podmanRunArgs(run);
    const tmpfsPaths = podman.flatMap((arg, index) => (podman[index - 1] === '--tmpfs' ? [arg.split(':')[0]] : []));
    const volumePaths = podman.flatMap((arg, index) => (podman[index - 1] === '--volume' ? [arg.split(':')[1]] : []));
    const volumes = new Map(spec.volumes!.map((volume) => [volume.name, volume]));
    const mountedAs = (kind: 'emptyDir' | 'persistentVolumeClaim') =>
      container.volumeMounts!.filter((mount) => volumes.get(mount.name)?.[kind] !== undefined).map((mount) => mount.mountPath);
    expect(mountedAs('emptyDir')).toEqual(tmpfsPaths);
    expect(mountedAs('persistentVolumeClaim')).toEqual(volumePaths);
    expect(volumes.get('tmp')).toEqual({ name: 'tmp', emptyDir: { medium: 'Memory', sizeLimit: kubernetesQuantity(SCRATCH_TMPFS_SIZE) } });
    expect(volumes.get('var-lib-data')).toEqual({ name: 'var-lib-data', persistentVolumeClaim: { claimName: 'var-lib-data' } });
  });

  it('declares the ports podman publishes, with their protocol', () => {
    expect(container.ports).toEqual([
      { containerPort: 8080, protocol: 'TCP' },
      { containerPort: 5353, protocol: 'UDP' },
    ]);
  });

  it('gives every volume a distinct DNS-1123 name, even for paths that map to the same one', () => {
    const clash = kubernetesPod(
      hardenedRun({
        user: 1000,
        group: 1000,
        writablePaths: [
          { path: '/var/Log', kind: 'scratch' },
          { path: '/var/log', kind: 'scratch' },
          { path: `/${'a'.repeat(80)}`, kind: 'scratch' },
        ],
        ports: [],
      }),
      'registry.example/ns/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    );
    const names = clash.spec!.volumes!.map((volume) => volume.name);
    expect(names).toEqual(['var-log', 'var-log-2', 'a'.repeat(63)]);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/);
    expect(clash.metadata?.name).toBe('app-0123456789ab');
    expect(clash.spec!.containers[0]!.ports).toBeUndefined();
  });

  it('takes pod, container and claim names when given', () => {
    const named = kubernetesPod(run, 'ghcr.io/armorred/nginx:1.26-hardened', {
      name: 'web',
      container: 'server',
      claimNames: new Map([['/var/lib/data', 'web-data']]),
    });
    expect(named.metadata?.name).toBe('web');
    expect(named.spec!.containers[0]!.name).toBe('server');
    expect(named.spec!.volumes!.find((volume) => volume.persistentVolumeClaim)?.persistentVolumeClaim?.claimName).toBe('web-data');
  });
});

describe('kubernetesName and kubernetesQuantity', () => {
  it('makes DNS-1123 labels', () => {
    expect(kubernetesName('var/cache_nginx.d')).toBe('var-cache-nginx-d');
    expect(kubernetesName('--')).toBe('x');
  });
  it("turns podman's binary tmpfs sizes into Kubernetes quantities", () => {
    expect(kubernetesQuantity('64m')).toBe('64Mi');
    expect(kubernetesQuantity('2G')).toBe('2Gi');
    expect(kubernetesQuantity('4096')).toBe('4096');
    expect(() => kubernetesQuantity('64MB')).toThrow('not a tmpfs size');
  });
});
