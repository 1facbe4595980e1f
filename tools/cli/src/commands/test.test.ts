import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildRecord } from '@armorred/builder';
import { podmanAvailable } from '@armorred/podman';
import { REPO, copyCatalog, runCli } from '../test-support.js';
import { handWrittenTests } from './test.js';

const record = readBuildRecord(REPO, 'nginx-1.26', 'hardened');
const hasPodman = await podmanAvailable();

describe('armorred test', () => {
  it('finds hand-written tests, which generate never touches', async () => {
    expect(handWrittenTests(REPO, 'nginx-1.26')).toEqual(['images/nginx-1.26/tests/nginx.test.ts']);
    const root = copyCatalog();
    try {
      const custom = join(root, 'images', 'nginx-1.26', 'tests', 'custom.test.ts');
      mkdirSync(join(root, 'images', 'nginx-1.26', 'tests'), { recursive: true });
      writeFileSync(custom, '// mine\n');
      expect((await runCli(['generate'], root)).code).toBe(0);
      expect(existsSync(custom)).toBe(true);
      expect(handWrittenTests(root, 'nginx-1.26')).toEqual(['images/nginx-1.26/tests/custom.test.ts', 'images/nginx-1.26/tests/nginx.test.ts']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('rejects contradictory options with exit 2', async () => {
    expect((await runCli(['test', 'nginx-1.26', '--image', 'x'])).stderr).toContain('--image and --archive test one tier');
    expect((await runCli(['test', 'nginx-1.26', '--tier', 'hardened', '--archive', '/no/such.tar'])).code).toBe(2);
    expect((await runCli(['test'])).code).toBe(2);
  });

  it.skipIf(!record || !hasPodman)(
    'runs the suites against a given archive and prints one line per check (skipped: no build or no podman)',
    async () => {
      const result = await runCli(['test', 'nginx-1.26', '--tier', 'hardened', '--archive', record!.archive]);
      expect(result.code, result.stdout).toBe(0);
      expect(result.stdout).toContain('ok   images/nginx-1.26/generated/hardened.test.ts: nginx-1.26 hardened > structure > /bin/sh is absent');
      expect(result.stdout).toContain(
        'ok   images/nginx-1.26/tests/nginx.test.ts: nginx-1.26 hardened (hand-written) > does not reveal its version (server_tokens off)',
      );
      expect(result.stdout).toMatch(/\n\d+ passed, 0 failed, \d+ skipped\n$/);
    },
    300_000,
  );
});
