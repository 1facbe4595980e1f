# Builder of one package of the offline package set (a TEST FIXTURE): unpacks
# Debian .deb files into $out with a nixpkgs-like layout, strips where asked,
# and points ELF interpreters / RUNPATHs at store paths so that Nix's reference
# scanner sees exactly the libraries each file needs.
#
# Environment (set by default.nix):
#   debs            .deb store paths to unpack (normally one)
#   deps            packages searched, in order, for DT_NEEDED libraries
#   glibc           package whose lib/ld-linux-x86-64.so.2 becomes the interpreter
#   dropPaths       paths (relative to the .deb root) removed before the layout step
#   keepEtc         "1" keeps etc/ (dropped otherwise)
#   dontPatchELF    "1" leaves ELF files alone (glibc itself)
#   stripAllList / stripDebugList / dontStrip   as in nixpkgs' stdenv
#   postInstall     shell run at the end with cwd = $out
set -euo pipefail
export LC_ALL=C
unset TAR_OPTIONS || true

root="$TMPDIR/root"
mkdir -p "$root" "$out"

for deb in $debs; do
  dpkg-deb -x "$deb" "$root"
done

# Documentation, packaging metadata and service-manager files nobody needs in
# an image.
for p in usr/share/doc usr/share/doc-base usr/share/man usr/share/info \
         usr/share/lintian usr/share/locale usr/share/bug usr/share/menu \
         usr/share/debianutils usr/share/initramfs-tools usr/share/bash-completion \
         usr/share/gdb lib/systemd usr/lib/systemd usr/lib/tmpfiles.d \
         usr/lib/sysusers.d $dropPaths; do
  rm -rf "${root:?}/$p"
done
[ "${keepEtc:-}" = 1 ] || rm -rf "$root/etc"

# Debian path (absolute) -> path relative to $out, empty when not kept.
map_path() {
  case "$1" in
    /lib/x86_64-linux-gnu/*)     echo "lib/${1#/lib/x86_64-linux-gnu/}" ;;
    /usr/lib/x86_64-linux-gnu/*) echo "lib/${1#/usr/lib/x86_64-linux-gnu/}" ;;
    /usr/lib/*)                  echo "lib/${1#/usr/lib/}" ;;
    /lib/*)                      echo "lib/${1#/lib/}" ;;
    /bin/*|/sbin/*)              echo "bin/${1#/*bin/}" ;;
    /usr/bin/*|/usr/sbin/*)      echo "bin/${1#/usr/*bin/}" ;;
    /usr/libexec/*)              echo "libexec/${1#/usr/libexec/}" ;;
    /usr/share/*)                echo "share/${1#/usr/share/}" ;;
    /etc/*)                      echo "etc/${1#/etc/}" ;;
    *)                           echo "" ;;
  esac
}

merge_into() { # src-dir (in $root) dst-dir (in $out)
  local src="$root/$1" dst="$out/$2"
  [ -d "$src" ] && [ ! -L "$src" ] || return 0
  mkdir -p "$dst"
  (cd "$src" && tar -cf - .) | (cd "$dst" && tar -xf -)
  rm -rf "$src"
}

# Order matters: the multiarch dirs before the generic /usr/lib, /lib.
merge_into lib/x86_64-linux-gnu lib
merge_into usr/lib/x86_64-linux-gnu lib
merge_into usr/lib lib
merge_into lib lib
merge_into bin bin
merge_into sbin bin
merge_into usr/bin bin
merge_into usr/sbin bin
merge_into usr/libexec libexec
merge_into usr/share share
merge_into etc etc

left="$(cd "$root" && find . -mindepth 1 ! -type d | sort)"
if [ -n "$left" ]; then
  echo "build-deb: not kept (outside the mapped layout):" >&2
  echo "$left" | sed 's/^/  /' >&2
fi

# Absolute symlinks point into the host's filesystem: re-point them inside $out
# (relative), or drop them when their target is not part of this package.
while IFS= read -r -d '' link; do
  target="$(readlink "$link")"
  case "$target" in
    /*)
      mapped="$(map_path "$target")"
      if [ -n "$mapped" ] && { [ -e "$out/$mapped" ] || [ -L "$out/$mapped" ]; } && [ "$out/$mapped" != "$link" ]; then
        ln -sfn "$(realpath -m -s --relative-to="$(dirname "$link")" "$out/$mapped")" "$link"
      else
        echo "build-deb: dropping symlink ${link#"$out"/} -> $target" >&2
        rm -f "$link"
      fi ;;
  esac
done < <(find "$out" -type l -print0)
find "$out" -depth -mindepth 1 -type d -empty -delete

# (NUL bytes become '.': the ELF magic has none, and bash warns about them.)
is_elf() { [ -f "$1" ] && [ ! -L "$1" ] && [ "$(head -c 4 "$1" 2>/dev/null | tr '\0' .)" = $'\x7fELF' ]; }

strip_dirs() { # flag dirs...
  local flag=$1 d f; shift
  for d in "$@"; do
    [ -d "$out/$d" ] || continue
    while IFS= read -r -d '' f; do
      if is_elf "$f"; then
        chmod u+w "$f"
        strip "$flag" "$f"
      fi
    done < <(find "$out/$d" -type f -print0 | sort -z)
  done
}
if [ "${dontStrip:-}" != 1 ]; then
  # Debian's binaries are already stripped of debug info (dh_strip), so the
  # default is to leave them; stripAllList / stripDebugList behave as in stdenv.
  # shellcheck disable=SC2086
  [ -z "${stripDebugList:-}" ] || strip_dirs -S $stripDebugList
  # shellcheck disable=SC2086
  [ -z "${stripAllList:-}" ] || strip_dirs -s $stripAllList
fi

if [ "${dontPatchELF:-}" != 1 ]; then
  search=("$out/lib")
  for d in $deps; do search+=("$d/lib"); done
  interp=""
  [ -z "${glibc:-}" ] || interp="$glibc/lib/ld-linux-x86-64.so.2"
  while IFS= read -r -d '' f; do
    is_elf "$f" || continue
    chmod u+w "$f"
    if [ -n "$interp" ] && patchelf --print-interpreter "$f" >/dev/null 2>&1; then
      patchelf --set-interpreter "$interp" "$f"
    fi
    rpath=()
    while IFS= read -r needed; do
      [ -n "$needed" ] || continue
      found=""
      for dir in "${search[@]}"; do
        if [ -e "$dir/$needed" ]; then found="$dir"; break; fi
      done
      [ -n "$found" ] || { echo "build-deb: ${f#"$out"/} needs $needed, which no dependency provides (deps: $deps)" >&2; exit 1; }
      case " ${rpath[*]} " in *" $found "*) ;; *) rpath+=("$found") ;; esac
    done < <(patchelf --print-needed "$f")
    if [ "${#rpath[@]}" -gt 0 ]; then
      patchelf --set-rpath "$(IFS=:; echo "${rpath[*]}")" "$f"
    elif [ -n "$(patchelf --print-rpath "$f")" ]; then
      patchelf --remove-rpath "$f"
    fi
  done < <(find "$out" -type f -print0 | sort -z)
fi

if [ -n "${postInstall:-}" ]; then
  (cd "$out"; eval "$postInstall")
fi
