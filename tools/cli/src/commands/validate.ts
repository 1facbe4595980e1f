import { validateRepository, type RepositoryReport } from '@armorred/catalog';
import { changesetFolderIssues, imagePackageIssues } from '@armorred/release-version';
import type { SpecIssue } from '@armorred/spec';
import { EXIT } from '@armorred/errors';
import { defineCommand } from '../cli.js';
import { nextStep } from '../next-step.js';
import { JSON_OPTION, checkImageNames } from '../options.js';
import { formatPrintableIssue, printable } from '../report.js';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'Validate catalog.yaml and image specs (all images, or the ones named).',
  arguments: '[IMAGE...]',
  argumentHelp: { IMAGE: 'image folder names, e.g. nginx-1.26 (default: every image)' },
  details: `Checks catalog.yaml against its schema and cross-checks (every listed image exists
and every image folder is listed), then each image.yaml: schema, merge of each tier,
tier policies (non-root, no package managers), paths, ports and accepted findings.
Each image's package.json version must be image.yaml's version, a release of it
(<version>-r<N>) or a release of an older upstream version (an upgrade not released yet);
plain changeset version makes 1.26.3-r1 into 1.26.4: use npm run release:version.
Every file in .changeset must be a regular file (no symlink, one link) of at most 64 KiB.
Every problem is reported as FILE:LINE:COLUMN: KEY: MESSAGE. Nothing is written.`,
  options: { json: JSON_OPTION },
  exits: { [EXIT.OK]: 'all valid', [EXIT.INVALID]: 'spec errors', [EXIT.USAGE]: 'usage errors' },
  async run({ values, positionals, root, io }) {
    checkImageNames(positionals, root);
    const report = withReleaseChecks(root, validateRepository(root, positionals));
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
      io.err(nextStep({ step: 'validate', images: positionals, ok: report.ok }));
      return report.ok ? EXIT.OK : EXIT.INVALID;
    }
    for (const issue of report.catalogIssues) io.err(formatPrintableIssue(issue));
    for (const image of report.images) {
      if (image.issues.length === 0) io.out(`ok       ${printable(image.image)}`);
      else {
        io.out(`invalid  ${printable(image.image)} (${image.issues.length} problem${image.issues.length === 1 ? '' : 's'})`);
        for (const issue of image.issues) io.err(formatPrintableIssue(issue));
      }
    }
    const invalid = report.images.filter((image) => image.issues.length > 0).length;
    const catalogNote = report.catalogIssues.length > 0 ? `; catalog.yaml has ${report.catalogIssues.length} problem(s)` : '';
    io.out(`${report.images.length - invalid} of ${report.images.length} image(s) valid${catalogNote}`);
    io.err(nextStep({ step: 'validate', images: positionals, ok: report.ok }));
    return report.ok ? EXIT.OK : EXIT.INVALID;
  },
});

/**
 * The spec report with what the release flow reads added: each valid image's package.json
 * version against its image.yaml version, and the .changeset folder (as catalog issues:
 * it is no image's).
 */
function withReleaseChecks(root: string, report: RepositoryReport): RepositoryReport {
  const catalogIssues: SpecIssue[] = [...report.catalogIssues, ...changesetFolderIssues(root)];
  const images = report.images.map((image) =>
    image.issues.length > 0 || image.version === undefined ? image : { ...image, issues: imagePackageIssues(root, image.image, image.version) },
  );
  return { catalogIssues, images, ok: report.ok && catalogIssues.length === 0 && images.every((image) => image.issues.length === 0) };
}
