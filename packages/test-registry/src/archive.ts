// A tiny docker-archive (one layer, one file, the labels given), for tests of the registry
// and signing edges that need an image but not a real build.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';

const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/** Writes `file`, a docker-archive whose one layer holds /hello.txt with `content`. */
export async function tinyDockerArchive(file: string, content: string, labels: Record<string, string> = {}): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'armorred-tiny-'));
  try {
    const rootfs = join(work, 'rootfs');
    mkdirSync(rootfs);
    writeFileSync(join(rootfs, 'hello.txt'), content);
    const image = join(work, 'image');
    mkdirSync(image);
    await create({ file: join(image, 'layer.tar'), cwd: rootfs, portable: true, mtime: FIXED_TIME }, ['hello.txt']);
    const diffId = `sha256:${createHash('sha256')
      .update(readFileSync(join(image, 'layer.tar')))
      .digest('hex')}`;
    const config = {
      architecture: 'amd64',
      os: 'linux',
      created: FIXED_TIME.toISOString(),
      config: { Labels: labels, Cmd: ['/hello.txt'] },
      rootfs: { type: 'layers', diff_ids: [diffId] },
    };
    writeFileSync(join(image, 'config.json'), JSON.stringify(config));
    writeFileSync(join(image, 'manifest.json'), JSON.stringify([{ Config: 'config.json', RepoTags: [], Layers: ['layer.tar'] }]));
    await create({ file, cwd: image, portable: true, mtime: FIXED_TIME }, ['manifest.json', 'config.json', 'layer.tar']);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
