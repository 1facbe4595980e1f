import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { REPO, copyCatalog, runCli, treeDigest } from '../test-support.js';

describe('armorred validate on the real catalog', () => {
  it('passes with exit 0, and says what comes next', async () => {
    const result = await runCli(['validate', 'nginx-1.26']);
    expect(result).toEqual({ code: 0, stdout: 'ok       nginx-1.26\n1 of 1 image(s) valid\n', stderr: 'next: npx armorred generate nginx-1.26\n' });
    const all = await runCli(['validate']);
    expect(all.code).toBe(0);
    expect(all.stdout).toMatch(/^(ok {7}\S+\n)+(\d+) of \2 image\(s\) valid\n$/);
    expect(all.stderr).toBe('next: npx armorred generate\n');
  });

  it('prints a machine-readable report with --json', async () => {
    const result = await runCli(['validate', 'nginx-1.26', '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: true,
      catalog: { file: 'catalog.yaml', ok: true, issues: [] },
      images: [{ image: 'nginx-1.26', file: 'images/nginx-1.26/image.yaml', ok: true, issues: [] }],
    });
  });

  it('runs as `npx armorred` from the repository root', async () => {
    const result = await execa('npx', ['--no-install', 'armorred', 'validate'], { cwd: REPO, reject: false });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/(^|\n)(\d+) of \2 image\(s\) valid$/);
  });
});

describe('armorred validate on broken specs', () => {
  let root: string;
  beforeEach(() => {
    root = copyCatalog();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('exits 1 with located errors, and writes nothing', async () => {
    const spec = join(root, 'images', 'nginx-1.26', 'image.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('  user: 65534', '  usr: 65534'));
    const before = treeDigest(root);
    const result = await runCli(['validate', 'nginx-1.26'], root);
    expect(result.code).toBe(1);
    const line = readFileSync(spec, 'utf8').split('\n').indexOf('  usr: 65534') + 1;
    expect(result.stderr).toBe(
      `images/nginx-1.26/image.yaml:${line}:3: runtime.usr: unknown key "usr"; did you mean "user"?\nnext: fix what is reported above, then run npx armorred validate nginx-1.26 again\n`,
    );
    expect(result.stdout).toBe('invalid  nginx-1.26 (1 problem)\n0 of 1 image(s) valid\n');
    expect(treeDigest(root)).toEqual(before);
  });

  it('reports --json issues with file, line, column, key and message', async () => {
    const spec = join(root, 'images', 'nginx-1.26', 'image.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('line: "1.26"', 'line: 1.26'));
    const result = await runCli(['validate', 'nginx-1.26', '--json'], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.images.find((image: { image: string }) => image.image === 'nginx-1.26').issues).toEqual([
      { file: 'images/nginx-1.26/image.yaml', line: 5, column: 7, key: 'line', message: 'must be a string, got number 1.26; quote it: "1.26"' },
    ]);
  });

  it('exits 1 when catalog.yaml itself is invalid', async () => {
    writeFileSync(join(root, 'catalog.yaml'), readFileSync(join(root, 'catalog.yaml'), 'utf8').replace('vendor:', 'vendr:'));
    const result = await runCli(['validate'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('catalog.yaml:4:1: vendr: unknown key "vendr"; did you mean "vendor"?');
  });
});

describe('armorred usage errors', () => {
  it('exits 2 for an unknown image, with a suggestion', async () => {
    expect(await runCli(['validate', 'nginx-1.2'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'armorred: unknown image "nginx-1.2"; did you mean "nginx-1.26"?\n',
    });
  });

  it('exits 2 for an unknown option or command', async () => {
    const option = await runCli(['validate', '--jsn']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("Unknown option '--jsn'");
    const command = await runCli(['valdate']);
    expect(command).toEqual({ code: 2, stdout: '', stderr: 'armorred: unknown command "valdate"; did you mean "validate"?; run armorred --help\n' });
  });

  it('exits 2 outside a catalog', async () => {
    const result = await runCli(['validate'], '/');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no catalog.yaml in / or above');
  });

  it('has --help for every command', async () => {
    const { COMMANDS } = await import('../commands.js');
    for (const command of COMMANDS) {
      const result = await runCli([command.name, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^usage: armorred ${command.name}`));
    }
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('validate');
  });
});

describe('parseTime', () => {
  it('accepts RFC 3339 with a zone and normalises it to UTC', async () => {
    const { parseTime } = await import('../options.js');
    expect(parseTime('2026-11-22T08:00:00Z', '--at')).toBe('2026-11-22T08:00:00Z');
    expect(parseTime('2026-11-22T09:30:00.123+01:30', '--at')).toBe('2026-11-22T08:00:00Z');
    expect(() => parseTime('2026-11-22T08:00:00', '--at')).toThrow('--at must be an RFC 3339 time with a zone');
    expect(() => parseTime('1', '--created')).toThrow('--created must be an RFC 3339 time with a zone');
  });
});

describe('armorred validate on what the release flow reads', () => {
  let root: string;
  beforeEach(() => {
    root = copyCatalog();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const setVersion = (version: string) => {
    const file = join(root, 'images', 'nginx-1.26', 'package.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"version": "[^"]*"/, `"version": "${version}"`));
    return (
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((line) => line.includes('"version"')) + 1
    );
  };

  it('refuses a package.json version plain `changeset version` made (1.26.4 for upstream 1.26.3), located, with the fix', async () => {
    const line = setVersion('1.26.4');
    const result = await runCli(['validate', 'nginx-1.26'], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `images/nginx-1.26/package.json:${line}:3: version: version "1.26.4" is neither image.yaml's version 1.26.3, nor a release 1.26.3-r<N>, nor a release of an older upstream version; set it back to the last release and run npm run release:version`,
    );
    expect(result.stdout).toBe('invalid  nginx-1.26 (1 problem)\n0 of 1 image(s) valid\n');
  });

  it('accepts the upstream version, a release of it, and a release of an older upstream (an upgrade not released yet)', async () => {
    for (const version of ['1.26.3', '1.26.3-r4', '1.26.2-r7']) {
      setVersion(version);
      expect((await runCli(['validate', 'nginx-1.26'], root)).code, version).toBe(0);
    }
    setVersion('1.26.9-r1');
    expect((await runCli(['validate', 'nginx-1.26'], root)).code).toBe(1);
  });

  it('refuses a symlinked changeset (made here), located, without echoing what it points to', async () => {
    mkdirSync(join(root, '.changeset'));
    writeFileSync(join(root, '.changeset', 'ok.md'), '---\n"@armorred/image-nginx-1.26": patch\n---\n\nFine.\n');
    const secret = `${root}-secret.md`;
    writeFileSync(secret, 'SECRET-CONTENT\n');
    symlinkSync(secret, join(root, '.changeset', 'evil.md'));
    const result = await runCli(['validate', 'nginx-1.26'], root);
    rmSync(secret);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('.changeset/evil.md:1:1: is a symlink; changesets would follow it: replace it with the file itself\n');
    expect(result.stderr).not.toContain('ok.md');
    expect(result.stderr + result.stdout).not.toContain('SECRET-CONTENT');
  });
});
