// Hand-written checks for nginx-1.26 that the spec cannot express. They run with the
// generated suites (armorred test nginx-1.26), for the tiers under test only (--tier sets
// ARMORRED_TEST_TIERS), and are never touched by armorred generate. Containers run the
// tier's hardened run from the spec, as in the generated suite.
import { afterAll, describe, expect, it } from 'vitest';
import * as kit from '@armorred/testkit';

for (const tier of kit.tiersUnderTest()) {
  const image = await kit.imageUnderTest('nginx-1.26', tier);
  const missing = kit.skipUnless(image.ready ? undefined : image.reason);
  describe.skipIf(missing !== false)(`nginx-1.26 ${tier} (hand-written)${kit.skipNote(missing)}`, () => {
    afterAll(() => kit.cleanup());

    it('nginx -t accepts the shipped configuration as the runtime user on a read-only root', async () => {
      const result = await kit.runHardenedOnce(
        image,
        kit.tierRunOf('nginx-1.26', tier),
        ['/bin/nginx', '-e', 'stderr', '-c', '/etc/nginx/nginx.conf', '-t'],
        30_000,
      );
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stderr).toContain('configuration file /etc/nginx/nginx.conf test is successful');
    });

    it('does not reveal its version (server_tokens off)', async () => {
      const container = await kit.startHardened(image, kit.tierRunOf('nginx-1.26', tier));
      const answer = await kit.httpWhenReady(container.url(8080, '/'));
      expect(answer.headers.server).toBe('nginx');
    });
  });
}
