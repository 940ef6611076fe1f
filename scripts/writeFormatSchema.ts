// `npm run format-schema`: writes the JSON Schema of the export to docs/format/ (see formatSchema.ts).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJsonSchemaText, FORMAT_SCHEMA_FILE } from './formatSchema';

const root = fileURLToPath(new URL('..', import.meta.url));
writeFileSync(path.join(root, FORMAT_SCHEMA_FILE), exportJsonSchemaText());
// Laid out as Biome lays out every JSON file of the tree, so `npm test`'s format check passes on it.
spawnSync('npx', ['biome', 'format', '--write', FORMAT_SCHEMA_FILE], { cwd: root, stdio: 'inherit' });
console.log(`wrote ${FORMAT_SCHEMA_FILE}`);
