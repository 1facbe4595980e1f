# ARMORRED offline package set -- A TEST FIXTURE, NOT NIXPKGS.
#
# A small package set with the same interface as the parts of nixpkgs
# (nixos-24.11) that ARMORRED's image expressions use (dockerTools.buildLayeredImage
# & friends, fakeNss, binSh, a minimal `lib`, and packages such as nginx, redis,
# postgresql_15 with their nixpkgs attribute names and `override` arguments),
# whose packages are made from pinned Debian bookworm .deb files. Images built
# with it carry Debian's versions (nginx 1.22.1, redis 7.0.15, PostgreSQL 15.x),
# never nixpkgs' builds. Real releases build against the pinned nixpkgs. See README.md.
#
#   nix-build image.nix --arg pkgs 'import ./tools/offline-pkgs { }' --option substituters ''
#
# Data-driven: packages.txt -> (fetch-debs.sh --update-lock) -> debs.lock.json,
# which lists every pinned .deb with its resolved dependencies and which nixpkgs
# attribute is made of which Debian packages. Every lock entry becomes
# `debian.<name>`, every attribute of the lock a package, built generically
# (lib/build-deb.sh). The hand-written parts below are small tables: per-Debian-
# package layout fixes, and per-attribute `override` argument tables.
#
# Needs `bash tools/offline-pkgs/fetch-debs.sh` first, and host tools at
# /usr/bin, /bin (Debian's nix runs builders without a sandbox): bash, coreutils,
# tar, gzip, dpkg-deb, patchelf, binutils (strip), fakeroot, jq, findutils, sed.
{ debDir ? ./cache }:

let
  system = "x86_64-linux";
  hostPath = "/usr/bin:/bin:/usr/sbin:/sbin";
  setName = "offline-debian-bookworm";

  # nixpkgs-compatible subset of `lib` (also exposed as pkgs.lib).
  lib = import ./lib;

  # ---------------------------------------------------------------- helpers
  inherit (builtins) attrNames concatMap concatStringsSep elem filter foldl' head isAttrs
    isBool isFunction isInt isList isPath isString length listToAttrs map removeAttrs
    replaceStrings split tail toJSON;
  inherit (lib) optional optionals unique hasPrefix isDerivation mapAttrs;

  toLower = replaceStrings
    [ "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" ]
    [ "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" ];

  # Characters Nix store names reject (Debian uses ':' for epochs, '~' in
  # versions, apt-get download writes ':' as '%3a') become '_'.
  sanitise = s:
    let r = replaceStrings [ ":" "~" "%" "/" " " ] [ "_" "_" "_" "_" "_" ] s;
    in if builtins.match "[a-zA-Z0-9+._?=-]+" r != null then r
       else throw "offline-pkgs: cannot make a store name from '${s}'";

  splitDots = s: filter isString (split "\\." s);

  # nixpkgs-style makeOverridable: result.override { ... } re-calls f.
  makeOverridable = f: origArgs:
    let
      result = f origArgs;
      overrideWith = newArgs: origArgs // (if isFunction newArgs then newArgs origArgs else newArgs);
    in
    if isAttrs result
    then result // { override = newArgs: makeOverridable f (overrideWith newArgs); }
    else result;

  # overrideAttrs takes `old: { ... }` or `final: prev: { ... }` (nixpkgs'
  # lib.toExtension): f prev; if that is a function, f final prev.
  toExtension = f: final: prev:
    let r = f prev; in if isFunction r then f final prev else r;

  # The attributes after the overlays, as a fixpoint (final = the result).
  applyOverlays = base: overlays:
    let final = foldl' (prev: f: prev // toExtension f final prev) base overlays;
    in final;

  # Attach passthru attributes the way mkDerivation does.
  withPassthru = drv: passthru: drv // passthru // { inherit passthru; };

  # A value, shown in an error message as Nix would write it.
  show = v:
    if v == null then "null"
    else if isBool v then (if v then "true" else "false")
    else if isInt v then toString v
    else if isString v then toJSON v
    else if isPath v then toString v
    else if isList v then "[ ${concatStringsSep " " (map show v)} ]"
    else if isFunction v then "«lambda»"
    else if isDerivation v then "«derivation ${v.name or "?"}»"
    else "{ ... }";

  # ------------------------------------------------------------ the .debs
  lockFile = builtins.fromJSON (builtins.readFile ./debs.lock.json);
  lock = listToAttrs (map (p: { name = p.name; value = p; }) lockFile.packages);
  lockEntry = name: lock.${name} or (throw "offline-pkgs: '${name}' is not in debs.lock.json (add it to packages.txt and run: bash tools/offline-pkgs/fetch-debs.sh --update-lock)");

  fetchHint = "run: bash tools/offline-pkgs/fetch-debs.sh";

  # One pinned .deb in the store, content-verified: builtins.path checks the
  # flat sha256 from the lock (a changed file is an evaluation error).
  debFile = debName:
    let
      entry = lockEntry debName;
      path = debDir + "/${entry.filename}";
    in
    if !(builtins.pathExists path) then
      throw "offline-pkgs: ${entry.filename} is missing from ${toString debDir}; ${fetchHint}"
    else if builtins.hashFile "sha256" path != entry.sha256 then
      throw "offline-pkgs: ${toString path} does not match the sha256 pinned in debs.lock.json; ${fetchHint} (or --update-lock to re-pin)"
    else
      builtins.path { inherit path; name = sanitise entry.filename; sha256 = entry.sha256; recursive = false; };

  # -------------------------------------------------------------- builders
  raw = attrs: derivation ({ inherit system; PATH = hostPath; preferLocalBuild = true; allowSubstitutes = false; } // attrs);

  runCommand = name: env: buildCommand:
    let passthru = env.passthru or { }; in
    withPassthru
      (raw ((removeAttrs env [ "passthru" "meta" ]) // {
        inherit name buildCommand;
        passAsFile = [ "buildCommand" ] ++ (env.passAsFile or [ ]);
        builder = "/bin/bash";
        args = [ "-c" "set -euo pipefail; source \"$buildCommandPath\"; exit 0" ];
      }))
      passthru;

  writeTextFile = { name, text, destination ? "", executable ? false }:
    runCommand name { inherit text destination executable; passAsFile = [ "text" ]; } ''
      target="$out$destination"
      mkdir -p "$(dirname "$target")"
      cp "$textPath" "$target"
      if [ -n "$executable" ]; then chmod +x "$target"; fi
    '';
  writeText = name: text: writeTextFile { inherit name text; };
  writeTextDir = path: text: writeTextFile { inherit text; name = baseNameOf path; destination = "/${path}"; };
  writeScript = name: text: writeTextFile { inherit name text; executable = true; };

  symlinkJoin = { name, paths, postBuild ? "", passthru ? { }, ... }@args:
    runCommand name ((removeAttrs args [ "name" "paths" "postBuild" ]) // { inherit paths postBuild passthru; lndir = ./lib/lndir.sh; }) ''
      source "$lndir"
      mkdir -p "$out"
      for p in $paths; do link_tree "$p" "$out"; done
      eval "$postBuild"
    '';

  # ------------------------------------------- layout fixes per Debian package
  # Applied wherever the .deb is unpacked: alone (debian.<name>) or merged into a
  # split attribute. Keys: dropPaths (relative to the .deb root, removed before
  # the layout step), keepEtc, dontPatchELF, postInstall (cwd = $out, runs before
  # the package's own postInstall), passthru. Everything else is generic:
  # lib/build-deb.sh maps usr/bin, usr/lib, usr/share ... into bin/, lib/, share/.
  layout = {
    libc6 = {
      # The loader and libc stay as Debian built them; gconv modules are looked
      # up at Debian's compiled-in path only, so they are dropped.
      dontPatchELF = true;
      dropPaths = [ "usr/lib/x86_64-linux-gnu/gconv" "lib64" ];
    };
    busybox.postInstall = ''
      # nixpkgs' busybox has one bin/ symlink per applet (enableAppletSymlinks).
      if [ "''${enableAppletSymlinks-1}" = 1 ]; then
        for applet in $(bin/busybox --list); do
          [ -e "bin/$applet" ] || ln -s busybox "bin/$applet"
        done
      fi
    '';
    ca-certificates.postInstall = ''
      # Like update-ca-certificates: every Mozilla root, in name order, in one
      # bundle (nixpkgs' cacert: etc/ssl/certs/ca-bundle.crt), then the extra ones.
      mkdir -p etc/ssl/certs
      for c in $(cd share/ca-certificates/mozilla && ls *.crt | LC_ALL=C sort); do
        sed -e '$a\' "share/ca-certificates/mozilla/$c"
      done > etc/ssl/certs/ca-bundle.crt
      if [ -n "''${extraCertificates:-}" ]; then
        printf '%s\n' "$extraCertificates" >> etc/ssl/certs/ca-bundle.crt
      fi
      rm -rf bin share
    '';
    # Redis is one binary that acts by the name it is called with. Debian ships it as
    # bin/redis-check-rdb plus an identical copy redis-check-aof, with redis-server a
    # symlink; nixpkgs' `make install` layout has bin/redis-server as the binary and the
    # check tools as symlinks to it. Use nixpkgs' layout, so dropping the check tools
    # (e.g. a tier's package.dropFiles) leaves the server whole.
    redis-tools.postInstall = ''
      if [ -L bin/redis-server ] && [ -f bin/redis-check-rdb ]; then
        rm bin/redis-server bin/redis-check-aof
        mv bin/redis-check-rdb bin/redis-server
        ln -s redis-server bin/redis-check-rdb
        ln -s redis-server bin/redis-check-aof
      fi
    '';
    # PostgreSQL finds share/ and lib/ relative to the real path of its binary
    # (Debian: bindir /usr/lib/postgresql/15/bin, sharedir /usr/share/postgresql/15),
    # so Debian's layout is kept (lib/postgresql/15/bin, share/postgresql/15) and
    # bin/ gets symlinks, as nixpkgs has the programs in $out/bin.
    postgresql-15 = {
      # JIT (llvmjit.so + LLVM bitcode) is left out, as in nixpkgs' postgresql_15
      # (jitSupport = false); libllvm14 is skipped in packages.txt.
      dropPaths = [ "usr/lib/postgresql/15/lib/bitcode" "usr/lib/postgresql/15/lib/llvmjit.so" "usr/lib/postgresql/15/lib/llvmjit_types.bc" ];
      # nixpkgs builds postgres --with-system-tzdata=<tzdata>/share/zoneinfo, so its
      # binary finds the time zones by store path. Debian's reads /usr/share/zoneinfo:
      # the package carries that path as a link to tzdata, so an image that contains
      # postgresql_15 gets /usr/share/zoneinfo (and tzdata in its closure) as with nixpkgs.
      postInstall = postgresqlBinLinks + ''
        mkdir -p usr/share
        ln -s ${pkgs.tzdata}/share/zoneinfo usr/share/zoneinfo
      '';
    };
    postgresql-client-15 = {
      # PGXS (extension build system, Perl test modules): nixpkgs moves it to $dev.
      dropPaths = [ "usr/lib/postgresql/15/lib/pgxs" ];
      postInstall = postgresqlBinLinks;
    };
  };
  postgresqlBinLinks = ''
    mkdir -p bin
    for f in lib/postgresql/*/bin/*; do
      [ -e "bin/''${f##*/}" ] || ln -s "../$f" "bin/''${f##*/}"
    done
  '';

  # A Debian nginx dynamic module: lib/nginx/modules/*.so plus
  # share/nginx/modules-available/mod-*.conf whose load_module line names the
  # .so by its absolute store path.
  nginxModuleLayout = {
    postInstall = ''
      for c in share/nginx/modules-available/*.conf; do
        sed -i -e "s|\(load_module[[:space:]]\{1,\}\)modules/|\1$out/lib/nginx/modules/|" "$c"
        grep -q "load_module $out/lib/nginx/modules/" "$c"
      done
    '';
    passthru.isOfflineNginxModule = true;
  };

  layoutFor = name: layout.${name} or (if hasPrefix "libnginx-mod-" name then nginxModuleLayout else { });

  # --------------------------------------------------- the generic package
  # One store path made of the Debian packages `members` (usually one; several
  # for a split package), unpacked by lib/build-deb.sh. Its nixpkgs-like
  # attributes (what overrideAttrs sees as `old`):
  #   pname, version      store name <pname>-<version> (Debian's version)
  #   buildInputs         packages whose lib/ dirs resolve the ELF files' DT_NEEDED
  #                       (default: the members' dependencies from the lock); only
  #                       the ones used end up referenced (RUNPATH)
  #   postInstall         shell run last in $out (after the layout fixes)
  #   stripAllList, stripDebugList, dontStrip   as in nixpkgs' stdenv
  #   dropPaths, keepEtc, dontPatchELF          layout (from the table above)
  #   passthru, meta
  # Other attributes are passed to the builder, as mkDerivation does.
  # spec: { members, pname ? <first member>, apply ? (attrs: attrs) (the
  # override arguments' effect, before the overlays), finish ? (attrs: attrs)
  # (after them), stdenvInputs ? [ ] (appended to buildInputs, invisible to
  # overrideAttrs, like nixpkgs' stdenv), passthru ? { } }.
  debPackage = spec: overlays:
    let
      members = spec.members;
      entries = map lockEntry members;
      first = head entries;
      fixes = map layoutFor members;
      depNames = filter (n: !(elem n members)) (unique (concatMap (e: e.depends) entries));
      base = (spec.apply or (a: a)) ({
        pname = spec.pname or first.name;
        version = first.version;
        buildInputs = map (n: debian.${n}) depNames;
        postInstall = "";
        dropPaths = concatMap (f: f.dropPaths or [ ]) fixes;
        keepEtc = lib.any (f: f.keepEtc or false) fixes;
        dontPatchELF = lib.any (f: f.dontPatchELF or false) fixes;
        passthru = foldl' (acc: f: acc // (f.passthru or { })) { } fixes // (spec.passthru or { });
        meta = {
          description = "Debian bookworm's ${concatStringsSep " + " members} ${first.version}, offline package set (test fixture, not nixpkgs)";
        };
      });
      # spec.finish: a package's own last step on the final attributes (nginx).
      attrs = (spec.finish or (a: a)) (applyOverlays base overlays);
      deps = attrs.buildInputs ++ (spec.stdenvInputs or [ ]);
      glibc = let l = filter (p: (p.debianPackage or null) == "libc6") deps; in if l == [ ] then null else head l;
      env = (removeAttrs attrs [ "passthru" "meta" "buildInputs" "postInstall" ]) // {
        name = "${sanitise attrs.pname}-${sanitise attrs.version}";
        builder = "/bin/bash";
        args = [ ./lib/build-deb.sh ];
        debs = map debFile members;
        inherit deps glibc;
        postInstall = concatStringsSep "" (map (f: f.postInstall or "") fixes) + attrs.postInstall;
        debianPackages = members;
      };
    in
    withPassthru (raw env) attrs.passthru // {
      inherit (attrs) pname version meta buildInputs;
      debianPackage = head members;
      debianPackages = members;
      debianVersion = first.version;
      overrideAttrs = f: debPackage spec (overlays ++ [ f ]);
    };

  # ------------------------------------------------------------ override
  # Every exposed package has `.override` and `.overrideAttrs`. `.override`
  # takes the argument names of the package's nixpkgs function (nixos-24.11);
  # each argument is classified in the package's table below:
  #   build       a build-time input of the nixpkgs build: accepted, no effect
  #   none why    accepted, no effect (why: what Debian's binary does)
  #   fixed v why only the value v is accepted (Debian's binary is built that
  #               way, `why`); any other value fails at evaluation
  #   no why      any value fails at evaluation (unsupported)
  #   dep deb     honoured: the package given replaces the Debian library `deb`
  #               in buildInputs (e.g. an overrideAttrs variant of pkgs.openssl);
  #               null fails (Debian's binary links it)
  #   custom {default, apply, check}   honoured, package-specific
  # An argument name the nixpkgs function does not have fails too. A package of
  # packages.txt without a table (table = null) takes no arguments until one is
  # added; debian.* and nginxModules.* (table = { }) never take any.
  k = {
    build = { kind = "no effect"; why = "build-time input of the nixpkgs build"; };
    none = why: { kind = "no effect"; inherit why; };
    fixed = value: why: { kind = "fixed"; inherit value why; default = value; };
    no = why: { kind = "unsupported"; inherit why; };
    dep = deb: { kind = "honoured"; dependency = deb; why = "replaces Debian's ${deb} in buildInputs"; };
    custom = why: attrs: { kind = "honoured"; inherit why; } // attrs;
  };
  builds = names: lib.genAttrs names (_: k.build);

  overrideError = attr: msg: throw "offline-pkgs: ${attr}.override: ${msg}";

  # The arguments given (plus the defaults) after checking them against the table.
  checkArgs = attr: table: args:
    let
      unknown = filter (n: !(table != null && table ? ${n})) (attrNames args);
      check = n:
        let e = table.${n}; v = args.${n}; in
        if e.kind == "fixed" && v != e.value then
          overrideError attr "argument '${n} = ${show v}' cannot be honoured by Debian's ${attr} binary (${e.why})"
        else if e.kind == "unsupported" then
          overrideError attr "argument '${n} = ${show v}' cannot be honoured by Debian's ${attr} binary (${e.why})"
        else if e ? dependency && !(isDerivation v) then
          overrideError attr "argument '${n} = ${show v}' cannot be honoured by Debian's ${attr} binary (it links ${e.dependency}; pass a package of this set, e.g. pkgs.${n} or an overrideAttrs variant of it)"
        else if e ? check then e.check attr n v
        else true;
      defaults = mapAttrs (_: e: e.default) (lib.filterAttrs (_: e: e ? default) (if table == null then { } else table));
    in
    if unknown != [ ] then
      overrideError attr (
        if table == null then "there is no override table for '${attr}' in tools/offline-pkgs/default.nix yet, so it takes no arguments (got '${head unknown}'); add one with the argument names of its nixpkgs function"
        else if table == { } then "'${attr}' is not a nixpkgs package (a raw Debian package or a module); it takes no override arguments, got '${head unknown}'"
        else "unknown argument '${head unknown}': nixpkgs' ${attr} (nixos-24.11) has no such argument; it takes: ${concatStringsSep ", " (attrNames table)}")
    else foldl' (acc: n: builtins.seq (check n) acc) (defaults // args) (attrNames args);

  # The effect of the honoured arguments on the package's attributes.
  applyArgs = table: args: attrs0:
    foldl'
      (attrs: n:
        let e = table.${n}; v = args.${n}; in
        if e ? dependency then
          attrs // { buildInputs = map (p: if (p.debianPackage or null) == e.dependency then v else p) attrs.buildInputs; }
        else if e ? apply then e.apply v attrs
        else attrs)
      attrs0
      (attrNames args);

  # An exposed package: `make checkedArgs overlays` builds it; override and
  # overrideAttrs re-enter here, so both keep working after each other.
  overridable = { attr, table, make }:
    let
      go = args: overlays:
        let
          checked = checkArgs attr table args;
          pkg = make checked overlays;
        in
        builtins.seq checked (pkg // {
          override = newArgs: go (args // (if isFunction newArgs then newArgs checked else newArgs)) overlays;
          overrideAttrs = f: go args (overlays ++ [ f ]);
        });
    in
    go { } [ ];

  # A generic attribute: the Debian packages `members`, the table's honoured
  # arguments applied before the overlays.
  genericAttribute = attr: members: table: overridable {
    inherit attr table;
    make = args: overlays: debPackage {
      inherit members;
      pname = if length members == 1 then head members else attr;
      apply = applyArgs table args;
    } overlays;
  };

  # ------------------------------------------------ override tables per attribute
  # The argument names of each nixpkgs function (nixos-24.11), classified. A
  # package of packages.txt without a table takes no override arguments.
  tables = {
    glibc = builds [ "lib" "stdenv" "callPackage" "linuxHeaders" "pkgsBuildBuild" "libgcc" ] // {
      withLinuxHeaders = k.none "Debian's libc6 is built against Debian's kernel headers";
      profilingLibraries = k.fixed false "no profiling libraries (libc6-prof is not in this set)";
      withGd = k.fixed false "memusagestat (gd) is not part of libc6";
      enableCET = k.none "Debian's libc6 is used as built (its libc.so.6 carries no CET property note)";
      enableCETRuntimeDefault = k.none "see enableCET";
    };
    libxcrypt = builds [ "lib" "stdenv" "fetchurl" "perl" "nixosTests" "runCommand" "python3" ] // {
      enableHashes = k.none "Debian's libcrypt1 enables all hash methods (a superset of \"strong\")";
    };
    zlib = builds [ "lib" "stdenv" "fetchurl" "testers" "minizip" ] // {
      shared = k.fixed true "shared library";
      static = k.none "the static library is in zlib1g-dev, not in the runtime package";
      splitStaticOutput = k.none "see static";
    };
    xz = builds [ "lib" "stdenv" "fetchurl" "writeScript" "testers" ] // {
      enableStatic = k.fixed false "shared library (liblzma5)";
    };
    pcre2 = builds [ "lib" "stdenv" "fetchurl" ] // {
      withJitSealloc = k.none "the JIT allocator is whatever Debian's libpcre2-8-0 was built with";
    };
    openssl = builds [ "lib" "stdenv" "fetchurl" "buildPackages" "perl" "coreutils" "writeShellScript" "makeWrapper" "makeBinaryWrapper" "removeReferencesTo" "testers" "cryptodev" "zlib" ] // {
      withCryptodev = k.fixed false "no /dev/crypto engine";
      withZlib = k.fixed false "built without zlib (TLS compression)";
      enableSSL2 = k.fixed false "no SSLv2";
      enableSSL3 = k.fixed false "no SSLv3";
      enableMD2 = k.fixed false "no MD2";
      enableKTLS = k.none "whether kernel TLS is used is decided by how Debian built libssl3";
      static = k.fixed false "shared libraries (libssl3)";
      conf = k.fixed null "libssl3 reads Debian's openssl.cnf path; no configuration file is part of this set";
    };
    icu = builds [ "stdenv" "lib" "buildPackages" "fetchurl" "fixDarwinDylibNames" "nativeBuildRoot" "testers" "updateAutotoolsGnuConfigScriptsHook" "nix-update-script" ] // {
      buildRootOnly = k.fixed false "the libraries (libicu72)";
      withStatic = k.fixed false "shared libraries";
    };
    libxml2 = builds [ "stdenv" "lib" "fetchurl" "pkg-config" "autoreconfHook" "libintl" "python" "gettext" "ncurses" "findXMLCatalogs" "libiconv" "gnome" "testers" ] // {
      pythonSupport = k.none "the Python bindings are Debian's python3-libxml2, not part of this package";
      icuSupport = k.fixed true "built with ICU; nixpkgs' default is false";
      icu = k.dep "libicu72";
      zlibSupport = k.fixed true "built with zlib; nixpkgs' default is false";
      zlib = k.dep "zlib1g";
      enableShared = k.fixed true "shared library";
      enableStatic = k.none "the static library is in libxml2-dev";
      enableHttp = k.none "Debian's libxml2 2.9.14 has its HTTP client built in";
    };
    libxslt = builds [ "lib" "stdenv" "fetchurl" "pkg-config" "findXMLCatalogs" "gettext" "python" "ncurses" "gnome" ] // {
      libxml2 = k.dep "libxml2";
      libgcrypt = k.dep "libgcrypt20";
      cryptoSupport = k.fixed true "built with libgcrypt; nixpkgs' default is false";
      pythonSupport = k.none "the Python bindings are not part of this package";
    };
    libgcrypt = builds [ "lib" "stdenv" "fetchurl" "gettext" "buildPackages" "testers" "libcap" ] // {
      libgpg-error = k.dep "libgpg-error0";
      enableCapabilities = k.fixed false "built without libcap";
    };
    libgpg-error = builds [ "stdenv" "lib" "buildPackages" "fetchurl" "gettext" ] // {
      genPosixLockObjOnly = k.fixed false "the library";
    };
    libselinux = builds [ "lib" "stdenv" "fetchurl" "buildPackages" "pkg-config" "libsepol" "swig" "python3" "python3Packages" "fts" ] // {
      pcre2 = k.dep "libpcre2-8-0";
      enablePython = k.fixed false "the Python bindings are Debian's python3-selinux";
    };
    acl = builds [ "lib" "stdenv" "fetchurl" "gettext" "attr" ];
    attr = builds [ "lib" "stdenv" "fetchurl" "gettext" ];
    gmp = builds [ "lib" "stdenv" "fetchurl" "m4" "buildPackages" ] // {
      cxx = k.none "Debian's C++ binding is libgmpxx4ldbl, not part of this package";
      withStatic = k.fixed false "shared library";
    };
    ncurses = builds [ "lib" "stdenv" "fetchurl" "buildPackages" "pkg-config" "gpm" "testers" "binlore" ] // {
      abiVersion = k.fixed "6" "ABI 6 (libtinfo.so.6)";
      enableStatic = k.fixed false "shared library";
      withCxx = k.none "this package is Debian's libtinfo6 (terminfo access), without the C++ binding";
      mouseSupport = k.fixed false "no gpm";
      unicodeSupport = k.none "libtinfo6 is independent of the wide-character build";
    };
    bash = builds [ "lib" "stdenv" "buildPackages" "fetchurl" "updateAutotoolsGnuConfigScriptsHook" "bison" "util-linux" "texinfo" "pkgsStatic" ] // {
      interactive = k.none "Debian's bash has readline line editing either way";
      readline = k.none "Debian's bash links its bundled readline statically";
      withDocs = k.none "documentation is dropped";
      forFHSEnv = k.none "Debian's bash has an FHS default PATH (like forFHSEnv = true)";
    };
    coreutils = builds [ "lib" "stdenv" "fetchurl" "autoreconfHook" "buildPackages" "libiconv" "perl" "texinfo" "xz" "binlore" "coreutils" "libsepol" "openssl" ] // {
      gmpSupport = k.fixed true "built with GMP (libgmp10)";
      gmp = k.dep "libgmp10";
      aclSupport = k.fixed true "built with ACL support (libacl1)";
      acl = k.dep "libacl1";
      attrSupport = k.fixed true "built with xattr support (libattr1)";
      attr = k.dep "libattr1";
      selinuxSupport = k.fixed true "built with SELinux support; nixpkgs' default is false";
      libselinux = k.dep "libselinux1";
      minimal = k.fixed true "built without OpenSSL";
      withOpenssl = k.fixed false "built without OpenSSL";
      withPrefix = k.fixed false "unprefixed program names";
      singleBinary = k.none "Debian installs one binary per tool; callers see the same bin/ names";
    };
    busybox = builds [ "stdenv" "lib" "buildPackages" "fetchurl" "fetchFromGitLab" ] // {
      enableStatic = k.fixed false "dynamically linked (Debian's busybox, not busybox-static)";
      enableMinimal = k.fixed false "Debian's full configuration";
      enableAppletSymlinks = k.custom "true: one bin/ symlink per applet; false: only bin/busybox" {
        default = true;
        check = attr: n: v: isBool v || overrideError attr "argument '${n}' must be a boolean, got ${show v}";
        apply = v: attrs: if v then attrs else attrs // { enableAppletSymlinks = false; };
      };
      useMusl = k.fixed false "linked against glibc";
      musl = k.none "not used (glibc)";
      extraConfig = k.fixed "" "Debian's .config is fixed";
    };
    cacert = builds [ "lib" "stdenv" "writeText" "fetchFromGitHub" "buildcatrust" "runCommand" "cacert" "openssl" ] // {
      blacklist = k.fixed [ ] "the bundle holds every root of Debian's ca-certificates; removing some is not supported";
      extraCertificateFiles = k.custom "PEM files appended to etc/ssl/certs/ca-bundle.crt" {
        default = [ ];
        check = attr: n: v: isList v || overrideError attr "argument '${n}' must be a list of paths, got ${show v}";
        apply = v: attrs: if v == [ ] then attrs else attrs // { extraCertificates = lib.concatStringsSep "\n\n" ((lib.toList (attrs.extraCertificates or [ ])) ++ map builtins.readFile v); };
      };
      extraCertificateStrings = k.custom "PEM strings appended to etc/ssl/certs/ca-bundle.crt" {
        default = [ ];
        check = attr: n: v: (isList v && lib.all isString v) || overrideError attr "argument '${n}' must be a list of strings, got ${show v}";
        apply = v: attrs: if v == [ ] then attrs else attrs // { extraCertificates = lib.concatStringsSep "\n\n" ((lib.toList (attrs.extraCertificates or [ ])) ++ v); };
      };
      nssOverride = k.fixed null "Debian's Mozilla roots of ca-certificates 20250419";
    };
    tzdata = builds [ "lib" "stdenv" "fetchurl" "buildPackages" ];
    jq = builds [ "lib" "stdenv" "fetchurl" "removeReferencesTo" "autoreconfHook" "bison" "patchelf" ] // {
      onigurumaSupport = k.fixed true "built with Oniguruma regular expressions (libonig5)";
      oniguruma = k.dep "libonig5";
    };
    curl = builds [ "lib" "stdenv" "fetchurl" "darwin" "pkg-config" "perl" "nixosTests"
      "coeurl" "curlpp" "haskellPackages" "ocamlPackages" "phpExtensions" "pkgsStatic" "python3" "tests" "testers" "fetchpatch" ] // {
      brotliSupport = k.fixed true "built with brotli";
      brotli = k.dep "libbrotli1";
      c-aresSupport = k.fixed false "threaded resolver, no c-ares";
      c-aresMinimal = k.none "not used";
      gnutlsSupport = k.fixed false "TLS through OpenSSL (Debian's GnuTLS flavour is libcurl3-gnutls, not in this set)";
      gnutls = k.none "not the TLS backend (it is in the closure through libldap and librtmp)";
      gsaslSupport = k.fixed false "no libgsasl";
      gsasl = k.none "not used";
      gssSupport = k.fixed true "built with GSS-API (Kerberos)";
      libkrb5 = k.dep "libgssapi-krb5-2";
      http2Support = k.fixed true "built with nghttp2";
      nghttp2 = k.dep "libnghttp2-14";
      http3Support = k.fixed false "no HTTP/3";
      nghttp3 = k.none "not used";
      ngtcp2 = k.none "not used";
      websocketSupport = k.fixed false "no WebSockets (experimental in curl 7.88)";
      idnSupport = k.fixed true "built with libidn2";
      libidn2 = k.dep "libidn2-0";
      ldapSupport = k.fixed true "built with LDAP; nixpkgs' default is false";
      openldap = k.dep "libldap-2.5-0";
      opensslSupport = k.fixed true "TLS through OpenSSL";
      openssl = k.dep "libssl3";
      pslSupport = k.fixed true "built with libpsl";
      libpsl = k.dep "libpsl5";
      rtmpSupport = k.fixed true "built with librtmp; nixpkgs' default is false";
      rtmpdump = k.dep "librtmp1";
      scpSupport = k.fixed true "built with libssh2 (SCP/SFTP)";
      libssh2 = k.dep "libssh2-1";
      wolfsslSupport = k.fixed false "TLS through OpenSSL";
      wolfssl = k.none "not used";
      rustlsSupport = k.fixed false "TLS through OpenSSL";
      rustls-ffi = k.none "not used";
      zlibSupport = k.fixed true "built with zlib";
      zlib = k.dep "zlib1g";
      zstdSupport = k.fixed true "built with zstd";
      zstd = k.dep "libzstd1";
    };
    redis = builds [ "lib" "stdenv" "fetchurl" "fetchpatch" "pkg-config" "nixosTests" "tcl" "which" "ps" "getconf" ] // {
      lua = k.none "Debian's redis embeds its Lua 5.1 interpreter";
      jemalloc = k.dep "libjemalloc2";
      useSystemJemalloc = k.fixed true "linked against the system jemalloc (libjemalloc2)";
      withSystemd = k.fixed true "built with systemd notify support (libsystemd0)";
      systemd = k.dep "libsystemd0";
      tlsSupport = k.fixed true "built with TLS";
      openssl = k.dep "libssl3";
    };
    postgresql_15 = builds [ "stdenv" "lib" "fetchurl" "fetchpatch" "makeWrapper" "pkg-config" "substituteAll" "darwin"
      "bison" "flex" "perl" "docbook_xml_dtd_45" "docbook-xsl-nons" "libxslt" "removeReferencesTo" "writeShellScriptBin"
      "self" "newScope" "buildEnv" "stdenvNoCC" "postgresqlTestHook" "testers" "nixosTests" "nukeReferences" "llvmPackages" "overrideCC" "python3" ] // {
      glibc = k.dep "libc6";
      zlib = k.dep "zlib1g";
      readline = k.dep "libreadline8";
      openssl = k.dep "libssl3";
      icu = k.dep "libicu72";
      lz4 = k.dep "liblz4-1";
      zstd = k.dep "libzstd1";
      systemdLibs = k.dep "libsystemd0";
      libuuid = k.dep "libuuid1";
      libxml2 = k.dep "libxml2";
      libkrb5 = k.dep "libgssapi-krb5-2";
      linux-pam = k.dep "libpam0g";
      tzdata = k.none "the package links usr/share/zoneinfo to pkgs.tzdata, where Debian's binary reads the time zones";
      systemdSupport = k.fixed true "built with systemd notify support";
      gssSupport = k.fixed true "built with GSS-API";
      jitSupport = k.fixed false "Debian's JIT module (llvmjit.so, LLVM 14) is left out, as in nixpkgs' postgresql_15";
      pythonSupport = k.fixed false "PL/Python is Debian's postgresql-plpython3-15, not in this set";
      version = k.no "this set has only Debian's PostgreSQL ${(lockEntry "postgresql-15").version}";
      hash = k.no "this set has only Debian's build";
      muslPatches = k.no "this set has only Debian's glibc build";
    };
  } // {
    # nixpkgs: bashInteractive = bash.override { interactive = true; withDocs = true; }
    bashInteractive = tables.bash;
  };

  # ------------------------------------------------------------------ nginx
  # Debian builds nginx's optional modules as dynamic modules; nixpkgs compiles
  # them in. nginx.override arguments and configureFlags select the module
  # packages, whose load_module lines go to etc/nginx/modules-enabled/.
  nginxInput = name: k.custom "becomes part of the default buildInputs (the libraries bin/nginx's DT_NEEDED are resolved against)" {
    default = if name == "pcre" then null else pkgs.${name};
  };
  boolArg = why: default: k.custom why {
    inherit default;
    check = attr: n: v: isBool v || overrideError attr "argument '${n}' must be a boolean, got ${show v}";
  };
  nginxTable = builds [ "lib" "stdenv" "fetchurl" "fetchpatch" "nginx-doc" "nixosTests" "installShellFiles"
    "substituteAll" "replaceVars" "removeReferencesTo" "zlib-ng" ] // {
    openssl = nginxInput "openssl";
    zlib = nginxInput "zlib";
    pcre2 = nginxInput "pcre2";
    pcre = nginxInput "pcre";
    libxml2 = nginxInput "libxml2";
    libxslt = nginxInput "libxslt";
    gd = k.fixed null "nixpkgs' nginx has image_filter compiled in; Debian's module for it is not in this set";
    geoip = k.fixed null "Debian's geoip modules are not in this set";
    perl = k.none "only used with withPerl";
    withDebug = k.fixed false "Debian ships no debug binary";
    withKTLS = k.none "it only adds --with-openssl-opt=enable-ktls, which matters when nginx builds OpenSSL itself; Debian's libssl3 decides" // { default = true; };
    withStream = boolArg "true: --with-stream... flags, which load libnginx-mod-stream" true;
    withMail = boolArg "true: --with-mail... flags, which load libnginx-mod-mail" false;
    withPerl = k.fixed false "Debian's perl module needs a whole perl at Debian's paths; not supported by the offline package set";
    withSlice = k.none "Debian's nginx has the slice module built in either way" // { default = false; };
    modules = k.custom "the module packages (pkgs.nginxModules.*) to load" {
      default = [ pkgs.nginxModules.rtmp pkgs.nginxModules.dav pkgs.nginxModules.moreheaders ];
      check = attr: n: v:
        let names = map (m: m.name or "?") v; in
        if !(isList v) then overrideError attr "argument 'modules' must be a list, got ${show v}"
        else if lib.any (m: !(m.isOfflineNginxModule or false)) v then
          overrideError attr "argument 'modules' must hold modules from pkgs.nginxModules of the offline package set (rtmp, dav, moreheaders); got ${show v}"
        else if unique names != names then overrideError attr "duplicate modules: ${concatStringsSep ", " names}"
        else true;
    };
  };

  # nixpkgs' configureFlags for nginx; here only --with-http_xslt_module,
  # --with-stream, --with-mail (and --with-http_perl_module, refused) change what
  # is built: they select Debian's dynamic modules.
  nginxConfigureFlags = a: [
    "--sbin-path=bin/nginx"
    "--with-http_ssl_module"
    "--with-http_v2_module"
    "--with-http_realip_module"
    "--with-http_addition_module"
    "--with-http_xslt_module"
    "--with-http_sub_module"
    "--with-http_dav_module"
    "--with-http_flv_module"
    "--with-http_mp4_module"
    "--with-http_gunzip_module"
    "--with-http_gzip_static_module"
    "--with-http_auth_request_module"
    "--with-http_random_index_module"
    "--with-http_secure_link_module"
    "--with-http_degradation_module"
    "--with-http_stub_status_module"
    "--with-threads"
    "--with-pcre-jit"
    "--http-log-path=/var/log/nginx/access.log"
    "--error-log-path=/var/log/nginx/error.log"
    "--pid-path=/var/log/nginx/nginx.pid"
    "--http-client-body-temp-path=/tmp/nginx_client_body"
    "--http-proxy-temp-path=/tmp/nginx_proxy"
    "--http-fastcgi-temp-path=/tmp/nginx_fastcgi"
    "--http-uwsgi-temp-path=/tmp/nginx_uwsgi"
    "--http-scgi-temp-path=/tmp/nginx_scgi"
  ]
  ++ optional a.withDebug "--with-debug"
  ++ optional a.withKTLS "--with-openssl-opt=enable-ktls"
  ++ optionals a.withStream [ "--with-stream" "--with-stream_realip_module" "--with-stream_ssl_module" "--with-stream_ssl_preread_module" ]
  ++ optionals a.withMail [ "--with-mail" "--with-mail_ssl_module" ]
  ++ optionals a.withPerl [ "--with-http_perl_module" ]
  ++ optional a.withSlice "--with-http_slice_module"
  ++ [ "--with-file-aio" ];

  nginxError = msg: throw "offline-pkgs: nginx: ${msg} (offline-debian-bookworm, a test fixture; see tools/offline-pkgs/README.md)";

  nginx = overridable {
    attr = "nginx";
    table = nginxTable;
    make = a: overlays: debPackage {
      members = [ "nginx" ];
      pname = "nginx";
      # nixpkgs' stdenv brings libxcrypt and glibc; not part of buildInputs.
      stdenvInputs = [ pkgs.libxcrypt pkgs.glibc ];
      apply = base: base // {
        configureFlags = nginxConfigureFlags a;
        buildInputs = filter (x: x != null) [ a.openssl a.zlib (if a.pcre2 != null then a.pcre2 else a.pcre) a.libxml2 a.libxslt ];
        passthru = base.passthru // { inherit (a) modules; };
        meta = {
          description = "nginx from Debian bookworm, offline package set (test fixture, not nixpkgs)";
          homepage = "https://nginx.org";
        };
      };
      finish = attrs:
        let
          flags = attrs.configureFlags or [ ];
          has = flag: elem flag flags;
          stripAllList = attrs.stripAllList or [ ];
          stripMod = m:
            if stripAllList != [ ] && !(attrs.dontStrip or false)
            then m.overrideAttrs (o: { stripAllList = (o.stripAllList or [ ]) ++ stripAllList; })
            else m;
          builtinModules =
            optional (has "--with-http_xslt_module") debian.libnginx-mod-http-xslt-filter
            ++ optional (has "--with-stream") debian.libnginx-mod-stream
            ++ optional (has "--with-mail") debian.libnginx-mod-mail;
          selected = map stripMod (builtinModules ++ a.modules);
        in
        if has "--with-http_perl_module" then
          nginxError "--with-http_perl_module (withPerl) is not supported by the offline package set (Debian's perl module needs a whole perl at Debian's paths)"
        else if has "--with-http_xslt_module" && !(elem a.libxml2 attrs.buildInputs && elem a.libxslt attrs.buildInputs) then
          nginxError "--with-http_xslt_module needs libxml2 and libxslt in buildInputs (in nixpkgs configure would fail)"
        else attrs // {
          nginxModules = selected;
          postInstall = ''
            if [ -n "$nginxModules" ]; then
              mkdir -p etc/nginx/modules-enabled
              for m in $nginxModules; do
                for c in "$m"/share/nginx/modules-available/*.conf; do
                  cp "$c" "etc/nginx/modules-enabled/50-$(basename "$c")"
                done
              done
            fi
          '' + (attrs.postInstall or "");
          passthru = (attrs.passthru or { }) // { modules = a.modules; loadedModules = selected; };
        };
    } overlays;
  };

  # --------------------------------------------------- attributes of the lock
  # Every pinned .deb by its Debian name, with overrideAttrs and an `override`
  # that takes no arguments (a raw Debian package has no nixpkgs function).
  debian = mapAttrs
    (name: _: overridable {
      attr = "debian.${name}";
      table = { };
      make = _: overlays: debPackage { members = [ name ]; } overlays;
    })
    lock;

  # How an attribute of packages.txt is built: nginx by its own function above,
  # nginxModules.* are the Debian module packages, the rest generically.
  special = {
    nginx = _: nginx;
  };
  buildAttribute = attr: members:
    if special ? ${attr} then special.${attr} members
    else if hasPrefix "nginxModules." attr && length members == 1 then debian.${head members}
    else genericAttribute attr members (tables.${attr} or null);

  # nested attribute paths (nginxModules.rtmp) -> nested sets
  setPath = path: value: acc:
    let n = head path; in
    if length path == 1 then acc // { ${n} = value; }
    else acc // { ${n} = setPath (tail path) value (acc.${n} or { }); };
  attributes = foldl'
    (acc: attr: setPath (splitDots attr) (buildAttribute attr lockFile.attributes.${attr}) acc)
    { }
    (attrNames lockFile.attributes);

  # Names exposed as in nixpkgs that are the same package here.
  aliases = {
    nginxStable = attributes.nginx;
    bashInteractive = (genericAttribute "bashInteractive" lockFile.attributes.bash tables.bashInteractive);
    # nixpkgs 24.11's `postgresql` is PostgreSQL 16; Debian bookworm has only 15.
    postgresql = throw "offline-pkgs: pkgs.postgresql is PostgreSQL 16 in nixpkgs 24.11, which Debian bookworm does not have; use pkgs.postgresql_15 (see tools/offline-pkgs/README.md)";
  };

  # For tools and tests: what this set exposes, and the override tables as data.
  offlineInfo = {
    attributes = attrNames lockFile.attributes ++ [ "nginxStable" "bashInteractive" ];
    overrideTables = mapAttrs
      (_: table: mapAttrs (_: e: removeAttrs e [ "check" "apply" "default" ] // (if e ? default && !(isDerivation e.default) && !(isList e.default && lib.any isDerivation e.default) then { inherit (e) default; } else { })) table)
      (tables // { nginx = nginxTable; });
  };
  # ------------------------------------------------------------ dockerTools
  defaultArchitecture = "amd64"; # go.GOARCH of x86_64-linux

  compressors = {
    none = { ext = ""; compress = "cat"; };
    gz = { ext = ".gz"; compress = "gzip -n -6"; };
    zstd = { ext = ".zst"; compress = "zstd -q -T$NIX_BUILD_CORES"; };
  };

  refuse = fn: what: throw "dockerTools.${fn}: ${what} is not supported by the offline package set (offline-debian-bookworm, a test fixture); see tools/offline-pkgs/README.md";

  # Same arguments as nixos-24.11 (closed pattern: an unknown one is an error).
  streamLayeredImage = makeOverridable (
    { name
    , tag ? null
    , fromImage ? null
    , contents ? [ ]
    , config ? { }
    , architecture ? defaultArchitecture
    , created ? "1970-01-01T00:00:01Z"
    , mtime ? "1970-01-01T00:00:01Z"
    , uid ? 0
    , gid ? 0
    , uname ? "root"
    , gname ? "root"
    , maxLayers ? 100
    , extraCommands ? ""
    , fakeRootCommands ? ""
    , enableFakechroot ? false
    , includeStorePaths ? true
    , includeNixDB ? false
    , passthru ? { }
    }:
    let
      baseName = baseNameOf name;
      contentsList = if isList contents then contents else [ contents ];

      baseJson = writeText "${baseName}-base.json" (builtins.toJSON {
        inherit config architecture;
        os = "linux";
      });

      customisationLayer = raw {
        name = "${baseName}-customisation-layer";
        builder = "/bin/bash";
        args = [ ./lib/customisation-layer.sh ];
        lndir = ./lib/lndir.sh;
        paths = contentsList;
        inherit extraCommands fakeRootCommands mtime;
        passAsFile = [ "extraCommands" "fakeRootCommands" ];
      };

      closureRoots = optionals includeStorePaths [ baseJson customisationLayer ];

      conf = withPassthru
        (raw ({
          name = "${baseName}-conf.json";
          builder = "/bin/bash";
          args = [ ./lib/image-conf.sh ];
          inherit baseJson customisationLayer created mtime uid gid uname gname maxLayers;
          tag = if tag == null then "" else tag;
          imageName = toLower name;
          excludePaths = [ baseJson customisationLayer ];
          graphs = optionals includeStorePaths [ "graph-base" "graph-customisation" ];
        } // (if includeStorePaths then {
          exportReferencesGraph = [ "graph-base" baseJson "graph-customisation" customisationLayer ];
        } else { })))
        {
          imageTag = if tag != null then tag else builtins.substring 0 32 (baseNameOf conf.outPath);
        };

      result = withPassthru
        (raw {
          name = "stream-${baseName}";
          builder = "/bin/bash";
          imageName = toLower name;
          stream = ./lib/stream-layered-image.sh;
          inherit conf;
          args = [ "-c" ''
            set -euo pipefail
            printf '#!/bin/bash\nexec /bin/bash %s %s "$@"\n' "$stream" "$conf" >"$out"
            chmod +x "$out"
            exit 0 # a builtin last: see "Machine quirk" in README.md
          '' ];
        })
        (passthru // {
          inherit (conf) imageTag;
          imageName = toLower name;
          isExe = true;
          armorredPackageSet = setName;
        });
    in
    if fromImage != null then refuse "streamLayeredImage" "fromImage (base images)"
    else if enableFakechroot then refuse "streamLayeredImage" "enableFakechroot = true"
    else if includeNixDB then refuse "streamLayeredImage" "includeNixDB = true"
    else if !(maxLayers > 1) then throw "the maxLayers argument of dockerTools.buildLayeredImage function must be greather than 1 (current value: ${toString maxLayers})"
    else result
  );

  buildLayeredImage = makeOverridable ({ name, compressor ? "gz", ... }@args:
    let
      stream = streamLayeredImage (removeAttrs args [ "compressor" ]);
      compress = compressors.${compressor} or (throw "dockerTools.buildLayeredImage: unknown compressor '${compressor}' (none, gz, zstd)");
    in
    withPassthru
      (raw {
        name = "${baseNameOf name}.tar${compress.ext}";
        builder = "/bin/bash";
        inherit (stream) imageName;
        inherit stream;
        args = [ "-c" "set -euo pipefail; \"$stream\" | ${compress.compress} > \"$out\"; exit 0" ];
      })
      {
        inherit (stream) imageTag imageName;
        inherit stream;
        armorredPackageSet = setName;
      });

  fakeNss = makeOverridable
    ({ extraPasswdLines ? [ ], extraGroupLines ? [ ], symlinkJoin ? null, writeTextDir ? null, runCommand ? null }:
      let
        lines = ls: concatStringsSep "" (map (l: l + "\n") ls);
      in
      pkgs.symlinkJoin {
        name = "fake-nss";
        paths = [
          (pkgs.writeTextDir "etc/passwd" ''
            root:x:0:0:root user:/var/empty:/bin/sh
            ${lines extraPasswdLines}nobody:x:65534:65534:nobody:/var/empty:/bin/sh
          '')
          (pkgs.writeTextDir "etc/group" ''
            root:x:0:
            ${lines extraGroupLines}nobody:x:65534:
          '')
          (pkgs.writeTextDir "etc/nsswitch.conf" ''
            hosts: files dns
          '')
          (pkgs.runCommand "var-empty" { } ''
            mkdir -p $out/var/empty
          '')
        ];
      })
    { };

  dockerTools = {
    inherit streamLayeredImage buildLayeredImage fakeNss;

    binSh = runCommand "bin-sh" { } ''
      mkdir -p $out/bin
      ln -s ${pkgs.bashInteractive}/bin/bash $out/bin/sh
    '';

    usrBinEnv = runCommand "usr-bin-env" { } ''
      mkdir -p $out/usr/bin
      ln -s ${pkgs.coreutils}/bin/env $out/usr/bin
    '';

    caCertificates = runCommand "ca-certificates" { } ''
      mkdir -p $out/etc/ssl/certs $out/etc/pki/tls/certs
      # Old NixOS compatibility.
      ln -s ${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt $out/etc/ssl/certs/ca-bundle.crt
      # NixOS canonical location + Debian/Ubuntu/Arch/Gentoo compatibility.
      ln -s ${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt $out/etc/ssl/certs/ca-certificates.crt
      # CentOS/Fedora compatibility.
      ln -s ${pkgs.cacert}/etc/ssl/certs/ca-bundle.crt $out/etc/pki/tls/certs/ca-bundle.crt
    '';
  };

  # ------------------------------------------------------------ the set
  pkgs = attributes // aliases // {
    armorredPackageSet = setName;
    armorredOffline = offlineInfo;
    inherit lib system dockerTools debian;
    inherit runCommand writeText writeTextDir writeTextFile writeScript symlinkJoin;
  };
in
pkgs
