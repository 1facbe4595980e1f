// The I/O edge to the Nix command-line tools (execa). NIX_OPTIONS switches substituters
// off: evaluation and offline-set builds need no binary cache, and where none is reachable
// asking one only waits. (Builds against nixpkgs keep the cache; see the builder.)
import { ArmorredError, EXIT } from '@armorred/errors';
import { execa } from 'execa';

export const NIX_OPTIONS = ['--option', 'substituters', ''];

let available: boolean | undefined;

/** Whether nix-instantiate and nix-build are on PATH. */
export async function nixAvailable(): Promise<boolean> {
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

/** The lines of a Nix error worth showing: the `error:` line and what follows it, without the trace. */
export function summariseNixError(stderr: string): string {
  const lines = stderr.split('\n').filter((line) => line.trim() !== '');
  const start = lines.findIndex((line) => /^error:/.test(line.trim()));
  const relevant = start === -1 ? lines.slice(-10) : lines.slice(start, start + 12);
  return relevant.filter((line) => !/^\s*… /.test(line) && !/^\s*at .*:\d+:\d+:$/.test(line)).join('\n');
}

/** Derivations whose builder failed, in the order Nix reports them ("builder for '/nix/store/...drv' failed"). */
export function failedDerivations(stderr: string): string[] {
  const found = [...stderr.matchAll(/builder for '(\/nix\/store\/[a-z0-9]{32}-[^'\/]+\.drv)' failed/g)].map((match) => match[1]!);
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
  const result = await execa('nix-instantiate', ['--parse', file], { reject: false });
  if (result.exitCode !== 0) throw new NixError(`nix-instantiate --parse ${file}`, result.stderr);
}

/** `nix-instantiate --eval --strict --json` of an expression; the parsed JSON value. */
export async function nixEvalJson(expression: string, options: { cwd?: string; args?: string[] } = {}): Promise<unknown> {
  const result = await execa('nix-instantiate', [...NIX_OPTIONS, '--eval', '--strict', '--json', ...(options.args ?? []), '-E', expression], {
    cwd: options.cwd,
    reject: false,
  });
  if (result.exitCode !== 0) throw new NixError('nix-instantiate --eval', result.stderr);
  return JSON.parse(result.stdout);
}
