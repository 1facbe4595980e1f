// Hand-written checks for postgresql-15 that the spec cannot express: a cluster
// initialised on first start as the runtime user, data written, the container stopped on
// its signal and a new one started on the same state volume finding the data. They run
// with the generated suites (armorred test postgresql-15), for the tiers under test only,
// in the tier's hardened run from the spec.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { podmanOk } from '@armorred/podman';
import * as kit from '@armorred/testkit';

const IMAGE = 'postgresql-15';

/** psql inside the container over the Unix socket in /tmp (no shell: argv only), bounded. */
async function sql(container: kit.TestContainer, statement: string): Promise<kit.ExecAnswer> {
  return kit.execInContainer(
    container.id,
    ['/bin/psql', '--host=/tmp', '--username=postgres', '--no-psqlrc', '--tuples-only', '--no-align', '--set=ON_ERROR_STOP=1', `--command=${statement}`],
    20_000,
  );
}

/** Waits until the server accepts connections (the first start runs initdb first). */
async function ready(container: kit.TestContainer): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const answer = await kit.execInContainer(container.id, ['/bin/pg_isready', '--host=/tmp', '--username=postgres'], 10_000);
    if (answer.exitCode === 0) return;
    if (Date.now() > deadline) throw new Error(`postgres did not become ready: ${answer.stdout}\n${await kit.containerLogs(container.id)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

for (const tier of kit.tiersUnderTest()) {
  const image = await kit.imageUnderTest(IMAGE, tier);
  const missing = kit.skipUnless(image.ready ? undefined : image.reason);
  describe.skipIf(missing !== false)(`${IMAGE} ${tier} (hand-written)${kit.skipNote(missing)}`, () => {
    afterAll(() => kit.cleanup());
    const run = kit.tierRunOf(IMAGE, tier);

    it('initialises its cluster on first start, keeps data across a stop and a new container on the same state', async () => {
      const first = await kit.startHardened(image, run);
      await ready(first);
      const created = await sql(first, "CREATE TABLE armorred_check (id integer PRIMARY KEY, note text); INSERT INTO armorred_check VALUES (1, 'kept');");
      expect(created.exitCode, created.stderr).toBe(0);
      // SIGINT: fast shutdown, a clean checkpoint, no kill.
      expect((await kit.stopGracefully(first.id, 30)).killed).toBe(false);
      // The cluster on the volume belongs to the runtime user: initdb ran as 65534.
      const volume = first.volumes.get('/var/lib/postgresql')!;
      const mountpoint = (await podmanOk(['volume', 'inspect', '--format', '{{.Mountpoint}}', volume])).trim();
      expect(statSync(join(mountpoint, 'data', 'PG_VERSION')).uid).toBe(65534);
      await kit.removeTestContainer(first);

      const second = await kit.startHardened(image, run, { volumes: first.volumes });
      await ready(second);
      const found = await sql(second, 'SELECT note FROM armorred_check WHERE id = 1');
      expect(found.exitCode, found.stderr).toBe(0);
      expect(found.stdout.trim()).toBe('kept');
      // The second start found the cluster: initdb did not run again.
      expect(await kit.containerLogs(second.id, 200, 20_000)).not.toMatch(/The files belonging to this database system/);
    });

    it('refuses a TCP login without a password (scram-sha-256 for every role with one; none here)', async () => {
      const container = await kit.startHardened(image, run);
      await ready(container);
      const answer = await kit.execInContainer(
        container.id,
        ['/bin/psql', '--host=127.0.0.1', '--username=postgres', '--no-password', '--no-psqlrc', '--command=SELECT 1'],
        20_000,
      );
      expect(answer.exitCode).not.toBe(0);
      expect(answer.stderr).toMatch(/password/i);
    });
  });
}
