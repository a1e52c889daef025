/**
 * The teaching material as Markdown, for docs/teaching/: one page per scenario and the glossary.
 * `npm run teaching:docs` writes them; a test fails when they fall out of step with the data.
 */
import type { Scenario } from '../core/scenario';
import {
  GLOSSARY,
  NOTES,
  RUBRIC,
  rubricLevels,
  TEACHING,
  type TeachingScenario,
} from '../core/teaching';
import { actualRows, optionLetter, ruleRefs } from './teachingPrint';

const HEADER =
  '<!-- Written by `npm run teaching:docs` from src/core/teaching.ts and src/words/en/teaching*.ts, glossary.ts; edit those, not this page. -->';

export function teachingMarkdown(scenario: Scenario & { id: TeachingScenario }): string {
  const t = TEACHING[scenario.id];
  const notes = NOTES[scenario.id];
  const out: string[] = [HEADER, '', `# Teacher’s notes: ${scenario.title}`, ''];
  out.push(`${scenario.briefing}`, '');
  out.push('## Learning objectives', '');
  t.objectives.forEach((o, i) => {
    out.push(`${i + 1}. ${o.text} (${ruleRefs(o.rules)})`);
  });
  out.push('', '## What usually happens, and why', '');
  for (const p of notes.usually) out.push(p, '');
  out.push('The figures are means over seeds 1-200, from:', '');
  out.push('```sh', ...notes.commands, '```', '');
  out.push('## Turning points and questions to ask', '');
  for (const p of notes.turningPoints) {
    out.push(`### ${p.when}`, '', p.watch, '');
    for (const a of p.ask) out.push(`- ${a}`);
    out.push('');
  }
  const actual = actualRows(scenario);
  if (actual.length) {
    out.push('## What really happened', '');
    for (const a of actual) out.push(`- **${a.quarter}**: ${a.note}`);
    out.push('');
  }
  out.push('## Questionnaire', '');
  out.push(
    'Asked before the briefing and again after the debrief: in the game (a class code or link turns it on) or on paper. The game writes a group’s multiple-choice answers into its replay code, and class results then set the class’s before beside its after (B); the open question’s answer is never carried in a code: groups print it with their choices, or write it on paper.',
    '',
  );
  t.questions.forEach((q, i) => {
    const objective = t.objectives.findIndex((o) => o.id === q.objective) + 1;
    out.push(`${i + 1}. ${q.prompt}`);
    q.options.forEach((o, k) => {
      out.push(`   - ${optionLetter(k)}. ${o}`);
    });
    out.push('', `   Answer: **${optionLetter(q.answer)}** (objective ${objective})`, '');
  });
  out.push(`${t.questions.length + 1}. Open question: ${t.open}`, '');
  out.push('## Rubric for the discussion or a written reflection', '');
  const levels = rubricLevels();
  for (const r of RUBRIC) {
    out.push(`- **${r.criterion}**`);
    r.levels.forEach((l, k) => {
      out.push(`  - ${levels[k]}: ${l}`);
    });
  }
  out.push(
    '',
    'Printable versions: the lesson card, the questionnaire (with and without the key) and these notes open from **For teachers** on the How it works screen.',
    '',
  );
  return out.join('\n');
}

export function glossaryMarkdown(): string {
  const out: string[] = [HEADER, '', '# Glossary', ''];
  out.push(
    'Every word a student meets on the turn and report screens, in a sentence or two. For teachers, on the How it works screen, prints it.',
    '',
  );
  for (const g of [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en'))) {
    out.push(`## ${g.term}`, '', g.text, '');
  }
  return out.join('\n');
}
