// The armorred command: dispatch to a subcommand; errors become output and exit statuses
// in runMain (see @armorred/errors for the model).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, runMain, type ExitCode } from '@armorred/errors';
import { suggest } from '@armorred/spec';
import { findRoot, processIo, type Command, type Io } from './cli.js';
import { COMMAND_MODULES } from './command-modules.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Every command, for help: loading them all takes a while, so only help does. */
async function allCommands(): Promise<readonly Command[]> {
  return (await import('./commands.js')).COMMANDS;
}

export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `usage: armorred [--root DIR] <command> [options]

ARMORRED: a catalog of hardened container images built FROM scratch with Nix.

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Options:
  --root DIR     the catalog root (default: the nearest directory upwards with catalog.yaml)
  -h, --help     show help (also: armorred <command> --help)
  --version      print the version

Exit status: 0 done, 1 invalid input or a failed check, 2 usage error, 3 a tool failed,
4 this machine lacks something (run armorred doctor), 70 a bug in armorred.
`;
}

async function dispatch(argv: string[], io: Io): Promise<ExitCode> {
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
      return EXIT.OK;
    }
    if (values.help) {
      io.out(mainHelp(await allCommands()));
      return EXIT.OK;
    }
    io.err(mainHelp(await allCommands()));
    return EXIT.USAGE;
  }
  const name = argv[first.index]!;
  const load = Object.hasOwn(COMMAND_MODULES, name) ? COMMAND_MODULES[name] : undefined;
  if (!load) {
    const commands = await allCommands();
    if (name === 'help') {
      const topic = commands.find((candidate) => candidate.name === argv[first.index + 1]);
      io.out(topic ? topic.help : mainHelp(commands));
      return EXIT.OK;
    }
    const near = suggest(
      name,
      commands.map((candidate) => candidate.name),
    );
    throw new UsageError(`unknown command "${name}"${near ? `; did you mean "${near}"?` : ''}; run armorred --help`);
  }
  const command = await load();
  const root = () => findRoot(typeof values.root === 'string' ? values.root : io.cwd);
  const result = await command.execute(argv.slice(first.index + 1), { root, io, commands: allCommands });
  if (result === 'help') {
    io.out(command.help);
    return EXIT.OK;
  }
  return result;
}

/** Runs the CLI; returns the exit status. Every error is mapped by runMain (@armorred/errors), and nowhere else. */
export async function main(argv: string[], io: Io = processIo): Promise<ExitCode> {
  return runMain('armorred', () => dispatch(argv, io), io.err);
}
