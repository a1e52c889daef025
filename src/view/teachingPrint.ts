/**
 * Printable pages for teachers: a one-page lesson card per scenario, the glossary, the
 * questionnaire (for students, or with the answer key) and the teacher's notes. Each is a complete
 * HTML document built from the teaching data, every piece of text escaped, and opened like the
 * other printables (a Blob in a new tab).
 */
import { RULES } from '../core/rules';
import type { Scenario } from '../core/scenario';
import { builtInScenario } from '../core/scenarios';
import { inLanguage } from '../core/scenarioWords';
import { quarterLabel } from '../core/state';
import {
  GLOSSARY,
  NOTES,
  RUBRIC,
  rubricLevels,
  TEACHING,
  TEACHING_SCENARIOS,
  type Teaching,
  type TeachingScenario,
} from '../core/teaching';
import type { RuleId } from '../core/vocabulary';
import { language, t as words } from '../words';
import { escapeHtml as e } from './brief';
import { PRINT_FONT } from './printStyle';

/** The words of `key` (`print.teach.*`), escaped for a page. */
const w = (key: string, vars?: Record<string, string | number>) =>
  e(words(`print.teach.${key}`, vars));

const STYLE = `body { font-family: ${PRINT_FONT}; max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; font-size: 0.95rem; line-height: 1.4; }
h1 { font-size: 1.4rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.05rem; margin: 1.1rem 0 0.3rem; }
.meta { color: #555; margin-top: 0; }
ol, ul { margin: 0.2rem 0; padding-left: 1.4rem; }
li { margin: 0.15rem 0; }
.rules { color: #555; font-size: 0.85rem; }
.q { break-inside: avoid; margin-bottom: 0.7rem; }
.opts { list-style: upper-alpha; }
.key { font-weight: bold; }
.lines { border-bottom: 1px solid #999; height: 1.6rem; }
dt { font-weight: bold; margin-top: 0.5rem; }
dd { margin: 0 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #bbb; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; font-size: 0.85rem; }
@media print { body { margin: 0 auto; } }`;

/** A complete printable page in the style of the teaching material. */
export function teachingPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<title>${e(title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** "rule 3, credit sustains cooperation" style references. */
export function ruleRefs(rules: readonly RuleId[]): string {
  return rules
    .map((r) =>
      words('print.teach.ruleRef', { n: RULES[r].number, title: RULES[r].title.toLowerCase() }),
    )
    .join(words('print.teach.refList'));
}

function objectivesList(t: Teaching): string {
  return `<ol>
${t.objectives
  .map((o) => `<li>${e(o.text)} <span class="rules">— ${e(ruleRefs(o.rules))}</span></li>`)
  .join('\n')}
</ol>`;
}

/** The steps of a lesson, in order (`print.teach.step.*`). */
const LESSON_STEPS = ['before', 'briefing', 'play', 'debrief', 'reflection'] as const;

/** The letter of an option: A, B, C… */
export const optionLetter = (i: number): string => String.fromCharCode(65 + i);

/** A one-page lesson card: the scenario in a paragraph, objectives, a lesson outline, the questions to ask. */
export function lessonCardHtml(scenario: Scenario & { id: TeachingScenario }): string {
  const t = TEACHING[scenario.id];
  const notes = NOTES[scenario.id];
  const asks = notes.turningPoints
    .map((p) => `<li><strong>${w('pointAsk', { when: p.when })}</strong> ${e(p.ask[0] ?? '')}</li>`)
    .join('\n');
  return teachingPage(
    words('print.teach.lessonTitle', { scenario: scenario.title }),
    `<h1>${w('lessonTitle', { scenario: scenario.title })}</h1>
<p class="meta">${w('quarters', { count: scenario.turns })}</p>
<p>${e(scenario.briefing)}</p>
<h2>${w('ableTo')}</h2>
${objectivesList(t)}
<h2>${w('lesson')}</h2>
<ol>
${LESSON_STEPS.map((step) => `<li>${w(`step.${step}`)}</li>`).join('\n')}
</ol>
<h2>${w('stopAt')}</h2>
<ul>
${asks}
</ul>
<h2>${w('open')}</h2>
<p>${e(t.open)}</p>`,
  );
}

/** The whole glossary, alphabetically. */
export function glossaryHtml(): string {
  const entries = [...GLOSSARY]
    .sort((a, b) => a.term.localeCompare(b.term, language()))
    .map((g) => `<dt>${e(g.term)}</dt><dd>${e(g.text)}</dd>`)
    .join('\n');
  return teachingPage(
    words('print.teach.glossaryTitle'),
    `<h1>${w('glossary')}</h1>
<p class="meta">${w('glossaryMeta')}</p>
<dl>
${entries}
</dl>`,
  );
}

/** The questionnaire for students, or with the answer key and the objective each question checks. */
export function questionnaireHtml(
  scenario: Scenario & { id: TeachingScenario },
  withKey: boolean,
): string {
  const t = TEACHING[scenario.id];
  const questions = t.questions
    .map((q, i) => {
      const options = q.options
        .map((o, k) => `<li${withKey && k === q.answer ? ' class="key"' : ''}>${e(o)}</li>`)
        .join('');
      const objective = t.objectives.find((o) => o.id === q.objective);
      const key = withKey
        ? `<p class="rules">${w('answer', {
            letter: optionLetter(q.answer),
            n: t.objectives.indexOf(objective as (typeof t.objectives)[number]) + 1,
            objective: objective?.text ?? '',
          })}</p>`
        : '';
      return `<div class="q"><p><strong>${i + 1}.</strong> ${e(q.prompt)}</p><ol class="opts">${options}</ol>${key}</div>`;
    })
    .join('\n');
  const key = withKey ? 'key' : 'blank';
  return teachingPage(
    words('print.teach.questionnaireTitle', { context: key, scenario: scenario.title }),
    `<h1>${w('questionnaire', { context: key })}</h1>
<p class="meta">${w('questionnaireMeta', { scenario: scenario.title })}</p>
<p>${w('name')}</p>
${questions}
<div class="q"><p><strong>${t.questions.length + 1}.</strong> ${e(t.open)}</p>
${withKey ? `<p class="rules">${w('openKey')}</p>` : '<div class="lines"></div>'.repeat(4)}
</div>
<p class="rules">${w('inTheGame')}</p>`,
  );
}

/** What really happened, quarter by quarter, where the scenario is historical. */
export function actualRows(scenario: Scenario): { quarter: string; note: string }[] {
  return (scenario.actual ?? []).map((a) => ({
    quarter: quarterLabel(scenario, a.turn - 1),
    note: a.note,
  }));
}

/** The rubric as an HTML table. */
export function rubricHtml(): string {
  return `<table>
<thead><tr><th>${w('criterion')}</th>${rubricLevels()
    .map((l) => `<th>${e(l)}</th>`)
    .join('')}</tr></thead>
<tbody>
${RUBRIC.map(
  (r) => `<tr><td>${e(r.criterion)}</td>${r.levels.map((l) => `<td>${e(l)}</td>`).join('')}</tr>`,
).join('\n')}
</tbody>
</table>`;
}

/** The teacher's notes: objectives, what usually happens and why, turning points, history, rubric. */
export function teacherNotesHtml(scenario: Scenario & { id: TeachingScenario }): string {
  const t = TEACHING[scenario.id];
  const notes = NOTES[scenario.id];
  const points = notes.turningPoints
    .map(
      (p) =>
        `<li><strong>${w('pointWatch', { when: p.when })}</strong> ${e(p.watch)}<ul>${p.ask.map((a) => `<li>${e(a)}</li>`).join('')}</ul></li>`,
    )
    .join('\n');
  const actual = actualRows(scenario);
  const history = actual.length
    ? `<h2>${w('history')}</h2>
<table><tbody>
${actual.map((a) => `<tr><td>${e(a.quarter)}</td><td>${e(a.note)}</td></tr>`).join('\n')}
</tbody></table>`
    : '';
  const commands = notes.commands.map((c) => `<code>${e(c)}</code>`);
  return teachingPage(
    words('print.teach.notesTitle', { scenario: scenario.title }),
    `<h1>${w('notesTitle', { scenario: scenario.title })}</h1>
<p class="meta">${w('quarters', { count: scenario.turns })}</p>
<h2>${w('objectives')}</h2>
${objectivesList(t)}
<h2>${w('usually')}</h2>
${notes.usually.map((p) => `<p>${e(p)}</p>`).join('\n')}
<p class="rules">${w('figures').replace('{commands}', commands.join(words('print.teach.and')))}</p>
<h2>${w('turningPoints')}</h2>
<ol>
${points}
</ol>
${history}
<h2>${w('rubric')}</h2>
${rubricHtml()}`,
  );
}

/** A built-in scenario with teaching material, or undefined. */
export function teachingScenario(id: string): (Scenario & { id: TeachingScenario }) | undefined {
  const scenario = builtInScenario(id);
  if (!scenario || !(TEACHING_SCENARIOS as readonly string[]).includes(id)) return undefined;
  // Its texts in the language shown, where the scenario has them.
  return inLanguage(scenario) as Scenario & { id: TeachingScenario };
}
