/**
 * Printable class results on one or two pages: the table, every comparable group's deaths on one
 * chart (inline SVG), the class's before and after on the questionnaire, and the discussion
 * questions for the rules the class met. Built from text escaped piece by piece, like the debrief.
 */

import { language, t as words } from '../words';
import { escapeHtml as e } from './brief';
import {
  CLASS_COLUMNS,
  type ClassAnswerRow,
  type ClassResults,
  type ClassRow,
  classAnswers,
  classDiscussion,
  classSummary,
  groupAnswers,
  groupName,
  shareText,
} from './classResults';
import { thousands } from './format';
import { PRINT_FONT } from './printStyle';

/** Table headings from `print.class.column.*`. */
const heads = (...columns: string[]) =>
  columns.map((c) => `<th>${e(words(`print.class.column.${c}`))}</th>`).join('');

const W = 640;
const H = 200;
const PAD = { left: 60, right: 40, top: 10, bottom: 22 };
const INKS = [
  '#1f4e9c',
  '#b3471d',
  '#2e7d32',
  '#6a1b9a',
  '#00838f',
  '#8d6e00',
  '#c2185b',
  '#455a64',
];

function deathsChart(results: ClassResults, rows: readonly ClassRow[]): string {
  const groups = rows
    .map((r, at) => ({ g: results.groups[r.index], at }))
    .filter((x) => x.g && !x.g.error && !x.g.flag);
  const first = groups[0]?.g;
  if (!first) return '';
  const base = first.counterfactual.map((t) => t.deaths12m);
  const lines = groups.map(({ g, at }) => ({
    name: `${at + 1}. ${g ? groupName(g) : ''}`,
    label: String(at + 1),
    values: g?.turns.map((t) => t.deaths12m) ?? [],
  }));
  const all = [...base, ...lines.flatMap((l) => l.values)];
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const span = hi - lo || 1;
  const count = Math.max(2, ...lines.map((l) => l.values.length), base.length);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (plotW * i) / (count - 1);
  const y = (v: number) => PAD.top + plotH - ((v - lo) / span) * plotH;
  const pts = (vs: readonly number[]) =>
    vs.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const drawn = lines
    .map((l, i) => {
      const ink = INKS[i % INKS.length];
      const last = l.values.length - 1;
      const end = l.values[last] ?? lo;
      return `<polyline fill="none" stroke="${ink}" stroke-width="1.5" points="${pts(l.values)}"/><text x="${(x(last) + 4).toFixed(1)}" y="${(y(end) + 4).toFixed(1)}" fill="${ink}">${e(l.label)}</text>`;
    })
    .join('\n');
  return `<figure>
<figcaption><strong>${e(words('print.class.deaths'))}</strong> — ${e(words('print.class.deathsKey'))}</figcaption>
<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${e(words('print.class.deathsLabel'))}">
<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" stroke="#999"/>
<line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${PAD.left + plotW}" y2="${PAD.top + plotH}" stroke="#999"/>
<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${e(thousands(Math.round(hi)))}</text>
<text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end">${e(thousands(Math.round(lo)))}</text>
<text x="${PAD.left}" y="${H - 4}">${e(first.turns[0]?.label ?? '')}</text>
<text x="${PAD.left + plotW}" y="${H - 4}" text-anchor="end">${e(first.turns.at(-1)?.label ?? '')}</text>
<polyline fill="none" stroke="#000" stroke-width="1.5" stroke-dasharray="6 4" points="${pts(base)}"/>
${drawn}
</svg>
</figure>`;
}

/** Before and after as paired bars, one pair per question. */
function answersChart(rows: readonly ClassAnswerRow[]): string {
  const barH = 9;
  const rowH = 2 * barH + 10;
  const left = 40;
  const width = 360;
  const h = rows.length * rowH + 16;
  const bars = rows
    .map((r, i) => {
      const top = 4 + i * rowH;
      const bar = (share: number | null, dy: number, fill: string) =>
        `<rect x="${left}" y="${top + dy}" width="${((share ?? 0) * width).toFixed(1)}" height="${barH}" fill="${fill}"/><text x="${(left + (share ?? 0) * width + 4).toFixed(1)}" y="${top + dy + barH - 1}">${e(shareText(share))}</text>`;
      return `<text x="${left - 6}" y="${top + barH + 4}" text-anchor="end">${e(words('print.class.question', { n: i + 1 }))}</text>${bar(r.before.share, 0, '#bbbbbb')}${bar(r.after.share, barH + 1, '#1f4e9c')}`;
    })
    .join('\n');
  return `<svg viewBox="0 0 ${left + width + 50} ${h}" width="70%" role="img" aria-label="${e(words('print.class.answersLabel'))}">
${bars}
<text x="${left}" y="${h - 2}">${e(words('print.class.answersKey'))}</text>
</svg>`;
}

export function classResultsHtml(
  results: ClassResults,
  rows: readonly ClassRow[],
  meta: { scenarioTitle: string },
): string {
  const head = CLASS_COLUMNS.map((c) => `<th>${e(c.label)}</th>`).join('');
  const body = rows
    .map(
      (r, at) =>
        `<tr${r.mark ? ' class="apart"' : ''}><td class="n">${at + 1}</td>${CLASS_COLUMNS.map(
          (c) =>
            `<td${c.id === 'group' || c.id === 'chinaGot' ? '' : ' class="n"'}>${e(r.cells[c.id])}</td>`,
        ).join(
          '',
        )}</tr>${r.mark ? `<tr class="apart"><td></td><td colspan="${CLASS_COLUMNS.length}">${e(r.mark)}</td></tr>` : ''}`,
    )
    .join('\n');
  const answers = classAnswers(results.groups);
  const answersPart = answers.length
    ? `<h2>${e(words('print.class.answers'))}</h2>
<table>
<thead><tr><th>#</th>${heads('question', 'before', 'after')}</tr></thead>
<tbody>
${answers
  .map(
    (a, i) =>
      `<tr><td class="n">${i + 1}</td><td>${e(a.prompt)}</td><td class="n">${e(shareText(a.before.share))} (${a.before.best}/${a.before.answered})</td><td class="n">${e(shareText(a.after.share))} (${a.after.best}/${a.after.answered})</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
${answersChart(answers)}
<h3>${e(words('print.class.byGroup'))}</h3>
<table>
<thead><tr>${heads('group', 'before', 'after', 'change')}</tr></thead>
<tbody>
${groupAnswers(results.groups)
  .map(
    (a) =>
      `<tr><td>${e(a.group)}</td><td class="n">${e(a.before)}</td><td class="n">${e(a.after)}</td><td class="n">${a.change === null ? '—' : a.change > 0 ? `+${a.change}` : String(a.change)}</td></tr>`,
  )
  .join('\n')}
</tbody>
</table>
<p class="meta">${e(words('print.class.answersNote'))}</p>`
    : `<p class="meta">${e(words('print.class.noAnswers'))}</p>`;
  const discussion = classDiscussion(results.groups.filter((g) => !g.error))
    .map(
      (d) =>
        `<h3>${e(d.heading)}</h3><ul>${d.questions.map((q) => `<li>${e(q)}</li>`).join('')}</ul>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<title>${e(words('print.class.title', { scenario: meta.scenarioTitle }))}</title>
<style>
body { font-family: ${PRINT_FONT}; max-width: 54rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; font-size: 0.88rem; }
h1 { font-size: 1.35rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.05rem; margin: 1rem 0 0.3rem; }
h3 { font-size: 0.95rem; margin: 0.6rem 0 0.1rem; }
.meta { color: #555; margin-top: 0.2rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #ccc; padding: 0.18rem 0.35rem; text-align: left; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
tr.apart td { color: #777; }
figure { margin: 0.8rem 0 0; }
ul { margin: 0.1rem 0; }
svg text { font: 11px ${PRINT_FONT}; fill: #333; }
.second { break-before: page; }
@media print { body { margin: 0 auto; } figure, svg { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${e(words('print.class.title', { scenario: meta.scenarioTitle }))}</h1>
<p class="meta">Precursor · ${e(classSummary(results))}</p>
<table>
<thead><tr><th>#</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
${deathsChart(results, rows)}
<div class="second">
${answersPart}
<h2>${e(words('print.class.discussion'))}</h2>
${discussion}
</div>
</body>
</html>
`;
}
