// The command around @armorred/image-diff (whose own tests compare real git revisions).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { REPO, runCli } from '../test-support.js';

describe('armorred diff', () => {
  it('prints markdown for a pull-request comment, and JSON', async () => {
    const root = mkdtempSync(join(tmpdir(), 'armorred-diff-cli-'));
    try {
      cpSync(join(REPO, 'catalog.yaml'), join(root, 'catalog.yaml'));
      cpSync(join(REPO, 'images', 'nginx-1.26'), join(root, 'images', 'nginx-1.26'), { recursive: true });
      const git = (...args: string[]) =>
        execa('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: root });
      await git('init', '-q', '-b', 'main');
      await git('add', '-A');
      await git('commit', '-q', '-m', 'base');
      expect((await runCli(['diff', '--base', 'main', '--markdown'], root)).stdout).toContain('no changes to images.');
      const spec = join(root, 'images', 'nginx-1.26', 'image.yaml');
      writeFileSync(spec, readFileSync(spec, 'utf8').replace('  stopSignal: SIGQUIT', '  stopSignal: SIGTERM'));
      const markdown = await runCli(['diff', '--base', 'main', '--markdown'], root);
      expect(markdown.code).toBe(0);
      expect(markdown.stdout).toContain('- stop signal `SIGQUIT` → `SIGTERM`');
      const json = JSON.parse((await runCli(['diff', '--base', 'main', '--json'], root)).stdout);
      expect(json.base.name).toBe('main');
      expect(json.images[0].tiers[0].changes[0]).toEqual({
        text: 'stop signal SIGQUIT → SIGTERM',
        markdown: 'stop signal `SIGQUIT` → `SIGTERM`',
        weakens: false,
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a missing --base, image names and two output formats with exit 2', async () => {
    expect((await runCli(['diff'])).stderr).toContain('name the revision to compare with: armorred diff --base origin/main');
    expect((await runCli(['diff', 'nginx-1.26', '--base', 'HEAD'])).code).toBe(2);
    expect((await runCli(['diff', '--base', 'HEAD', '--json', '--markdown'])).stderr).toContain('choose one of --markdown and --json');
  });
});
