/** Writes scenarios/scenario.schema.json from the zod schema the game validates with. `npm run schema`. */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/core/scenario';

const path = new URL('../scenarios/scenario.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
