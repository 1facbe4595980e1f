# ARMORRED offline package set -- A TEST FIXTURE, NOT NIXPKGS.
#
# A small package set with the same interface as the parts of nixpkgs
# (nixos-24.11) that ARMORRED's generated image expressions use
# (dockerTools.buildLayeredImage & friends, fakeNss, binSh, nginx with its
# override arguments, ...), whose packages are made from pinned Debian bookworm
# .deb files (debs.lock.json). Images built with it carry Debian's versions
# (nginx 1.22.1), never nixpkgs' builds. Real releases build against the pinned
# nixpkgs. See README.md.
#
#   nix-build image.nix --arg pkgs 'import ./tools/offline-pkgs { }' --option substituters ''
#
# Needs `bash tools/offline-pkgs/fetch-debs.sh` first, and host tools at
# /usr/bin, /bin (Debian's nix runs builders without a sandbox): bash, coreutils,
# tar, gzip, dpkg-deb, patchelf, binutils (strip), fakeroot, jq, findutils, sed.
{ debDir ? ./cache }:

let
  system = "x86_64-linux";
  hostPath = "/usr/bin:/bin:/usr/sbin:/sbin";
  setName = "offline-debian-bookworm";

  # ---------------------------------------------------------------- helpers
  inherit (builtins) attrNames concatStringsSep elem filter foldl' isAttrs
    isFunction isList length listToAttrs map removeAttrs replaceStrings;

  optional = cond: x: if cond then [ x ] else [ ];
  optionals = cond: xs: if cond then xs else [ ];
  unique = foldl' (acc: x: if elem x acc then acc else acc ++ [ x ]) [ ];
  toLower = replaceStrings
    [ "A" "B" "C" "D" "E" "F" "G" "H" "I" "J" "K" "L" "M" "N" "O" "P" "Q" "R" "S" "T" "U" "V" "W" "X" "Y" "Z" ]
    [ "a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p" "q" "r" "s" "t" "u" "v" "w" "x" "y" "z" ];

  # Characters Nix store names reject (Debian uses ':' for epochs, '~' in
  # versions, apt-get download writes ':' as '%3a') become '_'.
  sanitise = s:
    let r = replaceStrings [ ":" "~" "%" "/" " " ] [ "_" "_" "_" "_" "_" ] s;
    in if builtins.match "[a-zA-Z0-9+._?=-]+" r != null then r
       else throw "offline-pkgs: cannot make a store name from '${s}'";

  # nixpkgs-style makeOverridable: result.override { ... } re-calls f.
  makeOverridable = f: origArgs:
    let
      result = f origArgs;
      overrideWith = newArgs: origArgs // (if isFunction newArgs then newArgs origArgs else newArgs);
    in
    if isAttrs result
    then result // { override = newArgs: makeOverridable f (overrideWith newArgs); }
    else result;

  # overrideAttrs accepts `old: { ... }` and `final: prev: { ... }` (final ~ prev here).
  applyOverlay = f: prev:
    let r = f prev; in if isFunction r then r prev else r;

  # Attach passthru attributes the way mkDerivation does.
  withPassthru = drv: passthru: drv // passthru // { inherit passthru; };

  # ------------------------------------------------------------ the .debs
  lockFile = builtins.fromJSON (builtins.readFile ./debs.lock.json);
  lock = listToAttrs (map (p: { name = p.name; value = p; }) lockFile.packages);

  fetchHint = "run: bash tools/offline-pkgs/fetch-debs.sh";

  # One pinned .deb in the store, content-verified: builtins.path checks the
  # flat sha256 from the lock (a changed file is an evaluation error).
  debFile = debName:
    let
      entry = lock.${debName} or (throw "offline-pkgs: '${debName}' is not in debs.lock.json (add it to packages.txt and run fetch-debs.sh --update-lock)");
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

  # A package made from Debian .deb(s): one store path per Debian package,
  # named <debian name>-<debian version>. Supports overrideAttrs.
  mkDeb = attrs0:
    let
      a = {
        pname = attrs0.deb;
        version = (lock.${attrs0.deb} or { version = "unknown"; }).version;
        deps = [ ];
        glibc = pkgs.glibc;
        dropPaths = [ ];
        keepEtc = false;
        dontPatchELF = false;
        dontStrip = false;
        postInstall = "";
        passthru = { };
        meta = { };
      } // attrs0;
      name = a.name or "${sanitise a.pname}-${sanitise a.version}";
      env = (removeAttrs a [ "passthru" "meta" "deb" "name" ]) // {
        inherit name;
        builder = "/bin/bash";
        args = [ ./lib/build-deb.sh ];
        debs = [ (debFile a.deb) ];
        debianPackage = a.deb;
        debianVersion = lock.${a.deb}.version;
      };
    in
    withPassthru (raw env) a.passthru // {
      inherit (a) pname version meta;
      debianPackage = a.deb;
      debianVersion = lock.${a.deb}.version;
      overrideAttrs = f: mkDeb (a // applyOverlay f a);
    };

  lib0 = deb: deps: mkDeb { inherit deb; deps = deps ++ [ pkgs.glibc ]; };

  # ---------------------------------------------------- Debian packages
  debian = rec {
    libc6 = mkDeb {
      deb = "libc6";
      glibc = null;
      dontPatchELF = true; # the loader and libc stay as Debian built them
      # gconv modules are looked up at Debian's compiled-in path only; drop them.
      dropPaths = [ "usr/lib/x86_64-linux-gnu/gconv" "lib64" ];
    };
    libcrypt1 = lib0 "libcrypt1" [ ];
    libgcc-s1 = lib0 "libgcc-s1" [ ];
    "libstdc++6" = lib0 "libstdc++6" [ libgcc-s1 ];
    zlib1g = lib0 "zlib1g" [ ];
    liblzma5 = lib0 "liblzma5" [ ];
    libpcre2-8-0 = lib0 "libpcre2-8-0" [ ];
    libssl3 = lib0 "libssl3" [ ];
    libicu72 = lib0 "libicu72" [ debian."libstdc++6" libgcc-s1 ];
    libxml2 = lib0 "libxml2" [ libicu72 zlib1g liblzma5 ];
    libgpg-error0 = lib0 "libgpg-error0" [ ];
    libgcrypt20 = lib0 "libgcrypt20" [ libgpg-error0 ];
    "libxslt1.1" = lib0 "libxslt1.1" [ libxml2 libgcrypt20 ];
    libselinux1 = lib0 "libselinux1" [ libpcre2-8-0 ];
    libacl1 = lib0 "libacl1" [ ];
    libattr1 = lib0 "libattr1" [ ];
    libgmp10 = lib0 "libgmp10" [ ];
    libtinfo6 = lib0 "libtinfo6" [ ];

    bash = lib0 "bash" [ libtinfo6 ];
    coreutils = lib0 "coreutils" [ libselinux1 libacl1 libattr1 libgmp10 ];
    busybox = mkDeb {
      deb = "busybox";
      deps = [ pkgs.glibc ];
      # nixpkgs' busybox has one bin/ symlink per applet.
      postInstall = ''
        for applet in $(bin/busybox --list); do
          [ -e "bin/$applet" ] || ln -s busybox "bin/$applet"
        done
      '';
    };
    ca-certificates = mkDeb {
      deb = "ca-certificates";
      glibc = null;
      # Like update-ca-certificates: every Mozilla root, in name order, in one bundle.
      postInstall = ''
        mkdir -p etc/ssl/certs
        for c in $(cd share/ca-certificates/mozilla && ls *.crt | LC_ALL=C sort); do
          sed -e '$a\' "share/ca-certificates/mozilla/$c"
        done > etc/ssl/certs/ca-bundle.crt
        rm -rf bin share
      '';
    };

    libnginx-mod-http-xslt-filter = nginxModule "libnginx-mod-http-xslt-filter" [ libxml2 debian."libxslt1.1" ];
    libnginx-mod-stream = nginxModule "libnginx-mod-stream" [ ];
    libnginx-mod-mail = nginxModule "libnginx-mod-mail" [ ];
    libnginx-mod-rtmp = nginxModule "libnginx-mod-rtmp" [ ];
    libnginx-mod-http-dav-ext = nginxModule "libnginx-mod-http-dav-ext" [ libxml2 ];
    libnginx-mod-http-headers-more-filter = nginxModule "libnginx-mod-http-headers-more-filter" [ ];
  };

  # A Debian nginx dynamic module: lib/nginx/modules/*.so plus
  # share/nginx/modules-available/mod-*.conf whose load_module line names the
  # .so by its absolute store path.
  nginxModule = deb: deps: mkDeb {
    inherit deb;
    deps = deps ++ [ pkgs.glibc ];
    postInstall = ''
      for c in share/nginx/modules-available/*.conf; do
        sed -i -e "s|\(load_module[[:space:]]\{1,\}\)modules/|\1$out/lib/nginx/modules/|" "$c"
        grep -q "load_module $out/lib/nginx/modules/" "$c"
      done
    '';
    passthru.isOfflineNginxModule = true;
  };

  # ------------------------------------------------------------------ nginx
  # nixpkgs' pkgs/servers/http/nginx/generic.nix argument names (the ones
  # `nginx.override` takes). Unknown names are an error here (nixpkgs' outer
  # pattern has `...`; the fixture is stricter to catch typos).
  nginxArgNames = [
    "lib" "stdenv" "fetchurl" "fetchpatch" "openssl" "zlib" "zlib-ng" "pcre" "pcre2"
    "libxml2" "libxslt" "nginx-doc" "nixosTests" "installShellFiles" "substituteAll"
    "replaceVars" "removeReferencesTo" "gd" "geoip" "perl"
    "withDebug" "withKTLS" "withStream" "withMail" "withPerl" "withSlice" "modules"
  ];

  nginxDefaultArgs = {
    inherit (pkgs) openssl zlib pcre2 libxml2 libxslt;
    pcre = null;
    gd = null;
    geoip = null;
    perl = null;
    withDebug = false;
    withKTLS = true;
    withStream = true;
    withMail = false;
    withPerl = false; # nixpkgs' top-level nginx passes withPerl = false
    withSlice = false;
    # as nixpkgs' top-level nginx (nginxStable)
    modules = [ pkgs.nginxModules.rtmp pkgs.nginxModules.dav pkgs.nginxModules.moreheaders ];
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

  unsupported = what: throw "nginx: ${what} is not supported by the offline package set (offline-debian-bookworm, a test fixture; see tools/offline-pkgs/README.md)";

  mkNginx = args: overlays:
    let
      unknown = filter (n: !(elem n nginxArgNames)) (attrNames args);
      a = nginxDefaultArgs // args;
      pcreLib = if a.pcre2 != null then a.pcre2 else a.pcre;
      base = {
        deb = "nginx";
        pname = "nginx";
        configureFlags = nginxConfigureFlags a;
        buildInputs = filter (x: x != null) [ a.openssl a.zlib pcreLib a.libxml2 a.libxslt ];
        passthru = { inherit (a) modules; };
        meta = {
          description = "nginx from Debian bookworm, offline package set (test fixture, not nixpkgs)";
          homepage = "https://nginx.org";
        };
      };
      attrs = foldl' (acc: f: acc // applyOverlay f acc) base overlays;
      flags = attrs.configureFlags or [ ];
      has = flag: elem flag flags;
      buildInputs = attrs.buildInputs or [ ];
      stripAllList = attrs.stripAllList or [ ];
      stripMod = m:
        if stripAllList != [ ] && !(attrs.dontStrip or false)
        then m.overrideAttrs (o: { stripAllList = (o.stripAllList or [ ]) ++ stripAllList; })
        else m;
      moduleNames = map (m: m.name or (throw "nginx: a module has no name")) a.modules;
      badModules = filter (m: !(m.isOfflineNginxModule or false)) a.modules;
      builtinModules =
        optional (has "--with-http_xslt_module") debian.libnginx-mod-http-xslt-filter
        ++ optional (has "--with-stream") debian.libnginx-mod-stream
        ++ optional (has "--with-mail") debian.libnginx-mod-mail;
      selected = map stripMod (builtinModules ++ a.modules);
      drv = mkDeb (attrs // {
        # DT_NEEDED of bin/nginx resolve against buildInputs (plus libxcrypt and
        # glibc, which nixpkgs' stdenv brings); only the ones used end up referenced.
        deps = buildInputs ++ [ pkgs.libxcrypt pkgs.glibc ];
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
      });
    in
    if unknown != [ ] then
      throw "nginx.override: unknown argument(s) ${concatStringsSep ", " unknown}; accepted: ${concatStringsSep ", " nginxArgNames}"
    else if a.withPerl || has "--with-http_perl_module" then unsupported "withPerl = true (Debian's perl module needs a whole perl at Debian's paths)"
    else if a.gd != null then unsupported "gd (the image_filter module)"
    else if a.geoip != null then unsupported "geoip (the geoip modules)"
    else if badModules != [ ] then
      throw "nginx: modules must come from pkgs.nginxModules of the offline package set (rtmp, dav, moreheaders); got ${concatStringsSep ", " (map (m: m.name or "?") badModules)}"
    else if unique moduleNames != moduleNames then
      throw "nginx: duplicate modules: ${concatStringsSep ", " moduleNames}"
    else if has "--with-http_xslt_module" && !(elem a.libxml2 buildInputs && elem a.libxslt buildInputs) then
      throw "nginx: --with-http_xslt_module needs libxml2 and libxslt in buildInputs (in nixpkgs configure would fail)"
    else
      drv // {
        override = newArgs: mkNginx (args // (if isFunction newArgs then newArgs a else newArgs)) overlays;
        overrideAttrs = f: mkNginx args (overlays ++ [ f ]);
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
  pkgs = {
    armorredPackageSet = setName;
    inherit system dockerTools debian;
    inherit runCommand writeText writeTextDir writeTextFile writeScript symlinkJoin;

    glibc = debian.libc6;
    libxcrypt = debian.libcrypt1;
    zlib = debian.zlib1g;
    xz = debian.liblzma5;
    pcre2 = debian.libpcre2-8-0;
    openssl = debian.libssl3;
    icu = debian.libicu72;
    libxml2 = debian.libxml2;
    libxslt = debian."libxslt1.1";
    libgcrypt = debian.libgcrypt20;
    libgpg-error = debian.libgpg-error0;
    libselinux = debian.libselinux1;
    acl = debian.libacl1;
    attr = debian.libattr1;
    gmp = debian.libgmp10;
    ncurses = debian.libtinfo6;

    bash = debian.bash;
    bashInteractive = debian.bash;
    coreutils = debian.coreutils;
    busybox = debian.busybox;
    cacert = debian.ca-certificates;

    nginxModules = {
      rtmp = debian.libnginx-mod-rtmp;
      dav = debian.libnginx-mod-http-dav-ext;
      moreheaders = debian.libnginx-mod-http-headers-more-filter;
    };

    nginx = mkNginx { } [ ];
    nginxStable = pkgs.nginx;
  };
in
pkgs
