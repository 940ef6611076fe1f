#!/usr/bin/env node
// The `tandem` command. The CLI is written in TypeScript and shares shared/ and electron/services/ with the app;
// tsx compiles it on the fly so there is no separate build step for the CLI (see docs/adr/0005).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
