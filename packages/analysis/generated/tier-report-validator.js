// Generated from packages/analysis/src/report-schema.ts by `armorred generate` (ajv standalone code); do not edit.
import { createRequire } from 'node:module';
// ajv writes require() for its runtime helpers.
const require = createRequire(import.meta.url);
export const schemaDigest = "81e88d5ee911ad7888867cb8cc2e917549880af356c59c7b26eb929f80034743";
export const validate = validate0;
export default validate0;
const schema0 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://armorred.dev/schemas/tier-report-v1.schema.json","title":"ARMORRED analysis data of a tier (images/<image>/analysis/<tier>.json), written by armorred analyze","type":"object","properties":{"generated":{"type":"string","description":"Where the file comes from; it is measured, never edited by hand"},"schemaVersion":{"const":1},"image":{"type":"string","description":"The image folder, e.g. nginx-1.26"},"tier":{"enum":["hardened","locked"]},"analyzedAt":{"type":"string","description":"an RFC 3339 time in UTC, e.g. 2026-11-22T15:26:07Z: when the tier was analysed","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},"build":{"type":"object","description":"The build that was measured","properties":{"packageSet":{"type":"string","description":"The package set it was built from: nixpkgs, or offline-debian-bookworm (the test fixture)"},"configDigest":{"type":"string","description":"the image config's digest, sha256: and 64 lower-case hex digits","pattern":"^sha256:[a-f0-9]{64}$"},"repoTags":{"type":"array","items":{"type":"string"}}},"required":["packageSet","configDigest","repoTags"],"additionalProperties":false},"inventory":{"type":"object","description":"What the image holds, measured from its archive by ARMORRED's own inventory","properties":{"tool":{"type":"string","description":"The measuring tool and its version, e.g. armorred-analysis 0.0.0"},"size":{"type":"integer","minimum":0,"description":"Bytes of the uncompressed layers"},"compressedSize":{"type":"integer","minimum":0,"description":"Bytes of the gzip-compressed layers"},"layerSizes":{"type":"array","items":{"type":"integer","minimum":0}},"user":{"type":"string","description":"The image config's User, e.g. 65534:65534"},"shell":{"type":"boolean","description":"The image holds /bin/sh"},"coreutils":{"type":"boolean","description":"The image holds coreutils"},"labels":{"type":"object","description":"The image config's labels","additionalProperties":{"type":"string"}},"storePaths":{"type":"array","items":{"type":"string","description":"a Nix store path, /nix/store/<hash>-<name>","pattern":"^/nix/store/[^/]+$"}},"components":{"type":"array","description":"The Nix store paths as components (what the SBOMs list)","items":{"type":"object","properties":{"name":{"type":"string"},"version":{"type":"string"},"storePath":{"type":"string","description":"a Nix store path, /nix/store/<hash>-<name>","pattern":"^/nix/store/[^/]+$"},"nameFrom":{"enum":["derivation","store path"],"description":"Whether name and version are the derivation's (pname, version) or read from the store path"}},"required":["name","version","storePath"],"additionalProperties":false}}},"required":["tool","size","compressedSize","layerSizes","user","shell","coreutils","labels","storePaths","components"],"additionalProperties":false},"sbom":{"type":"object","description":"A component count from a real SBOM tool (syft), when one was run or given","properties":{"tool":{"type":"string"},"version":{"type":"string"},"format":{"type":"string"},"components":{"type":"integer","minimum":0}},"required":["tool","format","components"],"additionalProperties":false},"scan":{"type":"object","description":"Vulnerabilities from a real scanner (grype, trivy), when one was run or given","properties":{"tool":{"type":"string"},"version":{"type":"string"},"format":{"type":"string"},"database":{"type":"object","description":"The vulnerability database the scan used (grype records it; trivy JSON does not)","properties":{"built":{"type":"string"},"schema":{"type":"string"}},"additionalProperties":false},"findings":{"type":"array","items":{"type":"object","description":"One vulnerability the scanner found in one package","properties":{"id":{"type":"string","description":"The vulnerability id as the scanner reports it: CVE-..., GHSA-..., TEMP-..."},"package":{"type":"string"},"version":{"type":"string","description":"The installed version, when the scanner reports it"},"severity":{"enum":["critical","high","medium","low","negligible","unknown"]},"fixedVersions":{"type":"array","items":{"type":"string"}}},"required":["id","package","severity","fixedVersions"],"additionalProperties":false}},"bySeverity":{"type":"object","description":"How many findings of each severity","properties":{"critical":{"type":"integer","minimum":0},"high":{"type":"integer","minimum":0},"medium":{"type":"integer","minimum":0},"low":{"type":"integer","minimum":0},"negligible":{"type":"integer","minimum":0},"unknown":{"type":"integer","minimum":0}},"required":["critical","high","medium","low","negligible","unknown"],"additionalProperties":false}},"required":["tool","format","findings","bySeverity"],"additionalProperties":false}},"required":["generated","schemaVersion","image","tier","analyzedAt","build","inventory"],"additionalProperties":false};
const func0 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "u");
const pattern1 = new RegExp("^sha256:[a-f0-9]{64}$", "u");
const pattern2 = new RegExp("^/nix/store/[^/]+$", "u");

function validate0(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://armorred.dev/schemas/tier-report-v1.schema.json" */;
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
if(data.generated === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generated"},message:"must have required property '"+"generated"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.schemaVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.image === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tier === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tier"},message:"must have required property '"+"tier"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.analyzedAt === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "analyzedAt"},message:"must have required property '"+"analyzedAt"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.build === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "build"},message:"must have required property '"+"build"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.inventory === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inventory"},message:"must have required property '"+"inventory"+"'",schema:schema0.required,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func0.call(schema0.properties, key0))){
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
if(data.generated !== undefined){
let data0 = data.generated;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/generated",schemaPath:"#/properties/generated/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.generated.type,parentSchema:schema0.properties.generated,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data1 = data.schemaVersion;
if(1 !== data1){
const err9 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema0.properties.schemaVersion,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.image !== undefined){
let data2 = data.image;
if(typeof data2 !== "string"){
const err10 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.image.type,parentSchema:schema0.properties.image,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tier !== undefined){
let data3 = data.tier;
if(!((data3 === "hardened") || (data3 === "locked"))){
const err11 = {instancePath:instancePath+"/tier",schemaPath:"#/properties/tier/enum",keyword:"enum",params:{allowedValues: schema0.properties.tier.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.tier.enum,parentSchema:schema0.properties.tier,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.analyzedAt !== undefined){
let data4 = data.analyzedAt;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err12 = {instancePath:instancePath+"/analyzedAt",schemaPath:"#/properties/analyzedAt/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",parentSchema:schema0.properties.analyzedAt,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/analyzedAt",schemaPath:"#/properties/analyzedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.analyzedAt.type,parentSchema:schema0.properties.analyzedAt,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.build !== undefined){
let data5 = data.build;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.packageSet === undefined){
const err14 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/required",keyword:"required",params:{missingProperty: "packageSet"},message:"must have required property '"+"packageSet"+"'",schema:schema0.properties.build.required,parentSchema:schema0.properties.build,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.configDigest === undefined){
const err15 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/required",keyword:"required",params:{missingProperty: "configDigest"},message:"must have required property '"+"configDigest"+"'",schema:schema0.properties.build.required,parentSchema:schema0.properties.build,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.repoTags === undefined){
const err16 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/required",keyword:"required",params:{missingProperty: "repoTags"},message:"must have required property '"+"repoTags"+"'",schema:schema0.properties.build.required,parentSchema:schema0.properties.build,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "packageSet") || (key1 === "configDigest")) || (key1 === "repoTags"))){
const err17 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.build,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.packageSet !== undefined){
let data6 = data5.packageSet;
if(typeof data6 !== "string"){
const err18 = {instancePath:instancePath+"/build/packageSet",schemaPath:"#/properties/build/properties/packageSet/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.build.properties.packageSet.type,parentSchema:schema0.properties.build.properties.packageSet,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.configDigest !== undefined){
let data7 = data5.configDigest;
if(typeof data7 === "string"){
if(!pattern1.test(data7)){
const err19 = {instancePath:instancePath+"/build/configDigest",schemaPath:"#/properties/build/properties/configDigest/pattern",keyword:"pattern",params:{pattern: "^sha256:[a-f0-9]{64}$"},message:"must match pattern \""+"^sha256:[a-f0-9]{64}$"+"\"",schema:"^sha256:[a-f0-9]{64}$",parentSchema:schema0.properties.build.properties.configDigest,data:data7};
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
const err20 = {instancePath:instancePath+"/build/configDigest",schemaPath:"#/properties/build/properties/configDigest/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.build.properties.configDigest.type,parentSchema:schema0.properties.build.properties.configDigest,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.repoTags !== undefined){
let data8 = data5.repoTags;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err21 = {instancePath:instancePath+"/build/repoTags/" + i0,schemaPath:"#/properties/build/properties/repoTags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.build.properties.repoTags.items.type,parentSchema:schema0.properties.build.properties.repoTags.items,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/build/repoTags",schemaPath:"#/properties/build/properties/repoTags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.build.properties.repoTags.type,parentSchema:schema0.properties.build.properties.repoTags,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/build",schemaPath:"#/properties/build/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.build.type,parentSchema:schema0.properties.build,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.inventory !== undefined){
let data10 = data.inventory;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.tool === undefined){
const err24 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data10.size === undefined){
const err25 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data10.compressedSize === undefined){
const err26 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "compressedSize"},message:"must have required property '"+"compressedSize"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10.layerSizes === undefined){
const err27 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "layerSizes"},message:"must have required property '"+"layerSizes"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.user === undefined){
const err28 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.shell === undefined){
const err29 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "shell"},message:"must have required property '"+"shell"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data10.coreutils === undefined){
const err30 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "coreutils"},message:"must have required property '"+"coreutils"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.labels === undefined){
const err31 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "labels"},message:"must have required property '"+"labels"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10.storePaths === undefined){
const err32 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "storePaths"},message:"must have required property '"+"storePaths"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data10.components === undefined){
const err33 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/required",keyword:"required",params:{missingProperty: "components"},message:"must have required property '"+"components"+"'",schema:schema0.properties.inventory.required,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data10){
if(!(func0.call(schema0.properties.inventory.properties, key2))){
const err34 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.tool !== undefined){
let data11 = data10.tool;
if(typeof data11 !== "string"){
const err35 = {instancePath:instancePath+"/inventory/tool",schemaPath:"#/properties/inventory/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inventory.properties.tool.type,parentSchema:schema0.properties.inventory.properties.tool,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.size !== undefined){
let data12 = data10.size;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err36 = {instancePath:instancePath+"/inventory/size",schemaPath:"#/properties/inventory/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.inventory.properties.size.type,parentSchema:schema0.properties.inventory.properties.size,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/inventory/size",schemaPath:"#/properties/inventory/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.inventory.properties.size,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
if(data10.compressedSize !== undefined){
let data13 = data10.compressedSize;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err38 = {instancePath:instancePath+"/inventory/compressedSize",schemaPath:"#/properties/inventory/properties/compressedSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.inventory.properties.compressedSize.type,parentSchema:schema0.properties.inventory.properties.compressedSize,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err39 = {instancePath:instancePath+"/inventory/compressedSize",schemaPath:"#/properties/inventory/properties/compressedSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.inventory.properties.compressedSize,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data10.layerSizes !== undefined){
let data14 = data10.layerSizes;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err40 = {instancePath:instancePath+"/inventory/layerSizes/" + i1,schemaPath:"#/properties/inventory/properties/layerSizes/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.inventory.properties.layerSizes.items.type,parentSchema:schema0.properties.inventory.properties.layerSizes.items,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err41 = {instancePath:instancePath+"/inventory/layerSizes/" + i1,schemaPath:"#/properties/inventory/properties/layerSizes/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.inventory.properties.layerSizes.items,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/inventory/layerSizes",schemaPath:"#/properties/inventory/properties/layerSizes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.inventory.properties.layerSizes.type,parentSchema:schema0.properties.inventory.properties.layerSizes,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.user !== undefined){
let data16 = data10.user;
if(typeof data16 !== "string"){
const err43 = {instancePath:instancePath+"/inventory/user",schemaPath:"#/properties/inventory/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inventory.properties.user.type,parentSchema:schema0.properties.inventory.properties.user,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data10.shell !== undefined){
let data17 = data10.shell;
if(typeof data17 !== "boolean"){
const err44 = {instancePath:instancePath+"/inventory/shell",schemaPath:"#/properties/inventory/properties/shell/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.inventory.properties.shell.type,parentSchema:schema0.properties.inventory.properties.shell,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data10.coreutils !== undefined){
let data18 = data10.coreutils;
if(typeof data18 !== "boolean"){
const err45 = {instancePath:instancePath+"/inventory/coreutils",schemaPath:"#/properties/inventory/properties/coreutils/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema0.properties.inventory.properties.coreutils.type,parentSchema:schema0.properties.inventory.properties.coreutils,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data10.labels !== undefined){
let data19 = data10.labels;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key3 in data19){
let data20 = data19[key3];
if(typeof data20 !== "string"){
const err46 = {instancePath:instancePath+"/inventory/labels/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inventory/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inventory.properties.labels.additionalProperties.type,parentSchema:schema0.properties.inventory.properties.labels.additionalProperties,data:data20};
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
else {
const err47 = {instancePath:instancePath+"/inventory/labels",schemaPath:"#/properties/inventory/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.inventory.properties.labels.type,parentSchema:schema0.properties.inventory.properties.labels,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data10.storePaths !== undefined){
let data21 = data10.storePaths;
if(Array.isArray(data21)){
const len2 = data21.length;
for(let i2=0; i2<len2; i2++){
let data22 = data21[i2];
if(typeof data22 === "string"){
if(!pattern2.test(data22)){
const err48 = {instancePath:instancePath+"/inventory/storePaths/" + i2,schemaPath:"#/properties/inventory/properties/storePaths/items/pattern",keyword:"pattern",params:{pattern: "^/nix/store/[^/]+$"},message:"must match pattern \""+"^/nix/store/[^/]+$"+"\"",schema:"^/nix/store/[^/]+$",parentSchema:schema0.properties.inventory.properties.storePaths.items,data:data22};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/inventory/storePaths/" + i2,schemaPath:"#/properties/inventory/properties/storePaths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inventory.properties.storePaths.items.type,parentSchema:schema0.properties.inventory.properties.storePaths.items,data:data22};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/inventory/storePaths",schemaPath:"#/properties/inventory/properties/storePaths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.inventory.properties.storePaths.type,parentSchema:schema0.properties.inventory.properties.storePaths,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data10.components !== undefined){
let data23 = data10.components;
if(Array.isArray(data23)){
const len3 = data23.length;
for(let i3=0; i3<len3; i3++){
let data24 = data23[i3];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.name === undefined){
const err51 = {instancePath:instancePath+"/inventory/components/" + i3,schemaPath:"#/properties/inventory/properties/components/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema0.properties.inventory.properties.components.items.required,parentSchema:schema0.properties.inventory.properties.components.items,data:data24};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data24.version === undefined){
const err52 = {instancePath:instancePath+"/inventory/components/" + i3,schemaPath:"#/properties/inventory/properties/components/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema0.properties.inventory.properties.components.items.required,parentSchema:schema0.properties.inventory.properties.components.items,data:data24};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data24.storePath === undefined){
const err53 = {instancePath:instancePath+"/inventory/components/" + i3,schemaPath:"#/properties/inventory/properties/components/items/required",keyword:"required",params:{missingProperty: "storePath"},message:"must have required property '"+"storePath"+"'",schema:schema0.properties.inventory.properties.components.items.required,parentSchema:schema0.properties.inventory.properties.components.items,data:data24};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
for(const key4 in data24){
if(!((((key4 === "name") || (key4 === "version")) || (key4 === "storePath")) || (key4 === "nameFrom"))){
const err54 = {instancePath:instancePath+"/inventory/components/" + i3,schemaPath:"#/properties/inventory/properties/components/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.inventory.properties.components.items,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data24.name !== undefined){
let data25 = data24.name;
if(typeof data25 !== "string"){
const err55 = {instancePath:instancePath+"/inventory/components/" + i3+"/name",schemaPath:"#/properties/inventory/properties/components/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inventory.properties.components.items.properties.name.type,parentSchema:schema0.properties.inventory.properties.components.items.properties.name,data:data25};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data24.version !== undefined){
let data26 = data24.version;
if(typeof data26 !== "string"){
const err56 = {instancePath:instancePath+"/inventory/components/" + i3+"/version",schemaPath:"#/properties/inventory/properties/components/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inventory.properties.components.items.properties.version.type,parentSchema:schema0.properties.inventory.properties.components.items.properties.version,data:data26};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data24.storePath !== undefined){
let data27 = data24.storePath;
if(typeof data27 === "string"){
if(!pattern2.test(data27)){
const err57 = {instancePath:instancePath+"/inventory/components/" + i3+"/storePath",schemaPath:"#/properties/inventory/properties/components/items/properties/storePath/pattern",keyword:"pattern",params:{pattern: "^/nix/store/[^/]+$"},message:"must match pattern \""+"^/nix/store/[^/]+$"+"\"",schema:"^/nix/store/[^/]+$",parentSchema:schema0.properties.inventory.properties.components.items.properties.storePath,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/inventory/components/" + i3+"/storePath",schemaPath:"#/properties/inventory/properties/components/items/properties/storePath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.inventory.properties.components.items.properties.storePath.type,parentSchema:schema0.properties.inventory.properties.components.items.properties.storePath,data:data27};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data24.nameFrom !== undefined){
let data28 = data24.nameFrom;
if(!((data28 === "derivation") || (data28 === "store path"))){
const err59 = {instancePath:instancePath+"/inventory/components/" + i3+"/nameFrom",schemaPath:"#/properties/inventory/properties/components/items/properties/nameFrom/enum",keyword:"enum",params:{allowedValues: schema0.properties.inventory.properties.components.items.properties.nameFrom.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.inventory.properties.components.items.properties.nameFrom.enum,parentSchema:schema0.properties.inventory.properties.components.items.properties.nameFrom,data:data28};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/inventory/components/" + i3,schemaPath:"#/properties/inventory/properties/components/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.inventory.properties.components.items.type,parentSchema:schema0.properties.inventory.properties.components.items,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/inventory/components",schemaPath:"#/properties/inventory/properties/components/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.inventory.properties.components.type,parentSchema:schema0.properties.inventory.properties.components,data:data23};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/inventory",schemaPath:"#/properties/inventory/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.inventory.type,parentSchema:schema0.properties.inventory,data:data10};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.sbom !== undefined){
let data29 = data.sbom;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.tool === undefined){
const err63 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'",schema:schema0.properties.sbom.required,parentSchema:schema0.properties.sbom,data:data29};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data29.format === undefined){
const err64 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema0.properties.sbom.required,parentSchema:schema0.properties.sbom,data:data29};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data29.components === undefined){
const err65 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/required",keyword:"required",params:{missingProperty: "components"},message:"must have required property '"+"components"+"'",schema:schema0.properties.sbom.required,parentSchema:schema0.properties.sbom,data:data29};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key5 in data29){
if(!((((key5 === "tool") || (key5 === "version")) || (key5 === "format")) || (key5 === "components"))){
const err66 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.sbom,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data29.tool !== undefined){
let data30 = data29.tool;
if(typeof data30 !== "string"){
const err67 = {instancePath:instancePath+"/sbom/tool",schemaPath:"#/properties/sbom/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.sbom.properties.tool.type,parentSchema:schema0.properties.sbom.properties.tool,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.version !== undefined){
let data31 = data29.version;
if(typeof data31 !== "string"){
const err68 = {instancePath:instancePath+"/sbom/version",schemaPath:"#/properties/sbom/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.sbom.properties.version.type,parentSchema:schema0.properties.sbom.properties.version,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data29.format !== undefined){
let data32 = data29.format;
if(typeof data32 !== "string"){
const err69 = {instancePath:instancePath+"/sbom/format",schemaPath:"#/properties/sbom/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.sbom.properties.format.type,parentSchema:schema0.properties.sbom.properties.format,data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.components !== undefined){
let data33 = data29.components;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
const err70 = {instancePath:instancePath+"/sbom/components",schemaPath:"#/properties/sbom/properties/components/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.sbom.properties.components.type,parentSchema:schema0.properties.sbom.properties.components,data:data33};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
const err71 = {instancePath:instancePath+"/sbom/components",schemaPath:"#/properties/sbom/properties/components/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.sbom.properties.components,data:data33};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
else {
const err72 = {instancePath:instancePath+"/sbom",schemaPath:"#/properties/sbom/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.sbom.type,parentSchema:schema0.properties.sbom,data:data29};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.scan !== undefined){
let data34 = data.scan;
if(data34 && typeof data34 == "object" && !Array.isArray(data34)){
if(data34.tool === undefined){
const err73 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/required",keyword:"required",params:{missingProperty: "tool"},message:"must have required property '"+"tool"+"'",schema:schema0.properties.scan.required,parentSchema:schema0.properties.scan,data:data34};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(data34.format === undefined){
const err74 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema0.properties.scan.required,parentSchema:schema0.properties.scan,data:data34};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(data34.findings === undefined){
const err75 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'",schema:schema0.properties.scan.required,parentSchema:schema0.properties.scan,data:data34};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data34.bySeverity === undefined){
const err76 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/required",keyword:"required",params:{missingProperty: "bySeverity"},message:"must have required property '"+"bySeverity"+"'",schema:schema0.properties.scan.required,parentSchema:schema0.properties.scan,data:data34};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key6 in data34){
if(!((((((key6 === "tool") || (key6 === "version")) || (key6 === "format")) || (key6 === "database")) || (key6 === "findings")) || (key6 === "bySeverity"))){
const err77 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.scan,data:data34};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data34.tool !== undefined){
let data35 = data34.tool;
if(typeof data35 !== "string"){
const err78 = {instancePath:instancePath+"/scan/tool",schemaPath:"#/properties/scan/properties/tool/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.tool.type,parentSchema:schema0.properties.scan.properties.tool,data:data35};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data34.version !== undefined){
let data36 = data34.version;
if(typeof data36 !== "string"){
const err79 = {instancePath:instancePath+"/scan/version",schemaPath:"#/properties/scan/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.version.type,parentSchema:schema0.properties.scan.properties.version,data:data36};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data34.format !== undefined){
let data37 = data34.format;
if(typeof data37 !== "string"){
const err80 = {instancePath:instancePath+"/scan/format",schemaPath:"#/properties/scan/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.format.type,parentSchema:schema0.properties.scan.properties.format,data:data37};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data34.database !== undefined){
let data38 = data34.database;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key7 in data38){
if(!((key7 === "built") || (key7 === "schema"))){
const err81 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/properties/database/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.scan.properties.database,data:data38};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data38.built !== undefined){
let data39 = data38.built;
if(typeof data39 !== "string"){
const err82 = {instancePath:instancePath+"/scan/database/built",schemaPath:"#/properties/scan/properties/database/properties/built/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.database.properties.built.type,parentSchema:schema0.properties.scan.properties.database.properties.built,data:data39};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data38.schema !== undefined){
let data40 = data38.schema;
if(typeof data40 !== "string"){
const err83 = {instancePath:instancePath+"/scan/database/schema",schemaPath:"#/properties/scan/properties/database/properties/schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.database.properties.schema.type,parentSchema:schema0.properties.scan.properties.database.properties.schema,data:data40};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
else {
const err84 = {instancePath:instancePath+"/scan/database",schemaPath:"#/properties/scan/properties/database/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.scan.properties.database.type,parentSchema:schema0.properties.scan.properties.database,data:data38};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data34.findings !== undefined){
let data41 = data34.findings;
if(Array.isArray(data41)){
const len4 = data41.length;
for(let i4=0; i4<len4; i4++){
let data42 = data41[i4];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.id === undefined){
const err85 = {instancePath:instancePath+"/scan/findings/" + i4,schemaPath:"#/properties/scan/properties/findings/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema0.properties.scan.properties.findings.items.required,parentSchema:schema0.properties.scan.properties.findings.items,data:data42};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data42.package === undefined){
const err86 = {instancePath:instancePath+"/scan/findings/" + i4,schemaPath:"#/properties/scan/properties/findings/items/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'",schema:schema0.properties.scan.properties.findings.items.required,parentSchema:schema0.properties.scan.properties.findings.items,data:data42};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data42.severity === undefined){
const err87 = {instancePath:instancePath+"/scan/findings/" + i4,schemaPath:"#/properties/scan/properties/findings/items/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema0.properties.scan.properties.findings.items.required,parentSchema:schema0.properties.scan.properties.findings.items,data:data42};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data42.fixedVersions === undefined){
const err88 = {instancePath:instancePath+"/scan/findings/" + i4,schemaPath:"#/properties/scan/properties/findings/items/required",keyword:"required",params:{missingProperty: "fixedVersions"},message:"must have required property '"+"fixedVersions"+"'",schema:schema0.properties.scan.properties.findings.items.required,parentSchema:schema0.properties.scan.properties.findings.items,data:data42};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
for(const key8 in data42){
if(!(((((key8 === "id") || (key8 === "package")) || (key8 === "version")) || (key8 === "severity")) || (key8 === "fixedVersions"))){
const err89 = {instancePath:instancePath+"/scan/findings/" + i4,schemaPath:"#/properties/scan/properties/findings/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.scan.properties.findings.items,data:data42};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data42.id !== undefined){
let data43 = data42.id;
if(typeof data43 !== "string"){
const err90 = {instancePath:instancePath+"/scan/findings/" + i4+"/id",schemaPath:"#/properties/scan/properties/findings/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.findings.items.properties.id.type,parentSchema:schema0.properties.scan.properties.findings.items.properties.id,data:data43};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data42.package !== undefined){
let data44 = data42.package;
if(typeof data44 !== "string"){
const err91 = {instancePath:instancePath+"/scan/findings/" + i4+"/package",schemaPath:"#/properties/scan/properties/findings/items/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.findings.items.properties.package.type,parentSchema:schema0.properties.scan.properties.findings.items.properties.package,data:data44};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data42.version !== undefined){
let data45 = data42.version;
if(typeof data45 !== "string"){
const err92 = {instancePath:instancePath+"/scan/findings/" + i4+"/version",schemaPath:"#/properties/scan/properties/findings/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.findings.items.properties.version.type,parentSchema:schema0.properties.scan.properties.findings.items.properties.version,data:data45};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data42.severity !== undefined){
let data46 = data42.severity;
if(!((((((data46 === "critical") || (data46 === "high")) || (data46 === "medium")) || (data46 === "low")) || (data46 === "negligible")) || (data46 === "unknown"))){
const err93 = {instancePath:instancePath+"/scan/findings/" + i4+"/severity",schemaPath:"#/properties/scan/properties/findings/items/properties/severity/enum",keyword:"enum",params:{allowedValues: schema0.properties.scan.properties.findings.items.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema0.properties.scan.properties.findings.items.properties.severity.enum,parentSchema:schema0.properties.scan.properties.findings.items.properties.severity,data:data46};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data42.fixedVersions !== undefined){
let data47 = data42.fixedVersions;
if(Array.isArray(data47)){
const len5 = data47.length;
for(let i5=0; i5<len5; i5++){
let data48 = data47[i5];
if(typeof data48 !== "string"){
const err94 = {instancePath:instancePath+"/scan/findings/" + i4+"/fixedVersions/" + i5,schemaPath:"#/properties/scan/properties/findings/items/properties/fixedVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema0.properties.scan.properties.findings.items.properties.fixedVersions.items.type,parentSchema:schema0.properties.scan.properties.findings.items.properties.fixedVersions.items,data:data48};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/scan/findings/" + i4+"/fixedVersions",schemaPath:"#/properties/scan/properties/findings/items/properties/fixedVersions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.scan.properties.findings.items.properties.fixedVersions.type,parentSchema:schema0.properties.scan.properties.findings.items.properties.fixedVersions,data:data47};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/scan/findings/" + i4,schemaPath:"#/properties/scan/properties/findings/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.scan.properties.findings.items.type,parentSchema:schema0.properties.scan.properties.findings.items,data:data42};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/scan/findings",schemaPath:"#/properties/scan/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema0.properties.scan.properties.findings.type,parentSchema:schema0.properties.scan.properties.findings,data:data41};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data34.bySeverity !== undefined){
let data49 = data34.bySeverity;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.critical === undefined){
const err98 = {instancePath:instancePath+"/scan/bySeverity",schemaPath:"#/properties/scan/properties/bySeverity/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'",schema:schema0.properties.scan.properties.bySeverity.required,parentSchema:schema0.properties.scan.properties.bySeverity,data:data49};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(data49.high === undefined){
const err99 = {instancePath:instancePath+"/scan/bySeverity",schemaPath:"#/properties/scan/properties/bySeverity/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'",schema:schema0.properties.scan.properties.bySeverity.required,parentSchema:schema0.properties.scan.properties.bySeverity,data:data49};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data49.medium === undefined){
const err100 = {instancePath:instancePath+"/scan/bySeverity",schemaPath:"#/properties/scan/properties/bySeverity/required",keyword:"required",params:{missingProperty: "medium"},message:"must have required property '"+"medium"+"'",schema:schema0.properties.scan.properties.bySeverity.required,parentSchema:schema0.properties.scan.properties.bySeverity,data:data49};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data49.low === undefined){
const err101 = {instancePath:instancePath+"/scan/bySeverity",schemaPath:"#/properties/scan/properties/bySeverity/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'",schema:schema0.properties.scan.properties.bySeverity.required,parentSchema:schema0.properties.scan.properties.bySeverity,data:data49};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data49.negligible === undefined){
const err102 = {instancePath:instancePath+"/scan/bySeverity",schemaPath:"#/properties/scan/properties/bySeverity/required",keyword:"required",params:{missingProperty: "negligible"},message:"must have required property '"+"negligible"+"'",schema:schema0.properties.scan.properties.bySeverity.required,parentSchema:schema0.properties.scan.properties.bySeverity,data:data49};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data49.unknown === undefined){
const err103 = {instancePath:instancePath+"/scan/bySeverity",schemaPath:"#/properties/scan/properties/bySeverity/required",keyword:"required",params:{missingProperty: "unknown"},message:"must have required property '"+"unknown"+"'",schema:schema0.properties.scan.properties.bySeverity.required,parentSchema:schema0.properties.scan.properties.bySeverity,data:data49};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
for(const key9 in data49){
if(!((((((key9 === "critical") || (key9 === "high")) || (key9 === "medium")) || (key9 === "low")) || (key9 === "negligible")) || (key9 === "unknown"))){
const err104 = {instancePath:instancePath+"/scan/bySeverity",schemaPath:"#/properties/scan/properties/bySeverity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema0.properties.scan.properties.bySeverity,data:data49};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data49.critical !== undefined){
let data50 = data49.critical;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err105 = {instancePath:instancePath+"/scan/bySeverity/critical",schemaPath:"#/properties/scan/properties/bySeverity/properties/critical/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.scan.properties.bySeverity.properties.critical.type,parentSchema:schema0.properties.scan.properties.bySeverity.properties.critical,data:data50};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err106 = {instancePath:instancePath+"/scan/bySeverity/critical",schemaPath:"#/properties/scan/properties/bySeverity/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.scan.properties.bySeverity.properties.critical,data:data50};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
if(data49.high !== undefined){
let data51 = data49.high;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
const err107 = {instancePath:instancePath+"/scan/bySeverity/high",schemaPath:"#/properties/scan/properties/bySeverity/properties/high/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.scan.properties.bySeverity.properties.high.type,parentSchema:schema0.properties.scan.properties.bySeverity.properties.high,data:data51};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
const err108 = {instancePath:instancePath+"/scan/bySeverity/high",schemaPath:"#/properties/scan/properties/bySeverity/properties/high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.scan.properties.bySeverity.properties.high,data:data51};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
if(data49.medium !== undefined){
let data52 = data49.medium;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err109 = {instancePath:instancePath+"/scan/bySeverity/medium",schemaPath:"#/properties/scan/properties/bySeverity/properties/medium/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.scan.properties.bySeverity.properties.medium.type,parentSchema:schema0.properties.scan.properties.bySeverity.properties.medium,data:data52};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 < 0 || isNaN(data52)){
const err110 = {instancePath:instancePath+"/scan/bySeverity/medium",schemaPath:"#/properties/scan/properties/bySeverity/properties/medium/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.scan.properties.bySeverity.properties.medium,data:data52};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
if(data49.low !== undefined){
let data53 = data49.low;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
const err111 = {instancePath:instancePath+"/scan/bySeverity/low",schemaPath:"#/properties/scan/properties/bySeverity/properties/low/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.scan.properties.bySeverity.properties.low.type,parentSchema:schema0.properties.scan.properties.bySeverity.properties.low,data:data53};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 < 0 || isNaN(data53)){
const err112 = {instancePath:instancePath+"/scan/bySeverity/low",schemaPath:"#/properties/scan/properties/bySeverity/properties/low/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.scan.properties.bySeverity.properties.low,data:data53};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
if(data49.negligible !== undefined){
let data54 = data49.negligible;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
const err113 = {instancePath:instancePath+"/scan/bySeverity/negligible",schemaPath:"#/properties/scan/properties/bySeverity/properties/negligible/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.scan.properties.bySeverity.properties.negligible.type,parentSchema:schema0.properties.scan.properties.bySeverity.properties.negligible,data:data54};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
const err114 = {instancePath:instancePath+"/scan/bySeverity/negligible",schemaPath:"#/properties/scan/properties/bySeverity/properties/negligible/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.scan.properties.bySeverity.properties.negligible,data:data54};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
if(data49.unknown !== undefined){
let data55 = data49.unknown;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
const err115 = {instancePath:instancePath+"/scan/bySeverity/unknown",schemaPath:"#/properties/scan/properties/bySeverity/properties/unknown/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema0.properties.scan.properties.bySeverity.properties.unknown.type,parentSchema:schema0.properties.scan.properties.bySeverity.properties.unknown,data:data55};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 < 0 || isNaN(data55)){
const err116 = {instancePath:instancePath+"/scan/bySeverity/unknown",schemaPath:"#/properties/scan/properties/bySeverity/properties/unknown/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema0.properties.scan.properties.bySeverity.properties.unknown,data:data55};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
}
else {
const err117 = {instancePath:instancePath+"/scan/bySeverity",schemaPath:"#/properties/scan/properties/bySeverity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.scan.properties.bySeverity.type,parentSchema:schema0.properties.scan.properties.bySeverity,data:data49};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.properties.scan.type,parentSchema:schema0.properties.scan,data:data34};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema0.type,parentSchema:schema0,data};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
validate0.errors = vErrors;
return errors === 0;
}
validate0.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

