import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from '@armorred/spec';
import { listImageFolders, sourceFileState, validateRepository } from './repository.js';

const REPO = join(import.meta.dirname, '..', '..', '..');

/** A copy of the real catalog (catalog.yaml + images/) in a temporary directory. */
function copyCatalog(): string {
  const root = mkdtempSync(join(tmpdir(), 'armorred-catalog-'));
  cpSync(join(REPO, 'catalog.yaml'), join(root, 'catalog.yaml'));
  cpSync(join(REPO, 'images'), join(root, 'images'), { recursive: true });
  return root;
}

describe('validateRepository on the real catalog', () => {
  it('accepts catalog.yaml and every image', () => {
    const report = validateRepository(REPO);
    expect(report.catalogIssues.map(formatIssue)).toEqual([]);
    expect(report.images.map((image) => [image.image, image.issues.map(formatIssue)])).toEqual([['nginx-1.26', []]]);
    expect(report.ok).toBe(true);
  });
});

describe('validateRepository cross-checks', () => {
  let root: string;
  beforeEach(() => {
    root = copyCatalog();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reports an image folder that catalog.yaml does not list', () => {
    cpSync(join(root, 'images', 'nginx-1.26'), join(root, 'images', 'nginx-1.27'), { recursive: true });
    const report = validateRepository(root);
    expect(report.catalogIssues.map((issue) => issue.message)).toEqual([
      'images/nginx-1.27/ exists but is not listed; add "- nginx-1.27" to images',
    ]);
    // The copy says line 1.26, so its folder name is wrong too.
    expect(report.images.find((image) => image.image === 'nginx-1.27')!.issues.map((issue) => issue.message)).toEqual([
      'folder "nginx-1.27" does not match name "nginx" and line "1.26"; the folder must be named "nginx-1.26"',
    ]);
  });

  it('reports a listed image without a folder, and a duplicate entry', () => {
    const catalog = readFileSync(join(root, 'catalog.yaml'), 'utf8').replace('  - nginx-1.26\n', '  - nginx-1.26\n  - nginx-1.26\n  - nginx-1.2\n');
    writeFileSync(join(root, 'catalog.yaml'), catalog);
    const lines = catalog.split('\n');
    const line = (text: string, from = 0) => lines.findIndex((candidate, index) => index >= from && candidate === text) + 1;
    const first = line('  - nginx-1.26');
    expect(validateRepository(root).catalogIssues.map(formatIssue)).toEqual([
      `catalog.yaml:${first + 1}:5: images[1]: "nginx-1.26" is listed twice; list each image once`,
      `catalog.yaml:${first + 2}:5: images[2]: "nginx-1.2" has no folder images/nginx-1.2/ with an image.yaml; did you mean "nginx-1.26"?`,
    ]);
  });

  it('rejects a config file that escapes the image folder through a symlink', () => {
    const folder = join(root, 'images', 'nginx-1.26');
    writeFileSync(join(root, 'secret.conf'), 'secret');
    rmSync(join(folder, 'nginx.conf'));
    symlinkSync(join(root, 'secret.conf'), join(folder, 'nginx.conf'));
    expect(sourceFileState(folder, 'nginx.conf')).toBe('escapes');
    const issues = validateRepository(root).images[0]!.issues;
    expect(issues.map((issue) => `${issue.key}: ${issue.message}`)).toEqual([
      'runtime.configFiles[0].source: "nginx.conf" resolves (through a symlink) outside the image folder; copy the file into the folder',
    ]);
  });

  it('knows files, directories, symlinks and missing paths', () => {
    const folder = join(root, 'images', 'nginx-1.26');
    mkdirSync(join(folder, 'conf.d'));
    symlinkSync('nginx.conf', join(folder, 'link.conf'));
    symlinkSync('/etc/passwd', join(folder, 'out.conf'));
    symlinkSync('nowhere', join(folder, 'dangling.conf'));
    expect(sourceFileState(folder, 'link.conf')).toBe('symlink');
    expect(sourceFileState(folder, 'out.conf')).toBe('escapes');
    expect(sourceFileState(folder, 'dangling.conf')).toBe('escapes');
    expect(sourceFileState(folder, 'nginx.conf')).toBe('file');
    expect(sourceFileState(folder, 'conf.d')).toBe('not-a-file');
    expect(sourceFileState(folder, 'nope.conf')).toBe('missing');
    expect(listImageFolders(root)).toEqual(['nginx-1.26']);
  });
});
