// Loading an image spec: YAML -> schema -> semantic rules. Pure: bytes in, typed spec out.
import { SpecError } from './errors.js';
import * as imageValidator from '../generated/image-schema-validator.js';
import { checkAgainstSchema, schemaDigest } from './schema-check.js';
import { imageSchema, type ImageSpec } from './schema.js';
import { checkImageSpec, type SpecCheckContext } from './spec-check.js';
import { parseYamlFileCached, type ParseCache } from './parse-cache.js';
import type { YamlSource } from './yaml.js';

export interface LoadedSpec {
  source: YamlSource;
  spec: ImageSpec;
}

/**
 * Parses and checks an image spec; throws SpecError listing every located issue. With a
 * cache, the parse is served from it when the same bytes validated before (against the
 * schema as it is now: its digest is part of the key, so a hit skips the schema check),
 * and stored only once the spec has validated. The rules beyond the schema depend on the
 * image folder and the catalog, and always run.
 */
export function loadImageSpec(file: string, bytes: Uint8Array | string, context: SpecCheckContext, cache?: ParseCache): LoadedSpec {
  const parsed = parseYamlFileCached(file, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, cache, schemaDigest(imageSchema));
  const { source } = parsed;
  if (!parsed.hit) {
    const schemaIssues = checkAgainstSchema(source, imageSchema, imageValidator);
    if (schemaIssues.length > 0) throw new SpecError(schemaIssues);
  }
  const spec = source.value as ImageSpec;
  const issues = checkImageSpec(source, spec, context);
  if (issues.length > 0) throw new SpecError(issues);
  parsed.remember();
  return { source, spec };
}
