// Where everything lives in the catalog repository: the one place that knows the layout.
// Every path is relative to the repository root, with forward slashes, so it can be shown
// to the user as it is and joined to the root for I/O.

export const CATALOG_FILE = 'catalog.yaml';
export const IMAGES_DIR = 'images';
export const SPEC_FILE = 'image.yaml';
/** The Nix entry point of the whole catalog (generated). */
export const CATALOG_ENTRY_POINT = 'default.nix';
/** The hand-written Nix function every tier's data is given to. */
export const IMAGE_FUNCTION = 'nix/image.nix';
/** The offline package set (a test fixture from Debian .debs). */
export const OFFLINE_PACKAGES_DIR = 'tools/offline-pkgs';
/** podman settings every call uses. */
export const CONTAINERS_CONF = 'tools/podman/containers.conf';
/** Installs and configures what the catalog needs on a Debian 12 machine. */
export const SETUP_SCRIPT = 'tools/scripts/setup.sh';
/** The README, whose command table is generated from the command definitions. */
export const README_FILE = 'README.md';
/** The Nx plugin, and the target descriptions it reads (generated from the command definitions). */
export const NX_PLUGIN_DIR = 'tools/nx-plugin';
export const NX_TARGETS_FILE = `${NX_PLUGIN_DIR}/targets.json`;
/** Build results and records (gitignored). */
export const RESULTS_DIR = '.armorred/results';
/** What tests keep for people to look at, e.g. screenshots of the site (gitignored). */
export const ARTIFACTS_DIR = '.armorred/artifacts';
/** The documentation site's sources (VitePress; config and theme in docs/.vitepress). */
export const SITE_DIR = 'docs';
/** Pages and files generated from the catalog when the site is built (gitignored, never edited). */
export const SITE_GENERATED_DIR = 'docs/generated';
/** Editor schema files (generated from the TypeScript schemas). */
export const IMAGE_SCHEMA_FILE = 'packages/spec/image.schema.json';
export const CATALOG_SCHEMA_FILE = 'packages/catalog/catalog.schema.json';
export const ANALYSIS_SCHEMA_FILE = 'packages/analysis/analysis.schema.json';
/** Validators of the image, catalog and analysis data schemas compiled ahead of time (generated ES modules, each with a .d.ts beside it). */
export const IMAGE_VALIDATOR_MODULE = 'packages/spec/generated/image-schema-validator.js';
export const CATALOG_VALIDATOR_MODULE = 'packages/catalog/generated/catalog-schema-validator.js';
export const ANALYSIS_VALIDATOR_MODULE = 'packages/analysis/generated/tier-report-validator.js';

/** The files and folders of one image, e.g. imagePaths('nginx-1.26').spec. */
export function imagePaths(image: string) {
  const dir = `${IMAGES_DIR}/${image}`;
  const generated = `${dir}/generated`;
  const analysis = `${dir}/analysis`;
  return {
    dir,
    spec: `${dir}/${SPEC_FILE}`,
    packageJson: `${dir}/package.json`,
    changelog: `${dir}/CHANGELOG.md`,
    /** Hand-written tests (never generated). */
    tests: `${dir}/tests`,
    /** Everything in it is written by armorred generate. */
    generated,
    /** A file the image folder ships (a config file source), relative to the image folder. */
    source: (relative: string) => `${dir}/${relative}`,
    tierData: (tier: string) => `${generated}/${tier}.json`,
    tierNix: (tier: string) => `${generated}/${tier}.nix`,
    suite: (tier: string) => `${generated}/${tier}.test.ts`,
    labels: (tier: string) => `${generated}/labels.${tier}.json`,
    cycloneDx: (tier: string) => `${generated}/${tier}.cdx.json`,
    spdx: (tier: string) => `${generated}/${tier}.spdx.json`,
    openVex: (tier: string) => `${generated}/${tier}.openvex.json`,
    /** Measured data written by armorred analyze (checked in, not generated). */
    analysis,
    analysisData: (tier: string) => `${analysis}/${tier}.json`,
    /** The analysis page (generated). */
    analysisPage: `${dir}/ANALYSIS.md`,
    results: `${RESULTS_DIR}/${image}`,
    resultLink: (tier: string) => `${RESULTS_DIR}/${image}/${tier}`,
    buildRecord: (tier: string) => `${RESULTS_DIR}/${image}/${tier}.json`,
  };
}

export type ImagePaths = ReturnType<typeof imagePaths>;

/** The attribute name of an image in the catalog entry point: nginx-1.26 -> nginx-1_26. */
export function imageAttrName(image: string): string {
  return image.replace(/\./g, '_');
}
