# Builder of the customisation layer of dockerTools.streamLayeredImage in the
# offline package set (a TEST FIXTURE), following nixpkgs: the `contents` are
# symlink-joined at the root, `extraCommands` run there as the build user, then
# `fakeRootCommands` run under fakeroot(1) and the tree is tar'd from fakeroot's
# view, so `chown` in fakeRootCommands shows up as numeric owners in the tar.
#
# Environment: paths, extraCommandsPath, fakeRootCommandsPath, mtime, lndir
set -euo pipefail
export LC_ALL=C
unset TAR_OPTIONS || true

# shellcheck source=lndir.sh
source "$lndir"

layer="$TMPDIR/old_out"
mkdir -p "$layer"
for p in $paths; do
  link_tree "$p" "$layer"
done

if [ "$mtime" = now ]; then
  SOURCE_DATE_EPOCH="$(date +%s)"
else
  SOURCE_DATE_EPOCH="$(date -d "$mtime" +%s)"
fi
export SOURCE_DATE_EPOCH

chmod u+w "$layer"
(cd "$layer"; source "$extraCommandsPath")

mkdir -p "$out"
fakeroot -- /bin/bash -c '
  set -euo pipefail
  cd "$1"
  source "$fakeRootCommandsPath"
  tar --format=gnu --sort=name \
      --exclude=./proc --exclude=./sys --exclude=./nix/store \
      --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
      --hard-dereference \
      -cf "$out/layer.tar" .
' customisation-layer "$layer"

sha256sum "$out/layer.tar" | cut -d' ' -f1 >"$out/checksum"
