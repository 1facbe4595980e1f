// Generated from packages/catalog/src/schema.ts by `armorred generate` (ajv standalone code); do not edit.
import { createRequire } from 'node:module';
// ajv writes require() for its runtime helpers.
const require = createRequire(import.meta.url);
export const schemaDigest = "bf49d7ac5a098b3143b3b2d81e38e2b9945d3604e8fa3b8eb7fbe1d309e96a29";
export const validate = validate0;
export default validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://armorred.dev/schemas/catalog.schema.json","title":"ARMORRED catalog (catalog.yaml)","type":"object","properties":{"registry":{"type":"string","pattern":"^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$","maxLength":200,"description":"Registry and namespace images are published to, e.g. ghcr.io/armorred"},"vendor":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","minLength":1,"maxLength":200},"repository":{"type":"string","pattern":"^https?://[^\\s<>\"'`\\\\]+$","maxLength":2000,"description":"The catalog's source repository"},"documentation":{"type":"string","pattern":"^https?://[^\\s<>\"'`\\\\]+$","maxLength":2000,"description":"Base URL of the Images documentation site"},"nixpkgs":{"type":"object","description":"Named nixpkgs pins images build against","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":64,"description":"pin names are letters, digits and . _ -, starting with a letter or digit (e.g. nixos-24.11)"},"maxProperties":100,"additionalProperties":{"type":"object","properties":{"rev":{"type":"string","pattern":"^[0-9a-f]{40}$","description":"nixpkgs commit"},"sha256":{"type":"string","pattern":"^([0-9a-df-np-sv-z]{52}|sha256-[A-Za-z0-9+/]{43}=)$","description":"Hash of the unpacked tarball (nix-prefetch-url --unpack), base32 or SRI"},"url":{"type":"string","pattern":"^https?://[^\\s<>\"'`\\\\]+$","maxLength":2000,"description":"Tarball URL; defaults to the GitHub archive of rev"}},"required":["rev","sha256"],"additionalProperties":false},"minProperties":1},"defaults":{"type":"object","properties":{"user":{"type":"integer","minimum":0,"maximum":4294967294},"group":{"type":"integer","minimum":0,"maximum":4294967294}},"required":["user","group"],"additionalProperties":false},"tiers":{"type":"object","properties":{"hardened":{"$ref":"#/$defs/shared0"},"locked":{"$ref":"#/$defs/shared0"}},"required":["hardened","locked"],"additionalProperties":false},"images":{"type":"array","description":"Image folders under images/, each <name>-<line>","items":{"type":"string","pattern":"^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]+(\\.[0-9]+)*$","maxLength":100,"description":"An image folder name: the image name (lowercase letters, digits and dashes, not starting or ending with a dash), a dash, then the release line (numbers separated by dots), e.g. nginx-1.26"},"maxItems":100000}},"required":["registry","vendor","repository","nixpkgs","defaults","tiers","images"],"additionalProperties":false,"$defs":{"shared0":{"type":"object","properties":{"description":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","minLength":1,"maxLength":500},"requireNonRoot":{"type":"boolean","description":"Every image of this tier must run with a non-zero UID"},"forbidPackageManagers":{"type":"boolean","description":"No package manager (apt, dpkg, apk, rpm, nix, pip, ...) may be part of the image"}},"required":["description"],"additionalProperties":false}}};
const func0 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$", "u");
const pattern1 = new RegExp("^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$", "u");
const pattern2 = new RegExp("^https?://[^\\s<>\"'`\\\\]+$", "u");
const pattern4 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern5 = new RegExp("^[0-9a-f]{40}$", "u");
const pattern6 = new RegExp("^([0-9a-df-np-sv-z]{52}|sha256-[A-Za-z0-9+/]{43}=)$", "u");
const pattern9 = new RegExp("^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]+(\\.[0-9]+)*$", "u");
const schema1 = {"type":"object","properties":{"description":{"type":"string","pattern":"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$","minLength":1,"maxLength":500},"requireNonRoot":{"type":"boolean","description":"Every image of this tier must run with a non-zero UID"},"forbidPackageManagers":{"type":"boolean","description":"No package manager (apt, dpkg, apk, rpm, nix, pip, ...) may be part of the image"}},"required":["description"],"additionalProperties":false};

function validate1(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate1.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.description === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema1.required,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "description") || (key0 === "requireNonRoot")) || (key0 === "forbidPackageManagers"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.description !== undefined){
let data0 = data.description;
if(typeof data0 === "string"){
if(func0(data0) > 500){
const err2 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema1.properties.description,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func0(data0) < 1){
const err3 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema1.properties.description,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern1.test(data0)){
const err4 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema1.properties.description,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema1.properties.description.type,parentSchema:schema1.properties.description,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.requireNonRoot !== undefined){
let data1 = data.requireNonRoot;
if(typeof data1 !== "boolean"){
const err6 = {instancePath:instancePath+"/requireNonRoot",schemaPath:"#/properties/requireNonRoot/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema1.properties.requireNonRoot.type,parentSchema:schema1.properties.requireNonRoot,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.forbidPackageManagers !== undefined){
let data2 = data.forbidPackageManagers;
if(typeof data2 !== "boolean"){
const err7 = {instancePath:instancePath+"/forbidPackageManagers",schemaPath:"#/properties/forbidPackageManagers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema1.properties.forbidPackageManagers.type,parentSchema:schema1.properties.forbidPackageManagers,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema1.type,parentSchema:schema1,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate1.errors = vErrors;
return errors === 0;
}
validate1.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://armorred.dev/schemas/catalog.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate0.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.registry === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "registry"},message:"must have required property '"+"registry"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.vendor === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vendor"},message:"must have required property '"+"vendor"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.repository === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "repository"},message:"must have required property '"+"repository"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.nixpkgs === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nixpkgs"},message:"must have required property '"+"nixpkgs"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.defaults === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "defaults"},message:"must have required property '"+"defaults"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.tiers === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tiers"},message:"must have required property '"+"tiers"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.images === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "images"},message:"must have required property '"+"images"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "registry") || (key0 === "vendor")) || (key0 === "repository")) || (key0 === "documentation")) || (key0 === "nixpkgs")) || (key0 === "defaults")) || (key0 === "tiers")) || (key0 === "images"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.registry !== undefined){
let data0 = data.registry;
if(typeof data0 === "string"){
if(func0(data0) > 200){
const err8 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema0.properties.registry,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern0.test(data0)){
const err9 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$"},message:"must match pattern \""+"^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$"+"\"",schema:"^[a-z0-9]+([.-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*$",parentSchema:schema0.properties.registry,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/registry",schemaPath:"#/properties/registry/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.registry.type,parentSchema:schema0.properties.registry,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.vendor !== undefined){
let data1 = data.vendor;
if(typeof data1 === "string"){
if(func0(data1) > 200){
const err11 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema0.properties.vendor,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func0(data1) < 1){
const err12 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema0.properties.vendor,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern1.test(data1)){
const err13 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/pattern",keyword:"pattern",params:{pattern: "^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"},message:"must match pattern \""+"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$"+"\"",schema:"^(?:[^\\t\\n\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ud800-\\udfff]|[\\ud800-\\udbff][\\udc00-\\udfff])*$",parentSchema:schema0.properties.vendor,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/vendor",schemaPath:"#/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.vendor.type,parentSchema:schema0.properties.vendor,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.repository !== undefined){
let data2 = data.repository;
if(typeof data2 === "string"){
if(func0(data2) > 2000){
const err15 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema0.properties.repository,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern2.test(data2)){
const err16 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s<>\"'`\\\\]+$"},message:"must match pattern \""+"^https?://[^\\s<>\"'`\\\\]+$"+"\"",schema:"^https?://[^\\s<>\"'`\\\\]+$",parentSchema:schema0.properties.repository,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/repository",schemaPath:"#/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.repository.type,parentSchema:schema0.properties.repository,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.documentation !== undefined){
let data3 = data.documentation;
if(typeof data3 === "string"){
if(func0(data3) > 2000){
const err18 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema0.properties.documentation,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern2.test(data3)){
const err19 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s<>\"'`\\\\]+$"},message:"must match pattern \""+"^https?://[^\\s<>\"'`\\\\]+$"+"\"",schema:"^https?://[^\\s<>\"'`\\\\]+$",parentSchema:schema0.properties.documentation,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/documentation",schemaPath:"#/properties/documentation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.documentation.type,parentSchema:schema0.properties.documentation,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.nixpkgs !== undefined){
let data4 = data.nixpkgs;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length > 100){
const err21 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/maxProperties",keyword:"maxProperties",params:{limit: 100},message:"must NOT have more than 100 properties",schema:100,parentSchema:schema0.properties.nixpkgs,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(Object.keys(data4).length < 1){
const err22 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema0.properties.nixpkgs,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data4){
const _errs12 = errors;
if(typeof key1 === "string"){
if(func0(key1) > 64){
const err23 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/propertyNames/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema0.properties.nixpkgs.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern4.test(key1)){
const err24 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9._-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9._-]*$",parentSchema:schema0.properties.nixpkgs.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
var valid1 = _errs12 === errors;
if(!valid1){
const err25 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema0.properties.nixpkgs.propertyNames,parentSchema:schema0.properties.nixpkgs,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key2 in data4){
let data5 = data4[key2];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.rev === undefined){
const err26 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nixpkgs/additionalProperties/required",keyword:"required",params:{missingProperty: "rev"},message:"must have required property '"+"rev"+"'",schema:schema0.properties.nixpkgs.additionalProperties.required,parentSchema:schema0.properties.nixpkgs.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data5.sha256 === undefined){
const err27 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nixpkgs/additionalProperties/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'",schema:schema0.properties.nixpkgs.additionalProperties.required,parentSchema:schema0.properties.nixpkgs.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key3 in data5){
if(!(((key3 === "rev") || (key3 === "sha256")) || (key3 === "url"))){
const err28 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nixpkgs/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.nixpkgs.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data5.rev !== undefined){
let data6 = data5.rev;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err29 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/rev",schemaPath:"#/properties/nixpkgs/additionalProperties/properties/rev/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{40}$"},message:"must match pattern \""+"^[0-9a-f]{40}$"+"\"",schema:"^[0-9a-f]{40}$",parentSchema:schema0.properties.nixpkgs.additionalProperties.properties.rev,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/rev",schemaPath:"#/properties/nixpkgs/additionalProperties/properties/rev/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.nixpkgs.additionalProperties.properties.rev.type,parentSchema:schema0.properties.nixpkgs.additionalProperties.properties.rev,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data5.sha256 !== undefined){
let data7 = data5.sha256;
if(typeof data7 === "string"){
if(!pattern6.test(data7)){
const err31 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sha256",schemaPath:"#/properties/nixpkgs/additionalProperties/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^([0-9a-df-np-sv-z]{52}|sha256-[A-Za-z0-9+/]{43}=)$"},message:"must match pattern \""+"^([0-9a-df-np-sv-z]{52}|sha256-[A-Za-z0-9+/]{43}=)$"+"\"",schema:"^([0-9a-df-np-sv-z]{52}|sha256-[A-Za-z0-9+/]{43}=)$",parentSchema:schema0.properties.nixpkgs.additionalProperties.properties.sha256,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sha256",schemaPath:"#/properties/nixpkgs/additionalProperties/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.nixpkgs.additionalProperties.properties.sha256.type,parentSchema:schema0.properties.nixpkgs.additionalProperties.properties.sha256,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.url !== undefined){
let data8 = data5.url;
if(typeof data8 === "string"){
if(func0(data8) > 2000){
const err33 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/nixpkgs/additionalProperties/properties/url/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema0.properties.nixpkgs.additionalProperties.properties.url,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(!pattern2.test(data8)){
const err34 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/nixpkgs/additionalProperties/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s<>\"'`\\\\]+$"},message:"must match pattern \""+"^https?://[^\\s<>\"'`\\\\]+$"+"\"",schema:"^https?://[^\\s<>\"'`\\\\]+$",parentSchema:schema0.properties.nixpkgs.additionalProperties.properties.url,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/url",schemaPath:"#/properties/nixpkgs/additionalProperties/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.nixpkgs.additionalProperties.properties.url.type,parentSchema:schema0.properties.nixpkgs.additionalProperties.properties.url,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/nixpkgs/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nixpkgs/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.nixpkgs.additionalProperties.type,parentSchema:schema0.properties.nixpkgs.additionalProperties,data:data5};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/nixpkgs",schemaPath:"#/properties/nixpkgs/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.nixpkgs.type,parentSchema:schema0.properties.nixpkgs,data:data4};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.defaults !== undefined){
let data9 = data.defaults;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.user === undefined){
const err38 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema0.properties.defaults.required,parentSchema:schema0.properties.defaults,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data9.group === undefined){
const err39 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema0.properties.defaults.required,parentSchema:schema0.properties.defaults,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key4 in data9){
if(!((key4 === "user") || (key4 === "group"))){
const err40 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.defaults,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data9.user !== undefined){
let data10 = data9.user;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err41 = {instancePath:instancePath+"/defaults/user",schemaPath:"#/properties/defaults/properties/user/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.defaults.properties.user.type,parentSchema:schema0.properties.defaults.properties.user,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 4294967294 || isNaN(data10)){
const err42 = {instancePath:instancePath+"/defaults/user",schemaPath:"#/properties/defaults/properties/user/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967294},message:"must be <= 4294967294",schema:4294967294,parentSchema:schema0.properties.defaults.properties.user,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err43 = {instancePath:instancePath+"/defaults/user",schemaPath:"#/properties/defaults/properties/user/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.defaults.properties.user,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
if(data9.group !== undefined){
let data11 = data9.group;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err44 = {instancePath:instancePath+"/defaults/group",schemaPath:"#/properties/defaults/properties/group/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.defaults.properties.group.type,parentSchema:schema0.properties.defaults.properties.group,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 4294967294 || isNaN(data11)){
const err45 = {instancePath:instancePath+"/defaults/group",schemaPath:"#/properties/defaults/properties/group/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967294},message:"must be <= 4294967294",schema:4294967294,parentSchema:schema0.properties.defaults.properties.group,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err46 = {instancePath:instancePath+"/defaults/group",schemaPath:"#/properties/defaults/properties/group/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.defaults.properties.group,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
}
else {
const err47 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.defaults.type,parentSchema:schema0.properties.defaults,data:data9};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.tiers !== undefined){
let data12 = data.tiers;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.hardened === undefined){
const err48 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/required",keyword:"required",params:{missingProperty: "hardened"},message:"must have required property '"+"hardened"+"'",schema:schema0.properties.tiers.required,parentSchema:schema0.properties.tiers,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data12.locked === undefined){
const err49 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/required",keyword:"required",params:{missingProperty: "locked"},message:"must have required property '"+"locked"+"'",schema:schema0.properties.tiers.required,parentSchema:schema0.properties.tiers,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key5 in data12){
if(!((key5 === "hardened") || (key5 === "locked"))){
const err50 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.tiers,data:data12};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data12.hardened !== undefined){
if(!(validate1(data12.hardened, {instancePath:instancePath+"/tiers/hardened",parentData:data12,parentDataProperty:"hardened",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
if(data12.locked !== undefined){
if(!(validate1(data12.locked, {instancePath:instancePath+"/tiers/locked",parentData:data12,parentDataProperty:"locked",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
errors = vErrors.length;
}
}
}
else {
const err51 = {instancePath:instancePath+"/tiers",schemaPath:"#/properties/tiers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.tiers.type,parentSchema:schema0.properties.tiers,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.images !== undefined){
let data15 = data.images;
if(Array.isArray(data15)){
if(data15.length > 100000){
const err52 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items",schema:100000,parentSchema:schema0.properties.images,data:data15};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(typeof data16 === "string"){
if(func0(data16) > 100){
const err53 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema0.properties.images.items,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!pattern9.test(data16)){
const err54 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]+(\\.[0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]+(\\.[0-9]+)*$"+"\"",schema:"^[a-z0-9]([a-z0-9-]*[a-z0-9])?-[0-9]+(\\.[0-9]+)*$",parentSchema:schema0.properties.images.items,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/images/" + i0,schemaPath:"#/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.images.items.type,parentSchema:schema0.properties.images.items,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/images",schemaPath:"#/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.images.type,parentSchema:schema0.properties.images,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

