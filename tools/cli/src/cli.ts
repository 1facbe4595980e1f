// Shared CLI plumbing: argument parsing (node:util parseArgs), exit codes, output.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { listImageFolders } from '@armorred/catalog';
import { suggest } from '@armorred/spec';

export const EXIT_OK = 0;
/** The specs (or the thing checked) are wrong. */
export const EXIT_INVALID = 1;
/** The command line is wrong. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
};

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Full --help text after the usage line. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(args: { values: Record<string, unknown>; positionals: string[]; root: string; io: Io }): Promise<number>;
}

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    return parseArgs({ args: argv, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/, '')}\nusage: ${command.usage}`);
  }
}

/** The catalog root: the nearest directory, from `start` upwards, holding catalog.yaml. */
export function findRoot(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'catalog.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new UsageError(`no catalog.yaml in ${resolve(start)} or above; run armorred inside the catalog repository (or pass --root DIR)`);
    dir = parent;
  }
}

export function formatHelp(command: Command): string {
  return `usage: ${command.usage}\n\n${command.summary}\n\n${command.help.trimEnd()}\n`;
}

/** Usage error for image names that are not folders under images/. */
export function checkImageNames(names: readonly string[], root: string): void {
  const folders = listImageFolders(root);
  for (const name of names) {
    if (!folders.includes(name)) {
      const near = suggest(name, folders);
      throw new UsageError(`unknown image "${name}"${near ? `; did you mean "${near}"?` : `; images: ${folders.join(', ') || 'none'}`}`);
    }
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** An RFC 3339 time with a zone, normalised to UTC without fractions; a usage error otherwise. */
export function parseTime(value: string, option: string): string {
  const time = Date.parse(value);
  if (!RFC3339.test(value) || Number.isNaN(time)) throw new UsageError(`${option} must be an RFC 3339 time with a zone, e.g. 2026-11-22T08:00:00Z`);
  return new Date(time).toISOString().replace(/\.\d+Z$/, 'Z');
}
