// Inventory, SBOMs and VEX of the real nginx-1.26 images built in CI (offline package set).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { readBuildRecord } from '@armorred/builder';
import { skipNote, skipUnless } from '@armorred/testkit';
import { readDockerArchive, readImage, storePathsOf, type ImageArchive } from '@armorred/image-archive';
import { INVENTORY_TOOL, componentOf, inventoryOf, parseStorePath, type Inventory } from './inventory.js';
import { derivationsOf } from './derivations.js';
import { renderCycloneDx, renderSpdx, type SbomSubject } from './sbom.js';
import { imageProductPurl, renderOpenVex } from './vex.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const SPDX_SCHEMA = join(import.meta.dirname, '..', 'test', 'schemas', 'spdx-2.3.schema.json');

describe('parseStorePath, as builtins.parseDrvName and syft read store paths', () => {
  it.each([
    ['/nix/store/kxy8xmv8pw95shq8m2w6d5zdjrlb3mjd-nginx-1.22.1-9+deb12u11', { name: 'nginx', version: '1.22.1-9+deb12u11' }],
    ['/nix/store/kxy8xmv8pw95shq8m2w6d5zdjrlb3mjd-nginx-1.26.3', { name: 'nginx', version: '1.26.3' }],
    ['/nix/store/kxy8xmv8pw95shq8m2w6d5zdjrlb3mjd-openssl-3.0.15-bin', { name: 'openssl', version: '3.0.15', output: 'bin' }],
    ['/nix/store/kxy8xmv8pw95shq8m2w6d5zdjrlb3mjd-libnginx-mod-http-dav-ext-1_3.0.0-3', { name: 'libnginx-mod-http-dav-ext', version: '1_3.0.0-3' }],
    ['/nix/store/kxy8xmv8pw95shq8m2w6d5zdjrlb3mjd-glibc-2.40-36-lib', { name: 'glibc', version: '2.40-36', output: 'lib' }],
  ])('%s', (path, expected) => {
    expect(parseStorePath(path)).toEqual({ ...expected, storePath: path });
  });

  it('cannot tell where a name ending in a digit stops (why derivations name components when the store knows them)', () => {
    expect(parseStorePath('/nix/store/kxy8xmv8pw95shq8m2w6d5zdjrlb3mjd-liblz4-1-1.9.4-1')).toMatchObject({ name: 'liblz4', version: '1-1.9.4-1' });
  });

  it('does not count unversioned paths', () => {
    expect(parseStorePath('/nix/store/kb0lijnrp3vm1in59b2y21mi2b4iz3nv-passwd')).toBeUndefined();
    expect(parseStorePath('/nix/store/kb0lijnrp3vm1in59b2y21mi2b4iz3nv-fake-nss')).toBeUndefined();
    expect(parseStorePath('/usr/bin/nginx')).toBeUndefined();
  });
});

describe('componentOf', () => {
  const path = '/nix/store/kxy8xmv8pw95shq8m2w6d5zdjrlb3mjd-liblz4-1-1.9.4-1';

  it("takes the derivation's pname and version, and its output when it is not out", () => {
    expect(componentOf(path, { pname: 'liblz4-1', version: '1.9.4-1', output: 'out', debianPackages: ['liblz4-1'] })).toEqual({
      name: 'liblz4-1',
      version: '1.9.4-1',
      storePath: path,
      nameFrom: 'derivation',
    });
    expect(componentOf(path, { pname: 'openssl', version: '3.0.15', output: 'bin' })).toMatchObject({ name: 'openssl', output: 'bin', nameFrom: 'derivation' });
  });

  it('reads the store path when the derivation is unknown or has no pname and version', () => {
    expect(componentOf(path)).toEqual({ name: 'liblz4', version: '1-1.9.4-1', storePath: path, nameFrom: 'store path' });
    expect(componentOf(path, { output: 'out' })).toMatchObject({ nameFrom: 'store path' });
    expect(componentOf('/nix/store/kb0lijnrp3vm1in59b2y21mi2b4iz3nv-passwd', { output: 'out' })).toBeUndefined();
  });

  it('names the inventory tool after this package and its version', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8'));
    expect(INVENTORY_TOOL).toBe(`armorred-analysis ${pkg.version}`);
  });
});

const records = { hardened: readBuildRecord(REPO, 'nginx-1.26', 'hardened'), locked: readBuildRecord(REPO, 'nginx-1.26', 'locked') };
const built = Boolean(records.hardened && records.locked);
const notBuilt = skipUnless(built ? undefined : 'nginx-1.26 is not built (both tiers): run npx armorred build nginx-1.26 --pkgs offline');
const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function subject(inventory: Inventory, tag: string): SbomSubject {
  return {
    repository: 'ghcr.io/armorred/nginx',
    tag,
    version: '1.26.3',
    configDigest: inventory.configDigest,
    vendor: 'ARMORRED',
    created: '2026-11-22T08:00:00Z',
    tool: { name: 'armorred', version: '0.0.0' },
    components: inventory.components,
  };
}

describe.skipIf(notBuilt)(`the inventory of the built nginx-1.26 tiers${skipNote(notBuilt)}`, async () => {
  const archives: Record<string, ImageArchive> = built
    ? { hardened: await readDockerArchive(records.hardened!.archive), locked: await readDockerArchive(records.locked!.archive) }
    : {};
  const inventories: Record<string, Inventory> = built ? { hardened: await inventoryOf(archives.hardened!), locked: await inventoryOf(archives.locked!) } : {};

  it('measures sizes, layers, config, shell and coreutils', () => {
    for (const tier of ['hardened', 'locked']) {
      const inventory = inventories[tier]!;
      expect(inventory.layers).toHaveLength(archives[tier]!.layers.length);
      expect(inventory.size).toBe(archives[tier]!.layers.reduce((sum, layer) => sum + layer.size, 0));
      expect(inventory.compressedSize).toBeGreaterThan(0);
      expect(inventory.compressedSize).toBeLessThan(inventory.size);
      expect(inventory.config.user).toBe('65534:65534');
      expect(inventory.config.labels['org.armorred.tier']).toBe(tier);
    }
    expect([inventories.hardened!.shell, inventories.hardened!.coreutils]).toEqual([false, false]);
    expect([inventories.locked!.shell, inventories.locked!.coreutils]).toEqual([true, true]);
  });

  it('lists the store paths as components (Debian versions: the offline package set)', () => {
    const hardened = inventories.hardened!;
    expect(hardened.storePaths).toEqual(storePathsOf(archives.hardened!));
    expect(hardened.components.map((c) => c.name)).toEqual(expect.arrayContaining(['nginx', 'libc6', 'libssl3', 'libxml2', 'libnginx-mod-http-xslt-filter']));
    expect(hardened.components.find((c) => c.name === 'nginx')!.version).toMatch(/^1\.22\.1-/);
    expect(hardened.components.some((c) => c.name === 'coreutils' || c.name === 'bash')).toBe(false);
    expect(inventories.locked!.components.map((c) => c.name)).toEqual(expect.arrayContaining(['bash', 'coreutils']));
    // Locked drops the optional modules (rtmp, dav, headers-more, stream).
    expect(inventories.locked!.components.some((c) => c.name === 'libnginx-mod-rtmp')).toBe(false);
    expect(hardened.components.some((c) => c.name === 'libnginx-mod-rtmp')).toBe(true);
  });

  it('names every Debian package by its derivation (pname, version with epoch), also names ending in a digit', async () => {
    const hardened = inventories.hardened!;
    expect(hardened.components.every((c) => c.nameFrom === 'derivation')).toBe(true);
    expect(hardened.components.find((c) => c.storePath.includes('-libpcre2-8-0-'))).toMatchObject({
      name: 'libpcre2-8-0',
      version: expect.stringMatching(/^10\.42-/),
    });
    expect(hardened.components.find((c) => c.name === 'zlib1g')!.version).toMatch(/^1:1\.2\.13/);
    // The facts come from the derivations the offline package set wrote (mkDeb).
    const derivations = await derivationsOf(hardened.storePaths);
    const nginx = hardened.components.find((c) => c.name === 'nginx')!;
    expect(derivations.get(nginx.storePath)).toMatchObject({ pname: 'nginx', version: nginx.version, output: 'out', debianPackages: ['nginx'] });
  });

  it('reads the same image from an OCI layout (skopeo copy to oci:)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'armorred-oci-'));
    scratch.push(dir);
    await execa('skopeo', ['copy', '--quiet', `docker-archive:${records.hardened!.archive}`, `oci:${join(dir, 'layout')}:1.26-hardened`]);
    const oci = await readImage(join(dir, 'layout'));
    expect(oci.layers.map((layer) => layer.diffId)).toEqual(archives.hardened!.layers.map((layer) => layer.diffId));
    expect(storePathsOf(oci)).toEqual(storePathsOf(archives.hardened!));
    const inventory = await inventoryOf(oci);
    expect(inventory.components).toEqual(inventories.hardened!.components);
    expect(inventory.size).toBe(inventories.hardened!.size);
  });

  it('writes a CycloneDX 1.6 SBOM that is valid against the official schema', async () => {
    const json = renderCycloneDx(subject(inventories.hardened!, '1.26-hardened'));
    const error = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json);
    expect(error).toBeNull();
    const bom = JSON.parse(json);
    expect(bom.components).toHaveLength(inventories.hardened!.components.length);
    expect(bom.metadata.component.type).toBe('container');
    expect(renderCycloneDx(subject(inventories.hardened!, '1.26-hardened'))).toBe(json);
  });

  it('writes an SPDX 2.3 SBOM that is valid against the official schema', () => {
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SPDX_SCHEMA, 'utf8')));
    const json = renderSpdx(subject(inventories.locked!, '1.26-locked'));
    const document = JSON.parse(json);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.packages).toHaveLength(inventories.locked!.components.length + 1);
    expect(document.relationships[0]).toEqual({ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: 'SPDXRef-Image' });
  });
});

describe('the OpenVEX document of accepted findings', () => {
  it('states each finding with its status and justification', () => {
    const json = renderOpenVex({
      product: imageProductPurl('ghcr.io/armorred/nginx', '1.26-hardened'),
      author: 'ARMORRED',
      timestamp: '2026-11-22T08:00:00Z',
      findings: [
        { id: 'OSV-2021-777', package: 'libxml2', status: 'affected', justification: 'kept for XSLT', actionStatement: 'no fix upstream' },
        { id: 'CVE-2024-1', package: 'zlib', status: 'not_affected', vexJustification: 'vulnerable_code_not_in_execute_path', justification: 'not called' },
      ],
    });
    const vex = JSON.parse(json);
    expect(vex['@context']).toBe('https://openvex.dev/ns/v0.2.0');
    expect(vex.statements).toEqual([
      {
        vulnerability: { name: 'CVE-2024-1' },
        products: [{ '@id': 'pkg:oci/nginx?repository_url=ghcr.io%2Farmorred%2Fnginx&tag=1.26-hardened', subcomponents: [{ '@id': 'pkg:nix/zlib' }] }],
        status: 'not_affected',
        justification: 'vulnerable_code_not_in_execute_path',
        impact_statement: 'not called',
      },
      {
        vulnerability: { name: 'OSV-2021-777' },
        products: [{ '@id': 'pkg:oci/nginx?repository_url=ghcr.io%2Farmorred%2Fnginx&tag=1.26-hardened', subcomponents: [{ '@id': 'pkg:nix/libxml2' }] }],
        status: 'affected',
        action_statement: 'no fix upstream',
        status_notes: 'kept for XSLT',
      },
    ]);
  });
});
