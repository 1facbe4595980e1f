// armorred doctor's I/O edge: what the catalog needs on this machine, each piece probed
// for real (run, not just looked up on PATH) with the command that fixes it. The results
// are turned into the report by doctor.ts.
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, isAbsolute, join, relative } from 'node:path';
import { execa } from 'execa';
import { NIX_OPTIONS, nixUnavailable, summariseNixError } from '@armorred/nix';
import { podman } from '@armorred/podman';
import { CONTAINERS_CONF, SETUP_SCRIPT, readIfPresent } from '@armorred/repository';
import type { CheckResult, CheckStatus, Need } from './doctor.js';

/** The repository this CLI belongs to (it is always run from its own checkout). */
export const CLI_REPOSITORY = join(import.meta.dirname, '..', '..', '..');

interface Probe {
  status: Exclude<CheckStatus, 'unchecked'>;
  detail: string;
  fix?: string;
}

export interface ProbeContext {
  /** Where the user stands: fixes name the setup script relative to it. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Facts one probe finds and a later one uses (the Nix configuration). */
  facts: Map<string, unknown>;
}

export interface Check {
  id: string;
  label: string;
  need: Need;
  usedBy: string;
  /** Checks that must be ok before this one is worth probing. */
  after?: readonly string[];
  probe(context: ProbeContext): Promise<Probe>;
}

interface ToolRun {
  found: boolean;
  exitCode: number | undefined;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: readonly string[], context: ProbeContext, timeout = 60_000): Promise<ToolRun> {
  const result = await execa(command, args, { reject: false, env: context.env, timeout, stdin: 'ignore' });
  return {
    found: result.code !== 'ENOENT',
    exitCode: result.exitCode,
    stdout: String(result.stdout ?? '').trim(),
    stderr: String(result.stderr ?? '').trim(),
  };
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();
const lastLines = (text: string, count = 2) => text.split('\n').filter(Boolean).slice(-count).join(' | ');

/** The setup script with its steps, as the user types it where they stand (relative inside the repository). */
export function setupCommand(cwd: string, ...steps: string[]): string {
  const script = join(CLI_REPOSITORY, SETUP_SCRIPT);
  const fromRoot = relative(CLI_REPOSITORY, cwd);
  const inside = !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
  return ['bash', inside ? relative(cwd, script) : script, ...steps].join(' ');
}

const setup = (context: ProbeContext, ...steps: string[]) => setupCommand(context.cwd, ...steps);

/** Whether an executable named `command` is on PATH. */
function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  return (env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir || '.', command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const aptInstall = (...packages: string[]) => `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;

/** A tool that is there when `command args` exits 0; its version is the first line printed. */
function toolCheck(options: {
  id: string;
  label: string;
  need?: Need;
  usedBy: string;
  command: string;
  args: readonly string[];
  version?: (stdout: string) => string;
  fix: (context: ProbeContext) => string;
}): Check {
  return {
    id: options.id,
    label: options.label,
    need: options.need ?? 'needed',
    usedBy: options.usedBy,
    async probe(context) {
      const result = await run(options.command, options.args, context);
      if (!result.found) return { status: 'missing', detail: `${options.command} is not installed (not on PATH)`, fix: options.fix(context) };
      if (result.exitCode !== 0)
        return {
          status: 'broken',
          detail: `${options.command} ${options.args.join(' ')} failed (exit ${result.exitCode}): ${lastLines(result.stderr || result.stdout)}`,
          fix: options.fix(context),
        };
      return { status: 'ok', detail: (options.version ?? firstLine)(result.stdout || result.stderr) };
    },
  };
}

interface NixConfig {
  sandbox: unknown;
  buildUsersGroup: string;
}

/** The configuration Nix actually uses (nix.conf, NIX_CONF_DIR, defaults), as it reports it. */
async function nixConfig(context: ProbeContext): Promise<NixConfig | string> {
  const cached = context.facts.get('nix-config') as NixConfig | string | undefined;
  if (cached !== undefined) return cached;
  const result = await run('nix', ['--extra-experimental-features', 'nix-command', 'show-config', '--json'], context);
  let config: NixConfig | string;
  try {
    if (result.exitCode !== 0) throw new Error(lastLines(result.stderr));
    const settings = JSON.parse(result.stdout) as Record<string, { value: unknown }>;
    config = { sandbox: settings.sandbox?.value, buildUsersGroup: String(settings['build-users-group']?.value ?? '') };
  } catch (error) {
    config = `nix show-config failed: ${(error as Error).message}`;
  }
  context.facts.set('nix-config', config);
  return config;
}

const nixConfFile = (env: NodeJS.ProcessEnv) => join(env.NIX_CONF_DIR ?? '/etc/nix', 'nix.conf');

/** A derivation that builds in milliseconds with /bin/sh alone. */
const TRIVIAL_DERIVATION =
  'derivation { name = "armorred-doctor-probe"; system = builtins.currentSystem; builder = "/bin/sh"; args = [ "-c" "echo ok > $out" ]; }';

const PODMAN_PROBE_COMMAND = '/armorred-doctor-probe';

export function machineChecks(): Check[] {
  return [
    {
      id: 'nix',
      label: 'Nix',
      need: 'needed',
      usedBy: 'armorred build, test, analyze',
      async probe(context) {
        const missing: string[] = [];
        let version = '';
        for (const command of ['nix-build', 'nix-instantiate', 'nix-store']) {
          const result = await run(command, ['--version'], context);
          if (!result.found) missing.push(command);
          else version ||= firstLine(result.stdout);
        }
        if (missing.length > 0)
          return { status: 'missing', detail: `${missing.join(', ')} not installed (not on PATH)`, fix: setup(context, 'packages', 'nix') };
        return { status: 'ok', detail: version };
      },
    },
    {
      id: 'nix-config',
      label: 'Nix configuration',
      need: 'needed',
      usedBy: 'armorred build',
      after: ['nix'],
      async probe(context) {
        const config = await nixConfig(context);
        const file = nixConfFile(context.env);
        if (typeof config === 'string') return { status: 'broken', detail: config, fix: setup(context, 'nix') };
        if (config.sandbox !== false)
          return {
            status: existsSync(file) ? 'broken' : 'missing',
            detail: `sandbox = ${String(config.sandbox)} (${file}): the offline package set's builders use host tools (/bin/bash, dpkg-deb, patchelf) and need sandbox = false`,
            fix: setup(context, 'nix'),
          };
        return { status: 'ok', detail: `sandbox = false (${file})` };
      },
    },
    {
      id: 'nix-build-users',
      label: 'Nix build users',
      need: 'needed',
      usedBy: 'armorred build',
      after: ['nix-config'],
      async probe(context) {
        const config = (await nixConfig(context)) as NixConfig;
        if (config.buildUsersGroup === '') return { status: 'ok', detail: 'build-users-group is empty: builds run as this user' };
        const group = await run('getent', ['group', config.buildUsersGroup], context);
        if (group.exitCode !== 0)
          return {
            status: 'missing',
            detail: `the group '${config.buildUsersGroup}' that build-users-group names does not exist: every build fails`,
            fix: setup(context, 'nix'),
          };
        const members = (group.stdout.split(':')[3] ?? '').split(',').filter(Boolean);
        if (members.length === 0)
          return { status: 'missing', detail: `the group '${config.buildUsersGroup}' has no members: Nix has no user to build as`, fix: setup(context, 'nix') };
        return { status: 'ok', detail: `group ${config.buildUsersGroup}: ${members.length} users` };
      },
    },
    {
      id: 'nix-eval',
      label: 'Nix evaluates',
      need: 'needed',
      usedBy: 'armorred build',
      after: ['nix'],
      async probe(context) {
        const result = await run('nix-instantiate', [...NIX_OPTIONS, '--eval', '-E', '1 + 1'], context);
        if (result.exitCode === 0 && result.stdout === '2') return { status: 'ok', detail: "nix-instantiate --eval -E '1 + 1' = 2" };
        return {
          status: 'broken',
          detail: `nix-instantiate --eval -E '1 + 1' gave ${JSON.stringify(result.stdout)}: ${summariseNixError(result.stderr)}`,
          fix: setup(context, 'nix'),
        };
      },
    },
    {
      id: 'nix-build-local',
      label: 'Nix builds',
      need: 'needed',
      usedBy: 'armorred build',
      after: ['nix-config', 'nix-build-users', 'nix-eval'],
      async probe(context) {
        // Built once, then rebuilt with --check, so a real build runs every time (a store
        // path that is already valid would prove nothing about the build users).
        const args = [...NIX_OPTIONS, '--no-out-link', '-E', TRIVIAL_DERIVATION];
        for (const extra of [[], ['--check']]) {
          const result = await run('nix-build', [...args, ...extra], context, 120_000);
          if (result.exitCode !== 0) {
            const why = nixUnavailable('nix-build', { stderr: result.stderr })?.message.split('\n')[0] ?? summariseNixError(result.stderr).split('\n')[0];
            return { status: 'broken', detail: `a trivial local derivation (substituters off) does not build: ${why}`, fix: setup(context, 'nix') };
          }
        }
        return { status: 'ok', detail: 'a trivial local derivation builds with substituters off' };
      },
    },
    toolCheck({ id: 'podman', label: 'podman', usedBy: 'armorred test, analyze', command: 'podman', args: ['--version'], fix: () => aptInstall('podman') }),
    toolCheck({
      id: 'runc',
      label: 'runc',
      usedBy: 'podman (containers.conf: runtime = "runc")',
      command: 'runc',
      args: ['--version'],
      fix: () => aptInstall('runc'),
    }),
    {
      id: 'containers-conf',
      label: 'containers.conf',
      need: 'needed',
      usedBy: 'every podman call',
      async probe() {
        const bytes = readIfPresent(CLI_REPOSITORY, CONTAINERS_CONF, { maxBytes: 64 * 1024, what: 'containers.conf' });
        if (bytes === undefined) return { status: 'missing', detail: `${CONTAINERS_CONF} is missing`, fix: `git checkout -- ${CONTAINERS_CONF}` };
        const text = bytes.toString('utf8');
        if (!/^\s*runtime\s*=\s*"runc"/m.test(text) || !/default_ulimits/.test(text))
          return { status: 'broken', detail: `${CONTAINERS_CONF} lacks runtime = "runc" or default_ulimits`, fix: `git checkout -- ${CONTAINERS_CONF}` };
        return { status: 'ok', detail: `${CONTAINERS_CONF}: runtime runc, default ulimits` };
      },
    },
    {
      id: 'podman-info',
      label: 'podman info',
      need: 'needed',
      usedBy: 'armorred test, analyze',
      after: ['podman', 'runc', 'containers-conf'],
      async probe(context) {
        const result = await podman(['info', '--format', '{{.Host.OCIRuntime.Name}} {{.Store.GraphDriverName}} cgroups {{.Host.CgroupsVersion}}'], {
          env: context.env,
        });
        if (result.exitCode !== 0)
          return {
            status: 'broken',
            detail: `podman info failed: ${lastLines(result.stderr)}`,
            fix: `CONTAINERS_CONF=${join(CLI_REPOSITORY, CONTAINERS_CONF)} podman info   (shows the whole error)`,
          };
        return { status: 'ok', detail: `runtime ${result.stdout.trim()}` };
      },
    },
    {
      id: 'podman-run',
      label: 'podman runs a container',
      need: 'needed',
      usedBy: 'armorred test',
      after: ['podman-info'],
      async probe(context) {
        // An empty root filesystem, as FROM scratch as it gets: when runc gets as far as
        // looking for the command (not found), namespaces, cgroups and ulimits all worked.
        const rootfs = mkdtempSync(join(tmpdir(), 'armorred-doctor-'));
        chmodSync(rootfs, 0o755);
        try {
          const result = await podman(['run', '--rm', '--user', '65534:65534', '--read-only', '--rootfs', rootfs, PODMAN_PROBE_COMMAND], { env: context.env });
          if (result.exitCode === 127 && /no such file or directory|not found/i.test(result.stderr))
            return { status: 'ok', detail: 'runc starts a FROM-scratch container as 65534 with a read-only root' };
          return {
            status: 'broken',
            detail: `podman run of an empty root filesystem failed before reaching the command (exit ${result.exitCode}): ${lastLines(result.stderr)}`,
            fix: `CONTAINERS_CONF=${join(CLI_REPOSITORY, CONTAINERS_CONF)} podman run --rm --rootfs "$(mktemp -d)" /x   (shows the whole error)`,
          };
        } finally {
          rmSync(rootfs, { recursive: true, force: true });
        }
      },
    },
    toolCheck({ id: 'skopeo', label: 'skopeo', usedBy: 'publishing', command: 'skopeo', args: ['--version'], fix: () => aptInstall('skopeo') }),
    toolCheck({
      id: 'docker-registry',
      label: 'docker-registry',
      usedBy: 'publishing tests (a registry on loopback)',
      command: 'docker-registry',
      args: ['--version'],
      fix: () => aptInstall('docker-registry'),
    }),
    toolCheck({
      id: 'htpasswd',
      label: 'htpasswd',
      usedBy: 'publishing tests (registry auth)',
      command: 'htpasswd',
      args: ['-nbB', 'doctor', 'probe'],
      version: () => 'makes bcrypt htpasswd entries',
      fix: () => aptInstall('apache2-utils'),
    }),
    toolCheck({
      id: 'cosign',
      label: 'cosign',
      usedBy: 'signing and attesting published images',
      command: 'cosign',
      args: ['version'],
      version: (stdout) => `cosign ${/GitVersion:\s*(\S+)/.exec(stdout)?.[1] ?? firstLine(stdout)}`,
      fix: (context) => setup(context, 'signing-tools'),
    }),
    toolCheck({
      id: 'oras',
      label: 'oras',
      usedBy: 'attaching artifacts to published images',
      command: 'oras',
      args: ['version'],
      version: (stdout) => `oras ${/Version:\s*(\S+)/.exec(stdout)?.[1] ?? firstLine(stdout)}`,
      fix: (context) => setup(context, 'signing-tools'),
    }),
    {
      id: 'chromium',
      label: 'Chromium',
      need: 'needed',
      usedBy: 'the documentation site tests (playwright-core)',
      async probe(context) {
        const version = await run('chromium', ['--version'], context);
        if (!version.found) return { status: 'missing', detail: 'chromium is not installed (not on PATH)', fix: aptInstall('chromium') };
        // Headless, as the tests drive it: it must render a page.
        const profile = mkdtempSync(join(tmpdir(), 'armorred-doctor-chromium-'));
        try {
          const page = await run(
            'chromium',
            ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`, '--dump-dom', 'data:text/html,<p>armorred-doctor</p>'],
            context,
          );
          if (!page.stdout.includes('<p>armorred-doctor</p>'))
            return {
              status: 'broken',
              detail: `headless chromium rendered no page (exit ${page.exitCode}): ${lastLines(page.stderr)}`,
              fix: aptInstall('chromium'),
            };
        } finally {
          rmSync(profile, { recursive: true, force: true });
        }
        return { status: 'ok', detail: `${firstLine(version.stdout)}, renders headless` };
      },
    },
    {
      id: 'offline-host-tools',
      label: 'offline package set tools',
      need: 'needed',
      usedBy: 'armorred build --pkgs offline',
      async probe(context) {
        // The offline set fetches .debs with apt and its builders call these host tools.
        const tools: Record<string, string> = {
          'apt-get': 'apt',
          'dpkg-deb': 'dpkg',
          patchelf: 'patchelf',
          fakeroot: 'fakeroot',
          strip: 'binutils',
          jq: 'jq',
          sha256sum: 'coreutils',
        };
        const missing = Object.entries(tools)
          .filter(([command]) => !onPath(command, context.env))
          .map(([, debianPackage]) => debianPackage);
        if (missing.length > 0) return { status: 'missing', detail: `not installed: ${missing.join(', ')}`, fix: aptInstall(...new Set(missing)) };
        return { status: 'ok', detail: Object.keys(tools).join(', ') };
      },
    },
    ...(
      [
        ['syft', ['version'], 'to count components (without it: the Nix store paths, or --sbom reports)'],
        ['grype', ['version'], 'to scan for vulnerabilities (without it: trivy, or --scan reports)'],
        ['trivy', ['--version'], 'to scan for vulnerabilities (without it: grype, or --scan reports)'],
      ] as const
    ).map(([command, args, usedBy]) =>
      toolCheck({
        id: command,
        label: command,
        need: 'optional',
        usedBy: `armorred analyze ${usedBy}`,
        command,
        args,
        version: (stdout) => `${command} ${/Version:\s*(\S+)/i.exec(stdout)?.[1] ?? firstLine(stdout)}`,
        fix: () => `not packaged for Debian 12 or npm: install ${command}'s release binary onto PATH`,
      }),
    ),
  ];
}

/** Probes every check in order; a check whose prerequisites did not pass is left unchecked. */
export async function probeMachine(checks: readonly Check[], context: ProbeContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const status = new Map<string, CheckStatus>();
  for (const check of checks) {
    const blocked = (check.after ?? []).filter((id) => status.get(id) !== 'ok');
    const labels = blocked.map((id) => checks.find((other) => other.id === id)?.label ?? id);
    const probe: Probe | { status: 'unchecked'; detail: string } =
      blocked.length > 0 ? { status: 'unchecked', detail: `not checked: needs ${labels.join(', ')} first` } : await check.probe(context);
    status.set(check.id, probe.status);
    results.push({ id: check.id, label: check.label, need: check.need, usedBy: check.usedBy, ...probe });
  }
  return results;
}
