// Release records: where and under which digest a tier was published. They come from the
// registry, not from the repository: `armorred releases IMAGE --registry R --json` prints
// them, and the site is given that output (one image's object, or a list of them) in a
// file. Without one every tier is "not yet published".
import { ArmorredError, EXIT } from '@armorred/errors';
import { TIER_NAMES, type TierName } from '@armorred/spec';

export interface ReleaseRecord {
  /** Image folder, e.g. nginx-1.26. */
  image: string;
  tier: TierName;
  /** Manifest digest the tier was pushed by, e.g. sha256:… */
  digest: string;
  /** Repository it was pushed to, e.g. ghcr.io/armorred/nginx (default: the catalog's). */
  repository?: string;
  /** Tags pointing at the digest, e.g. 1.26-hardened. */
  tags: string[];
  /** Upstream version of the release, e.g. 1.26.3. */
  version?: string;
  /** RFC 3339 time of publication. */
  publishedAt?: string;
  /** Where cosign's public key for the signature is (a file name or URL). */
  publicKey?: string;
}

/** A releases file that cannot be used; the message names the file and the field. */
export class ReleasesError extends ArmorredError {
  constructor(file: string, message: string) {
    super(
      `${file}: ${message}; give the JSON that \`armorred releases IMAGE --registry R --json\` prints (one image's object, or a list of them)`,
      EXIT.INVALID,
    );
  }
}

/** A releases file is small: a record per published tier and version. */
export const MAX_RELEASES_BYTES = 64 * 1024 * 1024;

const DIGEST = /^sha256:[a-f0-9]{64}$/;
// Names and tags as registries allow them; nothing here reaches a page unescaped, this only
// refuses what no registry would have printed.
const IMAGE = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]+(\.[0-9]+)*$/;
const REPOSITORY = /^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const SINGLE_LINE = /^[^\u0000-\u001f\u007f]{1,2000}$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Parses the releases JSON: `{ image, releases: [{ tier, digest, tags?, ... }] }` or a list of such objects. */
export function parseReleases(file: string, text: string): ReleaseRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ReleasesError(file, `not valid JSON (${(error as Error).message})`);
  }
  const outputs = Array.isArray(value) ? value : [value];
  const records: ReleaseRecord[] = [];
  outputs.forEach((output, outputIndex) => {
    const at = Array.isArray(value) ? `[${outputIndex}]` : '';
    if (!isObject(output)) throw new ReleasesError(file, `${at || 'the document'} is not an object`);
    const image = output.image;
    if (typeof image !== 'string' || !IMAGE.test(image)) throw new ReleasesError(file, `${at}.image must be an image folder name such as nginx-1.26`);
    if (!Array.isArray(output.releases)) throw new ReleasesError(file, `${at}.releases must be a list`);
    output.releases.forEach((release: unknown, index) => {
      const where = `${at}.releases[${index}]`;
      if (!isObject(release)) throw new ReleasesError(file, `${where} is not an object`);
      const field = (name: string, pattern: RegExp, what: string): string | undefined => {
        const found = release[name];
        if (found === undefined) return undefined;
        if (typeof found !== 'string' || !pattern.test(found)) throw new ReleasesError(file, `${where}.${name} must be ${what}`);
        return found;
      };
      const tier = release.tier;
      if (!TIER_NAMES.includes(tier as TierName)) throw new ReleasesError(file, `${where}.tier must be one of ${TIER_NAMES.join(', ')}`);
      const digest = field('digest', DIGEST, 'a sha256 digest (sha256: and 64 hex digits)');
      if (digest === undefined) throw new ReleasesError(file, `${where}.digest is missing`);
      const tagList = release.tags ?? (release.tag === undefined ? [] : [release.tag]);
      if (!Array.isArray(tagList) || !tagList.every((tag) => typeof tag === 'string' && TAG.test(tag)))
        throw new ReleasesError(file, `${where}.tags must be a list of tags`);
      const publishedAt = field('publishedAt', SINGLE_LINE, 'a time');
      if (publishedAt !== undefined && Number.isNaN(Date.parse(publishedAt))) throw new ReleasesError(file, `${where}.publishedAt must be an RFC 3339 time`);
      const repository = field('repository', REPOSITORY, 'a repository such as ghcr.io/armorred/nginx');
      const version = field('version', SINGLE_LINE, 'a version');
      const publicKey = field('publicKey', SINGLE_LINE, 'a file name or URL');
      records.push({
        image,
        tier: tier as TierName,
        digest,
        tags: tagList as string[],
        ...(repository ? { repository } : {}),
        ...(version ? { version } : {}),
        ...(publishedAt ? { publishedAt } : {}),
        ...(publicKey ? { publicKey } : {}),
      });
    });
  });
  return records;
}

/** The latest release of a tier: the newest publishedAt, else the last record listed. */
export function latestRelease(records: readonly ReleaseRecord[], image: string, tier: TierName): ReleaseRecord | undefined {
  let latest: ReleaseRecord | undefined;
  for (const record of records) {
    if (record.image !== image || record.tier !== tier) continue;
    if (!latest || !latest.publishedAt || !record.publishedAt || Date.parse(record.publishedAt) >= Date.parse(latest.publishedAt)) latest = record;
  }
  return latest;
}
