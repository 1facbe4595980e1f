// The command reference is derived from the command definitions: the README's table and
// the Nx target descriptions are generated, and armorred check catches a hand edit.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from './cli.js';
import { COMMANDS } from './commands.js';
import { TABLE_BEGIN, TABLE_END, renderCommandTable, renderNxTargets, withCommandTable } from './command-docs.js';
import { REPO, copyCatalog, runCli } from './test-support.js';

const piped = defineCommand({
  name: 'demo',
  summary: 'Shows a | in a cell.',
  arguments: 'IMAGE',
  details: 'A command made up for this test.',
  options: { pkgs: { type: 'string', value: 'nixpkgs|offline', description: 'a package set' } },
  exits: { 0: 'done', 2: 'usage errors' },
  run: async () => 0,
});

describe('the command reference (pure)', () => {
  it('is one table row per command, from its usage, summary and exit statuses, pipes escaped', () => {
    expect(renderCommandTable([piped])).toBe(
      [
        '| command | what it does |',
        '|---|---|',
        '| `armorred demo IMAGE [--pkgs nixpkgs\\|offline]` | Shows a \\| in a cell. Exit status: 0 done, 2 usage errors. |',
        '',
      ].join('\n'),
    );
  });

  it('replaces only what lies between the markers, and refuses a README without them', () => {
    const readme = `# Title\n\nBefore.\n\n${TABLE_BEGIN}\nold table\n${TABLE_END}\n\nAfter.\n`;
    expect(withCommandTable(readme, 'new table\n')).toBe(`# Title\n\nBefore.\n\n${TABLE_BEGIN}\nnew table\n${TABLE_END}\n\nAfter.\n`);
    expect(() => withCommandTable('# Title\n', 'table\n')).toThrow("README.md: the command table's markers are missing");
  });

  it('gives Nx every command with its summary and usage', () => {
    const { targets } = JSON.parse(renderNxTargets(COMMANDS));
    expect(Object.keys(targets)).toEqual(COMMANDS.map((command) => command.name));
    const build = COMMANDS.find((command) => command.name === 'build')!;
    expect(targets.build).toEqual({ description: build.summary, usage: build.usage });
  });
});

describe('armorred check and generate on the command reference', () => {
  let root: string;
  beforeEach(() => {
    root = copyCatalog();
    cpSync(join(REPO, 'README.md'), join(root, 'README.md'));
    mkdirSync(join(root, 'tools', 'nx-plugin'), { recursive: true });
    cpSync(join(REPO, 'tools', 'nx-plugin', 'targets.json'), join(root, 'tools', 'nx-plugin', 'targets.json'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('a hand-edited README table fails check, and generate puts it back without touching the rest', async () => {
    expect((await runCli(['check'], root)).code).toBe(0);
    const original = readFileSync(join(root, 'README.md'), 'utf8');
    const edited = original
      .replace('| `armorred doctor [--json]` | Check that', '| `armorred doctor [--json]` | Checks that')
      .replace('# ARMORRED image catalog', '# ARMORRED catalog (retitled)');
    expect(edited).not.toBe(original);
    writeFileSync(join(root, 'README.md'), edited);

    const check = await runCli(['check'], root);
    expect(check.code).toBe(1);
    expect(check.stderr).toBe('README.md: stale (hand-edited or out of date)\n1 generated file(s) differ; fix: npx armorred generate\n');

    const generate = await runCli(['generate'], root);
    expect(generate.code, generate.stderr).toBe(0);
    expect(generate.stdout).toContain('wrote    README.md\n');
    // The table is the definitions' again; the prose edit outside the markers stays.
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toBe(original.replace('# ARMORRED image catalog', '# ARMORRED catalog (retitled)'));
    expect((await runCli(['check'], root)).code).toBe(0);
  });

  it('a hand-edited Nx target description fails check too', async () => {
    const file = join(root, 'tools', 'nx-plugin', 'targets.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Validate catalog.yaml', 'Validates catalog.yaml'));
    const check = await runCli(['check', '--json'], root);
    expect(JSON.parse(check.stdout).drift).toEqual([{ path: 'tools/nx-plugin/targets.json', kind: 'stale' }]);
  });
});
