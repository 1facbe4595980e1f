// The image a suite tests: from the environment (an image reference or an archive), else
// from the last `armorred build` of that tier in the catalog root: ARMORRED_ROOT (set by
// `armorred test`, so `armorred --root DIR` reaches the suites), else the nearest folder
// with catalog.yaml from the working directory upwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileContent, readDockerArchive, rootFilesystem, type ImageArchive, type ImageConfig, type LayerEntry } from '@armorred/image-archive';
import { readBuildRecord } from '@armorred/builder';
import { readCatalog, readImage } from '@armorred/catalog';
import type { HardenedRun } from '@armorred/image-facts';
import { inspectImage, podmanAvailable, podmanOk, type ImageInspection } from '@armorred/podman';
import { findCatalogRoot } from '@armorred/repository';
import { resolveTier, tierRun, type TierName } from '@armorred/spec';
import { ROOT_ENV, imageEnvironment } from './contract.js';

/** The catalog root the suites read build records and specs from (undefined outside a catalog). */
export function catalogRoot(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string | undefined {
  const given = env[ROOT_ENV];
  return given ? resolve(cwd, given) : findCatalogRoot(cwd);
}

export interface ImageUnderTest {
  ready: boolean;
  /** Why the suite cannot run, or where the image came from. */
  reason: string;
  folder: string;
  tier: TierName;
  /** Image ID in podman's store (sha256:...). */
  id?: string;
  archive?: string;
}

/** Finds the image for `folder`/`tier` and makes sure podman has it (by ID, never by a shared tag). */
export async function imageUnderTest(folder: string, tier: TierName, env: NodeJS.ProcessEnv = process.env): Promise<ImageUnderTest> {
  const base = { folder, tier };
  if (!(await podmanAvailable())) return { ...base, ready: false, reason: 'podman is not installed' };
  const names = imageEnvironment(tier);
  const reference = env[names.image];
  if (reference) {
    const image = await inspectImage(reference);
    return { ...base, ready: true, reason: `image ${reference}`, id: image.Id };
  }
  const root = catalogRoot(env);
  const archive = env[names.archive] ?? (root === undefined ? undefined : readBuildRecord(root, folder, tier)?.archive);
  if (!archive) {
    const where = root === undefined ? `no catalog.yaml above ${process.cwd()} and no ${ROOT_ENV}` : `no build in ${root}`;
    return { ...base, ready: false, reason: `no image (${where}): run armorred build ${folder} --tier ${tier}, or set ${names.image} or ${names.archive}` };
  }
  await podmanOk(['load', '-q', '-i', archive]);
  const { configDigest } = await archiveOf({ ...base, ready: true, reason: '', archive });
  return { ...base, ready: true, reason: `archive ${archive}`, id: configDigest, archive };
}

/**
 * The hardened run of a tier, from its spec in the catalog root: what hand-written tests
 * start containers with, so they run the image exactly as the generated suite does.
 */
export function tierRunOf(folder: string, tier: TierName, root: string | undefined = catalogRoot()): HardenedRun {
  if (root === undefined) throw new Error(`no catalog root: run inside the catalog or set ${ROOT_ENV}`);
  const catalog = readCatalog(root);
  return tierRun(resolveTier(readImage(root, catalog, folder).spec, tier, catalog.spec.defaults));
}

const archives = new Map<string, Promise<ImageArchive>>();

/** The image as a docker-archive (saved from podman when only a reference was given). */
export function archiveOf(image: ImageUnderTest): Promise<ImageArchive> {
  const key = image.archive ?? image.id!;
  let archive = archives.get(key);
  if (!archive) {
    archive = image.archive
      ? readDockerArchive(image.archive)
      : (async () => {
          // Kept until the process exits: file contents are read from it later.
          const dir = mkdtempSync(join(tmpdir(), 'armorred-save-'));
          process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
          const file = join(dir, 'image.tar');
          await podmanOk(['save', '--format', 'docker-archive', '-o', file, image.id!]);
          return readDockerArchive(file);
        })();
    archives.set(key, archive);
  }
  return archive;
}

export async function configOf(image: ImageUnderTest): Promise<ImageInspection['Config']> {
  return (await inspectImage(image.id!)).Config;
}

/** The image config as the archive stores it, with the keys podman's inspection leaves out (Healthcheck, Volumes). */
export async function archiveConfigOf(
  image: ImageUnderTest,
): Promise<NonNullable<ImageConfig['config']> & { Healthcheck?: unknown; Volumes?: Record<string, object> | null }> {
  return (await archiveOf(image)).config.config ?? {};
}

export async function filesOf(image: ImageUnderTest): Promise<Map<string, LayerEntry>> {
  return rootFilesystem(await archiveOf(image));
}

/** sha256 (hex) of a file in the image, or undefined when it is not a regular file there. */
export async function fileDigest(archive: ImageArchive, path: string): Promise<string | undefined> {
  const content = await fileContent(archive, path);
  return content && createHash('sha256').update(content).digest('hex');
}
