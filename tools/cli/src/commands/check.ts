import { EXIT } from '@armorred/errors';
import { checkCatalog } from '@armorred/generate';
import { defineCommand } from '../cli.js';
import { commandDocFiles } from '../command-docs.js';
import { JSON_OPTION, checkImageNames } from '../options.js';
import { printIssues, printable } from '../report.js';

const KIND_TEXT = {
  missing: 'missing (never generated)',
  stale: 'stale (hand-edited or out of date)',
  extra: 'not produced by the generator (left over or added by hand)',
} as const;

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'Fail when a checked-in generated file is stale, missing or hand-edited.',
  arguments: '[IMAGE...]',
  argumentHelp: { IMAGE: 'image folder names, e.g. nginx-1.26 (default: every image)' },
  details: `Validates, regenerates every generated file in memory (with the README's command
table and the Nx target descriptions) and compares it with the file on disk, byte for byte. Lists each file that differs and the command that fixes
it. Writes nothing. CI runs this.`,
  options: { json: JSON_OPTION },
  exits: { [EXIT.OK]: 'all current', [EXIT.INVALID]: 'drift or spec errors', [EXIT.USAGE]: 'usage errors' },
  async run({ values, positionals, root, io, commands }) {
    checkImageNames(positionals, root);
    const { ok, catalogIssues, images, files, drift } = checkCatalog(root, positionals, commandDocFiles(root, await commands()));
    if (!ok) {
      printIssues(io, catalogIssues, images);
      return EXIT.INVALID;
    }
    const fix = `npx armorred generate${positionals.length > 0 ? ` ${positionals.map(printable).join(' ')}` : ''}`;
    if (values.json) io.out(JSON.stringify({ ok: drift.length === 0, drift, fix }, null, 2));
    else if (drift.length === 0) io.out(`${files} generated files are current`);
    else {
      for (const { path, kind } of drift) io.err(`${printable(path)}: ${KIND_TEXT[kind]}`);
      io.err(`${drift.length} generated file(s) differ; fix: ${fix}`);
    }
    return drift.length === 0 ? EXIT.OK : EXIT.INVALID;
  },
});
