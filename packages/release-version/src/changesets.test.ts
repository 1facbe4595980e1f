// The changesets flow with the real changesets CLI, on a scratch git repository holding
// a copy of the catalog's nginx-1.26 (its package.json back at the bare upstream version,
// as a newly contributed image has it).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { tagReleases, versionImages } from './changesets.js';
import { changesetBin, gitIn, scratchWorkspace } from './test-support.js';

const IMAGE = 'nginx-1.26';
const PACKAGE = '@armorred/image-nginx-1.26';

let root: string;
const git = (...args: string[]) => gitIn(root, ...args);
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const version = () => (JSON.parse(read(`images/${IMAGE}/package.json`)) as { version: string }).version;

/** What `npx changeset` writes for one package (the interactive prompt's output file). */
async function addChangeset(name: string, bump: 'patch' | 'minor' | 'major', summary: string): Promise<void> {
  writeFileSync(join(root, '.changeset', `${name}.md`), `---\n'${PACKAGE}': ${bump}\n---\n\n${summary}\n`);
  await git('add', '-A');
  await git('commit', '-qm', `changeset: ${summary}`);
}

async function release(): Promise<void> {
  await versionImages(root);
  await git('add', '-A');
  await git('commit', '-qm', `version ${version()}`);
}

beforeAll(async () => {
  root = await scratchWorkspace('armorred-changesets-', [IMAGE], (scratch) => {
    root = scratch;
    writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'scratch-catalog', private: true, workspaces: ['images/*'] }, null, 2));
    const packageJson = JSON.parse(read(`images/${IMAGE}/package.json`)) as { version: string };
    writeFileSync(join(root, 'images', IMAGE, 'package.json'), `${JSON.stringify({ ...packageJson, version: '1.26.3' }, null, 2)}\n`);
    writeFileSync(join(root, 'images', IMAGE, 'CHANGELOG.md'), `# ${PACKAGE}\n`);
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('changesets -> release versions (real changeset CLI, scratch git repository)', () => {
  it('a patch changeset on nginx-1.26 at upstream 1.26.3 gives 1.26.3-r1, not 1.26.4', async () => {
    await addChangeset('first', 'patch', 'First release.');
    // What changesets alone would do:
    const status = await execa(process.execPath, [changesetBin, 'status', '--verbose'], { cwd: root, all: true });
    expect(String(status.all)).toContain('1.26.4');
    await release();
    expect(version()).toBe('1.26.3-r1');
    const changelog = read(`images/${IMAGE}/CHANGELOG.md`);
    expect(changelog).toMatch(/^## 1\.26\.3-r1$/m);
    expect(changelog).toContain('First release.');
    expect(changelog).not.toContain('1.26.4');
  });

  it('a rebuild of the same upstream version is the next revision', async () => {
    await addChangeset('rebuild', 'patch', 'Rebuilt with a fixed libxml2.');
    await release();
    expect(version()).toBe('1.26.3-r2');
    expect(read(`images/${IMAGE}/CHANGELOG.md`)).toMatch(
      /## 1\.26\.3-r2\n\n### Patch Changes\n\n- [0-9a-f]{7}: Rebuilt with a fixed libxml2\.\n\n## 1\.26\.3-r1/,
    );
  });

  it('an upstream upgrade (image.yaml version 1.26.4 and a minor changeset) gives 1.26.4-r1', async () => {
    const spec = join(root, 'images', IMAGE, 'image.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^version: 1\.26\.3$/m, 'version: 1.26.4'));
    await addChangeset('upgrade', 'minor', 'nginx 1.26.4.');
    await release();
    expect(version()).toBe('1.26.4-r1');
    expect(read(`images/${IMAGE}/CHANGELOG.md`)).toMatch(/## 1\.26\.4-r1\n\n### Minor Changes/);
  });

  it('armorred-release-version tag tags the release version (run after a successful publish)', async () => {
    expect(await tagReleases(root)).toEqual([{ image: IMAGE, tag: `${PACKAGE}@1.26.4-r1`, created: true }]);
    expect((await git('tag', '--list')).stdout.split('\n')).toContain(`${PACKAGE}@1.26.4-r1`);
  });

  it('an upstream version going backwards is refused before anything is written', async () => {
    const spec = join(root, 'images', IMAGE, 'image.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(/^version: 1\.26\.4$/m, 'version: 1.26.2'));
    await addChangeset('downgrade', 'patch', 'Back to 1.26.2.');
    await expect(versionImages(root)).rejects.toThrow(/1\.26\.2 is older than the last release 1\.26\.4-r1/);
    expect(version()).toBe('1.26.4-r1');
    expect((await git('status', '--porcelain')).stdout).toBe('');
  });
});
