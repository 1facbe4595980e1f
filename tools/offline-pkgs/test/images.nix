# Small images built from the offline package set (a TEST FIXTURE) for
# tools/offline-pkgs/test/*.test.ts. Written the way an image expression for
# nixpkgs would be: only nixpkgs attribute names and dockerTools arguments.
#   nix-build tools/offline-pkgs/test/images.nix -A redis --option substituters ''
{ pkgs ? import ../. { } }:

let
  inherit (pkgs) dockerTools lib;

  labels = { "org.armorred.pkgs" = pkgs.armorredPackageSet or "nixpkgs"; };

  image = name: args: dockerTools.buildLayeredImage ({
    name = "localhost/armorred-offline-test/${name}";
    tag = "test";
    # podman 4.3 cannot read gzip'd docker-archives (see README.md)
    compressor = "none";
  } // args);
in
{
  redis = image "redis" {
    contents = [ pkgs.redis dockerTools.fakeNss ];
    extraCommands = ''
      mkdir -p data tmp
      chmod 1777 tmp
    '';
    fakeRootCommands = "chown 65534:65534 data";
    config = {
      User = "65534:65534";
      Entrypoint = [ "/bin/redis-server" ];
      Cmd = [ "--bind" "0.0.0.0" "--port" "6379" "--protected-mode" "no" "--dir" "/data" ];
      WorkingDir = "/data";
      ExposedPorts = { "6379/tcp" = { }; };
      Volumes = { "/data" = { }; };
      # exec-form health check: redis-cli is in the image (no shell needed)
      Healthcheck = {
        Test = [ "CMD" "/bin/redis-cli" "ping" ];
        Interval = 10000000000;
        Timeout = 3000000000;
        StartPeriod = 5000000000;
        Retries = 3;
      };
      Labels = labels;
    };
  };

  # PostgreSQL 15: Debian's binaries read the time zone database at
  # /usr/share/zoneinfo, which the set's postgresql_15 links to pkgs.tzdata; initdb and pg_ctl
  # start postgres through popen()/system(), i.e. /bin/sh (dockerTools.binSh).
  postgres = image "postgres" {
    contents = [ pkgs.postgresql_15 dockerTools.fakeNss dockerTools.binSh ];
    extraCommands = ''
      mkdir -p tmp var/lib/postgresql
      chmod 1777 tmp
    '';
    fakeRootCommands = "chown 65534:65534 var/lib/postgresql";
    config = {
      User = "65534:65534";
      Entrypoint = [ "/bin/postgres" ];
      Cmd = [ "-D" "/var/lib/postgresql/data" ];
      Env = [ "PATH=/bin" "PGDATA=/var/lib/postgresql/data" ];
      ExposedPorts = { "5432/tcp" = { }; };
      Volumes = { "/var/lib/postgresql" = { }; };
      StopSignal = "SIGINT";
      Labels = labels;
    };
  };

  jq = image "jq" {
    contents = [ pkgs.jq ];
    config = {
      User = "65534:65534";
      Entrypoint = [ "/bin/jq" ];
      Labels = labels;
    };
  };
}
