// What to do next for one released tier, given what the registry holds. Pure: the
// registry's state in, a plan out. The rules that make publishing idempotent and safe to
// interrupt live here:
// - The immutable tag (1.26.3-r1-hardened) is created only after the digest was built,
//   tested, pushed, signed, attested and verified, and before any moving tag. So its
//   presence proves all of that happened once; a release whose immutable tag exists is
//   never rebuilt or re-signed, only its moving tags may still need setting (a run
//   interrupted between tags).
// - Without the immutable tag nothing is trusted: build, test, push (blobs the registry
//   has are skipped), sign and attest what is missing, verify everything, then tag.
// - A moving tag (1.26-hardened, 1.26.3-hardened) points at the newest release it names;
//   publishing an older release never moves it back.
import { cosignTag, movingTagTarget, type ReleaseTag, type ReleaseVersion, type TierTags } from '@armorred/release-version';
import { ATTESTATION_KINDS } from '@armorred/signing';
import type { TierName } from '@armorred/spec';

/** What the registry holds that matters to one tier's release. */
export interface TierState {
  /** The digest the immutable tag names, when it exists. */
  released?: string;
  /** The digest each moving tag names now (undefined: the tag does not exist). */
  moving: Record<string, string | undefined>;
  /** Whether the released digest has a cosign signature tag (sha256-<hex>.sig). */
  signed: boolean;
  /** The predicate types in the released digest's cosign attestation tag (sha256-<hex>.att). */
  attested: string[];
  /** Every release tag of the repository (all tiers, all versions). */
  releaseTags: ReleaseTag[];
  /** The attestation manifest's digest, when it was read (for the release record). */
  attestations?: { digest: string; predicateTypes: string[] };
}

export type TierPlan =
  /** Released, signed, attested, every tag in place: nothing to do. */
  | { action: 'complete'; digest: string }
  /** Released and signed; these tags still need to point at the digest. */
  | { action: 'retag'; digest: string; tags: string[] }
  /** Released, but its signature or an attestation is missing: sign/attest, verify, then tags. */
  | { action: 'secure'; digest: string; tags: string[] }
  /** Not released: build, test, push, sign, attest, verify, then tag. */
  | { action: 'release' };

/**
 * The tags to point at `digest`, in the order to set them: the immutable tag first (when
 * the registry does not have it yet), then each moving tag whose newest release is this one.
 */
export function tagsToSet(tierTags: TierTags, release: ReleaseVersion, tier: TierName, digest: string, state: TierState): string[] {
  const self: ReleaseTag = { ...release, tier, tag: tierTags.immutable };
  const releases = [...state.releaseTags.filter((tag) => tag.tag !== self.tag), self];
  const tags = state.released === digest ? [] : [tierTags.immutable];
  for (const tag of tierTags.moving) {
    if (movingTagTarget(tag, releases)?.tag === self.tag && state.moving[tag] !== digest) tags.push(tag);
  }
  return tags;
}

/** Whether a released digest carries its signature and every attestation kind. */
export function isSecured(state: Pick<TierState, 'signed' | 'attested'>): boolean {
  return state.signed && ATTESTATION_KINDS.every((kind) => state.attested.includes(kind.predicateType));
}

export function planTier(tierTags: TierTags, release: ReleaseVersion, tier: TierName, state: TierState): TierPlan {
  const digest = state.released;
  if (digest === undefined) return { action: 'release' };
  const tags = tagsToSet(tierTags, release, tier, digest, state);
  if (!isSecured(state)) return { action: 'secure', digest, tags };
  return tags.length === 0 ? { action: 'complete', digest } : { action: 'retag', digest, tags };
}

/** The cosign storage tags of a digest, to look up in a tag list. */
export function securityTags(digest: string): { signature: string; attestations: string } {
  return { signature: cosignTag(digest, 'sig'), attestations: cosignTag(digest, 'att') };
}

/** One line saying what a plan will do (dry runs and progress). */
export function describePlan(plan: TierPlan, tierTags: TierTags): string {
  switch (plan.action) {
    case 'complete':
      return `already published as @${plan.digest}: nothing to do (no upload, no tag moved)`;
    case 'retag':
      return `published as @${plan.digest}; set tags ${plan.tags.join(', ')}`;
    case 'secure':
      return `published as @${plan.digest} but not fully signed and attested: sign/attest what is missing, verify, then set tags ${plan.tags.join(', ') || '(none)'}`;
    case 'release':
      return `build, test, push by digest, sign, attest (${ATTESTATION_KINDS.map((kind) => kind.type).join(', ')}), verify, then tag ${[tierTags.immutable, ...tierTags.moving].join(', ')}`;
  }
}
