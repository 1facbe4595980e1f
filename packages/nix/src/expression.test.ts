// The generated expressions, evaluated by real Nix against a package set that records how
// dockerTools and the packages are called (test/recording-pkgs.nix). Asserts what each
// tier asks for: arguments, config, labels, contents, customisation.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTier, type ImageSpec } from '@armorred/spec';
import type { CatalogSpec } from '@armorred/catalog';
import { tierLabels } from '@armorred/labels';
import { imageAttrName } from '@armorred/repository';
import { CompileError, compileTier, renderCatalogEntry } from './expression.js';
import { nixAvailable, nixEvalJson, nixParse } from './nix-cli.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const RECORDING = join(REPO, 'packages', 'nix', 'test', 'recording-pkgs.nix');
const hasNix = await nixAvailable();
const skipReason = '(skipped: nix-instantiate not installed)';

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

interface Recorded {
  function: string;
  args: {
    name: string;
    tag: string;
    created: string;
    compressor: string;
    contents: { package: string; override?: Record<string, unknown>; attrs?: Record<string, unknown> }[];
    extraCommands: string;
    fakeRootCommands: string;
    config: Record<string, unknown> & { Labels: Record<string, string> };
  };
}

function evaluate(file: string, args = '') {
  return nixEvalJson(`import ${JSON.stringify(file)} { pkgs = import ${JSON.stringify(RECORDING)}; ${args} }`) as Promise<Recorded>;
}

function checkedInLabels(tier: string): Record<string, string> {
  return JSON.parse(readFileSync(join(REPO, 'images', 'nginx-1.26', 'generated', `labels.${tier}.json`), 'utf8')).labels;
}

describe.skipIf(!hasNix)(`the checked-in nginx-1.26 expressions ${skipReason}`, () => {
  const generated = join(REPO, 'images', 'nginx-1.26', 'generated');

  it('parse (nix-instantiate --parse), as does default.nix', async () => {
    await nixParse(join(generated, 'hardened.nix'));
    await nixParse(join(generated, 'locked.nix'));
    await nixParse(join(REPO, 'default.nix'));
  });

  it('hardened: the upstream nginx, no shell, no coreutils, non-root, read-only layout', async () => {
    const recorded = await evaluate(join(generated, 'hardened.nix'));
    expect(recorded.function).toBe('buildLayeredImage');
    expect(Object.keys(recorded.args).every((name) => BUILD_LAYERED_IMAGE_ARGUMENTS.includes(name))).toBe(true);
    expect(Object.keys(recorded.args).sort()).toEqual(['compressor', 'config', 'contents', 'created', 'extraCommands', 'fakeRootCommands', 'name', 'tag']);
    expect(recorded.args.compressor).toBe('none');
    expect(recorded.args.name).toBe('ghcr.io/armorred/nginx');
    expect(recorded.args.tag).toBe('1.26-hardened');
    expect(recorded.args.created).toBe('1970-01-01T00:00:01Z');
    expect(recorded.args.contents).toEqual([{ package: 'nginx' }, { package: 'fake-nss' }, { package: 'ca-certificates' }]);
    expect(recorded.args.extraCommands.split('\n')).toEqual([
      "mkdir -p 'tmp' 'var/cache/nginx' 'var/log/nginx'",
      "chmod 1777 'tmp'",
      expect.stringMatching(/^install -D -m '0444' \/nix\/store\/[a-z0-9]{32}-armorred-config-0 'etc\/nginx\/nginx.conf'$/),
      expect.stringMatching(/^install -D -m '0444' \/nix\/store\/[a-z0-9]{32}-armorred-config-1 'usr\/share\/nginx\/html\/index.html'$/),
    ]);
    expect(recorded.args.fakeRootCommands).toBe("chown 65534:65534 'var/cache/nginx' 'var/log/nginx'");
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
    const recorded = await evaluate(join(generated, 'locked.nix'));
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
    expect(recorded.args.config.Labels['org.armorred.tier']).toBe('locked');
    expect(recorded.args.config.Labels).toEqual({ ...checkedInLabels('locked'), 'org.armorred.pkgs': 'nixpkgs' });
  });

  it('takes build-time labels as arguments, and reports the package set', async () => {
    const recorded = await evaluate(join(generated, 'hardened.nix'), 'revision = "0123abc"; created = "2026-11-22T00:00:00Z";');
    expect(recorded.args.created).toBe('2026-11-22T00:00:00Z');
    expect(recorded.args.config.Labels['org.opencontainers.image.revision']).toBe('0123abc');
    expect(recorded.args.config.Labels['org.opencontainers.image.created']).toBe('2026-11-22T00:00:00Z');
    const offline = (await nixEvalJson(
      `import ${JSON.stringify(join(generated, 'hardened.nix'))} { pkgs = (import ${JSON.stringify(RECORDING)}) // { armorredPackageSet = "offline-debian-bookworm"; }; }`,
    )) as Recorded;
    expect(offline.args.config.Labels['org.armorred.pkgs']).toBe('offline-debian-bookworm');
  });

  it('are reachable through the catalog entry point', async () => {
    const recorded = (await nixEvalJson(
      `(import ${JSON.stringify(join(REPO, 'default.nix'))} { pkgs = import ${JSON.stringify(RECORDING)}; }).${imageAttrName('nginx-1.26')}.locked`,
    )) as Recorded;
    expect(recorded.args.tag).toBe('1.26-locked');
  });
});

const CATALOG: CatalogSpec = {
  registry: 'ghcr.io/armorred',
  vendor: 'ARMORRED',
  repository: 'https://github.com/armorred/images',
  nixpkgs: { 'nixos-24.11': { rev: '50ab793786d9de88ee30ec4e4c24fb4236fc2674', sha256: '1s2gr5rcyqvpr58vxdcb095mdhblij9bfzaximrva2243aal3dgx' } },
  defaults: { user: 65534, group: 65534 },
  tiers: { hardened: { description: 'h' }, locked: { description: 'l' } },
  images: ['web-1.0'],
};

const HOSTILE = '${builtins.abort "x"} "q" \\b \'\' `id` $(id) $HOME ünï';

function hostileSpec(): ImageSpec {
  return {
    name: 'web',
    version: '1.0.1',
    line: '1.0',
    description: HOSTILE,
    licenses: 'MIT',
    nixpkgs: 'nixos-24.11',
    package: {
      attr: 'web',
      override: { flag: HOSTILE, count: 3, modules: [{ package: 'nginxModules.rtmp' }] },
      dropConfigureFlags: ['--with-http_xslt_module'],
    },
    runtime: {
      user: 1000,
      group: 1000,
      entrypoint: ['/bin/web', HOSTILE],
      env: { HOSTILE, PLAIN: 'x' },
      writablePaths: ['/tmp', '/var/lib/web'],
      configFiles: [{ source: 'web.conf', target: '/etc/web.conf', mode: '0400' }],
      ports: [{ port: 53, protocol: 'udp' }, { port: 8080 }],
    },
    tiers: { hardened: {}, locked: { package: { strip: 'none' } } },
  };
}

describe.skipIf(!hasNix)(`a spec full of hostile strings ${skipReason}`, () => {
  it('compiles to Nix that evaluates to the original strings exactly', async () => {
    const root = mkdtempSync(join(tmpdir(), 'armorred-nix-'));
    try {
      const folder = join(root, 'images', 'web-1.0');
      mkdirSync(join(folder, 'generated'), { recursive: true });
      writeFileSync(join(folder, 'web.conf'), 'listen 8080;\n');
      const resolved = resolveTier(hostileSpec(), 'locked', CATALOG.defaults);
      const labels = tierLabels(resolved, CATALOG, 'web-1.0');
      const { text } = compileTier({ resolved, catalog: CATALOG, folder: 'web-1.0', labels, sourceFile: () => 'file' });
      writeFileSync(join(folder, 'generated', 'locked.nix'), text);
      writeFileSync(join(root, 'default.nix'), renderCatalogEntry([{ folder: 'web-1.0', tiers: ['locked'] }]));
      await nixParse(join(folder, 'generated', 'locked.nix'));
      const recorded = await evaluate(join(folder, 'generated', 'locked.nix'));
      expect(recorded.args.config.Entrypoint).toEqual(['/bin/web', HOSTILE]);
      expect(recorded.args.config.Env).toEqual([`HOSTILE=${HOSTILE}`, 'PLAIN=x']);
      expect(recorded.args.config.Labels['org.opencontainers.image.description']).toBe(`${HOSTILE} (locked tier)`);
      expect(recorded.args.config.User).toBe('1000:1000');
      expect(recorded.args.config.ExposedPorts).toEqual({ '53/udp': {}, '8080/tcp': {} });
      expect(recorded.args.contents[0]).toEqual({
        package: 'web',
        override: { count: 3, flag: HOSTILE, modules: [{ package: 'nginx-module-rtmp' }] },
        attrs: { configureFlags: ['--with-http_ssl_module'], dontStrip: true },
      });
      // A non-default user gets its own passwd and group lines.
      expect(recorded.args.contents[1]).toEqual({
        package: 'fake-nss',
        override: { extraPasswdLines: ['armorred:x:1000:1000:ARMORRED runtime user:/var/empty:/sbin/nologin'], extraGroupLines: ['armorred:x:1000:'] },
      });
      expect(recorded.args.extraCommands).toMatch(/install -D -m '0400' \/nix\/store\/[a-z0-9]{32}-armorred-config-0 'etc\/web.conf'$/);
      expect(recorded.args.fakeRootCommands).toBe("chown 1000:1000 'var/lib/web'");
      const viaEntry = (await nixEvalJson(
        `(import ${JSON.stringify(join(root, 'default.nix'))} { pkgs = import ${JSON.stringify(RECORDING)}; }).${imageAttrName('web-1.0')}.locked.args.config.Entrypoint`,
      )) as string[];
      expect(viaEntry).toEqual(['/bin/web', HOSTILE]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('what the compiler refuses', () => {
  function compile(spec: ImageSpec, tier: 'hardened' | 'locked' = 'hardened', sourceFile = () => 'file' as const) {
    const resolved = resolveTier(spec, tier, CATALOG.defaults);
    return () => compileTier({ resolved, catalog: CATALOG, folder: 'web-1.0', labels: tierLabels(resolved, CATALOG, 'web-1.0'), sourceFile });
  }

  function problems(fn: () => unknown): string[] {
    try {
      fn();
    } catch (error) {
      if (error instanceof CompileError) return error.problems.map((problem) => `${problem.path.join('.')}: ${problem.message}`);
      throw error;
    }
    return [];
  }

  it('a shell package in a tier that declares no shell', () => {
    const spec = { ...hostileSpec(), contents: ['dockerTools.binSh'] };
    expect(problems(compile(spec))).toEqual([
      'contents.0: "dockerTools.binSh" puts a shell in the image, but the tier declares shell: false; remove it or set shell: true',
    ]);
  });

  it('a config file that a writable mount would hide', () => {
    const spec = hostileSpec();
    spec.runtime.configFiles = [{ source: 'web.conf', target: '/var/lib/web/web.conf' }];
    expect(problems(compile(spec))).toEqual([
      'runtime.configFiles.0.target: "/var/lib/web/web.conf" is under the writable path /var/lib/web, whose mount would hide it; ship it elsewhere or drop /var/lib/web from writablePaths',
    ]);
  });

  it('a config file whose source escapes the image folder', () => {
    const spec = hostileSpec();
    spec.runtime.configFiles = [{ source: 'conf/../../../etc/shadow', target: '/etc/web.conf' }];
    expect(problems(compile(spec))).toEqual([
      'runtime.configFiles.0.source: "conf/../../../etc/shadow" would leave the image folder: it may not contain ".." segments; use a path inside the image folder',
    ]);
    expect(problems(compile(hostileSpec(), 'hardened', () => 'symlink' as const))).toEqual([
      'runtime.configFiles.0.source: "web.conf" is a symlink (or under one); the catalog does not follow symlinks: replace it with the file itself',
    ]);
  });

  it('emits byte-identical text for the same input', () => {
    const first = compile(hostileSpec(), 'locked')();
    const second = compile(hostileSpec(), 'locked')();
    expect(second.text).toBe(first.text);
  });
});
