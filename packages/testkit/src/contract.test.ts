import { describe, expect, it } from 'vitest';
import { TIERS_ENV, imageEnvironment, tiersUnderTest } from './contract.js';

describe('tiersUnderTest', () => {
  it('is every tier unless the run names some', () => {
    expect(tiersUnderTest({})).toEqual(['hardened', 'locked']);
    expect(tiersUnderTest({ [TIERS_ENV]: '' })).toEqual(['hardened', 'locked']);
    expect(tiersUnderTest({ [TIERS_ENV]: 'hardened' })).toEqual(['hardened']);
    expect(tiersUnderTest({ [TIERS_ENV]: 'locked, hardened' })).toEqual(['hardened', 'locked']);
  });

  it('refuses an unknown tier instead of testing nothing', () => {
    expect(() => tiersUnderTest({ [TIERS_ENV]: 'hardend' })).toThrow('ARMORRED_TEST_TIERS=hardend: unknown tier hardend; the tiers are hardened, locked');
  });
});

describe('imageEnvironment', () => {
  it('names the variables that choose the image of a tier', () => {
    expect(imageEnvironment('locked')).toEqual({ image: 'ARMORRED_TEST_IMAGE_LOCKED', archive: 'ARMORRED_TEST_ARCHIVE_LOCKED' });
  });
});
