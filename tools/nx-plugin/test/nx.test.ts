// The image folders are Nx projects with inferred, cached targets (real nx, no daemon, no cloud).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { NX_ENV as env, REPO } from './scratch.js';

function nx(...args: string[]) {
  return execa('npx', ['--no-install', 'nx', ...args], { cwd: REPO, env, reject: false, all: true });
}

describe('Nx', () => {
  it('infers the validate target for every image folder', async () => {
    const result = await nx('show', 'project', 'nginx-1.26', '--json');
    expect(result.exitCode).toBe(0);
    const project = JSON.parse(result.stdout);
    expect(project.root).toBe('images/nginx-1.26');
    expect(project.targets.validate.options.command).toBe('node tools/cli/bin/armorred.js validate nginx-1.26');
    expect(project.targets.validate.cache).toBe(true);
    expect(project.targets.generate.options.command).toBe('node tools/cli/bin/armorred.js generate nginx-1.26');
    expect(project.targets.generate.outputs).toEqual([
      '{projectRoot}/generated',
      '{projectRoot}/ANALYSIS.md',
      '{workspaceRoot}/default.nix',
      '{workspaceRoot}/packages/spec/image.schema.json',
      '{workspaceRoot}/packages/catalog/catalog.schema.json',
      '{workspaceRoot}/packages/analysis/analysis.schema.json',
      '{workspaceRoot}/packages/spec/generated',
      '{workspaceRoot}/packages/catalog/generated',
      '{workspaceRoot}/packages/analysis/generated',
      '{workspaceRoot}/README.md',
      '{workspaceRoot}/tools/nx-plugin/targets.json',
    ]);
    // Descriptions come from the command definitions (via the generated targets.json).
    const { targets } = JSON.parse(readFileSync(join(REPO, 'tools', 'nx-plugin', 'targets.json'), 'utf8'));
    expect(project.targets.validate.metadata.description).toBe(`${targets.validate.description} Runs: armorred validate nginx-1.26`);
    expect(project.targets.analyze.metadata.description).toBe(`${targets.analyze.description} Runs: armorred analyze nginx-1.26`);
    expect(project.targets.check.options.command).toBe('node tools/cli/bin/armorred.js check nginx-1.26');
    expect(project.targets.check.cache).toBe(true);
    expect(project.targets.build.options.command).toBe('node tools/cli/bin/armorred.js build nginx-1.26 --tier all');
    expect(project.targets.build.configurations.hardened.command).toBe('node tools/cli/bin/armorred.js build nginx-1.26 --tier hardened');
    expect(project.targets.test.dependsOn).toEqual(['build']);
    expect(project.targets.analyze.dependsOn).toEqual(['build']);
  });

  it('runs validate, then serves the second run from the cache', async () => {
    const first = await nx('run', 'nginx-1.26:validate', '--output-style=static');
    expect(first.exitCode, first.all).toBe(0);
    expect(first.all).toMatch(/1 of 1 image\(s\) valid|existing outputs match the cache/);
    const again = await nx('run', 'nginx-1.26:validate', '--output-style=static');
    expect(again.exitCode, again.all).toBe(0);
    expect(again.all).toContain('Nx read the output from the cache instead of running the command for 1 out of 1 tasks');
    // Every image's validate target (as many as the catalog has): a second run-many is all cache.
    expect((await nx('run-many', '-t', 'validate', '--output-style=static')).exitCode).toBe(0);
    const second = await nx('run-many', '-t', 'validate', '--output-style=static');
    expect(second.exitCode, second.all).toBe(0);
    expect(second.all).toMatch(/Nx read the output from the cache instead of running the command for (\d+) out of \1 tasks/);
  });
});
