/**
 * A side's confidential brief: what the briefing or hand-over screen shows to that side only, and
 * the one-page handout a facilitator can print. The handout is plain HTML built from text, every
 * piece of which is escaped, so scenario text can never inject markup into the page.
 */
import type { Scenario } from '../core/scenario';
import { inLanguage } from '../core/scenarioWords';
import type { Side } from '../core/vocabulary';
import { language, t } from '../words';
import { PRINT_FONT } from './printStyle';

export interface BriefSection {
  heading: string;
  text: string;
}

export interface BriefView {
  side: Side;
  sideLabel: string;
  /** e.g. "Confidential · United States team". */
  title: string;
  scenarioTitle: string;
  sections: BriefSection[];
}

/** The brief's sections, in order; each heading is `brief.heading.<section>`. */
const SECTIONS = ['situation', 'wants', 'fears', 'redLines', 'fallback', 'otherSide'] as const;

/** The brief for `side`, or null when the scenario has none. */
export function briefView(written: Scenario, side: Side): BriefView | null {
  const scenario = inLanguage(written);
  const brief = scenario.briefs?.[side];
  if (!brief) return null;
  return {
    side,
    sideLabel: t(`country.${side}`),
    title: t('brief.title', { side: t(`country.${side}`) }),
    scenarioTitle: scenario.title,
    sections: [
      ...SECTIONS.map((key) => ({ heading: t(`brief.heading.${key}`), text: brief[key] })),
      // What the side plays for, in points: the same on every scenario (docs/MODEL.md, Scores).
      { heading: t('brief.scoring.heading'), text: t(`brief.scoring.${side}`) },
    ],
  };
}

/** Text made safe to place inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A printable one-page handout of the brief, as a complete HTML document. */
export function briefHandoutHtml(brief: BriefView, seed: number): string {
  const e = escapeHtml;
  const sections = brief.sections
    .map((s) => `<section><h2>${e(s.heading)}</h2><p>${e(s.text)}</p></section>`)
    .join('\n');
  return `<!doctype html>
<html lang="${language()}">
<head>
<meta charset="utf-8">
<title>${e(`${brief.title} · ${brief.scenarioTitle}`)}</title>
<style>
body { font-family: ${PRINT_FONT}; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
h1 { font-size: 1.5rem; margin-bottom: 0.2rem; }
.meta { color: #555; font-size: 0.9rem; margin-top: 0; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 0.2rem; }
p { margin: 0; line-height: 1.45; }
.note { margin-top: 2rem; font-size: 0.85rem; color: #555; border-top: 1px solid #bbb; padding-top: 0.5rem; }
@media print { body { margin: 0 auto; } }
</style>
</head>
<body>
<h1>${e(brief.title)}</h1>
<p class="meta">${e(t('brief.meta', { scenario: brief.scenarioTitle, seed }))}</p>
${sections}
<p class="note">${e(t('brief.only', { side: brief.sideLabel }))}</p>
</body>
</html>
`;
}
