// HTML and markdown for VitePress pages, made safe for values from specs, reports and
// changelogs (a pull request is hostile input). VitePress compiles every page into a Vue
// template, so markdown escaping is not enough: text such as `{{ ... }}` would run as a
// template expression. Values therefore reach a page only as escaped HTML inside an
// element marked `v-pre` (Vue leaves it alone), or inside fenced code (VitePress marks
// code blocks v-pre itself).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: the five special characters escaped; newlines become spaces (see htmlBlock). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ESCAPES[char]!).replace(/\r\n|[\r\n]/g, ' ');
}

export type Attributes = Record<string, string | number | boolean | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
}

/** An element: `children` are HTML already (escape text with escapeHtml or use text()). */
export function element(tag: string, attrs: Attributes, ...children: string[]): string {
  return `<${tag}${attributes(attrs)}>${children.join('')}</${tag}>`;
}

/** An element holding escaped text. */
export function text(tag: string, attrs: Attributes, value: string): string {
  return element(tag, attrs, escapeHtml(value));
}

/**
 * An HTML block for a markdown page: one element marked v-pre, on one line. markdown-it
 * ends an HTML block at a blank line, so a newline inside (a changelog's code block) is
 * written as a character reference; Vue then never compiles what is inside.
 */
export function htmlBlock(tag: string, attrs: Attributes, ...children: string[]): string {
  return element(tag, { ...attrs, 'v-pre': true }, ...children).replace(/\r\n|[\r\n]/g, '&#10;');
}

export interface Column {
  /** Header text. */
  label: string;
  /** Right-aligned (figures). */
  numeric?: boolean;
}

export interface Cell {
  /** Cell content as HTML. */
  html: string;
  attrs?: Attributes;
}

/** An accessible table: caption, header cells with scope, the first cell of a row as row header. */
export function table(caption: string, columns: readonly Column[], rows: readonly (readonly (Cell | string)[])[], attrs: Attributes = {}): string {
  const head = element(
    'thead',
    {},
    element('tr', {}, ...columns.map((column) => text('th', { scope: 'col', class: column.numeric ? 'num' : undefined }, column.label))),
  );
  const body = element(
    'tbody',
    {},
    ...rows.map((cells) =>
      element(
        'tr',
        {},
        ...cells.map((cell, index) => {
          const { html, attrs: cellAttrs = {} } = typeof cell === 'string' ? { html: escapeHtml(cell) } : cell;
          const numeric = columns[index]?.numeric ? 'num' : undefined;
          return index === 0 ? element('th', { scope: 'row', class: numeric, ...cellAttrs }, html) : element('td', { class: numeric, ...cellAttrs }, html);
        }),
      ),
    ),
  );
  return element('table', attrs, text('caption', {}, caption), head, body);
}

/**
 * A table in a horizontally scrolling region that keyboard users can focus and screen
 * readers name by its caption (a scrolling region without a focusable child is unreachable).
 */
export function tableBlock(caption: string, columns: readonly Column[], rows: readonly (readonly (Cell | string)[])[], attrs: Attributes = {}): string {
  return htmlBlock('div', { class: 'table-wrap', role: 'region', 'aria-label': caption, tabindex: 0 }, table(caption, columns, rows, attrs));
}

/** A markdown code fence around `content`, longer than any run of backticks inside it. */
export function fence(language: string, content: string, title?: string): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${language}${title ? ` [${title.replace(/[\]\r\n]/g, '')}]` : ''}\n${content.replace(/\n+$/, '')}\n${marks}`;
}

/**
 * A markdown heading (headings stay markdown so VitePress gives them anchors, the outline
 * and search sections). Markdown and HTML characters are written as character references;
 * braces are refused: no reference keeps `{{` from Vue, and headings hold only names the
 * schema restricts (image names, lines, tiers) and fixed words.
 */
export function heading(level: number, value: string, id?: string): string {
  if (/[{}]/.test(value)) throw new Error(`a heading may not hold braces: ${JSON.stringify(value)}`);
  const safe = value.replace(/[\r\n]+/g, ' ').replace(/[\\`*_[\]()#+!|<>~&]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `${'#'.repeat(level)} ${safe}${id ? ` {#${id}}` : ''}`;
}
