// `armorred-release-version` (npm run release:version): the changesets steps for a catalog,
// run from anywhere inside it. Errors are mapped to output by runMain, as for armorred.
import { resolve } from 'node:path';
import { EXIT, UsageError, printable, runMain, type ExitCode } from '@armorred/errors';
import { CATALOG_FILE, findCatalogRoot } from '@armorred/repository';
import { tagReleases, versionImages } from './changesets.js';

const HELP = `usage: armorred-release-version [tag]

With no argument (npm run release:version): applies the pending changesets
(.changeset/*.md) like \`changeset version\`, then gives each image package its release
version instead of a semver bump: the next revision of the same upstream version
(1.26.3-r1 -> 1.26.3-r2), or revision 1 of the upstream version image.yaml now names
(1.26.3-r2 -> 1.26.4-r1). Writes package.json and CHANGELOG.md of each image.

tag (npm run release:tag, only after a successful publish): creates a git tag
<package>@<release version> (@armorred/image-nginx-1.26@1.26.3-r1) for each image package
at a release version, skipping tags that exist; packages that are not images and images
not released yet get none. Use it instead of \`changeset tag\`. Push with git push --follow-tags.
`;

function catalogRoot(cwd: string): string {
  const root = findCatalogRoot(cwd);
  if (root === undefined) throw new UsageError(`no ${CATALOG_FILE} in ${resolve(cwd)} or above; run it inside the catalog repository`);
  return root;
}

async function run(argv: readonly string[], cwd: string): Promise<ExitCode> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return EXIT.OK;
  }
  const [step, extra] = argv;
  if (extra !== undefined || (step !== undefined && step !== 'tag')) throw new UsageError(`unexpected argument ${JSON.stringify(extra ?? step)}\n${HELP}`);
  if (step === 'tag') {
    const tags = await tagReleases(catalogRoot(cwd));
    for (const tag of tags) process.stdout.write(`${tag.created ? 'tagged ' : 'exists '} ${printable(tag.tag)}\n`);
    if (tags.length === 0) process.stdout.write('no image is at a release version\n');
    return EXIT.OK;
  }
  const releases = await versionImages(catalogRoot(cwd));
  for (const release of releases)
    process.stdout.write(`${printable(release.image)}: ${printable(release.from)} -> ${printable(release.to)} (${release.bump} changeset)\n`);
  if (releases.length === 0) process.stdout.write('no image has a pending changeset\n');
  return EXIT.OK;
}

export async function releaseVersionMain(argv: readonly string[], cwd = process.cwd()): Promise<ExitCode> {
  return runMain(
    'armorred-release-version',
    () => run(argv, cwd),
    (line) => process.stderr.write(`${line}\n`),
  );
}
