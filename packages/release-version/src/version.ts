// An image's release version: the upstream version it packages (image.yaml `version`) and
// a revision counting ARMORRED's releases of that upstream version, written
// `<upstream>-r<revision>` (1.26.3-r1, 1.26.3-r2, then 1.26.4-r1 after an upstream
// upgrade). It is kept in the image's package.json, where changesets can see it; an image
// whose package.json holds the bare upstream version (1.26.3) has not been released yet
// (revision 0). Pure: strings in, strings out.
import semver from 'semver';
import { InvalidInputError } from '@armorred/errors';

export interface ReleaseVersion {
  /** The upstream version, as image.yaml's `version` says it (e.g. 1.26.3). */
  upstream: string;
  /** ARMORRED's release of that upstream version, from 1. */
  revision: number;
}

/** The command that turns pending changesets into release versions (a root npm script). */
export const VERSION_COMMAND = 'npm run release:version';

const RELEASE = /^(.+)-r([1-9][0-9]*)$/;
/** What a registry accepts as a tag, less the tier suffix a release tag adds. */
const TAG_SAFE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function formatReleaseVersion(release: ReleaseVersion): string {
  return `${release.upstream}-r${release.revision}`;
}

/** `<upstream>-r<N>` read back; undefined for anything else (a bare upstream version included). */
export function parseReleaseVersion(text: string): ReleaseVersion | undefined {
  const match = RELEASE.exec(text);
  return match ? { upstream: match[1]!, revision: Number(match[2]) } : undefined;
}

/**
 * Refuses an upstream version that cannot carry releases: changesets keeps the release
 * version in package.json and needs it to be semver, and tags must be registry tags.
 */
export function checkUpstreamVersion(upstream: string, where = 'image.yaml version'): void {
  if (!TAG_SAFE.test(upstream))
    throw new InvalidInputError(`${where} ${JSON.stringify(upstream)} cannot be part of a registry tag (letters, digits, ".", "_" and "-" only)`);
  if (semver.valid(`${upstream}-r1`) === null)
    throw new InvalidInputError(
      `${where} ${JSON.stringify(upstream)} is not MAJOR.MINOR.PATCH; the release version ${upstream}-r1 must be semver for changesets (write e.g. ${upstream}.0)`,
    );
}

/** Orders releases: by upstream version (semver; text order for a tag that is not semver), then by revision. */
export function compareReleases(a: ReleaseVersion, b: ReleaseVersion): number {
  const upstream =
    a.upstream === b.upstream
      ? 0
      : semver.valid(a.upstream) && semver.valid(b.upstream)
        ? semver.compare(a.upstream, b.upstream)
        : a.upstream < b.upstream
          ? -1
          : 1;
  return upstream !== 0 ? upstream : a.revision - b.revision;
}

/**
 * What an image's package.json version says, given the upstream version image.yaml names:
 * the bare upstream version is "not released yet" (revision 0); `<upstream>-r<N>` is release N.
 * Anything else is the last release of another upstream version (`previous`).
 */
export function readPackageVersion(packageVersion: string, upstream: string): { revision: number } | { previous: ReleaseVersion } {
  if (packageVersion === upstream) return { revision: 0 };
  if (packageVersion.startsWith(`${upstream}-r`)) {
    const revision = packageVersion.slice(upstream.length + 2);
    if (/^[1-9][0-9]*$/.test(revision)) return { revision: Number(revision) };
  }
  const previous = parseReleaseVersion(packageVersion) ?? (semver.valid(packageVersion) ? { upstream: packageVersion, revision: 0 } : undefined);
  if (!previous)
    throw new InvalidInputError(`package.json version ${JSON.stringify(packageVersion)} is neither an upstream version nor a release version <upstream>-r<N>`);
  return { previous };
}

/**
 * The release a pending change makes: the next revision of the same upstream version (a
 * rebuild: new packages, a config fix, a new hardening), or revision 1 of a newer upstream
 * version (an upgrade: image.yaml's `version` changed). The changeset's bump type does
 * not enter into it; it only sorts the CHANGELOG entry.
 */
export function nextRelease(packageVersion: string, upstream: string): ReleaseVersion {
  checkUpstreamVersion(upstream);
  const current = readPackageVersion(packageVersion, upstream);
  if ('revision' in current) return { upstream, revision: current.revision + 1 };
  const candidate = { upstream, revision: 1 };
  if (compareReleases(candidate, current.previous) <= 0)
    throw new InvalidInputError(
      `image.yaml version ${upstream} is older than the last release ${formatReleaseVersion(current.previous)}; an image's upstream version only moves forward`,
    );
  return candidate;
}

/**
 * The release an image is at, for publishing: package.json must hold `<upstream>-r<N>` of
 * the upstream version image.yaml names. Otherwise the message says what to do.
 */
export function currentRelease(packageVersion: string, upstream: string, image: string): ReleaseVersion {
  checkUpstreamVersion(upstream);
  const current = readPackageVersion(packageVersion, upstream);
  const fix = `add a changeset (npx changeset) and run ${VERSION_COMMAND}`;
  if ('revision' in current) {
    if (current.revision === 0) throw new InvalidInputError(`${image} has no release yet (package.json version ${packageVersion}): ${fix}`);
    return { upstream, revision: current.revision };
  }
  throw new InvalidInputError(
    `${image}: package.json version ${packageVersion} is not a release of upstream ${upstream} (image.yaml version); ${fix}` +
      ' (plain `changeset version` makes semver bumps such as 1.26.4: use the npm script, which maps them onto releases)',
  );
}

/**
 * Why an image's package.json version cannot stand beside the upstream version image.yaml
 * names (undefined when it can): it must be that upstream version (not released yet), a
 * release of it (`<upstream>-r<N>`), or a release of an older upstream version (an upgrade
 * whose release is pending). Anything else (1.26.4 made by plain `changeset version`, a
 * newer upstream's release) is refused with the fix.
 */
export function packageVersionProblem(packageVersion: string, upstream: string): string | undefined {
  if (packageVersion === upstream) return undefined;
  const release = parseReleaseVersion(packageVersion);
  if (release && (release.upstream === upstream || compareReleases(release, { upstream, revision: 1 }) < 0)) return undefined;
  return (
    `version ${JSON.stringify(packageVersion)} is neither image.yaml's version ${upstream}, nor a release ${upstream}-r<N>, nor a release of an older upstream version;` +
    ` set it back to the last release and run ${VERSION_COMMAND} (plain \`changeset version\` makes semver bumps such as 1.26.4)`
  );
}
