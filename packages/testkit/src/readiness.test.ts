import { afterAll, describe, expect, it } from 'vitest';
import { podmanOk } from '@armorred/podman';
import { skipNote, skipUnless } from './availability.js';
import { cleanup, startHardened, type TestContainer } from './container.js';
import type { HealthcheckData } from './contract.js';
import { imageUnderTest, tierRunOf } from './image.js';
import { execInContainer, type ProbeTarget } from './probes.js';
import { READINESS_LIMIT_SECONDS, readinessBudgetSeconds, readinessTitle, waitUntilReady } from './readiness.js';

const timing = { intervalSeconds: 1, timeoutSeconds: 2, retries: 3, startPeriodSeconds: 0 };

describe('readinessBudgetSeconds', () => {
  it('allows what a runtime allows before calling the container unhealthy, within a limit', () => {
    expect(readinessBudgetSeconds({ intervalSeconds: 10, timeoutSeconds: 3, retries: 3, startPeriodSeconds: 5 })).toBe(44);
    expect(readinessBudgetSeconds({ intervalSeconds: 3600, timeoutSeconds: 3, retries: 100, startPeriodSeconds: 0 })).toBe(READINESS_LIMIT_SECONDS);
  });
});

describe('readinessTitle', () => {
  const run = { ...tierRunOf('nginx-1.26', 'hardened') };
  it('names the health check, else the ports, else a settle', () => {
    const health: HealthcheckData = { kind: 'exec', exec: { command: ['/bin/x'] }, title: 'exec /bin/x exits 0', expect: { exitCode: 0 }, ...timing };
    expect(readinessTitle(health, run)).toBe('becomes ready: health check exec /bin/x exits 0');
    expect(readinessTitle(null, run)).toBe('becomes ready: ports 8080/tcp accept connections');
    expect(readinessTitle(null, { ...run, ports: [] })).toBe('keeps running 2 s after start');
  });
});

const image = await imageUnderTest('nginx-1.26', 'hardened');
const missing = skipUnless(image.ready ? undefined : image.reason);

describe.skipIf(missing !== false)(`waitUntilReady on a real container${skipNote(missing)}`, () => {
  afterAll(() => cleanup());
  const run = () => tierRunOf('nginx-1.26', 'hardened');
  const targetOf = (container: TestContainer): ProbeTarget => ({
    hostPort: (port) => container.ports.get(port)!,
    exec: (command, ms) => execInContainer(container.id, command, ms),
  });

  it('waits through a TCP health check', async () => {
    const container = await startHardened(image, run());
    const health: HealthcheckData = {
      kind: 'tcp',
      tcp: { port: 8080, send: 'GET /healthz HTTP/1.0\r\n\r\n' },
      title: 'TCP :8080',
      expect: { replyMatches: '^HTTP/1\\.1 200 OK' },
      ...timing,
    };
    await expect(waitUntilReady(container.id, targetOf(container), health, run())).resolves.toBeUndefined();
  });

  it("waits through an exec health check run inside the container, without a shell (the image's own binary)", async () => {
    const container = await startHardened(image, run());
    const health: HealthcheckData = {
      kind: 'exec',
      exec: { command: ['/bin/nginx', '-t', '-q', '-e', 'stderr', '-c', '/etc/nginx/nginx.conf'] },
      title: 'exec nginx -t',
      expect: { exitCode: 0 },
      ...timing,
    };
    await expect(waitUntilReady(container.id, targetOf(container), health, run())).resolves.toBeUndefined();
  });

  it('waits for the ports when there is no health check', async () => {
    const container = await startHardened(image, run());
    await expect(waitUntilReady(container.id, targetOf(container), null, run())).resolves.toBeUndefined();
  });

  it('gives up on a health check that keeps failing, saying what it last found', async () => {
    const container = await startHardened(image, run());
    const health: HealthcheckData = {
      kind: 'http',
      http: { port: 8080, path: '/not-healthy', method: 'GET' },
      title: 'HTTP GET :8080/not-healthy returns 200',
      expect: { status: 200, headers: {} },
      ...timing,
      retries: 1,
    };
    await expect(waitUntilReady(container.id, targetOf(container), health, run())).rejects.toThrow(
      /^not ready after 3 s: status 404, expected 200; the last lines of its log:/,
    );
  });

  it('fails at once when the container has exited, with its exit code and log', async () => {
    const container = await startHardened(image, run());
    await podmanOk(['stop', '-t', '10', container.id]);
    const health: HealthcheckData = { kind: 'http', http: { port: 8080, path: '/healthz', method: 'GET' }, title: 'HTTP', expect: { status: 200 }, ...timing };
    const error = await waitUntilReady(container.id, targetOf(container), health, run()).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/the container exited \(exit code 0\) before its health check passed \(HTTP\); the last lines of its log:\n {2}\S/);
    // nginx logs its shutdown on SIGQUIT.
    expect(String(error)).toMatch(/gracefully shutting down|exit/);
  });
});
