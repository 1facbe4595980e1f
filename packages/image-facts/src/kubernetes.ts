// The hardened run as a Kubernetes pod: the same description podmanRunArgs renders, so the
// pod a page shows asks for exactly what the tests prove. What podman expresses per mount
// and Kubernetes cannot (noexec, nosuid, nodev, mode 1777 on a scratch folder) is left to
// the runtime's defaults; everything the tests check (user, group, read-only root, no
// capabilities, no privilege escalation, the default seccomp profile, only the declared
// paths writable) is set.
import type { Container, Pod, Volume, VolumeMount as PodVolumeMount } from 'kubernetes-types/core/v1.js';
import type { HardenedRun, TmpfsMount } from './index.js';

export interface KubernetesPodOptions {
  /** The pod's name (default: derived from the reference, e.g. nginx-1-26-hardened). */
  name?: string;
  /** The container's name (default: the image's name from the reference, e.g. nginx). */
  container?: string;
  /** Claim names for state volumes, by path (default: the volume's own name). */
  claimNames?: ReadonlyMap<string, string>;
}

/** A DNS-1123 label (what Kubernetes names must be): lowercase letters, digits and -, at most 63. */
export function kubernetesName(value: string): string {
  const name = value
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
  return name || 'x';
}

/** podman's tmpfs size (k, m, g: binary units) as a Kubernetes quantity (Ki, Mi, Gi). */
export function kubernetesQuantity(size: string): string {
  const match = /^(\d+)([kmg]?)$/i.exec(size);
  if (!match) throw new Error(`not a tmpfs size: ${size}`);
  const unit = match[2]!.toLowerCase();
  return unit === '' ? match[1]! : `${match[1]}${unit.toUpperCase()}i`;
}

/** The size limit of a scratch mount, from the very tmpfs options podman is given. */
function scratchSizeLimit(mount: TmpfsMount): { sizeLimit?: string } {
  const size = /(?:^|,)size=([^,]+)/.exec(mount.options)?.[1];
  return size === undefined ? {} : { sizeLimit: kubernetesQuantity(size) };
}

/** The repository's last part and the tag or digest of an image reference. */
function referenceParts(reference: string): { name: string; version: string } {
  const [withoutDigest, digest] = reference.split('@');
  const slash = withoutDigest!.lastIndexOf('/');
  const last = withoutDigest!.slice(slash + 1);
  const colon = last.indexOf(':');
  const name = colon < 0 ? last : last.slice(0, colon);
  const tag = colon < 0 ? '' : last.slice(colon + 1);
  return { name, version: tag || (digest ? digest.replace(/^sha256:/, '').slice(0, 12) : '') };
}

/** Names unique among `taken` (a second "var-log" becomes "var-log-2"). */
function unique(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let index = 2; taken.has(candidate); index++) {
    const suffix = `-${index}`;
    candidate = `${name.slice(0, 63 - suffix.length).replace(/-+$/, '')}${suffix}`;
  }
  taken.add(candidate);
  return candidate;
}

/**
 * The hardened run as a Pod: pod and container security contexts with the image's own
 * UID and GID, a read-only root, every capability dropped, no privilege escalation and
 * the RuntimeDefault seccomp profile; scratch paths as memory-backed emptyDir volumes of
 * the same size as podman's tmpfs, state paths as persistent volume claims; fsGroup set
 * so the volumes belong to the image's group (what podman's U option does).
 */
export function kubernetesPod(run: HardenedRun, reference: string, options: KubernetesPodOptions = {}): Pod {
  const parts = referenceParts(reference);
  const taken = new Set<string>();
  const volumes: Volume[] = [];
  const mounts: PodVolumeMount[] = [];
  for (const mount of run.tmpfs) {
    const name = unique(kubernetesName(mount.path.replace(/^\/+/, '') || 'root'), taken);
    volumes.push({ name, emptyDir: { medium: 'Memory', ...scratchSizeLimit(mount) } });
    mounts.push({ name, mountPath: mount.path });
  }
  for (const volume of run.volumes) {
    const name = unique(kubernetesName(volume.name), taken);
    volumes.push({ name, persistentVolumeClaim: { claimName: options.claimNames?.get(volume.path) ?? kubernetesName(volume.name) } });
    mounts.push({ name, mountPath: volume.path });
  }
  const container: Container = {
    name: options.container ?? kubernetesName(parts.name),
    image: reference,
    ...(run.ports.length > 0 ? { ports: run.ports.map(({ port, protocol }) => ({ containerPort: port, protocol: protocol === 'udp' ? 'UDP' : 'TCP' })) } : {}),
    securityContext: {
      runAsNonRoot: true,
      runAsUser: run.user,
      runAsGroup: run.group,
      readOnlyRootFilesystem: run.readOnlyRoot,
      allowPrivilegeEscalation: !run.noNewPrivileges,
      capabilities: { drop: [run.capDrop] },
      seccompProfile: { type: run.seccomp },
    },
    ...(mounts.length > 0 ? { volumeMounts: mounts } : {}),
  };
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: options.name ?? kubernetesName([parts.name, parts.version].filter(Boolean).join('-')) },
    spec: {
      // A hardened service has no business with the Kubernetes API.
      automountServiceAccountToken: false,
      // A tool runs to completion: its pod is not restarted when it exits.
      ...(run.service ? {} : { restartPolicy: 'Never' }),
      securityContext: {
        runAsNonRoot: true,
        runAsUser: run.user,
        runAsGroup: run.group,
        ...(volumes.length > 0 ? { fsGroup: run.group } : {}),
        seccompProfile: { type: run.seccomp },
      },
      containers: [container],
      ...(volumes.length > 0 ? { volumes } : {}),
    },
  };
}
