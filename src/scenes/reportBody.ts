import type Phaser from 'phaser';
import type { ReportView } from '../app/index';
import { Button } from '../ui/Button';
import { DESIGN, REPORT } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { TermLink } from '../ui/TermLink';
import { addCaption, addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS } from '../view/keys';
import { modalDialog } from './screen';

export const caption = addCaption;

/** Under the figures, where moves and figures are links to the glossary. */
const TERM_NOTE = 'Click a move played or a figure’s name to see what it means · G the glossary';

/**
 * A quarter's report as the report screen and the replay viewer both show it: the moves and
 * events, what changed, and the rules at work with their evidence (A–F, H, I; Esc closes).
 */
export class ReportBody {
  readonly ruleButtons: Button[];
  private evidence: Phaser.GameObjects.Container | null = null;
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
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
    this.drawPlayed(options.playedMaxY ?? DESIGN.height);
    this.drawChanges();
    this.ruleButtons = this.drawRules(options.rulesNote ?? null);
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
    return o;
  }

  private drawPlayed(maxY: number): void {
    const r = this.report;
    const s = this.scene;
    const x = 32;
    this.keep(caption(s, x, 64, 'Moves played'));
    const moveStyle = {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: 360 },
      lineSpacing: 3,
    };
    let y = 84;
    const onTerm = this.onTerm;
    if (r.moves.length && onTerm) {
      // Each move opens its glossary entry.
      for (const m of r.moves) {
        const line = `${m.side === 'us' ? 'US' : 'China'}: ${m.text}`;
        const link = this.keep(new TermLink(s, x, y, line, moveStyle, () => onTerm(m.term.id)));
        y += link.label.height + 4;
      }
    } else {
      const moves = r.moves.length
        ? r.moves.map((m) => `${m.side === 'us' ? 'US' : 'China'}: ${m.text}`).join('\n')
        : 'Neither side moved.';
      y += this.keep(addText(s, x, y, moves, moveStyle)).height;
    }
    y += 18;
    if (r.offers.length) {
      this.keep(caption(s, x, y, 'Offers'));
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
      this.keep(caption(s, x, y, 'Why the AI chose this'));
      const why = this.keep(
        addText(
          s,
          x,
          y + 20,
          reasons.map((w) => `${w.side === 'us' ? 'US' : 'China'}: ${w.text}`).join('\n'),
          {
            fontSize: `${TYPE_SIZE.tag}px`,
            color: css(PALETTE.textMuted),
            wordWrap: { width: 360 },
            lineSpacing: 2,
          },
        ),
      );
      y += 20 + why.height + 18;
    }
    this.keep(caption(s, x, y, 'Events'));
    y += 20;
    const events = this.keep(
      addText(s, x, y, r.events.length ? r.events.join('\n') : 'No outside events.', {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: 360 },
        lineSpacing: 3,
      }),
    );
    y += events.height + 18;
    if (r.refused.length && y + 40 < maxY) {
      this.keep(caption(s, x, y, 'Refused'));
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
    const x = 420;
    this.keep(caption(s, x, 64, 'What changed this quarter'));
    if (this.report.changes.length === 0)
      this.keep(
        addText(s, x, 88, 'No figures to show.', {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
        }),
      );
    this.report.changes.forEach((c, i) => {
      const y = 88 + i * 30;
      const style = { fontSize: `${TYPE_SIZE.small}px`, color: css(PALETTE.textMuted) };
      const onTerm = this.onTerm;
      this.keep(
        onTerm
          ? new TermLink(s, x, y, c.label, style, () => onTerm(c.term.id))
          : addText(s, x, y, c.label, style),
      );
      this.keep(
        addText(s, x + 200, y, `${c.from} → ${c.to}`, {
          fontFamily: FONT.mono,
          fontSize: `${TYPE_SIZE.tag}px`,
        }),
      );
      this.keep(
        addText(s, x + 372, y, c.deltaText, {
          fontFamily: FONT.mono,
          fontSize: `${TYPE_SIZE.tag}px`,
          fontStyle: 'bold',
          color: css(c.deltaText === 'no change' ? PALETTE.textDim : PALETTE.accent),
        }).setOrigin(1, 0),
      );
    });
    if (this.onTerm && this.report.changes.length)
      this.keep(
        addText(s, x, 88 + this.report.changes.length * 30 + 6, TERM_NOTE, {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textDim),
          wordWrap: { width: 372 },
        }),
      );
  }

  private drawRules(note: string | null): Button[] {
    const s = this.scene;
    this.keep(caption(s, REPORT.rulesX, 64, 'Why · rules at work, largest first'));
    if (note)
      this.keep(
        addText(s, REPORT.rulesX, REPORT.rulesY, note, {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
          wordWrap: { width: REPORT.rulesW },
          lineSpacing: 4,
        }),
      );
    return this.report.rules.slice(0, REPORT.maxRules).map((g, i) => {
      const y = REPORT.rulesY + i * REPORT.ruleStep;
      this.keep(
        addText(
          s,
          REPORT.rulesX + 8,
          y + REPORT.ruleButtonH + 4,
          g.lines
            .slice(0, 2)
            .map((l) => `· ${l.text}`)
            .join('\n'),
          {
            fontSize: '11px',
            color: css(PALETTE.textMuted),
            wordWrap: { width: REPORT.rulesW - 16 },
          },
        ).setMaxLines(2),
      );
      return this.keep(
        new Button(s, REPORT.rulesX, y, {
          label: `Rule ${g.number}: ${g.title}`,
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
    const w = 760;
    const h = 420;
    const x = (DESIGN.width - w) / 2;
    const y = 120;
    const { parts } = modalDialog(s, { x, y, w, h }, 0.8, () => this.closeEvidence());
    const body = [
      `In the model: ${g.evidence.model}`,
      '',
      `Evidence: ${g.evidence.evidence}`,
      '',
      `Source: ${g.evidence.source}`,
      '',
      'This quarter:',
      ...g.lines.slice(0, 4).map((l) => `· ${l.text}`),
    ].join('\n');
    this.evidence = s.add.container(0, 0, [
      ...parts,
      addText(s, x + 24, y + 18, `Rule ${g.number}: ${g.title}`, {
        fontSize: `${TYPE_SIZE.body + 2}px`,
        fontStyle: 'bold',
      }),
      addText(s, x + 24, y + 56, body, {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: w - 48 },
        lineSpacing: 3,
      }).setMaxLines(16),
      addHint(s, x + 24, y + h - 36, 'Esc closes', TYPE_SIZE.small).setOrigin(0, 0.5),
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
