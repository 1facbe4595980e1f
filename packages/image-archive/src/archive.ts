// Reading a docker-archive (the format `docker save` and dockerTools produce): manifest,
// config and every layer's entries, streamed (an archive is never held in memory whole).
import { ArmorredError, EXIT } from '@armorred/errors';
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';

export type EntryType = 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';

export interface LayerEntry {
  /** Path inside the image, without a leading "./" or "/", e.g. "nix/store/...-nginx/bin/nginx". */
  path: string;
  type: EntryType;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkname?: string;
}

export interface ArchiveLayer {
  /** Name of the layer tar inside the archive. */
  name: string;
  /** sha256 of the (uncompressed) layer tar: the diff ID. */
  diffId: string;
  size: number;
  entries: LayerEntry[];
}

export interface DockerManifestEntry {
  Config: string;
  RepoTags?: string[] | null;
  Layers: string[];
}

export interface ImageConfig {
  architecture?: string;
  os?: string;
  created?: string;
  config?: {
    User?: string;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    Env?: string[] | null;
    WorkingDir?: string;
    ExposedPorts?: Record<string, object> | null;
    StopSignal?: string;
    Labels?: Record<string, string> | null;
  };
  rootfs?: { type: string; diff_ids: string[] };
  history?: unknown[];
}

export interface ImageArchive {
  file: string;
  /** Size of the archive file in bytes. */
  archiveSize: number;
  repoTags: string[];
  config: ImageConfig;
  /** sha256 of the config JSON: the image ID. */
  configDigest: string;
  /** In manifest order (bottom layer first). */
  layers: ArchiveLayer[];
  /** Layer name -> compressed size, when the layout stores layers compressed (OCI). */
  compressedSizes?: Map<string, number>;
}

const GZIP_MAGIC = [0x1f, 0x8b];

function entryType(type: string): EntryType {
  switch (type) {
    case 'File':
    case 'OldFile':
    case 'ContiguousFile':
      return 'file';
    case 'Directory':
      return 'directory';
    case 'SymbolicLink':
      return 'symlink';
    case 'Link':
      return 'hardlink';
    default:
      return 'other';
  }
}

function normalise(path: string): string {
  return path.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
}

/** Parses a tar stream, calling `onEntry` for each entry; gzip is detected and undone. */
function parseTar(source: Readable, onEntry: (entry: ReadEntry) => void | Promise<void>): Promise<void> {
  return new Promise((resolve, reject) => {
    const parser = new Parser({
      onReadEntry: (entry) => {
        Promise.resolve(onEntry(entry)).catch(reject);
      },
    });
    parser.on('error', reject);
    parser.on('end', () => resolve());
    let sniffed = false;
    const forward = new PassThrough();
    source.on('error', reject);
    source.on('data', (chunk: Buffer) => {
      if (!sniffed) {
        sniffed = true;
        if (chunk[0] === GZIP_MAGIC[0] && chunk[1] === GZIP_MAGIC[1]) {
          const gunzip = createGunzip();
          gunzip.on('error', reject);
          forward.pipe(gunzip).pipe(parser);
        } else forward.pipe(parser);
      }
      if (!forward.write(chunk)) {
        source.pause();
        forward.once('drain', () => source.resume());
      }
    });
    source.on('end', () => {
      if (!sniffed) forward.pipe(parser);
      forward.end();
    });
  });
}

function collect(entry: ReadEntry): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    entry.on('data', (chunk: Buffer) => chunks.push(chunk));
    entry.on('end', () => resolve(Buffer.concat(chunks)));
    entry.on('error', reject);
  });
}

/** A tar entry of a layer as a LayerEntry (undefined for the layer's root itself). */
function toLayerEntry(inner: ReadEntry): LayerEntry | undefined {
  const path = normalise(inner.path);
  if (path === '' || path === '.') return undefined;
  return {
    path,
    type: entryType(inner.type),
    mode: inner.mode ?? 0,
    uid: inner.uid ?? 0,
    gid: inner.gid ?? 0,
    size: inner.size ?? 0,
    ...(inner.linkpath ? { linkname: inner.linkpath } : {}),
  };
}

async function readLayer(name: string, entry: ReadEntry): Promise<ArchiveLayer> {
  const hash = createHash('sha256');
  let size = 0;
  const entries: LayerEntry[] = [];
  const tee = new PassThrough();
  entry.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    size += chunk.length;
  });
  entry.pipe(tee);
  await parseTar(tee, (inner) => {
    const layerEntry = toLayerEntry(inner);
    if (layerEntry) entries.push(layerEntry);
    inner.resume();
  });
  return { name, diffId: `sha256:${hash.digest('hex')}`, size, entries };
}

export class ArchiveError extends ArmorredError {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`, EXIT.INVALID);
  }
}

/** manifest.json's image and its config bytes, from the archive's JSON entries. */
function manifestAndConfig(file: string, jsons: ReadonlyMap<string, Buffer>): { manifest: DockerManifestEntry; configData: Buffer } {
  const manifestData = jsons.get('manifest.json');
  if (!manifestData) throw new ArchiveError(file, 'no manifest.json: not a docker-archive');
  const [manifest] = JSON.parse(manifestData.toString('utf8')) as DockerManifestEntry[];
  if (!manifest) throw new ArchiveError(file, 'manifest.json lists no image');
  const configData = jsons.get(normalise(manifest.Config));
  if (!configData) throw new ArchiveError(file, `config ${manifest.Config} is missing`);
  return { manifest, configData };
}

const configDigestOf = (configData: Buffer) => `sha256:${createHash('sha256').update(configData).digest('hex')}`;

/** Reads a docker-archive (.tar or .tar.gz). */
export async function readDockerArchive(file: string): Promise<ImageArchive> {
  const jsons = new Map<string, Buffer>();
  const layers = new Map<string, ArchiveLayer>();
  const pending: Promise<void>[] = [];
  await parseTar(createReadStream(file), (entry) => {
    const name = normalise(entry.path);
    if (entry.type !== 'File' && entry.type !== 'OldFile') {
      entry.resume();
      return;
    }
    if (name.endsWith('.json') || name === 'repositories') {
      pending.push(collect(entry).then((data) => void jsons.set(name, data)));
    } else {
      pending.push(readLayer(name, entry).then((layer) => void layers.set(name, layer)));
    }
  });
  await Promise.all(pending);
  const { manifest, configData } = manifestAndConfig(file, jsons);
  const ordered = manifest.Layers.map((name) => {
    const layer = layers.get(normalise(name));
    if (!layer) throw new ArchiveError(file, `layer ${name} is missing`);
    return layer;
  });
  return {
    file,
    archiveSize: statSync(file).size,
    repoTags: manifest.RepoTags ?? [],
    config: JSON.parse(configData.toString('utf8')) as ImageConfig,
    configDigest: configDigestOf(configData),
    layers: ordered,
  };
}

/**
 * The sha256 of a docker-archive's image config (the image ID, what `armorred analyze`
 * records as build.configDigest), reading the manifest and the config but not the layers.
 */
export async function archiveConfigDigest(file: string): Promise<string> {
  const jsons = new Map<string, Buffer>();
  const pending: Promise<void>[] = [];
  await parseTar(createReadStream(file), (entry) => {
    const name = normalise(entry.path);
    if ((entry.type === 'File' || entry.type === 'OldFile') && name.endsWith('.json')) pending.push(collect(entry).then((data) => void jsons.set(name, data)));
    else entry.resume();
  });
  await Promise.all(pending);
  return configDigestOf(manifestAndConfig(file, jsons).configData);
}

/** Top-level store paths present in the image (/nix/store/<hash>-<name>), sorted. */
export function storePathsOf(archive: ImageArchive): string[] {
  const paths = new Set<string>();
  for (const layer of archive.layers) {
    for (const entry of layer.entries) {
      const match = /^nix\/store\/([^/]+)/.exec(entry.path);
      if (match) paths.add(`/nix/store/${match[1]}`);
    }
  }
  return [...paths].sort();
}

/** The merged root filesystem (later layers win; whiteouts are not used by dockerTools). */
export function rootFilesystem(archive: ImageArchive): Map<string, LayerEntry> {
  const merged = new Map<string, LayerEntry>();
  for (const layer of archive.layers) for (const entry of layer.entries) merged.set(entry.path, entry);
  return merged;
}

/**
 * Store paths the image's root filesystem links to (outside /nix/store) or names in its
 * config: the roots whose Nix closure the image's /nix/store must equal.
 */
export function closureRoots(archive: ImageArchive): string[] {
  const roots = new Set<string>();
  const storePath = /\/nix\/store\/[a-z0-9]{32}-[^/"\s]+/g;
  for (const entry of rootFilesystem(archive).values()) {
    if (!entry.path.startsWith('nix/store/') && entry.linkname) for (const match of entry.linkname.matchAll(storePath)) roots.add(match[0]);
  }
  for (const match of JSON.stringify(archive.config.config ?? {}).matchAll(storePath)) roots.add(match[0]);
  return [...roots].sort();
}

/** The content of a regular file of the image (from the top-most layer holding it). */
export async function fileContent(archive: ImageArchive, path: string): Promise<Buffer | undefined> {
  const wanted = normalise(path);
  const layer = [...archive.layers].reverse().find((candidate) => candidate.entries.some((entry) => entry.path === wanted));
  const entry = layer?.entries.find((candidate) => candidate.path === wanted);
  if (!layer || entry?.type !== 'file') return undefined;
  let content: Buffer | undefined;
  const pending: Promise<void>[] = [];
  await parseTar(createReadStream(archive.file), (outer) => {
    if (normalise(outer.path) !== layer.name) {
      outer.resume();
      return;
    }
    const layerStream = new PassThrough();
    outer.pipe(layerStream);
    pending.push(
      parseTar(layerStream, async (inner) => {
        if (normalise(inner.path) === wanted) content = await collect(inner);
        else inner.resume();
      }),
    );
  });
  await Promise.all(pending);
  return content;
}

interface OciDescriptor {
  mediaType: string;
  digest: string;
  size: number;
}

function blobPath(dir: string, digest: string): string {
  const [algorithm, hex] = digest.split(':');
  if (algorithm !== 'sha256' || !/^[a-f0-9]{64}$/.test(hex ?? '')) throw new ArchiveError(dir, `unsupported or malformed digest ${digest}`);
  return join(dir, 'blobs', 'sha256', hex!);
}

function readJson<T>(file: string, what: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new ArchiveError(file, `${what} is not readable JSON: ${(error as Error).message}`);
  }
}

/** Reads an OCI image layout directory (index.json, blobs/sha256/...), e.g. from `skopeo copy ... oci:DIR`. */
export async function readOciLayout(dir: string): Promise<ImageArchive> {
  const index = readJson<{ manifests?: (OciDescriptor & { annotations?: Record<string, string> })[] }>(join(dir, 'index.json'), 'index.json');
  const descriptor = index.manifests?.[0];
  if (!descriptor) throw new ArchiveError(dir, 'index.json lists no manifest: not an OCI image layout');
  const manifest = readJson<{ config: OciDescriptor; layers: OciDescriptor[] }>(blobPath(dir, descriptor.digest), 'the manifest');
  const configFile = blobPath(dir, manifest.config.digest);
  const configData = readFileSync(configFile);
  const config = JSON.parse(configData.toString('utf8')) as ImageConfig;
  const layers: ArchiveLayer[] = [];
  const compressedSizes = new Map<string, number>();
  for (const layer of manifest.layers) {
    const name = layer.digest;
    const entries: LayerEntry[] = [];
    const hash = createHash('sha256');
    let size = 0;
    const decompressed = new PassThrough();
    decompressed.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      size += chunk.length;
    });
    const source = createReadStream(blobPath(dir, layer.digest));
    const stream = /gzip/.test(layer.mediaType) ? source.pipe(createGunzip()) : source;
    stream.pipe(decompressed);
    const parsed = new PassThrough();
    decompressed.pipe(parsed);
    await parseTar(parsed, (inner) => {
      const layerEntry = toLayerEntry(inner);
      if (layerEntry) entries.push(layerEntry);
      inner.resume();
    });
    layers.push({ name, diffId: `sha256:${hash.digest('hex')}`, size, entries });
    compressedSizes.set(name, statSync(blobPath(dir, layer.digest)).size);
  }
  const refName = descriptor.annotations?.['org.opencontainers.image.ref.name'];
  return {
    file: dir,
    archiveSize: [manifest.config, ...manifest.layers].reduce((sum, blob) => sum + blob.size, 0),
    repoTags: refName ? [refName] : [],
    config,
    configDigest: `sha256:${createHash('sha256').update(configData).digest('hex')}`,
    layers,
    compressedSizes,
  };
}

/** Reads an image from a docker-archive file or an OCI layout directory. */
export function readImage(path: string): Promise<ImageArchive> {
  return statSync(path).isDirectory() ? readOciLayout(path) : readDockerArchive(path);
}
