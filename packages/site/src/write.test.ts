// The build-time step on a copy of the catalog: what it writes, what it leaves alone and what it refuses.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG_FILE, IMAGES_DIR, SITE_GENERATED_DIR, imagePaths } from '@armorred/repository';
import { readCatalog } from '@armorred/catalog';
import { GENERATED, rewritePage, searchablePart, SiteError, writeSiteSources } from './write.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const [folder] = readCatalog(ROOT).spec.images;
const roots: string[] = [];

function copyOfCatalog(): string {
  const root = mkdtempSync(join(tmpdir(), 'armorred-site-write-'));
  roots.push(root);
  cpSync(join(ROOT, CATALOG_FILE), join(root, CATALOG_FILE));
  cpSync(join(ROOT, imagePaths(folder!).dir), join(root, imagePaths(folder!).dir), { recursive: true, filter: (source) => !source.includes('node_modules') });
  writeFileSync(join(root, CATALOG_FILE), readFileSync(join(root, CATALOG_FILE), 'utf8').replace(/^images:\n( {2}- .*\n)+/m, `images:\n  - ${folder}\n`));
  return root;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('writeSiteSources', () => {
  it("writes the image's page, its served documents and the catalog pages; a second run rewrites nothing", () => {
    const root = copyOfCatalog();
    const first = writeSiteSources(root);
    expect(first).toMatchObject({ base: '/images/', images: [{ folder }], removed: 0 });
    const out = (path: string) => join(root, SITE_GENERATED_DIR, path);
    expect(readFileSync(out(GENERATED.imagePage(folder!)), 'utf8')).toMatch(/^---\ntitle: /);
    // Every generated document the image has (none before it is analyzed) is served as it is.
    for (const name of ['hardened.cdx.json', 'hardened.spdx.json', 'hardened.openvex.json', 'locked.cdx.json', 'locked.spdx.json', 'locked.openvex.json']) {
      const source = join(root, imagePaths(folder!).generated, name);
      expect(existsSync(out(`${GENERATED.public}/${folder}/${name}`))).toBe(existsSync(source));
      if (existsSync(source)) expect(readFileSync(out(`${GENERATED.public}/${folder}/${name}`))).toEqual(readFileSync(source));
    }
    for (const page of [GENERATED.comparison, GENERATED.reference, GENERATED.catalogIndex, GENERATED.home]) expect(existsSync(out(page))).toBe(true);
    expect(writeSiteSources(root)).toMatchObject({ written: 0, removed: 0 });
  });

  it('removes the files of an image no longer listed', () => {
    const root = copyOfCatalog();
    writeSiteSources(root);
    writeFileSync(join(root, SITE_GENERATED_DIR, GENERATED.imagePage('gone-1.0')), 'stale');
    expect(writeSiteSources(root).removed).toBe(1);
    expect(existsSync(join(root, SITE_GENERATED_DIR, GENERATED.imagePage('gone-1.0')))).toBe(false);
  });

  it('refuses a symlinked document and a broken spec, naming the file, and writes no page for them', () => {
    const root = copyOfCatalog();
    const sbom = imagePaths(folder!).cycloneDx('hardened');
    rmSync(join(root, sbom), { force: true });
    symlinkSync('/etc/passwd', join(root, sbom));
    expect(() => writeSiteSources(root)).toThrow(SiteError);
    expect(() => writeSiteSources(root)).toThrow(`${sbom}: is a symlink`);
    expect(existsSync(join(root, SITE_GENERATED_DIR, GENERATED.imagePage(folder!)))).toBe(false);

    const other = copyOfCatalog();
    writeFileSync(join(other, imagePaths(folder!).spec), readFileSync(join(other, imagePaths(folder!).spec), 'utf8').replace(/^line: .*$/m, 'line: 1.26'));
    expect(() => writeSiteSources(other)).toThrow(new RegExp(`${IMAGES_DIR}/${folder}/image.yaml:\\d+:\\d+: line:`));
  });

  it('serves generated pages where the labels point', () => {
    expect(rewritePage(`generated/${GENERATED.imagePage('nginx-1.26')}`)).toBe('nginx-1.26/index.md');
    expect(rewritePage('generated/comparison.md')).toBe('comparison.md');
    expect(rewritePage('spec.md')).toBeUndefined();
  });

  it('indexes an image page by its title, description, lede and headings', () => {
    const page =
      '---\ntitle: nginx 1.26\n---\n\n# nginx 1.26\n\n<div class="image-lede" v-pre><p>Hardened</p></div>\n\n## Tiers {#tiers}\n\n<div class="table-wrap" v-pre>x</div>\n\n```sh\npodman run\n```\n';
    expect(searchablePart(page)).toBe(
      '---\ntitle: nginx 1.26\n---\n# nginx 1.26\n\n<div class="image-lede" v-pre><p>Hardened</p></div>\n\n## Tiers {#tiers}\n',
    );
  });
});
