// Release records: where and under which digest a tier was published. They come from the
// registry, not from the repository: `armorred releases IMAGE --registry R --json` prints an
// image line's listing (@armorred/publish's ReleaseListing), and the site is given that
// output in a file (one listing, or a list of them). Without one every tier is "not yet
// published". The file is checked field by field: it is the site's input, not trusted code.
import { ArmorredError, EXIT } from '@armorred/errors';
import type { ListedRelease, ReleaseListing } from '@armorred/publish';
import { TIER_NAMES, type TierName } from '@armorred/spec';

export interface ReleaseRecord {
  /** Image folder, e.g. nginx-1.26 (<name>-<line> of the listing). */
  image: string;
  tier: TierName;
  /** The release version, e.g. 1.26.3-r1. */
  version: ListedRelease['version'];
  /** Manifest digest of the release: its identity. */
  digest: ListedRelease['digest'];
  /** Repository it was pushed to, e.g. ghcr.io/armorred/nginx. */
  repository: ReleaseListing['repository'];
  /** Tags naming the digest, the immutable release tag first. */
  tags: ListedRelease['tags'];
  signed: ListedRelease['signed'];
  /** cosign --type names of the attestations (cyclonedx, spdxjson, openvex). */
  attested: ListedRelease['attested'];
  /** org.armorred.pkgs of the published image (nixpkgs for a release). */
  packageSet: ListedRelease['packageSet'];
}

/** A releases file that cannot be used; the message names the file and the field. */
export class ReleasesError extends ArmorredError {
  constructor(file: string, message: string) {
    super(`${file}: ${message}; give the JSON that \`armorred releases IMAGE --registry R --json\` prints (one listing, or a list of them)`, EXIT.INVALID);
  }
}

/** A releases file is small: a record per published tier and version. */
export const MAX_RELEASES_BYTES = 64 * 1024 * 1024;

const DIGEST = /^sha256:[a-f0-9]{64}$/;
// What registries and release versions allow; nothing here reaches a page unescaped, this
// only refuses what `armorred releases` would never have printed.
const REPOSITORY = /^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;
const LINE = /^[0-9]+(\.[0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const WORD = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,199}$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses `armorred releases … --json` output (a listing, or a list of listings) into records, newest first per line. */
export function parseReleases(file: string, text: string): ReleaseRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReleasesError(file, `not valid JSON (${(error as Error).message})`);
  }
  const listings = Array.isArray(value) ? value : [value];
  const records: ReleaseRecord[] = [];
  listings.forEach((listing, listingIndex) => {
    const at = Array.isArray(value) ? `[${listingIndex}]` : '';
    if (!isObject(listing)) throw new ReleasesError(file, `${at || 'the document'} is not an object`);
    const { repository, line, releases } = listing;
    if (typeof repository !== 'string' || !REPOSITORY.test(repository))
      throw new ReleasesError(file, `${at}.repository must be a repository such as ghcr.io/armorred/nginx`);
    if (typeof line !== 'string' || !LINE.test(line)) throw new ReleasesError(file, `${at}.line must be a release line such as 1.26`);
    if (!Array.isArray(releases)) throw new ReleasesError(file, `${at}.releases must be a list`);
    const image = `${repository.slice(repository.lastIndexOf('/') + 1)}-${line}`;
    releases.forEach((release: unknown, index) => {
      const where = `${at}.releases[${index}]`;
      if (!isObject(release)) throw new ReleasesError(file, `${where} is not an object`);
      const text = (name: string, pattern: RegExp, what: string): string => {
        const found = release[name];
        if (typeof found !== 'string' || !pattern.test(found)) throw new ReleasesError(file, `${where}.${name} must be ${what}`);
        return found;
      };
      const tier = release.tier;
      if (!TIER_NAMES.includes(tier as TierName)) throw new ReleasesError(file, `${where}.tier must be one of ${TIER_NAMES.join(', ')}`);
      const tags = release.tags;
      if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string' && TAG.test(tag)))
        throw new ReleasesError(file, `${where}.tags must be a list of tags`);
      const attested = release.attested ?? [];
      if (!Array.isArray(attested) || !attested.every((type) => typeof type === 'string' && WORD.test(type)))
        throw new ReleasesError(file, `${where}.attested must be a list of attestation types`);
      if (typeof release.signed !== 'boolean') throw new ReleasesError(file, `${where}.signed must be true or false`);
      records.push({
        image,
        tier: tier as TierName,
        version: text('version', WORD, 'a release version such as 1.26.3-r1'),
        digest: text('digest', DIGEST, 'a sha256 digest (sha256: and 64 hex digits)'),
        repository,
        tags: tags as string[],
        signed: release.signed,
        attested: attested as string[],
        packageSet: text('packageSet', WORD, 'a package set name'),
      });
    });
  });
  return records;
}

/** The latest release of a tier: listings are newest first, so the first record of the tier. */
export function latestRelease(records: readonly ReleaseRecord[], image: string, tier: TierName): ReleaseRecord | undefined {
  return records.find((record) => record.image === image && record.tier === tier);
}
