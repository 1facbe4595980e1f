// The contributor's path, end to end, on a scratch copy of the repository: from nothing to a
// new image whose tests pass against the built image, touching nothing outside the image
// folder but catalog.yaml, the lockfile and a changeset (CONTRIBUTING.md, "Contributing an
// image"). Real npm, Nx, Nix (offline package set) and podman.
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { parseDocument } from 'yaml';
import { nixAvailable } from '@armorred/nix';
import { podmanAvailable } from '@armorred/podman';
import { skipNote, skipUnless } from '@armorred/testkit';
import { NX_ENV, REPO, changedPaths, generateImage, scratchRepository } from './scratch.js';

const missing = !(await nixAvailable()) ? 'nix is not installed' : !(await podmanAvailable()) ? 'podman is not installed' : undefined;
const skip = skipUnless(missing);

const IMAGE = 'web-1.22';
let root: string | undefined;
afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

async function step(command: string, args: string[]) {
  const result = await execa(command, args, {
    cwd: root,
    env: NX_ENV,
    reject: false,
    all: true,
  });
  expect(result.exitCode, `${command} ${args.join(' ')}:\n${result.all}`).toBe(0);
  return result.all ?? '';
}

const armorred = (...args: string[]) => step('node', ['tools/cli/bin/armorred.js', ...args]);

/** What the contributor writes into the scaffold for nginx: the example image's config and run. */
function fillIn(folder: string): void {
  for (const file of ['nginx.conf', 'index.html']) cpSync(join(REPO, 'images', 'nginx-1.26', file), join(folder, file));
  const path = join(folder, 'image.yaml');
  const document = parseDocument(readFileSync(path, 'utf8'));
  document.set('licenses', 'BSD-2-Clause');
  document.setIn(['runtime', 'cmd'], ['-e', 'stderr', '-c', '/etc/nginx/nginx.conf', '-g', 'daemon off;']);
  document.setIn(['runtime', 'ports'], [{ port: 8080, protocol: 'tcp' }]);
  document.setIn(['runtime', 'stopSignal'], 'SIGQUIT');
  document.setIn(['runtime', 'writablePaths'], ['/tmp', '/var/cache/nginx', '/var/log/nginx']);
  document.setIn(
    ['runtime', 'configFiles'],
    [
      { source: 'nginx.conf', target: '/etc/nginx/nginx.conf', mode: '0444' },
      { source: 'index.html', target: '/usr/share/nginx/html/index.html', mode: '0444' },
    ],
  );
  document.set('healthcheck', { http: { port: 8080, path: '/healthz' }, expect: { status: 200 } });
  document.set('checks', [{ name: 'index-page', description: 'The page is served', http: { port: 8080, path: '/' }, expect: { status: 200 } }]);
  writeFileSync(path, document.toString());
}

describe(`a new image, from the scaffold to passing tests${skipNote(skip)}`, () => {
  it.skipIf(skip)(
    'nx g, npm ci, validate, generate, check, build and test, with changes only where a contributor may make them',
    async () => {
      root = await scratchRepository();
      // The offline package set's .debs (gitignored): copied, so nothing is downloaded again.
      // Only from a real folder, file by file: never through a symlink, never into one.
      const debs = join(REPO, 'tools', 'offline-pkgs', 'cache');
      if (lstatSync(debs, { throwIfNoEntry: false })?.isDirectory()) {
        const copy = join(root, 'tools', 'offline-pkgs', 'cache');
        mkdirSync(copy);
        for (const name of readdirSync(debs)) if (lstatSync(join(debs, name)).isFile()) cpSync(join(debs, name), join(copy, name));
      }
      await step('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);

      const generation = await generateImage(root, ['--name', 'web', '--line', '1.22', '--package', 'nginx']);
      expect(generation.exitCode, generation.all).toBe(0);
      const generated = generation.all ?? '';
      expect(generated).toContain(`CREATE images/${IMAGE}/image.yaml`);
      expect(generated).toContain(`Created images/${IMAGE} (nginx 1.22.1, the version from the offline package set). Next:`);
      // The scaffold validates as written.
      expect(await armorred('validate', IMAGE)).toContain(`ok       ${IMAGE}`);

      fillIn(join(root, 'images', IMAGE));
      // The lockfile the generator wrote is what npm ci installs from.
      await step('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline']);
      // Every image valid, the new one among them (however many the catalog has).
      const validated = await armorred('validate');
      expect(validated).toContain(`ok       ${IMAGE}\n`);
      expect(validated).toMatch(/\n(\d+) of \1 image\(s\) valid(\n|$)/);
      await armorred('generate');
      expect(await armorred('check')).toMatch(/generated files are current/);
      // The hand-written test type-checks, as npm test's tsc -b checks every image's tests.
      await step('npx', ['--no-install', 'tsc', '-p', 'tsconfig.images.json']);
      await armorred('build', IMAGE, '--pkgs', 'offline');
      const tested = await armorred('test', IMAGE, '--pkgs', 'offline');
      for (const tier of ['hardened', 'locked'])
        expect(tested).toContain(`ok   images/${IMAGE}/tests/web.test.ts: ${IMAGE} ${tier} (hand-written) > ships its program, /bin/nginx`);
      // The summary, then what the contributor runs next.
      expect(tested).toMatch(/\n\d+ passed, 0 failed, \d+ skipped\nnext: npx armorred analyze web-1\.22 --pkgs offline\n?$/);

      // What the contributor touched: the image folder, catalog.yaml, the lockfile and a
      // changeset; and what armorred generate rewrote from them (the root default.nix lists
      // every image), which armorred check has just found current.
      const changed = await changedPaths(root);
      const allowed = (path: string) =>
        path.startsWith(`images/${IMAGE}/`) || ['catalog.yaml', 'package-lock.json', 'default.nix'].includes(path) || /^\.changeset\/[^/]+\.md$/.test(path);
      expect(changed.filter((path) => !allowed(path))).toEqual([]);
      expect(changed).toEqual(expect.arrayContaining(['catalog.yaml', 'package-lock.json', '.changeset/new-image-web-1-22.md', `images/${IMAGE}/image.yaml`]));

      // What the pull request would say about it.
      const summary = await armorred('diff', '--base', 'HEAD', '--markdown');
      expect(summary).toContain(`#### \`${IMAGE}\` — new image`);
      expect(summary).toContain('- new image: `web 1.22.1`');
    },
    900_000,
  );
});
