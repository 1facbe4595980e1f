// The precompiled validator of the image schema (packages/spec/generated/) against ajv
// compiling the schema here: the same verdicts and errors, and it is used only when current.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import * as imageValidator from '../generated/image-schema-validator.js';
import { imageSchema } from './schema.js';
import { checkAgainstSchema, schemaDigest, withSharedDefinitions } from './schema-check.js';
import { parseYamlFile } from './yaml.js';

const SPEC = `name: nginx
version: 1.26.3
line: 1.26
descripton: typo
nixpkgs: nixos-24.11
licenses: BSD-2-Clause
package:
  attr: nginx
runtime:
  user: -1
  ports:
    - port: 8080
      protocol: sctp
`;

describe('the precompiled image schema validator', () => {
  it('is a valid JSON Schema 2020-12 (generation does not check it against the meta-schema)', () => {
    const ajv = new Ajv2020({ strict: true });
    expect(ajv.validateSchema(withSharedDefinitions(imageSchema)), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('was compiled from the schema as it is now (else armorred generate rewrites it and check fails)', () => {
    expect(imageValidator.schemaDigest).toBe(schemaDigest(imageSchema));
  });

  it('reports what ajv compiling the schema now reports', () => {
    const fresh = new Ajv2020({ allErrors: true, strict: true, verbose: true, inlineRefs: false }).compile(withSharedDefinitions(imageSchema));
    const value = parseYamlFile('image.yaml', SPEC).value;
    expect(imageValidator.validate(value)).toBe(false);
    expect(fresh(value)).toBe(false);
    const shown = (errors: typeof fresh.errors) => errors?.map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));
    expect(shown(imageValidator.validate.errors)).toEqual(shown(fresh.errors));
  });

  it('is not used for a schema it was not compiled from: that one is compiled here', () => {
    const other = { type: 'object', properties: { name: { type: 'string' } }, additionalProperties: false };
    const issues = checkAgainstSchema(parseYamlFile('x.yaml', 'name: 1\n'), other, imageValidator);
    expect(issues.map((issue) => issue.message)).toEqual(['must be a string, got number 1; quote it: "1"']);
  });
});
