// The editor schema files (image.schema.json, catalog.schema.json) are generated from the
// TypeScript schema constants, so the types and the files cannot drift apart.
export function renderSchemaFile(schema: object, sourceModule: string): string {
  const withComment = { $comment: `Generated from ${sourceModule} by \`armorred generate\`; do not edit.`, ...schema };
  return `${JSON.stringify(withComment, null, 2)}\n`;
}
