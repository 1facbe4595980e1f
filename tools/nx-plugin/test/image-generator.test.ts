// The image generator on a scratch copy of the repository: in-process on Nx's own Tree for
// what it writes and what it refuses, and through `nx g` for --dry-run.
import { createRequire } from 'node:module';
import { appendFileSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, changedPaths, generateImage, scratchRepository } from './scratch.js';

const require = createRequire(import.meta.url);
const { FsTree } = require('nx/src/generators/tree') as typeof import('nx/src/generators/tree');
const imageGenerator = require('../generators/image/generator.cjs') as (
  tree: InstanceType<typeof FsTree>,
  options: Record<string, unknown>,
) => Promise<() => void>;

let root: string;
beforeAll(async () => {
  root = await scratchRepository();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Runs the generator on a fresh Tree of the scratch repository; nothing reaches the disk. */
async function generate(options: Record<string, unknown>) {
  const tree = new FsTree(root, false);
  await imageGenerator(tree, options);
  const changes = Object.fromEntries(tree.listChanges().map((change) => [change.path, { type: change.type, content: change.content?.toString('utf8') ?? '' }]));
  return { tree, changes };
}

describe('nx g @armorred/nx-plugin:image', () => {
  it('creates the image folder, its catalog.yaml entry, the lockfile entry and a changeset, and nothing else', async () => {
    const { changes } = await generate({ name: 'web', line: '1.22', package: 'nginx', license: 'BSD-2-Clause', port: 8080 });
    expect(
      Object.entries(changes)
        .map(([path, { type }]) => `${type} ${path}`)
        .sort(),
    ).toEqual([
      'CREATE .changeset/new-image-web-1-22.md',
      'CREATE images/web-1.22/CHANGELOG.md',
      'CREATE images/web-1.22/image.yaml',
      'CREATE images/web-1.22/package.json',
      'CREATE images/web-1.22/tests/web.test.ts',
      'UPDATE catalog.yaml',
      'UPDATE package-lock.json',
    ]);
    const spec = parse(changes['images/web-1.22/image.yaml']!.content);
    expect(spec).toMatchObject({
      name: 'web',
      version: '1.22.1', // Debian bookworm's nginx 1.22.1-9+deb12u11, from the offline lock
      line: '1.22',
      licenses: 'BSD-2-Clause',
      nixpkgs: 'nixos-24.11',
      package: { attr: 'nginx' },
      runtime: { user: 65534, group: 65534, entrypoint: ['/bin/nginx'], ports: [{ port: 8080, protocol: 'tcp' }], writablePaths: ['/tmp'] },
      healthcheck: { tcp: { port: 8080 } },
      tiers: { hardened: { shell: false, coreutils: false }, locked: { package: { strip: 'all' }, shell: false, coreutils: false } },
    });
    expect(changes['images/web-1.22/image.yaml']!.content).toContain('# version: from the offline package set (tools/offline-pkgs/debs.lock.json');
    expect(JSON.parse(changes['images/web-1.22/package.json']!.content)).toEqual({
      name: '@armorred/image-web-1.22',
      version: '1.22.1',
      private: true,
      description: 'ARMORRED web 1.22: hardened and locked tiers, built FROM scratch with Nix',
      license: 'BSD-2-Clause',
      type: 'module',
      nx: { name: 'web-1.22', tags: ['type:image'] },
    });
    expect(changes['.changeset/new-image-web-1-22.md']!.content).toBe(
      "---\n'@armorred/image-web-1.22': patch\n---\n\nNew image web 1.22: nginx 1.22.1 in two tiers, hardened and locked.\n",
    );
    expect(changes['images/web-1.22/tests/web.test.ts']!.content).toContain("const image = await kit.imageUnderTest('web-1.22', tier);");
    const lock = JSON.parse(changes['package-lock.json']!.content);
    expect(lock.packages['images/web-1.22']).toEqual({ name: '@armorred/image-web-1.22', version: '1.22.1', license: 'BSD-2-Clause' });
    expect(lock.packages['node_modules/@armorred/image-web-1.22']).toEqual({ resolved: 'images/web-1.22', link: true });
    // catalog.yaml: one line more, in sorted place; every comment and space kept.
    const before = readFileSync(join(root, 'catalog.yaml'), 'utf8');
    const after = changes['catalog.yaml']!.content;
    expect(after.split('\n').filter((line) => !before.split('\n').includes(line))).toEqual(['  - web-1.22']);
    expect(after.replace('  - web-1.22\n', '')).toBe(before);
    expect(parse(after).images).toEqual([...parse(before).images, 'web-1.22'].sort());
    expect(await changedPaths(root), 'the generator wrote to the disk').toEqual([]);
  });

  it('writes a placeholder license and no health check when they are not given, and says so', async () => {
    const { changes } = await generate({ name: 'web', line: '1.22', package: 'nginx' });
    const text = changes['images/web-1.22/image.yaml']!.content;
    expect(parse(text)).toMatchObject({ licenses: 'LicenseRef-TODO', runtime: { ports: [] } });
    expect(parse(text).healthcheck).toBeUndefined();
    expect(text).toContain('# TODO: the upstream license as an SPDX expression');
    expect(text).toContain('# TODO: how to tell it is ready');
  });

  it.each([
    [{ name: 'nginx', line: '1.26', package: 'nginx' }, 'nginx-1.26 is taken: images/nginx-1.26 or its catalog.yaml entry exists already'],
    [{ name: 'Web', line: '1.22', package: 'nginx' }, '--name "Web" is not valid: image name: lowercase letters, digits and dashes'],
    [{ name: 'web', line: '1.x', package: 'nginx' }, '--line "1.x" is not valid: release line, a prefix of version'],
    [
      { name: 'web', line: '1.22', package: 'nginxx' },
      '--package "nginxx" is not in the offline package set (tools/offline-pkgs/debs.lock.json); did you mean "nginx"?',
    ],
    [{ name: 'web', line: '1.22', package: 'nginx;rm' }, '--package "nginx;rm" is not valid: must be a package attribute path'],
    [
      { name: 'web', line: '1.26', package: 'nginx' },
      "--line 1.26 is not a prefix of version 1.22.1 (the offline package set's nginx 1.22.1-9+deb12u11); use --line 1.22",
    ],
    [{ name: 'web', line: '1.22', package: 'nginx', upstreamVersion: '1.22' }, 'version 1.22 is not MAJOR.MINOR.PATCH'],
    [{ name: 'web', line: '1.22', package: 'nginx', nixpkgs: 'nixos-99.99' }, '--nixpkgs "nixos-99.99" is not a pin of catalog.yaml (nixos-24.11)'],
    [
      { name: 'web', line: '1.22', package: 'nginx', license: 'Not A License' },
      'the new image would not validate, so nothing was written:\nimages/web-1.22/image.yaml:',
    ],
  ])('refuses %o, writing nothing', async (options, message) => {
    await expect(generate(options)).rejects.toThrow(message);
    expect(await changedPaths(root)).toEqual([]);
  });

  it('takes the version given with --upstream-version', async () => {
    const { changes } = await generate({ name: 'web', line: '1.20', package: 'nginx', upstreamVersion: '1.20.2' });
    expect(parse(changes['images/web-1.20/image.yaml']!.content)).toMatchObject({ version: '1.20.2', line: '1.20' });
    expect(changes['images/web-1.20/image.yaml']!.content).toContain(
      '# version: given to the generator (the offline package set has nginx 1.22.1-9+deb12u11).',
    );
  });

  it('--dry-run through nx lists the changes and writes nothing; --line 1.20 keeps the zero Nx would drop', async () => {
    // The scratch copy has no node_modules of its own: it borrows this repository's.
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
    appendFileSync(join(root, '.git', 'info', 'exclude'), '/node_modules\n');
    const result = await generateImage(root, ['--name', 'web', '--line', '1.20', '--package', 'nginx', '--upstream-version', '1.20.0', '--dry-run']);
    expect(result.exitCode, result.all).toBe(0);
    expect(result.all).toContain('CREATE images/web-1.20/image.yaml');
    expect(result.all).toContain('UPDATE package-lock.json');
    expect(result.all).toContain('NOTE: The "dryRun" flag means no changes were made.');
    expect(await changedPaths(root)).toEqual([]);
  }, 120_000);
});
