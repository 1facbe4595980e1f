// How a tier is run: the hardened run of @armorred/image-facts (the description the test kit
// runs), from the resolved tier, rendered as a podman command and as a Kubernetes pod.
import { hardenedRun, kubernetesPod, podmanRunCommand, type HardenedRunInput, type WritablePath } from '@armorred/image-facts';
import type { ResolvedTier } from '@armorred/spec';
import { stringify } from 'yaml';

/** The writable paths of a tier: today plain paths, all scratch (tmpfs); the spec will say which are state. */
export function writablePathsOf(resolved: ResolvedTier): WritablePath[] {
  return resolved.runtime.writablePaths.map((path) => ({ path, kind: 'scratch' }));
}

/** The hardened run's input for a resolved tier. */
export function tierRunInput(resolved: ResolvedTier): HardenedRunInput {
  return {
    user: resolved.runtime.user,
    group: resolved.runtime.group,
    writablePaths: writablePathsOf(resolved),
    ports: resolved.runtime.ports.map(({ port, protocol }) => ({ port, protocol: protocol ?? 'tcp' })),
  };
}

export interface TierRun {
  podman: string;
  /** The pod as YAML. */
  kubernetes: string;
}

/** The tier's hardened run for `reference`, as a podman command line and as a pod spec. */
export function tierRun(resolved: ResolvedTier, reference: string): TierRun {
  const run = hardenedRun(tierRunInput(resolved));
  return {
    podman: podmanRunCommand(run, reference),
    kubernetes: stringify(kubernetesPod(run, reference), { lineWidth: 0 }),
  };
}
