// Every armorred command, in the order --help lists them.
import type { Command } from './cli.js';
import { analyzeCommand } from './commands/analyze.js';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { gateCommand } from './commands/gate.js';
import { doctorCommand } from './commands/doctor.js';
import { generateCommand } from './commands/generate.js';
import { publishCommand } from './commands/publish.js';
import { releasesCommand } from './commands/releases.js';
import { testCommand } from './commands/test.js';
import { validateCommand } from './commands/validate.js';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  generateCommand,
  checkCommand,
  buildCommand,
  testCommand,
  analyzeCommand,
  gateCommand,
  publishCommand,
  releasesCommand,
  diffCommand,
  doctorCommand,
];
