// superLinearRegex: the ReDoS verdict on a spec's regular expressions.
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { superLinearRegex } from './spec-check.js';

describe('superLinearRegex', () => {
  it('refuses quantifiers that can match the same characters in more than one way', () => {
    expect(superLinearRegex('^(a+)+$')).toContain('exponential time');
    expect(superLinearRegex('\\d*\\d*x')).toContain('polynomial time');
    expect(superLinearRegex('^\\+PONG\\r?$')).toBeUndefined();
  });

  it('says a pattern without quantifiers is linear without the analysis, as the analysis would', () => {
    const patterns = ['Welcome to nginx on ARMORRED', '^jq-1\\.', '\\b42\\b', '^\\+PONG', '(a|ab)(c|bcd)', '(?=a)b', '(a|b)\\1', '[^x]y'];
    for (const pattern of patterns) {
      expect(superLinearRegex(pattern), pattern).toBeUndefined();
      expect(analyse(new RegExp(pattern)).reports, pattern).toEqual([]);
    }
  });
});
