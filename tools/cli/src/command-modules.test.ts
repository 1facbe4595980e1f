// The lazily loaded commands are the commands help lists, each under its own name.
import { describe, expect, it } from 'vitest';
import { COMMAND_MODULES } from './command-modules.js';
import { COMMANDS } from './commands.js';

describe('COMMAND_MODULES', () => {
  it('loads every command help lists, and no other', async () => {
    expect(Object.keys(COMMAND_MODULES).sort()).toEqual(COMMANDS.map((command) => command.name).sort());
    for (const command of COMMANDS) expect(await COMMAND_MODULES[command.name]!()).toBe(command);
  });
});
