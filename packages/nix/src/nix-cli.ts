// The I/O edge to the Nix command-line tools (execa). NIX_OPTIONS switches substituters
// off: evaluation and offline-set builds need no binary cache, and where none is reachable
// asking one only waits. (Builds against nixpkgs keep the cache; see the builder.)
import { ArmorredError, EXIT, UnavailableError } from '@armorred/errors';
import { SETUP_SCRIPT } from '@armorred/repository';
// execa is imported inside the functions that run a tool: loading it takes about 0.1 s,
// which a command that runs none (an unchanged re-publish) should not pay.

export const NIX_OPTIONS = ['--option', 'substituters', ''];

let available: boolean | undefined;

/** Whether nix-instantiate and nix-build are on PATH. */
export async function nixAvailable(): Promise<boolean> {
  const { execa } = await import('execa');
  if (available === undefined) {
    const result = await execa('nix-instantiate', ['--version'], { reject: false });
    available = result.exitCode === 0;
  }
  return available;
}

export class NixError extends ArmorredError {
  readonly stderr: string;
  constructor(command: string, stderr: string) {
    super(`${command} failed:\n${summariseNixError(stderr)}`, EXIT.FAILED);
    this.stderr = stderr;
  }
}

/** What a finished Nix command left: enough to tell "Nix is not usable here" from a failure. */
export interface NixOutcome {
  /** The spawn error code, e.g. ENOENT when the command is not on PATH. */
  code?: string;
  exitCode?: number;
  stderr?: string;
}

/** The command that installs and configures Nix (and everything else) on this machine. */
export const NIX_SETUP_FIX = `bash ${SETUP_SCRIPT}   (installs and configures Nix; then armorred doctor checks this machine)`;

const MISSING_BUILD_GROUP = /the group '([^']*)' specified in 'build-users-group' does not exist/;

/**
 * Why Nix cannot run on this machine at all (as opposed to a build or expression that
 * failed), as an UnavailableError that names what is missing and the fix; undefined when
 * the outcome is not that.
 */
export function nixUnavailable(command: string, outcome: NixOutcome): UnavailableError | undefined {
  const because = (what: string) => new UnavailableError(`Nix is not usable on this machine: ${what}\nfix: ${NIX_SETUP_FIX}`);
  if (outcome.code === 'ENOENT') return because(`${command} is not installed (not on PATH)`);
  const group = MISSING_BUILD_GROUP.exec(outcome.stderr ?? '');
  if (group)
    return because(
      `its build users are missing: the group '${group[1]}' that nix.conf's build-users-group names does not exist (${command} said: ${group[0]})`,
    );
  return undefined;
}

/** Throws the UnavailableError of `command` (e.g. nix-build) when it cannot be run here. */
export async function requireNixCommand(command: string): Promise<void> {
  const { execa } = await import('execa');
  const result = await execa(command, ['--version'], { reject: false });
  if (result.exitCode !== 0) throw nixUnavailable(command, { ...result, code: result.code ?? 'ENOENT' })!;
}

/** The lines of a Nix error worth showing: the `error:` line and what follows it, without the trace. */
export function summariseNixError(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  const start = lines.findIndex((line) => /^error:/.test(line.trim()));
  const relevant = start === -1 ? lines.slice(-10) : lines.slice(start, start + 12);
  return relevant.filter((line) => !/^\s*… /.test(line) && !/^\s*at .*:\d+:\d+:$/.test(line)).join('\n');
}

/** Derivations whose builder failed, in the order Nix reports them ("builder for '/nix/store/...drv' failed"). */
export function failedDerivations(stderr: string): string[] {
  const found = [...stderr.matchAll(/builder for '(\/nix\/store\/[a-z0-9]{32}-[^'/]+\.drv)' failed/g)].map((match) => match[1]!);
  return [...new Set(found)];
}

/** How much of a failed builder's log a summary shows: its last lines, each cut short. */
export const LOG_TAIL_LINES = 25;
const LOG_LINE_CHARACTERS = 400;

function lastLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .slice(-LOG_TAIL_LINES)
    .map((line) => (line.length > LOG_LINE_CHARACTERS ? `${line.slice(0, LOG_LINE_CHARACTERS)} …` : line));
}

/**
 * The end of a failed derivation's build log: what the builder itself said (e.g.
 * "mkdir: unrecognized option"), which Nix's own error line leaves out. From the Nix
 * store's log (`nix-store -l`), else from the lines nix-build printed after "building
 * '<drv>'". Bounded: LOG_TAIL_LINES lines of at most 400 characters.
 */
export async function derivationLogTail(drv: string, stderr = ''): Promise<string[]> {
  const { execa } = await import('execa');
  const result = await execa('nix-store', ['-l', drv], { reject: false, maxBuffer: 64 * 1024 * 1024 });
  if (result.exitCode === 0 && String(result.stdout).trim() !== '') return lastLines(String(result.stdout));
  const lines = stderr.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`building '${drv}'`));
  if (start === -1) return [];
  const end = lines.findIndex((line, index) => index > start && /^(error:|building ')/.test(line));
  return lastLines(lines.slice(start + 1, end === -1 ? undefined : end).join('\n'));
}

/** The summary of a failed nix-build: Nix's error, then the end of each failed builder's log. */
export async function summariseBuildFailure(stderr: string): Promise<string> {
  const parts = [summariseNixError(stderr)];
  for (const drv of failedDerivations(stderr).slice(0, 3)) {
    const tail = await derivationLogTail(drv, stderr);
    if (tail.length > 0) parts.push(`last lines of the log of ${drv}:\n${tail.map((line) => `  > ${line}`).join('\n')}`);
  }
  return parts.join('\n');
}

/** `nix-instantiate --parse FILE`: throws NixError on a syntax error. */
export async function nixParse(file: string): Promise<void> {
  const { execa } = await import('execa');
  const result = await execa('nix-instantiate', ['--parse', file], { reject: false });
  if (result.exitCode !== 0) throw nixUnavailable('nix-instantiate', result) ?? new NixError(`nix-instantiate --parse ${file}`, result.stderr);
}

/** `nix-instantiate --eval --strict --json` of an expression; the parsed JSON value. */
export async function nixEvalJson(expression: string, options: { cwd?: string; args?: string[] } = {}): Promise<unknown> {
  const { execa } = await import('execa');
  const result = await execa('nix-instantiate', [...NIX_OPTIONS, '--eval', '--strict', '--json', ...(options.args ?? []), '-E', expression], {
    cwd: options.cwd,
    reject: false,
  });
  if (result.exitCode !== 0) throw nixUnavailable('nix-instantiate', result) ?? new NixError('nix-instantiate --eval', result.stderr);
  return JSON.parse(result.stdout);
}
