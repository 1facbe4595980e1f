// The GitHub workflows are checked like code: npm test fails on a workflow that GitHub
// would reject (action-validator's schema), on an action not pinned to a full commit SHA,
// and on a workflow without least-privilege permissions.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execa } from 'execa';
import { parse } from 'yaml';

const REPO = join(import.meta.dirname, '..', '..', '..');
const WORKFLOWS = join(REPO, '.github', 'workflows');
const require = createRequire(import.meta.url);
const VALIDATOR = join(dirname(require.resolve('@action-validator/cli/package.json')), 'cli.mjs');
const workflows = readdirSync(WORKFLOWS)
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

function validate(file: string) {
  return execa('node', [VALIDATOR, file], { cwd: REPO, reject: false, all: true });
}

interface Workflow {
  permissions?: unknown;
  jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>;
  on: unknown;
}

describe('GitHub workflows', () => {
  it('has the workflows CONTRIBUTING.md describes', () => {
    expect(workflows).toEqual(expect.arrayContaining(['docs.yml', 'pr-comment.yml', 'pr.yml', 'release.yml', 'rescan.yml']));
  });

  it.each(workflows)('%s passes action-validator 0.6.0', async (name) => {
    const result = await validate(join(WORKFLOWS, name));
    expect(result.exitCode, result.all).toBe(0);
  });

  it('a broken workflow fails validation, saying where', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'armorred-workflow-'));
    try {
      const broken = readFileSync(join(WORKFLOWS, 'pr.yml'), 'utf8').replace('    runs-on: ubuntu-24.04\n', '    runs_on: ubuntu-24.04\n');
      writeFileSync(join(dir, 'pr.yml'), broken);
      const result = await validate(join(dir, 'pr.yml'));
      expect(result.exitCode).not.toBe(0);
      expect(result.all).toContain("Additional property 'runs_on' is not allowed");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(workflows)('%s pins every action to a full commit SHA, with its version in a comment', (name) => {
    const text = readFileSync(join(WORKFLOWS, name), 'utf8');
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+)$/gm)].map((match) => match[1]!.trim());
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_./-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
  });

  it.each(workflows)('%s grants least privilege: no default token rights, nothing written but what a job declares', (name) => {
    const workflow = parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
    expect(workflow.permissions, 'top-level permissions').toBeDefined();
    const granted = [workflow.permissions, ...Object.values(workflow.jobs).map((job) => job.permissions)];
    for (const permissions of granted) {
      expect(permissions).not.toBe('write-all');
      expect(permissions).not.toBe('read-all');
    }
    // Only these jobs may write, and only what they need.
    const writes = Object.fromEntries(
      Object.entries(workflow.jobs)
        .map(
          ([job, { permissions }]) =>
            [
              job,
              Object.entries({ ...(workflow.permissions as object), ...(permissions as object) })
                .filter(([, level]) => level === 'write')
                .map(([scope]) => scope)
                .sort(),
            ] as const,
        )
        .filter(([, scopes]) => scopes.length > 0),
    );
    const expected: Record<string, Record<string, string[]>> = {
      'pr.yml': {},
      'pr-comment.yml': { comment: ['pull-requests'] },
      'release.yml': { release: ['contents', 'id-token', 'packages', 'pull-requests'] },
      'docs.yml': { deploy: ['id-token', 'pages'] },
      'rescan.yml': {},
    };
    expect(writes).toEqual(expected[name] ?? {});
  });

  it('never runs pull-request code with a write token (no pull_request_target)', () => {
    for (const name of workflows) expect(JSON.stringify(parse(readFileSync(join(WORKFLOWS, name), 'utf8')).on)).not.toContain('pull_request_target');
  });
});
