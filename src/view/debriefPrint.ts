/**
 * A printable one-page debrief for a group: the headline numbers, two charts, both scores and the
 * timeline, as a complete HTML document built from text that is escaped piece by piece. The charts
 * are inline SVG with dashed and solid lines, so they survive a black-and-white printer.
 */

import { language, t as words } from '../words';
import { escapeHtml as e } from './brief';
import type { DebriefView, SeriesView } from './debrief';
import { thousands } from './format';
import { PRINT_FONT } from './printStyle';

/** The timeline table's columns. */
const PRINT_COLUMNS = ['quarter', 'us', 'china', 'events', 'deaths'] as const;

const CHART_W = 400;
const CHART_H = 160;
const PAD = { left: 56, right: 12, top: 12, bottom: 22 };
/** Ink and dash for each line of a chart, in order. */
const STROKES = [
  { colour: '#1f4e9c', dash: '' },
  { colour: '#555555', dash: '6 4' },
  { colour: '#b3471d', dash: '2 3' },
];

/** One line chart as SVG: the series over the quarters, the y range labelled at both ends. */
function svgChart(
  title: string,
  series: readonly SeriesView[],
  quarters: readonly string[],
): string {
  const values = series.flatMap((s) => s.values);
  if (values.length === 0) return '';
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const count = Math.max(2, quarters.length);
  const plotW = CHART_W - PAD.left - PAD.right;
  const plotH = CHART_H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (plotW * i) / (count - 1);
  const y = (v: number) => PAD.top + plotH - ((v - lo) / span) * plotH;
  const label = (v: number) => e(thousands(Math.round(v)));
  const lines = series
    .map((s, i) => {
      const stroke = STROKES[i % STROKES.length] ?? { colour: '#000', dash: '' };
      const points = s.values.map((v, k) => `${x(k).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      const dash = stroke.dash ? ` stroke-dasharray="${stroke.dash}"` : '';
      return `<polyline fill="none" stroke="${stroke.colour}" stroke-width="2"${dash} points="${points}"/>`;
    })
    .join('');
  const legend = series
    .map((s, i) => {
      const stroke = STROKES[i % STROKES.length] ?? { colour: '#000', dash: '' };
      const dash = stroke.dash ? ` stroke-dasharray="${stroke.dash}"` : '';
      return `<span class="key"><svg width="26" height="8" aria-hidden="true"><line x1="0" y1="4" x2="26" y2="4" stroke="${stroke.colour}" stroke-width="2"${dash}/></svg> ${e(s.name)}</span>`;
    })
    .join(' ');
  const first = e(quarters[0] ?? '');
  const last = e(quarters.at(-1) ?? '');
  return `<figure>
<figcaption><strong>${e(title)}</strong><br>${legend}</figcaption>
<svg viewBox="0 0 ${CHART_W} ${CHART_H}" width="100%" role="img" aria-label="${e(title)}">
<line x1="${PAD.left}" y1="${PAD.top}" x2="${PAD.left}" y2="${PAD.top + plotH}" stroke="#999"/>
<line x1="${PAD.left}" y1="${PAD.top + plotH}" x2="${PAD.left + plotW}" y2="${PAD.top + plotH}" stroke="#999"/>
<text x="${PAD.left - 6}" y="${PAD.top + 4}" text-anchor="end">${label(hi)}</text>
<text x="${PAD.left - 6}" y="${PAD.top + plotH}" text-anchor="end">${label(lo)}</text>
<text x="${PAD.left}" y="${CHART_H - 4}">${first}</text>
<text x="${PAD.left + plotW}" y="${CHART_H - 4}" text-anchor="end">${last}</text>
${lines}
</svg>
</figure>`;
}

export function debriefHandoutHtml(
  view: DebriefView,
  /** `placement`: the sentences placing the result among other seeds, when computed. */
  meta: { seed: number; replayCode: string; placement?: readonly string[] },
): string {
  const deaths = view.deaths[0]?.values ?? [];
  const scores = view.scores
    .map(
      (s) =>
        `<li><strong>${e(s.label)}: ${e(String(Math.round(s.total)))}</strong> — ${s.drivers
          .map((d) => `${e(d.label)} ${e(d.text)}`)
          .join(' · ')}</li>`,
    )
    .join('\n');
  const rows = view.timeline
    .map(
      (t, i) =>
        `<tr><td>${e(t.quarter)}</td><td>${e(t.us)}</td><td>${e(t.china)}</td><td>${e(
          [t.events, t.injected && words('print.debrief.injected', { events: t.injected })]
            .filter(Boolean)
            .join('; ') || '—',
        )}</td><td class="n">${e(thousands(deaths[i] ?? 0))}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<title>${e(words('print.debrief.title', { scenario: view.scenarioTitle }))}</title>
<style>
body { font-family: ${PRINT_FONT}; max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; font-size: 0.92rem; }
h1 { font-size: 1.4rem; margin-bottom: 0.2rem; }
.meta { color: #555; margin-top: 0; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin-top: 0.8rem; }
th, td { border-bottom: 1px solid #ccc; padding: 0.2rem 0.35rem; text-align: left; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
figure { margin: 0; flex: 1 1 0; min-width: 0; }
.charts { display: flex; gap: 1.2rem; margin-top: 0.8rem; }
figcaption { margin-bottom: 0.2rem; }
.key { margin-right: 0.6rem; color: #333; white-space: nowrap; font-size: 0.85rem; }
svg text { font: 11px ${PRINT_FONT}; fill: #333; }
@media print { body { margin: 0 auto; } figure { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${e(words('print.debrief.title', { scenario: view.scenarioTitle }))}</h1>
<p class="meta">${e(words('print.debrief.meta', { seed: meta.seed, count: view.quarters.length, code: meta.replayCode }))}</p>
<p><strong>${e(view.livesSavedText)}</strong></p>
${(meta.placement ?? []).map((line) => `<p>${e(line)}</p>`).join('\n')}
<div class="charts">
${svgChart(words('print.debrief.chart.deaths'), view.deaths, view.quarters)}
${svgChart(words('print.debrief.chart.relations'), view.relations, view.quarters)}
</div>
<ul>
${scores}
</ul>
<table>
<thead><tr>${PRINT_COLUMNS.map((c) => `<th>${e(words(`print.debrief.column.${c}`))}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
