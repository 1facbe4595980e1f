// Every rule of the schema can be explained in words: no error message shows a raw regex.
import { describe, expect, it } from 'vitest';
import { PATTERN_RULES, SINGLE_LINE, imageSchema } from './schema.js';

/** Every `pattern` in a schema, with the description of the schema that holds it (if any). */
function patterns(schema: unknown, found: { pattern: string; described: boolean }[] = []): { pattern: string; described: boolean }[] {
  if (Array.isArray(schema)) for (const item of schema) patterns(item, found);
  else if (typeof schema === 'object' && schema !== null) {
    const node = schema as { pattern?: unknown; description?: unknown };
    if (typeof node.pattern === 'string') found.push({ pattern: node.pattern, described: typeof node.description === 'string' });
    for (const value of Object.values(schema)) patterns(value, found);
  }
  return found;
}

describe('the image schema', () => {
  it('says in words what every pattern allows', () => {
    const unexplained = patterns(imageSchema).filter(({ pattern, described }) => !described && PATTERN_RULES[pattern] === undefined);
    expect(unexplained).toEqual([]);
  });

  it('refuses C0 and C1 controls, bidirectional-text controls, line separators and lone surrogates in text, not other characters', () => {
    const singleLine = new RegExp(SINGLE_LINE, 'u');
    for (const bad of ['\n', '\t', '\u001b', '\u007f', '\u0085', '\u009b', '\u061c', '\u200e', '\u202e', '\u2028', '\u2066', '\ud800', '\udc00', 'a\ud800b'])
      expect(singleLine.test(`x${bad}y`), JSON.stringify(bad)).toBe(false);
    for (const good of ['${x}', "''", '`', '\\', 'é', '日本', '\u{1F600}', 'a\u00a0b']) expect(singleLine.test(good), JSON.stringify(good)).toBe(true);
  });
});
