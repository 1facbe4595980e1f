// The SBOMs of nginx's checked-in analysis data (no build needed): valid against the
// official CycloneDX 1.6 and SPDX 2.3 schemas, and the same bytes however often and in
// whatever order tiers and images are rendered (component facts are shared between them).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { parseTierReport } from './report.js';
import { renderCycloneDx, renderSpdx, type SbomSubject } from './sbom.js';

const REPO = join(import.meta.dirname, '..', '..', '..');
const SPDX_SCHEMA = join(import.meta.dirname, '..', 'test', 'schemas', 'spdx-2.3.schema.json');

/** A subject from nginx's checked-in analysis of `tier` (a fresh copy of its components each time). */
function subject(tier: string, repository = 'ghcr.io/armorred/nginx'): SbomSubject {
  const file = join('images', 'nginx-1.26', 'analysis', `${tier}.json`);
  const report = parseTierReport(file, readFileSync(join(REPO, file), 'utf8'));
  return {
    repository,
    tag: `1.26-${tier}`,
    version: '1.26.3',
    configDigest: report.build.configDigest,
    vendor: 'ARMORRED',
    created: report.analyzedAt,
    tool: { name: 'armorred', version: '0.0.0' },
    components: report.inventory.components,
  };
}

describe('the SBOMs of a tier', () => {
  it('are valid CycloneDX 1.6 and SPDX 2.3, even with a component listed twice', async () => {
    const twice = subject('locked');
    twice.components = [...twice.components, { ...twice.components[0]! }];
    const cycloneDx = renderCycloneDx(twice);
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(cycloneDx)).toBeNull();
    const bom = JSON.parse(cycloneDx) as { components: { 'bom-ref': string }[]; dependencies: { ref: string; dependsOn?: string[] }[] };
    // The serializer tells the two bom-refs apart, and the image depends on both.
    expect(new Set(bom.components.map((component) => component['bom-ref'])).size).toBe(twice.components.length);
    expect(bom.dependencies.find((dependency) => dependency.ref === 'image')!.dependsOn).toHaveLength(twice.components.length);

    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(SPDX_SCHEMA, 'utf8')) as object);
    const document = JSON.parse(renderSpdx(subject('hardened'))) as unknown;
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });

  it('are the same bytes whatever was rendered before (shared component facts change nothing)', () => {
    const first = { cycloneDx: renderCycloneDx(subject('hardened')), spdx: renderSpdx(subject('hardened')) };
    for (const tier of ['locked', 'hardened']) {
      renderCycloneDx(subject(tier, 'ghcr.io/armorred/other'));
      renderSpdx(subject(tier, 'ghcr.io/armorred/other'));
    }
    // A store path read with another name and version elsewhere (hand-edited data).
    const renamed = subject('hardened', 'ghcr.io/armorred/renamed');
    renamed.components = renamed.components.map((component) => ({ ...component, name: `${component.name}-x`, version: '0' }));
    expect(JSON.parse(renderCycloneDx(renamed)).components[0].purl).toMatch(/-x@0\?/);
    renderSpdx(renamed);
    expect(renderCycloneDx(subject('hardened'))).toBe(first.cycloneDx);
    expect(renderSpdx(subject('hardened'))).toBe(first.spdx);
  });

  it('are the checked-in generated files, byte for byte', () => {
    for (const tier of ['hardened', 'locked']) {
      const generated = (name: string) => readFileSync(join(REPO, 'images', 'nginx-1.26', 'generated', `${tier}.${name}.json`), 'utf8');
      expect(renderCycloneDx(subject(tier))).toBe(generated('cdx'));
      expect(renderSpdx(subject(tier))).toBe(generated('spdx'));
    }
  });
});
