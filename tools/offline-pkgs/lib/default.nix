# `lib` of the offline package set (a TEST FIXTURE): the few nixpkgs `lib`
# functions an image expression needs, with the semantics of nixpkgs' lib at
# nixos-24.11 (lib/strings.nix, lib/lists.nix, lib/attrsets.nix, lib/trivial.nix).
# Written from their documented behaviour, not copied; tools/offline-pkgs/test/
# checks them on examples. Anything not listed here is absent on purpose:
# `pkgs.lib.foo` fails with "attribute 'foo' missing" instead of pretending.
let
  inherit (builtins) attrNames concatStringsSep elemAt filter foldl' isList isPath
    length listToAttrs match replaceStrings stringLength substring;

  # lib.trivial.warnIf: trace "warning: MSG" and return the value (Nix 2.8 has no builtins.warn).
  warnIf = cond: msg: value: if cond then builtins.trace "warning: ${msg}" value else value;
  throwIf = cond: msg: value: if cond then throw msg else value;

  # lib.strings.escapeShellArg: strings made only of shell-safe characters are
  # returned as they are; anything else is single-quoted, `'` becoming `'\''`.
  escapeShellArg = arg:
    let string = toString arg;
    in if match "[[:alnum:],._+:@%/-]+" string == null
       then "'${replaceStrings [ "'" ] [ "'\\''" ] string}'"
       else string;

  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);

  escapeShellArgs = concatMapStringsSep " " escapeShellArg;

  concatStrings = concatStringsSep "";

  # lib.strings.hasPrefix / removePrefix (strings only; a path as the prefix is
  # a warning / an error, as in nixpkgs).
  hasPrefix = pref: str:
    warnIf (isPath pref)
      "lib.strings.hasPrefix: The first argument (${toString pref}) is a path value, but only strings are supported."
      (substring 0 (stringLength pref) str == pref);

  removePrefix = prefix: str:
    throwIf (isPath prefix)
      "lib.strings.removePrefix: The first argument (${toString prefix}) is a path value, but only strings are supported."
      (let preLen = stringLength prefix;
       in if substring 0 preLen str == prefix then substring preLen (-1) str else str);

  optionalString = cond: string: if cond then string else "";

  # lib.lists
  optional = cond: elem: if cond then [ elem ] else [ ];
  optionals = cond: elems: if cond then elems else [ ];
  toList = x: if isList x then x else [ x ];
  unique = foldl' (acc: e: if builtins.elem e acc then acc else acc ++ [ e ]) [ ];
  # lib.lists.foldl': like builtins.foldl', but the initial accumulator is forced too.
  strictFoldl = op: acc: builtins.seq acc (builtins.foldl' op acc);

  # lib.attrsets
  optionalAttrs = cond: as: if cond then as else { };
  mapAttrsToList = f: attrs: map (name: f name attrs.${name}) (attrNames attrs);
  filterAttrs = pred: set:
    listToAttrs (builtins.concatMap
      (name: let v = set.${name}; in if pred name v then [ { inherit name; value = v; } ] else [ ])
      (attrNames set));
  attrByPath = attrPath: default: set:
    let
      n = length attrPath;
      go = i: s:
        if i == n then s
        else let attr = elemAt attrPath i; in
          if s ? ${attr} then go (i + 1) s.${attr} else default;
    in go 0 set;
  getAttrFromPath = attrPath: set:
    attrByPath attrPath (abort ("cannot find attribute '" + concatStringsSep "." attrPath + "'")) set;
  genAttrs = names: f: listToAttrs (map (n: { name = n; value = f n; }) names);
  isDerivation = value: value.type or null == "derivation";

  strings = {
    inherit escapeShellArg escapeShellArgs concatStrings concatMapStringsSep hasPrefix removePrefix
      optionalString;
    inherit (builtins) concatStringsSep;
  };
  lists = {
    inherit optional optionals toList unique filter;
    inherit (builtins) elem any all;
    "foldl'" = strictFoldl;
  };
  attrsets = {
    inherit optionalAttrs mapAttrsToList filterAttrs attrByPath getAttrFromPath genAttrs isDerivation;
    inherit (builtins) mapAttrs attrNames attrValues listToAttrs;
  };
in
{
  inherit strings lists attrsets;
  inherit escapeShellArg escapeShellArgs concatStrings concatMapStringsSep hasPrefix removePrefix
    optionalString optional optionals toList unique optionalAttrs mapAttrsToList filterAttrs
    attrByPath getAttrFromPath genAttrs isDerivation;
  inherit (builtins) concatStringsSep mapAttrs elem any all filter attrNames attrValues listToAttrs;
  "foldl'" = strictFoldl;
}
