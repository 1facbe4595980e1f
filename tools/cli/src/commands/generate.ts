import { EXIT, InvalidInputError } from '@armorred/errors';
import { renderCatalog, writeFiles } from '@armorred/generate';
import { defineCommand } from '../cli.js';
import { commandDocFiles } from '../command-docs.js';
import { nextStep } from '../next-step.js';
import { JSON_OPTION, checkImageNames } from '../options.js';
import { parsePackageSet } from '../package-set-option.js';
import { printIssues, printable } from '../report.js';

export const generateCommand = defineCommand({
  name: 'generate',
  summary: 'Write the generated files (tier data and Nix, labels, test suites, SBOMs, VEX, pages, schemas, default.nix).',
  arguments: '[IMAGE...]',
  argumentHelp: { IMAGE: 'image folder names, e.g. nginx-1.26 (default: every image)' },
  details: `Validates, then writes for each image (all, or the ones named) the files in
images/<image>/generated/: per tier the tier data (<tier>.json: what to build, read by
the one hand-written Nix function nix/image.nix) and its Nix entry point (<tier>.nix, a
few lines that call nix/image.nix with it), the OCI labels (labels.<tier>.json) and the
test suite (<tier>.test.ts); from the checked-in analysis data the SBOMs
(<tier>.cdx.json, <tier>.spdx.json) and the VEX (<tier>.openvex.json); and
images/<image>/ANALYSIS.md. For the catalog: default.nix (every image and tier, for
nix-build -A <image>.<tier>) and the editor schema files. From the command definitions:
the README's command table (between its marker comments) and the Nx target
descriptions (tools/nx-plugin/targets.json). Spec strings reach Nix only as JSON data,
never as Nix source.

Output is deterministic (byte-identical on rerun) and written atomically: nothing is
written when a spec is invalid, and a failure leaves the previous files intact. Files
in generated/ that are no longer produced are removed.`,
  options: { json: JSON_OPTION },
  exits: { [EXIT.OK]: 'written', [EXIT.INVALID]: 'spec errors (nothing written)', [EXIT.USAGE]: 'usage errors' },
  async run({ values, positionals, root, io, commands }) {
    checkImageNames(positionals, root);
    const rendering = renderCatalog(root, positionals);
    if (!rendering.ok) {
      printIssues(io, rendering.catalogIssues, rendering.images);
      throw new InvalidInputError('nothing written; fix the problems above');
    }
    const result = writeFiles(root, [...rendering.files, ...commandDocFiles(root, await commands())], rendering.ownedDirs);
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else {
      for (const path of result.written) io.out(`wrote    ${printable(path)}`);
      for (const path of result.removed) io.out(`removed  ${printable(path)}`);
      io.out(`${result.written.length} written, ${result.removed.length} removed, ${result.unchanged} unchanged`);
    }
    io.err(nextStep({ step: 'generate', images: positionals, ok: true, pkgs: parsePackageSet(undefined) }));
    return EXIT.OK;
  },
});
