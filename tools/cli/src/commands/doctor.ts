import { EXIT } from '@armorred/errors';
import { defineCommand } from '../cli.js';
import { doctorReport } from '../doctor.js';
import { machineChecks, probeMachine, setupCommand } from '../doctor-probes.js';
import { JSON_OPTION } from '../options.js';

export const doctorCommand = defineCommand({
  name: 'doctor',
  summary: 'Check that this machine has what the catalog needs, and print the fix for each missing piece.',
  details: `Probes each piece for real, not just on PATH: Nix (its binaries, nix.conf with
sandbox = false, the build users, an evaluation, and a trivial local build with
substituters off), podman with runc and the repository's tools/podman/containers.conf
(podman info, and a container started from an empty root filesystem), skopeo,
docker-registry and htpasswd, cosign and oras, headless Chromium, and the host tools of
the offline package set. For every missing or broken piece it prints the command that
fixes it; tools/scripts/setup.sh installs and configures all of them (and ends by
running this command).

syft, grype and trivy are optional: armorred analyze uses them when installed (else it
counts Nix store paths and takes --scan reports). They are reported, never failed.`,
  options: { json: JSON_OPTION },
  exits: { [EXIT.OK]: 'every needed piece works', [EXIT.INVALID]: 'a needed piece is missing or broken', [EXIT.USAGE]: 'usage errors' },
  rootOptional: true,
  async run({ values, io }) {
    const results = await probeMachine(machineChecks(), { cwd: io.cwd, env: process.env, facts: new Map() });
    const report = doctorReport(results, setupCommand(io.cwd));
    if (values.json) io.out(JSON.stringify({ ok: report.ok, checks: report.checks }, null, 2));
    else io.out(report.lines.join('\n'));
    return report.exitCode;
  },
});
