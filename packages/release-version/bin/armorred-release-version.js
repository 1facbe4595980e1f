#!/usr/bin/env node
import { releaseVersionMain } from '../dist/index.js';

process.exitCode = await releaseVersionMain(process.argv.slice(2));
