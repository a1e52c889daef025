/** Writes docs/teaching/<scenario>.md and docs/teaching/glossary.md from the teaching data. `npm run teaching:docs`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { TEACHING_SCENARIOS } from '../src/core/teaching';
import { glossaryMarkdown, teachingMarkdown } from '../src/view/teachingDocs';
import { teachingScenario } from '../src/view/teachingPrint';

const dir = new URL('../docs/teaching/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const id of TEACHING_SCENARIOS) {
  const scenario = teachingScenario(id);
  if (!scenario) throw new Error(`no built-in scenario ${id}`);
  writeFileSync(new URL(`${id}.md`, dir), teachingMarkdown(scenario));
}
writeFileSync(new URL('glossary.md', dir), glossaryMarkdown());
console.log(`wrote ${dir.pathname}`);
