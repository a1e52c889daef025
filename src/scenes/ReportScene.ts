import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { DESIGN, MARGIN, REPORT } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { sound } from '../ui/sound';
import { addText, FONT, TYPE_SIZE } from '../ui/typography';
import type { GameSession, ReportView } from '../view/session';
import { openHelp } from './HelpScene';
import { SCENE } from './keys';
import { currentSession, nextScreen } from './session';

const RULE_KEYS = 'abcdefghijkl';

const caption = (scene: Phaser.Scene, x: number, y: number, text: string) =>
  addText(scene, x, y, text.toUpperCase(), {
    fontFamily: FONT.mono,
    fontSize: `${TYPE_SIZE.tag}px`,
    color: css(PALETTE.textMuted),
    letterSpacing: 2,
  });

/** After each quarter: what was played, what changed, and which rules of the model did it. */
export class ReportScene extends Phaser.Scene {
  private session!: GameSession;
  private report!: ReportView;
  private evidence: Phaser.GameObjects.Container | null = null;

  constructor() {
    super(SCENE.report);
  }

  create(): void {
    this.session = currentSession(this);
    const report = this.session.reportView();
    if (!report) {
      nextScreen(this, this.session);
      return;
    }
    this.report = report;
    this.evidence = null;
    sound.play('report');
    new ScreenHeader(this, `Report · ${report.quarter}`, 'Why things moved, from the model');
    this.drawPlayed(report);
    this.drawChanges(report);
    const ruleButtons = this.drawRules(report);
    const next = new Button(this, MARGIN, REPORT.continueY, {
      label: this.session.seat === 'watch' ? 'Next quarter' : 'Continue',
      shortcut: '↵',
      primary: true,
      width: 300,
      onActivate: () => this.continue(),
    });
    new FocusList(this, [next, ...ruleButtons], {
      numberKeys: false,
      onBack: () => this.closeEvidence(),
    });
    this.input.keyboard?.on('keydown', (e: KeyboardEvent) => {
      const i = RULE_KEYS.indexOf(e.key.toLowerCase());
      if (e.key === '?') openHelp(this);
      else if (i >= 0 && i < ruleButtons.length) this.openEvidence(i);
    });
    addText(
      this,
      DESIGN.width / 2,
      DESIGN.height - 12,
      'Enter continue · A–H open a rule and its evidence · Esc close · ? help',
      {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.textDim),
      },
    ).setOrigin(0.5, 1);
    kickRender(this);
  }

  private drawPlayed(r: ReportView): void {
    const x = MARGIN - 16;
    caption(this, x, 64, 'Moves played');
    const moves = r.moves.length
      ? r.moves.map((m) => `${m.side === 'us' ? 'US' : 'China'}: ${m.text}`).join('\n')
      : 'Neither side moved.';
    const movesText = addText(this, x, 84, moves, {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: 360 },
      lineSpacing: 3,
    });
    let y = 84 + movesText.height + 18;
    caption(this, x, y, 'Events');
    y += 20;
    const events = addText(
      this,
      x,
      y,
      r.events.length ? r.events.join('\n') : 'No outside events.',
      {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: 360 },
        lineSpacing: 3,
      },
    );
    y += events.height + 18;
    if (r.refused.length) {
      caption(this, x, y, 'Refused');
      addText(this, x, y + 20, r.refused.join('\n'), {
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.caution),
        wordWrap: { width: 360 },
      }).setMaxLines(6);
    }
  }

  private drawChanges(r: ReportView): void {
    const x = 420;
    caption(this, x, 64, 'What changed this quarter');
    r.changes.forEach((c, i) => {
      const y = 88 + i * 30;
      addText(this, x, y, c.label, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
      });
      addText(this, x + 200, y, `${c.from} → ${c.to}`, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
      });
      addText(this, x + 372, y, c.deltaText, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        fontStyle: 'bold',
        color: css(c.deltaText === 'no change' ? PALETTE.textDim : PALETTE.accent),
      }).setOrigin(1, 0);
    });
  }

  private drawRules(r: ReportView): Button[] {
    caption(this, REPORT.rulesX, 64, 'Why · rules at work, largest first');
    return r.rules.slice(0, REPORT.maxRules).map((g, i) => {
      const y = REPORT.rulesY + i * REPORT.ruleStep;
      addText(
        this,
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
      ).setMaxLines(2);
      return new Button(this, REPORT.rulesX, y, {
        label: `Rule ${g.number}: ${g.title}`,
        shortcut: (RULE_KEYS[i] ?? '').toUpperCase(),
        width: REPORT.rulesW,
        height: REPORT.ruleButtonH,
        labelSize: 15,
        onActivate: () => this.openEvidence(i),
      });
    });
  }

  private openEvidence(i: number): void {
    const g = this.report.rules[i];
    if (!g) return;
    this.closeEvidence();
    const w = 760;
    const h = 360;
    const x = (DESIGN.width - w) / 2;
    const y = 150;
    const box = this.add.graphics();
    box.fillStyle(PALETTE.background, 0.8).fillRect(0, 0, DESIGN.width, DESIGN.height);
    box.fillStyle(PALETTE.surface, 1).fillRoundedRect(x, y, w, h, 8);
    box.lineStyle(2, PALETTE.focus, 1).strokeRoundedRect(x, y, w, h, 8);
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
    this.evidence = this.add.container(0, 0, [
      box,
      addText(this, x + 24, y + 18, `Rule ${g.number}: ${g.title}`, {
        fontSize: `${TYPE_SIZE.body + 2}px`,
        fontStyle: 'bold',
      }),
      addText(this, x + 24, y + 56, body, {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: w - 48 },
        lineSpacing: 3,
      }).setMaxLines(16),
      addText(this, x + w - 24, y + h - 14, 'Esc closes', {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.textDim),
      }).setOrigin(1, 1),
    ]);
    this.evidence.setDepth(500);
    kickRender(this);
  }

  private closeEvidence(): void {
    this.evidence?.destroy();
    this.evidence = null;
    kickRender(this);
  }

  private continue(): void {
    if (this.evidence) {
      this.closeEvidence();
      return;
    }
    this.session.next();
    nextScreen(this, this.session);
  }
}
