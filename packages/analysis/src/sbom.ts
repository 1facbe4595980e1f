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
  purl: string;
  spdxId: string;
  /** The CycloneDX model, made on first use; a BOM that lists the component twice gets a second one. */
  model?: Models.Component;
}

const componentFacts = new Map<string, ComponentFacts>();
/** The same, by component object: the page, both SBOMs and the sort ask about each several times. */
const factsByObject = new WeakMap<SbomComponent, ComponentFacts>();

function factsOf(component: SbomComponent): ComponentFacts {
  const known = factsByObject.get(component);
  if (known) return known;
  const key = `${component.storePath}\n${component.name}\n${component.version}\n${component.output ?? ''}`;
  let facts = componentFacts.get(key);
  if (!facts) {
    const hash = /\/nix\/store\/([a-z0-9]{32})-/.exec(component.storePath)?.[1];
    const qualifiers = [...(component.output ? [`output=${component.output}`] : []), ...(hash ? [`outputhash=${hash}`] : [])];
    facts = {
      purl: `pkg:nix/${encodeURIComponent(component.name)}@${encodeURIComponent(component.version)}${qualifiers.length ? `?${qualifiers.join('&')}` : ''}`,
      spdxId: `SPDXRef-Package-${component.name.replace(/[^A-Za-z0-9.-]/g, '-')}-${(hash ?? '').slice(0, 8)}`,
    };
    componentFacts.set(key, facts);
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

/** The library's serializer for CycloneDX 1.6 JSON, made once (it holds no state between BOMs). */
let cycloneDxSerializer: Serialize.JsonSerializer | undefined;

export function renderCycloneDx(subject: SbomSubject): string {
  const bom = new Models.Bom();
  bom.serialNumber = `urn:uuid:${contentUuid(digestOf(subject))}`;
  bom.metadata.timestamp = new Date(subject.created);
  bom.metadata.tools.components.add(new Models.Component(Enums.ComponentType.Application, subject.tool.name, { version: subject.tool.version }));
  const image = new Models.Component(Enums.ComponentType.Container, subject.repository, {
    bomRef: 'image',
    version: subject.tag,
    purl: ociPurl(subject) as unknown as Models.Component['purl'],
    supplier: new Models.OrganizationalEntity({ name: subject.vendor }),
    description: `${subject.repository}:${subject.tag} (upstream version ${subject.version})`,
  });
  bom.metadata.component = image;
  for (const component of subject.components) {
    // Models are only read by the serializer, so one serves every BOM that lists the
    // component; a component listed twice in one BOM gets its own (the serializer then
    // tells their bom-refs apart, as it always did).
    const facts = factsOf(component);
    let model = facts.model;
    if (!model || bom.components.has(model)) model = componentModel(component);
    facts.model ??= model;
    bom.components.add(model);
    image.dependencies.add(model.bomRef);
  }
  cycloneDxSerializer ??= new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));
  return `${cycloneDxSerializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
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
