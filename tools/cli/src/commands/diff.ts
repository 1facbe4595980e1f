import { EXIT, UsageError } from '@armorred/errors';
import { diffWorkingTree, renderMarkdown, renderText } from '@armorred/image-diff';
import { defineCommand } from '../cli.js';
import { JSON_OPTION } from '../options.js';
import { printable, printableLines } from '../report.js';

export const diffCommand = defineCommand({
  name: 'diff',
  summary: 'Say what a change does to each image: the catalog at a git revision compared with the working tree.',
  details: `Reads catalog.yaml and the image folders at --base from git's objects (never
following a symlink, sizes bounded) and compares them with the working tree, image by
image and tier by tier: spec changes in words (e.g. "user 65534 → 1000", "package
override withStream removed"), label and config-file changes, and the component, size,
layer and vulnerability deltas of the checked-in measurements (images/<image>/analysis/),
including new and removed accepted findings. Changes that weaken an image are flagged
(! in text, bold in markdown): a root user, a shell added to hardened, a new writable
path, a package manager, a new critical finding. Without changes it says "no changes
to images". CI posts the --markdown output as a pull-request comment.`,
  options: {
    base: { type: 'string', value: 'REF', description: 'the git revision to compare with, e.g. origin/main (required)' },
    markdown: { type: 'boolean', description: 'print markdown (for a pull-request comment)' },
    json: JSON_OPTION,
  },
  exits: {
    [EXIT.OK]: 'compared (whatever the changes)',
    [EXIT.INVALID]: 'the revision holds more than can be read',
    [EXIT.USAGE]: 'usage errors (no --base, an unknown revision)',
    [EXIT.FAILED]: 'git failed',
    [EXIT.UNAVAILABLE]: 'git is not installed',
  },
  async run({ values, positionals, root, io }) {
    if (positionals.length > 0) throw new UsageError(`armorred diff takes no image names (it compares every image), got ${JSON.stringify(positionals[0])}`);
    if (values.base === undefined) throw new UsageError('name the revision to compare with: armorred diff --base origin/main');
    if (values.markdown && values.json) throw new UsageError('choose one of --markdown and --json');
    const result = await diffWorkingTree(root, values.base);
    for (const skipped of result.skipped) io.err(printable(`armorred: ${skipped.path} at ${values.base} was not read: ${skipped.reason}`));
    const base = { name: result.base.name, commit: result.base.commit };
    if (values.json) io.out(JSON.stringify({ base, ...result.diff }, null, 2));
    else if (values.markdown) io.out(renderMarkdown(result.diff, base));
    else io.out(printableLines(renderText(result.diff, base)));
    return EXIT.OK;
  },
});
