// The attestations every released tier carries: its SBOMs (CycloneDX and SPDX) and its
// OpenVEX document, each attached by cosign as a signed in-toto statement whose
// predicate type cosign derives from the --type name.

export interface AttestationKind {
  /** cosign's --type name. */
  type: 'cyclonedx' | 'spdxjson' | 'openvex';
  /** The in-toto predicateType cosign writes for it. */
  predicateType: string;
  /** What it is, for people. */
  title: string;
}

export const ATTESTATION_KINDS: readonly AttestationKind[] = [
  { type: 'cyclonedx', predicateType: 'https://cyclonedx.org/bom', title: 'CycloneDX SBOM' },
  { type: 'spdxjson', predicateType: 'https://spdx.dev/Document', title: 'SPDX SBOM' },
  { type: 'openvex', predicateType: 'https://openvex.dev/ns', title: 'OpenVEX' },
];

export type AttestationType = AttestationKind['type'];

/** JSON with object keys sorted, so two documents compare by content, not by key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
