import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readCatalog, readImage } from '@armorred/catalog';
import { EXIT, UsageError } from '@armorred/errors';
import { formatReleaseListing, listReleases } from '@armorred/publish';
import { caFileOf, RegistryClient, repositoryOf } from '@armorred/registry';
import { Cosign } from '@armorred/signing';
import { defineCommand } from '../cli.js';
import { JSON_OPTION, checkImageNames } from '../options.js';
import { REGISTRY_OPTIONS, parseRegistryValues } from '../registry-options.js';

export const releasesCommand = defineCommand({
  name: 'releases',
  summary: "List an image's releases in a registry: versions, tiers, digests, tags, signatures and attestations.",
  arguments: 'IMAGE',
  argumentHelp: { IMAGE: 'an image folder name, e.g. nginx-1.26' },
  details: `Reads the image's repository (<registry>/<name>) and lists every release of its line,
newest first: the release version and tier, the @sha256: reference (the identity), the
tags naming that digest, whether it carries a cosign signature and which attestations
(cyclonedx, spdxjson, openvex), and the package set it was built with. cosign's own
sha256-<hex>.sig/.att/.sbom tags are not listed as tags.

With --key, the signature and each attestation are also verified with that public key.
--json prints the listing as JSON (the documentation site reads it).`,
  options: {
    ...REGISTRY_OPTIONS,
    key: { type: 'string', value: 'FILE', description: 'a cosign public key: verify the signature and attestations with it' },
    json: JSON_OPTION,
  },
  exits: {
    [EXIT.OK]: 'listed',
    [EXIT.USAGE]: 'usage errors',
    [EXIT.FAILED]: 'the registry or cosign failed',
    [EXIT.UNAVAILABLE]: 'cosign is not installed (--key)',
  },
  async run({ values, positionals, root, io }) {
    if (positionals.length !== 1) throw new UsageError('name one image, e.g. armorred releases nginx-1.26 --registry ghcr.io/armorred');
    const [image] = positionals as [string];
    checkImageNames([image], root);
    const { registry, connection } = parseRegistryValues(values, io.cwd);
    const { spec } = readImage(root, readCatalog(root), image);
    let publicKeyFile: string | undefined;
    if (values.key !== undefined) {
      publicKeyFile = resolve(io.cwd, values.key);
      if (!existsSync(publicKeyFile)) throw new UsageError(`--key: no such file: ${publicKeyFile}`);
    }
    const client = new RegistryClient(registry.host, connection);
    const cosign = publicKeyFile
      ? new Cosign({ authFile: connection.authFile, caFile: caFileOf(connection.certDir), insecure: !connection.tlsVerify })
      : undefined;
    try {
      const listing = await listReleases(
        client,
        repositoryOf(registry, spec.name),
        spec.line,
        cosign && publicKeyFile ? { verify: { cosign, publicKeyFile } } : {},
      );
      io.out(values.json ? JSON.stringify(listing, null, 2) : formatReleaseListing(listing));
      return EXIT.OK;
    } finally {
      cosign?.dispose();
      client.close();
    }
  },
});
