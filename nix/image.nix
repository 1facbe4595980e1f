# nix/image.nix: the one function that builds every ARMORRED image tier. Hand-written.
#
# `armorred generate` compiles each tier of images/<image>/image.yaml into data,
# images/<image>/generated/<tier>.json (format: packages/nix/src/tier-schema.ts, schema
# version 1). This function reads that data with builtins.fromJSON and builds the image
# with pkgs.dockerTools.buildLayeredImage: FROM scratch, only the runtime closure.
#
# Why data and one function: a spec string (a description, an argument, a path) reaches
# Nix only as a JSON value, never as Nix source, so nothing in a spec can be Nix code.
# Where such a string reaches a builder's shell (extraCommands, fakeRootCommands,
# postInstall), it goes through lib.escapeShellArg and comes after a `--` that ends the
# command's options: a path can be neither shell code nor an option (a working directory
# "/-m777" is a folder named "-m777", not a mode).
#
# It takes its arguments in two calls, as a package function does:
#
#   import ./nix/image.nix { data = ./images/nginx-1.26/generated/hardened.json; folder = ./images/nginx-1.26; }
#
# is the function of one tier, { pkgs ? ..., revision ? null, created ? null }: ...;
# images/<image>/generated/<tier>.nix is that first call, and the root default.nix gathers
# every tier, so that `nix-build -A nginx-1_26.hardened` builds one.
#
# From pkgs it uses: lib (escapeShellArg, escapeShellArgs, concatStringsSep,
# concatMapStringsSep, optional, optionalAttrs, removePrefix, getAttrFromPath, mapAttrs,
# filter, elem: all in nixpkgs' lib and in the offline package set's), dockerTools
# (buildLayeredImage, fakeNss, binSh), coreutils, the packages the data names, and
# armorredPackageSet when the set says which it is.
#
# Inputs of the first call
#
# `data` (Path)
#
# : The tier's data file, images/<image>/generated/<tier>.json. Data of another
#   schemaVersion is refused (regenerate it with `npx armorred generate`).
#
# `folder` (Path)
#
# : The image folder. A config file's `source` in the data is a path relative to it;
#   the file is copied into the store with builtins.path (named armorred-config-<index>).
#
# Inputs of the second call
#
# `pkgs` (Attribute set; _optional_)
#
# : The package set: nixpkgs, or another set with the same interface, such as the
#   offline test fixture (`import ./tools/offline-pkgs { }`).
#
#   _Default value:_ the tier's pinned nixpkgs (data.nixpkgs: url and sha256 from
#   catalog.yaml), fetched with builtins.fetchTarball.
#
# `revision` (String or null; _optional_)
#
# : The VCS revision the image is built from, for the org.opencontainers.image.revision
#   label. null leaves the label out.
#
#   _Default value:_ null.
#
# `created` (String or null; _optional_)
#
# : RFC 3339 time of the build: the image's creation date and the
#   org.opencontainers.image.created label. null keeps the fixed date dockerTools uses
#   by default (1970-01-01T00:00:01Z), so rebuilds are byte-identical, and leaves the
#   label out.
#
#   _Default value:_ null.
#
# What the data says, and what is done with it (keys of <tier>.json):
#
# - package: the main package, `attrPath` looked up in pkgs; `override` (an argument
#   value is a boolean, integer, string, { package = attribute path } or a list of
#   these) is given to the package's override; dropConfigureFlags, dropBuildInputs
#   (by pname), dropFiles (postInstall: rm -f -- "$out"/<file>) and strip ("all":
#   stripAllList bin sbin lib libexec; "none": dontStrip) go through overrideAttrs.
# - contents: more packages by attribute path; shell adds dockerTools.binSh, coreutils
#   adds pkgs.coreutils. /etc/passwd and /etc/group come from dockerTools.fakeNss, with
#   a line for the runtime user and group unless both are nobody (65534).
# - writableDirectories: created; sticky ones (/tmp-like) mode 1777 and owned by root,
#   the others owned by the runtime user (chown under fakeroot). The working directory
#   is created too.
# - configFiles: installed with their mode.
# - config: Docker's image config as it is (User, Entrypoint, Cmd, Env, WorkingDir,
#   ExposedPorts, StopSignal, Volumes for state paths, Healthcheck for an exec health
#   check: Docker's config can only run a command in the container, so http and tcp
#   health checks are not written there). Labels are the data's labels plus the
#   build-time ones: created, revision, and the package set (org.armorred.pkgs =
#   pkgs.armorredPackageSet or "nixpkgs").
#
# The result is an uncompressed docker-archive (compressor = "none"): podman and skopeo
# read it directly (registries compress layers on push), and the analysis measures it
# without unpacking. buildLayeredImage rather than streamLayeredImage, so the archive is
# a store path Nix can check for reproducibility (nix-build --check).
{ data, folder }:

let
  tier = builtins.fromJSON (builtins.readFile data);
  schemaVersion = 1;
in

if (tier.schemaVersion or null) != schemaVersion then
  throw "${toString data}: tier data of schema version ${builtins.toJSON (tier.schemaVersion or null)}; nix/image.nix reads version ${toString schemaVersion}: run npx armorred generate"
else

{ pkgs ? import (builtins.fetchTarball { inherit (tier.nixpkgs) url sha256; }) { }
, revision ? null
, created ? null
}:

let
  inherit (pkgs) dockerTools lib;
  inherit (lib) concatMapStringsSep concatStringsSep elem escapeShellArg escapeShellArgs filter
    getAttrFromPath mapAttrs optional optionalAttrs removePrefix;

  # A package by its attribute path in the data, e.g. [ "dockerTools" "caCertificates" ].
  packageAt = attrPath: getAttrFromPath attrPath pkgs;

  # ------------------------------------------------------------ the main package
  customisation = tier.package;

  overrideArgument = value:
    if builtins.isList value then map overrideArgument value
    else if builtins.isAttrs value then packageAt value.package
    else value;

  overridden =
    if customisation.override == { } then packageAt customisation.attrPath
    else (packageAt customisation.attrPath).override (mapAttrs (_: overrideArgument) customisation.override);

  inherit (customisation) dropConfigureFlags dropBuildInputs dropFiles strip;

  changedAttrs = old:
    optionalAttrs (dropConfigureFlags != [ ]) {
      configureFlags = filter (flag: !(elem flag dropConfigureFlags)) (old.configureFlags or [ ]);
    }
    // optionalAttrs (dropBuildInputs != [ ]) {
      buildInputs = filter
        (input: !(elem (input.pname or (builtins.parseDrvName input.name).name) dropBuildInputs))
        (old.buildInputs or [ ]);
    }
    # "$out"/<file>: postInstall runs in the build directory in nixpkgs (in $out in the
    # offline set), so the path is made absolute.
    // optionalAttrs (dropFiles != [ ]) {
      postInstall = (old.postInstall or "") + "\n"
        + concatMapStringsSep "\n" (file: "rm -f -- \"$out\"/${escapeShellArg file}") dropFiles;
    }
    // optionalAttrs (strip == "all") { stripAllList = (old.stripAllList or [ ]) ++ [ "bin" "sbin" "lib" "libexec" ]; }
    // optionalAttrs (strip == "none") { dontStrip = true; };

  mainPackage =
    if dropConfigureFlags != [ ] || dropBuildInputs != [ ] || dropFiles != [ ] || strip != "debug"
    then overridden.overrideAttrs changedAttrs
    else overridden;

  # ------------------------------------------------------------ users
  user = toString tier.user;
  group = toString tier.group;
  nss =
    if tier.user == 65534 && tier.group == 65534 then dockerTools.fakeNss
    else dockerTools.fakeNss.override {
      extraPasswdLines = [ "armorred:x:${user}:${group}:ARMORRED runtime user:/var/empty:/sbin/nologin" ];
      extraGroupLines = [ "armorred:x:${group}:" ];
    };

  # ------------------------------------------------------------ the root filesystem
  # extraCommands and fakeRootCommands run in the root of the customisation layer:
  # paths are relative to it.
  relative = path: removePrefix "/" path;
  shellPaths = paths: escapeShellArgs (map relative paths);

  workingDir = tier.config.WorkingDir;
  writable = map (directory: directory.path) tier.writableDirectories;
  sticky = map (directory: directory.path) (filter (directory: directory.sticky) tier.writableDirectories);
  owned = map (directory: directory.path) (filter (directory: !directory.sticky) tier.writableDirectories);
  directories = writable ++ optional (workingDir != "/") workingDir;

  configFiles = builtins.genList
    (index:
      let file = builtins.elemAt tier.configFiles index; in
      # The data is checked when it is generated; this keeps the function safe on its own.
      if builtins.match "(.*/)?\\.\\.?(/.*)?|/.*" file.source != null
      then throw "${toString data}: config file source ${builtins.toJSON file.source} must stay inside the image folder"
      else file // {
        stored = builtins.path { path = folder + "/${file.source}"; name = "armorred-config-${toString index}"; };
      })
    (builtins.length tier.configFiles);

  extraCommands = concatStringsSep "\n" (
    optional (directories != [ ]) "mkdir -p -- ${shellPaths directories}"
    ++ optional (sticky != [ ]) "chmod 1777 -- ${shellPaths sticky}"
    ++ map (file: "install -D -m ${escapeShellArg file.mode} -- ${escapeShellArg file.stored} ${escapeShellArg (relative file.target)}") configFiles
  );

  # Ownership needs (fake) root.
  fakeRootCommands = concatStringsSep "\n" (
    optional (owned != [ ]) "chown ${escapeShellArg "${user}:${group}"} -- ${shellPaths owned}"
  );

  # ------------------------------------------------------------ labels
  names = tier.buildTimeLabels;
  labels = tier.labels
    // optionalAttrs (created != null) { ${names.created} = created; }
    // optionalAttrs (revision != null) { ${names.revision} = revision; }
    // { ${names.packageSet} = pkgs.armorredPackageSet or "nixpkgs"; };
in
# The main package's version rides along (not in the image): with nixpkgs, armorred build
# compares it with image.yaml's version and refuses a spec that claims another one.
(dockerTools.buildLayeredImage {
  inherit (tier) name tag;
  compressor = "none";
  created = if created == null then "1970-01-01T00:00:01Z" else created;
  contents = [ mainPackage nss ]
    ++ map packageAt tier.contents
    ++ optional tier.shell dockerTools.binSh
    ++ optional tier.coreutils pkgs.coreutils;
  inherit extraCommands fakeRootCommands;
  config = tier.config // { Labels = labels; };
})
// { armorredPackageVersion = mainPackage.version or null; }
