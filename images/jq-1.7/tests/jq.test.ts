// Hand-written checks for jq-1.7 that the spec cannot express: the tool reading its input
// from stdin, as it is used in pipelines (podman run -i … < file), in the tier's hardened
// run from the spec.
import { describe, expect, it } from 'vitest';
import { podmanRunArgs } from '@armorred/image-facts';
import { podman } from '@armorred/podman';
import * as kit from '@armorred/testkit';

const IMAGE = 'jq-1.7';

for (const tier of kit.tiersUnderTest()) {
  const image = await kit.imageUnderTest(IMAGE, tier);
  const missing = kit.skipUnless(image.ready ? undefined : image.reason);
  describe.skipIf(missing !== false)(`${IMAGE} ${tier} (hand-written)${kit.skipNote(missing)}`, () => {
    const run = kit.tierRunOf(IMAGE, tier);
    /** `podman run --rm -i` of the image under its hardened run, with `input` on stdin. */
    const jq = (input: string, ...args: string[]) => podman(['run', '--rm', '-i', ...podmanRunArgs(run), image.id!, ...args], { input, timeout: 60_000 });

    it('filters JSON from stdin, as the runtime user on a read-only root', async () => {
      const result = await jq(
        '{"images": [{"name": "nginx", "tier": "hardened"}, {"name": "redis", "tier": "locked"}]}',
        '--raw-output',
        '.images[] | select(.tier == "locked") | .name',
      );
      expect(result.exitCode, result.stderr).toBe(0);
      expect(result.stdout.trim()).toBe('redis');
    });

    it('reports invalid JSON input as a parse error, with a failing exit status', async () => {
      const result = await jq('{"unclosed": [1, 2', '.');
      // jq 1.7 exits 2 here; Debian's 1.6 (the offline test fixture) exits 4.
      expect(result.exitCode).toBeGreaterThan(0);
      expect(result.stderr).toMatch(/parse error/);
    });
  });
}
