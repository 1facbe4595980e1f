import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalog } from '@armorred/catalog';
import { catalogIndex, homeData, renderComparisonPage } from './catalog-pages.js';
import { siteBase, type SiteCatalog, type SiteImage } from './model.js';
import { readSiteImage } from './read.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const catalog = readCatalog(ROOT);
const { image: real } = readSiteImage(ROOT, catalog, catalog.spec.images[0]!, []);

/** A copy of a real image whose tiers measure `sizes` bytes and `components` components, against a 200 MB, 100-component upstream. */
function measured(folder: string, sizes: (number | undefined)[], components: number[]): SiteImage {
  return {
    ...real,
    folder,
    upstream: { ...real.upstream!, figures: { ...real.upstream!.figures!, sizeMB: 200, components: 100 } },
    tiers: real.tiers.map((tier, index) => ({ ...tier, figures: { size: sizes[index], components: components[index] } })),
  };
}

const site = (images: SiteImage[]): SiteCatalog => ({ catalog: catalog.spec, base: siteBase(catalog.spec.documentation), images, releasesGiven: false });

describe('catalog-wide pages', () => {
  const images = [measured('a-1', [100e6, 50e6], [10, 5]), measured('b-1', [20e6, 10e6], [50, 40]), measured('c-1', [undefined, 40e6], [30, 20])];

  it('gives the home page the tier descriptions of catalog.yaml and median reductions over the measured images', () => {
    const home = homeData(site(images));
    expect(home.tiers.map((tier) => tier.description)).toEqual([catalog.spec.tiers.hardened.description, catalog.spec.tiers.locked.description]);
    expect(home.imageCount).toBe(3);
    // hardened sizes: 50% and 90% smaller (c-1 not measured): median 70%; components: 90%, 50%, 70% fewer: median 70%.
    expect(home.headline[0]).toEqual({ tier: 'hardened', title: 'Hardened', sizeReduction: '70.0%', componentReduction: '70.0%', images: 3 });
    // locked sizes: 75%, 95%, 80% smaller: median 80%.
    expect(home.headline[1]!.sizeReduction).toBe('80.0%');
  });

  it('gives the index a sortable value and the text to show for every figure', () => {
    const [row] = catalogIndex(site(images)).rows;
    expect(row!.link).toBe('a-1/');
    expect(row!.tiers[0]).toMatchObject({
      size: { value: 100e6, text: '100 MB' },
      sizeReduction: { value: 0.5, text: '50.0%' },
      componentReduction: { value: 0.9, text: '90.0%' },
      vulnerabilities: { value: null, text: 'not scanned' },
    });
    expect(catalogIndex(site([images[2]!])).rows[0]!.tiers[0]!.sizeReduction).toEqual({ value: null, text: '—' });
    expect(row!.lastRelease).toBeNull();
  });

  it('compares every image and tier with its upstream, linking each image page', () => {
    const page = renderComparisonPage(site(images));
    for (const image of images) expect(page).toContain(`href="/images/${image.folder}/"`);
    expect(page.match(/<tr>/g)).toHaveLength(1 + images.length * 3);
    expect(page).toContain('hardened 70.0% smaller and 70.0% fewer components (3 images)');
  });
});
