// @ts-check
// The pure parts of the image generator: where a version comes from, where a new image goes
// in catalog.yaml, and what the lockfile may gain. Strings and JSON in, strings out.
const YAML = require('yaml');

/**
 * The upstream part of a Debian version: no epoch, no Debian revision, no repack suffix
 * (1:1.22.1-9+deb12u11 -> 1.22.1, 5:7.0.15-1~deb12u4 -> 7.0.15, 1.6-2.1+deb12u3 -> 1.6).
 * @param {string} debianVersion
 * @returns {string | undefined} undefined when no numeric version can be read from it
 */
function upstreamVersion(debianVersion) {
  const withoutEpoch = debianVersion.replace(/^\d+:/, '');
  const dash = withoutEpoch.lastIndexOf('-');
  const upstream = dash === -1 ? withoutEpoch : withoutEpoch.slice(0, dash);
  const match = /^\d+(\.\d+)*/.exec(upstream);
  return match ? match[0] : undefined;
}

/**
 * @typedef {{ name: string, version: string }} LockedDeb
 * @typedef {{ packages: LockedDeb[], attributes?: Record<string, string[]>, distribution?: string }} OfflineLock
 * @typedef {{ attr: string, debian: string, debianVersion: string, version: string | undefined }} OfflinePackage
 */

/**
 * The package attributes the offline package set has: the lock's attribute map where it has
 * one (attribute -> Debian packages, the first being the program), else each pinned Debian
 * package under its own name and as debian.<name>.
 * @param {OfflineLock} lock
 * @returns {Map<string, string>} attribute -> the Debian package its version comes from
 */
function offlineAttributes(lock) {
  /** @type {Map<string, string>} */
  const attributes = new Map();
  if (lock.attributes) {
    for (const [attr, debs] of Object.entries(lock.attributes)) if (debs[0]) attributes.set(attr, debs[0]);
  } else {
    for (const deb of lock.packages) attributes.set(deb.name, deb.name);
  }
  for (const deb of lock.packages) attributes.set(`debian.${deb.name}`, deb.name);
  return attributes;
}

/**
 * @param {OfflineLock} lock
 * @param {string} attr
 * @returns {OfflinePackage | undefined}
 */
function findOfflinePackage(lock, attr) {
  const debian = offlineAttributes(lock).get(attr);
  const deb = debian === undefined ? undefined : lock.packages.find((candidate) => candidate.name === debian);
  if (!deb || debian === undefined) return undefined;
  return { attr, debian, debianVersion: deb.version, version: upstreamVersion(deb.version) };
}

/**
 * catalog.yaml with `image` added to its `images:` list, in sorted place. Only the new line
 * is inserted; every other byte (comments, spacing) stays as it was. The yaml Document API
 * finds the list and its items; the result is parsed again and checked.
 * @param {string} text catalog.yaml
 * @param {string} image e.g. web-1.22
 * @returns {string}
 */
function addToImageList(text, image) {
  const document = YAML.parseDocument(text, { keepSourceTokens: true });
  if (document.errors.length > 0) throw new Error(`catalog.yaml does not parse: ${document.errors[0]?.message}`);
  const list = document.get('images', true);
  if (!YAML.isSeq(list) || list.flow || list.items.length === 0) {
    throw new Error('catalog.yaml: "images:" is not a block list of image folders; add "- ' + image + '" to it by hand');
  }
  const names = list.items.map((item) => (YAML.isScalar(item) ? String(item.value) : ''));
  if (names.includes(image)) throw new Error(`catalog.yaml already lists ${image}`);
  const lineStart = (/** @type {number} */ offset) => text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = (/** @type {number} */ offset) => {
    const end = text.indexOf('\n', offset);
    return end === -1 ? text.length : end + 1;
  };
  const ranges = list.items.map((item) => /** @type {[number, number, number]} */ (/** @type {YAML.Scalar} */ (item).range));
  const first = ranges[0];
  if (!first) throw new Error('catalog.yaml: "images:" is empty');
  const dash = text.slice(lineStart(first[0]), first[0]);
  const indent = /^(\s*)-\s+$/.exec(dash);
  if (!indent) throw new Error('catalog.yaml: "images:" items are not one per line; add "- ' + image + '" to it by hand');
  const entry = `${indent[1]}- ${image}\n`;
  const before = names.findIndex((name) => name > image);
  let at;
  if (before === -1) {
    // After the last item's line (and its comment on the same line).
    const last = /** @type {[number, number, number]} */ (ranges[ranges.length - 1]);
    at = lineEnd(last[1]);
  } else {
    // Before the item's line, and before the comment lines just above it (they belong to it).
    at = lineStart(/** @type {[number, number, number]} */ (ranges[before])[0]);
    while (at > 0) {
      const previous = lineStart(at - 1);
      if (!/^\s*#/.test(text.slice(previous, at))) break;
      at = previous;
    }
  }
  const prefix = text.slice(0, at);
  const result = `${prefix}${prefix.endsWith('\n') || prefix === '' ? '' : '\n'}${entry}${text.slice(at)}`;
  const check = YAML.parse(result);
  const expected = [...names];
  expected.splice(before === -1 ? names.length : before, 0, image);
  if (JSON.stringify(check.images) !== JSON.stringify(expected)) throw new Error('catalog.yaml: adding the image to "images:" went wrong; add it by hand');
  return result;
}

/**
 * Checks that a lockfile computed with the new workspace differs from the old one only by
 * that workspace (its package entry and its node_modules link), so that the generator
 * never brings in an unreviewed dependency change.
 * @param {any} before the old package-lock.json
 * @param {any} after the new one
 * @param {string} folder the workspace folder, e.g. images/web-1.22
 * @param {string} name the workspace package name
 * @returns {string[]} what else changed (empty when nothing did)
 */
function unexpectedLockChanges(before, after, folder, name) {
  const allowed = new Set([folder, `node_modules/${name}`]);
  const problems = [];
  const keys = new Set([...Object.keys(before.packages ?? {}), ...Object.keys(after.packages ?? {})]);
  for (const key of keys) {
    if (allowed.has(key)) continue;
    if (JSON.stringify(before.packages?.[key]) !== JSON.stringify(after.packages?.[key])) problems.push(key === '' ? 'the root package' : key);
  }
  for (const key of allowed) if (!after.packages?.[key]) problems.push(`${key} is missing`);
  if (before.lockfileVersion !== after.lockfileVersion) problems.push('lockfileVersion');
  return problems;
}

module.exports = { upstreamVersion, offlineAttributes, findOfflinePackage, addToImageList, unexpectedLockChanges };
