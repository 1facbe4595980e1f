#!/usr/bin/env node
// The armorred CLI. Compiled from tools/cli/src by `npm run compile` (tsc -b).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
