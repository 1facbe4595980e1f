// The one error model of ARMORRED. Every error a command can expect (a bad spec, a bad
// command line, a failed tool, a missing tool) is an ArmorredError carrying its exit
// code; the CLI maps errors to output and exit status in one place (tools/cli main).
// Anything else that reaches main is a bug and is reported as one (EXIT.INTERNAL).

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
