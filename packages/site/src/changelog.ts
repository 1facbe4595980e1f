// An image's CHANGELOG.md (written by changesets from contributors' notes) as HTML for its
// page. Raw HTML in the changelog is shown as text, never run; headings move below the
// page's own; links relative to the image folder point at the repository, where the
// files they name are.
import MarkdownIt from 'markdown-it';

export interface ChangelogOptions {
  /** Where relative links resolve, e.g. https://github.com/armorred/images/blob/main/images/nginx-1.26/ */
  linkBase: string;
  /** The level the changelog's second-level headings get (its first heading, the package name, is dropped). */
  headingLevel: number;
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderChangelog(source: string, options: ChangelogOptions): string {
  const tokens = markdown.parse(source, {});
  // The changelog opens with "# <package name>": the page has its own title.
  if (tokens[0]?.type === 'heading_open' && tokens[0].tag === 'h1') tokens.splice(0, 3);
  const shift = options.headingLevel - 2;
  for (const token of tokens) {
    if (token.type === 'heading_open' || token.type === 'heading_close') {
      token.tag = `h${Math.min(6, Math.max(options.headingLevel, Number(token.tag.slice(1)) + shift))}`;
    }
    for (const child of token.children ?? []) {
      if (child.type !== 'link_open') continue;
      const href = child.attrGet('href') ?? '';
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('#')) child.attrSet('href', new URL(href, options.linkBase).href);
    }
  }
  return markdown.renderer.render(tokens, markdown.options, {});
}
