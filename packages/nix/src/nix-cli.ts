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
