#!/usr/bin/env bash
# Smoke test of the offline package set (a TEST FIXTURE, see README.md): builds
# the nginx-1.26 example expressions (hardened and locked tier, as the generator
# emits them) against this package set, loads them into podman and checks them:
#   - the image's store-path layers are exactly the runtime closure of what the
#     root filesystem and the config refer to (nothing else under /nix/store);
#   - nginx serves GET / with HTTP 200 and the image's index.html, as UID 65534
#     on a read-only root;
#   - hardened has no /bin/sh; locked runs `/bin/sh -c 'ls /'` and has ls, cat;
#   - `nix-build --check` rebuilds a byte-identical archive (same digests).
#
#   bash tools/offline-pkgs/smoke.sh [WORKDIR]     (default WORKDIR: a new dir under /tmp)
#
# Needs: fetch-debs.sh done, nix (nix-build), podman + runc, curl, jq.
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
src="${ARMORRED_SMOKE_IMAGE_DIR:-$repo/images/nginx-1.26}"
work="${1:-$(mktemp -d /tmp/offline-pkgs-smoke.XXXXXX)}"
port="${ARMORRED_SMOKE_PORT:-18080}"
nixopts=(--option substituters '')
podman_run=(podman run --rm --runtime runc --ulimit nofile=1024:1024 --ulimit nproc=1024:1024)

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
say() { echo "smoke: $*" >&2; }

containers=()
cleanup() {
  local c
  for c in "${containers[@]}"; do podman rm -f "$c" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT

mkdir -p "$work"
cp "$src/nginx.conf" "$src/index.html" "$work/"

write_example() { # tier
  local tier=$1 main contents
  if [ "$tier" = hardened ]; then
    main='pkgs."nginx"'
    contents='[ mainPackage dockerTools.fakeNss dockerTools.caCertificates ]'
  else
    main='(pkgs."nginx".override { "modules" = [ ]; "withKTLS" = false; "withPerl" = false; "withStream" = false; }).overrideAttrs (old: {
    stripAllList = (old.stripAllList or [ ]) ++ [ "bin" "sbin" "lib" ];
  })'
    contents='[ mainPackage dockerTools.fakeNss dockerTools.caCertificates dockerTools.binSh pkgs.coreutils ]'
  fi
  cat >"$work/$tier.nix" <<EOF
{ pkgs ? import (builtins.fetchTarball { url = "https://github.com/NixOS/nixpkgs/archive/REV.tar.gz"; sha256 = "HASH"; }) { }
, revision ? null
, created ? null
}:
let
  dockerTools = pkgs.dockerTools;
  mainPackage = $main;
  configFile0 = builtins.path { path = ./. + "/nginx.conf"; name = "armorred-config-file"; };
  configFile1 = builtins.path { path = ./. + "/index.html"; name = "armorred-config-file"; };
  labels = { "org.armorred.base" = "scratch"; "org.armorred.tier" = "$tier"; }
    // (if created == null then { } else { "org.opencontainers.image.created" = created; })
    // (if revision == null then { } else { "org.opencontainers.image.revision" = revision; })
    // { "org.armorred.pkgs" = pkgs.armorredPackageSet or "nixpkgs"; };
in
dockerTools.buildLayeredImage {
  name = "ghcr.io/armorred/nginx";
  tag = "1.26-$tier";
  created = if created == null then "1970-01-01T00:00:01Z" else created;
  contents = $contents;
  extraCommands = ''
    mkdir -p 'tmp' 'var/cache/nginx' 'var/log/nginx'
    chmod 1777 'tmp'
    install -D -m 0444 \${configFile0} 'etc/nginx/nginx.conf'
    install -D -m 0444 \${configFile1} 'usr/share/nginx/html/index.html'
  '';
  fakeRootCommands = ''
    chown 65534:65534 'var/cache/nginx' 'var/log/nginx'
  '';
  config = {
    User = "65534:65534";
    Entrypoint = [ "/bin/nginx" ];
    Cmd = [ "-e" "stderr" "-c" "/etc/nginx/nginx.conf" "-g" "daemon off;" ];
    Env = [ "PATH=/bin" ];
    WorkingDir = "/";
    ExposedPorts = { "8080/tcp" = { }; };
    StopSignal = "SIGQUIT";
    Labels = labels;
  };
}
EOF
}

# Loads a docker-archive (any compression this podman reads; gzip is unpacked
# first because Debian's podman 4.3 / skopeo 1.9 fail on gzip'd docker-archives).
load_image() {
  if [ "$(head -c 2 "$1" | od -An -tx1 | tr -d ' ')" = 1f8b ]; then
    gzip -dc "$1" | podman load -q >/dev/null
  else
    podman load -q -i "$1" >/dev/null
  fi
}

digests() { # archive -> "config layer..." digests
  local t
  t="$(mktemp -d)"
  tar -xf "$1" -C "$t" manifest.json
  jq -r '.[0].Config, .[0].Layers[]' "$t/manifest.json" | sed 's|/layer.tar$||; s|\.json$||'
  rm -rf "$t"
}

check_tier() {
  local tier=$1 img out expr tmp store_paths expected cust cfg name
  write_example "$tier"
  expr="$work/$tier.nix"
  say "[$tier] nix-build $expr"
  out="$(nix-build "$expr" --arg pkgs "import $here { }" "${nixopts[@]}" -o "$work/result-$tier" 2>"$work/build-$tier.log")" \
    || { tail -20 "$work/build-$tier.log" >&2; fail "[$tier] nix-build failed (log: $work/build-$tier.log)"; }
  name="ghcr.io/armorred/nginx:1.26-$tier"

  tmp="$work/unpacked-$tier"
  rm -rf "$tmp"; mkdir -p "$tmp"
  tar -xf "$out" -C "$tmp"
  cfg="$tmp/$(jq -r '.[0].Config' "$tmp/manifest.json")"
  [ "$(jq -r '.[0].RepoTags[0]' "$tmp/manifest.json")" = "$name" ] || fail "[$tier] RepoTags"
  [ "$(jq -r '.config.Labels."org.armorred.pkgs"' "$cfg")" = offline-debian-bookworm ] || fail "[$tier] org.armorred.pkgs label"
  [ "$(jq '.rootfs.diff_ids | length' "$cfg")" = "$(jq '.[0].Layers | length' "$tmp/manifest.json")" ] || fail "[$tier] diff_ids/layers"

  # Store paths in the image vs. the runtime closure of what it refers to.
  store_paths="$(for l in $(jq -r '.[0].Layers[]' "$tmp/manifest.json"); do
      tar -tf "$tmp/$l" | sed -n 's|^\./||; s|^\(nix/store/[^/][^/]*\)/\{0,1\}$|/\1|p' || true
    done | sort -u)"
  cust="$(grep -o '/nix/store/[a-z0-9]\{32\}-[^ "]*' "$(sed -n 's/^exec [^ ]* [^ ]* \([^ ]*\) .*/\1/p' "$(nix-build "$expr" --arg pkgs "import $here { }" "${nixopts[@]}" -A stream --no-out-link 2>/dev/null)")" | grep -- '-customisation-layer$' | head -1)"
  roots="$(nix-store -q --references "$cust"; jq -c .config "$cfg" | grep -o '/nix/store/[a-z0-9]\{32\}-[^ "/]*' || true)"
  expected="$(nix-store -qR $roots | sort -u)"
  if [ "$store_paths" != "$expected" ]; then
    diff <(echo "$store_paths") <(echo "$expected") >&2 || true
    fail "[$tier] the image's store paths differ from the closure"
  fi
  contents_closure="$(nix-store -qR $(nix-store -q --binding paths "$(nix-store -q --deriver "$cust")") | sort -u)"
  say "[$tier] store paths in image = nix-store -qR of the root fs links + config: $(echo "$store_paths" | wc -l) paths"
  say "[$tier] in nix-store -qR of contents but not in the image (symlink-only wrappers, as with nixpkgs' lndir):"
  comm -23 <(echo "$contents_closure") <(echo "$store_paths") | sed 's/^/    /' >&2

  load_image "$out"
  say "[$tier] loaded $name ($(jq '.[0].Layers | length' "$tmp/manifest.json") layers, archive $(stat -L -c %s "$out") bytes)"

  local cid body code
  cid="$("${podman_run[@]}" --user 65534 --read-only \
      --tmpfs /tmp:rw,mode=1777,noexec,nosuid --tmpfs /var/cache/nginx:rw --tmpfs /var/log/nginx:rw \
      -d -p "127.0.0.1:$port:8080" "$name")"
  containers+=("$cid")
  code=000
  for _ in $(seq 1 50); do
    code="$(curl -s -o "$work/body-$tier" -w '%{http_code}' "http://127.0.0.1:$port/" || true)"
    [ "$code" = 200 ] && break
    sleep 0.2
  done
  if [ "$code" != 200 ]; then podman logs "$cid" >&2 || true; fail "[$tier] GET / gave HTTP $code"; fi
  cmp -s "$work/body-$tier" "$work/index.html" || fail "[$tier] GET / body is not index.html"
  podman rm -f "$cid" >/dev/null
  say "[$tier] GET / -> 200, body = index.html"

  if [ "$tier" = hardened ]; then
    if "${podman_run[@]}" --entrypoint /bin/sh "$name" -c true >/dev/null 2>"$work/sh-$tier.err"; then
      fail "[$tier] /bin/sh exists"
    fi
    grep -q 'no such file or directory' "$work/sh-$tier.err" || { cat "$work/sh-$tier.err" >&2; fail "[$tier] unexpected /bin/sh error"; }
    say "[$tier] /bin/sh: not found (as intended)"
  else
    "${podman_run[@]}" --user 65534 --entrypoint /bin/sh "$name" -c 'ls / >/dev/null && command -v ls && command -v cat' >&2 \
      || fail "[$tier] /bin/sh -c 'ls /' failed"
    say "[$tier] /bin/sh -c 'ls /' works; ls and cat present"
  fi

  say "[$tier] nix-build --check (rebuilds the archive, compares bytes)"
  nix-build "$expr" --arg pkgs "import $here { }" "${nixopts[@]}" --check --no-out-link >/dev/null 2>"$work/check-$tier.log" \
    || { tail -5 "$work/check-$tier.log" >&2; fail "[$tier] nix-build --check: not reproducible"; }
  say "[$tier] config + layer digests:"
  digests "$out" | sed 's/^/    /' >&2
}

check_tier hardened
check_tier locked
say "OK (work dir: $work)"
