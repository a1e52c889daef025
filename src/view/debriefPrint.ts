/**
 * A printable one-page debrief for a group: the headline numbers, both scores and the timeline,
 * as a complete HTML document built from text that is escaped piece by piece.
 */
import { escapeHtml as e } from './brief';
import type { DebriefView } from './debrief';
import { thousands } from './format';

export function debriefHandoutHtml(
  view: DebriefView,
  meta: { seed: number; replayCode: string },
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
          [t.events, t.injected && `set by the facilitator: ${t.injected}`]
            .filter(Boolean)
            .join('; ') || '—',
        )}</td><td class="n">${e(thousands(deaths[i] ?? 0))}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${e(`Debrief · ${view.scenarioTitle}`)}</title>
<style>
body { font-family: Georgia, "Times New Roman", serif; max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; color: #111; font-size: 0.92rem; }
h1 { font-size: 1.4rem; margin-bottom: 0.2rem; }
.meta { color: #555; margin-top: 0; word-break: break-all; }
table { border-collapse: collapse; width: 100%; margin-top: 0.8rem; }
th, td { border-bottom: 1px solid #ccc; padding: 0.2rem 0.35rem; text-align: left; vertical-align: top; }
td.n { text-align: right; white-space: nowrap; }
</style>
</head>
<body>
<h1>Debrief · ${e(view.scenarioTitle)}</h1>
<p class="meta">Precursor · seed ${e(String(meta.seed))} · ${e(String(view.quarters.length))} quarters · replay code ${e(meta.replayCode)}</p>
<p><strong>${e(view.livesSavedText)}</strong></p>
<ul>
${scores}
</ul>
<table>
<thead><tr><th>Quarter</th><th>United States</th><th>China</th><th>Events</th><th>Deaths, 12 months</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
