// @ts-check
// `npx nx g @armorred/nx-plugin:image`: everything a new image needs, and nothing outside
// its folder but its catalog.yaml entry, the lockfile and a changeset. Everything goes
// through Nx's Tree, which writes only at the end (nothing at all with --dry-run), and the
// spec is validated with the catalog's own rules before a byte is written. The lockfile is
// computed by npm in a scratch folder first, so a failure there also leaves nothing behind.
// Plain CommonJS like index.cjs; the catalog's compiled packages are loaded with import().
const { execFileSync } = require('node:child_process');
const { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { formatFiles, generateFiles } = require('@nx/devkit');
const { addToImageList, findOfflinePackage, offlineAttributes, unexpectedLockChanges } = require('./scaffold.cjs');

/**
 * @typedef {object} ImageGeneratorOptions
 * @property {string} name
 * @property {string | number} line
 * @property {string} package
 * @property {string | number} [upstreamVersion] not `version`: Nx's command line takes --version for its own
 * @property {string} [license]
 * @property {string} [description]
 * @property {string} [entrypoint]
 * @property {number} [port]
 * @property {string} [nixpkgs]
 */

/** The placeholder written when no license is given: it validates, and the PR checklist asks for the real one. */
const LICENSE_PLACEHOLDER = 'LicenseRef-TODO';
const LOCK_FILE = 'package-lock.json';
const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** The catalog's compiled packages (ESM), or a clear message when they are not compiled yet. */
async function catalogPackages() {
  try {
    const [spec, catalog, repository] = await Promise.all([import('@armorred/spec'), import('@armorred/catalog'), import('@armorred/repository')]);
    return { spec, catalog, repository };
  } catch (error) {
    throw new Error(`the catalog's packages are not compiled (${/** @type {Error} */ (error).message}); run npm run compile first`);
  }
}

/**
 * @param {unknown} value
 * @returns {string} a YAML flow value (JSON is YAML; strings are quoted only where YAML needs it)
 */
function yaml(value) {
  if (
    typeof value === 'string' &&
    /^[A-Za-z0-9][A-Za-z0-9 .,_+:/()@-]*$/.test(value) &&
    !/: |:$| #/.test(value) &&
    !/^(true|false|null|yes|no|on|off|~|[0-9.+-]+)$/i.test(value)
  )
    return value;
  return JSON.stringify(value);
}

/**
 * An option's text as typed. Nx's command line turns number-like values into numbers
 * (nrwl/nx#5926, #26889), so `--line 1.20` arrives as 1.2; the schema accepts a number for
 * such options and the text is taken back from the command line. Called programmatically,
 * the value is used as given.
 * @param {string} option its camelCase name (the kebab-case spelling is looked for too)
 * @param {unknown} value
 * @returns {string}
 */
function asTyped(option, value) {
  if (typeof value !== 'number') return String(value ?? '').trim();
  const spellings = [option, option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)];
  const argv = process.argv;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    for (const spelling of spellings) {
      if (arg.startsWith(`--${spelling}=`)) return arg.slice(spelling.length + 3).trim();
      if (arg === `--${spelling}` && argv[index + 1] !== undefined) return String(argv[index + 1]).trim();
    }
  }
  return String(value);
}

/**
 * Refuses a value that breaks a rule of the spec schema, with the rule's own words.
 * @param {string} option
 * @param {string} value
 * @param {{ pattern: string, maxLength: number, description: string }} rule
 */
function checkAgainst(option, value, rule) {
  if (value.length > rule.maxLength || !new RegExp(rule.pattern, 'u').test(value))
    throw new Error(`--${option} ${JSON.stringify(value)} is not valid: ${rule.description.replace(/^./, (c) => c.toLowerCase())}`);
}

/**
 * The lockfile with the new workspace: npm computes it in a scratch folder holding the root
 * package.json, the lockfile and every workspace's package.json (nothing else is needed
 * for --package-lock-only), so the repository is not touched until Nx writes.
 * @param {import('@nx/devkit').Tree} tree
 * @param {{ readRepositoryFile: typeof import('@armorred/repository').readRepositoryFile, listFolder: typeof import('@armorred/repository').listFolder }} io
 * @param {string} folder e.g. images/web-1.22
 * @param {string} packageName
 */
function lockfileWith(tree, io, folder, packageName) {
  const read = (/** @type {string} */ path) => io.readRepositoryFile(tree.root, path, { maxBytes: MAX_JSON_BYTES, what: path }).toString('utf8');
  const rootPackage = JSON.parse(read('package.json'));
  const before = JSON.parse(read(LOCK_FILE));
  const scratch = mkdtempSync(join(tmpdir(), 'armorred-image-lock-'));
  try {
    /** @param {string} path @param {string} content */
    const put = (path, content) => {
      mkdirSync(join(scratch, path, '..'), { recursive: true });
      writeFileSync(join(scratch, path), content);
    };
    put('package.json', JSON.stringify(rootPackage, null, 2));
    put(LOCK_FILE, JSON.stringify(before, null, 2));
    const npmrc = tree.read('.npmrc', 'utf8');
    if (npmrc !== null) put('.npmrc', npmrc);
    for (const pattern of rootPackage.workspaces ?? []) {
      const match = /^([A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*)(\/\*)?$/.exec(pattern);
      if (!match)
        throw new Error(`package.json workspaces: ${JSON.stringify(pattern)} is not "<folder>/*" or "<folder>"; update the lockfile with npm install`);
      const folders = match[2] ? io.listFolder(tree.root, match[1]).map((name) => `${match[1]}/${name}`) : [match[1]];
      for (const workspace of folders) {
        const manifest = `${workspace}/package.json`;
        const content = tree.read(manifest, 'utf8');
        if (content !== null) put(manifest, content);
      }
    }
    const newManifest = tree.read(`${folder}/package.json`, 'utf8');
    if (newManifest === null) throw new Error(`${folder}/package.json was not written`);
    put(`${folder}/package.json`, newManifest);
    try {
      execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], {
        cwd: scratch,
        stdio: ['ignore', 'pipe', 'pipe'],
        encoding: 'utf8',
      });
    } catch (error) {
      const stderr = String(/** @type {{ stderr?: string }} */ (error).stderr ?? '')
        .trim()
        .split('\n')
        .slice(-5)
        .join('\n');
      throw new Error(`npm could not update ${LOCK_FILE} for the new workspace ${folder}:\n${stderr}`);
    }
    const text = readFileSync(join(scratch, LOCK_FILE), 'utf8');
    const problems = unexpectedLockChanges(before, JSON.parse(text), folder, packageName);
    if (problems.length > 0)
      throw new Error(
        `npm changed more of ${LOCK_FILE} than the new workspace (${problems.join(', ')}); run npm install, review the lockfile, then run the generator again`,
      );
    return text;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * @param {import('@nx/devkit').Tree} tree
 * @param {ImageGeneratorOptions} options
 */
async function imageGenerator(tree, options) {
  const { spec, catalog, repository } = await catalogPackages();
  const rules = spec.imageSchema.properties;
  const name = String(options.name ?? '').trim();
  const line = asTyped('line', options.line);
  const attr = String(options.package ?? '').trim();
  checkAgainst('name', name, rules.name);
  checkAgainst('line', line, rules.line);
  checkAgainst('package', attr, {
    pattern: spec.ATTRIBUTE_PATH,
    maxLength: 200,
    description: spec.PATTERN_RULES[spec.ATTRIBUTE_PATH] ?? 'a package attribute path',
  });

  const folder = `${name}-${line}`;
  const paths = repository.imagePaths(folder);
  const read = (/** @type {string} */ path, /** @type {number} */ maxBytes) =>
    repository.readRepositoryFile(tree.root, path, { maxBytes, what: path }).toString('utf8');

  // The catalog, and whether the image is taken.
  const catalogText = read(repository.CATALOG_FILE, spec.MAX_FILE_BYTES);
  const loaded = catalog.parseCatalog(repository.CATALOG_FILE, catalogText);
  const images = repository.IMAGES_DIR;
  if (repository.entryAt(tree.root, images).kind !== 'directory') throw new Error(`${images}/ is not a folder of this repository`);
  if (repository.entryAt(tree.root, paths.dir).kind !== 'missing' || loaded.spec.images.includes(folder))
    throw new Error(`${folder} is taken: ${paths.dir} or its catalog.yaml entry exists already; choose another name or line, or edit that image`);

  // The package, and its version in the offline package set.
  const lockPath = `${repository.OFFLINE_PACKAGES_DIR}/debs.lock.json`;
  /** @type {import('./scaffold.cjs').OfflineLock} */
  const lock = JSON.parse(read(lockPath, MAX_JSON_BYTES));
  const found = findOfflinePackage(lock, attr);
  if (!found) {
    const near = spec.suggest(attr, [...offlineAttributes(lock).keys()]);
    throw new Error(
      `--package ${JSON.stringify(attr)} is not in the offline package set (${lockPath})${near ? `; did you mean "${near}"?` : ''}. ` +
        'Add it first (tools/offline-pkgs/README.md: one line in packages.txt, then fetch-debs.sh --update-lock), so that the image can be built and tested here.',
    );
  }
  const pins = Object.keys(loaded.spec.nixpkgs);
  const nixpkgs = options.nixpkgs ?? pins[pins.length - 1];
  if (!nixpkgs || !pins.includes(nixpkgs)) throw new Error(`--nixpkgs ${JSON.stringify(nixpkgs)} is not a pin of catalog.yaml (${pins.join(', ')})`);

  let version = options.upstreamVersion === undefined ? undefined : asTyped('upstreamVersion', options.upstreamVersion);
  /** @type {string[]} */
  let versionNotes;
  if (version) {
    checkAgainst('upstream-version', version, rules.version);
    versionNotes = [`version: given to the generator (the offline package set has ${found.debian} ${found.debianVersion}).`];
  } else {
    version = found.version;
    if (!version) throw new Error(`cannot read an upstream version from ${found.debian} ${found.debianVersion}; give it with --upstream-version`);
    versionNotes = [
      `version: from the offline package set (${lockPath}, ${lock.distribution ?? 'Debian'}:`,
      `${found.debian} ${found.debianVersion}). The pinned nixpkgs (${nixpkgs}) was not evaluated when`,
      `this was written: check the version it ships, and correct version and line to match.`,
    ];
  }
  if (version !== line && !version.startsWith(`${line}.`))
    throw new Error(
      `--line ${line} is not a prefix of version ${version}${options.upstreamVersion ? '' : ` (the offline package set's ${found.debian} ${found.debianVersion})`}; use --line ${version.split('.').slice(0, 2).join('.')}, or give the version with --upstream-version`,
    );
  // The image's package.json carries its release version; changesets needs it to be semver.
  if (!/^\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/.test(version))
    throw new Error(
      `version ${version} is not MAJOR.MINOR.PATCH, which the image's release version needs; give it with --upstream-version (e.g. --upstream-version ${version}.0)`,
    );

  const licenses = options.license?.trim() || LICENSE_PLACEHOLDER;
  const description = options.description?.trim() || `Hardened ${name} ${version}`;
  const entrypoint = options.entrypoint?.trim() || `/bin/${attr.split('.').pop()}`;
  const port = options.port === undefined ? undefined : Number(options.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 1 || port > 65535)) throw new Error(`--port ${options.port} is not a port (1-65535)`);
  const packageName = `@armorred/image-${folder}`;

  generateFiles(tree, join(__dirname, 'files'), paths.dir, {
    name,
    line,
    folder,
    version,
    versionNotes,
    description,
    licenses,
    licenseNote:
      licenses === LICENSE_PLACEHOLDER
        ? `TODO: the upstream license as an SPDX expression (e.g. BSD-2-Clause); ${LICENSE_PLACEHOLDER} is a placeholder.`
        : undefined,
    nixpkgs,
    attr,
    user: loaded.spec.defaults.user,
    group: loaded.spec.defaults.group,
    entrypoint,
    port,
    yaml,
  });
  tree.write(
    paths.packageJson,
    `${JSON.stringify(
      {
        name: packageName,
        version,
        private: true,
        description: `ARMORRED ${name} ${line}: hardened and locked tiers, built FROM scratch with Nix`,
        license: licenses,
        type: 'module',
        nx: { name: folder, tags: ['type:image'] },
      },
      null,
      2,
    )}\n`,
  );
  const changeset = `.changeset/new-image-${folder.replace(/\./g, '-')}.md`;
  if (tree.exists(changeset)) throw new Error(`${changeset} exists already`);
  tree.write(changeset, `---\n'${packageName}': patch\n---\n\nNew image ${name} ${line}: ${attr} ${version} in two tiers, hardened and locked.\n`);
  const newCatalog = addToImageList(catalogText, folder);
  tree.write(repository.CATALOG_FILE, newCatalog);

  // The spec must validate as written, with the catalog's own rules (a generator bug, or a
  // package a tier policy forbids, stops here with nothing written).
  const specText = tree.read(paths.spec, 'utf8') ?? '';
  const updated = catalog.parseCatalog(repository.CATALOG_FILE, newCatalog);
  const issues = [...catalog.checkImageList(updated, [...catalog.listImageFolders(tree.root), folder])];
  try {
    const loadedSpec = spec.loadImageSpec(paths.spec, specText, { defaults: updated.spec.defaults, sourceFile: () => 'missing' });
    issues.push(...catalog.checkImageAgainstCatalog(updated, folder, loadedSpec));
  } catch (error) {
    if (!(error instanceof spec.SpecError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0) throw new Error(`the new image would not validate, so nothing was written:\n${issues.map(spec.formatIssue).join('\n')}`);

  await formatFiles(tree);
  tree.write(LOCK_FILE, lockfileWith(tree, repository, paths.dir, packageName));

  return () => {
    const steps = [
      `Created ${paths.dir} (${attr} ${version}${options.upstreamVersion ? '' : ', the version from the offline package set'}). Next:`,
      `  1. Fill in the TODOs of ${paths.spec}${licenses === LICENSE_PLACEHOLDER ? ' (the license too)' : ''} and add the config files it ships.`,
      `  2. npx armorred validate ${folder} && npx armorred generate ${folder}`,
      `  3. npx armorred build ${folder} --pkgs offline && npx armorred test ${folder} --pkgs offline`,
      `  4. npm ci (the lockfile has the new workspace), commit, and open a pull request (CONTRIBUTING.md).`,
    ];
    process.stdout.write(`\n${steps.join('\n')}\n`);
  };
}

module.exports = imageGenerator;
module.exports.default = imageGenerator;
module.exports.imageGenerator = imageGenerator;
