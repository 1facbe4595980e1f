// Reading and tagging manifests over the distribution API (the OCI distribution spec):
// list tags, a manifest's digest, the manifest itself, and putting an existing manifest
// under a tag. Blobs are never moved here (skopeo pushes them). One keep-alive TLS
// connection serves every request, so asking a registry what it holds costs a few
// milliseconds, not a process start and a handshake per question as a skopeo call does.
// Authentication: HTTP Basic, or the token flow (a Bearer challenge answered by the
// realm with the auth file's credentials), as registries such as ghcr.io use.
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'node:https';
import { rootCertificates } from 'node:tls';
import { ToolFailedError } from '@armorred/errors';
import { credentialsFor, readCertDir, type Connection, type Credentials, type TlsMaterial } from './connection.js';
import { DIGEST, TAG } from './reference.js';

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];

const MAX_MANIFEST = 4 * 1024 * 1024;
const MAX_TAG_PAGE = 16 * 1024 * 1024;
const MAX_TOKEN = 64 * 1024;

export interface Manifest {
  digest: string;
  mediaType: string;
  bytes: Buffer;
}

interface Response {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** The registry refused or failed; the message names the request, never a credential. */
export class RegistryError extends ToolFailedError {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.status = status;
  }
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Parses `Bearer realm="...",service="...",scope="..."` (or Basic realm=...). */
export function parseChallenge(header: string | undefined): { scheme: string; params: Record<string, string> } | undefined {
  if (!header) return undefined;
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const params: Record<string, string> = {};
  for (const match of header.slice(space + 1).matchAll(/([A-Za-z_]+)="([^"]*)"/g)) params[match[1]!.toLowerCase()] = match[2]!;
  return { scheme, params };
}

export class RegistryClient {
  readonly host: string;
  /** For the registry host: its CA from --cert-dir when one is given (as skopeo trusts it), else the system's. */
  private readonly agent: Agent;
  /** For other hosts (a token realm, a storage redirect): the system's CAs and --cert-dir's; made when needed. */
  private elsewhere?: Agent;
  private readonly tls: TlsMaterial;
  private readonly tlsVerify: boolean;
  private readonly credentials: (path: string) => Credentials | undefined;
  /** Authorization per repository path and access (pull, or push). */
  private readonly authorizations = new Map<string, string>();
  /** Requests made (the benchmark reports it). */
  requests = 0;

  constructor(host: string, connection: Connection) {
    this.host = host;
    this.tls = readCertDir(connection.certDir);
    this.tlsVerify = connection.tlsVerify;
    // Loading the system's ~150 roots costs a noticeable part of a quick run: the registry
    // connection does not need them when the registry's own CA is given.
    this.agent = this.makeAgent(this.tls.ca.length > 0 ? this.tls.ca : undefined);
    this.credentials = (path) => credentialsFor(connection.authFile, host, path);
  }

  private makeAgent(ca: string[] | undefined): Agent {
    return new Agent({
      keepAlive: true,
      maxSockets: 6,
      ...(ca ? { ca } : {}),
      ...(this.tls.cert && this.tls.key ? { cert: this.tls.cert, key: this.tls.key } : {}),
      rejectUnauthorized: this.tlsVerify,
    });
  }

  private agentFor(url: URL): Agent {
    if (url.host === this.host) return this.agent;
    this.elsewhere ??= this.makeAgent(this.tls.ca.length > 0 ? [...rootCertificates, ...this.tls.ca] : undefined);
    return this.elsewhere;
  }

  close(): void {
    this.agent.destroy();
    this.elsewhere?.destroy();
  }

  private send(method: string, path: string, headers: Record<string, string>, body?: Buffer, limit = MAX_MANIFEST, url?: URL): Promise<Response> {
    const target = url ?? new URL(`https://${this.host}${path}`);
    this.requests++;
    return new Promise((resolvePromise, reject) => {
      const outgoing = request(
        target,
        { method, agent: this.agent, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) } },
        (incoming) => {
          const chunks: Buffer[] = [];
          let size = 0;
          incoming.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > limit) {
              incoming.destroy();
              reject(new RegistryError(`${method} ${target.pathname}: answer over ${limit} bytes`, 0));
            } else chunks.push(chunk);
          });
          incoming.on('end', () => resolvePromise({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }));
          incoming.on('error', reject);
        },
      );
      outgoing.on('error', (error: NodeJS.ErrnoException) =>
        reject(new RegistryError(`cannot reach the registry ${this.host} (${error.code ?? error.message}): ${method} ${target.pathname}`, 0)),
      );
      outgoing.end(body);
    });
  }

  /** Answers a 401 challenge: Basic with the credentials, or a token from the realm. */
  private async authorize(repositoryPath: string, challenge: string | undefined): Promise<string | undefined> {
    const parsed = parseChallenge(challenge);
    const credentials = this.credentials(repositoryPath);
    const basic = credentials && `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
    if (!parsed || parsed.scheme === 'basic') return basic;
    if (parsed.scheme !== 'bearer' || !parsed.params.realm) return undefined;
    const realm = new URL(parsed.params.realm);
    if (realm.protocol !== 'https:') throw new RegistryError(`${this.host}: refusing a token realm that is not https (${realm.origin})`, 0);
    if (parsed.params.service) realm.searchParams.set('service', parsed.params.service);
    if (parsed.params.scope) realm.searchParams.set('scope', parsed.params.scope);
    const answer = await this.send('GET', '', basic ? { authorization: basic } : {}, undefined, MAX_TOKEN, realm);
    if (answer.status !== 200) return undefined;
    const token = (JSON.parse(answer.body.toString('utf8')) as { token?: string; access_token?: string }) ?? {};
    const value = token.token ?? token.access_token;
    return value ? `Bearer ${value}` : undefined;
  }

  /** A request to /v2/<repositoryPath>/..., authenticated when the registry asks. */
  private async call(
    method: string,
    repositoryPath: string,
    rest: string,
    headers: Record<string, string> = {},
    body?: Buffer,
    limit?: number,
  ): Promise<Response> {
    const path = `/v2/${repositoryPath}/${rest}`;
    const access = method === 'GET' || method === 'HEAD' ? 'pull' : 'push';
    const key = `${repositoryPath} ${access}`;
    const known = this.authorizations.get(key);
    let response = await this.send(method, path, { ...headers, ...(known ? { authorization: known } : {}) }, body, limit);
    if (response.status === 401) {
      const authorization = await this.authorize(repositoryPath, response.headers['www-authenticate'] as string | undefined);
      if (authorization) {
        this.authorizations.set(key, authorization);
        response = await this.send(method, path, { ...headers, authorization }, body, limit);
      }
    }
    if (response.status === 401 || response.status === 403)
      throw new RegistryError(
        `${this.host}: ${method} ${path} was refused (${response.status}): the registry needs credentials for ${repositoryPath} (--authfile or REGISTRY_AUTH_FILE)`,
        response.status,
      );
    return response;
  }

  private fail(method: string, path: string, response: Response): never {
    const detail = response.body.toString('utf8').slice(0, 300).replace(/\s+/g, ' ').trim();
    throw new RegistryError(`${this.host}: ${method} ${path} failed with ${response.status}${detail ? `: ${detail}` : ''}`, response.status);
  }

  /** Every tag of a repository (sorted); [] when the repository has none or does not exist. */
  async tags(repositoryPath: string): Promise<string[]> {
    const tags: string[] = [];
    let rest = 'tags/list?n=1000';
    for (let page = 0; page < 1000; page++) {
      const response = await this.call('GET', repositoryPath, rest, { accept: 'application/json' }, undefined, MAX_TAG_PAGE);
      if (response.status === 404) return tags.sort();
      if (response.status !== 200) this.fail('GET', `/v2/${repositoryPath}/tags/list`, response);
      const body = JSON.parse(response.body.toString('utf8')) as { tags?: string[] | null };
      tags.push(...(body.tags ?? []).filter((tag) => typeof tag === 'string' && TAG.test(tag)));
      const next = /<\/v2\/[^>]*\/(tags\/list\?[^>]*)>;\s*rel="next"/.exec(String(response.headers.link ?? ''));
      if (!next) break;
      rest = next[1]!;
    }
    return [...new Set(tags)].sort();
  }

  /** The digest a tag (or digest) names, from a HEAD request; undefined when it does not exist. */
  async manifestDigest(repositoryPath: string, reference: string): Promise<string | undefined> {
    const response = await this.call('HEAD', repositoryPath, `manifests/${reference}`, { accept: MANIFEST_TYPES.join(', ') });
    if (response.status === 404) return undefined;
    if (response.status !== 200) this.fail('HEAD', `/v2/${repositoryPath}/manifests/${reference}`, response);
    const digest = String(response.headers['docker-content-digest'] ?? '');
    if (DIGEST.test(digest)) return digest;
    // No digest header: fetch the manifest and hash it.
    return (await this.manifest(repositoryPath, reference))?.digest;
  }

  /** A manifest and its digest (checked against the bytes when fetched by digest). */
  async manifest(repositoryPath: string, reference: string): Promise<Manifest | undefined> {
    const response = await this.call('GET', repositoryPath, `manifests/${reference}`, { accept: MANIFEST_TYPES.join(', ') });
    if (response.status === 404) return undefined;
    if (response.status !== 200) this.fail('GET', `/v2/${repositoryPath}/manifests/${reference}`, response);
    const digest = sha256Digest(response.body);
    if (DIGEST.test(reference) && digest !== reference)
      throw new RegistryError(`${this.host}: the manifest served for ${reference} hashes to ${digest}; refusing it`, 0);
    const mediaType = String(response.headers['content-type'] ?? '')
      .split(';')[0]!
      .trim();
    return { digest, mediaType, bytes: response.body };
  }

  /** A small blob (an image config), checked against its digest; registries may redirect to storage. */
  async blob(repositoryPath: string, digest: string, limit = MAX_MANIFEST): Promise<Buffer> {
    if (!DIGEST.test(digest)) throw new Error(`not a sha256 digest: ${digest}`);
    let response = await this.call('GET', repositoryPath, `blobs/${digest}`, {}, undefined, limit);
    for (let hop = 0; hop < 3 && [301, 302, 303, 307, 308].includes(response.status); hop++) {
      const location = new URL(String(response.headers.location ?? ''), `https://${this.host}/`);
      if (location.protocol !== 'https:') throw new RegistryError(`${this.host}: refusing a blob redirect that is not https (${location.origin})`, 0);
      // Storage URLs are pre-signed: the registry's credentials are not sent there.
      response = await this.send('GET', '', {}, undefined, limit, location);
    }
    if (response.status !== 200) this.fail('GET', `/v2/${repositoryPath}/blobs/${digest}`, response);
    if (sha256Digest(response.body) !== digest) throw new RegistryError(`${this.host}: blob ${digest} does not match its digest; refusing it`, 0);
    return response.body;
  }

  /** An image's config labels (manifest -> config blob); {} for an index or a config without labels. */
  async labels(repositoryPath: string, digest: string): Promise<Record<string, string>> {
    const manifest = await this.manifest(repositoryPath, digest);
    if (!manifest) return {};
    const config = (JSON.parse(manifest.bytes.toString('utf8')) as { config?: { digest?: string } }).config?.digest;
    if (!config) return {};
    const parsed = JSON.parse((await this.blob(repositoryPath, config)).toString('utf8')) as { config?: { Labels?: Record<string, string> | null } };
    return parsed.config?.Labels ?? {};
  }

  /** Puts a manifest under a tag (the same bytes, so the tag names the same digest). */
  async putManifest(repositoryPath: string, tag: string, manifest: Manifest): Promise<void> {
    if (!TAG.test(tag)) throw new Error(`not a registry tag: ${tag}`);
    const response = await this.call('PUT', repositoryPath, `manifests/${tag}`, { 'content-type': manifest.mediaType }, manifest.bytes);
    if (response.status !== 201 && response.status !== 200) this.fail('PUT', `/v2/${repositoryPath}/manifests/${tag}`, response);
    const digest = String(response.headers['docker-content-digest'] ?? manifest.digest);
    if (digest !== manifest.digest) throw new RegistryError(`${this.host}: tag ${tag} was stored as ${digest}, not ${manifest.digest}`, 0);
  }

  /** Points `tag` at the manifest `digest` names (fetched, then put under the tag). */
  async tag(repositoryPath: string, tag: string, digest: string): Promise<void> {
    const manifest = await this.manifest(repositoryPath, digest);
    if (!manifest) throw new RegistryError(`${this.host}: ${repositoryPath}@${digest} does not exist; cannot tag it ${tag}`, 404);
    await this.putManifest(repositoryPath, tag, manifest);
  }
}
