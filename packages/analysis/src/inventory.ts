// What a built image holds, measured from its archive: sizes, layers, config, the Nix
// store paths as components, shell and coreutils.
import { createGzip } from 'node:zlib';
import { createReadStream, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { Parser } from 'tar';
import { rootFilesystem, storePathsOf, type ImageArchive } from '@armorred/image-archive';
import { derivationsOf, type DerivationFacts } from './derivations.js';

/** The tool that measures the inventory, as the analysis data and the SBOMs name it: this package and its version. */
export const INVENTORY_TOOL = `armorred-analysis ${(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version}`;

/**
 * Where a component's name and version come from: its derivation's pname and version
 * (when the Nix store knows the derivation), else the store path's name read as
 * parseDrvName does, which splits names ending in a digit wrongly (liblz4-1-1.9.4-1).
 */
export type NameSource = 'derivation' | 'store path';

export interface Component {
  name: string;
  version: string;
  /** Nix output name when the store path names one (bin, lib, dev, ...). */
  output?: string;
  storePath: string;
  nameFrom: NameSource;
}

/** Nix output names a store path may end with, as syft's nix cataloger knows them. */
const OUTPUTS = ['bin', 'dev', 'doc', 'info', 'lib', 'man', 'out', 'devdoc', 'static', 'debug', 'data'];

/**
 * A store path as a component, the way Nix's own builtins.parseDrvName and syft's nix
 * cataloger read `<hash>-<name>-<version>[-<output>]`: the version starts at the first
 * dash followed by a digit. Paths without a version (wrappers like "passwd") are no
 * component: undefined.
 */
export function parseStorePath(storePath: string): Omit<Component, 'nameFrom'> | undefined {
  const base = /^\/nix\/store\/[a-z0-9]{32}-(.+)$/.exec(storePath)?.[1];
  if (!base) return undefined;
  const split = /-(?=\d)/.exec(base);
  if (!split) return undefined;
  const name = base.slice(0, split.index);
  let version = base.slice(split.index + 1);
  let output: string | undefined;
  const suffix = /-([a-z]+)$/.exec(version);
  if (suffix && OUTPUTS.includes(suffix[1]!)) {
    output = suffix[1];
    version = version.slice(0, suffix.index);
  }
  return { name, version, ...(output ? { output } : {}), storePath };
}

/** A store path as a component: named by its derivation when that has pname and version, else by parseStorePath. */
export function componentOf(storePath: string, derivation?: DerivationFacts): Component | undefined {
  if (derivation?.pname && derivation.version) {
    const output = derivation.output && derivation.output !== 'out' ? { output: derivation.output } : {};
    return { name: derivation.pname, version: derivation.version, ...output, storePath, nameFrom: 'derivation' };
  }
  const parsed = parseStorePath(storePath);
  return parsed && { ...parsed, nameFrom: 'store path' };
}

export interface LayerSizes {
  diffId: string;
  /** Uncompressed size of the layer tar. */
  size: number;
  /** Size after gzip (what a registry stores and a pull transfers). */
  compressedSize: number;
}

export interface Inventory {
  configDigest: string;
  repoTags: string[];
  /** Sum of the uncompressed layer sizes (what `podman images` shows). */
  size: number;
  /** Sum of the gzip-compressed layer sizes. */
  compressedSize: number;
  layers: LayerSizes[];
  config: {
    user: string;
    entrypoint: string[];
    cmd: string[];
    labels: Record<string, string>;
  };
  storePaths: string[];
  components: Component[];
  shell: boolean;
  coreutils: boolean;
}

const SHELL_FILES = ['bin/sh', 'usr/bin/sh'];
const COREUTILS_FILES = ['bin/ls', 'usr/bin/ls', 'bin/cat', 'usr/bin/cat'];

/** Gzip-compressed sizes of a docker-archive's layers (default level, as registries receive them). */
export async function compressedLayerSizes(archive: ImageArchive): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const wanted = new Set(archive.layers.map((layer) => layer.name));
  const pending: Promise<void>[] = [];
  await new Promise<void>((resolve, reject) => {
    const parser = new Parser({
      onReadEntry: (entry) => {
        const name = entry.path.replace(/^\.\//, '');
        if (!wanted.has(name)) {
          entry.resume();
          return;
        }
        const gzip = createGzip();
        let size = 0;
        gzip.on('data', (chunk: Buffer) => (size += chunk.length));
        pending.push(
          new Promise((done, fail) => {
            gzip.on('end', () => {
              sizes.set(name, size);
              done();
            });
            gzip.on('error', fail);
          }),
        );
        const through = new PassThrough();
        entry.pipe(through);
        through.pipe(gzip);
      },
    });
    parser.on('end', () => resolve());
    parser.on('error', reject);
    createReadStream(archive.file).on('error', reject).pipe(parser);
  });
  await Promise.all(pending);
  return sizes;
}

/** Measures an archive; components are named by their derivations where the local Nix store has them. */
export async function inventoryOf(archive: ImageArchive): Promise<Inventory> {
  const compressed = archive.compressedSizes ?? (await compressedLayerSizes(archive));
  const files = rootFilesystem(archive);
  const storePaths = storePathsOf(archive);
  const derivations = await derivationsOf(storePaths);
  const config = archive.config.config ?? {};
  const layers = archive.layers.map((layer) => ({ diffId: layer.diffId, size: layer.size, compressedSize: compressed.get(layer.name) ?? layer.size }));
  return {
    configDigest: archive.configDigest,
    repoTags: archive.repoTags,
    size: layers.reduce((sum, layer) => sum + layer.size, 0),
    compressedSize: layers.reduce((sum, layer) => sum + layer.compressedSize, 0),
    layers,
    config: {
      user: config.User ?? '',
      entrypoint: config.Entrypoint ?? [],
      cmd: config.Cmd ?? [],
      labels: Object.fromEntries(Object.entries(config.Labels ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))),
    },
    storePaths,
    components: storePaths.map((path) => componentOf(path, derivations.get(path))).filter((component): component is Component => component !== undefined),
    shell: SHELL_FILES.some((path) => files.has(path)),
    coreutils: COREUTILS_FILES.some((path) => files.has(path)),
  };
}
