import { describe, expect, it } from 'vitest';
import { cosignTag, parseReleaseTag, releaseTags, type ReleaseTag, type ReleaseVersion } from '@armorred/release-version';
import { ATTESTATION_KINDS } from '@armorred/signing';
import { describePlan, planTier, tagsToSet, type TierState } from './plan.js';

const D1 = `sha256:${'1'.repeat(64)}`;
const D2 = `sha256:${'2'.repeat(64)}`;
const ALL_TYPES = ATTESTATION_KINDS.map((kind) => kind.predicateType);
const r = (upstream: string, revision: number): ReleaseVersion => ({ upstream, revision });
const tags = (...names: string[]): ReleaseTag[] => names.map((name) => parseReleaseTag(name)!);

function state(partial: Partial<TierState>): TierState {
  return { moving: {}, signed: false, attested: [], releaseTags: [], ...partial };
}

describe('planning a tier from what the registry holds', () => {
  const release = r('1.26.3', 1);
  const tierTags = releaseTags('1.26', release, 'hardened');

  it('an empty registry: the whole release, tags in order immutable first', () => {
    const plan = planTier(tierTags, release, 'hardened', state({}));
    expect(plan).toEqual({ action: 'release' });
    expect(tagsToSet(tierTags, release, 'hardened', D1, state({}))).toEqual(['1.26.3-r1-hardened', '1.26-hardened', '1.26.3-hardened']);
    expect(describePlan(plan, tierTags)).toContain('verify, then tag 1.26.3-r1-hardened, 1.26-hardened, 1.26.3-hardened');
  });

  it('a digest pushed and even signed but without its immutable tag (a run killed before tagging) is released again from the start', () => {
    // Nothing without the immutable tag is trusted: the next run tests, verifies and tags.
    expect(planTier(tierTags, release, 'hardened', state({ moving: { '1.26-hardened': undefined } })).action).toBe('release');
  });

  it('complete: released, signed, attested, every tag in place -> nothing to do', () => {
    const complete = state({
      released: D1,
      moving: { '1.26-hardened': D1, '1.26.3-hardened': D1 },
      signed: true,
      attested: ALL_TYPES,
      releaseTags: tags('1.26.3-r1-hardened'),
    });
    const plan = planTier(tierTags, release, 'hardened', complete);
    expect(plan).toEqual({ action: 'complete', digest: D1 });
    expect(describePlan(plan, tierTags)).toMatch(/nothing to do \(no upload, no tag moved\)/);
  });

  it('killed between the immutable tag and the moving tags: only the missing moving tags are set', () => {
    const partial = state({ released: D1, moving: { '1.26-hardened': D1 }, signed: true, attested: ALL_TYPES, releaseTags: tags('1.26.3-r1-hardened') });
    expect(planTier(tierTags, release, 'hardened', partial)).toEqual({ action: 'retag', digest: D1, tags: ['1.26.3-hardened'] });
  });

  it('a released digest missing an attestation is secured again before any tag is set', () => {
    const missing = state({ released: D1, signed: true, attested: ALL_TYPES.slice(0, 2), releaseTags: tags('1.26.3-r1-hardened') });
    expect(planTier(tierTags, release, 'hardened', missing)).toEqual({ action: 'secure', digest: D1, tags: ['1.26-hardened', '1.26.3-hardened'] });
  });

  it('publishing an older release again never moves the moving tags back', () => {
    const newer = state({
      released: D1,
      moving: { '1.26-hardened': D2, '1.26.3-hardened': D2 },
      signed: true,
      attested: ALL_TYPES,
      releaseTags: tags('1.26.3-r1-hardened', '1.26.3-r2-hardened'),
    });
    expect(planTier(tierTags, release, 'hardened', newer)).toEqual({ action: 'complete', digest: D1 });
  });

  it('a new revision moves both moving tags; an upgrade moves the line tag and starts its own version tag', () => {
    const r2 = r('1.26.3', 2);
    const held = state({ moving: { '1.26-hardened': D1, '1.26.3-hardened': D1 }, releaseTags: tags('1.26.3-r1-hardened') });
    expect(tagsToSet(releaseTags('1.26', r2, 'hardened'), r2, 'hardened', D2, held)).toEqual(['1.26.3-r2-hardened', '1.26-hardened', '1.26.3-hardened']);
    const upgrade = r('1.26.4', 1);
    expect(tagsToSet(releaseTags('1.26', upgrade, 'hardened'), upgrade, 'hardened', D2, held)).toEqual([
      '1.26.4-r1-hardened',
      '1.26-hardened',
      '1.26.4-hardened',
    ]);
  });

  it("the other tier's releases do not decide this tier's tags", () => {
    const locked = state({ releaseTags: tags('1.26.3-r5-locked'), moving: {} });
    expect(tagsToSet(tierTags, release, 'hardened', D1, locked)).toEqual(['1.26.3-r1-hardened', '1.26-hardened', '1.26.3-hardened']);
    expect(cosignTag(D1, 'sig')).toBe(`sha256-${'1'.repeat(64)}.sig`);
  });
});
