/** Writes scenarios/scenario.schema.json from the zod schema the game validates with. `npm run schema`. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/core/scenario';

const path = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
// Written the way the project's formatter keeps every file, so a fresh schema passes the lint.
spawnSync('npx', ['biome', 'format', '--write', path.pathname], { stdio: 'ignore' });
console.log(`wrote ${path.pathname}`);
