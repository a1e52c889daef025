import { Button } from '../ui/Button';
import { BRIEFING_BEGIN, DESIGN, MARGIN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { drawBrief, openPrintable } from './brief';
import { nextScreen } from './flow';
import { SCENE } from './keys';
import { currentSession } from './registry';
import { Screen } from './screen';

/** The briefing's columns: the scenario on the left, the side's brief on the right. */
const BRIEFING = {
  titleY: 96,
  textY: 170,
  seatY: 470,
  textW: 600,
  /** The scenario's text across the screen when there is no brief beside it. */
  wideW: 900,
  brief: { x: 680, y: 96, w: DESIGN.width - MARGIN - 680, h: 540 },
  print: { dx: 300, w: 220 },
} as const;

/** The scenario's briefing: the situation the players inherit, before the first quarter. */
export class BriefingScene extends Screen {
  constructor() {
    super(SCENE.briefing);
  }

  create(): void {
    const session = currentSession(this);
    const seed = t('screen.briefing.seed', { seed: session.choice.seed });
    new ScreenHeader(this, t('screen.briefing.header'), seed);
    addText(this, MARGIN, BRIEFING.titleY, session.title, {
      fontSize: `${TYPE_SIZE.heading}px`,
      fontStyle: 'bold',
    });
    const side = session.briefingSide();
    const brief = side ? session.brief(side) : null;
    const textWidth = brief ? BRIEFING.textW : BRIEFING.wideW;
    addText(this, MARGIN, BRIEFING.textY, session.briefing, {
      fontSize: `${TYPE_SIZE.body + (brief ? 0 : 2)}px`,
      wordWrap: { width: textWidth },
      lineSpacing: brief ? 6 : 8,
    });
    addText(this, MARGIN, BRIEFING.seatY, t('screen.briefing.seat', { context: session.seat }), {
      fontSize: `${TYPE_SIZE.body}px`,
      color: css(PALETTE.accent),
      wordWrap: { width: textWidth },
    });
    const focusables: Button[] = [];
    if (side && brief) {
      const b = BRIEFING.brief;
      drawBrief(this, b.x, b.y, b.w, b.h, brief);
      const print = () => {
        const html = session.briefHandout(side);
        if (html) openPrintable(html, `precursor-brief-${side}.html`);
      };
      this.keys((e) => {
        if (pressed(e, KEYS.briefing.print)) print();
      });
      focusables.push(
        new Button(this, BRIEFING_BEGIN.x + BRIEFING.print.dx, BRIEFING_BEGIN.y, {
          label: t('screen.briefing.button.print'),
          shortcut: 'P',
          width: BRIEFING.print.w,
          onActivate: print,
        }),
      );
    }
    const begin = new Button(this, BRIEFING_BEGIN.x, BRIEFING_BEGIN.y, {
      label: t('screen.briefing.button.begin'),
      shortcut: '↵',
      primary: true,
      width: BRIEFING_BEGIN.w,
      onActivate: () => nextScreen(this, session),
    });
    this.focus([begin, ...focusables], {
      numberKeys: false,
      onBack: () => this.scene.start(SCENE.setup),
    });
    this.hint(t('screen.briefing.hint', brief ? { context: 'brief' } : undefined));
    this.drawn();
  }
}
