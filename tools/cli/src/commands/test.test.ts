import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuildRecord } from '@armorred/builder';
import { podmanAvailable } from '@armorred/podman';
import { imagePaths } from '@armorred/repository';
import { skipNote, skipUnless } from '@armorred/testkit';
import { REPO, copyCatalog, makeSuitesRunnable, runCli } from '../test-support.js';
import { runSuites } from '../suite-runner.js';
import { handWrittenTests } from './test.js';

const record = readBuildRecord(REPO, 'nginx-1.26', 'hardened');
const missing = skipUnless(!(await podmanAvailable()) ? 'podman is not installed' : !record ? 'no build: run armorred build nginx-1.26' : undefined);

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

  it('without an image, a suite skips saying why outside CI, and fails saying what is missing in CI', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'armorred-empty-'));
    try {
      writeFileSync(join(empty, 'catalog.yaml'), 'images: []\n');
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ARMORRED_TEST_') && name !== 'CI')) as Record<
        string,
        string
      >;
      const suite = [imagePaths('nginx-1.26').suite('hardened')];
      const outside = await runSuites(REPO, suite, { ...env, ARMORRED_ROOT: empty });
      expect(outside.checks.filter((check) => check.status !== 'skipped')).toEqual([]);
      expect(outside.checks[0]!.name).toMatch(
        /^nginx-1\.26 hardened \(skipped: (podman is not installed|no image \(no build in .*\): run armorred build nginx-1\.26 --tier hardened.*)\) > /,
      );
      const inCi = await runSuites(REPO, suite, { ...env, ARMORRED_ROOT: empty, CI: 'true' });
      expect(inCi.checks.map(({ name, status }) => ({ name, status }))).toEqual([{ name: 'nginx-1.26 hardened > the image is available', status: 'failed' }]);
      expect(inCi.checks[0]!.failure).toMatch(/CI is set, so this test may not skip, but it cannot run: (podman is not installed|no image)/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 120_000);

  it.skipIf(missing !== false)(
    `runs the suites of the catalog --root names, for the tiers --tier names, one line per check${skipNote(missing)}`,
    async () => {
      // A scratch catalog with a hand-written test that reports what the suites were given.
      const root = copyCatalog();
      try {
        makeSuitesRunnable(root);
        writeFileSync(
          join(root, 'images', 'nginx-1.26', 'tests', 'environment.test.ts'),
          `import { expect, it } from 'vitest';
import { catalogRoot, tiersUnderTest } from '@armorred/testkit';
it('is given the catalog root and the tiers under test', () => {
  expect(process.env.ARMORRED_ROOT).toBe(${JSON.stringify(root)});
  expect(catalogRoot()).toBe(${JSON.stringify(root)});
  expect(tiersUnderTest()).toEqual(['hardened']);
});
`,
        );
        const result = await runCli(['--root', root, 'test', 'nginx-1.26', '--tier', 'hardened', '--archive', record!.archive], tmpdir());
        expect(result.code, result.stdout).toBe(0);
        expect(result.stdout).toContain('ok   images/nginx-1.26/generated/hardened.test.ts: nginx-1.26 hardened > structure > /bin/sh is absent');
        expect(result.stdout).toContain('ok   images/nginx-1.26/tests/environment.test.ts: is given the catalog root and the tiers under test');
        expect(result.stdout).toContain(
          'ok   images/nginx-1.26/tests/nginx.test.ts: nginx-1.26 hardened (hand-written) > does not reveal its version (server_tokens off)',
        );
        // --tier hardened: the hand-written tests run no locked checks.
        expect(result.stdout).not.toContain('nginx-1.26 locked');
        expect(result.stdout).toMatch(/\n\d+ passed, 0 failed, \d+ skipped\n$/);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
