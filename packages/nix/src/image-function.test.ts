// nix/image.nix, evaluated by real Nix against a package set that records how dockerTools
// and the packages are called (test/recording-pkgs.nix): what each tier asks for
// (arguments, config, labels, contents, commands), that spec strings arrive as the data
// they are, and that the commands built from them do exactly what they say when a real
// shell (and fakeroot) runs them.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMAGE_FUNCTION, imageAttrName } from '@armorred/repository';
import { skipNote, skipUnless } from '@armorred/testkit';
import { HOSTILE, compileSpec, hostileSpec, stringsOf } from '../test/fixtures.js';
import { renderCatalogEntry, renderTierEntry } from './entry-points.js';
import { nixAvailable, nixEvalJson, NixError } from './nix-cli.js';
import { renderTierData } from './tier-data.js';
import type { TierData } from './tier-schema.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const RECORDING = join(REPO, 'packages', 'nix', 'test', 'recording-pkgs.nix');
const GENERATED = join(REPO, 'images', 'nginx-1.26', 'generated');
const skip = skipUnless((await nixAvailable()) ? undefined : 'nix-instantiate is not installed');

/** Argument names of nixpkgs 24.11 buildLayeredImage (streamLayeredImage's plus compressor). */
const BUILD_LAYERED_IMAGE_ARGUMENTS = [
  'architecture',
  'compressor',
  'config',
  'contents',
  'created',
  'enableFakechroot',
  'extraCommands',
  'fakeRootCommands',
  'fromImage',
  'gid',
  'gname',
  'includeNixDB',
  'includeStorePaths',
  'maxLayers',
  'mtime',
  'name',
  'passthru',
  'tag',
  'uid',
  'uname',
];

interface RecordedPackage {
  package: string;
  override?: Record<string, unknown>;
  attrs?: Record<string, unknown>;
}

interface Recorded {
  function: string;
  args: {
    name: string;
    tag: string;
    created: string;
    compressor: string;
    contents: RecordedPackage[];
    extraCommands: string;
    fakeRootCommands: string;
    config: Record<string, unknown> & { Labels: Record<string, string> };
  };
}

/** A tier expression (file) called with the recording package set and `args` (Nix text of ours, never a spec's). */
function evaluate(file: string, args = '', options: { readWrite?: boolean } = {}) {
  return nixEvalJson(`import ${JSON.stringify(file)} { pkgs = import ${JSON.stringify(RECORDING)}; ${args} }`, {
    args: options.readWrite ? ['--read-write-mode'] : [],
  }) as Promise<Recorded>;
}

function checkedInLabels(tier: string): Record<string, string> {
  return JSON.parse(readFileSync(join(GENERATED, `labels.${tier}.json`), 'utf8')).labels;
}

const STORE_CONFIG_FILE = (index: number) => new RegExp(`^/nix/store/[a-z0-9]{32}-armorred-config-${index}$`);

describe.skipIf(skip)(`the checked-in nginx-1.26 tiers${skipNote(skip)}`, () => {
  it('hardened: the upstream nginx, no shell, no coreutils, non-root, read-only layout', async () => {
    const recorded = await evaluate(join(GENERATED, 'hardened.nix'));
    expect(recorded.function).toBe('buildLayeredImage');
    expect(Object.keys(recorded.args).every((name) => BUILD_LAYERED_IMAGE_ARGUMENTS.includes(name))).toBe(true);
    expect(Object.keys(recorded.args).sort()).toEqual(['compressor', 'config', 'contents', 'created', 'extraCommands', 'fakeRootCommands', 'name', 'tag']);
    expect(recorded.args.compressor).toBe('none');
    expect(recorded.args.name).toBe('ghcr.io/armorred/nginx');
    expect(recorded.args.tag).toBe('1.26-hardened');
    expect(recorded.args.created).toBe('1970-01-01T00:00:01Z');
    expect(recorded.args.contents).toEqual([{ package: 'nginx' }, { package: 'fake-nss' }, { package: 'ca-certificates' }]);
    const lines = recorded.args.extraCommands.split('\n');
    expect(lines.slice(0, 2)).toEqual(['mkdir -p -- tmp var/cache/nginx var/log/nginx', 'chmod 1777 -- tmp']);
    expect(lines.slice(2).map((line) => line.split(' '))).toEqual([
      ['install', '-D', '-m', '0444', '--', expect.stringMatching(STORE_CONFIG_FILE(0)), 'etc/nginx/nginx.conf'],
      ['install', '-D', '-m', '0444', '--', expect.stringMatching(STORE_CONFIG_FILE(1)), 'usr/share/nginx/html/index.html'],
    ]);
    expect(recorded.args.fakeRootCommands).toBe('chown 65534:65534 -- var/cache/nginx var/log/nginx');
    expect(recorded.args.config).toEqual({
      User: '65534:65534',
      Entrypoint: ['/bin/nginx'],
      Cmd: ['-e', 'stderr', '-c', '/etc/nginx/nginx.conf', '-g', 'daemon off;'],
      Env: ['PATH=/bin'],
      WorkingDir: '/',
      ExposedPorts: { '8080/tcp': {} },
      StopSignal: 'SIGQUIT',
      Labels: { ...checkedInLabels('hardened'), 'org.armorred.pkgs': 'nixpkgs' },
    });
  });

  it('locked: optional modules dropped, symbols stripped, shell and coreutils present', async () => {
    const recorded = await evaluate(join(GENERATED, 'locked.nix'));
    expect(recorded.args.tag).toBe('1.26-locked');
    expect(recorded.args.contents).toEqual([
      {
        package: 'nginx',
        override: { modules: [], withKTLS: false, withPerl: false, withStream: false },
        attrs: { stripAllList: ['bin', 'sbin', 'lib', 'libexec'] },
      },
      { package: 'fake-nss' },
      { package: 'ca-certificates' },
      { package: 'bin-sh' },
      { package: 'coreutils' },
    ]);
    expect(recorded.args.config.Labels).toEqual({ ...checkedInLabels('locked'), 'org.armorred.pkgs': 'nixpkgs' });
  });

  it('take build-time labels as arguments, and report the package set', async () => {
    const recorded = await evaluate(join(GENERATED, 'hardened.nix'), 'revision = "0123abc"; created = "2026-11-22T00:00:00Z";');
    expect(recorded.args.created).toBe('2026-11-22T00:00:00Z');
    expect(recorded.args.config.Labels['org.opencontainers.image.revision']).toBe('0123abc');
    expect(recorded.args.config.Labels['org.opencontainers.image.created']).toBe('2026-11-22T00:00:00Z');
    const offline = (await nixEvalJson(
      `import ${JSON.stringify(join(GENERATED, 'hardened.nix'))} { pkgs = (import ${JSON.stringify(RECORDING)}) // { armorredPackageSet = "offline-debian-bookworm"; }; }`,
    )) as Recorded;
    expect(offline.args.config.Labels['org.armorred.pkgs']).toBe('offline-debian-bookworm');
  });

  it('default to the pinned nixpkgs of their data', async () => {
    const data = JSON.parse(readFileSync(join(GENERATED, 'hardened.json'), 'utf8')) as TierData;
    // The default of `pkgs`, as the function's own argument list states it.
    const pinned = await nixEvalJson(`builtins.functionArgs (import ${JSON.stringify(join(GENERATED, 'hardened.nix'))})`);
    expect(pinned).toEqual({ pkgs: true, revision: true, created: true });
    const source = readFileSync(join(REPO, IMAGE_FUNCTION), 'utf8');
    expect(source).toContain('pkgs ? import (builtins.fetchTarball { inherit (tier.nixpkgs) url sha256; }) { }');
    expect(data.nixpkgs).toEqual({ pin: 'nixos-24.11', url: expect.stringMatching(/^https:\/\//), sha256: expect.any(String) });
  });

  it('are reachable through the catalog entry point', async () => {
    const recorded = (await nixEvalJson(
      `(import ${JSON.stringify(join(REPO, 'default.nix'))} { pkgs = import ${JSON.stringify(RECORDING)}; }).${imageAttrName('nginx-1.26')}.locked`,
    )) as Recorded;
    expect(recorded.args.tag).toBe('1.26-locked');
  });

  it('hold no spec string in their Nix files: the spec reaches Nix as data only', () => {
    const spec = readFileSync(join(REPO, 'images', 'nginx-1.26', 'image.yaml'), 'utf8');
    for (const tier of ['hardened', 'locked']) {
      const nix = readFileSync(join(GENERATED, `${tier}.nix`), 'utf8');
      for (const text of ['nginx', 'Hardened Nginx', '/bin/nginx', 'daemon off;', 'nginx.conf', 'var/log', 'SIGQUIT', '8080', 'caCertificates']) {
        expect(spec).toContain(text);
        expect(nix).not.toContain(text);
      }
    }
  });
});

describe.skipIf(skip)(`a spec full of hostile strings${skipNote(skip)}`, () => {
  let root: string;
  const recorded: Record<string, Recorded> = {};

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'armorred-nix-'));
    const folder = join(root, 'images', 'web-1.0');
    mkdirSync(join(folder, 'generated'), { recursive: true });
    mkdirSync(join(root, 'nix'));
    cpSync(join(REPO, IMAGE_FUNCTION), join(root, IMAGE_FUNCTION));
    writeFileSync(join(folder, 'web.conf'), `listen 8080; # ${HOSTILE}\n`);
    for (const tier of ['hardened', 'locked'] as const) {
      writeFileSync(join(folder, 'generated', `${tier}.json`), renderTierData(compileSpec(hostileSpec(), tier)));
      writeFileSync(join(folder, 'generated', `${tier}.nix`), renderTierEntry('web-1.0', tier));
    }
    writeFileSync(join(root, 'default.nix'), renderCatalogEntry([{ folder: 'web-1.0', tiers: ['hardened', 'locked'] }]));
    for (const tier of ['hardened', 'locked'] as const) {
      recorded[tier] = (await nixEvalJson(
        `(import ${JSON.stringify(join(root, 'default.nix'))} { pkgs = import ${JSON.stringify(RECORDING)}; }).web-1_0.${tier}`,
        {
          // Read-write, so the config file really is in the store for the shell below.
          args: ['--read-write-mode'],
        },
      )) as Recorded;
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('evaluates to the original strings exactly', () => {
    const { config, contents } = recorded.locked!.args;
    expect(config.Entrypoint).toEqual(['/bin/web', HOSTILE]);
    expect(config.Cmd).toEqual(['--', HOSTILE]);
    expect(config.Env).toEqual([`HOSTILE=${HOSTILE}`, 'PLAIN=x']);
    expect(config.Labels['org.opencontainers.image.description']).toBe(`${HOSTILE} (locked tier)`);
    expect(config.User).toBe('1000:1000');
    expect(config.WorkingDir).toBe('/-m777');
    expect(config.ExposedPorts).toEqual({ '53/udp': {}, '8080/tcp': {} });
    expect(config.Volumes).toEqual({ '/--state': {}, '/data': {} });
    expect(config.Healthcheck).toEqual({ Test: ['CMD', '/bin/web', '--health', HOSTILE], Interval: 5e9, Timeout: 3e9, StartPeriod: 2e9, Retries: 3 });
    expect(contents[0]).toEqual({
      package: 'web',
      override: { count: 3, enable: true, flag: HOSTILE, modules: [{ package: 'nginx-module-rtmp' }], names: ['a', HOSTILE] },
      attrs: {
        configureFlags: ['--with-http_ssl_module'],
        postInstall: `echo original postInstall\nrm -f -- "$out"/bin/web-benchmark\nrm -f -- "$out"/-rf\nrm -f -- "$out"/share/doc/web.txt`,
        dontStrip: true,
      },
    });
    // A non-default user gets its own passwd and group lines.
    expect(contents[1]).toEqual({
      package: 'fake-nss',
      override: { extraPasswdLines: ['armorred:x:1000:1000:ARMORRED runtime user:/var/empty:/sbin/nologin'], extraGroupLines: ['armorred:x:1000:'] },
    });
  });

  it('ends the options of every command with --, so a path is never an option', () => {
    const { extraCommands, fakeRootCommands } = recorded.locked!.args;
    const lines = [...extraCommands.split('\n'), ...fakeRootCommands.split('\n')];
    expect(lines.map((line) => line.split(' -- ')[0])).toEqual(['mkdir -p', 'chmod 1777', 'install -D -m 0400', 'install -D -m 0444', 'chown 1000:1000']);
    expect(lines[0]).toBe('mkdir -p -- tmp var/lib/web -rf data --state -m777');
  });

  it('runs in a real shell exactly as the data says: "/-m777" is a folder, not a mode (regression)', () => {
    const { extraCommands, fakeRootCommands } = recorded.locked!.args;
    const layer = join(root, 'layer');
    mkdirSync(layer);
    // As buildLayeredImage does: extraCommands in the layer's root, then fakeRootCommands
    // under fakeroot, and the tree seen from inside fakeroot (numeric owners).
    // umask 022, as Nix gives its builders.
    execFileSync('bash', ['-euo', 'pipefail', '-c', `umask 022\n${extraCommands}`], { cwd: layer, stdio: ['ignore', 'pipe', 'pipe'] });
    const listing = execFileSync(
      'fakeroot',
      ['--', 'bash', '-euo', 'pipefail', '-c', `umask 022\n${fakeRootCommands}\nfind . -mindepth 1 -printf '%P %U:%G %m\\n' | LC_ALL=C sort`],
      { cwd: layer, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    expect(listing.trim().split('\n')).toEqual([
      '--state 1000:1000 755',
      '-R 0:0 755',
      '-R/web.conf 0:0 444',
      '-m777 0:0 755',
      '-rf 1000:1000 755',
      'data 1000:1000 755',
      'etc 0:0 755',
      'etc/web.conf 0:0 400',
      'tmp 0:0 1777',
      'var 0:0 755',
      'var/lib 0:0 755',
      'var/lib/web 1000:1000 755',
    ]);
    expect(readFileSync(join(layer, 'etc', 'web.conf'), 'utf8')).toBe(`listen 8080; # ${HOSTILE}\n`);
    // Nothing outside the layer was touched: the commands only name relative paths.
    expect(readdirSync(layer).sort()).toEqual(['--state', '-R', '-m777', '-rf', 'data', 'etc', 'tmp', 'var']);
  });

  it('removes exactly the dropped files in a real shell, whatever their names', () => {
    const postInstall = recorded.locked!.args.contents[0]!.attrs!.postInstall as string;
    const out = join(root, 'out');
    for (const file of ['bin/web', 'bin/web-benchmark', '-rf', 'share/doc/web.txt', 'share/doc/keep.txt']) {
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, file), 'x');
    }
    execFileSync('bash', ['-euo', 'pipefail', '-c', postInstall], { cwd: root, env: { PATH: process.env.PATH, out }, stdio: ['ignore', 'pipe', 'pipe'] });
    const left = execFileSync('find', ['.', '-type', 'f'], { cwd: out, encoding: 'utf8' }).trim().split('\n').sort();
    expect(left).toEqual(['./bin/web', './share/doc/keep.txt']);
  });

  it('leaves no spec string in the generated Nix files', () => {
    const spec = hostileSpec();
    const nixFiles = ['default.nix', 'images/web-1.0/generated/hardened.nix', 'images/web-1.0/generated/locked.nix'].map((file) => ({
      file,
      text: readFileSync(join(root, file), 'utf8'),
    }));
    // Everything the spec says (but the folder's own name and line, which name the folder),
    // and the names it gives (environment variables, override arguments).
    const strings = [...stringsOf(spec), ...Object.keys(spec.runtime.env ?? {}), ...Object.keys(spec.package.override ?? {})].filter(
      (text) => text.length > 2 && !['web', '1.0'].includes(text),
    );
    expect(strings).toContain(HOSTILE);
    for (const { file, text } of nixFiles) for (const value of strings) expect(text.includes(value), `${file} holds ${JSON.stringify(value)}`).toBe(false);
    // Only the data holds them.
    expect(readFileSync(join(root, 'images/web-1.0/generated/locked.json'), 'utf8')).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });

  it('takes any text in the data as data, newlines included', async () => {
    const data = compileSpec(hostileSpec(), 'hardened');
    const multiLine = `${HOSTILE}\nsecond line ''\${x}\n\ttab \\n`;
    const edited = {
      ...data,
      labels: { ...data.labels, [`${HOSTILE} key`]: multiLine },
      config: { ...data.config, Env: [`MULTI=${multiLine}`], Entrypoint: [multiLine] },
    };
    writeFileSync(join(root, 'images/web-1.0/generated/hardened.json'), renderTierData(edited));
    const result = (await nixEvalJson(
      `(import ${JSON.stringify(join(root, 'default.nix'))} { pkgs = import ${JSON.stringify(RECORDING)}; }).web-1_0.hardened.args.config`,
    )) as Recorded['args']['config'];
    expect(result.Labels[`${HOSTILE} key`]).toBe(multiLine);
    expect(result.Env).toEqual([`MULTI=${multiLine}`]);
    expect(result.Entrypoint).toEqual([multiLine]);
  });

  it('refuses data of another schema version, and config file sources outside the image folder', async () => {
    const data = compileSpec(hostileSpec(), 'hardened');
    const file = join(root, 'images/web-1.0/generated/hardened.json');
    const evaluateTier = () =>
      nixEvalJson(`(import ${JSON.stringify(join(root, 'default.nix'))} { pkgs = import ${JSON.stringify(RECORDING)}; }).web-1_0.hardened.args.extraCommands`);
    writeFileSync(file, renderTierData({ ...data, schemaVersion: 2 } as unknown as TierData));
    await expect(evaluateTier()).rejects.toThrow(/tier data of schema version 2; nix\/image.nix reads version 1: run npx armorred generate/);
    for (const source of ['../../../etc/passwd', 'conf/../../x', '/etc/passwd', './web.conf']) {
      writeFileSync(file, renderTierData({ ...data, configFiles: [{ source, target: '/etc/x', mode: '0444' }] }));
      const error = await evaluateTier().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(NixError);
      expect((error as NixError).message).toContain(`config file source ${JSON.stringify(source)} must stay inside the image folder`);
    }
  });
});
