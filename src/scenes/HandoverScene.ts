import Phaser from 'phaser';
import type { BriefView } from '../app/index';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { onKey, restartScene } from '../ui/keyboard';
import { DESIGN, MARGIN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS } from '../view/keys';
import { drawBrief, openPrintable } from './brief';
import { SCENE } from './keys';
import { currentSession } from './registry';

interface HandoverData {
  side?: 'us' | 'china';
  /** Show the team's confidential brief (before its first turn) instead of the blank hand-over. */
  brief?: boolean;
}

/**
 * Between the two teams of a hot-seat game: a blank screen that shows nothing of the game, so one
 * team's picks, chips and score are never on screen when the other team sits down. Before a
 * team's first turn, once that team says it is ready, it reads its own confidential brief here.
 */
export class HandoverScene extends Phaser.Scene {
  constructor() {
    super(SCENE.handover);
  }

  create(data: HandoverData): void {
    const side = data.side === 'china' ? 'china' : 'us';
    const team = side === 'china' ? 'China' : 'United States';
    const session = currentSession(this);
    const brief = session.atStart ? session.brief(side) : null;
    if (data.brief && brief) {
      this.showBrief(side, team, brief);
      return;
    }
    const colour = side === 'china' ? PALETTE.china : PALETTE.unitedStates;
    const g = this.add.graphics();
    g.fillStyle(colour, 1).fillRect(DESIGN.width / 2 - 60, 200, 120, 6);
    addText(this, DESIGN.width / 2, 250, `Hand over to the ${team} team`, {
      fontSize: `${TYPE_SIZE.heading}px`,
      fontStyle: 'bold',
    }).setOrigin(0.5, 0);
    addText(
      this,
      DESIGN.width / 2,
      320,
      brief
        ? 'The other team looks away. Your confidential brief comes next.'
        : 'The other team looks away. Nothing of their turn is shown here.',
      { fontSize: `${TYPE_SIZE.body}px`, color: css(PALETTE.textMuted) },
    ).setOrigin(0.5, 0);
    const ready = new Button(this, DESIGN.width / 2 - 160, 420, {
      label: `${team} team ready`,
      shortcut: '↵',
      primary: true,
      onActivate: () =>
        brief
          ? restartScene(this, { side, brief: true } satisfies HandoverData)
          : this.scene.start(SCENE.turn),
    });
    new FocusList(this, [ready], { numberKeys: false });
    kickRender(this);
  }

  private showBrief(side: 'us' | 'china', team: string, brief: BriefView): void {
    const session = currentSession(this);
    addText(this, MARGIN, 40, `${team} team: read your brief`, {
      fontSize: `${TYPE_SIZE.subtitle}px`,
      fontStyle: 'bold',
    });
    drawBrief(this, MARGIN, 84, DESIGN.width - 2 * MARGIN, 480, brief);
    const print = () => {
      const html = session.briefHandout(side);
      if (html) openPrintable(html, `precursor-brief-${side}.html`);
    };
    onKey(this, KEYS.handover.print, print);
    const start = new Button(this, MARGIN, 590, {
      label: `Start the ${team} turn ▶`,
      shortcut: '↵',
      primary: true,
      width: 360,
      onActivate: () => this.scene.start(SCENE.turn),
    });
    const printButton = new Button(this, MARGIN + 380, 590, {
      label: 'Print brief',
      shortcut: 'P',
      width: 220,
      onActivate: print,
    });
    new FocusList(this, [start, printButton], { numberKeys: false });
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 24,
      'Enter starts your turn · P print your brief · Only your team should see this screen',
    );
    kickRender(this);
  }
}
