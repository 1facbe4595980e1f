// The image a generated suite tests: from the environment (an image reference or an
// archive), else from the last `armorred build` of that tier.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileContent, readDockerArchive, rootFilesystem, type ImageArchive, type LayerEntry } from '@armorred/image-archive';
import { readBuildRecord } from '@armorred/builder';
import { inspectImage, podmanAvailable, podmanOk, type ImageInspection } from '@armorred/podman';
import type { TierName } from '@armorred/spec';

export const REPOSITORY_ROOT = join(import.meta.dirname, '..', '..', '..');

/** Environment variables that choose the image under test, per tier. */
export function imageEnvironment(tier: TierName): { image: string; archive: string } {
  const suffix = tier.toUpperCase();
  return { image: `ARMORRED_TEST_IMAGE_${suffix}`, archive: `ARMORRED_TEST_ARCHIVE_${suffix}` };
}

export interface ImageUnderTest {
  ready: boolean;
  /** Why the suite is skipped, or where the image came from. */
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
  const archive = env[names.archive] ?? readBuildRecord(REPOSITORY_ROOT, folder, tier)?.archive;
  if (!archive) {
    return { ...base, ready: false, reason: `no image: run armorred build ${folder} --tier ${tier}, or set ${names.image} or ${names.archive}` };
  }
  await podmanOk(['load', '-q', '-i', archive]);
  const { configDigest } = await archiveOf({ ...base, ready: true, reason: '', archive });
  return { ...base, ready: true, reason: `archive ${archive}`, id: configDigest, archive };
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

export async function filesOf(image: ImageUnderTest): Promise<Map<string, LayerEntry>> {
  return rootFilesystem(await archiveOf(image));
}

/** sha256 (hex) of a file in the image, or undefined when it is not a regular file there. */
export async function fileDigest(archive: ImageArchive, path: string): Promise<string | undefined> {
  const content = await fileContent(archive, path);
  return content && createHash('sha256').update(content).digest('hex');
}
