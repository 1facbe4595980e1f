// publish() against a real registry in states an interrupted or older run leaves behind,
// set up by hand: released but not fully attested, moving tags missing or elsewhere, a
// newer revision already out. None of these needs a build or a test run: the test step
// given here fails the test if it is ever called. They run on a scratch copy of the
// catalog whose analysis data describes the images pushed here, as it would describe a
// real build.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveConfigDigest } from '@armorred/image-archive';
import { RegistryClient, digestReference, parseRegistry, pushStaged, registryWrites, repositoryOf, stageArchive, type Connection } from '@armorred/registry';
import { Cosign, cosignMissing, generateKeyPair } from '@armorred/signing';
import { startTestRegistry, testRegistryMissing, tinyDockerArchive, type TestRegistry } from '@armorred/test-registry';
import { ANALYSIS_SCHEMA_FILE, ANALYSIS_VALIDATOR_MODULE, CATALOG_VALIDATOR_MODULE, IMAGE_VALIDATOR_MODULE, imagePaths } from '@armorred/repository';
import { skipNote, skipUnless } from '@armorred/testkit';
import { publish, type PublishRequest } from './publish.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const PASSWORD = 'publish-test-key-password';
const skip = skipUnless((await cosignMissing()) ?? (await testRegistryMissing()));

/** A scratch copy of what publish reads of the catalog: catalog.yaml, the schemas and images/. */
function scratchCatalog(into: string): string {
  const root = join(into, 'catalog');
  const files = ['catalog.yaml', 'packages/spec/image.schema.json', 'packages/catalog/catalog.schema.json', ANALYSIS_SCHEMA_FILE];
  for (const module of [IMAGE_VALIDATOR_MODULE, CATALOG_VALIDATOR_MODULE, ANALYSIS_VALIDATOR_MODULE]) files.push(module, module.replace(/\.js$/, '.d.ts'));
  for (const file of files) cpSync(join(REPO, file), join(root, file));
  cpSync(join(REPO, 'images'), join(root, 'images'), { recursive: true, filter: (source) => !/node_modules|\.armorred/.test(source) });
  return root;
}

/** Makes the tier's analysis data (and so its SBOMs and VEX) describe another image config. */
function setDescribedBuild(root: string, tier: string, configDigest: string): void {
  const file = join(root, imagePaths('nginx-1.26').analysisData(tier));
  const report = JSON.parse(readFileSync(file, 'utf8')) as { build: { configDigest: string } };
  report.build.configDigest = configDigest;
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

describe.skipIf(skip !== false)(`publish() resumes and keeps what the registry holds${skipNote(skip)}`, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'armorred-publish-flow-'));
  let registry: TestRegistry;
  let connection: Connection;
  let client: RegistryClient;
  let cosign: Cosign;
  let key: { keyFile: string; publicKeyFile: string };
  const repository = () => repositoryOf(parseRegistry(`${registry.host}/flow`), 'nginx');
  const digests: Record<string, string> = {};
  const root = scratchCatalog(scratch);

  async function pushTiny(name: string): Promise<string> {
    const archive = join(scratch, `${name}.tar`);
    await tinyDockerArchive(archive, `${name}\n`, { 'org.armorred.pkgs': 'offline-debian-bookworm' });
    const digest = await stageArchive(archive, join(scratch, name));
    await pushStaged(join(scratch, name), repository(), digest, connection);
    // The scratch catalog's documents describe this image (armorred analyze would say so).
    if (name === 'hardened' || name === 'locked') setDescribedBuild(root, name, await archiveConfigDigest(archive));
    return digest;
  }

  const documents = (tier: string) => ({
    cyclonedx: join(REPO, `images/nginx-1.26/generated/${tier}.cdx.json`),
    spdxjson: join(REPO, `images/nginx-1.26/generated/${tier}.spdx.json`),
    openvex: join(REPO, `images/nginx-1.26/generated/${tier}.openvex.json`),
  });

  const configDigestOf = (name: string) => archiveConfigDigest(join(scratch, `${name}.tar`));

  function request(): PublishRequest {
    return {
      root,
      images: ['nginx-1.26'],
      registry: parseRegistry(`${registry.host}/flow`),
      pkgs: 'offline',
      connection,
      signing: { keyFile: key.keyFile, password: PASSWORD },
      test: () => Promise.reject(new Error('nothing here may be built or tested again')),
    };
  }

  beforeAll(async () => {
    registry = await startTestRegistry();
    connection = { authFile: registry.authFile, certDir: registry.certDir, tlsVerify: true };
    client = new RegistryClient(registry.host, connection);
    cosign = new Cosign({ authFile: registry.authFile, caFile: registry.caFile });
    key = await generateKeyPair(scratch, PASSWORD, 'flow');
    // hardened: released (immutable tag), signed, but the OpenVEX attestation is missing and
    // the moving tags were never set (a run killed after the immutable tag, say).
    digests.hardened = await pushTiny('hardened');
    const hardened = digestReference(repository(), digests.hardened);
    await cosign.sign(hardened, key.keyFile, PASSWORD);
    await cosign.attest(hardened, key.keyFile, PASSWORD, 'cyclonedx', documents('hardened').cyclonedx);
    await cosign.attest(hardened, key.keyFile, PASSWORD, 'spdxjson', documents('hardened').spdxjson);
    await client.tag(repository().path, '1.26.3-r1-hardened', digests.hardened);
    // locked: complete.
    digests.locked = await pushTiny('locked');
    const locked = digestReference(repository(), digests.locked);
    await cosign.sign(locked, key.keyFile, PASSWORD);
    for (const [type, file] of Object.entries(documents('locked'))) await cosign.attest(locked, key.keyFile, PASSWORD, type as 'cyclonedx', file);
    for (const tag of ['1.26.3-r1-locked', '1.26-locked', '1.26.3-locked']) await client.tag(repository().path, tag, digests.locked);
  });
  afterAll(async () => {
    cosign?.dispose();
    client?.close();
    await registry?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses to attest documents that describe another build onto a pushed digest, writing nothing', async () => {
    const file = join(root, imagePaths('nginx-1.26').analysisData('hardened'));
    const described = readFileSync(file);
    const other = `sha256:${'e'.repeat(64)}`;
    setDescribedBuild(root, 'hardened', other);
    try {
      const before = registry.log().length;
      const refused = publish(request());
      await expect(refused).rejects.toThrow(
        `nginx-1.26 hardened: the checked-in SBOMs and VEX describe another build, not this one (image config ${await configDigestOf('hardened')}): images/nginx-1.26/analysis/hardened.json records the image config ${other}. Nothing was pushed.`,
      );
      await expect(refused).rejects.toThrow('npx armorred analyze nginx-1.26 --pkgs offline\n  npx armorred generate nginx-1.26');
      expect(registryWrites(registry.log().slice(before))).toEqual({ blobUploads: 0, manifestPuts: [] });
      // A dry run says which build the documents describe.
      const dry = await publish({ ...request(), dryRun: true });
      expect(dry[0]!.description).toContain(`; only if that image's config is ${other}, the build its SBOMs and VEX describe`);
      rmSync(file);
      await expect(publish(request())).rejects.toThrow('there is no images/nginx-1.26/analysis/hardened.json to say which build they describe');
      expect((await publish({ ...request(), dryRun: true }))[0]!.description).toContain('; but refused: no images/nginx-1.26/analysis/hardened.json says');
      expect(registryWrites(registry.log().slice(before))).toEqual({ blobUploads: 0, manifestPuts: [] });
    } finally {
      writeFileSync(file, described);
    }
  }, 120_000);

  it('completes a released tier: attests only what is missing, verifies, then sets the moving tags', async () => {
    const before = registry.log().length;
    const results = await publish(request());
    const [hardened, locked] = results;
    expect(hardened!.plan).toEqual({ action: 'secure', digest: digests.hardened, tags: ['1.26-hardened', '1.26.3-hardened'] });
    expect(hardened!.record!.actions).toEqual(['attested openvex', 'verified', 'tagged 1.26-hardened, 1.26.3-hardened']);
    expect(hardened!.record!.tags.map((tag) => tag.tag)).toEqual(['1.26.3-r1-hardened', '1.26-hardened', '1.26.3-hardened']);
    expect(hardened!.record!.attestations!.predicateTypes).toEqual(['https://cyclonedx.org/bom', 'https://openvex.dev/ns', 'https://spdx.dev/Document']);
    expect(hardened!.record!.packageSet).toBe('offline-debian-bookworm');
    expect(locked!.plan).toEqual({ action: 'complete', digest: digests.locked });
    expect(locked!.record!.actions).toEqual([]);
    // The image itself was not pushed again; only cosign's attestation and the two tags were written.
    const writes = registryWrites(registry.log().slice(before), repository().path);
    expect(writes.manifestPuts.filter((reference) => !reference.startsWith('sha256'))).toEqual(['1.26-hardened', '1.26.3-hardened']);
  }, 120_000);

  it('then changes nothing', async () => {
    const before = registry.log().length;
    const results = await publish(request());
    expect(results.map((result) => result.plan.action)).toEqual(['complete', 'complete']);
    expect(registryWrites(registry.log().slice(before))).toEqual({ blobUploads: 0, manifestPuts: [] });
  }, 60_000);

  it('puts back a moving tag someone pointed elsewhere, without signing or building', async () => {
    const stray = await pushTiny('stray');
    await client.tag(repository().path, '1.26-locked', stray);
    const [, locked] = await publish(request());
    expect(locked!.plan).toEqual({ action: 'retag', digest: digests.locked, tags: ['1.26-locked'] });
    expect(await client.manifestDigest(repository().path, '1.26-locked')).toBe(digests.locked);
  }, 60_000);

  it('never moves a moving tag back to an older release', async () => {
    const newer = await pushTiny('locked-r2');
    await client.tag(repository().path, '1.26.3-r2-locked', newer);
    await client.tag(repository().path, '1.26-locked', newer);
    await client.tag(repository().path, '1.26.3-locked', newer);
    const [, locked] = await publish(request());
    expect(locked!.plan).toEqual({ action: 'complete', digest: digests.locked });
    expect(locked!.record!.tags.map((tag) => tag.tag)).toEqual(['1.26.3-r1-locked']);
    expect(await client.manifestDigest(repository().path, '1.26-locked')).toBe(newer);
  }, 60_000);

  it('refuses to sign without a key, before building anything', async () => {
    const fresh = { ...request(), registry: parseRegistry(`${registry.host}/fresh`) };
    delete fresh.signing;
    await expect(publish(fresh)).rejects.toThrow(/needs signing: give --sign-key FILE/);
    const dry = await publish({ ...fresh, dryRun: true });
    expect(dry.map((result) => result.description)).toEqual([
      `would build, test, push by digest, sign, attest (cyclonedx, spdxjson, openvex), verify, then tag 1.26.3-r1-hardened, 1.26-hardened, 1.26.3-hardened; only if that image's config is ${await configDigestOf('hardened')}, the build its SBOMs and VEX describe`,
      `would build, test, push by digest, sign, attest (cyclonedx, spdxjson, openvex), verify, then tag 1.26.3-r1-locked, 1.26-locked, 1.26.3-locked; only if that image's config is ${await configDigestOf('locked')}, the build its SBOMs and VEX describe`,
    ]);
  }, 60_000);
});
