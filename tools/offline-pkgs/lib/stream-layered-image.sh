# stream-layered-image CONF: writes a docker-archive (the format `docker save`
# makes) of the image described by CONF to stdout. Part of the offline package
# set (a TEST FIXTURE); plays the role of nixpkgs' stream_layered_image.py.
# Uses host tools: tar (GNU), sha256sum, jq, date.
#
# Layers: one per entry of store_layers (each holds nix/, nix/store/ with mode
# 0555 and the store paths), then the prebuilt customisation layer. All tars are
# deterministic: GNU format, sorted names, fixed mtime, numeric owners.
set -euo pipefail
export LC_ALL=C
export PATH="/usr/bin:/bin${PATH:+:$PATH}"
unset TAR_OPTIONS || true

conf=${1:?usage: stream-layered-image CONF.json}
if [ -t 1 ]; then
  echo "stream-layered-image: refusing to write a tar archive to a terminal; pipe it, e.g. into 'podman load'" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/stream-layered-image.XXXXXX")"
cleanup() { chmod -R u+w "$work" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

get() { jq -r "$1" "$conf"; }

created="$(get .created)"
[ "$created" != now ] || created="$(TZ=UTC date -Iseconds)"
mtime="$(get .mtime)"
if [ "$mtime" = now ]; then epoch="$(date +%s)"; else epoch="$(date -d "$mtime" +%s)"; fi
uid="$(get .uid)"; gid="$(get .gid)"; uname="$(get .uname)"; gname="$(get .gname)"
[ "$(get .store_dir)" = /nix/store ] || { echo "stream-layered-image: only /nix/store is supported" >&2; exit 1; }

mkdir -p "$work/out" "$work/parents/nix/store"
chmod 0555 "$work/parents/nix/store" "$work/parents/nix"

layers=()
diff_ids=()
comments=()
add_layer() { # file comment
  local sum
  sum="$(sha256sum "$1" | cut -d' ' -f1)"
  mkdir -p "$work/out/$sum"
  mv "$1" "$work/out/$sum/layer.tar"
  layers+=("$sum/layer.tar")
  diff_ids+=("sha256:$sum")
  comments+=("$2")
}

n="$(get '.store_layers | length')"
for ((i = 0; i < n; i++)); do
  mapfile -t paths < <(jq -r ".store_layers[$i][]" "$conf" | sort)
  rel=()
  for p in "${paths[@]}"; do rel+=("${p#/}"); done
  echo "Creating layer $((i + 1)) from paths: ${paths[*]}" >&2
  tar --format=gnu --sort=name --hard-dereference \
      --mtime="@$epoch" --owner="$uname:$uid" --group="$gname:$gid" \
      -cf "$work/layer.tar" \
      -C "$work/parents" --no-recursion nix nix/store \
      -C / --recursion "${rel[@]}"
  add_layer "$work/layer.tar" "store paths: ${paths[*]}"
done

echo "Creating layer $((n + 1)) with customisation..." >&2
cp "$(get .customisation_layer)/layer.tar" "$work/layer.tar"
add_layer "$work/layer.tar" "customisation layer"

json_list() { if [ "$#" -gt 0 ]; then printf '%s\n' "$@" | jq -R . | jq -s -c .; else echo '[]'; fi; }

jq -c --arg created "$created" \
      --argjson diff_ids "$(json_list "${diff_ids[@]}")" \
      --argjson comments "$(json_list "${comments[@]}")" '{
    architecture: .architecture,
    config: .config,
    created: $created,
    history: [$comments[] | {created: $created, comment: .}],
    os: .os,
    rootfs: {diff_ids: $diff_ids, type: "layers"}
  }' "$conf" >"$work/config.json"
cfg="$(sha256sum "$work/config.json" | cut -d' ' -f1).json"
mv "$work/config.json" "$work/out/$cfg"

echo "Adding manifests..." >&2
jq -n -c --arg cfg "$cfg" --arg tag "$(get .repo_tag)" \
      --argjson layers "$(json_list "${layers[@]}")" \
      '[{Config: $cfg, RepoTags: [$tag], Layers: $layers}]' >"$work/out/manifest.json"

tar --format=gnu --no-recursion --mtime="@$epoch" \
    --owner=0 --group=0 --numeric-owner --mode='a=rX,u+w' \
    -C "$work/out" -cf - "${layers[@]}" "$cfg" manifest.json
echo "Done." >&2
