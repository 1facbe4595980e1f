// The catalog schema and its precompiled validator (packages/catalog/generated/).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaDigest, withSharedDefinitions } from '@armorred/spec';
import * as catalogValidator from '../generated/catalog-schema-validator.js';
import { catalogSchema } from './schema.js';

describe('the catalog schema', () => {
  it('is a valid JSON Schema 2020-12 (generation does not check it against the meta-schema)', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema(withSharedDefinitions(catalogSchema)), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('has a precompiled validator made from it as it is now (else armorred generate rewrites it and check fails)', () => {
    expect(catalogValidator.schemaDigest).toBe(schemaDigest(catalogSchema));
  });
});
