// @ts-check
// Nx plugin: every images/<name>-<line>/image.yaml makes its folder an Nx project with
// the armorred targets, so image folders carry no per-image build configuration.
// Plain CommonJS so that Nx can load it before anything is compiled.
const { dirname, basename } = require('node:path');

/** The CLI, run from the workspace root (its dist is compiled by `npm run compile`). */
const CLI = 'node tools/cli/bin/armorred.js';

/**
 * Targets of one image; `image` is the folder name, e.g. nginx-1.26.
 * @param {string} image
 * @returns {Record<string, import('nx/src/config/workspace-json-project-json').TargetConfiguration>}
 */
function imageTargets(image) {
  const run = (/** @type {string} */ args) => ({
    executor: 'nx:run-commands',
    options: { command: `${CLI} ${args}`, cwd: '{workspaceRoot}' },
  });
  return {
    validate: {
      ...run(`validate ${image}`),
      cache: true,
      inputs: ['image', 'catalog', 'tooling'],
      outputs: [],
      metadata: { description: `Validate catalog.yaml and images/${image}/image.yaml` },
    },
    generate: {
      ...run(`generate ${image}`),
      cache: true,
      inputs: ['image', 'catalog', 'tooling'],
      outputs: [
        '{projectRoot}/generated',
        '{projectRoot}/ANALYSIS.md',
        '{workspaceRoot}/default.nix',
        '{workspaceRoot}/packages/spec/image.schema.json',
        '{workspaceRoot}/packages/catalog/catalog.schema.json',
      ],
      metadata: { description: `Write images/${image}/generated/ (tier data for nix/image.nix, labels, test suites)` },
    },
    check: {
      ...run(`check ${image}`),
      cache: true,
      inputs: ['image', 'catalog', 'tooling'],
      outputs: [],
      metadata: { description: `Fail when images/${image}/generated/ is stale or hand-edited` },
    },
    // nx run IMAGE:build builds both tiers; nx run IMAGE:build:hardened one. The package
    // set comes from $ARMORRED_PKGS (nixpkgs by default; offline on machines without it).
    // Not cached by Nx: Nix is the build cache, and a restored result link would not be a
    // GC root, so its archive could be collected.
    build: {
      ...run(`build ${image} --tier all`),
      cache: false,
      configurations: {
        hardened: { command: `${CLI} build ${image} --tier hardened` },
        locked: { command: `${CLI} build ${image} --tier locked` },
      },
      metadata: { description: `Build images/${image} with nix-build (package set: $ARMORRED_PKGS, default nixpkgs)` },
    },
    test: {
      ...run(`test ${image}`),
      dependsOn: ['build'],
      cache: true,
      inputs: ['image', 'catalog', 'tooling', 'offlinePackages', { env: 'ARMORRED_PKGS' }],
      outputs: [],
      metadata: { description: `Run the generated and hand-written tests of images/${image} against the built image` },
    },
    analyze: {
      ...run(`analyze ${image}`),
      dependsOn: ['build'],
      cache: false,
      metadata: { description: `Measure images/${image} (inventory, SBOM, scans) and regenerate its analysis page` },
    },
  };
}

/** @type {import('nx/src/project-graph/plugins/public-api').CreateNodesV2} */
const createNodesV2 = [
  'images/*/image.yaml',
  (files) =>
    files.map((file) => {
      const root = dirname(file);
      return /** @type {const} */ ([file, { projects: { [root]: { root, targets: imageTargets(basename(root)) } } }]);
    }),
];

module.exports = { name: '@armorred/nx-plugin', createNodesV2, createNodes: createNodesV2 };
