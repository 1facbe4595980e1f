// Signing and attesting one digest, then verifying all of it against the public key.
// Whatever is already there and verifies with our key is kept (an interrupted run left
// it; signing again would only add a second signature); whatever is missing is added.
// The verification at the end covers everything, old and new: it is what the tags wait for.
import { ToolFailedError } from '@armorred/errors';
import { canonicalJson, type AttestationKind, type Cosign } from '@armorred/signing';

export interface SigningKey {
  /** cosign private key file. */
  keyFile: string;
  /** Its password (from COSIGN_PASSWORD); handed to cosign through its environment only. */
  password: string;
  /** The matching public key (derived from the private key). */
  publicKeyFile: string;
}

export interface Predicate {
  kind: AttestationKind;
  /** A file holding exactly the document (a private copy: cosign never reads repository files itself). */
  file: string;
  /** The document as canonical JSON, to recognise it among verified attestations. */
  canonical: string;
}

export function predicateOf(kind: AttestationKind, file: string, content: string): Predicate {
  return { kind, file, canonical: canonicalJson(JSON.parse(content)) };
}

export interface SecureReport {
  /** What this call added. */
  signed: boolean;
  attested: AttestationKind['type'][];
}

export async function secureDigest(
  cosign: Cosign,
  reference: string,
  key: SigningKey,
  predicates: readonly Predicate[],
  progress: (line: string) => void = () => {},
): Promise<SecureReport> {
  const report: SecureReport = { signed: false, attested: [] };
  if (!(await cosign.verify(reference, key.publicKeyFile)).verified) {
    await cosign.sign(reference, key.keyFile, key.password);
    report.signed = true;
    progress('signed');
  }
  for (const predicate of predicates) {
    const found = await cosign.verifyAttestations(reference, key.publicKeyFile, predicate.kind.type);
    if (!found.predicates.includes(predicate.canonical)) {
      await cosign.attest(reference, key.keyFile, key.password, predicate.kind.type, predicate.file);
      report.attested.push(predicate.kind.type);
      progress(`attested ${predicate.kind.title} (${predicate.kind.type})`);
    }
  }
  const signature = await cosign.verify(reference, key.publicKeyFile);
  if (!signature.verified) throw new ToolFailedError(`the signature of ${reference} does not verify with the public key: ${signature.reason ?? ''}`);
  for (const predicate of predicates) {
    const found = await cosign.verifyAttestations(reference, key.publicKeyFile, predicate.kind.type);
    if (!found.predicates.includes(predicate.canonical))
      throw new ToolFailedError(`no ${predicate.kind.type} attestation of ${reference} verifies with the public key and holds the tier's document`);
  }
  progress(`verified the signature and ${predicates.length} attestations with the public key`);
  return report;
}
