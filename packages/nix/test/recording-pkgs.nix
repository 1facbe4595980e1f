# Test fixture: a package set with the interface nix/image.nix uses, which records how it
# was called instead of building anything. Evaluate a tier with
# `pkgs = import ./recording-pkgs.nix` and `--eval --strict --json` to see exactly what it
# asks of dockerTools and the packages.
#
# buildLayeredImage / streamLayeredImage take exactly the arguments of nixpkgs 24.11
# (pkgs/build-support/docker/default.nix), so an argument nixpkgs does not know is an
# evaluation error here too. `lib` is the offline package set's minimal lib (nixpkgs'
# semantics, only the functions nix/image.nix may use), so a call of any other lib
# function fails here as well.
let
  # A package: a description that survives --json, plus override / overrideAttrs.
  mkPackage = recorded:
    let
      oldAttrs = {
        configureFlags = recorded.configureFlags or [ "--with-http_ssl_module" "--with-http_xslt_module" ];
        buildInputs = recorded.buildInputs or [ (mkPackage { name = "libxslt"; }) (mkPackage { name = "openssl"; }) ];
        postInstall = "echo original postInstall";
      } // (recorded.attrs or { });
    in {
      inherit recorded;
      name = recorded.name;
      pname = recorded.name;
      override = args: mkPackage (recorded // { override = (recorded.override or { }) // args; });
      overrideAttrs = f:
        let new = f (oldAttrs // { }); in
        mkPackage (recorded // { attrs = (recorded.attrs or { }) // new; });
    };

  # Replaces packages (anywhere in a value) by their recorded description.
  describe = value:
    if builtins.isAttrs value && value ? recorded then describePackage value
    else if builtins.isAttrs value then builtins.mapAttrs (_: describe) value
    else if builtins.isList value then map describe value
    else value;
  describePackage = package:
    let r = package.recorded; in
    { package = r.name; }
    // (if r ? override then { override = describe r.override; } else { })
    // (if r ? attrs then {
      attrs = builtins.mapAttrs (name: value:
        if name == "buildInputs" then map (input: input.pname) value else describe value) r.attrs;
    } else { });

  recordImage = function: args: {
    inherit function;
    args = describe args;
  };

  streamLayeredImage =
    { name, tag ? null, fromImage ? null, contents ? [ ], config ? { }, architecture ? "amd64"
    , created ? "1970-01-01T00:00:01Z", mtime ? "1970-01-01T00:00:01Z", uid ? 0, gid ? 0
    , uname ? "root", gname ? "root", maxLayers ? 100, extraCommands ? "", fakeRootCommands ? ""
    , enableFakechroot ? false, includeStorePaths ? true, includeNixDB ? false, passthru ? { }
    }@args: recordImage "streamLayeredImage" args;

  buildLayeredImage =
    { name, tag ? null, fromImage ? null, contents ? [ ], config ? { }, architecture ? "amd64"
    , created ? "1970-01-01T00:00:01Z", mtime ? "1970-01-01T00:00:01Z", uid ? 0, gid ? 0
    , uname ? "root", gname ? "root", maxLayers ? 100, extraCommands ? "", fakeRootCommands ? ""
    , enableFakechroot ? false, includeStorePaths ? true, includeNixDB ? false, passthru ? { }
    , compressor ? "gz"
    }@args: recordImage "buildLayeredImage" args;

  fakeNss = (mkPackage { name = "fake-nss"; }) // {
    override = { extraPasswdLines ? [ ], extraGroupLines ? [ ] }@args:
      mkPackage { name = "fake-nss"; override = args; };
  };
in
{
  lib = import ../../../tools/offline-pkgs/lib;
  dockerTools = {
    inherit buildLayeredImage streamLayeredImage fakeNss;
    binSh = mkPackage { name = "bin-sh"; };
    usrBinEnv = mkPackage { name = "usr-bin-env"; };
    caCertificates = mkPackage { name = "ca-certificates"; };
  };
  nginx = mkPackage { name = "nginx"; };
  nginxModules = {
    rtmp = mkPackage { name = "nginx-module-rtmp"; };
    dav = mkPackage { name = "nginx-module-dav"; };
  };
  coreutils = mkPackage { name = "coreutils"; };
  cacert = mkPackage { name = "cacert"; };
  web = mkPackage { name = "web"; };
}
