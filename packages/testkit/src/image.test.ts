import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT_ENV } from './contract.js';
import { catalogRoot, imageUnderTest } from './image.js';
import { podmanAvailable } from '@armorred/podman';
import { skipNote, skipUnless } from './availability.js';

const scratch = mkdtempSync(join(tmpdir(), 'armorred-root-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('catalogRoot', () => {
  it('is ARMORRED_ROOT when set (armorred --root passes it), relative to the working directory', () => {
    expect(catalogRoot({ [ROOT_ENV]: '/somewhere/catalog' }, '/elsewhere')).toBe('/somewhere/catalog');
    expect(catalogRoot({ [ROOT_ENV]: 'catalog' }, '/elsewhere')).toBe('/elsewhere/catalog');
  });

  it('is otherwise the nearest folder with catalog.yaml from the working directory upwards, not where testkit is installed', () => {
    const root = join(scratch, 'catalog');
    mkdirSync(join(root, 'images', 'web-1.0', 'tests'), { recursive: true });
    writeFileSync(join(root, 'catalog.yaml'), 'images: []\n');
    expect(catalogRoot({}, join(root, 'images', 'web-1.0', 'tests'))).toBe(root);
    expect(catalogRoot({}, root)).toBe(root);
    expect(catalogRoot({}, tmpdir())).toBeUndefined();
  });
});

const noPodman = skipUnless((await podmanAvailable()) ? undefined : 'podman is not installed');

describe.skipIf(noPodman !== false)(`imageUnderTest${skipNote(noPodman)}`, () => {
  it('looks for the build in the catalog root it was given, and says where it looked', async () => {
    const root = join(scratch, 'empty-catalog');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'catalog.yaml'), 'images: []\n');
    const image = await imageUnderTest('nginx-1.26', 'hardened', { [ROOT_ENV]: root });
    expect(image.ready).toBe(false);
    expect(image.reason).toBe(
      `no image (no build in ${root}): run armorred build nginx-1.26 --tier hardened, or set ARMORRED_TEST_IMAGE_HARDENED or ARMORRED_TEST_ARCHIVE_HARDENED`,
    );
  });
});
