// Facts about container images that several parts of the catalog must agree on: which
// executables make a shell, a general-purpose interpreter, coreutils or a package manager, which folders are shared
// scratch space, and how a hardened container is run. The spec checks (early warnings
// by attribute name), the build (from what the image really holds), the test kit, the
// inventory, the analysis page and the site all read them from here.

/** Executable names that make a shell: an image that declares no shell must hold none of them. */
export const SHELL_EXECUTABLES = [
  'sh',
  'bash',
  'rbash',
  'dash',
  'ash',
  'hush',
  'zsh',
  'ksh',
  'ksh93',
  'mksh',
  'lksh',
  'oksh',
  'loksh',
  'pdksh',
  'yash',
  'posh',
  'fish',
  'csh',
  'tcsh',
  'rc',
  'es',
  'elvish',
  'nu',
  'xonsh',
  'busybox',
  'toybox',
] as const;

/**
 * General-purpose interpreters (base names; `interpreterName` also takes their versioned
 * names: python3, python3.12, perl5.38.2, lua5.4, luajit-2.1.0-beta3, tclsh8.6, guile-3.0).
 * The shell policy counts them: an interpreter runs any command, as a shell does
 * (os.execv, exec, child_process, proc_open), so an image that declares `shell: false`
 * must hold none of them either.
 *
 * Not counted: awk and sed run commands only through /bin/sh (system(), pipes, sed's `e`),
 * which `shell: false` already forbids; jq has no way to run a command (the catalog has a
 * jq tool image).
 */
export const INTERPRETER_EXECUTABLES = [
  'python',
  'pypy',
  'perl',
  'ruby',
  'lua',
  'luajit',
  'node',
  'nodejs',
  'deno',
  'bun',
  'php',
  'tclsh',
  'wish',
  'expect',
  'guile',
] as const;

const VERSIONED_INTERPRETER = new RegExp(`^(?:${INTERPRETER_EXECUTABLES.join('|')})(?:-?\\d+(?:\\.\\d+)*(?:-beta\\d+)?)?$`);

/** Whether an executable's name is a general-purpose interpreter's, versioned or not (python3.12, not python3-config). */
export function interpreterName(name: string): boolean {
  return VERSIONED_INTERPRETER.test(name);
}

/**
 * Executable names of coreutils (GNU, uutils, busybox applets share them). Any one of
 * them in an image that declares `coreutils: false` breaks the declaration.
 */
export const COREUTILS_EXECUTABLES = [
  'ls',
  'cat',
  'cp',
  'mv',
  'rm',
  'ln',
  'chmod',
  'chown',
  'mkdir',
  'rmdir',
  'touch',
  'env',
  'id',
  'echo',
  'head',
  'tail',
  'dd',
  'df',
  'du',
  'stat',
  'uname',
  'whoami',
  'printf',
  'sort',
  'uniq',
  'wc',
  'tr',
  'cut',
  'tee',
  'sleep',
  'date',
  'mktemp',
  'readlink',
  'realpath',
  'basename',
  'dirname',
  'coreutils',
] as const;

/** The executable whose presence at /bin means "coreutils are present" in a positive check. */
export const COREUTILS_PROBE = '/bin/ls';

/** Executable names of package managers: a tier policy may forbid them in an image. */
export const PACKAGE_MANAGER_EXECUTABLES = [
  'apt',
  'apt-get',
  'aptitude',
  'dpkg',
  'apk',
  'rpm',
  'yum',
  'dnf',
  'microdnf',
  'zypper',
  'pacman',
  'opkg',
  'emerge',
  'xbps-install',
  'snap',
  'flatpak',
  'guix',
  'nix',
  'nix-env',
  'nix-store',
  'nix-build',
  'nix-shell',
  'nix-channel',
  'pip',
  'pip3',
  'pipx',
  'easy_install',
  'conda',
  'mamba',
  'npm',
  'npx',
  'yarn',
  'pnpm',
  'gem',
] as const;

/**
 * Package attribute names (the last part of an attribute path) known to bring a shell,
 * coreutils or a package manager. Checked at validation only as early warnings: the build
 * decides from what the image really holds.
 */
export const SHELL_PACKAGE_NAMES = [
  'bash',
  'bashInteractive',
  'binSh',
  'busybox',
  'busybox-sandbox-shell',
  'dash',
  'zsh',
  'mksh',
  'ksh',
  'oksh',
  'fish',
  'tcsh',
  'yash',
  'nushell',
  'elvish',
  'xonsh',
  'toybox',
];
/**
 * Package attribute names known to bring a general-purpose interpreter: these bases, alone
 * or versioned the way nixpkgs names them (python3, python312, python3Minimal, perl538,
 * ruby_3_3, lua5_4, luajit_2_1, nodejs_20, nodejs-slim_22, php83, tcl-8_6, guile_3_0).
 */
export const INTERPRETER_PACKAGE_NAMES = [
  'python',
  'pypy',
  'perl',
  'ruby',
  'lua',
  'luajit',
  'nodejs',
  'nodejs-slim',
  'deno',
  'bun',
  'php',
  'tcl',
  'tk',
  'expect',
  'guile',
];
const VERSIONED_INTERPRETER_PACKAGE = new RegExp(`^(?:${INTERPRETER_PACKAGE_NAMES.join('|')})(?:[-_]?\\d+(?:[._]\\d+)*)?(?:Minimal|Full)?$`);
export const COREUTILS_PACKAGE_NAMES = [
  'coreutils',
  'coreutils-full',
  'coreutils-prefixed',
  'uutils-coreutils',
  'uutils-coreutils-noprefix',
  'busybox',
  'toybox',
  'usrBinEnv',
];
export const PACKAGE_MANAGER_PACKAGE_NAMES = [
  'apk-tools',
  'apt',
  'dnf',
  'dnf5',
  'dpkg',
  'microdnf',
  'nix',
  'lix',
  'opkg',
  'pacman',
  'pip',
  'rpm',
  'yum',
  'zypper',
  'npm',
  'yarn',
  'pnpm',
  'pipx',
  'conda',
  'guix',
];
/** Attribute sets whose every member is a package manager (e.g. nixVersions.latest). */
export const PACKAGE_MANAGER_PACKAGE_SETS = ['nixVersions', 'lixVersions', 'nixPackages'];

export type PackageConcern = 'shell' | 'interpreter' | 'coreutils' | 'package manager';

/** What a package attribute path is known to bring, by name (an early warning, not a proof). */
export function packageConcerns(attributePath: string): PackageConcern[] {
  const parts = attributePath.split('.');
  const name = parts[parts.length - 1]!;
  const concerns: PackageConcern[] = [];
  if (SHELL_PACKAGE_NAMES.includes(name)) concerns.push('shell');
  if (VERSIONED_INTERPRETER_PACKAGE.test(name)) concerns.push('interpreter');
  if (COREUTILS_PACKAGE_NAMES.includes(name)) concerns.push('coreutils');
  if (PACKAGE_MANAGER_PACKAGE_NAMES.includes(name) || parts.some((part) => PACKAGE_MANAGER_PACKAGE_SETS.includes(part))) concerns.push('package manager');
  return concerns;
}

/** Shared scratch folders: mode 1777 and owned by root, as on any Unix. */
export const STICKY_DIRECTORIES = ['/tmp', '/var/tmp'] as const;

export function isSticky(path: string): boolean {
  return (STICKY_DIRECTORIES as readonly string[]).includes(path);
}

/** A file of an image, as far as these facts need to know it. */
export interface ImageFile {
  /** Path inside the image without a leading "/", e.g. "nix/store/...-bash-5.2/bin/bash". */
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
}

/**
 * Executables anywhere in the image (bin/, sbin/, usr/bin/, a store path's bin/) whose name
 * passes `wanted`. A Nix wrapper's real program (.python3.12-wrapped) goes by its own name:
 * dropping the wrapper must not hide it.
 */
export function executablesWhere(files: Iterable<ImageFile>, wanted: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const file of files) {
    const match = /(?:^|\/)s?bin\/([^/]+)$/.exec(file.path);
    if (!match || !(file.type === 'file' || file.type === 'symlink' || file.type === 'hardlink')) continue;
    if (wanted(match[1]!.replace(/^\.(.+)-wrapped$/, '$1'))) found.push(file.path);
  }
  return found.sort();
}

/** Executables anywhere in the image (bin/, sbin/, usr/bin/, a store path's bin/) named like `names`. */
export function executablesNamed(files: Iterable<ImageFile>, names: readonly string[]): string[] {
  const wanted = new Set(names);
  return executablesWhere(files, (name) => wanted.has(name));
}

/** General-purpose interpreters anywhere in the image, under any of their versioned names. */
export function interpretersIn(files: Iterable<ImageFile>): string[] {
  return executablesWhere(files, interpreterName);
}

/** What an image holds of the things a tier declares or a policy forbids. */
export interface Holdings {
  shells: string[];
  /** General-purpose interpreters: `shell: false` forbids them as it forbids shells. */
  interpreters: string[];
  coreutils: string[];
  packageManagers: string[];
}

export function holdingsOf(files: Iterable<ImageFile>): Holdings {
  const list = [...files];
  return {
    shells: executablesNamed(list, SHELL_EXECUTABLES),
    interpreters: interpretersIn(list),
    coreutils: executablesNamed(list, COREUTILS_EXECUTABLES),
    packageManagers: executablesNamed(list, PACKAGE_MANAGER_EXECUTABLES),
  };
}

// ---------------------------------------------------------------------------------
// The hardened run: how every image is run by the tests, and shown on the page and the
// site. One description, rendered as podman arguments, a shell command or a pod spec.

/** A writable path: scratch (a tmpfs, emptied on restart) or state (a volume that persists). */
export interface WritablePath {
  path: string;
  kind: 'scratch' | 'state';
}

export interface HardenedRunInput {
  user: number;
  group: number;
  writablePaths: readonly WritablePath[];
  /** Container ports to publish (TCP/UDP). */
  ports: readonly { port: number; protocol: 'tcp' | 'udp' }[];
  /**
   * A service runs until stopped (a daemon with ports or a health check); a tool runs to
   * completion with its arguments and input (jq, curl). Default: a service.
   */
  service?: boolean;
}

export interface TmpfsMount {
  path: string;
  /** podman's --tmpfs options. */
  options: string;
}

export interface VolumeMount {
  path: string;
  /** A name for the volume, derived from the path (e.g. /var/lib/postgresql/data -> var-lib-postgresql-data). */
  name: string;
}

export interface HardenedRun {
  /** The image's own user: the run does not override it, so a wrong User in the image shows. */
  user: number;
  group: number;
  readOnlyRoot: true;
  capDrop: 'ALL';
  noNewPrivileges: true;
  seccomp: 'RuntimeDefault';
  tmpfs: TmpfsMount[];
  volumes: VolumeMount[];
  ports: { port: number; protocol: 'tcp' | 'udp' }[];
  /** A service runs detached until stopped; a tool runs once, with its arguments and stdin, and is removed. */
  service: boolean;
}

/** tmpfs size for scratch paths: enough for caches and logs, bounded so a runaway write fails. */
export const SCRATCH_TMPFS_SIZE = '64m';

/** podman --tmpfs options of a scratch path: sticky folders stay 1777, others belong to the runtime user (U). */
export function tmpfsOptions(path: string): string {
  return isSticky(path) ? `rw,mode=1777,nosuid,nodev,noexec,size=${SCRATCH_TMPFS_SIZE}` : `rw,nosuid,nodev,noexec,size=${SCRATCH_TMPFS_SIZE},U`;
}

export function volumeName(path: string): string {
  return path.replace(/^\/+/, '').replace(/[^A-Za-z0-9_.-]+/g, '-') || 'root';
}

export function hardenedRun(input: HardenedRunInput): HardenedRun {
  return {
    user: input.user,
    group: input.group,
    readOnlyRoot: true,
    capDrop: 'ALL',
    noNewPrivileges: true,
    seccomp: 'RuntimeDefault',
    tmpfs: input.writablePaths.filter((entry) => entry.kind === 'scratch').map(({ path }) => ({ path, options: tmpfsOptions(path) })),
    volumes: input.writablePaths.filter((entry) => entry.kind === 'state').map(({ path }) => ({ path, name: volumeName(path) })),
    ports: [...input.ports],
    service: input.service ?? true,
  };
}

export interface PodmanRunOptions {
  /** Host ports for container ports (default: the same number); published on 127.0.0.1 only. */
  hostPorts?: ReadonlyMap<number, number>;
  /** Volume names (default: the mount's own name). */
  volumeNames?: ReadonlyMap<string, string>;
}

/** The hardened run as `podman run` arguments (before the image reference). */
export function podmanRunArgs(run: HardenedRun, options: PodmanRunOptions = {}): string[] {
  const args = ['--read-only', '--read-only-tmpfs=false', '--cap-drop=ALL', '--security-opt', 'no-new-privileges'];
  for (const mount of run.tmpfs) args.push('--tmpfs', `${mount.path}:${mount.options}`);
  // U: podman gives the volume to the container's user, so a non-root service can write it.
  for (const volume of run.volumes) args.push('--volume', `${options.volumeNames?.get(volume.path) ?? volume.name}:${volume.path}:rw,U`);
  for (const { port, protocol } of run.ports)
    args.push('--publish', `127.0.0.1:${options.hostPorts?.get(port) ?? port}:${port}${protocol === 'udp' ? '/udp' : ''}`);
  return args;
}

/** A POSIX shell word whose value is exactly `value` (bare when it needs no quoting). */
export function shellWord(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * The hardened run as one `podman run` command line, for pages and docs: a service
 * detached (-d), a tool run once with its input and removed (--rm -i; its arguments follow).
 */
export function podmanRunCommand(run: HardenedRun, reference: string, options: PodmanRunOptions = {}): string {
  const mode = run.service ? ['-d'] : ['--rm', '-i'];
  return ['podman', 'run', ...mode, ...podmanRunArgs(run, options), reference].map(shellWord).join(' ');
}

/**
 * Paths the standard layout of every image fills from the Nix store, decided without
 * building: buildLayeredImage links the packages' executables and libraries into /bin,
 * /sbin, /lib, ... (each entry a symlink into /nix/store), and fakeNss provides the user
 * database in /etc. A writable path (a tmpfs or volume) on one of them, above one or inside
 * one would hide what the image needs to run, or fail the build. Conservative: what else
 * a package puts in the image is only known after the build, which the tests check.
 */
export const STORE_LAYOUT_PATHS = [
  '/bin',
  '/sbin',
  '/lib',
  '/lib64',
  '/libexec',
  '/usr/bin',
  '/usr/sbin',
  '/usr/lib',
  '/etc/passwd',
  '/etc/group',
  '/etc/nsswitch.conf',
] as const;

/** Package attribute names of the CA certificate bundle (dockerTools.caCertificates, cacert). */
export const CA_CERTIFICATE_PACKAGE_NAMES = ['caCertificates', 'cacert'] as const;

/** Where the CA certificate bundle lives when a tier's contents include it. */
export const CA_CERTIFICATE_PATHS = ['/etc/ssl', '/etc/pki'] as const;

/** The store layout paths of an image whose contents are `contents` (package attribute paths). */
export function storeLayoutPaths(contents: readonly string[]): string[] {
  const certificates = contents.some((attr) => (CA_CERTIFICATE_PACKAGE_NAMES as readonly string[]).includes(attr.split('.').pop()!));
  return [...STORE_LAYOUT_PATHS, ...(certificates ? CA_CERTIFICATE_PATHS : [])];
}
export * from './kubernetes.js';
