// publish() against a real registry in states an interrupted or older run leaves behind,
// set up by hand: released but not fully attested, moving tags missing or elsewhere, a
// newer revision already out. None of these needs a build or a test run: the test step
// given here fails the test if it is ever called.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient, digestReference, parseRegistry, pushStaged, registryWrites, repositoryOf, stageArchive, type Connection } from '@armorred/registry';
import { Cosign, cosignMissing, generateKeyPair } from '@armorred/signing';
import { startTestRegistry, testRegistryMissing, tinyDockerArchive, type TestRegistry } from '@armorred/test-registry';
import { skipNote, skipUnless } from '@armorred/testkit';
import { publish, type PublishRequest } from './publish.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const PASSWORD = 'publish-test-key-password';
const skip = skipUnless((await cosignMissing()) ?? (await testRegistryMissing()));

describe.skipIf(skip !== false)(`publish() resumes and keeps what the registry holds${skipNote(skip)}`, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'armorred-publish-flow-'));
  let registry: TestRegistry;
  let connection: Connection;
  let client: RegistryClient;
  let cosign: Cosign;
  let key: { keyFile: string; publicKeyFile: string };
  const repository = () => repositoryOf(parseRegistry(`${registry.host}/flow`), 'nginx');
  const digests: Record<string, string> = {};

  async function pushTiny(name: string): Promise<string> {
    const archive = join(scratch, `${name}.tar`);
    await tinyDockerArchive(archive, `${name}\n`, { 'org.armorred.pkgs': 'offline-debian-bookworm' });
    const digest = await stageArchive(archive, join(scratch, name));
    await pushStaged(join(scratch, name), repository(), digest, connection);
    return digest;
  }

  const documents = (tier: string) => ({
    cyclonedx: join(REPO, `images/nginx-1.26/generated/${tier}.cdx.json`),
    spdxjson: join(REPO, `images/nginx-1.26/generated/${tier}.spdx.json`),
    openvex: join(REPO, `images/nginx-1.26/generated/${tier}.openvex.json`),
  });

  function request(): PublishRequest {
    return {
      root: REPO,
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
      'would build, test, push by digest, sign, attest (cyclonedx, spdxjson, openvex), verify, then tag 1.26.3-r1-hardened, 1.26-hardened, 1.26.3-hardened',
      'would build, test, push by digest, sign, attest (cyclonedx, spdxjson, openvex), verify, then tag 1.26.3-r1-locked, 1.26-locked, 1.26.3-locked',
    ]);
  }, 60_000);
});
