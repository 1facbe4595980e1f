// Tagging releases after a publish, on a scratch git workspace holding tool packages (at
// 0.0.0, never published as images) and image packages (one at a release version, one at
// its bare upstream version: not released yet), with the catalog's .changeset/config.json.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { tagReleases, versionImages } from './changesets.js';
import { REPO, changesetBin, gitIn, scratchWorkspace } from './test-support.js';

let root: string;
const git = (...args: string[]) => gitIn(root, ...args);
const tags = async () => (await git('tag', '--list')).stdout.split('\n').filter(Boolean);

function writePackage(folder: string, json: Record<string, unknown>): void {
  mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, folder, 'package.json'), `${JSON.stringify(json, null, 2)}\n`);
}

beforeAll(async () => {
  root = await scratchWorkspace('armorred-tags-', ['nginx-1.26', 'jq-1.7'], (scratch) => {
    root = scratch;
    writePackage('.', { name: 'scratch-catalog', private: true, workspaces: ['packages/*', 'images/*'] });
    writePackage('packages/spec', { name: '@armorred/spec', private: true, version: '0.0.0' });
    writePackage('packages/cli', { name: '@armorred/cli', private: true, version: '0.0.0' });
    writePackage('images/nginx-1.26', { name: '@armorred/image-nginx-1.26', private: true, version: '1.26.3-r1' });
    writePackage('images/jq-1.7', { name: '@armorred/image-jq-1.7', private: true, version: '1.7.1' });
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('tagging releases (real git, real changesets CLI)', () => {
  it('plain `changeset tag` tags nothing: the catalog config keeps it off private packages', async () => {
    await execa(process.execPath, [changesetBin, 'tag'], { cwd: root });
    expect(await tags()).toEqual([]);
  });

  it('tags only image packages at a release version, and skips a tag that exists', async () => {
    expect(await tagReleases(root)).toEqual([{ image: 'nginx-1.26', tag: '@armorred/image-nginx-1.26@1.26.3-r1', created: true }]);
    expect(await tags()).toEqual(['@armorred/image-nginx-1.26@1.26.3-r1']);
    expect(await tagReleases(root)).toEqual([{ image: 'nginx-1.26', tag: '@armorred/image-nginx-1.26@1.26.3-r1', created: false }]);
    expect(await tags()).toEqual(['@armorred/image-nginx-1.26@1.26.3-r1']);
  });

  it('the bin prints what it tagged', async () => {
    const bin = join(REPO, 'packages', 'release-version', 'bin', 'armorred-release-version.js');
    const result = await execa(process.execPath, [bin, 'tag'], { cwd: join(root, 'images', 'jq-1.7') });
    expect(result.stdout).toBe('exists  @armorred/image-nginx-1.26@1.26.3-r1');
  });

  it('refuses a symlinked changeset before changesets reads it, located, without its content', async () => {
    const secret = join(root, '..', `armorred-secret-${process.pid}.md`);
    writeFileSync(secret, '---\n"@armorred/image-nginx-1.26": patch\n---\n\nSECRET-CONTENT\n');
    try {
      symlinkSync(secret, join(root, '.changeset', 'evil.md'));
      const refused = versionImages(root);
      await expect(refused).rejects.toThrow(/^\.changeset\/evil\.md:1:1: is a symlink; changesets would follow it/);
      await expect(refused).rejects.not.toThrow(/SECRET-CONTENT/);
    } finally {
      rmSync(join(root, '.changeset', 'evil.md'), { force: true });
      rmSync(secret, { force: true });
    }
  });
});
