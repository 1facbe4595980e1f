# link_tree SRC DST: merge SRC into DST the way nixpkgs' symlinkJoin does with
# `lndir -silent`: directories become real directories, files become symlinks to
# the file in SRC, symlinks in SRC are copied with the same target text, and the
# first path to provide an entry wins.
link_tree() {
  local src=$1 dst=$2 entry base target
  local entries=()
  mapfile -d '' -t entries < <(find "$src" -mindepth 1 -maxdepth 1 -print0 | LC_ALL=C sort -z)
  for entry in "${entries[@]}"; do
    base=${entry##*/}
    target="$dst/$base"
    if [ -d "$entry" ] && [ ! -L "$entry" ]; then
      if [ -L "$target" ] || { [ -e "$target" ] && [ ! -d "$target" ]; }; then
        continue
      fi
      mkdir -p "$target"
      link_tree "$entry" "$target"
    elif [ -e "$target" ] || [ -L "$target" ]; then
      continue
    elif [ -L "$entry" ]; then
      ln -s "$(readlink "$entry")" "$target"
    else
      ln -s "$entry" "$target"
    fi
  done
}
