// cosign 2.5 against a real registry (TLS, htpasswd): keys made here, signatures and
// attestations stored under cosign's sha256-<hex>.sig/.att tags (no referrers API in
// distribution 2.8), no transparency log.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryClient, digestReference, parseRegistry, pushStaged, repositoryOf, stageArchive, type Connection, type Repository } from '@armorred/registry';
import { startTestRegistry, testRegistryMissing, tinyDockerArchive, type TestRegistry } from '@armorred/test-registry';
import { skipNote, skipUnless } from '@armorred/testkit';
import { ATTESTATION_KINDS, canonicalJson } from './attestations.js';
import { Cosign, cosignMissing, generateKeyPair } from './cosign.js';

const REPO = join(import.meta.dirname, '..', '..', '..');

describe('attestation kinds', () => {
  it('names the three documents a tier carries and compares JSON by content', () => {
    expect(ATTESTATION_KINDS.map((kind) => kind.type)).toEqual(['cyclonedx', 'spdxjson', 'openvex']);
    expect(canonicalJson({ b: [{ d: 1, c: 2 }], a: null })).toBe(canonicalJson({ a: null, b: [{ c: 2, d: 1 }] }));
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});

const missing = (await cosignMissing()) ?? (await testRegistryMissing());
const skip = skipUnless(missing);

describe.skipIf(skip !== false)(`cosign with a real registry${skipNote(skip)}`, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'armorred-cosign-test-'));
  const password = 'key-password-for-a-test';
  let registry: TestRegistry;
  let connection: Connection;
  let cosign: Cosign;
  let repository: Repository;
  let ours: { keyFile: string; publicKeyFile: string };
  let theirs: { keyFile: string; publicKeyFile: string };

  /** Pushes a tiny image by digest and returns its reference. */
  async function push(content: string): Promise<string> {
    const archive = join(scratch, `${content.length}-${Date.now()}.tar`);
    await tinyDockerArchive(archive, content);
    const dir = join(scratch, `staged-${Date.now()}`);
    const digest = await stageArchive(archive, dir);
    await pushStaged(dir, repository, digest, connection);
    return digestReference(repository, digest);
  }

  beforeAll(async () => {
    registry = await startTestRegistry();
    connection = { authFile: registry.authFile, certDir: registry.certDir, tlsVerify: true };
    repository = repositoryOf(parseRegistry(`${registry.host}/test`), 'tiny');
    ours = await generateKeyPair(scratch, password, 'ours');
    theirs = await generateKeyPair(scratch, 'another-password', 'theirs');
    cosign = new Cosign({ authFile: registry.authFile, caFile: registry.caFile });
  });
  afterAll(async () => {
    cosign?.dispose();
    await registry?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('derives the public key from the private key (and refuses a wrong password)', async () => {
    expect((await cosign.publicKey(ours.keyFile, password)).trim()).toBe(readFileSync(ours.publicKeyFile, 'utf8').trim());
    await expect(cosign.publicKey(ours.keyFile, 'wrong')).rejects.toThrow(/read the public key.*COSIGN_PASSWORD/s);
  });

  it('a signed digest verifies with our key; an unsigned image and one signed with another key do not', async () => {
    const signed = await push('signed\n');
    const unsigned = await push('unsigned\n');
    const foreign = await push('signed by someone else\n');
    expect(await cosign.verify(signed, ours.publicKeyFile)).toMatchObject({ verified: false, reason: expect.stringMatching(/no signatures found/) });
    await cosign.sign(signed, ours.keyFile, password);
    await cosign.sign(foreign, theirs.keyFile, 'another-password');
    expect(await cosign.verify(signed, ours.publicKeyFile)).toEqual({ verified: true });
    expect((await cosign.verify(unsigned, ours.publicKeyFile)).verified).toBe(false);
    expect(await cosign.verify(foreign, ours.publicKeyFile)).toMatchObject({ verified: false, reason: expect.stringMatching(/no matching signatures/) });
    // The signature is stored under cosign's tag, next to the image.
    const client = new RegistryClient(registry.host, connection);
    try {
      expect(await client.tags(repository.path)).toContain(`${signed.split('@')[1]!.replace(':', '-')}.sig`);
    } finally {
      client.close();
    }
  });

  it('attests the tier documents and gives back the verified predicates', async () => {
    const reference = await push('attested\n');
    const documents = {
      cyclonedx: 'images/nginx-1.26/generated/hardened.cdx.json',
      spdxjson: 'images/nginx-1.26/generated/hardened.spdx.json',
      openvex: 'images/nginx-1.26/generated/hardened.openvex.json',
    } as const;
    for (const kind of ATTESTATION_KINDS) {
      expect((await cosign.verifyAttestations(reference, ours.publicKeyFile, kind.type)).verified).toBe(false);
      await cosign.attest(reference, ours.keyFile, password, kind.type, join(REPO, documents[kind.type]));
    }
    for (const kind of ATTESTATION_KINDS) {
      const found = await cosign.verifyAttestations(reference, ours.publicKeyFile, kind.type);
      expect(found.verified).toBe(true);
      expect(found.predicates).toEqual([canonicalJson(JSON.parse(readFileSync(join(REPO, documents[kind.type]), 'utf8')))]);
      expect((await cosign.verifyAttestations(reference, theirs.publicKeyFile, kind.type)).verified).toBe(false);
    }
  });

  it('reaches the registry only with the auth file and the CA it is given', async () => {
    const reference = await push('access\n');
    const anonymous = new Cosign({ caFile: registry.caFile });
    const untrusting = new Cosign({ authFile: registry.authFile });
    try {
      await expect(anonymous.sign(reference, ours.keyFile, password)).rejects.toThrow(/UNAUTHORIZED|authentication required/i);
      // Without the CA, TLS fails (for a loopback address cosign then tries plain HTTP, which fails too).
      await expect(untrusting.verify(reference, ours.publicKeyFile)).rejects.toThrow(/certificate|HTTP request to an HTTPS server/);
    } finally {
      anonymous.dispose();
      untrusting.dispose();
    }
  });
});
