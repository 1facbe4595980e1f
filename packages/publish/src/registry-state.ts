// Reading what a registry holds for an image's tiers: one tag listing, then a HEAD per
// tag that exists and the attestation manifest of each released digest. Every request
// goes over the client's one keep-alive connection.
import type { RegistryClient, Repository } from '@armorred/registry';
import { parseReleaseTag, type ReleaseTag, type TierTags } from '@armorred/release-version';
import type { TierName } from '@armorred/spec';
import { securityTags, type TierState } from './plan.js';

export interface AttestationManifest {
  digest: string;
  /** The predicate types it holds (its layers' predicateType annotations), sorted. */
  predicateTypes: string[];
}

/** A cosign attestation manifest (sha256-<hex>.att): its digest and the predicate types it holds. */
export async function readAttestations(client: RegistryClient, repository: Repository, attestationTag: string): Promise<AttestationManifest | undefined> {
  const manifest = await client.manifest(repository.path, attestationTag);
  if (!manifest) return undefined;
  const parsed = JSON.parse(manifest.bytes.toString('utf8')) as { layers?: { annotations?: Record<string, string> }[] };
  const types = (parsed.layers ?? []).map((layer) => layer.annotations?.predicateType).filter((type): type is string => typeof type === 'string');
  return { digest: manifest.digest, predicateTypes: [...new Set(types)].sort() };
}

export interface RepositoryTags {
  tags: string[];
  releaseTags: ReleaseTag[];
}

export async function readRepositoryTags(client: RegistryClient, repository: Repository): Promise<RepositoryTags> {
  const tags = await client.tags(repository.path);
  return { tags, releaseTags: tags.map(parseReleaseTag).filter((tag): tag is ReleaseTag => tag !== undefined) };
}

/** The state of one tier's release tags (see TierState). */
export async function readTierState(client: RegistryClient, repository: Repository, listing: RepositoryTags, tierTags: TierTags): Promise<TierState> {
  const has = new Set(listing.tags);
  const digestOf = (tag: string) => (has.has(tag) ? client.manifestDigest(repository.path, tag) : Promise.resolve(undefined));
  const [released, ...moving] = await Promise.all([digestOf(tierTags.immutable), ...tierTags.moving.map(digestOf)]);
  const state: TierState = {
    moving: Object.fromEntries(tierTags.moving.map((tag, index) => [tag, moving[index]])),
    signed: false,
    attested: [],
    releaseTags: listing.releaseTags,
  };
  if (released === undefined) return state;
  const security = securityTags(released);
  const attestations = has.has(security.attestations) ? await readAttestations(client, repository, security.attestations) : undefined;
  return {
    ...state,
    released,
    signed: has.has(security.signature),
    attested: attestations?.predicateTypes ?? [],
    ...(attestations ? { attestations } : {}),
  };
}

export async function readTierStates(
  client: RegistryClient,
  repository: Repository,
  tiers: readonly { tier: TierName; tags: TierTags }[],
): Promise<{ listing: RepositoryTags; states: Map<TierName, TierState> }> {
  const listing = await readRepositoryTags(client, repository);
  const states = await Promise.all(tiers.map(async ({ tier, tags }) => [tier, await readTierState(client, repository, listing, tags)] as const));
  return { listing, states: new Map(states) };
}
