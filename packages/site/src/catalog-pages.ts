// The catalog-wide pages: the data of the index (a Vue table that filters and sorts) and of
// the home page, and the comparison page's markdown. Pure.
import { otherSeverities } from '@armorred/analysis';
import { findings, formatPercent, formatReduction, formatSize, median, reduction, upstreamFigures } from './format.js';
import { escapeHtml, heading, htmlBlock, tableBlock, element, type Cell } from './html.js';
import { tierTitle } from './image-page.js';
import type { SiteCatalog, SiteImage } from './model.js';
import type { TierName } from '@armorred/spec';

/** A figure of the index: the number to sort by (null when unknown) and the text to show. */
export interface IndexFigure {
  value: number | null;
  text: string;
}

export interface IndexTier {
  name: TierName;
  /** Bytes. */
  size: IndexFigure;
  /** Fraction smaller than upstream. */
  sizeReduction: IndexFigure;
  components: IndexFigure;
  componentReduction: IndexFigure;
  /** Total findings ("not scanned" when the tier was not scanned). */
  vulnerabilities: IndexFigure;
}

export interface IndexRow {
  folder: string;
  /** The image page, relative to the base (nginx-1.26/). */
  link: string;
  name: string;
  line: string;
  version: string;
  description: string;
  tiers: IndexTier[];
  /** The newest release (the hardened tier's, else the first tier released), when release data was given. */
  lastRelease: { version: string; tier: TierName } | null;
}

export interface CatalogIndex {
  releasesGiven: boolean;
  rows: IndexRow[];
}

function lastRelease(image: SiteImage): IndexRow['lastRelease'] {
  const released = image.tiers.find((tier) => tier.release);
  return released ? { version: released.release!.version, tier: released.name } : null;
}

function figure(value: number | undefined, text: string): IndexFigure {
  return { value: value ?? null, text };
}

export function catalogIndex(site: SiteCatalog): CatalogIndex {
  return {
    releasesGiven: site.releasesGiven,
    rows: site.images.map((image) => {
      const up = upstreamFigures(image.upstream);
      return {
        folder: image.folder,
        link: `${image.folder}/`,
        name: image.name,
        line: image.line,
        version: image.version,
        description: image.description,
        tiers: image.tiers.map((tier) => {
          const { size, components } = tier.figures;
          const total = findings(tier.figures);
          return {
            name: tier.name,
            size: figure(size, size === undefined ? 'not measured' : formatSize(size)),
            sizeReduction: figure(reduction(up.size, size), formatReduction(up.size, size)),
            components: figure(components, components === undefined ? 'not measured' : String(components)),
            componentReduction: figure(reduction(up.components, components), formatReduction(up.components, components)),
            vulnerabilities: figure(total, total === undefined ? 'not scanned' : String(total)),
          };
        }),
        lastRelease: lastRelease(image),
      };
    }),
  };
}

export interface HomeData {
  vendor: string;
  registry: string;
  repository: string;
  imageCount: number;
  tiers: { name: TierName; title: string; description: string }[];
  /** Per tier: median reductions against upstream over the images that have both figures. */
  headline: { tier: TierName; title: string; sizeReduction: string | null; componentReduction: string | null; images: number }[];
}

export function homeData(site: SiteCatalog): HomeData {
  const tierNames = (site.images[0]?.tiers ?? []).map((tier) => tier.name);
  const names = tierNames.length > 0 ? tierNames : (Object.keys(site.catalog.tiers) as TierName[]);
  return {
    vendor: site.catalog.vendor,
    registry: site.catalog.registry,
    repository: site.catalog.repository,
    imageCount: site.images.length,
    tiers: names.map((name) => ({ name, title: tierTitle(name), description: site.catalog.tiers[name].description })),
    headline: names.map((name) => {
      const sizes: number[] = [];
      const components: number[] = [];
      for (const image of site.images) {
        const up = upstreamFigures(image.upstream);
        const tier = image.tiers.find((candidate) => candidate.name === name);
        const size = reduction(up.size, tier?.figures.size);
        const count = reduction(up.components, tier?.figures.components);
        if (size !== undefined) sizes.push(size);
        if (count !== undefined) components.push(count);
      }
      const sizeMedian = median(sizes);
      const componentMedian = median(components);
      return {
        tier: name,
        title: tierTitle(name),
        sizeReduction: sizeMedian === undefined ? null : formatPercent(sizeMedian),
        componentReduction: componentMedian === undefined ? null : formatPercent(componentMedian),
        images: Math.max(sizes.length, components.length),
      };
    }),
  };
}

/** The comparison page: every image and tier against its upstream, in one table. */
export function renderComparisonPage(site: SiteCatalog): string {
  const rows: (Cell | string)[][] = [];
  for (const image of site.images) {
    const up = upstreamFigures(image.upstream);
    const pageLink = element('a', { href: `${site.base}${image.folder}/` }, escapeHtml(`${image.name} ${image.line}`));
    rows.push([
      { html: pageLink },
      'upstream',
      up.size === undefined ? '—' : formatSize(up.size),
      '',
      up.components === undefined ? '—' : String(up.components),
      '',
      up.layers === undefined ? '—' : String(up.layers),
      up.vulnerabilities ? severities(up.vulnerabilities) : '—',
      image.upstream?.figures?.shell === undefined ? '—' : image.upstream.figures.shell ? 'present' : 'absent',
      image.upstream?.figures?.user ?? '—',
    ]);
    for (const tier of image.tiers) {
      const f = tier.figures;
      rows.push([
        { html: pageLink },
        tier.name,
        f.size === undefined ? 'not measured' : formatSize(f.size),
        formatReduction(up.size, f.size),
        f.components === undefined ? 'not measured' : String(f.components),
        formatReduction(up.components, f.components),
        f.layers === undefined ? 'not measured' : String(f.layers),
        f.vulnerabilities ? severities(f.vulnerabilities) : 'not scanned',
        tier.resolved.shell ? 'present' : 'absent',
        `UID ${tier.resolved.runtime.user}`,
      ]);
    }
  }
  const home = homeData(site);
  return [
    '---',
    'title: Comparison',
    'description: Every image and tier of the catalog against its upstream image',
    'aside: false',
    '---',
    '',
    '<!-- Generated from the catalog by @armorred/site when the site is built; not checked in. -->',
    '',
    heading(1, 'Comparison'),
    '',
    htmlBlock(
      'p',
      {},
      escapeHtml(
        `Every image of the catalog, upstream and each tier, measured the same way. Medians over the catalog: ${home.headline
          .map(
            (h) =>
              `${h.title.toLowerCase()} ${h.sizeReduction ?? '—'} smaller and ${h.componentReduction ?? '—'} fewer components (${h.images} image${h.images === 1 ? '' : 's'})`,
          )
          .join('; ')}. Vulnerabilities read critical/high/medium/low/other.`,
      ),
    ),
    '',
    tableBlock(
      'Images and tiers against upstream',
      [
        { label: 'Image' },
        { label: 'Tier' },
        { label: 'Size', numeric: true },
        { label: 'Smaller', numeric: true },
        { label: 'Components', numeric: true },
        { label: 'Fewer', numeric: true },
        { label: 'Layers', numeric: true },
        { label: 'Vulnerabilities', numeric: true },
        { label: '/bin/sh' },
        { label: 'User' },
      ],
      rows,
      { class: 'comparison' },
    ),
    '',
  ].join('\n');
}

function severities(counts: Record<string, number>): string {
  return [...['critical', 'high', 'medium', 'low'].map((severity) => counts[severity] ?? 0), otherSeverities(counts)].join('/');
}
