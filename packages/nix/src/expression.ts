// A resolved tier -> one Nix expression building a FROM-scratch image with
// dockerTools.buildLayeredImage. Pure: data in, text out.
//
// Why buildLayeredImage and not streamLayeredImage: the result is a docker-archive file in
// the store, which podman loads, skopeo pushes and the analysis reads directly, and which
// Nix can check for reproducibility (`nix-build --check`). streamLayeredImage would save
// store space but yields a script, not an artifact.
import { ArmorredError, EXIT } from '@armorred/errors';
import type { CatalogSpec, NixpkgsPin } from '@armorred/catalog';
import { tierProblems, type ResolvedTier, type SpecCheckContext, type TierProblem } from '@armorred/spec';
import { BUILD_TIME_LABELS, type Labels } from '@armorred/labels';
import { imageAttrName } from '@armorred/repository';
import { nixAttrPath, nixInterpolated, nixRef, nixString, shellQuote } from './escape.js';

/** The tier breaks a rule, so no expression can do what it says; nothing is emitted. */
export class CompileError extends ArmorredError {
  readonly problems: TierProblem[];
  constructor(tier: string, problems: TierProblem[]) {
    super(`cannot compile tier ${tier}:\n${problems.map((problem) => `  ${problem.path.join('.')}: ${problem.message}`).join('\n')}`, EXIT.INVALID);
    this.problems = problems;
  }
}

export interface CompileInput {
  resolved: ResolvedTier;
  catalog: CatalogSpec;
  /** Image folder name, e.g. nginx-1.26. */
  folder: string;
  /** The tier's labels (packages/labels). */
  labels: Labels;
  sourceFile: SpecCheckContext['sourceFile'];
}

/** Directories that are shared scratch space: mode 1777, owned by root, as on any Unix. */
const STICKY_DIRECTORIES = ['/tmp', '/var/tmp'];
/** The date dockerTools uses when none is given; fixed so rebuilds are byte-identical. */
export const REPRODUCIBLE_CREATED = '1970-01-01T00:00:01Z';

export function pinUrl(pin: NixpkgsPin): string {
  return pin.url ?? `https://github.com/NixOS/nixpkgs/archive/${pin.rev}.tar.gz`;
}

function nixList(items: readonly string[], indent: string): string {
  if (items.length === 0) return '[ ]';
  return `[\n${items.map((item) => `${indent}  ${item}`).join('\n')}\n${indent}]`;
}

function nixOverrideValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`override value ${value} is not an integer`);
    return String(value);
  }
  if (typeof value === 'string') return nixString(value);
  if (Array.isArray(value)) return value.length === 0 ? '[ ]' : `[ ${value.map(nixOverrideValue).join(' ')} ]`;
  if (typeof value === 'object' && value !== null && 'package' in value) return nixAttrPath('pkgs', String((value as { package: string }).package));
  throw new Error(`cannot express override value ${JSON.stringify(value)}`);
}

function mainPackage(resolved: ResolvedTier): string {
  const { attr, override, dropConfigureFlags, dropBuildInputs, strip } = resolved.package;
  let expression = nixAttrPath('pkgs', attr);
  const overrideEntries = Object.entries(override ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  if (overrideEntries.length > 0) {
    expression = `(${expression}.override {\n${overrideEntries.map(([name, value]) => `    ${nixString(name)} = ${nixOverrideValue(value)};`).join('\n')}\n  })`;
  }
  const attrs: string[] = [];
  if (dropConfigureFlags && dropConfigureFlags.length > 0) {
    attrs.push(
      `    configureFlags = builtins.filter (flag: !(builtins.elem flag [ ${dropConfigureFlags.map(nixString).join(' ')} ])) (old.configureFlags or [ ]);`,
    );
  }
  if (dropBuildInputs && dropBuildInputs.length > 0) {
    attrs.push(
      `    buildInputs = builtins.filter (input: !(builtins.elem (input.pname or (builtins.parseDrvName input.name).name) [ ${dropBuildInputs.map(nixString).join(' ')} ])) (old.buildInputs or [ ]);`,
    );
  }
  if (strip === 'all') attrs.push('    stripAllList = (old.stripAllList or [ ]) ++ [ "bin" "sbin" "lib" "libexec" ];');
  if (strip === 'none') attrs.push('    dontStrip = true;');
  if (attrs.length > 0) expression = `${expression}.overrideAttrs (old: {\n${attrs.join('\n')}\n  })`;
  return expression;
}

function relativeToRoot(path: string): string {
  return path.replace(/^\/+/, '');
}

export interface CompiledTier {
  /** The Nix expression (file content). */
  text: string;
}

/** Compiles one tier. Throws CompileError (with field paths) when the tier breaks a rule. */
export function compileTier(input: CompileInput): CompiledTier {
  const { resolved, catalog, folder, labels } = input;
  const problems = tierProblems(resolved, input.sourceFile);
  if (problems.length > 0) throw new CompileError(resolved.tier, problems);
  const pin = catalog.nixpkgs[resolved.nixpkgs];
  if (!pin) throw new CompileError(resolved.tier, [{ path: ['nixpkgs'], message: `no nixpkgs pin "${resolved.nixpkgs}" in catalog.yaml` }]);
  const { runtime } = resolved;
  const owner = `${runtime.user}:${runtime.group}`;

  // Runtime user in /etc/passwd and /etc/group: fakeNss has nobody (65534) already.
  const nss =
    runtime.user === 65534 && runtime.group === 65534
      ? 'dockerTools.fakeNss'
      : `(dockerTools.fakeNss.override {\n      extraPasswdLines = [ ${nixString(`armorred:x:${runtime.user}:${runtime.group}:ARMORRED runtime user:/var/empty:/sbin/nologin`)} ];\n      extraGroupLines = [ ${nixString(`armorred:x:${runtime.group}:`)} ];\n    })`;
  const contents = [
    'mainPackage',
    nss,
    ...resolved.contents.map((attr) => nixAttrPath('pkgs', attr)),
    ...(resolved.shell ? ['dockerTools.binSh'] : []),
    ...(resolved.coreutils ? ['pkgs.coreutils'] : []),
  ];

  const configBindings = runtime.configFiles.map(
    (file, index) => `  configFile${index} = builtins.path { path = ../. + ${nixString(`/${file.source}`)}; name = "armorred-config-${index}"; };`,
  );

  const writable = runtime.writablePaths.map(({ path }) => path);
  const directories = [...writable, ...(runtime.workingDir !== '/' ? [runtime.workingDir] : [])].map(relativeToRoot);
  const sticky = writable.filter((path) => STICKY_DIRECTORIES.includes(path)).map(relativeToRoot);
  const owned = writable.filter((path) => !STICKY_DIRECTORIES.includes(path)).map(relativeToRoot);
  // Relative paths: extraCommands runs in the root of the customisation layer.
  const extraCommands: string[] = [];
  if (directories.length > 0) extraCommands.push(nixInterpolated([`mkdir -p ${directories.map(shellQuote).join(' ')}`]));
  if (sticky.length > 0) extraCommands.push(nixInterpolated([`chmod 1777 ${sticky.map(shellQuote).join(' ')}`]));
  runtime.configFiles.forEach((file, index) => {
    extraCommands.push(
      nixInterpolated([`install -D -m ${shellQuote(file.mode ?? '0444')} `, nixRef(`configFile${index}`), ` ${shellQuote(relativeToRoot(file.target))}`]),
    );
  });
  // Ownership needs (fake) root: fakeRootCommands.
  const fakeRootCommands = owned.length > 0 ? [nixInterpolated([`chown ${owner} ${owned.map(shellQuote).join(' ')}`])] : [];

  const env = Object.entries(runtime.env)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => nixString(`${name}=${value}`));
  const ports = [...runtime.ports]
    .sort((a, b) => a.port - b.port || (a.protocol ?? 'tcp').localeCompare(b.protocol ?? 'tcp'))
    .map((port) => `${nixString(`${port.port}/${port.protocol ?? 'tcp'}`)} = { };`);

  const configLines = [
    `    User = ${nixString(owner)};`,
    ...(runtime.entrypoint.length > 0 ? [`    Entrypoint = [ ${runtime.entrypoint.map(nixString).join(' ')} ];`] : []),
    ...(runtime.cmd.length > 0 ? [`    Cmd = [ ${runtime.cmd.map(nixString).join(' ')} ];`] : []),
    ...(env.length > 0 ? [`    Env = [ ${env.join(' ')} ];`] : []),
    `    WorkingDir = ${nixString(runtime.workingDir)};`,
    ...(ports.length > 0 ? [`    ExposedPorts = { ${ports.join(' ')} };`] : []),
    `    StopSignal = ${nixString(runtime.stopSignal)};`,
    '    Labels = labels;',
  ];

  const origin = `images/${folder}/image.yaml`;
  const attr = imageAttrName(folder);
  const text = `# Generated by armorred generate from ${origin} (tier ${resolved.tier}); do not edit.
# Regenerate: npx armorred generate ${folder}
#
# Build (from the repository root):
#   nix-build -A ${attr}.${resolved.tier}                        # pinned nixpkgs ${resolved.nixpkgs}
#   nix-build -A ${attr}.${resolved.tier} --arg pkgs 'import ./tools/offline-pkgs { }'   # offline test fixture
{ pkgs ? import (builtins.fetchTarball {
    # nixpkgs pin ${nixString(resolved.nixpkgs)} from catalog.yaml
    url = ${nixString(pinUrl(pin))};
    sha256 = ${nixString(pin.sha256)};
  }) { }
, revision ? null
, created ? null
}:

let
  inherit (pkgs) dockerTools;
  lines = builtins.concatStringsSep "\\n";

  mainPackage = ${mainPackage(resolved)};
${configBindings.length > 0 ? `\n${configBindings.join('\n')}\n` : ''}
  labels = {
${Object.entries(labels)
  .map(([key, value]) => `    ${nixString(key)} = ${nixString(value)};`)
  .join('\n')}
  }
  // (if created == null then { } else { ${nixString(BUILD_TIME_LABELS.created)} = created; })
  // (if revision == null then { } else { ${nixString(BUILD_TIME_LABELS.revision)} = revision; })
  // { ${nixString(BUILD_TIME_LABELS.packageSet)} = pkgs.armorredPackageSet or "nixpkgs"; };
in
dockerTools.buildLayeredImage {
  name = ${nixString(`${catalog.registry}/${resolved.name}`)};
  tag = ${nixString(`${resolved.line}-${resolved.tier}`)};
  # An uncompressed docker-archive: podman and skopeo read it directly (registries
  # compress layers on push), and the analysis measures it without unpacking.
  compressor = "none";
  created = if created == null then ${nixString(REPRODUCIBLE_CREATED)} else created;
  contents = ${nixList(contents, '  ')};
  extraCommands = lines ${nixList(extraCommands, '  ')};
  fakeRootCommands = lines ${nixList(fakeRootCommands, '  ')};
  config = {
${configLines.join('\n')}
  };
}
`;
  return { text };
}

/** The catalog entry point (default.nix at the repository root): every image and tier. */
export function renderCatalogEntry(images: readonly { folder: string; tiers: readonly string[] }[]): string {
  const first = images[0] ? imageAttrName(images[0].folder) : 'IMAGE';
  const entries = images
    .map(
      ({ folder, tiers }) =>
        `  ${nixString(imageAttrName(folder))} = {\n${tiers
          .map((tier) => `    ${tier} = import (./images + ${nixString(`/${folder}/generated/${tier}.nix`)}) args;`)
          .join('\n')}\n  };`,
    )
    .join('\n');
  return `# Generated by armorred generate from catalog.yaml; do not edit.
# Every image and tier of the catalog, e.g.
#   nix-build -A ${first}.hardened                          # each image's pinned nixpkgs
#   nix-build -A ${first}.locked --arg pkgs 'import ./tools/offline-pkgs { }'
# pkgs: another package set with the same interface (null: each image's pin).
# revision, created: build-time values for the OCI labels (null: left out).
{ pkgs ? null, revision ? null, created ? null }:

let
  args = { inherit revision created; } // (if pkgs == null then { } else { inherit pkgs; });
in
{
${entries}
}
`;
}
