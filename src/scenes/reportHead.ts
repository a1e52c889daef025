import type Phaser from 'phaser';
import type { ReportView } from '../app/index';
import { REPORT_BODY as B } from '../ui/grid';
import { css, PALETTE } from '../ui/palette';
import { addCaption, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { t } from '../words';

type Tone = 'good' | 'bad' | 'neutral';
type Drawn = Phaser.GameObjects.GameObject;

/** The colour of a change for the side played; the arrow or mark beside it says the same. */
export function toneColour(tone: Tone): string {
  return css(tone === 'good' ? PALETTE.good : tone === 'bad' ? PALETTE.bad : PALETTE.text);
}

/**
 * The quarter's headline in large type across the top, its other turning points under it in the
 * reading size, each with its mark and coloured good or bad for the side played.
 */
export function drawHead(scene: Phaser.Scene, report: ReportView): Drawn[] {
  const { x, y, w, bottom } = B.head;
  const h = report.headline;
  const headline = addText(scene, x, y, report.marked.headline, {
    fontSize: `${TYPE_SIZE.subtitle}px`,
    fontStyle: 'bold',
    color: toneColour(h.tone),
    wordWrap: { width: w },
  }).setMaxLines(2);
  const out: Drawn[] = [headline];
  if (report.marked.turning.length === 0) return out;
  const top = y + headline.height + 6;
  const lineH = TYPE_SIZE.label + 6;
  const lines = Math.max(1, Math.floor((bottom - top) / lineH));
  const text = report.marked.turning.join('    ');
  out.push(
    addText(scene, x, top, text, {
      fontSize: `${TYPE_SIZE.label}px`,
      color: css(PALETTE.text),
      wordWrap: { width: w },
      lineSpacing: 4,
    }).setMaxLines(lines),
  );
  return out;
}

/**
 * Why the quarter's deaths changed: supply, demand and events, each with its figure, arrow and
 * colour; the quarter's change under them; and why the 12-month figure can move the other way.
 * Returns what it drew and the height it took.
 */
export function drawDeaths(
  scene: Phaser.Scene,
  report: ReportView,
): { drawn: Drawn[]; bottom: number } {
  const d = report.deaths;
  const { x, captionY, y, w, step } = B.deaths;
  if (!d) return { drawn: [], bottom: captionY };
  const drawn: Drawn[] = [addCaption(scene, x, captionY, t('screen.report.deaths.caption'))];
  const row = (i: number, label: string, figure: string, colour: string, bold = false) => {
    const at = y + i * step;
    drawn.push(
      addText(scene, x, at, label, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(bold ? PALETTE.text : PALETTE.textMuted),
        fontStyle: bold ? 'bold' : '',
      }),
      addText(scene, x + w, at, figure, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.small}px`,
        fontStyle: 'bold',
        color: colour,
      }).setOrigin(1, 0),
    );
  };
  d.parts.forEach((p, i) => {
    row(
      i,
      p.label,
      t('screen.report.deaths.line', { arrow: p.arrow, text: p.text }),
      toneColour(p.tone),
    );
  });
  const total = d.parts.length;
  const c = d.change;
  const figure = t('screen.report.deaths.line', { arrow: c.arrow, text: c.text });
  row(total, t('screen.report.deaths.total'), figure, toneColour(c.tone), true);
  const yearY = y + (total + 1) * step + 6;
  const year = addText(scene, x, yearY, d.year.text, {
    fontSize: `${TYPE_SIZE.small}px`,
    color: css(PALETTE.textMuted),
    wordWrap: { width: w },
    lineSpacing: 2,
  }).setMaxLines(4);
  drawn.push(year);
  return { drawn, bottom: yearY + year.height };
}
