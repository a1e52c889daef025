import type { BriefView } from '../app/index';
import { Button } from '../ui/Button';
import { restartScene } from '../ui/keyboard';
import { DESIGN, MARGIN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { drawBrief, openPrintable } from './brief';
import { SCENE } from './keys';
import { currentSession } from './registry';
import { Screen } from './screen';

interface HandoverData {
  side?: 'us' | 'china';
  /** Show the team's confidential brief (before its first turn) instead of the blank hand-over. */
  brief?: boolean;
}

/** Where the hand-over's parts sit: the blank screen's, then the brief's. */
const HANDOVER = {
  barY: 200,
  titleY: 250,
  awayY: 320,
  readyY: 420,
  briefTitleY: 40,
  brief: { x: MARGIN, y: 84, w: DESIGN.width - 2 * MARGIN, h: 480 },
  buttonsY: 590,
} as const;

/**
 * Between the two teams of a hot-seat game: a blank screen that shows nothing of the game, so one
 * team's picks, chips and score are never on screen when the other team sits down. Before a
 * team's first turn, once that team says it is ready, it reads its own confidential brief here.
 */
export class HandoverScene extends Screen {
  constructor() {
    super(SCENE.handover);
  }

  create(data: HandoverData): void {
    const side = data.side === 'china' ? 'china' : 'us';
    const team = t('screen.handover.team', { context: side });
    const session = currentSession(this);
    const brief = session.atStart ? session.brief(side) : null;
    if (data.brief && brief) {
      this.showBrief(side, team, brief);
      return;
    }
    const colour = side === 'china' ? PALETTE.china : PALETTE.unitedStates;
    const g = this.add.graphics();
    const mid = DESIGN.width / 2;
    g.fillStyle(colour, 1).fillRect(mid - 60, HANDOVER.barY, 120, 6);
    addText(this, mid, HANDOVER.titleY, t('screen.handover.title', { team }), {
      fontSize: `${TYPE_SIZE.heading}px`,
      fontStyle: 'bold',
    }).setOrigin(0.5, 0);
    const away = t('screen.handover.away', brief ? { context: 'brief' } : undefined);
    addText(this, mid, HANDOVER.awayY, away, {
      fontSize: `${TYPE_SIZE.body}px`,
      color: css(PALETTE.textMuted),
    }).setOrigin(0.5, 0);
    const ready = new Button(this, mid - 160, HANDOVER.readyY, {
      label: t('screen.handover.button.ready', { team }),
      shortcut: '↵',
      primary: true,
      onActivate: () =>
        brief
          ? restartScene(this, { side, brief: true } satisfies HandoverData)
          : this.scene.start(SCENE.turn),
    });
    this.focus([ready], { numberKeys: false });
    this.drawn();
  }

  private showBrief(side: 'us' | 'china', team: string, brief: BriefView): void {
    const session = currentSession(this);
    addText(this, MARGIN, HANDOVER.briefTitleY, t('screen.handover.briefTitle', { team }), {
      fontSize: `${TYPE_SIZE.subtitle}px`,
      fontStyle: 'bold',
    });
    const b = HANDOVER.brief;
    drawBrief(this, b.x, b.y, b.w, b.h, brief);
    const print = () => {
      const html = session.briefHandout(side);
      if (html) openPrintable(html, `precursor-brief-${side}.html`);
    };
    this.keys((e) => {
      if (pressed(e, KEYS.handover.print)) print();
    });
    const start = new Button(this, MARGIN, HANDOVER.buttonsY, {
      label: t('screen.handover.button.start', { team }),
      shortcut: '↵',
      primary: true,
      width: 360,
      onActivate: () => this.scene.start(SCENE.turn),
    });
    const printButton = new Button(this, MARGIN + 380, HANDOVER.buttonsY, {
      label: t('screen.handover.button.print'),
      shortcut: 'P',
      width: 220,
      onActivate: print,
    });
    this.focus([start, printButton], { numberKeys: false });
    this.hint(t('screen.handover.hint'));
    this.drawn();
  }
}
