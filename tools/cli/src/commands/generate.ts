import { renderCatalog, writeFiles } from '@armorred/generate';
import { EXIT_INVALID, EXIT_OK, checkImageNames, type Command } from '../cli.js';
import { printIssues } from '../report.js';

export const generateCommand: Command = {
  name: 'generate',
  summary: 'Write the generated files (Nix expressions, labels, schemas, default.nix).',
  usage: 'armorred generate [IMAGE...] [--json]',
  help: `Validates, then writes for each image (all, or the ones named) the files in
images/<image>/generated/: per tier the Nix expression (<tier>.nix) and the OCI labels
(labels.<tier>.json); and for the catalog: default.nix (every image and tier, for
nix-build -A <image>.<tier>) and the editor schema files.

Output is deterministic (byte-identical on rerun) and written atomically: nothing is
written when a spec is invalid, and a failure leaves the previous files intact. Files
in generated/ that are no longer produced are removed.

Arguments:
  IMAGE           image folder names, e.g. nginx-1.26 (default: every image)

Options:
  --json          print what was written as JSON
  -h, --help      show this help

Exit status: 0 written, 1 spec errors (nothing written), 2 usage errors.`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals, root, io }) {
    checkImageNames(positionals, root);
    const rendering = renderCatalog(root, positionals);
    if (!rendering.ok) {
      printIssues(io, rendering.catalogIssues, rendering.images);
      io.err('armorred: nothing written; fix the problems above');
      return EXIT_INVALID;
    }
    const result = writeFiles(root, rendering.files, rendering.ownedDirs);
    if (values.json) io.out(JSON.stringify(result, null, 2));
    else {
      for (const path of result.written) io.out(`wrote    ${path}`);
      for (const path of result.removed) io.out(`removed  ${path}`);
      io.out(`${result.written.length} written, ${result.removed.length} removed, ${result.unchanged} unchanged`);
    }
    return EXIT_OK;
  },
};
