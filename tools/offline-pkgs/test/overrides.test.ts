// `.override` / `.overrideAttrs` of the offline package set (a TEST FIXTURE):
// every exposed package has both; arguments a Debian binary cannot honour, and
// names the nixpkgs function does not have, fail at evaluation naming both the
// argument and the package.
import { beforeAll, describe, expect, it } from 'vitest';
import { evalError, evalOk, fetchDebs, nix } from './helpers.js';

describe.skipIf(nix.skip)(`override and overrideAttrs of the offline package set${nix.note}`, () => {
  beforeAll(async () => {
    nix.require();
    await fetchDebs();
  });

  it('refuses an argument value Debian\'s binary cannot honour, naming argument and package', async () => {
    expect(await evalError('(pkgs.redis.override { tlsSupport = false; }).outPath')).toBe(
      "error: offline-pkgs: redis.override: argument 'tlsSupport = false' cannot be honoured by Debian's redis binary (built with TLS)",
    );
    const systemd = await evalError('(pkgs.redis.override { withSystemd = false; }).drvPath');
    expect(systemd).toContain("redis.override: argument 'withSystemd = false' cannot be honoured");
    const jit = await evalError('(pkgs.postgresql_15.override { jitSupport = true; }).outPath');
    expect(jit).toContain("postgresql_15.override: argument 'jitSupport = true' cannot be honoured by Debian's postgresql_15 binary");
    const perl = await evalError('(pkgs.nginx.override { withPerl = true; }).outPath');
    expect(perl).toContain("nginx.override: argument 'withPerl = true' cannot be honoured");
    const ldap = await evalError('(pkgs.curl.override { ldapSupport = false; }).outPath');
    expect(ldap).toContain("curl.override: argument 'ldapSupport = false' cannot be honoured");
    const dep = await evalError('(pkgs.redis.override { openssl = null; }).outPath');
    expect(dep).toContain("redis.override: argument 'openssl = null' cannot be honoured by Debian's redis binary (it links libssl3");
  });

  it('refuses an argument name the nixpkgs function does not have, naming argument and package', async () => {
    const redis = await evalError('(pkgs.redis.override { withTls = true; }).outPath');
    expect(redis).toMatch(/^error: offline-pkgs: redis\.override: unknown argument 'withTls': nixpkgs' redis \(nixos-24\.11\) has no such argument; it takes: .*tlsSupport/);
    expect(await evalError('(pkgs.jq.override { colour = true; }).outPath')).toContain("jq.override: unknown argument 'colour'");
    expect(await evalError('(pkgs.nginx.override { withHttp3 = true; }).outPath')).toContain("nginx.override: unknown argument 'withHttp3'");
    // A raw Debian package has no nixpkgs function: no argument at all.
    expect(await evalError('(pkgs.debian.libssl3.override { static = false; }).outPath')).toContain("debian.libssl3.override: 'debian.libssl3' is not a nixpkgs package");
    // ... also after overrideAttrs, and in the function form of override
    expect(await evalError('((pkgs.redis.overrideAttrs (o: { })).override (old: { foo = 1; })).outPath')).toContain("redis.override: unknown argument 'foo'");
  });

  it('gives every exposed package override and overrideAttrs (none can fail with "attribute \'override\' missing")', async () => {
    const result = (await evalOk(`
      let
        split = s: builtins.filter builtins.isString (builtins.split "\\\\." s);
        check = path: let p = lib.getAttrFromPath path pkgs; in {
          name = builtins.concatStringsSep "." path;
          override = builtins.isFunction (p.override or null);
          overrideAttrs = builtins.isFunction (p.overrideAttrs or null);
          # override with no arguments and overrideAttrs with no change are the package itself
          same = (p.override { }).outPath == p.outPath && (p.overrideAttrs (old: { })).outPath == p.outPath;
        };
      in map check (map split pkgs.armorredOffline.attributes ++ map (n: [ "debian" n ]) (builtins.attrNames pkgs.debian))
    `)) as { name: string; override: boolean; overrideAttrs: boolean; same: boolean }[];
    const names = result.map((r) => r.name);
    for (const expected of ['redis', 'postgresql_15', 'jq', 'curl', 'tzdata', 'nginx', 'nginxModules.rtmp', 'glibc', 'openssl', 'bashInteractive', 'debian.libc6', 'debian.redis-tools']) {
      expect(names).toContain(expected);
    }
    expect(result.filter((r) => !r.override || !r.overrideAttrs || !r.same)).toEqual([]);
    expect(result.length).toBeGreaterThan(100);
  });

  it('honours arguments: fixed values equal to Debian\'s build, dependencies, nginx and busybox switches', async () => {
    const same = await evalOk(`{
      tls = (pkgs.redis.override { tlsSupport = true; withSystemd = true; lua = null; }).outPath == pkgs.redis.outPath;
      # a library argument replaces Debian's library in buildInputs (here by a stripped variant)
      dep = let o = pkgs.openssl.overrideAttrs (old: { stripAllList = [ "lib" ]; }); r = pkgs.redis.override { openssl = o; };
            in builtins.elem o.outPath (map (p: p.outPath) r.buildInputs) && r.outPath != pkgs.redis.outPath;
      stream = builtins.elem "--with-stream" (pkgs.nginx.override { withStream = false; }).configureFlags;
      streamLoaded = map (m: m.debianPackage) (pkgs.nginx.override { modules = [ ]; withStream = false; }).loadedModules;
      applets = (pkgs.busybox.override { enableAppletSymlinks = false; }).outPath != pkgs.busybox.outPath;
    }`);
    expect(same).toEqual({ tls: true, dep: true, stream: false, streamLoaded: ['libnginx-mod-http-xslt-filter'], applets: true });
  });

  it('overrideAttrs takes old: and final: prev:, appends postInstall, keeps stripAllList and dontStrip', async () => {
    const value = await evalOk(`{
      old = (pkgs.jq.overrideAttrs (old: { postInstall = old.postInstall + "touch marker"; })).postInstall;
      final = (pkgs.jq.overrideAttrs (final: prev: { marker = "m-" + final.pname; })).marker;
      strip = (pkgs.redis.overrideAttrs (old: { stripAllList = [ "bin" ]; dontStrip = true; })).drvAttrs.stripAllList;
      dontStrip = (pkgs.redis.overrideAttrs (old: { dontStrip = true; })).drvAttrs.dontStrip;
      # the set's own layout step (busybox applets) runs first, the package's postInstall after it
      busybox = lib.hasPrefix "# nixpkgs' busybox" (pkgs.busybox.overrideAttrs (old: { postInstall = "echo after"; })).drvAttrs.postInstall;
      nginxLocked = map (m: m.debianPackage) ((pkgs.nginx.override { modules = [ ]; withStream = false; withKTLS = false; withPerl = false; }).overrideAttrs (old: {
        stripAllList = (old.stripAllList or [ ]) ++ [ "bin" "lib" ];
      })).loadedModules;
    }`);
    expect(value).toEqual({
      old: 'touch marker',
      final: 'm-jq',
      strip: ['bin'],
      dontStrip: true,
      busybox: true,
      nginxLocked: ['libnginx-mod-http-xslt-filter'],
    });
  });

  it('has no pkgs.postgresql (16 in nixpkgs 24.11) and says what to use', async () => {
    expect(await evalError('pkgs.postgresql.outPath')).toContain('use pkgs.postgresql_15');
  });

  it('labels the set as the offline Debian fixture', async () => {
    expect(await evalOk('pkgs.armorredPackageSet')).toBe('offline-debian-bookworm');
    expect(await evalOk('pkgs.redis.version')).toMatch(/^5:7\.0\.\d+-/);
  });
});
