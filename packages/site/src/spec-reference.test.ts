import { describe, expect, it } from 'vitest';
import { imageSchema } from '@armorred/spec';
import { fieldRows, renderSpecReference, typeOf, type SchemaNode } from './spec-reference.js';

const schema = imageSchema as unknown as SchemaNode;

describe('the spec reference', () => {
  const rows = fieldRows(schema);

  it('documents every field of the schema, each with a description', () => {
    const paths = rows.map((row) => row.path);
    for (const path of [
      'name',
      'runtime.user',
      'runtime.ports[].protocol',
      'healthcheck.expect.bodyMatches',
      'runtime.writablePaths[].kind',
      'upstream.figures.vulnerabilities.total',
      'tiers.locked',
    ])
      expect(paths).toContain(path);
    expect(rows.filter((row) => row.description === '').map((row) => row.path)).toEqual([]);
  });

  it('refers to a mapping documented already instead of repeating it', () => {
    expect(rows.find((row) => row.path === 'tiers.hardened.runtime')?.type).toBe('as runtime');
    expect(rows.find((row) => row.path === 'tiers.locked')?.type).toBe('as tiers.hardened');
    expect(rows.some((row) => row.path.startsWith('tiers.hardened.runtime.'))).toBe(false);
  });

  it('says each type in words', () => {
    expect(typeOf({ type: 'integer', minimum: 1, maximum: 65535 })).toBe('integer, 1 to 65535');
    expect(typeOf({ enum: ['tcp', 'udp'] })).toBe('one of "tcp", "udp"');
    expect(typeOf({ type: 'array', items: { type: 'boolean' }, maxItems: 3 })).toBe('list of: true or false, at most 3 entries');
    expect(rows.find((row) => row.path === 'runtime.writablePaths[]')?.type).toContain('an absolute path');
    expect(rows.find((row) => row.path === 'runtime.writablePaths[].kind')?.type).toBe('one of "scratch", "state"');
    expect(rows.find((row) => row.path === 'name')).toMatchObject({ required: true });
  });

  it('renders the plain top-level keys together and a section for each key with fields', () => {
    const page = renderSpecReference(schema, { schemaFile: 'packages/spec/image.schema.json', sourceFile: 'packages/spec/src/schema.ts' });
    expect(page).toContain('## Top-level keys {#top-level}');
    for (const key of ['package', 'runtime', 'healthcheck', 'checks', 'acceptedFindings', 'upstream', 'tiers'])
      expect(page).toContain(`## ${key} {#field-${key}}`);
    expect(page).not.toContain('{#field-name}');
    for (const key of Object.keys(imageSchema.properties)) expect(page).toMatch(new RegExp(`<code>${key}(\\[\\])?</code>`));
    expect(page).toContain('<code>runtime.stopSignal</code>');
  });
});
