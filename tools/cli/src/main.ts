import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT_OK, EXIT_USAGE, UsageError, findRoot, formatHelp, parseCommandArgs, processIo, type Command, type Io } from './cli.js';
import { analyzeCommand } from './commands/analyze.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { generateCommand } from './commands/generate.js';
import { testCommand } from './commands/test.js';
import { validateCommand } from './commands/validate.js';
import { suggest } from '@armorred/spec';

export const COMMANDS: Command[] = [validateCommand, generateCommand, checkCommand, buildCommand, testCommand, analyzeCommand];

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return `usage: armorred [--root DIR] <command> [options]

ARMORRED: a catalog of hardened container images built FROM scratch with Nix.

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Options:
  --root DIR     the catalog root (default: the nearest directory upwards with catalog.yaml)
  -h, --help     show help (also: armorred <command> --help)
  --version      print the version
`;
}

/** Runs the CLI; returns the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  try {
    const { values, tokens } = parseArgs({
      args: argv,
      options: { root: { type: 'string' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } },
      allowPositionals: true,
      strict: false,
      tokens: true,
    });
    const first = tokens.find((token) => token.kind === 'positional');
    if (!first) {
      if (values.version) {
        io.out(version());
        return EXIT_OK;
      }
      if (values.help) {
        io.out(mainHelp());
        return EXIT_OK;
      }
      io.err(mainHelp());
      return EXIT_USAGE;
    }
    const name = argv[first.index]!;
    const command = COMMANDS.find((candidate) => candidate.name === name);
    if (!command) {
      if (name === 'help') {
        const topic = COMMANDS.find((candidate) => candidate.name === argv[first.index + 1]);
        io.out(topic ? formatHelp(topic) : mainHelp());
        return EXIT_OK;
      }
      const near = suggest(name, COMMANDS.map((candidate) => candidate.name));
      throw new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}; run armorred --help`);
    }
    const rest = argv.slice(first.index + 1);
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help) {
      io.out(formatHelp(command));
      return EXIT_OK;
    }
    const root = findRoot(typeof values.root === 'string' ? values.root : io.cwd);
    return await command.run({ values: parsed.values, positionals: parsed.positionals, root, io });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`armorred: ${error.message}`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
