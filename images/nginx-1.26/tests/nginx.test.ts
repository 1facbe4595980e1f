// Hand-written checks for nginx-1.26 that the spec cannot express. They run with the
// generated suites (armorred test nginx-1.26) and are never touched by armorred generate.
import { afterAll, describe, expect, it } from 'vitest';
import { runOnce } from '@armorred/podman';
import * as kit from '@armorred/testkit';

for (const tier of ['hardened', 'locked'] as const) {
  const image = await kit.imageUnderTest('nginx-1.26', tier);
  describe.skipIf(!image.ready)(`nginx-1.26 ${tier} (hand-written)${image.ready ? '' : ` (skipped: ${image.reason})`}`, () => {
    afterAll(() => kit.cleanup());

    it('nginx -t accepts the shipped configuration as the runtime user on a read-only root', async () => {
      const result = await runOnce({
        image: image.id!,
        readOnly: true,
        tmpfs: ['/tmp', '/var/cache/nginx', '/var/log/nginx'].map((path) => ({ path, options: kit.tmpfsOptions(path) })),
        args: ['-e', 'stderr', '-c', '/etc/nginx/nginx.conf', '-t'],
      });
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stderr).toContain('configuration file /etc/nginx/nginx.conf test is successful');
    });

    it('does not reveal its version (server_tokens off)', async () => {
      const container = await kit.startHardened(image, { writablePaths: ['/tmp', '/var/cache/nginx', '/var/log/nginx'], tcpPorts: [8080] });
      const answer = await kit.httpWhenReady(container.url(8080, '/'));
      expect(answer.headers.server).toBe('nginx');
    });
  });
}
