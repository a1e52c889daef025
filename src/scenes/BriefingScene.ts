import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { onKey } from '../ui/keyboard';
import { BRIEFING_BEGIN, DESIGN, MARGIN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS } from '../view/keys';
import { drawBrief, openPrintable } from './brief';
import { nextScreen } from './flow';
import { SCENE } from './keys';
import { currentSession } from './registry';

const SEAT_LINE = {
  us: 'You play the United States. China is played by the computer.',
  china: 'You play China. The United States is played by the computer.',
  hotseat:
    'Two teams share this device. Each side’s hidden information is kept off screen while the other plays.',
  watch: 'The computer plays both sides. Press Enter to step from one quarter to the next.',
} as const;

/** The scenario's briefing: the situation the players inherit, before the first quarter. */
export class BriefingScene extends Phaser.Scene {
  constructor() {
    super(SCENE.briefing);
  }

  create(): void {
    const session = currentSession(this);
    new ScreenHeader(this, 'Briefing', `Seed ${session.choice.seed}`);
    addText(this, MARGIN, 96, session.title, {
      fontSize: `${TYPE_SIZE.heading}px`,
      fontStyle: 'bold',
    });
    const side = session.briefingSide();
    const brief = side ? session.brief(side) : null;
    const textWidth = brief ? 600 : 900;
    addText(this, MARGIN, 170, session.briefing, {
      fontSize: `${TYPE_SIZE.body + (brief ? 0 : 2)}px`,
      wordWrap: { width: textWidth },
      lineSpacing: brief ? 6 : 8,
    });
    addText(this, MARGIN, 470, SEAT_LINE[session.seat], {
      fontSize: `${TYPE_SIZE.body}px`,
      color: css(PALETTE.accent),
      wordWrap: { width: textWidth },
    });
    const focusables: Button[] = [];
    if (side && brief) {
      drawBrief(this, 680, 96, DESIGN.width - MARGIN - 680, 540, brief);
      const print = () => {
        const html = session.briefHandout(side);
        if (html) openPrintable(html, `precursor-brief-${side}.html`);
      };
      onKey(this, KEYS.briefing.print, print);
      focusables.push(
        new Button(this, BRIEFING_BEGIN.x + 300, BRIEFING_BEGIN.y, {
          label: 'Print brief',
          shortcut: 'P',
          width: 220,
          onActivate: print,
        }),
      );
    }
    const begin = new Button(this, BRIEFING_BEGIN.x, BRIEFING_BEGIN.y, {
      label: 'Begin ▶',
      shortcut: '↵',
      primary: true,
      width: 280,
      onActivate: () => nextScreen(this, session),
    });
    new FocusList(this, [begin, ...focusables], {
      numberKeys: false,
      onBack: () => this.scene.start(SCENE.setup),
    });
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 24,
      brief
        ? 'Enter begins · P print your brief · Esc back to setup'
        : 'Enter begins · Esc back to setup',
    );
    kickRender(this);
  }
}
