import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, testRegistryMissing, tinyDockerArchive, type TestRegistry } from '@armorred/test-registry';
import { skipNote, skipUnless } from '@armorred/testkit';
import { RegistryClient } from './client.js';
import { credentialsFor, resolveAuthFile, type Connection } from './connection.js';
import { digestReference, isWithin, parseRegistry, repositoryOf, tagReference } from './reference.js';
import { registryWrites } from './registry-log.js';
import { pushStaged, skopeoAvailable, stageArchive, stagedConfig } from './skopeo.js';

const scratch = mkdtempSync(join(tmpdir(), 'armorred-registry-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('registry references', () => {
  it('parses HOST[:PORT]/NAMESPACE and names repositories and references', () => {
    const registry = parseRegistry('127.0.0.1:5000/test');
    expect(registry).toEqual({ host: '127.0.0.1:5000', namespace: 'test' });
    const repository = repositoryOf(parseRegistry('ghcr.io/armorred'), 'nginx');
    expect(repository).toEqual({ host: 'ghcr.io', path: 'armorred/nginx', name: 'ghcr.io/armorred/nginx' });
    const digest = `sha256:${'a'.repeat(64)}`;
    expect(digestReference(repository, digest)).toBe(`ghcr.io/armorred/nginx@${digest}`);
    expect(tagReference(repository, '1.26-hardened')).toBe('ghcr.io/armorred/nginx:1.26-hardened');
  });

  it('refuses what is not a registry with a namespace', () => {
    for (const bad of ['ghcr.io', 'GHCR.io/armorred', 'https://ghcr.io/armorred', 'ghcr.io/armorred/', 'ghcr.io/a b']) {
      expect(() => parseRegistry(bad), bad).toThrow(/--registry must be HOST\[:PORT\]\/NAMESPACE/);
    }
  });

  it('knows when a registry is the catalog registry or inside it', () => {
    const catalog = parseRegistry('ghcr.io/armorred');
    expect(isWithin(parseRegistry('ghcr.io/armorred'), catalog)).toBe(true);
    expect(isWithin(parseRegistry('ghcr.io/armorred/staging'), catalog)).toBe(true);
    expect(isWithin(parseRegistry('ghcr.io/armorred-test'), catalog)).toBe(false);
    expect(isWithin(parseRegistry('127.0.0.1:5000/armorred'), catalog)).toBe(false);
  });
});

describe('credentials (containers-auth.json)', () => {
  it('finds the auth file as skopeo does: --authfile, REGISTRY_AUTH_FILE, then the defaults', () => {
    const given = join(scratch, 'given.json');
    const fromEnv = join(scratch, 'env.json');
    const runtime = join(scratch, 'run');
    for (const file of [given, fromEnv]) writeFileSync(file, '{}');
    expect(resolveAuthFile(given, { REGISTRY_AUTH_FILE: fromEnv })).toBe(given);
    expect(resolveAuthFile(undefined, { REGISTRY_AUTH_FILE: fromEnv })).toBe(fromEnv);
    expect(resolveAuthFile(undefined, { HOME: scratch, XDG_RUNTIME_DIR: runtime })).toBeUndefined();
    expect(() => resolveAuthFile(join(scratch, 'missing.json'), {})).toThrow(/--authfile: no such file/);
  });

  it('takes the most specific entry for a repository and never shows the secret in errors', () => {
    const file = join(scratch, 'auth.json');
    const encode = (text: string) => Buffer.from(text).toString('base64');
    writeFileSync(
      file,
      JSON.stringify({ auths: { 'reg.example': { auth: encode('host:pw-host') }, 'https://reg.example/team': { auth: encode('team:pw:with:colons') } } }),
    );
    expect(credentialsFor(file, 'reg.example', 'team/nginx')).toEqual({ username: 'team', password: 'pw:with:colons' });
    expect(credentialsFor(file, 'reg.example', 'other/nginx')).toEqual({ username: 'host', password: 'pw-host' });
    expect(credentialsFor(file, 'elsewhere.example', 'team/nginx')).toBeUndefined();
    writeFileSync(file, '{"auths": {"reg.example": {"auth": "c2VjcmV0"');
    expect(() => credentialsFor(file, 'reg.example')).toThrow(/is not valid JSON$/);
  });
});

describe('registry access log', () => {
  it('counts finished blob uploads and manifest writes per repository', () => {
    const log = [
      '127.0.0.1 - - [x] "HEAD /v2/test/nginx/blobs/sha256:aa HTTP/1.1" 404 157 "" "skopeo/1.9.3"',
      '127.0.0.1 - - [x] "POST /v2/test/nginx/blobs/uploads/ HTTP/1.1" 202 0 "" "skopeo/1.9.3"',
      '127.0.0.1 - - [x] "PUT /v2/test/nginx/blobs/uploads/u1?_state=s&digest=sha256%3Aaa HTTP/1.1" 201 0 "" "skopeo/1.9.3"',
      '127.0.0.1 - - [x] "PUT /v2/other/nginx/blobs/uploads/u2?digest=sha256%3Abb HTTP/1.1" 201 0 "" "skopeo/1.9.3"',
      '127.0.0.1 - - [x] "PUT /v2/test/nginx/manifests/1.26-hardened HTTP/1.1" 201 0 "" "node"',
      '127.0.0.1 - - [x] "PUT /v2/test/nginx/manifests/refused HTTP/1.1" 401 0 "" "node"',
    ].join('\n');
    expect(registryWrites(log, 'test/nginx')).toEqual({ blobUploads: 1, manifestPuts: ['1.26-hardened'] });
    expect(registryWrites(log).blobUploads).toBe(2);
  });
});

const missing = (await testRegistryMissing()) ?? ((await skopeoAvailable()) ? undefined : 'skopeo is not installed');
const skip = skipUnless(missing);

describe.skipIf(skip !== false)(`a real registry (docker-registry, TLS, htpasswd)${skipNote(skip)}`, () => {
  let registry: TestRegistry;
  let connection: Connection;
  let archive: string;
  beforeAll(async () => {
    registry = await startTestRegistry();
    connection = { authFile: registry.authFile, certDir: registry.certDir, tlsVerify: true };
    archive = join(scratch, 'tiny.tar');
    await tinyDockerArchive(archive, 'hello from a test\n', { 'org.armorred.pkgs': 'offline-debian-bookworm' });
  });
  afterAll(() => registry?.stop());

  it('stages an archive to a stable digest and reads its labels', async () => {
    const first = await stageArchive(archive, join(scratch, 'staged-1'));
    const second = await stageArchive(archive, join(scratch, 'staged-2'));
    expect(first).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(second).toBe(first);
    expect(stagedConfig(join(scratch, 'staged-1')).config?.Labels).toEqual({ 'org.armorred.pkgs': 'offline-debian-bookworm' });
  });

  it('refuses a push without credentials', async () => {
    const repository = repositoryOf(parseRegistry(`${registry.host}/noauth`), 'tiny');
    const dir = join(scratch, 'staged-noauth');
    const digest = await stageArchive(archive, dir);
    await expect(pushStaged(dir, repository, digest, { certDir: registry.certDir, tlsVerify: true })).rejects.toThrow(/authentication required/);
    const anonymous = new RegistryClient(registry.host, { certDir: registry.certDir, tlsVerify: true });
    try {
      const refused = anonymous.tags(repository.path);
      await expect(refused).rejects.toThrow(/refused \(401\).*--authfile or REGISTRY_AUTH_FILE/);
    } finally {
      anonymous.close();
    }
  });

  it('pushes by digest (no tag), tags that exact manifest, and uploads nothing the second time', async () => {
    const repository = repositoryOf(parseRegistry(`${registry.host}/test`), 'tiny');
    const dir = join(scratch, 'staged-push');
    const digest = await stageArchive(archive, dir);
    const client = new RegistryClient(registry.host, connection);
    try {
      expect(await client.tags(repository.path)).toEqual([]);
      const before = registry.log().length;
      await pushStaged(dir, repository, digest, connection, { precomputeDigests: true });
      const first = registryWrites(registry.log().slice(before), repository.path);
      expect(first.blobUploads).toBe(2); // the layer and the config
      expect(first.manifestPuts).toEqual([digest]);
      expect(await client.manifestDigest(repository.path, digest)).toBe(digest);
      expect(await client.tags(repository.path)).toEqual([]);

      await client.tag(repository.path, 'v1', digest);
      expect(await client.tags(repository.path)).toEqual(['v1']);
      expect(await client.manifestDigest(repository.path, 'v1')).toBe(digest);
      expect(await client.labels(repository.path, digest)).toEqual({ 'org.armorred.pkgs': 'offline-debian-bookworm' });
      expect(await client.manifestDigest(repository.path, 'absent')).toBeUndefined();

      const again = registry.log().length;
      await pushStaged(dir, repository, digest, connection, { precomputeDigests: true });
      expect(registryWrites(registry.log().slice(again), repository.path).blobUploads).toBe(0);
    } finally {
      client.close();
    }
  });

  it("verifies the registry's certificate unless told not to", async () => {
    const path = repositoryOf(parseRegistry(`${registry.host}/test`), 'tiny').path;
    const unverified = new RegistryClient(registry.host, { authFile: registry.authFile, tlsVerify: true });
    const insecure = new RegistryClient(registry.host, { authFile: registry.authFile, tlsVerify: false });
    try {
      await expect(unverified.tags(path)).rejects.toThrow(/cannot reach the registry/);
      expect(await insecure.tags(path)).toEqual(['v1']);
    } finally {
      unverified.close();
      insecure.close();
    }
  });
});
