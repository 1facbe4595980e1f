// The shape of an armorred command, and the plumbing every command shares: typed option
// parsing (node:util parseArgs), help text made from the same definition, the catalog
// root, and output. Each command is defined once; its --help, the README's command table
// and the Nx target descriptions are all derived from that definition.
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type ExitCode } from '@armorred/errors';
import { CATALOG_FILE, findCatalogRoot } from '@armorred/repository';

export type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** One option: parseArgs' own fields plus what --help says about it. */
export type OptionSpec = OptionsConfig[string] & {
  /** The value's placeholder in help, e.g. "T" for --tier T (string options). */
  value?: string;
  description: string;
};

export type OptionSpecs = Record<string, OptionSpec>;

/** The typed values parseArgs gives for `O`. */
export type OptionValues<O extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>>['values'];

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

export interface CommandContext<O extends OptionsConfig> {
  values: OptionValues<O>;
  positionals: string[];
  /** The catalog root (undefined only for commands that do not need one). */
  root: string;
  io: Io;
  /**
   * Every armorred command: generate and check derive the command reference from them.
   * Loaded on request: together they load most of the repository's packages.
   */
  commands: () => Promise<readonly Command[]>;
}

/** How the dispatcher calls a command. */
export interface Invocation {
  /** Finds the catalog root (throws a usage error outside one). */
  root: () => string;
  io: Io;
  commands: () => Promise<readonly Command[]>;
}

export interface CommandDefinition<O extends OptionSpecs> {
  name: string;
  /** One line: what the command does (also the README table and the Nx target description). */
  summary: string;
  /** Positional arguments as they appear in the usage line, e.g. "[IMAGE...]". */
  arguments?: string;
  /** What each positional argument is. */
  argumentHelp?: Record<string, string>;
  /** Paragraphs after the summary in --help. */
  details: string;
  options: O;
  /** What each exit status means for this command. */
  exits: Partial<Record<ExitCode, string>>;
  /** Whether the command works outside a catalog repository (doctor). */
  rootOptional?: boolean;
  run(context: CommandContext<O>): Promise<ExitCode>;
}

/** A command with its option types erased, as the dispatcher holds it. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** What each exit status means, e.g. "0 all valid, 1 spec errors, 2 usage errors". */
  exits: string;
  help: string;
  rootOptional: boolean;
  execute(argv: readonly string[], invocation: Invocation): Promise<ExitCode | 'help'>;
}

const HELP_OPTION = { help: { type: 'boolean', short: 'h', description: 'show this help' } } as const satisfies OptionSpecs;

function optionLabel(name: string, spec: OptionSpec): string {
  const short = spec.short ? `-${spec.short}, ` : '';
  return `${short}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
}

/** What help and usage are made of: a definition without its behaviour. */
type Description = Omit<CommandDefinition<OptionSpecs>, 'run'>;

function usageOf(definition: Description): string {
  const options = Object.entries(definition.options).map(([name, spec]) => `[${optionLabel(name, spec).replace(/^-\w, /, '')}]`);
  return ['armorred', definition.name, ...(definition.arguments ? [definition.arguments] : []), ...options].join(' ');
}

function exitsOf(definition: Description): string {
  return Object.entries(definition.exits)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([code, meaning]) => `${code} ${meaning}`)
    .join(', ');
}

function helpOf(definition: Description, usage: string): string {
  const options: OptionSpecs = { ...definition.options, ...HELP_OPTION };
  const labels = Object.entries(options).map(([name, spec]) => [optionLabel(name, spec), spec.description] as const);
  const width = Math.max(14, ...labels.map(([label]) => label.length));
  const args = Object.entries(definition.argumentHelp ?? {});
  const argWidth = Math.max(14, ...args.map(([name]) => name.length));
  const exits = exitsOf(definition);
  return [
    `usage: ${usage}`,
    '',
    definition.summary,
    '',
    definition.details.trim(),
    '',
    ...(args.length > 0 ? ['Arguments:', ...args.map(([name, text]) => `  ${name.padEnd(argWidth)}  ${text}`), ''] : []),
    'Options:',
    ...labels.map(([label, text]) => `  ${label.padEnd(width)}  ${text}`),
    '',
    `Exit status: ${exits}.`,
    '',
  ].join('\n');
}

/**
 * Refuses an option value that starts with "-" (`--image=--help`, `--archive -x`): values
 * reach podman, nix and other tools as arguments, where such a value would be read as an
 * option. No option of armorred takes one (a path can be written ./-x).
 */
function refuseOptionLikeValues(values: Record<string, unknown>, usage: string): void {
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item === 'string' && item.startsWith('-'))
        throw new UsageError(
          `--${name} ${JSON.stringify(item)}: an option value may not start with "-" (it would read as an option); write a path as ./${item}\nusage: ${usage}`,
        );
    }
  }
}

/** Defines a command: its options are typed for `run`, and its usage and help are derived. */
export function defineCommand<const O extends OptionSpecs>(definition: CommandDefinition<O>): Command {
  const usage = usageOf(definition);
  const help = helpOf(definition, usage);
  const { options } = definition;
  return {
    name: definition.name,
    summary: definition.summary,
    usage,
    exits: exitsOf(definition),
    help,
    rootOptional: definition.rootOptional ?? false,
    async execute(argv, { root, io, commands }) {
      // --help wins over everything else on the line, even over options that do not parse.
      const loose = parseArgs({ args: [...argv], options: { help: HELP_OPTION.help }, allowPositionals: true, strict: false });
      if (loose.values.help === true) return 'help';
      const config = { args: [...argv], options, allowPositionals: true, strict: true } as const;
      let parsed: ReturnType<typeof parseArgs<typeof config>>;
      try {
        parsed = parseArgs(config);
      } catch (error) {
        throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional argument.*$/, '')}\nusage: ${usage}`);
      }
      refuseOptionLikeValues(parsed.values, usage);
      return definition.run({ values: parsed.values, positionals: parsed.positionals, root: definition.rootOptional ? '' : root(), io, commands });
    },
  };
}

/** The catalog root: the nearest directory, from `start` upwards, holding catalog.yaml. */
export function findRoot(start: string): string {
  const root = findCatalogRoot(start);
  if (root === undefined)
    throw new UsageError(`no ${CATALOG_FILE} in ${resolve(start)} or above; run armorred inside the catalog repository (or pass --root DIR)`);
  return root;
}
