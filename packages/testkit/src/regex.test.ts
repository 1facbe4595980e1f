import { describe, expect, it } from 'vitest';
import { MATCH_INPUT_LIMIT, RegexTimeoutError, matchesBounded } from './regex.js';

describe('matchesBounded', () => {
  it('matches with JavaScript semantics (lookaround and backreferences included)', async () => {
    expect(await matchesBounded('^\\+PONG', '+PONG\r\n')).toBe(true);
    expect(await matchesBounded('Welcome to nginx', '<h1>Welcome to nginx on ARMORRED</h1>')).toBe(true);
    expect(await matchesBounded('(?<=v)\\d+', 'v42')).toBe(true);
    expect(await matchesBounded('(a)\\1', 'ab')).toBe(false);
  });

  it('stops a catastrophically backtracking pattern and says why, then keeps working', async () => {
    const error = await matchesBounded('^(a+)+$', `${'a'.repeat(40)}b`, 300).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RegexTimeoutError);
    expect((error as Error).message).toMatch(/took longer than 300 ms on 41 characters .* simplify it/);
    // The stuck worker was replaced: the next match runs.
    expect(await matchesBounded('ok', 'ok')).toBe(true);
  });

  it('looks only at the first MATCH_INPUT_LIMIT characters', async () => {
    const input = `${'x'.repeat(MATCH_INPUT_LIMIT)}needle`;
    expect(await matchesBounded('needle', input)).toBe(false);
    expect(await matchesBounded('^x+$', input)).toBe(true);
  });

  it('rejects an invalid pattern with the engine message', async () => {
    await expect(matchesBounded('(', 'x')).rejects.toThrow(/invalid regular expression: .*Unterminated group/);
  });
});
