// The tags of a released tier. Per tier, three tags name one digest:
//   <version>-r<N>-<tier>   1.26.3-r1-hardened   immutable: created once, never moved
//   <version>-<tier>        1.26.3-hardened      moving: the newest revision of that upstream version
//   <line>-<tier>           1.26-hardened        moving: the newest release of the line
// The digest is the identity; tags are names for people. cosign's own tags
// (sha256-<hex>.sig/.att/.sbom) are storage, never shown as releases.
import { TIER_NAMES, type TierName } from '@armorred/spec';
import { compareReleases, formatReleaseVersion, parseReleaseVersion, type ReleaseVersion } from './version.js';

export interface TierTags {
  /** Created once, when the release is complete; never moved. */
  immutable: string;
  /** Moved to the newest release they name: [line tag, version tag]. */
  moving: string[];
}

export function releaseTags(line: string, release: ReleaseVersion, tier: TierName): TierTags {
  const moving = [...new Set([`${line}-${tier}`, `${release.upstream}-${tier}`])];
  return { immutable: `${formatReleaseVersion(release)}-${tier}`, moving };
}

/** cosign's storage tags (signatures, attestations, SBOMs: sha256-<hex>.sig and the like). */
export function isCosignTag(tag: string): boolean {
  return /^sha256-[0-9a-f]{64}(\.[a-z]+)?$/.test(tag);
}

/** cosign's tag for an artifact of a digest: sha256:abc... -> sha256-abc....sig */
export function cosignTag(digest: string, kind: 'sig' | 'att' | 'sbom'): string {
  return `${digest.replace(':', '-')}.${kind}`;
}

export interface ReleaseTag extends ReleaseVersion {
  tier: TierName;
  tag: string;
}

/** An immutable release tag read back (1.26.3-r1-hardened); undefined for any other tag. */
export function parseReleaseTag(tag: string): ReleaseTag | undefined {
  for (const tier of TIER_NAMES) {
    if (!tag.endsWith(`-${tier}`)) continue;
    const release = parseReleaseVersion(tag.slice(0, -tier.length - 1));
    if (release) return { ...release, tier, tag };
  }
  return undefined;
}

/**
 * Where a moving tag belongs, given every release tag a repository holds: the newest
 * release of `tier` the tag names (its line, or its upstream version). Undefined when no
 * release matches (the tag should not exist yet).
 */
export function movingTagTarget(movingTag: string, releases: readonly ReleaseTag[]): ReleaseTag | undefined {
  const candidates = releases.filter((release) => {
    if (!movingTag.endsWith(`-${release.tier}`)) return false;
    const name = movingTag.slice(0, -release.tier.length - 1);
    return release.upstream === name || release.upstream.startsWith(`${name}.`);
  });
  return candidates.sort(compareReleases).at(-1);
}
