// Hand-written checks for redis-7.2 that the spec cannot express: data in and out, the
// dataset persisting on its state volume as the runtime user, and the commands the
// configuration renames away. They run with the generated suites (armorred test redis-7.2),
// for the tiers under test only, in the tier's hardened run from the spec.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { podmanOk } from '@armorred/podman';
import * as kit from '@armorred/testkit';

const IMAGE = 'redis-7.2';

/** redis-cli inside the container (no shell: argv only), bounded. */
async function cli(container: kit.TestContainer, ...args: string[]): Promise<kit.ExecAnswer> {
  return kit.execInContainer(container.id, ['/bin/redis-cli', '-p', '6379', ...args], 10_000);
}

/** Waits until the server answers PING (it loads its dataset first). */
async function ready(container: kit.TestContainer): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await cli(container, 'ping');
    if (answer.stdout.trim() === 'PONG') return;
    if (Date.now() > deadline) throw new Error(`redis did not answer PING: ${answer.stdout}${answer.stderr}\n${await kit.containerLogs(container.id)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

for (const tier of kit.tiersUnderTest()) {
  const image = await kit.imageUnderTest(IMAGE, tier);
  const missing = kit.skipUnless(image.ready ? undefined : image.reason);
  describe.skipIf(missing !== false)(`${IMAGE} ${tier} (hand-written)${kit.skipNote(missing)}`, () => {
    afterAll(() => kit.cleanup());
    const run = kit.tierRunOf(IMAGE, tier);

    it('stores and returns a value, over TCP from outside and with redis-cli inside', async () => {
      const container = await kit.startHardened(image, run);
      await ready(container);
      const set = await kit.tcpExchange(container.ports.get(6379)!, {
        send: 'SET greeting "hello armorred"\r\n',
        timeoutMs: 5_000,
        enough: async (reply) => reply.includes('\r\n'),
      });
      expect(set.reply).toBe('+OK\r\n');
      expect((await cli(container, 'GET', 'greeting')).stdout.trim()).toBe('hello armorred');
    });

    it('keeps its dataset on the state volume, written as UID 65534, for the next container', async () => {
      const first = await kit.startHardened(image, run);
      await ready(first);
      expect((await cli(first, 'SET', 'survivor', 'still here')).stdout.trim()).toBe('OK');
      expect((await cli(first, 'SAVE')).stdout.trim()).toBe('OK');
      expect((await kit.stopGracefully(first.id, 20)).killed).toBe(false);
      // The files on the volume belong to the runtime user: the server wrote them as 65534.
      const volume = first.volumes.get('/data')!;
      const mountpoint = (await podmanOk(['volume', 'inspect', '--format', '{{.Mountpoint}}', volume])).trim();
      expect(statSync(join(mountpoint, 'dump.rdb')).uid).toBe(65534);
      await kit.removeTestContainer(first);
      const second = await kit.startHardened(image, run, { volumes: first.volumes });
      await ready(second);
      expect((await cli(second, 'GET', 'survivor')).stdout.trim()).toBe('still here');
    });

    it.each(['CONFIG GET dir', 'FLUSHALL', 'DEBUG SEGFAULT', 'SHUTDOWN NOSAVE', 'MODULE LIST', 'REPLICAOF 127.0.0.1 1'])(
      'refuses %s: renamed away in the configuration',
      async (command) => {
        const container = await kit.startHardened(image, run);
        await ready(container);
        const answer = await cli(container, ...command.split(' '));
        expect(answer.stdout).toMatch(/ERR unknown command/);
        // Still serving afterwards.
        expect((await cli(container, 'ping')).stdout.trim()).toBe('PONG');
      },
    );
  });
}
