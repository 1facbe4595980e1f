// SBOMs of a tier from its inventory: CycloneDX 1.6 (with @cyclonedx/cyclonedx-library)
// and SPDX 2.3 JSON. Pure and deterministic: the same inventory and time give the same
// bytes (serial numbers and namespaces are derived from the content, not random).
import { createHash } from 'node:crypto';
import { Enums, Models, Serialize, Spec } from '@cyclonedx/cyclonedx-library';
import type { Component } from './inventory.js';

export interface SbomSubject {
  /** Image name with registry, e.g. ghcr.io/armorred/nginx */
  repository: string;
  /** e.g. 1.26-hardened */
  tag: string;
  /** Upstream version, e.g. 1.26.3 */
  version: string;
  /** sha256:... image (config) digest */
  configDigest: string;
  vendor: string;
  /** RFC 3339 time of the analysis. */
  created: string;
  /** Who made the SBOM, e.g. "armorred 0.0.0". */
  tool: { name: string; version: string };
  components: readonly SbomComponent[];
}

/** What the SBOMs say of a component (where its name came from is the analysis data's business). */
export type SbomComponent = Omit<Component, 'nameFrom'>;

const digests = new WeakMap<SbomSubject, string>();

/** What the serial number and namespace are derived from (both SBOMs of a tier ask). */
function digestOf(subject: SbomSubject): string {
  let digest = digests.get(subject);
  if (digest === undefined) {
    digest = createHash('sha256')
      .update(JSON.stringify([subject.repository, subject.tag, subject.configDigest, subject.created, subject.components.map((c) => c.storePath)]))
      .digest('hex');
    digests.set(subject, digest);
  }
  return digest;
}

/** A UUID (version-5 shaped) derived from the content, so reruns are byte-identical. */
function contentUuid(hex: string): string {
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Package URL of a Nix store path component (syft's nix cataloger uses the same type). */
export function nixPurl(component: SbomComponent): string {
  return factsOf(component).purl;
}

/** What both SBOMs say about a component, worked out once: tiers and images share most store paths. */
interface ComponentFacts {
  name: string;
  version: string;
  output: string | undefined;
  purl: string;
  spdxId: string;
  /** The CycloneDX model, made on first use (shared by BOMs whose bom-refs are plain, see renderCycloneDx). */
  model?: Models.Component;
}

/** By store path (a store path names one package, so its facts rarely differ; when they do they are made again). */
const componentFacts = new Map<string, ComponentFacts>();
/** The same, by component object: the page, both SBOMs and the sort ask about each several times. */
const factsByObject = new WeakMap<SbomComponent, ComponentFacts>();

function factsOf(component: SbomComponent): ComponentFacts {
  const known = factsByObject.get(component);
  if (known) return known;
  let facts = componentFacts.get(component.storePath);
  if (!facts || facts.name !== component.name || facts.version !== component.version || facts.output !== component.output) {
    const hash = /\/nix\/store\/([a-z0-9]{32})-/.exec(component.storePath)?.[1];
    const qualifiers = [...(component.output ? [`output=${component.output}`] : []), ...(hash ? [`outputhash=${hash}`] : [])];
    facts = {
      name: component.name,
      version: component.version,
      output: component.output,
      purl: `pkg:nix/${encodeURIComponent(component.name)}@${encodeURIComponent(component.version)}${qualifiers.length ? `?${qualifiers.join('&')}` : ''}`,
      spdxId: `SPDXRef-Package-${component.name.replace(/[^A-Za-z0-9.-]/g, '-')}-${(hash ?? '').slice(0, 8)}`,
    };
    componentFacts.set(component.storePath, facts);
  }
  factsByObject.set(component, facts);
  return facts;
}

function componentModel(component: SbomComponent): Models.Component {
  const model = new Models.Component(Enums.ComponentType.Library, component.name, {
    bomRef: component.storePath,
    version: component.version,
    purl: nixPurl(component) as unknown as Models.Component['purl'],
  });
  model.properties.add(new Models.Property('nix:store_path', component.storePath));
  return model;
}

export function ociPurl(subject: SbomSubject): string {
  const [host, ...path] = subject.repository.split('/');
  const name = path.pop() ?? subject.repository;
  return `pkg:oci/${encodeURIComponent(name)}@${encodeURIComponent(subject.configDigest)}?repository_url=${encodeURIComponent([host, ...path, name].join('/'))}&tag=${encodeURIComponent(subject.tag)}`;
}

/** How every BOM is serialized (one object: normalized components are kept per model for these options). */
const CYCLONEDX_OPTIONS: Serialize.Types.SerializerOptions & Serialize.Types.NormalizerOptions = { sortLists: true, space: 2 };

/** Component models shared between BOMs (see factsOf), and what the library normalized each to. */
const sharedModels = new WeakSet<Models.Component>();
const normalizedModels = new WeakMap<Models.Component, ReturnType<Serialize.JSON.Normalize.ComponentNormalizer['normalize']>>();

/**
 * The library's component normalizer, remembering a shared model's result: the same model
 * normalizes to the same JSON in every BOM whose bom-refs it leaves as they are (plainBom).
 */
class SharedComponentNormalizer extends Serialize.JSON.Normalize.ComponentNormalizer {
  override normalize(data: Models.Component, options: Serialize.Types.NormalizerOptions) {
    if (options !== CYCLONEDX_OPTIONS || !sharedModels.has(data)) return super.normalize(data, options);
    if (!normalizedModels.has(data)) normalizedModels.set(data, super.normalize(data, options));
    return normalizedModels.get(data);
  }
}

class SharingNormalizerFactory extends Serialize.JSON.Normalize.Factory {
  override makeForComponent(): Serialize.JSON.Normalize.ComponentNormalizer {
    return new SharedComponentNormalizer(this);
  }
}

/** The library's CycloneDX 1.6 JSON serializers, made once: one sharing normalized components, one not. */
let serializers: { sharing: Serialize.JsonSerializer; plain: Serialize.JsonSerializer } | undefined;

/**
 * Whether the serializer leaves every bom-ref as it is: it renames an empty one, and all
 * but the first of equal ones (randomly, so such a BOM is not reproducible anyway).
 */
function plainBom(components: readonly SbomComponent[]): boolean {
  const refs = new Set(['', IMAGE_REF]);
  for (const { storePath } of components) {
    if (refs.has(storePath)) return false;
    refs.add(storePath);
  }
  return true;
}

const IMAGE_REF = 'image';

export function renderCycloneDx(subject: SbomSubject): string {
  const bom = new Models.Bom();
  bom.serialNumber = `urn:uuid:${contentUuid(digestOf(subject))}`;
  bom.metadata.timestamp = new Date(subject.created);
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, subject.tool.name, { version: subject.tool.version }));
  const image = new Models.Component(Enums.ComponentType.Container, subject.repository, {
    bomRef: IMAGE_REF,
    version: subject.tag,
    purl: ociPurl(subject) as unknown as Models.Component['purl'],
    supplier: new Models.OrganizationalEntity({ name: subject.vendor }),
    description: `${subject.repository}:${subject.tag} (upstream version ${subject.version})`,
  });
  bom.metadata.component = image;
  // Models are only read by the serializer, so one serves every BOM that lists the
  // component, with its normalized JSON; a BOM whose bom-refs the serializer must rename
  // gets models of its own and is serialized as it always was.
  const share = plainBom(subject.components);
  for (const component of subject.components) {
    let model: Models.Component;
    if (share) {
      const facts = factsOf(component);
      model = facts.model ??= componentModel(component);
      sharedModels.add(model);
    } else model = componentModel(component);
    bom.components.add(model);
    image.dependencies.add(model.bomRef);
  }
  serializers ??= {
    sharing: new Serialize.JsonSerializer(new SharingNormalizerFactory(Spec.Spec1dot6)),
    plain: new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)),
  };
  return `${(share ? serializers.sharing : serializers.plain).serialize(bom, CYCLONEDX_OPTIONS)}\n`;
}

export function renderSpdx(subject: SbomSubject): string {
  const digest = digestOf(subject);
  const noAssertion = 'NOASSERTION';
  const imageId = 'SPDXRef-Image';
  const components = [...subject.components].sort((a, b) => (a.storePath < b.storePath ? -1 : 1));
  const document = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${subject.repository}:${subject.tag}`,
    documentNamespace: `https://armorred.dev/spdx/${subject.repository.replace(/[^A-Za-z0-9.-]/g, '-')}/${subject.tag}-${digest.slice(0, 16)}`,
    creationInfo: {
      created: subject.created.replace(/\.\d+Z$/, 'Z'),
      creators: [`Tool: ${subject.tool.name}-${subject.tool.version}`, `Organization: ${subject.vendor}`],
    },
    packages: [
      {
        SPDXID: imageId,
        name: subject.repository,
        versionInfo: subject.tag,
        supplier: `Organization: ${subject.vendor}`,
        downloadLocation: noAssertion,
        filesAnalyzed: false,
        primaryPackagePurpose: 'CONTAINER',
        checksums: [{ algorithm: 'SHA256', checksumValue: subject.configDigest.replace(/^sha256:/, '') }],
        licenseConcluded: noAssertion,
        licenseDeclared: noAssertion,
        copyrightText: noAssertion,
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: ociPurl(subject) }],
      },
      ...components.map((component) => ({
        SPDXID: factsOf(component).spdxId,
        name: component.name,
        versionInfo: component.version,
        downloadLocation: noAssertion,
        filesAnalyzed: false,
        primaryPackagePurpose: 'LIBRARY',
        licenseConcluded: noAssertion,
        licenseDeclared: noAssertion,
        copyrightText: noAssertion,
        comment: `Nix store path ${component.storePath}`,
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: factsOf(component).purl }],
      })),
    ],
    relationships: [
      { spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: imageId },
      ...components.map((component) => ({ spdxElementId: imageId, relationshipType: 'CONTAINS', relatedSpdxElement: factsOf(component).spdxId })),
    ],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
