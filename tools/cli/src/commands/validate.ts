import { validateRepository } from '@armorred/catalog';
import { formatIssue } from '@armorred/spec';
import { EXIT_INVALID, EXIT_OK, checkImageNames, type Command } from '../cli.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Validate catalog.yaml and image specs (all images, or the ones named).',
  usage: 'armorred validate [IMAGE...] [--json]',
  help: `Checks catalog.yaml against its schema and cross-checks (every listed image exists
and every image folder is listed), then each image.yaml: schema, merge of each tier,
tier policies (non-root, no package managers), paths, ports and accepted findings.
Every problem is reported as FILE:LINE:COLUMN: KEY: MESSAGE. Nothing is written.

Arguments:
  IMAGE           image folder names, e.g. nginx-1.26 (default: every image)

Options:
  --json          print a machine-readable report on stdout
  -h, --help      show this help

Exit status: 0 all valid, 1 spec errors, 2 usage errors.`,
  options: { json: { type: 'boolean' } },
  async run({ values, positionals, root, io }) {
    checkImageNames(positionals, root);
    const report = validateRepository(root, positionals);
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            ok: report.ok,
            catalog: { file: 'catalog.yaml', ok: report.catalogIssues.length === 0, issues: report.catalogIssues },
            images: report.images.map(({ image, file, issues }) => ({ image, file, ok: issues.length === 0, issues })),
          },
          null,
          2,
        ),
      );
      return report.ok ? EXIT_OK : EXIT_INVALID;
    }
    for (const issue of report.catalogIssues) io.err(formatIssue(issue));
    for (const image of report.images) {
      if (image.issues.length === 0) io.out(`ok       ${image.image}`);
      else {
        io.out(`invalid  ${image.image} (${image.issues.length} problem${image.issues.length === 1 ? '' : 's'})`);
        for (const issue of image.issues) io.err(formatIssue(issue));
      }
    }
    const invalid = report.images.filter((image) => image.issues.length > 0).length;
    const catalogNote = report.catalogIssues.length > 0 ? `; catalog.yaml has ${report.catalogIssues.length} problem(s)` : '';
    io.out(`${report.images.length - invalid} of ${report.images.length} image(s) valid${catalogNote}`);
    return report.ok ? EXIT_OK : EXIT_INVALID;
  },
};
