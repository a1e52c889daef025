import type Phaser from 'phaser';
import type { ReportView } from '../app/index';
import { Button } from '../ui/Button';
import { REPORT_BODY as B } from '../ui/grid';
import { IconLines } from '../ui/IconLines';
import { DESIGN, GAP, REPORT } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { TermLink } from '../ui/TermLink';
import { addCaption, addHint, addText, FONT, fitToWidth, TYPE_SIZE } from '../ui/typography';
import { KEYS } from '../view/keys';
import { t } from '../words';
import { drawDeaths, drawHead, toneColour } from './reportHead';
import { modalDialog } from './screen';

export const caption = addCaption;

/** "US: …" or "China: …": a line said by one side. */
const sideLine = (side: string, text: string) =>
  t('screen.report.sideLine', { side: t('screen.report.side', { context: side }), text });

/** A rule's line of what it did, as a bullet. */
const ruleLine = (l: { text: string }) => t('screen.report.rules.line', { text: l.text });

/**
 * A quarter's report as the report screen and the replay viewer both show it: the moves and
 * events, what changed, and the rules at work with their evidence (A–F, H, I; Esc closes).
 */
export class ReportBody {
  readonly ruleButtons: Button[];
  /** Where "why deaths changed" ends, and the rules begin below it. */
  readonly deathsBottom: number;
  private evidence: Phaser.GameObjects.Container | null = null;
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  /**
   * What was drawn, in the beats a paced reveal shows them: the headline; the other turning points
   * with the moves and events; why deaths changed; the figures and the rules.
   */
  readonly beats: Phaser.GameObjects.GameObject[][] = [[], [], [], []];
  private beat = 0;
  private readonly onTerm: ((id: string) => void) | null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly report: ReportView,
    options: {
      playedMaxY?: number;
      rulesNote?: string | null;
      /** Opens a glossary entry: with it, moves and figures' names are links to their entries. */
      onTerm?: (id: string) => void;
    } = {},
  ) {
    this.onTerm = options.onTerm ?? null;
    const [headline, ...turning] = drawHead(scene, report);
    if (headline) this.keep(headline);
    this.beat = 1;
    for (const o of turning) this.keep(o);
    this.drawPlayed(options.playedMaxY ?? DESIGN.height);
    this.beat = 2;
    const deaths = drawDeaths(scene, report);
    for (const o of deaths.drawn) this.keep(o);
    this.deathsBottom = deaths.bottom;
    this.beat = 3;
    this.drawChanges();
    this.ruleButtons = this.drawRules(options.rulesNote ?? null, deaths.bottom + 14);
  }

  get evidenceOpen(): boolean {
    return this.evidence !== null;
  }

  /** Removes everything this report drew. */
  destroy(): void {
    this.closeEvidence();
    for (const o of this.objects) o.destroy();
  }

  private keep<T extends Phaser.GameObjects.GameObject>(o: T): T {
    this.objects.push(o);
    this.beats[this.beat]?.push(o);
    return o;
  }

  private drawPlayed(maxY: number): void {
    const r = this.report;
    const s = this.scene;
    const { x, w } = B.played;
    this.keep(caption(s, x, B.played.captionY, t('screen.report.played.caption')));
    const moveStyle = {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: w },
      lineSpacing: 3,
    };
    let y = B.played.y;
    const onTerm = this.onTerm;
    if (r.moves.length && onTerm) {
      // Each move opens its glossary entry.
      for (const m of r.moves) {
        const line = sideLine(m.side, m.text);
        const link = this.keep(new TermLink(s, x, y, line, moveStyle, () => onTerm(m.term.id)));
        y += link.label.height + 4;
      }
    } else {
      const moves = r.moves.length
        ? r.moves.map((m) => sideLine(m.side, m.text)).join('\n')
        : t('screen.report.played.none');
      y += this.keep(addText(s, x, y, moves, moveStyle)).height;
    }
    y += 18;
    if (r.offers.length) {
      this.keep(caption(s, x, y, t('screen.report.offers.caption')));
      const offers = this.keep(
        addText(s, x, y + 20, r.offers.join('\n'), {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.accent),
          wordWrap: { width: 360 },
          lineSpacing: 3,
        }).setMaxLines(9),
      );
      y += 20 + offers.height + 18;
    }
    const reasons = r.reasons ?? [];
    if (reasons.length) {
      this.keep(caption(s, x, y, t('screen.report.reasons.caption')));
      const why = this.keep(
        addText(s, x, y + 20, reasons.map((why) => sideLine(why.side, why.text)).join('\n'), {
          fontSize: `${TYPE_SIZE.tag}px`,
          color: css(PALETTE.textMuted),
          wordWrap: { width: 360 },
          lineSpacing: 2,
        }),
      );
      y += 20 + why.height + 18;
    }
    this.keep(caption(s, x, y, t('screen.report.events.caption')));
    y += 20;
    const events = new IconLines(
      s,
      x,
      y,
      360,
      { fontSize: `${TYPE_SIZE.small}px`, color: css(PALETTE.textMuted), lineSpacing: 3 },
      { iconSize: 16, gap: 3, tint: PALETTE.textMuted },
    ).setLines(
      r.events.length
        ? r.events.map((text, i) => ({ text, icon: r.eventIcons?.[i] ?? null }))
        : [{ text: t('screen.report.events.none') }],
    );
    for (const o of events.objects) this.keep(o);
    y += events.height + 18;
    if (r.refused.length && y + 40 < maxY) {
      this.keep(caption(s, x, y, t('screen.report.refused.caption')));
      const lines = Math.max(1, Math.min(6, Math.floor((maxY - y - 20) / 16)));
      this.keep(
        addText(s, x, y + 20, r.refused.join('\n'), {
          fontSize: `${TYPE_SIZE.tag}px`,
          color: css(PALETTE.caution),
          wordWrap: { width: 360 },
        }).setMaxLines(lines),
      );
    }
  }

  private drawChanges(): void {
    const s = this.scene;
    const { x, captionY, y: top, step, fromToX, deltaRight } = B.changes;
    this.keep(caption(s, x, captionY, t('screen.report.changes.caption')));
    if (this.report.changes.length === 0)
      this.keep(
        addText(s, x, top, t('screen.report.changes.none'), {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
        }),
      );
    this.report.changes.forEach((c, i) => {
      const y = top + i * step;
      const style = { fontSize: `${TYPE_SIZE.small}px`, color: css(PALETTE.textMuted) };
      const onTerm = this.onTerm;
      this.keep(
        onTerm
          ? new TermLink(s, x, y, c.label, style, () => onTerm(c.term.id))
          : addText(s, x, y, c.label, style),
      );
      const delta = this.keep(
        addText(s, x + deltaRight, y, c.arrow ? `${c.arrow} ${c.deltaText}` : c.deltaText, {
          fontFamily: FONT.mono,
          fontSize: `${TYPE_SIZE.tag}px`,
          fontStyle: 'bold',
          color: c.flat ? css(PALETTE.textDim) : toneColour(c.tone),
        }).setOrigin(1, 0),
      );
      // The figures take what the change leaves of the row (larger text shrinks them to fit).
      const fromTo = addText(
        s,
        x + fromToX,
        y,
        t('screen.report.changes.fromTo', { from: c.from, to: c.to }),
        { fontFamily: FONT.mono, fontSize: `${TYPE_SIZE.tag}px` },
      );
      this.keep(fitToWidth(fromTo, deltaRight - fromToX - delta.width - GAP / 2));
    });
    if (this.onTerm && this.report.changes.length)
      this.keep(
        addText(s, x, top + this.report.changes.length * step + 6, t('screen.report.termNote'), {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textDim),
          wordWrap: { width: deltaRight },
        }),
      );
  }

  private drawRules(note: string | null, captionY: number): Button[] {
    const s = this.scene;
    const top = captionY + 20;
    const step = REPORT.ruleStep;
    this.keep(caption(s, REPORT.rulesX, captionY, t('screen.report.rules.caption')));
    if (note)
      this.keep(
        addText(s, REPORT.rulesX, top, note, {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
          wordWrap: { width: REPORT.rulesW },
          lineSpacing: 4,
        }),
      );
    const fits = Math.floor((REPORT.continueY - 8 - top + step - REPORT.ruleButtonH - 24) / step);
    return this.report.rules.slice(0, Math.min(REPORT.maxRules, fits)).map((g, i) => {
      const y = top + i * step;
      this.keep(
        addText(
          s,
          REPORT.rulesX + 8,
          y + REPORT.ruleButtonH + 4,
          g.lines.slice(0, 1).map(ruleLine).join('\n'),
          {
            fontSize: `${TYPE_SIZE.small}px`,
            color: css(PALETTE.textMuted),
            wordWrap: { width: REPORT.rulesW - 16 },
          },
        ).setMaxLines(1),
      );
      return this.keep(
        new Button(s, REPORT.rulesX, y, {
          label: t('screen.report.rule.title', { number: g.number, title: g.title }),
          shortcut: (KEYS.report.rules[i] ?? '').toUpperCase(),
          width: REPORT.rulesW,
          height: REPORT.ruleButtonH,
          labelSize: 15,
          onActivate: () => this.openEvidence(i),
        }),
      );
    });
  }

  openEvidence(i: number): void {
    const g = this.report.rules[i];
    if (!g) return;
    this.closeEvidence();
    const s = this.scene;
    const { x, y, w, h } = B.evidence;
    const { parts } = modalDialog(s, B.evidence, 0.8, () => this.closeEvidence());
    const body = [
      t('screen.report.evidence.model', { text: g.evidence.model }),
      '',
      t('screen.report.evidence.evidence', { text: g.evidence.evidence }),
      '',
      t('screen.report.evidence.source', { text: g.evidence.source }),
      '',
      t('screen.report.evidence.quarter'),
      ...g.lines.slice(0, 4).map(ruleLine),
    ].join('\n');
    this.evidence = s.add.container(0, 0, [
      ...parts,
      addText(
        s,
        x + 24,
        y + 18,
        t('screen.report.rule.title', { number: g.number, title: g.title }),
        {
          fontSize: `${TYPE_SIZE.body + 2}px`,
          fontStyle: 'bold',
        },
      ),
      addText(s, x + 24, y + 56, body, {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: w - 48 },
        lineSpacing: 3,
      }).setMaxLines(16),
      addHint(s, x + 24, y + h - 36, t('screen.report.evidence.hint'), TYPE_SIZE.small).setOrigin(
        0,
        0.5,
      ),
    ]);
    this.evidence.setDepth(500);
    kickRender(s);
  }

  closeEvidence(): void {
    this.evidence?.destroy();
    this.evidence = null;
    kickRender(this.scene);
  }
}
