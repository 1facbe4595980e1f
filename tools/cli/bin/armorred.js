#!/usr/bin/env node
// The armorred CLI. Built from tools/cli/src by `npm run build` (tsc -b).
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
