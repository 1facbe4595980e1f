#!/usr/bin/env bash
# Installs everything the catalog needs on a fresh Debian 12 machine (run as root):
# Debian packages for Nix, podman and a local registry, then the npm dependencies
# (from the lockfile) and the TypeScript build. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/../.."

APT_PACKAGES=(nix-bin podman runc skopeo umoci docker-registry apache2-utils patchelf fakeroot binutils jq curl)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

echo "setup: npm ci"
npm ci --no-audit --no-fund
echo "setup: compile the TypeScript (tsc -b)"
npm run compile
