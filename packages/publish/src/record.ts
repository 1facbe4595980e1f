// The release record: what one published tier is, as the registry holds it. The digest is
// the identity; tags, the signature and the attestations are named with it.
import { digestReference, tagReference, type RegistryClient, type Repository } from '@armorred/registry';
import { formatReleaseVersion, type ReleaseVersion, type TierTags } from '@armorred/release-version';
import type { TierName } from '@armorred/spec';
import { securityTags } from './plan.js';
import { readAttestations, type AttestationManifest } from './registry-state.js';

/** The label every image carries with the package set it was built with. */
export const PACKAGE_SET_LABEL = 'org.armorred.pkgs';

export interface TagRecord {
  tag: string;
  /** repository:tag */
  reference: string;
  immutable: boolean;
}

export interface ReleaseRecord {
  /** The image folder, e.g. nginx-1.26. */
  image: string;
  tier: TierName;
  /** The release version, e.g. 1.26.3-r1. */
  version: string;
  upstream: string;
  revision: number;
  /** host/namespace/name */
  repository: string;
  /** sha256:... — the identity of the release. */
  digest: string;
  /** repository@sha256:... */
  reference: string;
  /** The tags that name this digest now (the immutable one first). */
  tags: TagRecord[];
  /** The cosign signature: repository:sha256-<hex>.sig and the digest it names. */
  signature?: { reference: string; digest: string };
  /** The cosign attestations: repository:sha256-<hex>.att, its digest, and the predicate types it holds. */
  attestations?: { reference: string; digest: string; predicateTypes: string[] };
  /** org.armorred.pkgs of the image: nixpkgs, or offline-debian-bookworm (a test build). */
  packageSet: string;
  /** What this run did for it ([] when it was already published). */
  actions: string[];
}

/** What the caller already read from the registry in this run (saves asking again). */
export interface KnownState {
  /** The digest each of the tier's tags names (undefined: absent). */
  tagDigests: Record<string, string | undefined>;
  attestations?: AttestationManifest;
}

/** Reads a released tier's record from the registry (a few requests on the client's connection). */
export async function readReleaseRecord(
  client: RegistryClient,
  repository: Repository,
  options: { image: string; tier: TierName; release: ReleaseVersion; tierTags: TierTags; digest: string; actions: string[]; known?: KnownState },
): Promise<ReleaseRecord> {
  const { digest, tierTags, known } = options;
  const names = [tierTags.immutable, ...tierTags.moving];
  const security = securityTags(digest);
  const [named, signature, attestations, labels] = await Promise.all([
    known ? names.map((tag) => known.tagDigests[tag]) : Promise.all(names.map((tag) => client.manifestDigest(repository.path, tag))),
    client.manifestDigest(repository.path, security.signature),
    known?.attestations ?? readAttestations(client, repository, security.attestations),
    client.labels(repository.path, digest),
  ]);
  return {
    image: options.image,
    tier: options.tier,
    version: formatReleaseVersion(options.release),
    upstream: options.release.upstream,
    revision: options.release.revision,
    repository: repository.name,
    digest,
    reference: digestReference(repository, digest),
    tags: names
      .filter((_tag, index) => named[index] === digest)
      .map((tag) => ({ tag, reference: tagReference(repository, tag), immutable: tag === tierTags.immutable })),
    ...(signature ? { signature: { reference: tagReference(repository, security.signature), digest: signature } } : {}),
    ...(attestations
      ? {
          attestations: {
            reference: tagReference(repository, security.attestations),
            digest: attestations.digest,
            predicateTypes: attestations.predicateTypes,
          },
        }
      : {}),
    packageSet: labels[PACKAGE_SET_LABEL] ?? 'unknown (no org.armorred.pkgs label)',
    actions: options.actions,
  };
}

/** The record as text: the digest reference first, then what names and vouches for it. */
export function formatReleaseRecord(record: ReleaseRecord): string {
  const tagLine = record.tags.map((tag) => `${tag.tag}${tag.immutable ? ' (immutable)' : ''}`).join(', ') || 'none';
  return [
    `${record.image} ${record.tier} ${record.version}: ${record.actions.length > 0 ? record.actions.join('; ') : 'already published; nothing changed'}`,
    `  ${record.reference}`,
    `  tags:         ${tagLine}`,
    `  signature:    ${record.signature ? `${record.signature.reference} (@${record.signature.digest})` : 'none'}`,
    `  attestations: ${record.attestations ? `${record.attestations.reference} (@${record.attestations.digest}): ${record.attestations.predicateTypes.join(', ')}` : 'none'}`,
    `  package set:  ${record.packageSet}`,
  ].join('\n');
}
