// Publishing an image's tiers, in this order for each tier:
//   1. build (nix-build), and refuse it unless the checked-in SBOMs and VEX describe it
//      (analysis/<tier>.json's build.configDigest; see described-build.ts)
//   2. test (the tier's suites, against that archive)
//   3. push by digest (skopeo; no tag)   4. sign the digest   5. attest its SBOMs and VEX
//   6. verify the signature and every attestation with the public key
//   7. only then tags: the immutable one first, then the moving ones
//   8. the release record, read back from the registry
// What the registry already holds decides where to start (see plan.ts): a published
// release costs a tag listing and a few HEAD requests and changes nothing; a run killed at
// any step leaves no tag on a digest that was not verified, and the next run completes it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTier, PACKAGE_SET_LABELS, type PackageSetName } from '@armorred/builder';
import { archiveConfigDigest } from '@armorred/image-archive';
import { openParseCache, readCatalog, readImage } from '@armorred/catalog';
import { InvalidInputError, ToolFailedError, UsageError } from '@armorred/errors';
import {
  caFileOf,
  digestReference,
  formatRegistry,
  isWithin,
  parseRegistry,
  pushStaged,
  RegistryClient,
  repositoryOf,
  stageArchive,
  stagedConfig,
  type Connection,
  type Registry,
  type Repository,
} from '@armorred/registry';
import { currentRelease, formatReleaseVersion, readImagePackage, releaseTags, type ReleaseVersion, type TierTags } from '@armorred/release-version';
import { imagePaths, readRepositoryFile } from '@armorred/repository';
import { ATTESTATION_KINDS, Cosign, type AttestationKind } from '@armorred/signing';
import { TIER_NAMES, type TierName } from '@armorred/spec';
import { describedConfigDigest, refuseOtherBuildsDocuments } from './described-build.js';
import { describePlan, planTier, tagsToSet, type TierPlan } from './plan.js';
import { PACKAGE_SET_LABEL, readReleaseRecord, type ReleaseRecord } from './record.js';
import { readTierStates } from './registry-state.js';
import { predicateOf, secureDigest, type Predicate, type SigningKey } from './secure.js';

const MAX_DOCUMENT = 64 * 1024 * 1024;

/** What the test step is given: the archive of every tier about to be published. */
export interface TestRequest {
  root: string;
  image: string;
  archives: Partial<Record<TierName, string>>;
}

export interface TestOutcome {
  ok: boolean;
  /** One line: counts, and the failed checks. */
  summary: string;
}

export interface PublishRequest {
  root: string;
  images: readonly string[];
  registry: Registry;
  pkgs: PackageSetName;
  connection: Connection;
  /** The cosign key; needed whenever something must be signed (not for a dry run or a published release). */
  signing?: { keyFile: string; password: string };
  dryRun?: boolean;
  /** With --changed: images that have no release yet are passed over, not refused. */
  skipUnreleased?: boolean;
  /** Runs the image's test suites against the archives (the CLI's test machinery). */
  test(request: TestRequest): Promise<TestOutcome>;
  onProgress?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface TierResult {
  image: string;
  tier: TierName;
  version: string;
  repository: string;
  plan: TierPlan;
  /** The plan in words. */
  description: string;
  /** After a real run: what the registry holds now. */
  record?: ReleaseRecord;
}

/** The documents attested for a tier, in ATTESTATION_KINDS order. */
export function attestationFiles(image: string, tier: TierName): { kind: AttestationKind; path: string }[] {
  const paths = imagePaths(image);
  const byType = { cyclonedx: paths.cycloneDx(tier), spdxjson: paths.spdx(tier), openvex: paths.openVex(tier) } as const;
  return ATTESTATION_KINDS.map((kind) => ({ kind, path: byType[kind.type] }));
}

/**
 * Offline builds are test fixtures (Debian packages under nixpkgs' names): they may go to a
 * test registry, never to the catalog's.
 */
export function refuseOfflineRelease(packageSet: string, registry: Registry, catalogRegistry: string, image: string): void {
  if (packageSet !== PACKAGE_SET_LABELS.offline) return;
  if (!isWithin(registry, parseRegistry(catalogRegistry, 'catalog.yaml registry'))) return;
  throw new UsageError(
    `${image}: an image labelled ${PACKAGE_SET_LABEL}=${packageSet} (built with --pkgs offline, the Debian test fixture) cannot be published to ` +
      `${formatRegistry(registry)}, catalog.yaml's registry: offline builds never become releases. ` +
      'Publish it to another registry (e.g. --registry 127.0.0.1:5000/test), or build with --pkgs nixpkgs.',
  );
}

interface ImageContext {
  image: string;
  release: ReleaseVersion;
  repository: Repository;
  tiers: { tier: TierName; tags: TierTags }[];
  catalogRegistry: string;
}

function imageContext(root: string, image: string, registry: Registry): ImageContext {
  const catalog = readCatalog(root);
  const cache = openParseCache();
  const { spec } = readImage(root, catalog, image, cache);
  cache?.save();
  const release = currentRelease(readImagePackage(root, image).version, spec.version, image);
  return {
    image,
    release,
    repository: repositoryOf(registry, spec.name),
    tiers: TIER_NAMES.map((tier) => ({ tier, tags: releaseTags(spec.line, release, tier) })),
    catalogRegistry: catalog.spec.registry,
  };
}

/** Whether an image has a release version to publish (for --changed: the others are skipped). */
export function hasRelease(root: string, image: string): boolean {
  const catalog = readCatalog(root);
  const version = readImagePackage(root, image).version;
  return version !== readImage(root, catalog, image).spec.version;
}

class Publisher {
  private readonly workDir: string;
  private cosign?: Cosign;
  private key?: SigningKey;

  constructor(
    private readonly request: PublishRequest,
    private readonly client: RegistryClient,
  ) {
    this.workDir = mkdtempSync(join(tmpdir(), 'armorred-publish-'));
  }

  dispose(): void {
    this.cosign?.dispose();
    rmSync(this.workDir, { recursive: true, force: true });
  }

  private progress(context: ImageContext, tier: TierName | undefined, line: string): void {
    this.request.onProgress?.(`${context.image}${tier ? ` ${tier}` : ''} ${formatReleaseVersion(context.release)}: ${line}`);
  }

  /** cosign and the key, prepared once (the public key is derived from the private key). */
  private async signer(): Promise<{ cosign: Cosign; key: SigningKey }> {
    const signing = this.request.signing;
    if (!signing) throw new UsageError('this needs signing: give --sign-key FILE (a cosign key) and its password in COSIGN_PASSWORD');
    if (!this.cosign || !this.key) {
      const { connection } = this.request;
      this.cosign = new Cosign({ authFile: connection.authFile, caFile: caFileOf(connection.certDir), insecure: !connection.tlsVerify }, this.request.env);
      const publicKeyFile = join(this.workDir, 'cosign.pub');
      writeFileSync(publicKeyFile, await this.cosign.publicKey(signing.keyFile, signing.password));
      this.key = { ...signing, publicKeyFile };
    }
    return { cosign: this.cosign, key: this.key };
  }

  /** The tier's SBOMs and VEX, read from the repository (no symlinks, bounded) into private copies. */
  private predicates(image: string, tier: TierName): Predicate[] {
    const dir = join(this.workDir, `${image}-${tier}-predicates`);
    mkdirSync(dir, { recursive: true });
    return attestationFiles(image, tier).map(({ kind, path }) => {
      const content = readRepositoryFile(this.request.root, path, { maxBytes: MAX_DOCUMENT, what: kind.title }).toString('utf8');
      const file = join(dir, `${kind.type}.json`);
      writeFileSync(file, content);
      try {
        return predicateOf(kind, file, content);
      } catch {
        throw new InvalidInputError(`${path}: not valid JSON; run armorred generate ${image}`);
      }
    });
  }

  /** For a dry run: which build the documents to attest describe (a real run refuses any other). */
  private describedNote(image: string, tier: TierName, plan: TierPlan): string {
    if (plan.action !== 'release' && plan.action !== 'secure') return '';
    const described = describedConfigDigest(this.request.root, image, tier);
    return described === undefined
      ? `; but refused: no ${imagePaths(image).analysisData(tier)} says which build its SBOMs and VEX describe (npx armorred analyze ${image} --pkgs ${this.request.pkgs})`
      : `; only if that image's config is ${described}, the build its SBOMs and VEX describe`;
  }

  /** The image config digest of a manifest in the registry (what analyze records of the archive it was pushed from). */
  private async configDigestInRegistry(repository: Repository, digest: string): Promise<string> {
    const manifest = await this.client.manifest(repository.path, digest);
    const config = manifest && (JSON.parse(manifest.bytes.toString('utf8')) as { config?: { digest?: unknown } }).config?.digest;
    if (typeof config !== 'string') throw new ToolFailedError(`${repository.name}@${digest}: the registry holds no image manifest with a config there`);
    return config;
  }

  /** Steps 4-7 for a digest already in the registry. */
  private async secureAndTag(
    context: ImageContext,
    tier: TierName,
    tierTags: TierTags,
    digest: string,
    predicates: readonly Predicate[],
    tags: readonly string[],
    actions: string[],
  ) {
    const { repository } = context;
    const reference = digestReference(repository, digest);
    const { cosign, key } = await this.signer();
    const report = await secureDigest(cosign, reference, key, predicates, (line) => this.progress(context, tier, line));
    if (report.signed) actions.push('signed');
    if (report.attested.length > 0) actions.push(`attested ${report.attested.join(', ')}`);
    actions.push('verified');
    await this.setTags(context, tier, tierTags, digest, tags, actions);
  }

  private async setTags(context: ImageContext, tier: TierName, tierTags: TierTags, digest: string, tags: readonly string[], actions: string[]) {
    const { repository } = context;
    for (const tag of tags) {
      if (tag === tierTags.immutable) {
        // Immutable: a tag that appeared meanwhile (another run) must name the same digest.
        const existing = await this.client.manifestDigest(repository.path, tag);
        if (existing !== undefined && existing !== digest)
          throw new ToolFailedError(
            `${repository.name}:${tag} already names @${existing}, not @${digest}; a release tag is never moved (add a changeset for a new revision)`,
          );
        if (existing === digest) continue;
      }
      await this.client.tag(repository.path, tag, digest);
      this.progress(context, tier, `tagged ${tag} -> @${digest}`);
    }
    if (tags.length > 0) actions.push(`tagged ${tags.join(', ')}`);
  }

  /** Steps 1-2 for the tiers to release: build each, then run the image's suites against those archives. */
  private async buildAndTest(context: ImageContext, tiers: readonly TierName[]): Promise<Partial<Record<TierName, string>>> {
    const { root, pkgs } = this.request;
    const archives: Partial<Record<TierName, string>> = {};
    for (const tier of tiers) {
      this.progress(context, tier, `building (${pkgs})`);
      archives[tier] = (await buildTier({ root, image: context.image, tier, pkgs, onProgress: (line) => this.progress(context, tier, line) })).archive;
      this.progress(context, tier, `built ${archives[tier]}`);
    }
    // Every tier's documents must describe its build before anything is tested or pushed.
    for (const tier of tiers) refuseOtherBuildsDocuments(root, context.image, tier, pkgs, await archiveConfigDigest(archives[tier]!));
    this.progress(context, undefined, `testing ${tiers.join(' and ')}`);
    const outcome = await this.request.test({ root, image: context.image, archives });
    if (!outcome.ok) throw new InvalidInputError(`${context.image}: the tests failed, so nothing was pushed:\n${outcome.summary}`);
    this.progress(context, undefined, `tests passed: ${outcome.summary}`);
    return archives;
  }

  /** Step 3: stage the archive, check its package set, push it by digest (skipped when the registry has it). */
  private async push(context: ImageContext, tier: TierName, archive: string, actions: string[]): Promise<string> {
    const dir = join(this.workDir, `${context.image}-${tier}-staged`);
    rmSync(dir, { recursive: true, force: true });
    const digest = await stageArchive(archive, dir, this.request.env);
    const packageSet = stagedConfig(dir).config?.Labels?.[PACKAGE_SET_LABEL] ?? 'unknown';
    refuseOfflineRelease(packageSet, this.request.registry, context.catalogRegistry, context.image);
    if ((await this.client.manifestDigest(context.repository.path, digest)) === digest) {
      this.progress(context, tier, `@${digest} is in the registry already (not pushed again)`);
    } else {
      await pushStaged(dir, context.repository, digest, this.request.connection, { precomputeDigests: true, env: this.request.env });
      actions.push('pushed');
      this.progress(context, tier, `pushed ${digestReference(context.repository, digest)}`);
    }
    rmSync(dir, { recursive: true, force: true });
    return digest;
  }

  async publishImage(image: string): Promise<TierResult[]> {
    const { request } = this;
    const context = imageContext(request.root, image, request.registry);
    // Refused before anything is built: the package set the build will carry.
    refuseOfflineRelease(PACKAGE_SET_LABELS[request.pkgs], request.registry, context.catalogRegistry, image);
    const { states } = await readTierStates(this.client, context.repository, context.tiers);
    const plans = context.tiers.map(({ tier, tags }) => {
      const state = states.get(tier)!;
      const plan = planTier(tags, context.release, tier, state);
      return { tier, tags, state, plan, description: describePlan(plan, tags) };
    });
    const result = (tier: TierName, plan: TierPlan, description: string, record?: ReleaseRecord): TierResult => ({
      image,
      tier,
      version: formatReleaseVersion(context.release),
      repository: context.repository.name,
      plan,
      description,
      ...(record ? { record } : {}),
    });
    if (request.dryRun) return plans.map(({ tier, plan, description }) => result(tier, plan, `would ${description}${this.describedNote(image, tier, plan)}`));

    // The key (and its password) and the documents to attest are checked before anything is built.
    const predicates = new Map<TierName, Predicate[]>();
    for (const { tier, plan } of plans) if (plan.action === 'release' || plan.action === 'secure') predicates.set(tier, this.predicates(image, tier));
    // A digest pushed by an earlier run is attested only with documents that describe it.
    for (const { tier, plan } of plans)
      if (plan.action === 'secure')
        refuseOtherBuildsDocuments(request.root, image, tier, request.pkgs, await this.configDigestInRegistry(context.repository, plan.digest));
    if (predicates.size > 0) await this.signer();
    const toRelease = plans.filter(({ plan }) => plan.action === 'release').map(({ tier }) => tier);
    const archives = toRelease.length > 0 ? await this.buildAndTest(context, toRelease) : {};
    const results: TierResult[] = [];
    for (const { tier, tags, state, plan, description } of plans) {
      this.progress(context, tier, description);
      const actions: string[] = [];
      let digest: string;
      if (plan.action === 'release') {
        digest = await this.push(context, tier, archives[tier]!, actions);
        await this.secureAndTag(context, tier, tags, digest, predicates.get(tier)!, tagsToSet(tags, context.release, tier, digest, state), actions);
      } else {
        digest = plan.digest;
        if (plan.action === 'secure') await this.secureAndTag(context, tier, tags, digest, predicates.get(tier)!, plan.tags, actions);
        if (plan.action === 'retag') await this.setTags(context, tier, tags, digest, plan.tags, actions);
      }
      // A complete release was just read whole; anything else is read back after its writes.
      const known =
        plan.action === 'complete'
          ? { tagDigests: { [tags.immutable]: digest, ...state.moving }, ...(state.attestations ? { attestations: state.attestations } : {}) }
          : undefined;
      const record = await readReleaseRecord(this.client, context.repository, {
        image,
        tier,
        release: context.release,
        tierTags: tags,
        digest,
        actions,
        ...(known ? { known } : {}),
      });
      results.push(result(tier, plan, description, record));
    }
    return results;
  }
}

/** Publishes the images' tiers (see the top of this file); returns one result per tier. */
export async function publish(request: PublishRequest): Promise<TierResult[]> {
  const client = new RegistryClient(request.registry.host, request.connection);
  const publisher = new Publisher(request, client);
  try {
    const results: TierResult[] = [];
    for (const image of request.images) {
      if (request.skipUnreleased && !hasRelease(request.root, image)) {
        request.onProgress?.(`${image}: no release yet (package.json holds the bare upstream version); skipped`);
        continue;
      }
      results.push(...(await publisher.publishImage(image)));
    }
    return results;
  } finally {
    publisher.dispose();
    client.close();
  }
}
