// Builds a synthetic catalog of N images in a temporary directory: copies of the real
// nginx-1.26 image under distinct names, listed in a catalog.yaml.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');

/**
 * `withAnalysis`: copy nginx's checked-in analysis data too, so generate and check also
 * derive an analysis page, two SBOMs and a VEX document per tier for every image.
 */
export function syntheticCatalog(count, { withAnalysis = true } = {}) {
  const root = mkdtempSync(join(tmpdir(), `armorred-bench-${count}-`));
  const template = join(REPO, 'images', 'nginx-1.26');
  const spec = readFileSync(join(template, 'image.yaml'), 'utf8');
  const names = [];
  for (let i = 0; i < count; i++) {
    const name = `bench${String(i).padStart(4, '0')}`;
    const folder = join(root, 'images', `${name}-1.26`);
    cpSync(template, folder, {
      recursive: true,
      filter: (source) =>
        !source.includes('node_modules') && (withAnalysis || !/\/(analysis|generated)(\/|$)|ANALYSIS\.md$/.test(source.slice(template.length))),
    });
    writeFileSync(join(folder, 'image.yaml'), spec.replace(/^name: nginx$/m, `name: ${name}`));
    names.push(`${name}-1.26`);
  }
  const catalog = readFileSync(join(REPO, 'catalog.yaml'), 'utf8').replace(/^images:\n( {2}- .*\n)+/m, `images:\n${names.map((n) => `  - ${n}\n`).join('')}`);
  writeFileSync(join(root, 'catalog.yaml'), catalog);
  return root;
}
