# Builder of the image configuration ("conf") of dockerTools.streamLayeredImage
# in the offline package set (a TEST FIXTURE). Like nixpkgs, it takes the runtime
# closure of the base JSON (config) and of the customisation layer, which Nix
# computes and hands over through exportReferencesGraph, drops those two helper
# paths, orders the rest by popularity (how many paths of the closure depend on
# each one) and gives each store path its own layer; when there are more paths
# than maxLayers - 1 allows, the least popular ones share the last store layer.
#
# Environment: graphs, excludePaths, baseJson, customisationLayer, tag, imageName,
#              created, mtime, uid, gid, uname, gname, maxLayers
set -euo pipefail
export LC_ALL=C

# exportReferencesGraph files: per path, "path\nderiver\ncount\nref...\n".
graph='{}'
lines=()
for g in $graphs; do
  while IFS= read -r path; do
    [ -n "$path" ] || continue
    IFS= read -r _deriver
    IFS= read -r count
    refs=()
    for ((i = 0; i < count; i++)); do IFS= read -r ref; refs+=("$ref"); done
    lines+=("$path ${refs[*]}")
  done <"$g"
done
if [ "${#lines[@]}" -gt 0 ]; then
  graph="$(printf '%s\n' "${lines[@]}" | jq -R -s '
    split("\n") | map(select(length > 0) | split(" ") | map(select(length > 0)))
    | map({key: .[0], value: .[1:]}) | from_entries')"
fi

excl="$(printf '%s\n' $excludePaths | jq -R -s 'split("\n") | map(select(length > 0))')"
availableLayers=$((maxLayers - 1))
if [ "$availableLayers" -lt 1 ]; then
  echo "Error: maxLayers=$maxLayers leaves no layer for the store paths (one is the customisation layer)" >&2
  exit 1
fi

storeLayers="$(jq -n --argjson g "$graph" --argjson excl "$excl" --argjson n "$availableLayers" '
  def clo($g; $p): ([$p] + ([$g[$p][]? | select(. != $p) | clo($g; .)] | add // [])) | unique;
  ($g | keys) as $all
  | ([$all[] as $q | clo($g; $q)[]] | group_by(.) | map({key: .[0], value: length}) | from_entries) as $pop
  | [$all[] | select(. as $p | $excl | index([$p]) | not)]
  | map({p: ., n: $pop[.]}) | sort_by([-.n, .p]) | map(.p)
  | (.[:$n - 1] | map([.])) + [.[$n - 1:]]
  | map(select(length > 0))')"

if [ -n "$tag" ]; then
  imageTag="$tag"
else
  outName="$(basename "$out")"
  imageTag="${outName%%-*}"
fi

if [ "$created" != now ]; then
  created="$(TZ=UTC date -Iseconds -d "$created")"
fi

jq --argjson store_layers "$storeLayers" \
   --arg customisation_layer "$customisationLayer" \
   --arg repo_tag "$imageName:$imageTag" \
   --arg created "$created" --arg mtime "$mtime" \
   --argjson uid "$uid" --argjson gid "$gid" --arg uname "$uname" --arg gname "$gname" \
   --arg store_dir "$NIX_STORE" '
  . + {
    store_dir: $store_dir,
    store_layers: $store_layers,
    customisation_layer: $customisation_layer,
    repo_tag: $repo_tag,
    created: $created,
    mtime: $mtime,
    uid: $uid, gid: $gid, uname: $uname, gname: $gname
  }' "$baseJson" >"$out"
