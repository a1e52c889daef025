import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { onKey, restartScene } from '../ui/keyboard';
import { BACK_BUTTON, DESIGN, GAP, MARGIN } from '../ui/layout';
import { PANEL, Panel } from '../ui/Panel';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS } from '../view/keys';
import { rulePages } from '../view/rules';
import { SCENE } from './keys';

const LAYOUT = {
  top: MARGIN + GAP * 5,
  turnWidth: 420,
  height: 520,
  rulesPerPage: 3,
  pagerWidth: 170,
} as const;

/** What a turn is, in a few lines, and the model's twelve rules with their evidence, page by page. */
const TURN_STEPS = [
  'Each turn is one quarter of a year. Each government has a budget of political capital, and every move costs some of it; a card that does not fit says why.',
  'The United States chooses first, then China; both sets of moves take effect together when the quarter is resolved, along with any events.',
  'China’s cooperation moves between Suspended, Talks, Working group and Enforcing, following the rules on the right.',
  'Before you commit, the what-if panel runs the model with and without a card for the next few quarters, on the same luck.',
  'After each quarter the report lists what changed and the rules behind it; open any rule to read its evidence and source.',
  'The debrief compares your game with the same world in which neither side moved.',
];

export class HowItWorksScene extends Phaser.Scene {
  private page = 0;

  constructor() {
    super(SCENE.howItWorks);
  }

  create(data: { page?: number }): void {
    const pages = rulePages(LAYOUT.rulesPerPage);
    this.page = Math.min(Math.max(data.page ?? 0, 0), pages.length - 1);
    new ScreenHeader(this, 'Precursor · How it works', `Rules ${this.page + 1} of ${pages.length}`);

    const turn = new Panel(this, MARGIN, LAYOUT.top, {
      width: LAYOUT.turnWidth,
      height: LAYOUT.height - BACK_BUTTON.h - GAP * 3,
      caption: 'A turn',
    });
    let y = LAYOUT.top + turn.contentTop;
    for (const step of TURN_STEPS) {
      const line = addText(this, MARGIN + PANEL.padding, y, step, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.text),
        wordWrap: { width: LAYOUT.turnWidth - PANEL.padding * 2 },
        lineSpacing: 3,
      });
      y += line.height + GAP * 1.5;
    }

    const rulesX = MARGIN + LAYOUT.turnWidth + GAP * 3;
    const rulesWidth = DESIGN.width - MARGIN - rulesX;
    const rules = new Panel(this, rulesX, LAYOUT.top, {
      width: rulesWidth,
      height: LAYOUT.height,
      caption: 'The rules of the model, with their evidence',
    });
    y = LAYOUT.top + rules.contentTop;
    const textWidth = rulesWidth - PANEL.padding * 2;
    for (const card of pages[this.page] ?? []) {
      const x = rulesX + PANEL.padding;
      const heading = addText(this, x, y, card.heading, {
        fontSize: `${TYPE_SIZE.label}px`,
        fontStyle: 'bold',
      });
      y += heading.height + GAP / 2;
      const model = addText(this, x, y, card.model, {
        fontSize: `${TYPE_SIZE.small}px`,
        wordWrap: { width: textWidth },
      });
      y += model.height + GAP / 2;
      const evidence = addText(this, x, y, card.evidence, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: textWidth },
      });
      y += evidence.height + GAP / 2;
      const source = addText(this, x, y, `Source: ${card.source}`, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.textDim),
      });
      y += source.height + GAP * 2;
    }

    const pagerY = BACK_BUTTON.y;
    const back = new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: '← Back',
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.scene.start(SCENE.title),
    });
    const teachers = new Button(this, BACK_BUTTON.x + BACK_BUTTON.w + GAP * 2, pagerY, {
      label: 'For teachers',
      shortcut: 'T',
      width: 210,
      height: BACK_BUTTON.h,
      onActivate: () => this.scene.start(SCENE.teachers),
    });
    const next = new Button(this, DESIGN.width - MARGIN - LAYOUT.pagerWidth, pagerY, {
      label: 'Next rules →',
      width: LAYOUT.pagerWidth,
      height: BACK_BUTTON.h,
      disabledReason: this.page === pages.length - 1 ? 'This is the last page of rules.' : null,
      onActivate: () => this.turnTo(this.page + 1),
    });
    const previous = new Button(
      this,
      DESIGN.width - MARGIN - LAYOUT.pagerWidth * 2 - GAP * 2,
      pagerY,
      {
        label: '← Earlier',
        width: LAYOUT.pagerWidth,
        height: BACK_BUTTON.h,
        disabledReason: this.page === 0 ? 'This is the first page of rules.' : null,
        onActivate: () => this.turnTo(this.page - 1),
      },
    );
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - GAP * 2,
      'PgUp / PgDn turn the pages · T for teachers · Tab or arrows move · Enter chooses · Esc back',
    );

    new FocusList(this, [back, previous, next, teachers], {
      onBack: () => this.scene.start(SCENE.title),
      numberKeys: false,
    });
    onKey(this, KEYS.howItWorks.nextPage, () => this.turnTo(this.page + 1));
    onKey(this, KEYS.howItWorks.previousPage, () => this.turnTo(this.page - 1));
    onKey(this, KEYS.howItWorks.teachers, () => this.scene.start(SCENE.teachers));
    kickRender(this);
  }

  private turnTo(page: number): void {
    if (page < 0 || page >= rulePages(LAYOUT.rulesPerPage).length || page === this.page) return;
    restartScene(this, { page });
  }
}
