import type Phaser from 'phaser';
import type { ComposerView, GameSession, OfferDraft } from '../app/index';
import { Button } from '../ui/Button';
import type { Focusable } from '../ui/FocusList';
import { COMPOSER, composerToggle, composerWithin } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { sound } from '../ui/sound';
import { Toggle } from '../ui/Toggle';
import { addCaption, addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { SCENE } from './keys';
import { type OverlayData, openOverlay } from './overlay';
import { currentSession } from './registry';
import { OverlayScreen } from './screen';

/**
 * The offer composer, opened with O over the turn screen: tick what you will do and what you ask
 * of the other side, choose within how many quarters, and read the offer in words with the core's
 * reason if it would be refused. Confirm adds it to this turn's moves (replacing one composed
 * earlier); Esc, Cancel or a click outside the box leaves the moves as they were.
 */
export class OfferScene extends OverlayScreen {
  private session!: GameSession;
  private side: 'us' | 'china' = 'us';
  private draft: OfferDraft = { give: [], ask: [], within: 2 };
  private give: Toggle[] = [];
  private ask: Toggle[] = [];
  private within: Button[] = [];
  private confirmButton!: Button;
  private words!: Phaser.GameObjects.Text;
  private status!: Phaser.GameObjects.Text;
  /** A one-off message (too many terms) shown until the draft changes. */
  private notice: string | null = null;
  private view!: ComposerView;

  constructor() {
    super(SCENE.offer);
  }

  create(data: OverlayData): void {
    this.begin(data);
    this.session = currentSession(this);
    const side = this.session.sideToMove();
    if (!side) {
      this.close();
      return;
    }
    this.side = side;
    this.notice = null;
    this.draft = this.session.offerDraft(side);
    this.view = this.session.composer(side, this.draft);
    const hadProposal = this.session.turnView(side).offers.proposing !== null;
    const { box } = COMPOSER;
    this.dialog(box, { dim: 0.9, closeLabel: null });
    const to = this.view.to;
    addText(this, box.x + 28, box.y + 20, `Make an offer to ${to}`, {
      fontSize: `${TYPE_SIZE.subtitle}px`,
      fontStyle: 'bold',
    });
    addText(
      this,
      box.x + 28,
      box.y + 54,
      `What you will do, what you ask of ${to}, and within how many quarters. ${capitalise(to)} answers next quarter; a side that has not played its part by the deadline breaks the deal.`,
      {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: box.w - 56 },
        lineSpacing: 3,
      },
    );
    const max = this.view.maxTerms;
    addCaption(this, COMPOSER.giveX, COMPOSER.listTop - 22, `You give · your moves, up to ${max}`);
    addCaption(
      this,
      COMPOSER.askX,
      COMPOSER.listTop - 22,
      `You ask · ${side === 'us' ? 'China’s' : 'US'} moves, up to ${max}`,
    );
    const toggles = (list: 'give' | 'ask') =>
      this.view[list].map((o, i, all) => {
        const r = composerToggle(list, i, all.length);
        return new Toggle(this, r.x, r.y, r.w, r.h, o.title, () => this.toggle(list, i));
      });
    this.give = toggles('give');
    this.ask = toggles('ask');
    addCaption(this, COMPOSER.giveX, COMPOSER.withinY + 12, 'Within');
    this.within = Array.from({ length: this.view.maxWithin }, (_, k) => {
      const n = k + 1;
      const r = composerWithin(n);
      return new Button(this, r.x, r.y, {
        label: `${n} quarter${n === 1 ? '' : 's'}`,
        shortcut: String(n),
        width: r.w,
        height: r.h,
        labelSize: TYPE_SIZE.small,
        onActivate: () => this.setWithin(n),
      });
    });
    addCaption(this, COMPOSER.giveX, COMPOSER.wordsY - 20, 'The offer');
    this.words = addText(this, COMPOSER.giveX, COMPOSER.wordsY, '', {
      fontSize: `${TYPE_SIZE.label}px`,
      wordWrap: { width: box.w - 56 },
      lineSpacing: 4,
    }).setMaxLines(3);
    this.status = addText(this, COMPOSER.giveX, COMPOSER.statusY, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: box.w - 56 },
    }).setMaxLines(2);
    const y = COMPOSER.buttonsY;
    const h = COMPOSER.buttonH;
    this.confirmButton = new Button(this, COMPOSER.confirm.x, y, {
      label: hadProposal ? 'Replace offer' : 'Confirm',
      shortcut: '↵',
      primary: true,
      width: COMPOSER.confirm.w,
      height: h,
      labelSize: TYPE_SIZE.label,
      onActivate: () => this.confirm(),
    });
    const cancel = new Button(this, COMPOSER.cancel.x, y, {
      label: 'Cancel',
      shortcut: 'Esc',
      width: COMPOSER.cancel.w,
      height: h,
      labelSize: TYPE_SIZE.label,
      onActivate: () => this.close(),
    });
    const withdraw = hadProposal
      ? new Button(this, COMPOSER.withdraw.x, y, {
          label: 'Take back my offer',
          shortcut: 'X',
          width: COMPOSER.withdraw.w,
          height: h,
          labelSize: TYPE_SIZE.label,
          onActivate: () => this.withdraw(),
        })
      : null;
    const items: Focusable[] = [
      ...this.give,
      ...this.ask,
      ...this.within,
      this.confirmButton,
      cancel,
      ...(withdraw ? [withdraw] : []),
    ];
    this.focus(items, { numberKeys: false, enterFree: true });
    this.keys((e: KeyboardEvent) => {
      const K = KEYS.offer;
      const within = keyIndex(e, K.within) + 1;
      if (pressed(e, K.confirm)) this.confirm();
      else if (within > 0 && within <= this.view.maxWithin) this.setWithin(within);
      else if (pressed(e, K.withdraw) && withdraw) this.withdraw();
    });
    addHint(
      this,
      box.x + box.w - 24,
      box.y + box.h - 10,
      `Tab ←→ move · Space tick · 1–${this.view.maxWithin} quarters · Enter confirm · Esc cancel`,
    ).setOrigin(1, 1);
    this.refresh();
  }

  private toggle(list: 'give' | 'ask', index: number): void {
    const picks = this.draft[list];
    if (picks.includes(index)) {
      this.draft = { ...this.draft, [list]: picks.filter((i) => i !== index) };
      this.notice = null;
      sound.play('unpick');
    } else if (picks.length >= this.view.maxTerms) {
      this.notice = `At most ${this.view.maxTerms} moves on each side of an offer: untick one first.`;
      sound.play('refuse');
    } else {
      this.draft = { ...this.draft, [list]: [...picks, index] };
      this.notice = null;
      sound.play('pick');
    }
    this.refresh();
  }

  private setWithin(n: number): void {
    this.draft = { ...this.draft, within: n };
    this.notice = null;
    this.refresh();
  }

  private refresh(): void {
    const v = this.session.composer(this.side, this.draft);
    this.view = v;
    for (const [i, o] of v.give.entries()) this.give[i]?.setTicked(o.picked);
    for (const [i, o] of v.ask.entries()) this.ask[i]?.setTicked(o.picked);
    for (const [k, b] of this.within.entries()) b.setSelected(k + 1 === v.within);
    this.words.setText(`${v.words}.`);
    this.confirmButton.setDisabledReason(v.refusal);
    const status = this.notice
      ? `✗ ${this.notice}`
      : v.refusal
        ? `✗ Cannot be made: ${v.refusal}`
        : `✓ Costs 1 PC. It goes on the table when you end the turn; ${v.to} answers next quarter.`;
    this.status
      .setText(status)
      .setColor(css(this.notice || v.refusal ? PALETTE.caution : PALETTE.positive));
    kickRender(this);
  }

  private confirm(): void {
    if (this.session.proposeOffer(this.side, this.draft)) {
      sound.play('pick');
      this.close();
      return;
    }
    sound.play('refuse');
    this.refresh();
  }

  private withdraw(): void {
    this.session.withdrawOffer(this.side);
    sound.play('unpick');
    this.close();
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Opens the offer composer over `scene` (the turn screen), pausing it until the composer closes. */
export function openOfferComposer(scene: Phaser.Scene): void {
  openOverlay(scene, SCENE.offer);
}
