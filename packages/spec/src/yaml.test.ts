// The limits and rules of YAML loading, one example each: what a hostile file gets.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { SpecError, formatIssue } from './errors.js';
import { MAX_DEPTH, MAX_ENTRIES, parseYamlFile, readPlainYaml } from './yaml.js';

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

/** A spec in the forms specs are written in: every scalar style, flow lists, comments. */
const PLAIN_SPEC = `# a comment before the document
name: nginx
version: 1.26.3
line: "1.26"
description: 'Hardened Nginx'
port: 8080
ratio: 0.5
enabled: true
nothing: null
tilde: ~
numbers: [0x1F, 0o17, .inf, -.Inf, .nan, 1e3, "1e3", -0, +12]
empty: []
none: {}
runtime:
  entrypoint: ["/bin/nginx"]
  cmd: ["-g", 'daemon off;',]
  env:
    PATH: /bin  # trailing comment
  writablePaths:
    - /tmp
    # between items
    - /var/cache/nginx
  configFiles:
    - source: nginx.conf
      mode: "0444"
justification: >-
  folded
  text
script: |
  line one
    line two
escaped: "tab\\tand \\u00e9"
# after the last entry
`;

/** What the composer makes of `text`: its problems and the value (as parseYamlFile reads a composed document). */
function composed(text: string): { problems: string[]; value: string } {
  const doc = parseDocument(text, { strict: true, uniqueKeys: false, version: '1.2', schema: 'core' });
  return { problems: [...doc.errors, ...doc.warnings].map((problem) => problem.code), value: exact(doc.toJS()) };
}

/** JSON that keeps key order and tells NaN, Infinity and -0 apart. */
function exact(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'number' && (!Number.isFinite(item) || Object.is(item, -0)) ? `number ${Object.is(item, -0) ? '-0' : String(item)}` : item,
  );
}

/** Deterministic pseudo-random numbers (a fixed seed: the same cases on every run). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe('the fast path (values read from the parser tokens, without the composer)', () => {
  it('reads the forms specs are written in, as the composer does', () => {
    const fast = readPlainYaml(PLAIN_SPEC);
    expect(fast).toBeDefined();
    expect(composed(PLAIN_SPEC)).toEqual({ problems: [], value: exact(fast!.value) });
    expect(exact(parseYamlFile('x.yaml', PLAIN_SPEC).value)).toBe(exact(fast!.value));
  });

  it('leaves to the composer what it does not read exactly as the composer would', () => {
    for (const text of [
      'a: &x 1\nb: *x\n', // anchors and aliases
      'a: !!str 1\n', // tags
      '? a\n: 1\n', // explicit keys
      'a:\nb: 1\n', // empty values
      'a:\n\t- 1\n', // tabs
      'a: [1,\n  2]\n', // flow collections over several lines
      'a: { b: 1 }\n', // flow mappings with entries
      '---\na: 1\n', // document markers
      'a: 1\na: 2\n', // duplicate keys (buildValue locates them)
      '__proto__: 1\n',
      'a: 9007199254740993\n',
      '- a\n', // not a mapping
      'a: "x"#c\n', // a comment not separated by a space
      `${'k'.repeat(1100)}: 1\n`, // keys over 1024 characters
    ])
      expect(readPlainYaml(text), JSON.stringify(text)).toBeUndefined();
  });

  it('agrees with the composer on 1500 damaged specs: where it reads one, the composer finds no problem and the same value', () => {
    const next = random(1);
    const inserts = [
      ' ',
      '  ',
      '\t',
      '\n',
      ':',
      '-',
      '- ',
      '#',
      ' #',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '?',
      '&a ',
      '*a',
      '!',
      '|',
      '>',
      'a',
      '0',
      '\\',
      '%',
      '@',
      '`',
      ': ',
      '---\n',
      '...\n',
      '\r\n',
      '\u00a0',
      'x'.repeat(1100),
    ];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let read = 0;
    for (let round = 0; round < 1500; round++) {
      let text = PLAIN_SPEC;
      for (let edit = 0; edit < 1 + Math.floor(next() * 3); edit++) {
        const at = Math.floor(next() * text.length);
        const kind = next();
        const lines = text.split('\n');
        const line = Math.floor(next() * lines.length);
        if (kind < 0.4) text = text.slice(0, at) + pick(inserts) + text.slice(at);
        else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
        else if (kind < 0.85) text = [...lines.slice(0, line), pick(lines), ...lines.slice(line)].join('\n');
        else
          text = [...lines.slice(0, line), `${next() < 0.5 ? ' ' : ''}${lines[line]!.replace(/^ /, next() < 0.5 ? '' : '   ')}`, ...lines.slice(line + 1)].join(
            '\n',
          );
      }
      const fast = readPlainYaml(text);
      if (!fast) continue;
      read++;
      expect(composed(text), JSON.stringify(text)).toEqual({ problems: [], value: exact(fast.value) });
    }
    // Most damage still leaves a readable document: the comparison is not vacuous.
    expect(read).toBeGreaterThan(500);
  });
});
