// Registry references: where images are published (HOST[:PORT]/NAMESPACE, as
// catalog.yaml's `registry` and --registry write it), an image's repository there, and
// the references of one manifest by digest or by tag.
import { UsageError } from '@armorred/errors';

/** HOST[:PORT]/NAMESPACE, lowercase (the same rule as catalog.yaml's registry). */
const REGISTRY = /^([a-z0-9]+(?:[.-][a-z0-9]+)*(?::[0-9]{1,5})?)((?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)+)$/;
export const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** What a registry accepts as a tag. */
export const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

export interface Registry {
  /** host[:port], e.g. ghcr.io or 127.0.0.1:5000. */
  host: string;
  /** The path under the host, e.g. armorred. */
  namespace: string;
}

export interface Repository {
  host: string;
  /** The repository path on the host, e.g. armorred/nginx. */
  path: string;
  /** host/path, as tools name it: ghcr.io/armorred/nginx. */
  name: string;
}

export function parseRegistry(text: string, option = '--registry'): Registry {
  const match = REGISTRY.exec(text);
  if (!match)
    throw new UsageError(`${option} must be HOST[:PORT]/NAMESPACE in lowercase, e.g. ghcr.io/armorred or 127.0.0.1:5000/test; got ${JSON.stringify(text)}`);
  return { host: match[1]!, namespace: match[2]!.slice(1) };
}

export function formatRegistry(registry: Registry): string {
  return `${registry.host}/${registry.namespace}`;
}

/** Whether `candidate` is `registry` or a namespace inside it (ghcr.io/armorred/x is inside ghcr.io/armorred). */
export function isWithin(candidate: Registry, registry: Registry): boolean {
  const inner = formatRegistry(candidate);
  const outer = formatRegistry(registry);
  return inner === outer || inner.startsWith(`${outer}/`);
}

/** An image's repository in a registry: <registry>/<image name>. */
export function repositoryOf(registry: Registry, imageName: string): Repository {
  const path = `${registry.namespace}/${imageName}`;
  return { host: registry.host, path, name: `${registry.host}/${path}` };
}

export function digestReference(repository: Repository, digest: string): string {
  if (!DIGEST.test(digest)) throw new Error(`not a sha256 digest: ${digest}`);
  return `${repository.name}@${digest}`;
}

export function tagReference(repository: Repository, tag: string): string {
  if (!TAG.test(tag)) throw new Error(`not a registry tag: ${tag}`);
  return `${repository.name}:${tag}`;
}
