// The spec reference: every field of image.yaml, from the JSON Schema (packages/spec's
// imageSchema), so the site documents each field from the same source that validates it.
import { PATTERN_RULES } from '@armorred/spec';
import { element, escapeHtml, heading, htmlBlock, tableBlock, text } from './html.js';

/** The parts of JSON Schema the spec schema uses. */
export interface SchemaNode {
  type?: string;
  description?: string;
  title?: string;
  enum?: readonly unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  minProperties?: number;
  items?: SchemaNode;
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  additionalProperties?: SchemaNode | boolean;
  propertyNames?: SchemaNode;
  anyOf?: readonly SchemaNode[];
}

export interface FieldRow {
  /** e.g. runtime.ports[].port */
  path: string;
  type: string;
  required: boolean;
  description: string;
}

function list(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** The type of a node in words, e.g. "integer, 1 to 65535" or "list of strings (at most 200)". */
export function typeOf(node: SchemaNode): string {
  if (node.enum) return `one of ${list(node.enum)}`;
  if (node.anyOf) return `one of: ${node.anyOf.map(typeOf).join('; ')}`;
  const parts: string[] = [];
  switch (node.type) {
    case 'string': {
      parts.push('string');
      if (node.pattern) parts.push(PATTERN_RULES[node.pattern]?.replace(/^must be /, '') ?? `matching ${node.pattern}`);
      if (node.minLength) parts.push('not empty');
      if (node.maxLength) parts.push(`at most ${node.maxLength} characters`);
      break;
    }
    case 'integer':
    case 'number': {
      parts.push(node.type);
      if (node.minimum !== undefined && node.maximum !== undefined) parts.push(`${node.minimum} to ${node.maximum}`);
      else if (node.minimum !== undefined) parts.push(`at least ${node.minimum}`);
      break;
    }
    case 'boolean':
      parts.push('true or false');
      break;
    case 'array': {
      parts.push(node.items ? `list of: ${typeOf(node.items)}` : 'list');
      if (node.maxItems) parts.push(`at most ${node.maxItems} entries`);
      break;
    }
    case 'object': {
      if (node.properties) parts.push('mapping');
      if (typeof node.additionalProperties === 'object') {
        const names = node.propertyNames?.description ?? node.propertyNames?.pattern;
        parts.push(`mapping of names${names ? ` (${names})` : ''} to: ${typeOf(node.additionalProperties)}`);
      }
      if (!node.properties && typeof node.additionalProperties !== 'object') parts.push('mapping');
      break;
    }
    default:
      parts.push(node.type ?? 'any');
  }
  return parts.join(', ');
}

/** Every field below `node`, depth first, in the schema's order. `seen` stops at a mapping documented already. */
export function fieldRows(node: SchemaNode, prefix = '', seen = new Map<object, string>()): FieldRow[] {
  const rows: FieldRow[] = [];
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const path = prefix ? `${prefix}.${name}` : name;
    const required = node.required?.includes(name) ?? false;
    // The mapping whose fields are listed below this one: the child, its list's entries, or
    // the mapping form where a value may take several forms (a path, or { path, kind }).
    const mappingOf = (node: SchemaNode | undefined) => (node?.properties ? node : node?.anyOf?.find((branch) => branch.properties));
    const entries = child.type === 'array' ? mappingOf(child.items) : undefined;
    const target = entries ?? mappingOf(child) ?? child;
    const known = target.properties ? seen.get(target.properties) : undefined;
    const shown = target === child ? path : `${path}[]`;
    rows.push({
      path: shown,
      type: known ? `as ${known}` : typeOf(child),
      required,
      description: child.description ?? target.description ?? '',
    });
    if (known || !target.properties) continue;
    seen.set(target.properties, shown);
    rows.push(...fieldRows(target, shown, seen));
  }
  return rows;
}

/** The spec reference page (markdown). `schemaFile` and `sourceFile` name where the schema lives. */
export function renderSpecReference(schema: SchemaNode, files: { schemaFile: string; sourceFile: string }): string {
  const rows = fieldRows(schema);
  // Plain top-level keys share one section; a key with fields of its own gets a section.
  const topOf = (row: FieldRow) => row.path.split(/[.[]/)[0]!;
  const nested = new Set(rows.filter((row) => row.path !== topOf(row)).map(topOf));
  const groups = new Map<string, FieldRow[]>([['top-level keys', []]]);
  for (const row of rows) {
    const group = nested.has(topOf(row)) ? topOf(row) : 'top-level keys';
    groups.set(group, [...(groups.get(group) ?? []), row]);
  }
  const lines = [
    '---',
    'title: Spec reference',
    'description: Every field of image.yaml, from its JSON Schema',
    '---',
    '',
    '<!-- Generated from the image spec JSON Schema by @armorred/site when the site is built; not checked in. -->',
    '',
    heading(1, 'Spec reference (image.yaml)'),
    '',
    htmlBlock(
      'p',
      {},
      'Every field of ',
      text('code', {}, 'image.yaml'),
      ', generated from its JSON Schema (',
      text('code', {}, files.sourceFile),
      ', also written to ',
      text('code', {}, files.schemaFile),
      ' for editors). How tiers override the base keys and the rules for text, paths and names are in ',
      element('a', { href: 'spec.html' }, 'the spec guide'),
      '.',
    ),
    '',
  ];
  for (const [top, group] of groups) {
    const id = top === 'top-level keys' ? 'top-level' : `field-${top}`;
    lines.push(
      heading(2, top === 'top-level keys' ? 'Top-level keys' : top, id),
      '',
      tableBlock(
        top === 'top-level keys' ? 'Top-level keys' : `${top} and its fields`,
        [{ label: 'Field' }, { label: 'Required' }, { label: 'Meaning' }, { label: 'Value' }],
        group.map((row) => [
          { html: text('code', {}, row.path), attrs: { id: `spec-${row.path.replace(/[^A-Za-z0-9]+/g, '-')}` } },
          row.required ? 'yes' : 'no',
          { html: escapeHtml(row.description) },
          row.type,
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}
