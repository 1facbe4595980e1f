// `armorred-release-version` (npm run release:version): the changesets version step for a
// catalog, run from anywhere inside it. Errors are printed as the armorred command prints them.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ArmorredError, EXIT, UsageError, exitCodeOf, type ExitCode } from '@armorred/errors';
import { CATALOG_FILE } from '@armorred/repository';
import { versionImages } from './changesets.js';

const HELP = `usage: armorred-release-version (npm run release:version)

Applies the pending changesets (.changeset/*.md) like \`changeset version\`, then gives each
image package its release version instead of a semver bump: the next revision of the same
upstream version (1.26.3-r1 -> 1.26.3-r2), or revision 1 of the upstream version image.yaml
now names (1.26.3-r2 -> 1.26.4-r1). Writes package.json and CHANGELOG.md of each image.
`;

function findCatalogRoot(start: string): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CATALOG_FILE))) return dir;
    if (dirname(dir) === dir) throw new UsageError(`no ${CATALOG_FILE} in ${resolve(start)} or above; run it inside the catalog repository`);
  }
}

export async function releaseVersionMain(argv: readonly string[], cwd = process.cwd()): Promise<ExitCode> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(HELP);
    return EXIT.OK;
  }
  try {
    if (argv.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(argv[0])}\n${HELP}`);
    const releases = await versionImages(findCatalogRoot(cwd));
    for (const release of releases) process.stdout.write(`${release.image}: ${release.from} -> ${release.to} (${release.bump} changeset)\n`);
    if (releases.length === 0) process.stdout.write('no image has a pending changeset\n');
    return EXIT.OK;
  } catch (error) {
    process.stderr.write(
      `armorred-release-version: ${error instanceof ArmorredError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return exitCodeOf(error);
  }
}
