import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyCatalog, runCli, treeDigest } from '../test-support.js';

let root: string;
beforeEach(() => {
  root = copyCatalog();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const LOCKED = 'images/nginx-1.26/generated/locked.json';

describe('armorred check', () => {
  it('passes on the checked-in files', async () => {
    expect(await runCli(['check'], root)).toEqual({ code: 0, stdout: expect.stringMatching(/^\d+ generated files are current\n$/), stderr: '' });
  });

  it('fails precisely after a hand edit, naming the file and the fix', async () => {
    const file = join(root, LOCKED);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"withPerl": false', '"withPerl": true'));
    const result = await runCli(['check'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${LOCKED}: stale (hand-edited or out of date)\n1 generated file(s) differ; fix: npx armorred generate\n`);
  });

  it('reports missing and extra files, and writes nothing', async () => {
    rmSync(join(root, 'images/nginx-1.26/generated/labels.hardened.json'));
    writeFileSync(join(root, 'images/nginx-1.26/generated/notes.txt'), 'hand-written');
    const before = treeDigest(root);
    const result = await runCli(['check', 'nginx-1.26', '--json'], root);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      drift: [
        { path: 'images/nginx-1.26/generated/labels.hardened.json', kind: 'missing' },
        { path: 'images/nginx-1.26/generated/notes.txt', kind: 'extra' },
      ],
      fix: 'npx armorred generate nginx-1.26',
    });
    expect(treeDigest(root)).toEqual(before);
  });

  it('refuses analysis data it cannot use, at the line and column, with the fix', async () => {
    const file = join(root, 'images/nginx-1.26/analysis/locked.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/"compressedSize": \d+/, '"compressedSize": -1'));
    const line = text.slice(0, text.indexOf('"compressedSize"')).split('\n').length;
    const result = await runCli(['check'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `images/nginx-1.26/analysis/locked.json:${line}:23: inventory.compressedSize: number -1 is out of range; use a value from 0 to ∞; measure it again: npx armorred analyze nginx-1.26 --tier locked`,
    );
  });

  it('notices when a spec changed but the files were not regenerated', async () => {
    const spec = join(root, 'images/nginx-1.26/image.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('stopSignal: SIGQUIT', 'stopSignal: SIGTERM'));
    const result = await runCli(['check'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('images/nginx-1.26/generated/hardened.json: stale');
    expect(result.stderr).toContain('images/nginx-1.26/generated/locked.json: stale');
  });
});

describe('armorred generate', () => {
  it('is byte-for-byte deterministic: a rerun changes nothing', async () => {
    const before = treeDigest(root);
    const result = await runCli(['generate'], root);
    expect(result).toEqual({
      code: 0,
      stdout: expect.stringMatching(/^0 written, 0 removed, \d+ unchanged\n$/),
      stderr: expect.stringMatching(/^next: npx armorred build --all/),
    });
    expect(treeDigest(root)).toEqual(before);
  });

  it('repairs drift: rewrites stale files and removes files it no longer produces', async () => {
    const pristine = treeDigest(root);
    writeFileSync(join(root, LOCKED), '# hand-edited\n');
    writeFileSync(join(root, 'images/nginx-1.26/generated/notes.txt'), 'x');
    const result = await runCli(['generate', 'nginx-1.26'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`wrote    ${LOCKED}\nremoved  images/nginx-1.26/generated/notes.txt\n1 written, 1 removed, 24 unchanged\n`);
    expect(treeDigest(root)).toEqual(pristine);
    expect((await runCli(['check'], root)).code).toBe(0);
  });

  it('writes nothing when a spec is invalid', async () => {
    const spec = join(root, 'images/nginx-1.26/image.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('stopSignal: SIGQUIT', 'stopSignal: SIGQUIT\n  shell: maybe'));
    writeFileSync(join(root, LOCKED), '# stale on purpose\n');
    const before = treeDigest(root);
    const result = await runCli(['generate'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/image\.yaml:\d+:3: runtime\.shell: unknown key "shell"/);
    expect(result.stderr).toContain('armorred: nothing written; fix the problems above');
    expect(treeDigest(root)).toEqual(before);
  });

  it('leaves the previous files intact when a write fails', async () => {
    const { writeFiles } = await import('@armorred/generate');
    const before = treeDigest(root);
    writeFileSync(join(root, 'blocker'), 'a file where a directory is needed');
    expect(() =>
      writeFiles(
        root,
        [
          { path: LOCKED, content: 'new content' },
          { path: 'blocker/child.nix', content: 'x' },
        ],
        [],
      ),
    ).toThrow();
    rmSync(join(root, 'blocker'));
    expect(treeDigest(root)).toEqual(before);
    expect(existsSync(join(root, `${LOCKED}.tmp-${process.pid}`))).toBe(false);
  });
});
