import { readdirSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, podman } from '@armorred/podman';
import { skipNote, skipUnless } from './availability.js';
import { cleanup, runHardenedOnce, startHardened } from './container.js';
import { imageUnderTest, tierRunOf } from './image.js';
import { PROBE_MARKER, execInContainer, processesMarked, runProbe, tcpExchange, type ProbeTarget } from './probes.js';
import { MATCH_INPUT_LIMIT } from './regex.js';

const servers: (Server | HttpServer)[] = [];
afterAll(() => servers.forEach((server) => server.close()));

async function listen<T extends Server | HttpServer>(server: T): Promise<number> {
  servers.push(server);
  // The probes hang up when they have what they need: a reset on the server side is expected.
  server.on('connection', (socket) => socket.on('error', () => undefined));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** A target whose ports are the host's own (a port number maps to itself). */
const local: ProbeTarget = {
  hostPort: (port) => port,
  exec: () => Promise.reject(new Error('no exec here')),
};

describe('tcpExchange', () => {
  it('sends the bytes and returns once the reply matches', async () => {
    const port = await listen(createServer((socket) => socket.on('data', (data) => socket.write(String(data) === 'PING\r\n' ? '+PONG\r\n' : '-ERR\r\n'))));
    const answer = await tcpExchange(port, { send: 'PING\r\n', timeoutMs: 5_000, enough: async (reply) => reply.includes('\r\n') });
    expect(answer).toEqual({ connected: true, reply: '+PONG\r\n', timedOut: false });
  });

  it('gives up after the timeout on a server that never answers, keeping what it has', async () => {
    const port = await listen(createServer(() => undefined));
    const answer = await tcpExchange(port, { send: 'PING\r\n', timeoutMs: 300, enough: async () => false });
    expect(answer).toEqual({ connected: true, reply: '', timedOut: true });
  });

  it('reports a refused connection', async () => {
    const answer = await tcpExchange(await freePort(), { timeoutMs: 5_000 });
    expect(answer.connected).toBe(false);
    expect(answer.error).toMatch(/ECONNREFUSED/);
  });

  it('reads no more than MATCH_INPUT_LIMIT characters of a reply', async () => {
    const port = await listen(createServer((socket) => socket.write('y'.repeat(4 * MATCH_INPUT_LIMIT))));
    const answer = await tcpExchange(port, { timeoutMs: 5_000, enough: async () => false });
    expect(answer.reply).toHaveLength(MATCH_INPUT_LIMIT);
  });
});

describe('runProbe', () => {
  it('judges an HTTP answer: status, body and headers, without following redirects', async () => {
    const port = await listen(
      createHttpServer((request, response) => {
        if (request.url === '/moved') response.writeHead(301, { location: '/' }).end();
        else response.writeHead(200, { server: 'web/1.0' }).end('hello world');
      }),
    );
    const http = (path: string) => ({ kind: 'http' as const, http: { port, path, method: 'GET' as const } });
    expect((await runProbe(local, http('/'), { status: 200, bodyMatches: '^hello', headers: { Server: 'web/1.0' } }, 5)).problems).toEqual([]);
    expect((await runProbe(local, http('/'), { status: 404, bodyMatches: 'bye', headers: { server: 'nginx' } }, 5)).problems).toEqual([
      'status 200, expected 404',
      'body does not match /bye/: "hello world"',
      'header server is "web/1.0", expected "nginx"',
    ]);
    expect((await runProbe(local, http('/moved'), { status: 301 }, 5)).problems).toEqual([]);
  });

  it('says why an HTTP probe got no answer', async () => {
    const port = await freePort();
    const result = await runProbe(local, { kind: 'http', http: { port, path: '/', method: 'GET' } }, { status: 200 }, 5);
    expect(result.problems).toEqual([expect.stringMatching(/fetch failed: .*ECONNREFUSED/)]);
  });

  it('judges a TCP reply against replyMatches', async () => {
    const port = await listen(createServer((socket) => socket.once('data', () => socket.write('+PONG\r\n'))));
    const tcp = { kind: 'tcp' as const, tcp: { port, send: 'PING\r\n' } };
    expect((await runProbe(local, tcp, { replyMatches: '^\\+PONG' }, 5)).problems).toEqual([]);
    const wrong = await runProbe(local, tcp, { replyMatches: '^-ERR' }, 1);
    expect(wrong.problems).toEqual(['reply (after 1 s) does not match /^-ERR/: "+PONG\\r\\n"']);
  });

  it('judges an exec answer: exit code and standard output', async () => {
    const target: ProbeTarget = { ...local, exec: async () => ({ exitCode: 3, stdout: 'v1.2\n', stderr: 'oops', timedOut: false, truncated: false }) };
    const exec = { kind: 'exec' as const, exec: { command: ['/bin/tool', '--version'] } };
    expect((await runProbe(target, exec, { exitCode: 3, outputMatches: '^v1\\.' }, 5)).problems).toEqual([]);
    expect((await runProbe(target, exec, { exitCode: 0, outputMatches: '^v2' }, 5)).problems).toEqual([
      'exit code 3, expected 0 (stderr: "oops")',
      'standard output does not match /^v2/: "v1.2\\n"',
    ]);
  });
});

describe('processesMarked', () => {
  it('finds a process by the mark in its environment', async () => {
    const marked = spawn('sleep', ['30'], { stdio: 'ignore', env: { ...process.env, [PROBE_MARKER]: 'test-mark-4711' } });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(processesMarked(PROBE_MARKER, 'test-mark-4711')).toEqual([marked.pid]);
      expect(processesMarked(PROBE_MARKER, 'another-mark')).toEqual([]);
    } finally {
      marked.kill('SIGKILL');
    }
  });
});

// The locked tier has a shell and coreutils: binaries that sleep and print a lot.
const image = await imageUnderTest('nginx-1.26', 'locked');
const missing = skipUnless(image.ready ? undefined : image.reason);

/**
 * Host PIDs of processes running `argv` that are not zombies, from /proc (not podman top,
 * which in a nested root lists the host's processes).
 */
function livingProcesses(argv: readonly string[]): number[] {
  const wanted = `${argv.join('\0')}\0`;
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'latin1') === wanted && !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'latin1'));
      } catch {
        return false;
      }
    })
    .map(Number);
}

describe.skipIf(missing !== false)(`exec probes in real containers${skipNote(missing)}`, () => {
  afterAll(() => cleanup());
  const run = () => tierRunOf('nginx-1.26', 'locked');

  it('runs argv without a shell, and a non-zero exit is data', async () => {
    const container = await startHardened(image, run());
    expect(await execInContainer(container.id, ['/bin/echo', 'a  b;$(id)'], 10_000)).toEqual({
      exitCode: 0,
      stdout: 'a  b;$(id)',
      stderr: '',
      timedOut: false,
      truncated: false,
    });
    expect((await execInContainer(container.id, ['/bin/ls', '/no/such/dir'], 10_000)).exitCode).toBe(2);
  });

  it('kills the process inside the container after the timeout', async () => {
    const container = await startHardened(image, run());
    const answer = await execInContainer(container.id, ['/bin/sleep', '300'], 1_000);
    expect(answer).toMatchObject({ exitCode: -1, timedOut: true });
    expect(livingProcesses(['/bin/sleep', '300'])).toEqual([]);
  });

  it('caps the output and stops a command that prints without end', async () => {
    const container = await startHardened(image, run());
    const answer = await execInContainer(container.id, ['/bin/yes'], 30_000);
    expect(answer.truncated).toBe(true);
    expect(answer.stdout.length).toBeLessThanOrEqual(MATCH_INPUT_LIMIT);
    expect(livingProcesses(['/bin/yes'])).toEqual([]);
  });

  it('runs a tool command in its own hardened container, removed afterwards', async () => {
    const answer = await runHardenedOnce(image, run(), ['/bin/id', '-u'], 30_000);
    expect(answer).toMatchObject({ exitCode: 0, stdout: '65534', timedOut: false });
    const slow = await runHardenedOnce(image, run(), ['/bin/sleep', '300'], 1_000);
    expect(slow.timedOut).toBe(true);
    expect((await podman(['ps', '-a', '--filter', 'name=armorred-test-', '--format', '{{.Command}}'])).stdout).not.toContain('sleep 300');
  });
});
