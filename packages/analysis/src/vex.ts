// The spec's accepted findings as an OpenVEX v0.2.0 document per tier.
import { createHash } from 'node:crypto';
import type { AcceptedFinding } from '@armorred/spec';

export interface VexSubject {
  /** Product purl, e.g. pkg:oci/nginx?repository_url=ghcr.io/armorred/nginx&tag=1.26-hardened */
  product: string;
  author: string;
  /** RFC 3339 time the statements were made (the analysis time). */
  timestamp: string;
  findings: readonly AcceptedFinding[];
}

export function imageProductPurl(repository: string, tag: string): string {
  const name = repository.split('/').pop() ?? repository;
  return `pkg:oci/${encodeURIComponent(name)}?repository_url=${encodeURIComponent(repository)}&tag=${encodeURIComponent(tag)}`;
}

export function renderOpenVex(subject: VexSubject): string {
  const statements = [...subject.findings]
    .sort((a, b) => (a.id === b.id ? (a.package < b.package ? -1 : 1) : a.id < b.id ? -1 : 1))
    .map((finding) => ({
      vulnerability: { name: finding.id },
      products: [{ '@id': subject.product, subcomponents: [{ '@id': `pkg:nix/${encodeURIComponent(finding.package)}` }] }],
      status: finding.status,
      ...(finding.status === 'not_affected' ? { justification: finding.vexJustification, impact_statement: finding.justification } : {}),
      ...(finding.status === 'affected' ? { action_statement: finding.actionStatement, status_notes: finding.justification } : {}),
      ...(finding.status === 'fixed' || finding.status === 'under_investigation' ? { status_notes: finding.justification } : {}),
    }));
  const id = createHash('sha256')
    .update(JSON.stringify([subject.product, subject.timestamp, statements]))
    .digest('hex');
  const document = {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': `https://armorred.dev/vex/${id.slice(0, 32)}`,
    author: subject.author,
    role: 'Image maintainer',
    timestamp: subject.timestamp,
    version: 1,
    tooling: 'armorred',
    statements,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
