#!/usr/bin/env bash
# Setup step of the offline package set (a TEST FIXTURE, see README.md).
#
#   bash tools/offline-pkgs/fetch-debs.sh                 # download + verify the pinned .debs
#   bash tools/offline-pkgs/fetch-debs.sh --update-lock   # after editing packages.txt: resolve,
#                                                         # pin, download and build what changed
#   bash tools/offline-pkgs/fetch-debs.sh --update-lock --upgrade
#                                                         # same, moving every pin to apt's
#                                                         # current candidate
#   Options: --no-build (with --update-lock: skip the nix-build step)
#
# Without options: downloads every .deb listed in debs.lock.json with
# `apt-get download NAME=VERSION` into tools/offline-pkgs/cache/ (gitignored),
# skipping files already there with the right sha256, and checks that the lock
# was made from the current packages.txt. Idempotent and fast with a full cache.
#
# --update-lock: reads packages.txt, resolves every listed Debian package and,
# recursively, the Depends/Pre-Depends of the downloaded .debs (see README.md,
# "Dependency resolution"), keeps the existing pins (a pin the mirror no longer
# has, or one a new package needs newer, moves to apt's candidate), drops what
# nothing needs any more, rewrites debs.lock.json (deterministic), downloads,
# and builds the attributes whose packages changed with nix-build, printing
# what was added.
set -euo pipefail
export LC_ALL=C

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lock="$here/debs.lock.json"
list="$here/packages.txt"
cache="$here/cache"
self="bash tools/offline-pkgs/fetch-debs.sh"

die() { echo "fetch-debs: error: $*" >&2; exit 1; }
log() { echo "fetch-debs: $*" >&2; }

update_lock=0
upgrade=0
build=1
for arg in "$@"; do
  case "$arg" in
    --update-lock) update_lock=1 ;;
    --upgrade) upgrade=1; update_lock=1 ;;
    --no-build) build=0 ;;
    -h|--help) sed -n '2,23p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (usage: $self [--update-lock [--upgrade] [--no-build]])" ;;
  esac
done

for tool in apt-get apt-cache dpkg dpkg-deb jq sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found (Debian: apt-get install -y apt dpkg jq coreutils)"
done
[ "$(dpkg --print-architecture 2>/dev/null || echo unknown)" = amd64 ] \
  || die "this package set is pinned for amd64 (x86_64-linux) Debian bookworm hosts"

apt_opts=()
# As root, apt-get download would try to drop privileges to _apt, which cannot
# write into the checkout; download as the invoking user instead.
[ "$(id -u)" = 0 ] && apt_opts+=(-o APT::Sandbox::User=root)

apt_updated=0
apt_update_once() {
  [ "$apt_updated" = 1 ] && return 1
  apt_updated=1
  [ "$(id -u)" = 0 ] || die "apt does not know a requested version and 'apt-get update' needs root; run 'apt-get update' as root and retry"
  log "apt does not know a requested version; running apt-get update"
  apt-get update -qq >&2 || die "apt-get update failed"
}

# Name apt-get download gives a file: NAME_VERSION_ARCH.deb with ':' as %3a.
deb_filename() { printf '%s_%s_%s.deb' "$1" "${2//:/%3a}" "$3"; }

# ------------------------------------------------------------ packages.txt
# Line syntax (see packages.txt and README.md):
#   ATTR = DEB [DEB...]     nixpkgs attribute (path) made of these Debian packages
#   DEB                     attribute named like the Debian package
#   debian.DEB              pinned only, reachable as pkgs.debian.DEB
#   skip DEB  # reason      never follow a dependency on DEB (reason required)
#   skip DEB for PKG  # reason   ... only where PKG depends on it
# Prints {attributes, debianOnly, skip} as JSON.
parse_list() {
  [ -f "$list" ] || die "$list not found"
  local n=0 raw line comment attr deb word
  local -a words=() debs=() rows=()
  local -A seen_attr=() seen_skip=()
  local re_deb='^[a-z0-9][a-z0-9+.-]+$'
  local re_id="[A-Za-z_][A-Za-z0-9_'-]*"
  bad() { die "packages.txt:$n: $* (line: '$raw')"; }
  while IFS= read -r raw || [ -n "$raw" ]; do
    n=$((n + 1))
    line="${raw%%#*}"
    comment=""
    [[ "$raw" != *"#"* ]] || comment="${raw#*#}"
    comment="${comment#"${comment%%[![:space:]]*}"}"
    comment="${comment%"${comment##*[![:space:]]}"}"
    read -r -a words <<<"$line" || true
    [ "${#words[@]}" -gt 0 ] || continue
    if [ "${words[0]}" = skip ]; then
      if [ "${#words[@]}" = 2 ]; then
        deb="${words[1]}"; word=""
      elif [ "${#words[@]}" = 4 ] && [ "${words[2]}" = for ]; then
        deb="${words[1]}"; word="${words[3]}"
        [[ "$word" =~ $re_deb ]] || bad "'$word' is not a Debian package name"
      else
        bad "expected 'skip DEB  # reason' or 'skip DEB for PKG  # reason'"
      fi
      [[ "$deb" =~ $re_deb ]] || bad "'$deb' is not a Debian package name"
      [ -n "$comment" ] || bad "a skip line needs its reason as a comment ('skip $deb  # why it does not matter in a FROM-scratch image')"
      [ -z "${seen_skip[$deb/$word]:-}" ] || bad "'skip $deb${word:+ for $word}' is listed twice"
      seen_skip[$deb/$word]=1
      rows+=("skip"$'\t'"$deb"$'\t'"$word"$'\t'"$comment")
      continue
    fi
    if [ "${#words[@]}" -ge 2 ] && [ "${words[1]}" = "=" ]; then
      attr="${words[0]}"
      [ "${#words[@]}" -ge 3 ] || bad "'$attr =' names no Debian package"
      debs=("${words[@]:2}")
      [[ "$attr" =~ ^$re_id(\.$re_id)*$ ]] || bad "'$attr' is not a Nix attribute path (identifiers separated by dots)"
      [[ "$attr" != debian && "$attr" != debian.* ]] || bad "debian.* attributes exist for every pinned package; write 'debian.DEB' to pin one without an attribute"
    elif [ "${#words[@]}" = 1 ] && [[ "${words[0]}" == debian.* ]]; then
      deb="${words[0]#debian.}"
      [[ "$deb" =~ $re_deb ]] || bad "'$deb' is not a Debian package name"
      rows+=("only"$'\t'"$deb")
      continue
    elif [ "${#words[@]}" = 1 ]; then
      attr="${words[0]}"; debs=("$attr")
      [[ "$attr" =~ ^[a-z][a-z0-9-]*$ ]] || bad "'$attr' is not a valid attribute name; write 'ATTR = $attr' (the nixpkgs attribute name) or 'debian.$attr' (pinned only)"
    else
      bad "expected 'DEB', 'ATTR = DEB [DEB...]', 'debian.DEB' or 'skip DEB [for PKG]  # reason'"
    fi
    for deb in "${debs[@]}"; do [[ "$deb" =~ $re_deb ]] || bad "'$deb' is not a Debian package name"; done
    [ -z "${seen_attr[$attr]:-}" ] || bad "attribute '$attr' is defined twice"
    seen_attr[$attr]=1
    rows+=("attr"$'\t'"$attr"$'\t'"${debs[*]}")
  done <"$list"
  [ "${#seen_attr[@]}" -gt 0 ] || die "no packages in $list"
  printf '%s\n' "${rows[@]}" | jq -R -s -c '
    split("\n") | map(select(length > 0) | split("\t")) as $rows
    | {
        attributes: ([$rows[] | select(.[0] == "attr") | {key: .[1], value: (.[2] | split(" "))}] | from_entries),
        debianOnly: ([$rows[] | select(.[0] == "only") | .[1]] | unique),
        skip: ([$rows[] | select(.[0] == "skip") | {name: .[1], for: (if .[2] == "" then null else .[2] end), reason: .[3]}] | sort_by(.name, .for))
      }'
}

# --------------------------------------------------------------- download
have_ok() { [ -f "$cache/$1" ] && [ "$(sha256sum "$cache/$1" | cut -d' ' -f1)" = "$2" ]; }

partial="$cache/.partial"
cleanup_partial() { rm -rf "$partial"; }
trap cleanup_partial EXIT

# download_rows ROW...: ROW = "name<TAB>version<TAB>filename<TAB>sha256".
# Downloads the missing ones into the cache and verifies them. Returns 1 (after
# printing why) when some could not be had; sets failed_names.
failed_names=()
download_rows() {
  local row name version filename sha got
  local -a missing=() specs=()
  failed_names=()
  mkdir -p "$cache"
  for row in "$@"; do
    IFS=$'\t' read -r name version filename sha <<<"$row"
    if have_ok "$filename" "$sha"; then continue; fi
    if [ -e "$cache/$filename" ]; then
      log "$filename: checksum mismatch in cache, downloading again"
      rm -f "$cache/$filename"
    fi
    missing+=("$row")
  done
  [ "${#missing[@]}" -gt 0 ] || return 0
  rm -rf "$partial"; mkdir -p "$partial"
  for row in "${missing[@]}"; do
    IFS=$'\t' read -r name version _ _ <<<"$row"
    specs+=("$name=$version")
  done
  log "downloading ${#specs[@]} .deb(s)"
  fetch() { (cd "$partial" && apt-get "${apt_opts[@]}" -q download "$@" >&2); }
  if ! fetch "${specs[@]}"; then
    if apt_update_once; then fetch "${specs[@]}" || true; fi
  fi
  local failed=0
  for row in "${missing[@]}"; do
    IFS=$'\t' read -r name version filename sha <<<"$row"
    if [ ! -f "$partial/$filename" ]; then
      # Batch failed: try this one on its own to tell which version is gone.
      fetch "$name=$version" 2>/dev/null || true
    fi
    if [ ! -f "$partial/$filename" ]; then
      echo "fetch-debs: cannot download $name=$version (expected $filename)." >&2
      failed_names+=("$name"); failed=1; continue
    fi
    got="$(sha256sum "$partial/$filename" | cut -d' ' -f1)"
    if [ "$got" != "$sha" ]; then
      echo "fetch-debs: error: checksum mismatch for $filename" >&2
      echo "  expected (debs.lock.json / apt): $sha" >&2
      echo "  downloaded:                      $got" >&2
      echo "  The file apt serves for $name=$version is not the pinned one. If the change is" >&2
      echo "  expected, re-pin with: $self --update-lock --upgrade (and review the lock diff)." >&2
      exit 1
    fi
    mv "$partial/$filename" "$cache/$filename"
  done
  rm -rf "$partial"
  return "$failed"
}

# ------------------------------------------------------------- resolution
declare -A cand=()      # name -> apt candidate version, "" when none (virtual/unknown)
lookup_candidates() { # names... (only the ones not looked up yet)
  local -a todo=() ; local n v
  for n in "$@"; do [ -n "${cand[$n]+x}" ] || todo+=("$n"); done
  [ "${#todo[@]}" -gt 0 ] || return 0
  for n in "${todo[@]}"; do cand[$n]=""; done
  while read -r n v; do [ "$v" = "(none)" ] || cand[$n]=$v; done < <(
    apt-cache policy "${todo[@]}" 2>/dev/null | awk '
      /^[^ ].*:$/ { name = substr($0, 1, length($0) - 1); next }
      $1 == "Candidate:" && name != "" { print name, $2; name = "" }')
}

# trim VAR: strips leading/trailing whitespace of $VAR in place
trim() {
  local -n _v=$1
  _v="${_v#"${_v%%[![:space:]]*}"}"
  _v="${_v%"${_v##*[![:space:]]}"}"
}

# words_sorted EXCEPT WORD...: the words, sorted, unique, without EXCEPT, space-separated
words_sorted() {
  local except=$1; shift
  [ "$#" -gt 0 ] || return 0
  printf '%s\n' "$@" | awk -v x="$except" '$0 != x' | sort -u | paste -sd' ' -
}

# describe NAME=VERSION... -> "name<TAB>version<TAB>arch<TAB>sha256" (apt's metadata)
describe() {
  apt-cache show "$@" 2>/dev/null | awk '
    function flush() {
      if (pkg != "" && !((pkg SUBSEP ver) in seen)) { seen[pkg, ver] = 1; print pkg "\t" ver "\t" arch "\t" sha }
      pkg = ver = arch = sha = ""
    }
    /^$/ { flush(); next }
    /^Package: / { pkg = $2 } /^Version: / { ver = $2 }
    /^Architecture: / { arch = $2 } /^SHA256: / { sha = $2 }
    END { flush() }'
}

if [ "$update_lock" = 1 ]; then
  spec="$(parse_list)"
  mapfile -t requested < <(jq -r '[.attributes[][], .debianOnly[]] | unique | .[]' <<<"$spec")
  declare -A is_requested=()
  for n in "${requested[@]}"; do is_requested[$n]=1; done

  old='{"packages": []}'
  [ -f "$lock" ] && old="$(cat "$lock")"
  declare -A pin_ver=() pin_file=() pin_sha=() pin_arch=()
  if [ "$upgrade" = 0 ]; then
    while IFS=$'\t' read -r n v a f s; do
      pin_ver[$n]=$v; pin_arch[$n]=$a; pin_file[$n]=$f; pin_sha[$n]=$s
    done < <(jq -r '.packages[] | [.name, .version, .architecture, .filename, .sha256] | @tsv' <<<"$old")
  fi

  # skip rules: global ones by name, scoped ones by "name/for"
  declare -A skip_all=() skip_for=()
  while IFS=$'\t' read -r n f; do
    if [ -z "$f" ]; then skip_all[$n]=1; else skip_for[$n/$f]=1; fi
  done < <(jq -r '.skip[] | [.name, (.for // "")] | @tsv' <<<"$spec")
  declare -A skip_used=()

  attempt=0
  while :; do
    attempt=$((attempt + 1))
    [ "$attempt" -le 5 ] || die "dependency resolution did not settle after 5 rounds"
    declare -A ver=() arch=() file=() sha=() deps=() skipped=() virtual=() constraints=() provided_by=()
    declare -A queued=()
    skip_used=()
    level=()
    for n in "${requested[@]}"; do queued[$n]=1; level+=("$n"); done
    while [ "${#level[@]}" -gt 0 ]; do
      # 1. versions: the existing pin, else apt's candidate
      new=()
      for n in "${level[@]}"; do [ -n "${pin_ver[$n]:-}" ] || new+=("$n"); done
      if [ "${#new[@]}" -gt 0 ]; then
        lookup_candidates "${new[@]}"
        unknown=()
        for n in "${new[@]}"; do [ -n "${cand[$n]}" ] || unknown+=("$n"); done
        if [ "${#unknown[@]}" -gt 0 ] && apt_update_once; then
          for n in "${unknown[@]}"; do unset "cand[$n]"; done
          lookup_candidates "${unknown[@]}"
        fi
        specs=()
        for n in "${new[@]}"; do
          [ -n "${cand[$n]}" ] || die "apt has no candidate version for '$n' (is it in Debian bookworm main? a virtual package needs a concrete provider in packages.txt)"
          specs+=("$n=${cand[$n]}")
        done
        while IFS=$'\t' read -r n v a s; do
          [ "${cand[$n]:-}" = "$v" ] || continue
          { [ -n "$a" ] && [ -n "$s" ]; } || die "apt-cache show '$n=$v' gave no Architecture/SHA256"
          ver[$n]=$v; arch[$n]=$a; sha[$n]=$s; file[$n]="$(deb_filename "$n" "$v" "$a")"
        done < <(describe "${specs[@]}")
        for n in "${new[@]}"; do [ -n "${ver[$n]:-}" ] || die "apt-cache show did not describe $n=${cand[$n]}"; done
      fi
      for n in "${level[@]}"; do
        if [ -n "${pin_ver[$n]:-}" ]; then
          ver[$n]=${pin_ver[$n]}; arch[$n]=${pin_arch[$n]}; file[$n]=${pin_file[$n]}; sha[$n]=${pin_sha[$n]}
        fi
      done
      # 2. the .debs themselves (their control data is what we resolve from)
      rows=()
      for n in "${level[@]}"; do rows+=("$n"$'\t'"${ver[$n]}"$'\t'"${file[$n]}"$'\t'"${sha[$n]}"); done
      if ! download_rows "${rows[@]}"; then
        stale=()
        for n in "${failed_names[@]}"; do
          [ -n "${pin_ver[$n]:-}" ] || die "cannot download $n=${ver[$n]} although apt offers it"
          stale+=("$n")
        done
        for n in "${stale[@]}"; do
          log "$n ${pin_ver[$n]} is no longer on the mirror; moving it to apt's candidate"
          unset "pin_ver[$n]"
        done
        continue 2
      fi
      # What the packages of packages.txt provide (virtual names), from their .debs
      for n in "${level[@]}"; do
        [ -n "${is_requested[$n]:-}" ] || continue
        IFS=',' read -r -a provs <<<"$(dpkg-deb -f "$cache/${file[$n]}" Provides)"
        for p in "${provs[@]}"; do
          read -r p _ <<<"$p"
          [ -z "$p" ] || [ -n "${provided_by[$p]:-}" ] || provided_by[$p]=$n
        done
      done
      # 3. Depends + Pre-Depends -> chosen packages
      declare -A fields=()
      all_names=()
      for n in "${level[@]}"; do
        fields[$n]="$(dpkg-deb -f "$cache/${file[$n]}" Pre-Depends Depends | sed -n 's/^[A-Za-z-]*: //p' | paste -sd, -)"
        # every name mentioned, looked up in one apt-cache call below
        read -r -a words <<<"$(tr ',|' '  ' <<<"${fields[$n]}" | sed -e 's/([^)]*)//g' -e 's/:[a-z0-9-]*//g')"
        all_names+=("${words[@]}")
      done
      [ "${#all_names[@]}" -eq 0 ] || lookup_candidates $(printf '%s\n' "${all_names[@]}" | sort -u)
      next=()
      for n in "${level[@]}"; do
        chosen=(); skipped_here=(); virtual_here=()
        IFS=',' read -r -a groups <<<"${fields[$n]}"
        for group in "${groups[@]}"; do
          trim group
          [ -n "$group" ] || continue
          pick=""; pick_cons=""; skip_hit=""
          IFS='|' read -r -a alts <<<"$group"
          for alt in "${alts[@]}"; do
            trim alt
            [[ "$alt" =~ ^([a-z0-9][a-z0-9+.-]*)(:[a-z0-9-]+)?[[:space:]]*(\([[:space:]]*([<>=]+)[[:space:]]*([^\)[:space:]]+)[[:space:]]*\))?$ ]] \
              || die "$n: cannot parse the dependency '$alt'"
            d="${BASH_REMATCH[1]}"; op="${BASH_REMATCH[4]}"; dv="${BASH_REMATCH[5]}"
            if [ -n "${skip_all[$d]:-}" ]; then skip_hit="$d"; skip_used[$d/]=1; break; fi
            if [ -n "${skip_for[$d/$n]:-}" ]; then skip_hit="$d"; skip_used[$d/$n]=1; break; fi
            if [ -n "${pin_ver[$d]:-}" ] || [ -n "${ver[$d]:-}" ]; then pick="$d"; pick_cons="$op $dv"; break; fi
            lookup_candidates "$d"
            if [ -n "${cand[$d]}" ]; then pick="$d"; pick_cons="$op $dv"; break; fi
          done
          if [ -n "$skip_hit" ]; then skipped_here+=("$skip_hit"); continue; fi
          if [ -z "$pick" ]; then
            # A virtual package that a package of packages.txt provides (e.g. the
            # nginx-abi-* of Debian's nginx modules): satisfied, no edge.
            for alt in "${alts[@]}"; do
              read -r d _ <<<"$alt"; d="${d%%:*}"
              if [ -n "${provided_by[$d]:-}" ]; then virtual_here+=("$d=${provided_by[$d]}"); pick="-"; break; fi
            done
            [ "$pick" != "-" ] || continue
          fi
          [ -n "$pick" ] || die "$n ${ver[$n]}: cannot resolve '$group': no alternative is a real package in bookworm (virtual, or unknown to apt). Add 'skip NAME for $n  # reason' to packages.txt if it does not matter in a FROM-scratch image, or name a provider there."
          chosen+=("$pick")
          [ "$pick_cons" = " " ] || constraints[$n/$pick]="$pick_cons"
          if [ -z "${queued[$pick]:-}" ]; then queued[$pick]=1; next+=("$pick"); fi
        done
        deps[$n]="$(words_sorted "$n" "${chosen[@]}")"
        skipped[$n]="$(words_sorted "" "${skipped_here[@]}")"
        virtual[$n]="$(words_sorted "" "${virtual_here[@]}")"
      done
      level=("${next[@]}")
    done

    # 4. version constraints against what is pinned; a kept pin that is too old moves
    retry=0
    for key in "${!constraints[@]}"; do
      n="${key%%/*}"; d="${key#*/}"
      read -r op dv <<<"${constraints[$key]}"
      if ! dpkg --compare-versions "${ver[$d]}" "$op" "$dv"; then
        if [ -n "${pin_ver[$d]:-}" ]; then
          log "$n needs $d ($op $dv); moving the pin $d ${ver[$d]} to apt's candidate"
          unset "pin_ver[$d]"; retry=1
        else
          die "$n ${ver[$n]} needs $d ($op $dv) but apt's candidate is ${ver[$d]}"
        fi
      fi
    done
    [ "$retry" = 1 ] && continue
    break
  done

  # unused skip lines are probably stale: say so
  while IFS=$'\t' read -r n f; do
    [ -n "${skip_used[$n/$f]:-}" ] || log "note: 'skip $n${f:+ for $f}' in packages.txt matched no dependency"
  done < <(jq -r '.skip[] | [.name, (.for // "")] | @tsv' <<<"$spec")

  # 5. no cycles (Nix cannot build a package that depends on itself)
  declare -A state=()
  visit() {
    local n=$1 d; shift
    case "${state[$n]:-}" in
      done) return 0 ;;
      active) die "dependency cycle: $* $n. Break it with 'skip DEP for PKG  # reason' in packages.txt." ;;
    esac
    state[$n]=active
    for d in ${deps[$n]}; do visit "$d" "$@" "$n ->"; done
    state[$n]=done
  }
  for n in "${!ver[@]}"; do visit "$n"; done

  # 6. the lock
  entries="$(for n in "${!ver[@]}"; do
    jq -n -c --arg name "$n" --arg version "${ver[$n]}" --arg arch "${arch[$n]}" \
      --arg filename "${file[$n]}" --arg sha256 "${sha[$n]}" \
      --arg depends "${deps[$n]}" --arg skipped "${skipped[$n]}" --arg virtual "${virtual[$n]}" '
      {name: $name, version: $version, architecture: $arch, filename: $filename, sha256: $sha256,
       depends: ($depends | split(" ") | map(select(length > 0)))}
      + (if $skipped == "" then {} else {skipped: ($skipped | split(" "))} end)
      + (if $virtual == "" then {} else {providedBy: ($virtual | split(" ") | map(split("=") | {key: .[0], value: .[1]}) | from_entries)} end)'
  done)"
  tmp="$(mktemp "$lock.XXXXXX")"
  jq -s --indent 2 --argjson spec "$spec" '{
      comment: "Pinned Debian bookworm .deb files of the ARMORRED offline package set (a test fixture, see README.md), with each package'"'"'s resolved dependencies. Generated from packages.txt by fetch-debs.sh --update-lock; do not edit by hand.",
      distribution: "debian-bookworm",
      attributes: $spec.attributes,
      debianOnly: $spec.debianOnly,
      skip: $spec.skip,
      packages: sort_by(.name)
    }' <<<"$entries" >"$tmp"
  chmod 0644 "$tmp"
  new_lock="$(cat "$tmp")"
  mv "$tmp" "$lock"

  # 7. what changed
  changes="$(jq -n -c --argjson old "$old" --argjson new "$new_lock" '
    def byname: map({key: .name, value: .}) | from_entries;
    ($old.packages | byname) as $o | ($new.packages | byname) as $n
    | {
        added: [$n | keys[] | select($o[.] == null)],
        updated: [$n | keys[] | select($o[.] != null and ($o[.] | {version, sha256, depends}) != ($n[.] | {version, sha256, depends}))],
        removed: [$o | keys[] | select($n[.] == null)]
      }')"
  log "wrote $lock: $(jq -r '"\(.added | length) added, \(.updated | length) updated, \(.removed | length) removed"' <<<"$changes") (of $(jq '.packages | length' <<<"$new_lock") pinned .debs)"
  jq -r --argjson old "$old" --argjson new "$new_lock" '
    def byname: map({key: .name, value: .}) | from_entries;
    ($old.packages | byname) as $o | ($new.packages | byname) as $n
    | (.added[] | "  + \(.) \($n[.].version)  depends: \($n[.].depends | join(" ") | if . == "" then "-" else . end)\($n[.].skipped // [] | if length > 0 then "  (skipped: \(join(" ")))" else "" end)"),
      (.updated[] | "  ~ \(.) \(if $o[.].version == $n[.].version then $n[.].version else "\($o[.].version) -> \($n[.].version)" end)  depends: \($n[.].depends | join(" ") | if . == "" then "-" else . end)\($n[.].skipped // [] | if length > 0 then "  (skipped: \(join(" ")))" else "" end)"),
      (.removed[] | "  - \(.) \($o[.].version)")' <<<"$changes" >&2
fi

# ----------------------------------------------------- download everything
[ -f "$lock" ] || die "$lock not found; create it with: $self --update-lock"
mapfile -t rows < <(jq -r '.packages[] | [.name, .version, .filename, .sha256] | @tsv' "$lock")
[ "${#rows[@]}" -gt 0 ] || die "$lock lists no packages"
if ! download_rows "${rows[@]}"; then
  echo "  Debian mirrors keep only the current version of a package; if a pinned one was" >&2
  echo "  superseded, re-pin with: $self --update-lock (moves only what is gone)" >&2
  exit 1
fi

if [ "$update_lock" = 0 ]; then
  # The lock must have been made from the current packages.txt.
  spec="$(parse_list)"
  jq -e --argjson spec "$spec" '{attributes, debianOnly, skip} == $spec' "$lock" >/dev/null \
    || die "packages.txt changed since debs.lock.json was written (or the lock predates it); run: $self --update-lock"
  log "all ${#rows[@]} .debs present and verified in $cache"
  exit 0
fi
log "all ${#rows[@]} .debs present and verified in $cache"

# ------------------------------------------------------ build what changed
# Attributes (and debian.* pins) whose Debian packages, or their dependencies,
# were added or updated, or whose definition is new or different.
targets="$(jq -c --argjson old "$old" --argjson changes "$changes" '
  (.packages | map({key: .name, value: .depends}) | from_entries) as $deps
  | ($changes.added + $changes.updated) as $changed
  | def reach: . as $s | ($s + [$s[] | $deps[.][]?] | unique) as $t | if $t == $s then $s else ($t | reach) end;
  def touched: (. | reach) | any(. as $p | $changed | index([$p]) != null);
  [ (.attributes | to_entries[]
      | select((($old.attributes // {})[.key]) != .value or (.value | touched))
      | {attr: (.key | split(".")), debs: .value}),
    (.debianOnly[]
      | . as $d | select((($old.debianOnly // []) | index([$d]) == null) or ([$d] | touched))
      | {attr: ["debian", .], debs: [.]})
  ]' "$lock")"
count="$(jq length <<<"$targets")"
if [ "$count" = 0 ]; then
  log "no attribute changed; nothing to build"
  exit 0
fi
if [ "$build" = 0 ]; then
  log "--no-build: not building $count changed attribute(s): $(jq -r 'map(.attr | join(".")) | join(" ")' <<<"$targets")"
  exit 0
fi
command -v nix-build >/dev/null 2>&1 || die "nix-build not found (apt-get install -y nix-bin nix-setup-systemd), or pass --no-build"
log "building $count attribute(s) with nix-build"
attrs_json="$(jq -c 'map(.attr)' <<<"$targets")"
mapfile -t outs < <(nix-build --no-out-link --option substituters '' \
  --argstr dir "$here" --argstr attrs "$attrs_json" -E '
    { dir, attrs }:
    let pkgs = import (/. + dir) { };
    in map (path: pkgs.lib.getAttrFromPath path pkgs) (builtins.fromJSON attrs)')
[ "${#outs[@]}" = "$count" ] || die "nix-build returned ${#outs[@]} paths for $count attributes"
i=0
while IFS=$'\t' read -r attr debs; do
  out="${outs[$i]}"; i=$((i + 1))
  mapfile -t closure < <(nix-store -qR "$out")
  bytes="$(nix-store -q --size "${closure[@]}" | awk '{ s += $1 } END { print s }')"
  printf '  %s = %s\n      -> %s  (closure: %d store paths, %.1f MiB)\n' \
    "$attr" "$debs" "$out" "${#closure[@]}" "$(awk -v b="$bytes" 'BEGIN { print b / 1048576 }')" >&2
done < <(jq -r '.[] | [(.attr | join(".")), (.debs | join(" "))] | @tsv' <<<"$targets")
log "done"
