// A comparison as a reader sees it: plain text for the terminal, markdown for a
// pull-request comment. Pure.
import { codeSpan } from './phrase.js';
import type { CatalogDiff, ImageChange } from './compare.js';
import type { Change } from './phrase.js';

export interface BaseDescription {
  /** The revision as the user named it, e.g. origin/main. */
  name: string;
  commit: string;
}

/** GitHub refuses comments over 65536 characters; the summary stays well below. */
export const MAX_MARKDOWN_CHARS = 60_000;

export const NO_CHANGES = 'no changes to images';

const STATUS_WORDS: Record<ImageChange['status'], string> = { added: 'new image', removed: 'removed', changed: 'changed' };

function counts(diff: CatalogDiff): string {
  const by = (status: ImageChange['status']) => diff.images.filter((image) => image.status === status).length;
  const parts = [
    [by('changed'), 'changed'],
    [by('added'), 'added'],
    [by('removed'), 'removed'],
  ]
    .filter(([count]) => count !== 0)
    .map(([count, word]) => `${count} ${word}`);
  return `${diff.images.length} image${diff.images.length === 1 ? '' : 's'} (${parts.join(', ')})`;
}

function weakeningLine(diff: CatalogDiff, how: string): string {
  if (diff.weakening === 0) return 'No change weakens an image.';
  return `${diff.weakening} change${diff.weakening === 1 ? ' weakens' : 's weaken'} an image (${how}).`;
}

export function renderText(diff: CatalogDiff, base: BaseDescription): string {
  const against = `compared with ${base.name} (${base.commit.slice(0, 12)})`;
  if (diff.images.length === 0 && diff.catalog.length === 0) return `${against}: ${NO_CHANGES}\n`;
  const line = (item: Change, indent: string) => `${item.weakens ? '!' : ' '} ${indent}${item.text}`;
  const lines = [`${against}: ${counts(diff)}. ${weakeningLine(diff, 'marked !')}`];
  if (diff.catalog.length > 0) lines.push('', '  catalog.yaml', ...diff.catalog.map((item) => line(item, '  ')));
  for (const image of diff.images) {
    lines.push('', `  ${image.image} (${STATUS_WORDS[image.status]})`, ...image.changes.map((item) => line(item, '  ')));
    for (const tier of image.tiers) lines.push(`    ${tier.tier}:`, ...tier.changes.map((item) => line(item, '    ')));
  }
  return `${lines.join('\n')}\n`;
}

export function renderMarkdown(diff: CatalogDiff, base: BaseDescription): string {
  const against = `Compared with ${codeSpan(base.name)} (${codeSpan(base.commit.slice(0, 12))})`;
  const head = '### What this change does to the images';
  if (diff.images.length === 0 && diff.catalog.length === 0) return `${head}\n\n${against}: ${NO_CHANGES}.\n`;
  const item = (change: Change) => `- ${change.weakens ? `**${change.markdown}**` : change.markdown}`;
  const sections = [head, '', `${against}: ${counts(diff)}. ${weakeningLine(diff, 'in bold')}`];
  if (diff.catalog.length > 0) sections.push('', '#### `catalog.yaml`', '', ...diff.catalog.map(item));
  for (const image of diff.images) {
    sections.push('', `#### ${codeSpan(image.image)} — ${STATUS_WORDS[image.status]}`);
    if (image.changes.length > 0) sections.push('', ...image.changes.map(item));
    for (const tier of image.tiers) sections.push('', `**${tier.tier}**`, '', ...tier.changes.map(item));
  }
  let text = `${sections.join('\n')}\n`;
  if (text.length > MAX_MARKDOWN_CHARS) {
    const cut = text.lastIndexOf('\n', MAX_MARKDOWN_CHARS - 200);
    text = `${text.slice(0, cut)}\n\n_The summary is cut here; run \`npx armorred diff --base ${base.commit.slice(0, 12)}\` for all of it._\n`;
  }
  return text;
}
