// Values of options and arguments several commands share, checked once: image names,
// tiers, times (the package set: package-set-option.ts). Each refuses a bad value with a
// usage error (exit 2).
import { UsageError } from '@armorred/errors';
import { readCatalog, scanImageFolders } from '@armorred/catalog';
import { TIER_NAMES, suggest, type TierName } from '@armorred/spec';
import type { OptionSpec } from './cli.js';

export const TIER_OPTION = { type: 'string', value: 'T', description: 'hardened, locked or all (default all)' } as const satisfies OptionSpec;
export const JSON_OPTION = { type: 'boolean', description: 'print a machine-readable report on stdout' } as const satisfies OptionSpec;

/**
 * Usage error for image names that are not image folders listed in catalog.yaml (an
 * unlisted folder is never read). When catalog.yaml cannot be read, the command itself
 * reports why.
 */
export function checkImageNames(names: readonly string[], root: string): void {
  if (names.length === 0) return;
  const { folders } = scanImageFolders(root);
  let listed: readonly string[] = folders;
  try {
    listed = readCatalog(root).spec.images;
  } catch {
    // Reported by the command, located.
  }
  for (const name of names) {
    if (!folders.includes(name)) {
      const near = suggest(name, folders);
      // Folder names are the pull request's: quoted (JSON escapes line breaks), never raw.
      throw new UsageError(
        `unknown image ${JSON.stringify(name)}${near ? `; did you mean ${JSON.stringify(near)}?` : `; images: ${folders.map((folder) => JSON.stringify(folder)).join(', ') || 'none'}`}`,
      );
    }
    if (!listed.includes(name)) throw new UsageError(`image ${JSON.stringify(name)} is not listed in catalog.yaml; add "- ${name}" to its images`);
  }
}

export function parseTiers(value: string | undefined): TierName[] {
  const tier = value ?? 'all';
  if (tier === 'all') return [...TIER_NAMES];
  const known = TIER_NAMES.find((name) => name === tier);
  if (!known) throw new UsageError(`--tier must be hardened, locked or all, not ${JSON.stringify(tier)}`);
  return [known];
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/;

/**
 * An RFC 3339 time with a zone, normalised to UTC without fractions. Every field must be
 * in range for its own date: 2026-02-30 and 24:00:00 are refused, not rolled over.
 */
export function parseTime(value: string, option: string): string {
  const refuse = (why: string) => new UsageError(`${option} must be an RFC 3339 time with a zone, e.g. 2026-11-22T08:00:00Z (${why})`);
  const match = RFC3339.exec(value);
  if (!match) throw refuse(`got ${JSON.stringify(value)}`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12) throw refuse(`month ${month} does not exist`);
  if (day < 1 || day > daysInMonth) throw refuse(`${year}-${String(month).padStart(2, '0')} has no day ${day}`);
  if (hour > 23 || minute > 59 || second > 59) throw refuse(`${match[4]}:${match[5]}:${match[6]} is not a time of day`);
  if (match[9] !== undefined && (Number(match[9]) > 23 || Number(match[10]) > 59)) throw refuse(`zone ${match[8]} is not a UTC offset`);
  return new Date(Date.parse(value)).toISOString().replace(/\.\d+Z$/, 'Z');
}
