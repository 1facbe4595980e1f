// How a tier is run: its hardened run (tierRun of @armorred/spec, the run the generated
// suites prove), rendered as a podman command and as a Kubernetes pod.
import { kubernetesPod, podmanRunCommand } from '@armorred/image-facts';
import { tierRun, type ResolvedTier } from '@armorred/spec';
import { stringify } from 'yaml';

export interface RunCommands {
  podman: string;
  /** The pod as YAML. */
  kubernetes: string;
}

/** The tier's hardened run for `reference`, as a podman command line and as a pod spec. */
export function runCommands(resolved: ResolvedTier, reference: string): RunCommands {
  const run = tierRun(resolved);
  return {
    podman: podmanRunCommand(run, reference),
    kubernetes: stringify(kubernetesPod(run, reference), { lineWidth: 0 }),
  };
}
