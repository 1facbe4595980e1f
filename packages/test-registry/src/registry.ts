// A real registry for tests and benchmarks: Debian's docker-registry (distribution 2.8)
// on a free loopback port, TLS with a self-signed certificate made by openssl, htpasswd
// authentication with a random password, storage and access log in a scratch folder.
// Distribution 2.8 has no referrers API: cosign stores signatures and attestations under
// its sha256-<hex>.sig/.att tags there. The password is never put on a command line.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';

export interface TestRegistry {
  /** 127.0.0.1:PORT */
  host: string;
  /** The scratch folder holding everything below. */
  dir: string;
  /** A --cert-dir folder: ca.crt, the registry's self-signed certificate. */
  certDir: string;
  caFile: string;
  /** containers-auth.json with the registry's credentials. */
  authFile: string;
  username: string;
  password: string;
  /** The registry's storage root (blobs, manifests, tags). */
  storage: string;
  /** The registry's log so far (access log lines included). */
  log(): string;
  stop(): Promise<void>;
}

/** Why a test registry cannot run here, or undefined when it can. */
export async function testRegistryMissing(): Promise<string | undefined> {
  for (const [tool, args, install] of [
    ['docker-registry', ['--version'], 'apt-get install docker-registry'],
    ['htpasswd', ['-h'], 'apt-get install apache2-utils'],
    ['openssl', ['version'], 'apt-get install openssl'],
  ] as const) {
    const result = await execa(tool, [...args], { reject: false });
    if ((result as { code?: string }).code === 'ENOENT') return `${tool} is not installed (${install})`;
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** GET /v2/ until the registry answers (401 without credentials), or the process exits. */
async function waitUntilServing(host: string, ca: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited (${child.exitCode}):\n${log().slice(-2000)}`);
    const status = await new Promise<number>((resolveStatus) => {
      const outgoing = request(`https://${host}/v2/`, { ca, timeout: 1000 }, (incoming) => {
        incoming.resume();
        resolveStatus(incoming.statusCode ?? 0);
      });
      outgoing.on('error', () => resolveStatus(0));
      outgoing.on('timeout', () => outgoing.destroy());
      outgoing.end();
    });
    if (status === 401) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  }
  throw new Error(`docker-registry on ${host} did not answer:\n${log().slice(-2000)}`);
}

export interface TestRegistryOptions {
  username?: string;
  /** Default: random. */
  password?: string;
  /** Where to keep it (default: a new folder in the temp dir). */
  dir?: string;
}

export async function startTestRegistry(options: TestRegistryOptions = {}): Promise<TestRegistry> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'armorred-registry-'));
  const username = options.username ?? 'armorred';
  const password = options.password ?? randomBytes(18).toString('base64url');
  const certDir = join(dir, 'certs');
  const storage = join(dir, 'storage');
  mkdirSync(certDir, { recursive: true });
  mkdirSync(storage, { recursive: true });
  const caFile = join(certDir, 'ca.crt');
  const keyFile = join(dir, 'tls.key');
  await execa('openssl', [
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    keyFile,
    '-out',
    caFile,
    '-days',
    '2',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ]);
  // htpasswd -i reads the password from stdin: never on a command line.
  const htpasswd = await execa('htpasswd', ['-B', '-i', '-n', username], { input: password });
  writeFileSync(join(dir, 'htpasswd'), htpasswd.stdout);
  const ca = readFileSync(caFile, 'utf8');
  const logFile = join(dir, 'registry.log');

  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const host = `127.0.0.1:${port}`;
    // JSON is YAML: the registry reads this as its config.yml.
    const config = {
      version: 0.1,
      log: { level: 'info', accesslog: { disabled: false } },
      storage: { filesystem: { rootdirectory: storage }, delete: { enabled: true } },
      http: { addr: host, tls: { certificate: caFile, key: keyFile } },
      auth: { htpasswd: { realm: 'armorred-test', path: join(dir, 'htpasswd') } },
    };
    writeFileSync(join(dir, 'config.yml'), JSON.stringify(config, null, 2));
    const out = openSync(logFile, 'a');
    const child = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: ['ignore', out, out] });
    closeSync(out);
    const log = () => readFileSync(logFile, 'utf8');
    try {
      await waitUntilServing(host, ca, child, log);
    } catch (error) {
      child.kill('SIGKILL');
      // Another process took the port between choosing and binding it: try another.
      if (attempt < 5 && /address already in use/.test(log())) continue;
      throw error;
    }
    const authFile = join(dir, 'auth.json');
    writeFileSync(authFile, JSON.stringify({ auths: { [host]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } }), { mode: 0o600 });
    return {
      host,
      dir,
      certDir,
      caFile,
      authFile,
      username,
      password,
      storage,
      log,
      async stop() {
        if (child.exitCode === null) {
          const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
          child.kill('SIGTERM');
          await exited;
        }
        if (!options.dir) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
