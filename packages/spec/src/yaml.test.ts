// The limits and rules of YAML loading, one example each: what a hostile file gets.
import { describe, expect, it } from 'vitest';
import { SpecError, formatIssue } from './errors.js';
import { MAX_DEPTH, MAX_ENTRIES, parseYamlFile } from './yaml.js';

/** The located problems of parsing `text` (empty when it parses). */
function problems(text: string): string[] {
  try {
    parseYamlFile('x.yaml', text);
    return [];
  } catch (error) {
    if (error instanceof SpecError) return error.issues.map(formatIssue);
    throw error;
  }
}

describe('parseYamlFile', () => {
  it('refuses nesting deeper than the limit before the yaml package recurses, flow or block', () => {
    const flow = `a: ${'['.repeat(450_000)}${']'.repeat(450_000)}`;
    expect(flow.length).toBeLessThan(1024 * 1024);
    const deep = `x.yaml:1:38: mappings and lists are nested more than ${MAX_DEPTH} levels deep; a spec needs far fewer: flatten the structure`;
    expect(problems(flow)).toEqual([deep]);
    expect(problems(`a:\n  ${'- '.repeat(400_000)}x\n`)).toEqual([
      `x.yaml:2:70: mappings and lists are nested more than ${MAX_DEPTH} levels deep; a spec needs far fewer: flatten the structure`,
    ]);
    expect(problems(`a: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`)).toEqual([]);
  });

  it('refuses more than the limit of keys and list items, as soon as the parser reaches it', () => {
    const env = `env:\n${Array.from({ length: 60_000 }, (_, index) => `  K${index}: v\n`).join('')}`;
    expect(Buffer.byteLength(env)).toBeLessThan(1024 * 1024);
    expect(problems(env)).toEqual([
      `x.yaml:${MAX_ENTRIES + 1}:8: more than ${MAX_ENTRIES} keys and list items in the file; a spec has a few hundred: shorten it`,
    ]);
  });

  it('finds duplicate keys in a large mapping (linear) and reports each', () => {
    const keys = Array.from({ length: 5000 }, (_, index) => `  K${index}: v\n`).join('');
    expect(problems(`env:\n${keys}  K7: again\n`)).toEqual([`x.yaml:5002:3: duplicate key "K7"; each key may appear only once in a mapping`]);
  });

  it('allows exactly 100 aliases and refuses the 101st, and an alias without its anchor', () => {
    const aliases = (count: number) => `a: &a 1\nb: [${Array(count).fill('*a').join(', ')}]\n`;
    expect(problems(aliases(100))).toEqual([]);
    expect(problems(aliases(101))).toEqual(['x.yaml:2:405: more than 100 aliases; at most 100 are allowed: write the values out']);
    expect(problems('a: *nowhere\n')).toEqual([
      'x.yaml:1:4: alias *nowhere refers to no anchor &nowhere before it; define the anchor first (an alias cannot refer to the node it is in)',
    ]);
    expect(problems('a: &self [ *self ]\n')).toEqual([
      'x.yaml:1:12: alias *self refers to no anchor &self before it; define the anchor first (an alias cannot refer to the node it is in)',
    ]);
  });

  it('refuses aliases that expand the document beyond the size limit', () => {
    const big = `a: &a "${'x'.repeat(20_000)}"\nb: [${Array(60).fill('*a').join(', ')}]\n`;
    expect(problems(big)).toEqual([
      'x.yaml:2:5: aliases expand the document to about 1192 KiB, over the 1 MiB limit for a spec written out; write the values out or reuse less',
    ]);
  });

  it('reads only the core types: other tags and directives are refused where they are', () => {
    const refused = (tag: string) => `tag ${tag} is not allowed; a spec uses only plain mappings, lists, strings, numbers, true/false and null: remove the tag`;
    expect(problems('a: !!omap [ { x: 1 } ]\n')).toEqual([`x.yaml:1:4: ${refused('!!omap')}`]);
    expect(problems('a: !!set { x }\n')).toEqual([`x.yaml:1:4: ${refused('!!set')}`]);
    expect(problems('a:\n  b: !!binary aGVsbG8=\n')).toEqual([`x.yaml:2:6: ${refused('!!binary')}`]);
    expect(problems('a: !!timestamp 2001-12-14\n')).toEqual([`x.yaml:1:4: ${refused('!!timestamp')}`]);
    expect(problems('a: !custom x\n')).toEqual([`x.yaml:1:4: ${refused('!custom')}`]);
    expect(problems('a: !!str 12\nb: !!int "12"\n')).toEqual([]);
    expect(problems('%YAML 1.1\n---\na: yes\n')).toEqual([
      'x.yaml:1:1: YAML directives (%YAML, %TAG) are not used in specs; remove the line (specs are YAML 1.2)',
    ]);
  });

  it('refuses keys that are not plain strings, and __proto__', () => {
    expect(problems('? [a]\n: 1\n')).toEqual(['x.yaml:1:3: a key must be a plain string, not a mapping or list']);
    expect(problems('a: &k x\n*k : 2\n')).toEqual(['x.yaml:2:1: an alias cannot be a key; write the key out']);
    expect(problems('b:\n  __proto__: { polluted: true }\n')).toEqual([
      'x.yaml:2:3: key "__proto__" is not allowed (it would change the object itself, not add a key); no spec key has this name',
    ]);
  });

  it('refuses integers JavaScript cannot hold exactly', () => {
    expect(problems('a: 9007199254740991\nb: -9007199254740991\nc: 1.5\n')).toEqual([]);
    expect(problems('a: 9007199254740992\nb: 1e20\n')).toEqual([
      'x.yaml:1:4: the number 9007199254740992 is too large; integers must be between -9007199254740991 and 9007199254740991',
      'x.yaml:2:4: the number 1e20 is too large; integers must be between -9007199254740991 and 9007199254740991',
    ]);
  });

  it('says what is wrong with lone CR line ends, and with a file that is only a comment', () => {
    expect(problems('# spec\ra: 1\r')).toEqual([
      'x.yaml:1:7: a line ends with a lone carriage return (CR, old Mac line ends), which YAML does not read as a line break; save the file with LF line ends',
    ]);
    expect(problems('a: 1\r\nb: 2\r\n')).toEqual([]);
    expect(problems('# nothing\n')).toEqual(['x.yaml:1:1: file is empty; write the spec as one YAML mapping (see images/nginx-1.26/image.yaml)']);
  });

  it('reports at most 100 problems, and how many more there are', () => {
    const keys = Array.from({ length: 150 }, () => '  K: v\n').join('');
    const found = problems(`env:\n  K: v\n${keys}`);
    expect(found).toHaveLength(101);
    expect(found[100]).toBe('x.yaml:102:3: 50 more problems not shown; fix these first');
  });
});
