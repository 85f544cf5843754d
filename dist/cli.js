#!/usr/bin/env node
import { runCli } from './diffgate.js';

process.exitCode = await runCli(process.argv.slice(2));
