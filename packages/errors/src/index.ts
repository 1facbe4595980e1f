// The one error model of ARMORRED. Every error a command can expect (a bad spec, a bad
// command line, a failed tool, a missing tool) is an ArmorredError carrying its exit
// code; runMain maps errors to output and exit status in one place, for the armorred
// command (tools/cli main) and armorred-release-version alike. Anything else that
// reaches it is a bug and is reported as one (EXIT.INTERNAL).

/** Exit statuses of the armorred command, the same for every subcommand. */
export const EXIT = {
  /** Everything asked for was done and every check passed. */
  OK: 0,
  /** The input is wrong: a spec, the catalog, a generated file, a report, or a check failed. */
  INVALID: 1,
  /** The command line is wrong. */
  USAGE: 2,
  /** A tool that ran failed: nix-build, podman, skopeo, cosign, a registry. */
  FAILED: 3,
  /** This machine lacks something the command needs (armorred doctor says how to fix it). */
  UNAVAILABLE: 4,
  /** A bug in armorred itself. */
  INTERNAL: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The base of every expected error; `exitCode` says how the CLI exits on it. */
export class ArmorredError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }

  /**
   * The message as printable text: every line escaped (armorred's own line breaks stay;
   * the values it quotes are one line each). Subclasses whose parts come from a pull
   * request escape those parts one by one.
   */
  printableMessage(): string {
    return printableLines(this.message);
  }
}

/** The command line is wrong (exit 2). */
export class UsageError extends ArmorredError {
  constructor(message: string) {
    super(message, EXIT.USAGE);
  }
}

/** A tool ran and failed (exit 3); the message says what failed and, where known, what to do. */
export class ToolFailedError extends ArmorredError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, EXIT.FAILED, options);
  }
}

/** Something this machine needs is missing or misconfigured (exit 4); the message gives the fix. */
export class UnavailableError extends ArmorredError {
  constructor(message: string) {
    super(message, EXIT.UNAVAILABLE);
  }
}

/** The input is wrong (exit 1): a file or report that cannot be used. */
export class InvalidInputError extends ArmorredError {
  constructor(message: string) {
    super(message, EXIT.INVALID);
  }
}

/** The exit code for any thrown value: its own for ArmorredErrors, INTERNAL for anything else. */
export function exitCodeOf(error: unknown): ExitCode {
  return error instanceof ArmorredError ? error.exitCode : EXIT.INTERNAL;
}

// Printing for people: every string that can come from a pull request (spec keys and
// values, folder and file names, tool output) is escaped before it reaches a terminal,
// so a spec cannot forge lines ("ok nginx-1.26"), move the cursor or recolour the screen
// with escape sequences, or reorder text with bidirectional controls.

/** C0 and C1 controls, DEL, bidirectional-text controls, line separators and lone surrogates. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

/** `text` with every unsafe character written as an escape (\n, \u001b, ...); one line, nothing hidden. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** printable() for each line of a message armorred composed itself (its own line breaks stay). */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n');
}

/**
 * Runs a program's body and returns its exit status; every error is mapped to output
 * here and nowhere else: an ArmorredError as its printable message, anything else as a bug.
 * `err` writes one line to stderr.
 */
export async function runMain(program: string, run: () => Promise<ExitCode>, err: (line: string) => void): Promise<ExitCode> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ArmorredError) err(`${program}: ${error.printableMessage()}`);
    else
      err(`${program}: internal error (a bug; please report it): ${printableLines(error instanceof Error ? (error.stack ?? error.message) : String(error))}`);
    return exitCodeOf(error);
  }
}
