import type Phaser from 'phaser';
import type { ComposerView, GameSession, OfferDraft } from '../app/index';
import { Button } from '../ui/Button';
import type { Focusable } from '../ui/FocusList';
import { COMPOSER, composerToggle, composerWithin } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { sound } from '../ui/sound';
import { Toggle } from '../ui/Toggle';
import { addCaption, addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import type { Side } from '../view/offerText';
import { t } from '../words';
import { SCENE } from './keys';
import { type OverlayData, openOverlay } from './overlay';
import { currentSession } from './registry';
import { OverlayScreen } from './screen';

/**
 * Where the composer's offer comes from and where it goes: the game on this device (the turn
 * screen's session), or an online seat, whose offer the server checks and keeps.
 */
export interface OfferSource {
  side: Side;
  /** The offer composed this turn as a draft, or an empty one. */
  draft: OfferDraft;
  /** Whether an offer was composed this turn (Confirm then replaces it; Take back is offered). */
  hadProposal: boolean;
  composer(draft: OfferDraft): ComposerView;
  /** Adds the offer to this turn's moves, replacing one composed earlier; whether it was sent. */
  propose(draft: OfferDraft): boolean;
  withdraw(): void;
}

/** The turn screen's source: the game session on this device, for the side to move. */
function sessionSource(session: GameSession): OfferSource | null {
  const side = session.sideToMove();
  if (!side) return null;
  return {
    side,
    draft: session.offerDraft(side),
    hadProposal: session.turnView(side).offers.proposing !== null,
    composer: (draft) => session.composer(side, draft),
    propose: (draft) => session.proposeOffer(side, draft),
    withdraw: () => session.withdrawOffer(side),
  };
}

/**
 * The offer composer, opened with O over the turn screen (or an online seat): tick what you will do and what you ask
 * of the other side, choose within how many quarters, and read the offer in words with the core's
 * reason if it would be refused. Confirm adds it to this turn's moves (replacing one composed
 * earlier); Esc, Cancel or a click outside the box leaves the moves as they were.
 */
export class OfferScene extends OverlayScreen {
  private source!: OfferSource;
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

  create(data: OverlayData & { source?: OfferSource }): void {
    this.begin(data);
    const source = data.source ?? sessionSource(currentSession(this));
    if (!source) {
      this.close();
      return;
    }
    this.source = source;
    this.side = source.side;
    this.notice = null;
    this.draft = { ...source.draft };
    this.view = source.composer(this.draft);
    const hadProposal = source.hadProposal;
    this.dialog(COMPOSER.box, { dim: 0.9, closeLabel: null });
    this.heading();
    this.lists();
    this.withinButtons();
    this.offerLines();
    const buttons = this.buttons(hadProposal);
    this.focus([...this.give, ...this.ask, ...this.within, ...buttons.all], {
      numberKeys: false,
      enterFree: true,
    });
    this.keys((e: KeyboardEvent) => this.onKey(e, buttons.withdraw !== null));
    const { box } = COMPOSER;
    addHint(
      this,
      box.x + box.w - 24,
      box.y + box.h - 10,
      t('screen.offer.hint', { max: this.view.maxWithin }),
    ).setOrigin(1, 1);
    this.refresh();
  }

  /** The title and what an offer is. */
  private heading(): void {
    const { box } = COMPOSER;
    addText(this, box.x + 28, box.y + 20, t('screen.offer.title', { to: this.view.to }), {
      fontSize: `${TYPE_SIZE.subtitle}px`,
      fontStyle: 'bold',
    });
    addText(this, box.x + 28, box.y + 54, t('screen.offer.intro', { context: this.side }), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: box.w - 56 },
      lineSpacing: 3,
    });
  }

  /** What you give and what you ask: a toggle for each move. */
  private lists(): void {
    const max = this.view.maxTerms;
    const y = COMPOSER.listTop - 22;
    addCaption(this, COMPOSER.giveX, y, t('screen.offer.caption.give', { max }));
    addCaption(this, COMPOSER.askX, y, t('screen.offer.caption.ask', { context: this.side, max }));
    const toggles = (list: 'give' | 'ask') =>
      this.view[list].map((o, i, all) => {
        const r = composerToggle(list, i, all.length);
        return new Toggle(this, r.x, r.y, r.w, r.h, o.title, () => this.toggle(list, i));
      });
    this.give = toggles('give');
    this.ask = toggles('ask');
  }

  /** Within 1, 2 or 3 quarters. */
  private withinButtons(): void {
    addCaption(this, COMPOSER.giveX, COMPOSER.withinY + 12, t('screen.offer.caption.within'));
    this.within = Array.from({ length: this.view.maxWithin }, (_, k) => {
      const n = k + 1;
      const r = composerWithin(n);
      return new Button(this, r.x, r.y, {
        label: t('screen.offer.button.within', { count: n }),
        shortcut: String(n),
        width: r.w,
        height: r.h,
        labelSize: TYPE_SIZE.small,
        onActivate: () => this.setWithin(n),
      });
    });
  }

  /** The offer in words, and whether it can be made. */
  private offerLines(): void {
    const width = COMPOSER.box.w - 56;
    addCaption(this, COMPOSER.giveX, COMPOSER.wordsY - 20, t('screen.offer.caption.words'));
    this.words = addText(this, COMPOSER.giveX, COMPOSER.wordsY, '', {
      fontSize: `${TYPE_SIZE.label}px`,
      wordWrap: { width },
      lineSpacing: 4,
    }).setMaxLines(3);
    this.status = addText(this, COMPOSER.giveX, COMPOSER.statusY, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width },
    }).setMaxLines(2);
  }

  /** Confirm (or Replace), Cancel, and Take back when an offer was made this turn. */
  private buttons(hadProposal: boolean): { all: Focusable[]; withdraw: Button | null } {
    const button = (
      at: { x: number; w: number },
      label: string,
      shortcut: string,
      onActivate: () => void,
      primary = false,
    ) =>
      new Button(this, at.x, COMPOSER.buttonsY, {
        label,
        shortcut,
        primary,
        width: at.w,
        height: COMPOSER.buttonH,
        labelSize: TYPE_SIZE.label,
        onActivate,
      });
    const confirmLabel = t(
      'screen.offer.button.confirm',
      hadProposal ? { context: 'replace' } : undefined,
    );
    this.confirmButton = button(COMPOSER.confirm, confirmLabel, '↵', () => this.confirm(), true);
    const cancel = button(COMPOSER.cancel, t('screen.offer.button.cancel'), 'Esc', () =>
      this.close(),
    );
    const withdraw = hadProposal
      ? button(COMPOSER.withdraw, t('screen.offer.button.withdraw'), 'X', () => this.withdraw())
      : null;
    return { all: [this.confirmButton, cancel, ...(withdraw ? [withdraw] : [])], withdraw };
  }

  private onKey(e: KeyboardEvent, canWithdraw: boolean): void {
    const K = KEYS.offer;
    const within = keyIndex(e, K.within) + 1;
    if (pressed(e, K.confirm)) this.confirm();
    else if (within > 0 && within <= this.view.maxWithin) this.setWithin(within);
    else if (pressed(e, K.withdraw) && canWithdraw) this.withdraw();
  }

  private toggle(list: 'give' | 'ask', index: number): void {
    const picks = this.draft[list];
    if (picks.includes(index)) {
      this.draft = { ...this.draft, [list]: picks.filter((i) => i !== index) };
      this.notice = null;
      sound.play('unpick');
    } else if (picks.length >= this.view.maxTerms) {
      this.notice = t('screen.offer.tooMany', { max: this.view.maxTerms });
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
    const v = this.source.composer(this.draft);
    this.view = v;
    for (const [i, o] of v.give.entries()) this.give[i]?.setTicked(o.picked);
    for (const [i, o] of v.ask.entries()) this.ask[i]?.setTicked(o.picked);
    for (const [k, b] of this.within.entries()) b.setSelected(k + 1 === v.within);
    this.words.setText(t('screen.offer.words', { words: v.words }));
    this.confirmButton.setDisabledReason(v.refusal);
    const status = this.notice
      ? t('screen.offer.status.notice', { notice: this.notice })
      : v.refusal
        ? t('screen.offer.status.refused', { reason: v.refusal })
        : t('screen.offer.status.ready', { to: v.to });
    this.status
      .setText(status)
      .setColor(css(this.notice || v.refusal ? PALETTE.caution : PALETTE.positive));
    this.drawn();
  }

  private confirm(): void {
    if (this.source.propose(this.draft)) {
      sound.play('pick');
      this.close();
      return;
    }
    sound.play('refuse');
    this.refresh();
  }

  private withdraw(): void {
    this.source.withdraw();
    sound.play('unpick');
    this.close();
  }
}

/**
 * Opens the offer composer over `scene` (the turn screen, or an online seat with its `source`),
 * pausing it until the composer closes.
 */
export function openOfferComposer(scene: Phaser.Scene, source?: OfferSource): void {
  openOverlay(scene, SCENE.offer, source ? { source } : {});
}
