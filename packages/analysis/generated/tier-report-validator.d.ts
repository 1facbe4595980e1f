// Generated from packages/analysis/src/report-schema.ts by `armorred generate`; do not edit.
import type { ValidateFunction } from 'ajv';
export declare const schemaDigest: string;
export declare const validate: ValidateFunction;
export default validate;
