// armorred diff's comparison on a temporary git repository with real commits: the catalog
// at a revision (read from git's objects) against the working tree.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { diffWorkingTree, renderMarkdown, renderText, NO_CHANGES, type WorkingTreeDiff } from './index.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const IMAGE = 'nginx-1.26';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function git(...args: string[]): Promise<string> {
  return (await execa('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root })).stdout;
}

/** A git repository holding the real catalog, committed once. */
async function catalogRepository(): Promise<string> {
  root = mkdtempSync(join(tmpdir(), 'armorred-diff-test-'));
  cpSync(join(REPO, 'catalog.yaml'), join(root, 'catalog.yaml'));
  cpSync(join(REPO, 'images', IMAGE), join(root, 'images', IMAGE), { recursive: true, filter: (source) => !source.includes('node_modules') });
  await git('init', '-q', '-b', 'main');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'base');
  return root;
}

function edit(path: string, replace: (text: string) => string): void {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  const after = replace(before);
  expect(after, `the edit of ${path} changed nothing`).not.toBe(before);
  writeFileSync(file, after);
}

const spec = `images/${IMAGE}/image.yaml`;
const changesOf = (result: WorkingTreeDiff, tier: string) => result.diff.images[0]!.tiers.find((entry) => entry.tier === tier)?.changes ?? [];

describe('armorred diff (a git revision against the working tree)', () => {
  it('says "no changes to images" for a change that does not touch them', async () => {
    await catalogRepository();
    writeFileSync(join(root, 'NOTES.md'), 'a change outside the images\n');
    await git('add', '-A');
    await git('commit', '-q', '-m', 'notes');
    const result = await diffWorkingTree(root, 'HEAD~1');
    expect(result.diff).toEqual({ catalog: [], images: [], weakening: 0 });
    expect(renderText(result.diff, result.base)).toMatch(new RegExp(`^compared with HEAD~1 \\([0-9a-f]{12}\\): ${NO_CHANGES}\\n$`));
    expect(renderMarkdown(result.diff, result.base)).toContain(`: ${NO_CHANGES}.`);
  });

  it('describes spec changes in words, tier by tier, and flags the ones that weaken an image', async () => {
    await catalogRepository();
    const base = (await git('rev-parse', 'HEAD')).trim();
    // Uncommitted edits count: the working tree is compared, not HEAD.
    edit('catalog.yaml', (text) => text.replace(/(locked:\n {4}description: .*\n {4}requireNonRoot: )true/, '$1false'));
    edit(spec, (text) =>
      text
        .replace('  locked:\n', '  locked:\n    runtime:\n      user: 0\n')
        .replace('    shell: false\n    coreutils: false', '    shell: true\n    coreutils: false')
        .replace('    - /var/log/nginx\n', '    - /var/log/nginx\n    - /var/lib/nginx\n')
        .replace('        withStream: false\n', ''),
    );
    const result = await diffWorkingTree(root, base);
    expect(result.base.commit).toBe(base);
    const [image] = result.diff.images;
    expect(image).toMatchObject({ image: IMAGE, status: 'changed', changes: [] });
    const hardened = changesOf(result, 'hardened');
    const locked = changesOf(result, 'locked');
    expect(hardened).toContainEqual({ text: 'shell added (/bin/sh)', markdown: 'shell added (`/bin/sh`)', weakens: true });
    expect(hardened).toContainEqual({
      text: 'new writable path /var/lib/nginx (scratch)',
      markdown: 'new writable path `/var/lib/nginx` (scratch)',
      weakens: true,
    });
    expect(locked).toContainEqual({ text: 'user 65534 → 0 (root)', markdown: 'user `65534` → `0` (root)', weakens: true });
    expect(locked).toContainEqual({
      text: 'package override withStream removed (was false; the package default applies)',
      markdown: 'package override `withStream` removed (was `false`; the package default applies)',
      weakens: false,
    });
    // The locked tier had a shell already: adding none there, and a shell in locked is no weakening.
    expect(locked.some((entry) => entry.text.startsWith('shell'))).toBe(false);
    expect(result.diff.catalog).toEqual([
      {
        text: 'tier policy locked.requireNonRoot: true → false',
        markdown: 'tier policy locked.requireNonRoot: `true` → `false`',
        weakens: true,
      },
    ]);
    expect(result.diff.weakening).toBe(5); // root, policy, shell, the writable path in both tiers
    const markdown = renderMarkdown(result.diff, result.base);
    expect(markdown).toContain('5 changes weaken an image (in bold).');
    expect(markdown).toContain('- **user `65534` → `0` (root)**');
    expect(markdown).toContain('- package override `withStream` removed (was `false`; the package default applies)');
    const text = renderText(result.diff, result.base);
    expect(text).toContain('!     user 65534 → 0 (root)');
    expect(text).toContain('      package override withStream removed');
  });

  it('reports label, config-file and measurement deltas, and a new critical finding in bold', async () => {
    await catalogRepository();
    // The description tries to be markup: spec text is only ever shown as code.
    edit(spec, (text) =>
      text.replace('version: 1.26.3', 'version: 1.26.4').replace('description: Hardened Nginx 1.26.3', 'description: "**bold** `tick` <img src=x> @someone"'),
    );
    edit(`images/${IMAGE}/nginx.conf`, (text) => text.replace('keepalive_timeout 65;', 'keepalive_timeout 30;'));
    edit(`images/${IMAGE}/analysis/hardened.json`, (text) => {
      const report = JSON.parse(text);
      report.inventory.size += 1_500_000;
      report.inventory.components.push({ name: 'dpkg', version: '1.21.22', storePath: '/nix/store/00000000000000000000000000000000-dpkg-1.21.22' });
      report.scan = {
        tool: 'grype',
        format: 'grype-json',
        findings: [{ id: 'CVE-2099-0001', package: 'openssl', version: '3.0.0', severity: 'critical', fixedVersions: ['3.0.1'] }],
        bySeverity: { critical: 1, high: 0, medium: 0, low: 0, negligible: 0, unknown: 0 },
      };
      return `${JSON.stringify(report, null, 2)}\n`;
    });
    const result = await diffWorkingTree(root, 'HEAD');
    const [image] = result.diff.images;
    expect(image!.changes).toEqual([{ text: 'version 1.26.3 → 1.26.4', markdown: 'version `1.26.3` → `1.26.4`', weakens: false }]);
    const hardened = changesOf(result, 'hardened').map((entry) => `${entry.weakens ? '! ' : ''}${entry.text}`);
    expect(hardened).toEqual(
      expect.arrayContaining([
        'description Hardened Nginx 1.26.3 → **bold** `tick` <img src=x> @someone',
        'config file /etc/nginx/nginx.conf: content of nginx.conf changed',
        'label org.opencontainers.image.version: 1.26.3 → 1.26.4',
        'size 58.4 MB → 59.9 MB (+1.50 MB)',
        'components 20 → 21',
        '! component added: dpkg 1.21.22 (a package manager)',
        'scanned: vulnerabilities C/H/M/L 1/0/0/0',
        '! new critical finding CVE-2099-0001 in openssl',
      ]),
    );
    expect(renderMarkdown(result.diff, result.base)).toContain('- description `Hardened Nginx 1.26.3` → ``**bold** `tick` <img src=x> @someone``');
    // The locked tier's measurements did not change.
    expect(changesOf(result, 'locked').some((entry) => /size|component|finding/.test(entry.text))).toBe(false);
  });

  it('reports new, changed and removed accepted findings', async () => {
    await catalogRepository();
    const finding = (id: string, status: string) =>
      `      - id: ${id}\n        package: openssl\n        severity: high\n        status: ${status}\n        justification: the vulnerable code is not built\n` +
      (status === 'not_affected' ? '        vexJustification: vulnerable_code_not_present\n' : '        actionStatement: upgrade when the pin moves\n');
    const withFindings = (findings: string) => (text: string) => text.replace('  hardened:\n', `  hardened:\n    acceptedFindings:\n${findings}`);
    edit(spec, withFindings(finding('CVE-2024-0001', 'not_affected') + finding('CVE-2024-0002', 'not_affected')));
    await git('commit', '-q', '-am', 'two accepted findings');
    // Keep the first with another status, drop the second, accept a third.
    edit(spec, (text) =>
      text
        .replace(finding('CVE-2024-0001', 'not_affected'), finding('CVE-2024-0001', 'affected'))
        .replace(finding('CVE-2024-0002', 'not_affected'), finding('CVE-2024-0003', 'not_affected')),
    );
    const texts = changesOf(await diffWorkingTree(root, 'HEAD'), 'hardened').map((entry) => entry.text);
    expect(texts).toContain('new accepted finding CVE-2024-0003 in openssl (high, not_affected)');
    expect(texts).toContain('accepted finding removed: CVE-2024-0002 in openssl');
    expect(texts).toContain('accepted finding CVE-2024-0001 in openssl: status not_affected → affected');
    // The locked tier inherits no findings from hardened: it is unchanged.
    expect(changesOf(await diffWorkingTree(root, 'HEAD'), 'locked')).toEqual([]);
  });

  it('says where measurements it cannot read are wrong, and how to fix them', async () => {
    await catalogRepository();
    edit(`images/${IMAGE}/analysis/hardened.json`, (text) => text.replace('"schemaVersion": 1,', '"schemaVersion": 2,'));
    const result = await diffWorkingTree(root, 'HEAD');
    expect(changesOf(result, 'hardened').map((entry) => entry.text)).toContain(
      `measurements cannot be read: images/${IMAGE}/analysis/hardened.json:3:20: schemaVersion: analysis data of version 2; this ARMORRED reads version 1; measure it again: npx armorred analyze ${IMAGE} --tier hardened`,
    );
  });

  it('reports added and removed images', async () => {
    await catalogRepository();
    // A new line of the image, and the old one removed: what an upgrade to a new line looks like.
    renameSync(join(root, 'images', IMAGE), join(root, 'images', 'nginx-1.27'));
    edit('images/nginx-1.27/image.yaml', (text) => text.replace('version: 1.26.3', 'version: 1.27.0').replace('line: "1.26"', 'line: "1.27"'));
    edit('catalog.yaml', (text) => text.replace('  - nginx-1.26', '  - nginx-1.27'));
    const result = await diffWorkingTree(root, 'HEAD');
    expect(result.diff.images.map(({ image, status }) => [image, status])).toEqual([
      [IMAGE, 'removed'],
      ['nginx-1.27', 'added'],
    ]);
    const added = result.diff.images[1]!;
    expect(added.changes.map((entry) => entry.text)).toEqual(['new image: nginx 1.27.0']);
    expect(added.tiers.find((entry) => entry.tier === 'hardened')!.changes.map((entry) => entry.text)).toEqual(
      expect.arrayContaining([
        'user 65534:65534',
        'shell absent, coreutils absent',
        'writable paths: /tmp (scratch), /var/cache/nginx (scratch), /var/log/nginx (scratch)',
      ]),
    );
    const markdown = renderMarkdown(result.diff, result.base);
    expect(markdown).toContain('#### `nginx-1.26` — removed');
    expect(markdown).toContain('#### `nginx-1.27` — new image');
    expect(markdown).toContain('No change weakens an image.');
  });

  it('never follows a symlink of the revision', async () => {
    await catalogRepository();
    rmSync(join(root, 'images', IMAGE, 'nginx.conf'));
    symlinkSync('/etc/passwd', join(root, 'images', IMAGE, 'nginx.conf'));
    await git('add', '-A');
    await git('commit', '-q', '-m', 'a symlinked config file');
    // The working tree has the real file back.
    rmSync(join(root, 'images', IMAGE, 'nginx.conf'));
    cpSync(join(REPO, 'images', IMAGE, 'nginx.conf'), join(root, 'images', IMAGE, 'nginx.conf'));
    const result = await diffWorkingTree(root, 'HEAD');
    expect(result.skipped).toEqual([{ path: `images/${IMAGE}/nginx.conf`, reason: 'a symlink (never followed)' }]);
    // At the revision the config file reads as missing, so its spec did not validate there.
    expect(result.diff.images[0]!.changes[0]!.text).toMatch(/^the spec did not validate at the base: .*nginx\.conf/);
    expect(JSON.stringify(result.diff)).not.toContain('root:x:0:0');
  });

  it('refuses a revision that is not one', async () => {
    await catalogRepository();
    await expect(diffWorkingTree(root, 'no-such-branch')).rejects.toThrow('--base "no-such-branch" names no commit in this repository');
    await expect(diffWorkingTree(root, '--output=/tmp/x')).rejects.toThrow('is not a git revision');
  });
});
