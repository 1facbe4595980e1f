// What a registry holds for an image line: every release (version, tier, digest), the tags
// naming each digest, whether it is signed and attested (and, with a public key, whether
// those verify). cosign's storage tags (sha256-<hex>.sig/.att/.sbom) are never listed as
// tags; they show up as the signature and attestations of the release they belong to.
import { digestReference, tagReference, type RegistryClient, type Repository } from '@armorred/registry';
import { compareReleases, formatReleaseVersion, isCosignTag, parseReleaseTag, type ReleaseTag } from '@armorred/release-version';
import { ATTESTATION_KINDS, type Cosign } from '@armorred/signing';
import type { TierName } from '@armorred/spec';
import { securityTags } from './plan.js';
import { PACKAGE_SET_LABEL } from './record.js';
import { readAttestations } from './registry-state.js';

export interface ListedRelease {
  version: string;
  upstream: string;
  revision: number;
  tier: TierName;
  digest: string;
  /** repository@sha256:... */
  reference: string;
  /** Every tag naming this digest (cosign's excluded), the immutable release tag first. */
  tags: string[];
  signed: boolean;
  signature?: { reference: string; digest: string };
  /** cosign --type names of the attestations attached (cyclonedx, spdxjson, openvex). */
  attested: string[];
  attestations?: { reference: string; digest: string; predicateTypes: string[] };
  /** With a public key: whether the signature and each attestation verify with it. */
  verified?: { signature: boolean; attestations: Record<string, boolean> };
  packageSet: string;
}

export interface ReleaseListing {
  repository: string;
  line: string;
  /** Newest first; per version, tiers in catalog order. */
  releases: ListedRelease[];
  /** Tags of the line that name no release (pushed by hand, or left by an old scheme). */
  otherTags: { tag: string; digest: string }[];
}

function inLine(upstream: string, line: string): boolean {
  return upstream === line || upstream.startsWith(`${line}.`);
}

export async function listReleases(
  client: RegistryClient,
  repository: Repository,
  line: string,
  options: { verify?: { cosign: Cosign; publicKeyFile: string } } = {},
): Promise<ReleaseListing> {
  const all = await client.tags(repository.path);
  const present = new Set(all);
  const releaseTags = all
    .map(parseReleaseTag)
    .filter((tag): tag is ReleaseTag => tag !== undefined && inLine(tag.upstream, line))
    .sort((a, b) => compareReleases(b, a) || a.tier.localeCompare(b.tier));
  // Tags of the line: <line>-<tier>, <upstream>-<tier>, <upstream>-r<N>-<tier>.
  const lineTags = all.filter((tag) => !isCosignTag(tag) && (tag.startsWith(`${line}-`) || tag.startsWith(`${line}.`)));
  const digests = new Map(await Promise.all(lineTags.map(async (tag) => [tag, await client.manifestDigest(repository.path, tag)] as const)));

  const releases = await Promise.all(
    releaseTags.map(async (release): Promise<ListedRelease> => {
      const digest = digests.get(release.tag)!;
      const security = securityTags(digest);
      const [signature, attestations, labels] = await Promise.all([
        present.has(security.signature) ? client.manifestDigest(repository.path, security.signature) : undefined,
        present.has(security.attestations) ? readAttestations(client, repository, security.attestations) : undefined,
        client.labels(repository.path, digest),
      ]);
      const predicateTypes = attestations?.predicateTypes ?? [];
      const listed: ListedRelease = {
        version: formatReleaseVersion(release),
        upstream: release.upstream,
        revision: release.revision,
        tier: release.tier,
        digest,
        reference: digestReference(repository, digest),
        tags: [release.tag, ...lineTags.filter((tag) => tag !== release.tag && digests.get(tag) === digest && !parseReleaseTag(tag))],
        signed: signature !== undefined,
        ...(signature ? { signature: { reference: tagReference(repository, security.signature), digest: signature } } : {}),
        attested: ATTESTATION_KINDS.filter((kind) => predicateTypes.includes(kind.predicateType)).map((kind) => kind.type),
        ...(attestations ? { attestations: { reference: tagReference(repository, security.attestations), digest: attestations.digest, predicateTypes } } : {}),
        packageSet: labels[PACKAGE_SET_LABEL] ?? 'unknown',
      };
      if (options.verify) {
        const { cosign, publicKeyFile } = options.verify;
        const reference = digestReference(repository, digest);
        const checks: Record<string, boolean> = {};
        for (const kind of ATTESTATION_KINDS) checks[kind.type] = (await cosign.verifyAttestations(reference, publicKeyFile, kind.type)).verified;
        listed.verified = { signature: (await cosign.verify(reference, publicKeyFile)).verified, attestations: checks };
      }
      return listed;
    }),
  );
  const named = new Set(releases.map((release) => release.digest));
  const otherTags = lineTags
    .filter((tag) => !parseReleaseTag(tag))
    .map((tag) => ({ tag, digest: digests.get(tag) }))
    .filter((entry): entry is { tag: string; digest: string } => entry.digest !== undefined && !named.has(entry.digest));
  return { repository: repository.name, line, releases, otherTags };
}

/** The listing as text: one block per release, the digest reference first. */
export function formatReleaseListing(listing: ReleaseListing): string {
  if (listing.releases.length === 0 && listing.otherTags.length === 0) return `${listing.repository}: no releases of line ${listing.line}`;
  const lines = [`${listing.repository} (line ${listing.line})`];
  for (const release of listing.releases) {
    const verified = release.verified
      ? ` — verified with the key: signature ${release.verified.signature ? 'yes' : 'NO'}, ${Object.entries(release.verified.attestations)
          .map(([type, ok]) => `${type} ${ok ? 'yes' : 'NO'}`)
          .join(', ')}`
      : '';
    lines.push(
      `${release.version} ${release.tier}`,
      `  ${release.reference}`,
      `  tags:         ${release.tags.join(', ')}`,
      `  signed:       ${release.signed ? `yes (${release.signature!.reference})` : 'no'}`,
      `  attested:     ${release.attested.length > 0 ? `${release.attested.join(', ')} (${release.attestations!.reference})` : 'no'}${verified}`,
      `  package set:  ${release.packageSet}`,
    );
  }
  for (const other of listing.otherTags) lines.push(`tag ${other.tag} -> @${other.digest} (not a release)`);
  return lines.join('\n');
}
