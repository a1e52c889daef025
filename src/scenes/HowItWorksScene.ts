import { Button } from '../ui/Button';
import { restartScene } from '../ui/keyboard';
import { BACK_BUTTON, DESIGN, GAP, MARGIN } from '../ui/layout';
import { PANEL, Panel } from '../ui/Panel';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { type RuleCard, rulePages } from '../view/rules';
import { t } from '../words';
import { SCENE } from './keys';
import { Screen } from './screen';

const LAYOUT = {
  top: MARGIN + GAP * 5,
  turnWidth: 420,
  height: 520,
  rulesPerPage: 3,
  pagerWidth: 170,
  teachersWidth: 210,
} as const;

/** The left panel, what a turn is; the right panel, the rules of the current page. */
const TURN_PANEL = {
  x: MARGIN,
  y: LAYOUT.top,
  w: LAYOUT.turnWidth,
  h: LAYOUT.height - BACK_BUTTON.h - GAP * 3,
};
const RULES_PANEL = {
  x: MARGIN + LAYOUT.turnWidth + GAP * 3,
  y: LAYOUT.top,
  w: DESIGN.width - MARGIN - (MARGIN + LAYOUT.turnWidth + GAP * 3),
  h: LAYOUT.height,
};

/** How many steps "A turn" has (`screen.howItWorks.step.<n>`, from 1). */
const TURN_STEPS = 6;

/** What a turn is, in a few lines, and the model's twelve rules with their evidence, page by page. */
export class HowItWorksScene extends Screen {
  private page = 0;
  private pages = 1;

  constructor() {
    super(SCENE.howItWorks);
  }

  create(data: { page?: number }): void {
    const pages = rulePages(LAYOUT.rulesPerPage);
    this.pages = pages.length;
    this.page = Math.min(Math.max(data.page ?? 0, 0), pages.length - 1);
    const page = t('screen.howItWorks.page', { page: this.page + 1, pages: pages.length });
    new ScreenHeader(this, t('screen.howItWorks.header'), page);
    this.turnPanel();
    this.rulesPanel(pages[this.page] ?? []);
    this.buttons();
    this.hint(t('screen.howItWorks.hint'));
    this.keys((e) => {
      const K = KEYS.howItWorks;
      if (pressed(e, K.nextPage)) this.turnTo(this.page + 1);
      else if (pressed(e, K.previousPage)) this.turnTo(this.page - 1);
      else if (pressed(e, K.teachers)) this.scene.start(SCENE.teachers);
    });
    this.drawn();
  }

  private turnPanel(): void {
    const p = TURN_PANEL;
    const panel = new Panel(this, p.x, p.y, {
      width: p.w,
      height: p.h,
      caption: t('screen.howItWorks.caption.turn'),
    });
    let y = p.y + panel.contentTop;
    for (let n = 1; n <= TURN_STEPS; n++) {
      const line = addText(this, p.x + PANEL.padding, y, t(`screen.howItWorks.step.${n}`), {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.text),
        wordWrap: { width: p.w - PANEL.padding * 2 },
        lineSpacing: 3,
      });
      y += line.height + GAP * 1.5;
    }
  }

  private rulesPanel(cards: readonly RuleCard[]): void {
    const p = RULES_PANEL;
    const panel = new Panel(this, p.x, p.y, {
      width: p.w,
      height: p.h,
      caption: t('screen.howItWorks.caption.rules'),
    });
    let y = p.y + panel.contentTop;
    for (const card of cards) y = this.rule(card, y) + GAP * 2;
  }

  /** One rule: heading, what the model does, the evidence and the source; returns its foot. */
  private rule(card: RuleCard, top: number): number {
    const x = RULES_PANEL.x + PANEL.padding;
    const width = RULES_PANEL.w - PANEL.padding * 2;
    const small = `${TYPE_SIZE.small}px`;
    const muted = css(PALETTE.textMuted);
    const parts: [string, Phaser.Types.GameObjects.Text.TextStyle][] = [
      [card.heading, { fontSize: `${TYPE_SIZE.label}px`, fontStyle: 'bold' }],
      [card.model, { fontSize: small, wordWrap: { width } }],
      [card.evidence, { fontSize: small, color: muted, wordWrap: { width } }],
      [
        t('screen.howItWorks.source', { source: card.source }),
        { fontFamily: FONT.mono, fontSize: `${TYPE_SIZE.tag}px`, color: css(PALETTE.textDim) },
      ],
    ];
    let y = top;
    parts.forEach(([text, style], i) => {
      y += addText(this, x, y, text, style).height + (i < parts.length - 1 ? GAP / 2 : 0);
    });
    return y;
  }

  private buttons(): void {
    const y = BACK_BUTTON.y;
    const h = BACK_BUTTON.h;
    const w = LAYOUT.pagerWidth;
    const back = new Button(this, BACK_BUTTON.x, y, {
      label: t('screen.howItWorks.button.back'),
      width: BACK_BUTTON.w,
      height: h,
      onActivate: () => this.scene.start(SCENE.title),
    });
    const teachers = new Button(this, BACK_BUTTON.x + BACK_BUTTON.w + GAP * 2, y, {
      label: t('screen.howItWorks.button.teachers'),
      shortcut: 'T',
      width: LAYOUT.teachersWidth,
      height: h,
      onActivate: () => this.scene.start(SCENE.teachers),
    });
    const last = this.page === this.pages - 1;
    const next = new Button(this, DESIGN.width - MARGIN - w, y, {
      label: t('screen.howItWorks.button.next'),
      width: w,
      height: h,
      disabledReason: last ? t('screen.howItWorks.lastPage') : null,
      onActivate: () => this.turnTo(this.page + 1),
    });
    const previous = new Button(this, DESIGN.width - MARGIN - w * 2 - GAP * 2, y, {
      label: t('screen.howItWorks.button.previous'),
      width: w,
      height: h,
      disabledReason: this.page === 0 ? t('screen.howItWorks.firstPage') : null,
      onActivate: () => this.turnTo(this.page - 1),
    });
    this.focus([back, previous, next, teachers], {
      onBack: () => this.scene.start(SCENE.title),
      numberKeys: false,
    });
  }

  private turnTo(page: number): void {
    if (page < 0 || page >= this.pages || page === this.page) return;
    restartScene(this, { page });
  }
}
