// Images built with dockerTools.buildLayeredImage from the offline package set
// (a TEST FIXTURE; test/images.nix), run with podman the way the catalog runs
// its images: read-only root (no tmpfs either), uid 65534, all capabilities
// dropped, only the data directory writable.
import { existsSync, statSync, chmodSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  archiveConfig, fetchDebs, freePort, loadImage, nix, nixBuild, podman, podmanRun, removeContainers, SET_DIR, TEST_DIR, tempDir, until,
} from './helpers.js';

const HARDENED = ['--read-only', '--read-only-tmpfs=false', '--user', '65534:65534', '--cap-drop=ALL'];
const ready = { skip: nix.skip || podman.skip, note: nix.note || podman.note };

/** One Redis command over TCP (RESP inline command), the raw reply. */
function redis(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setTimeout(2000, () => socket.destroy(new Error('timeout')));
    socket.on('error', reject);
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.endsWith('\r\n')) {
        socket.end();
        resolve(reply);
      }
    });
    socket.write(`${command}\r\n`);
  });
}

describe.skipIf(ready.skip)(`images from the offline package set, run with podman${ready.note}`, () => {
  const dirs: { remove(): void }[] = [];
  const containers: string[] = [];
  const archives: Record<string, string> = {};
  const images: Record<string, string> = {};
  const suffix = `${process.pid}`;

  beforeAll(async () => {
    nix.require();
    podman.require();
    await fetchDebs();
    const gcRoots = tempDir('offline-pkgs-test-');
    dirs.push(gcRoots);
    const names = ['redis', 'postgres', 'jq'];
    const outs = await nixBuild([join(TEST_DIR, 'images.nix'), ...names.flatMap((name) => ['-A', name])], gcRoots.path);
    expect(outs).toHaveLength(names.length);
    for (const [i, name] of names.entries()) {
      archives[name] = outs[i]!;
      images[name] = await loadImage(outs[i]!);
    }
  });

  afterAll(async () => {
    await removeContainers(containers);
    for (const name of Object.values(images)) await podmanRun(['rmi', '-f', name]);
    for (const dir of dirs) dir.remove();
  });

  function dataDir(): string {
    const dir = tempDir('offline-pkgs-data-');
    dirs.push(dir);
    chmodSync(dir.path, 0o777); // uid 65534 writes here
    return dir.path;
  }

  it('passes Healthcheck and Volumes of config into the image config unchanged', async () => {
    const { config, repoTags } = await archiveConfig(archives.redis!);
    const inner = config.config as Record<string, unknown>;
    expect(repoTags).toEqual(['localhost/armorred-offline-test/redis:test']);
    expect(inner.Healthcheck).toEqual({
      Test: ['CMD', '/bin/redis-cli', 'ping'],
      Interval: 10000000000,
      Timeout: 3000000000,
      StartPeriod: 5000000000,
      Retries: 3,
    });
    expect(inner.Volumes).toEqual({ '/data': {} });
    expect(inner.Labels).toEqual({ 'org.armorred.pkgs': 'offline-debian-bookworm' });
    expect((await archiveConfig(archives.postgres!)).config.config).toMatchObject({ Volumes: { '/var/lib/postgresql': {} }, StopSignal: 'SIGINT' });
  });

  it('redis answers PING over TCP, persists to a writable /data and the image health check passes', async () => {
    const data = dataDir();
    const port = await freePort();
    const name = `offline-pkgs-redis-${suffix}`;
    containers.push(name);
    const run = await podmanRun(['run', '-d', '--name', name, ...HARDENED, '-p', `127.0.0.1:${port}:6379`, '-v', `${data}:/data`, images.redis!]);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(await until('redis PONG', async () => ((await redis(port, 'PING')) === '+PONG\r\n' ? true : undefined))).toBe(true);
    expect(await redis(port, 'SET armorred offline-debian-bookworm')).toBe('+OK\r\n');
    expect(await redis(port, 'SAVE')).toBe('+OK\r\n');
    const dump = statSync(join(data, 'dump.rdb'));
    expect(dump.size).toBeGreaterThan(0);
    expect(dump.uid).toBe(65534); // written by the server, running as 65534
    const inspect = await podmanRun(['inspect', name, '--format', '{{.HostConfig.ReadonlyRootfs}} {{.Config.User}}']);
    expect(inspect.stdout.trim()).toBe('true 65534:65534');
    // The exec-form health check from the image config (/bin/redis-cli ping), run in the
    // container's namespaces and root as its user, as a runtime does. Not `podman healthcheck
    // run`: it runs podman exec, which in a nested root (a CI job in a container) runs in
    // the host's filesystem instead of the image's.
    const config = await podmanRun(['inspect', name, '--format', '{{json .Config.Healthcheck.Test}} {{.State.Pid}}']);
    const [test, pid] = config.stdout.trim().split(' ') as [string, string];
    expect(JSON.parse(test)).toEqual(['CMD', '/bin/redis-cli', 'ping']);
    const health = await execa(
      'nsenter',
      [`--target=${pid}`, '--mount', '--net', '--pid', '--root', '--wd', '--setuid=65534', '--setgid=65534', '--', ...(JSON.parse(test) as string[]).slice(1)],
      { reject: false },
    );
    expect(health.exitCode, health.stderr).toBe(0);
    expect(health.stdout.trim()).toBe('PONG');

    // a new container on the same /data sees the key
    await removeContainers([name]);
    const again = `${name}-again`;
    containers.push(again);
    const port2 = await freePort();
    expect((await podmanRun(['run', '-d', '--name', again, ...HARDENED, '-p', `127.0.0.1:${port2}:6379`, '-v', `${data}:/data`, images.redis!])).exitCode).toBe(0);
    expect(await until('redis GET', async () => {
      const reply = await redis(port2, 'GET armorred');
      return reply.startsWith('-LOADING') ? undefined : reply;
    })).toBe('$23\r\noffline-debian-bookworm\r\n');
  });

  it('postgres: initdb fills a writable data dir as uid 65534, then the server answers pg_isready and psql', async () => {
    const data = dataDir();
    const init = await podmanRun(['run', '--rm', ...HARDENED, '-v', `${data}:/var/lib/postgresql`, '--entrypoint', '/bin/initdb', images.postgres!,
      '-D', '/var/lib/postgresql/data', '-U', 'postgres', '--auth=trust']);
    expect(init.exitCode, init.stderr).toBe(0);
    expect(init.stdout).toContain('Success.');
    expect(init.stdout).toContain('selecting default time zone ... UTC');
    expect(existsSync(join(data, 'data', 'PG_VERSION'))).toBe(true);

    const name = `offline-pkgs-postgres-${suffix}`;
    containers.push(name);
    const run = await podmanRun(['run', '-d', '--name', name, ...HARDENED, '-v', `${data}:/var/lib/postgresql`, images.postgres!,
      '-D', '/var/lib/postgresql/data', '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=']);
    expect(run.exitCode, run.stderr).toBe(0);
    const isready = await until('pg_isready', async () => {
      const result = await podmanRun(['exec', name, '/bin/pg_isready', '-h', '127.0.0.1']);
      return result.exitCode === 0 ? result.stdout : undefined;
    });
    expect(isready).toContain('accepting connections');
    const psql = await podmanRun(['exec', name, '/bin/psql', '-h', '127.0.0.1', '-U', 'postgres', '-v', 'ON_ERROR_STOP=1', '-tA', '-c',
      "create table t (x int); insert into t values (40), (2); select sum(x) from t; set timezone = 'Europe/Paris'; select current_setting('TimeZone'); select version();"]);
    expect(psql.exitCode, psql.stderr).toBe(0);
    const lines = psql.stdout.split('\n');
    expect(lines).toContain('42');
    expect(lines).toContain('Europe/Paris'); // named zones come from pkgs.tzdata, linked at /usr/share/zoneinfo by the postgresql_15 package
    expect(psql.stdout).toMatch(/PostgreSQL 15\.\d+ \(Debian 15\./);
  });

  it('jq transforms JSON on stdin', async () => {
    const result = await podmanRun(['run', '-i', '--rm', ...HARDENED, images.jq!, '-c', '{sum: (.a + 1), n: (.b | length)}'], { input: '{"a": 41, "b": [1, 2]}' });
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stdout).toBe('{"sum":42,"n":2}');
  });
});

describe.skipIf(nix.skip)(`package layouts of the offline set${nix.note}`, () => {
  let gcRoots: { path: string; remove(): void } | undefined;
  const out: Record<string, string> = {};

  beforeAll(async () => {
    nix.require();
    await fetchDebs();
    gcRoots = tempDir('offline-pkgs-layout-');
    const attrs = ['redis', 'postgresql_15', 'jq', 'curl', 'tzdata'];
    const paths = await nixBuild([SET_DIR, ...attrs.flatMap((a) => ['-A', a])], gcRoots.path);
    attrs.forEach((attr, i) => (out[attr] = paths[i]!));
  });
  afterAll(() => gcRoots?.remove());

  it.each([
    ['redis', ['bin/redis-server', 'bin/redis-cli', 'bin/redis-benchmark', 'bin/redis-check-aof', 'bin/redis-check-rdb']],
    ['postgresql_15', ['bin/postgres', 'bin/initdb', 'bin/pg_ctl', 'bin/psql', 'bin/pg_isready', 'share/postgresql/15/postgres.bki']],
    ['jq', ['bin/jq']],
    ['curl', ['bin/curl']],
    ['tzdata', ['share/zoneinfo/UTC', 'share/zoneinfo/Europe/Paris']],
  ])('%s has nixpkgs\' layout', (attr, files) => {
    for (const file of files as string[]) expect(existsSync(join(out[attr]!, file)), `${attr}: ${file}`).toBe(true);
  });

  it('the binaries run from the store and report Debian\'s versions', async () => {
    expect((await execa(join(out.redis!, 'bin', 'redis-server'), ['--version'])).stdout).toMatch(/Redis server v=7\.0\.\d+/);
    expect((await execa(join(out.jq!, 'bin', 'jq'), ['--version'])).stdout).toBe('jq-1.6');
    expect((await execa(join(out.postgresql_15!, 'bin', 'postgres'), ['--version'])).stdout).toMatch(/^postgres \(PostgreSQL\) 15\.\d+ \(Debian/);
    const curl = (await execa(join(out.curl!, 'bin', 'curl'), ['--version'])).stdout;
    expect(curl).toMatch(/^curl 7\.88\.1/);
    // the features the override table calls fixed (built in)
    for (const feature of ['HTTP2', 'IDN', 'GSS-API', 'libz', 'brotli', 'zstd', 'PSL', 'SSL']) expect(curl).toContain(feature);
    for (const protocol of ['ldap', 'rtmp', 'scp', 'sftp']) expect(curl).toMatch(new RegExp(`Protocols:.* ${protocol}( |$)`, 'm'));
  });

  it('closures hold only store paths the binaries need (no .deb, no dropped JIT)', async () => {
    for (const attr of Object.keys(out)) {
      const closure = (await execa('nix-store', ['-qR', out[attr]!])).stdout.split('\n');
      expect(closure.filter((p) => p.endsWith('.deb') || /build-deb/.test(p)), attr).toEqual([]);
    }
    const pg = (await execa('nix-store', ['-qR', out.postgresql_15!])).stdout;
    expect(pg).not.toMatch(/llvm/);
    expect(existsSync(join(out.postgresql_15!, 'lib', 'postgresql', '15', 'lib', 'llvmjit.so'))).toBe(false);
  });
});
