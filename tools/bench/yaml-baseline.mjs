// The bare-parse baseline of `npm run bench`: what the `yaml` package's own YAML.parse
// costs on the same spec files armorred validate reads, in a process of its own (so Node's
// start-up is in both figures). Usage: node yaml-baseline.mjs CATALOG_ROOT
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const root = process.argv[2];
for (const folder of readdirSync(join(root, 'images'))) YAML.parse(readFileSync(join(root, 'images', folder, 'image.yaml'), 'utf8'));
