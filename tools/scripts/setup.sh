#!/usr/bin/env bash
# Installs and configures everything the catalog needs on a fresh Debian 12 machine (run
# as root), then checks the result with `armorred doctor`:
#
#   bash tools/scripts/setup.sh            # every step, in this order:
#   bash tools/scripts/setup.sh STEP...    # only the named steps (armorred doctor names them)
#
#   packages       Debian 12 packages: Nix, podman + runc, skopeo, the registry, htpasswd,
#                  Chromium, and the host tools the offline package set's builders use
#   nix            /etc/nix/nix.conf (sandbox = false, as Debian's nix-setup-systemd has it)
#                  and the build users (group nixbld, users nixbld1..10, IDs from 30000)
#   signing-tools  cosign and oras from Debian 13 (trixie), into /usr/local/bin
#   npm            npm ci from the lockfile (skipped when node_modules matches it) and the
#                  TypeScript build (npm run compile, incremental)
#   doctor         armorred doctor: fails when something needed is still missing
#
# Safe to run again: each step does nothing when what it installs is already there.
set -euo pipefail
cd "$(dirname "$0")/../.."

log() { echo "setup: $*" >&2; }
die() {
  echo "setup: error: $*" >&2
  exit 1
}

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# The Debian 12 packages, each for a reason: nix-bin (builds), podman + runc (runs images;
# runc because crun fails on these machines), skopeo + umoci (copies images), docker-registry
# + apache2-utils (a registry with htpasswd auth, for publishing tests), chromium (drives the
# documentation site's tests) with fonts-liberation (only recommended by chromium: without it
# the pages render in fallback fonts and the accessibility contrast checks differ), openssl
# (the publishing tests' TLS certificates), and the host tools the offline package set's builders call
# (patchelf, fakeroot, binutils for strip, jq; see tools/offline-pkgs/default.nix).
APT_PACKAGES=(nix-bin podman runc skopeo umoci docker-registry apache2-utils chromium fonts-liberation openssl patchelf fakeroot binutils jq curl ca-certificates)

apt_missing() {
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || echo "$package"
  done
}

step_packages() {
  local missing
  mapfile -t missing < <(apt_missing "${APT_PACKAGES[@]}")
  if [ "${#missing[@]}" -eq 0 ]; then
    log "Debian packages: all installed"
    return
  fi
  log "installing ${missing[*]}"
  $SUDO apt-get update -q
  # Without recommends: nix-bin recommends nix-setup-systemd, which pulls in systemd; the
  # nix step configures what that package would (nix.conf and the build users) instead.
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

NIX_CONF=/etc/nix/nix.conf

step_nix() {
  # nix.conf: builders of the offline package set use host tools (/bin/bash, dpkg-deb,
  # patchelf), so the sandbox is off, as in Debian's own nix.conf.
  $SUDO mkdir -p "$(dirname "$NIX_CONF")"
  if [ ! -f "$NIX_CONF" ]; then
    log "writing $NIX_CONF (sandbox = false)"
    printf '%s\n' '# Written by ARMORRED tools/scripts/setup.sh, as Debian'"'"'s nix-setup-systemd has it:' \
      '# builders run without a sandbox, so they can use host tools.' 'sandbox = false' | $SUDO tee "$NIX_CONF" >/dev/null
  elif ! grep -Eq '^[[:space:]]*sandbox[[:space:]]*=[[:space:]]*false[[:space:]]*$' "$NIX_CONF"; then
    if grep -Eq '^[[:space:]]*sandbox[[:space:]]*=' "$NIX_CONF"; then
      log "setting sandbox = false in $NIX_CONF (was: $(grep -E '^[[:space:]]*sandbox[[:space:]]*=' "$NIX_CONF" | head -1))"
      $SUDO sed -i -E 's/^[[:space:]]*sandbox[[:space:]]*=.*/sandbox = false/' "$NIX_CONF"
    else
      log "adding sandbox = false to $NIX_CONF"
      printf '%s\n' 'sandbox = false' | $SUDO tee -a "$NIX_CONF" >/dev/null
    fi
  fi

  # The build users: Nix (as root) builds as members of build-users-group, nixbld unless
  # nix.conf names another. Created as Debian's nix-setup-systemd creates them.
  if grep -Eq '^[[:space:]]*build-users-group[[:space:]]*=[[:space:]]*$' "$NIX_CONF"; then
    log "Nix: build-users-group is empty in $NIX_CONF (builds run as root); no build users needed"
    return
  fi
  local group
  group=$(sed -n -E 's/^[[:space:]]*build-users-group[[:space:]]*=[[:space:]]*([^[:space:]]+).*/\1/p' "$NIX_CONF" | tail -1)
  group=${group:-nixbld}
  # IDs as the upstream Nix installer gives them (group 30000, users 30001..): Nix kills
  # every process of a build user's UID before it builds, so build users must not share
  # UIDs with anything else on the host (system UIDs such as 999 are handed out to other
  # roots too: a chroot or container on this host with its own build users). Where an ID
  # is taken, the system allocates one.
  if ! getent group "$group" >/dev/null; then
    log "creating the group $group"
    if getent group 30000 >/dev/null; then $SUDO groupadd --system "$group"; else $SUDO groupadd --gid 30000 "$group"; fi
  fi
  local n uid created=0
  for n in $(seq 1 10); do
    if ! id "$group$n" >/dev/null 2>&1; then
      uid=(--system)
      getent passwd $((30000 + n)) >/dev/null || uid=(--uid $((30000 + n)))
      $SUDO useradd "${uid[@]}" --comment "Nix build user $n" --home-dir /var/empty --gid "$group" --groups "$group" \
        --no-user-group --shell /usr/sbin/nologin "$group$n"
      created=$((created + 1))
    fi
  done
  [ "$created" -eq 0 ] || log "created $created Nix build users (${group}1..10)"
  # The build users run the builders, which call host tools (/bin/bash): they must be able
  # to reach them. A root directory without search permission for others (seen in roots
  # made with mktemp -d) stops every build with "executing '/bin/sh': Permission denied".
  local mode
  mode=$(stat -c '%a' /)
  if [ $((${mode: -1} & 1)) -eq 0 ]; then
    log "/ is mode $mode: Nix's build users could not reach /bin; making it 755 as on any Debian system"
    $SUDO chmod 0755 /
  fi
  log "Nix: $NIX_CONF and the build users ($group) are configured"
}

# cosign and oras are not in Debian 12; Debian 13's binaries need only glibc >= 2.34 and
# run on Debian 12. They are fetched from the trixie suite of this machine's own apt
# mirror with a private apt state, so the system's apt configuration is never changed.
SIGNING_TOOLS=(cosign oras)

debian_mirror() {
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(sed -n -E 's/^URIs:[[:space:]]*([^[:space:]]+).*/\1/p' /etc/apt/sources.list.d/debian.sources | grep -v -- '-security' | head -1)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
  fi
  [ -n "$uri" ] || die "found no Debian mirror in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
  echo "$uri"
}

step_signing_tools() {
  local missing=() tool
  for tool in "${SIGNING_TOOLS[@]}"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
  if [ "${#missing[@]}" -eq 0 ]; then
    log "signing tools: $(command -v "${SIGNING_TOOLS[@]}" | tr '\n' ' ')already installed"
    return
  fi
  local state mirror
  state=$(mktemp -d)
  # shellcheck disable=SC2064 # expand $state now
  trap "rm -rf '$state'" RETURN
  mirror=$(debian_mirror)
  log "fetching ${missing[*]} from Debian 13 (trixie) at $mirror"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" >"$state/sources.list"
  mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/debs"
  local apt=(-o "Dir::Etc::SourceList=$state/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$state/lists" -o "Dir::Cache=$state/cache" -o APT::Sandbox::User=root)
  apt-get "${apt[@]}" -q update >&2
  (cd "$state/debs" && apt-get "${apt[@]}" -q download "${missing[@]}" >&2)
  for tool in "${missing[@]}"; do
    local deb
    deb=$(find "$state/debs" -name "${tool}_*.deb" | head -1)
    [ -n "$deb" ] || die "apt-get download $tool from trixie produced no .deb"
    mkdir -p "$state/x/$tool"
    dpkg-deb -x "$deb" "$state/x/$tool"
    [ -x "$state/x/$tool/usr/bin/$tool" ] || die "$(basename "$deb") has no usr/bin/$tool"
    $SUDO install -m 0755 "$state/x/$tool/usr/bin/$tool" "/usr/local/bin/$tool"
    log "installed /usr/local/bin/$tool from $(basename "$deb")"
  done
}

# npm ci replaces node_modules; skip it when node_modules was installed from this very
# lockfile (the stamp holds the lockfile's hash).
NPM_STAMP=node_modules/.armorred-setup-lockfile.sha256

step_npm() {
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ -f "$NPM_STAMP" ] && [ "$(cat "$NPM_STAMP")" = "$want" ] && [ -d node_modules/.bin ]; then
    log "npm dependencies: installed from the current package-lock.json"
  else
    log "npm ci"
    npm ci --no-audit --no-fund
    echo "$want" >"$NPM_STAMP"
  fi
  log "compile the TypeScript (npm run compile, i.e. tsc -b)"
  npm run --silent compile
}

step_doctor() {
  log "armorred doctor"
  node tools/cli/bin/armorred.js doctor
}

STEPS=(packages nix signing-tools npm doctor)
requested=("$@")
[ "${#requested[@]}" -gt 0 ] || requested=("${STEPS[@]}")
for step in "${requested[@]}"; do
  case "$step" in
    packages | nix | signing-tools | npm | doctor) ;;
    -h | --help)
      sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "unknown step '$step' (steps: ${STEPS[*]})" ;;
  esac
done
for step in "${requested[@]}"; do
  "step_${step//-/_}"
done
