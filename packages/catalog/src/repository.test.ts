import { cpSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatIssue } from '@armorred/spec';
import { listImageFolders, readCatalog, sourceFileState, validateRepository } from './repository.js';

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
    const listed = readCatalog(REPO).spec.images;
    expect(report.images.map((image) => [image.image, image.issues.map(formatIssue)])).toEqual(listed.map((image) => [image, []]));
    expect(report.ok).toBe(true);
  });
});

describe('validateRepository cross-checks', () => {
  let root: string;
  beforeEach(() => {
    root = copyCatalog();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reports an image folder that catalog.yaml does not list, without reading it', () => {
    cpSync(join(root, 'images', 'nginx-1.26'), join(root, 'images', 'nginx-1.27'), { recursive: true });
    // Not valid YAML at all: were it read, its errors would show.
    writeFileSync(join(root, 'images', 'nginx-1.27', 'image.yaml'), 'name: [unclosed\n');
    const report = validateRepository(root);
    expect(report.catalogIssues.map((issue) => issue.message)).toEqual(['images/nginx-1.27/ exists but is not listed; add "- nginx-1.27" to images']);
    expect(report.images.map((image) => image.image)).not.toContain('nginx-1.27');
  });

  it('reports a listed image without a folder, and a duplicate entry', () => {
    const catalog = readFileSync(join(root, 'catalog.yaml'), 'utf8').replace('  - nginx-1.26\n', '  - nginx-1.26\n  - nginx-1.26\n  - nginx-1.2\n');
    writeFileSync(join(root, 'catalog.yaml'), catalog);
    const lines = catalog.split('\n');
    const line = (text: string, from = 0) => lines.findIndex((candidate, index) => index >= from && candidate === text) + 1;
    const first = line('  - nginx-1.26');
    const index = readCatalog(root).spec.images.indexOf('nginx-1.26');
    expect(validateRepository(root).catalogIssues.map(formatIssue)).toEqual([
      `catalog.yaml:${first + 1}:5: images[${index + 1}]: "nginx-1.26" is listed twice; list each image once`,
      `catalog.yaml:${first + 2}:5: images[${index + 2}]: "nginx-1.2" has no folder images/nginx-1.2/ with an image.yaml; did you mean "nginx-1.26"?`,
    ]);
  });

  it('rejects a config file that is a symlink, wherever it points', () => {
    const folder = join(root, 'images', 'nginx-1.26');
    writeFileSync(join(root, 'secret.conf'), 'secret');
    rmSync(join(folder, 'nginx.conf'));
    symlinkSync(join(root, 'secret.conf'), join(folder, 'nginx.conf'));
    expect(sourceFileState(root, 'nginx-1.26', 'nginx.conf')).toBe('symlink');
    const issues = validateRepository(root).images.find((image) => image.image === 'nginx-1.26')!.issues;
    expect(issues.map((issue) => `${issue.key}: ${issue.message}`)).toEqual([
      'runtime.configFiles[0].source: "nginx.conf" is a symlink (or under one); the catalog does not follow symlinks: replace it with the file itself',
    ]);
  });

  it('knows files, directories, symlinks and missing paths', () => {
    const folder = join(root, 'images', 'nginx-1.26');
    mkdirSync(join(folder, 'conf.d'));
    symlinkSync('nginx.conf', join(folder, 'link.conf'));
    symlinkSync('/etc/passwd', join(folder, 'out.conf'));
    symlinkSync('nowhere', join(folder, 'dangling.conf'));
    linkSync(join(folder, 'nginx.conf'), join(folder, 'hard.conf'));
    expect(sourceFileState(root, 'nginx-1.26', 'link.conf')).toBe('symlink');
    expect(sourceFileState(root, 'nginx-1.26', 'out.conf')).toBe('symlink');
    expect(sourceFileState(root, 'nginx-1.26', 'dangling.conf')).toBe('symlink');
    expect(sourceFileState(root, 'nginx-1.26', 'hard.conf')).toBe('hardlink');
    expect(sourceFileState(root, 'nginx-1.26', 'index.html')).toBe('file');
    expect(sourceFileState(root, 'nginx-1.26', 'conf.d')).toBe('not-a-file');
    expect(sourceFileState(root, 'nginx-1.26', 'nope.conf')).toBe('missing');
    expect(listImageFolders(root)).toContain('nginx-1.26');
  });
});
