// Where each command is defined, loaded only when that command runs: together the
// commands load most of the repository's packages, which takes longer than validating a
// small catalog. commands.ts lists them all, for help.
import type { Command } from './cli.js';

export const COMMAND_MODULES: Readonly<Record<string, () => Promise<Command>>> = {
  validate: async () => (await import('./commands/validate.js')).validateCommand,
  generate: async () => (await import('./commands/generate.js')).generateCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  test: async () => (await import('./commands/test.js')).testCommand,
  analyze: async () => (await import('./commands/analyze.js')).analyzeCommand,
  gate: async () => (await import('./commands/gate.js')).gateCommand,
  publish: async () => (await import('./commands/publish.js')).publishCommand,
  releases: async () => (await import('./commands/releases.js')).releasesCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  doctor: async () => (await import('./commands/doctor.js')).doctorCommand,
};
