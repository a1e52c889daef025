import Phaser from 'phaser';
import type { GameSession, TurnTimer, TurnView } from '../app/index';
import { announce } from '../ui/announce';
import { Button } from '../ui/Button';
import type { Focusable, FocusList } from '../ui/FocusList';
import type { Region } from '../ui/grid';
import { IconLines } from '../ui/IconLines';
import { IndicatorRow } from '../ui/IndicatorRow';
import { DESIGN, OFFER_BUTTONS, TURN, TURN_GLOSSARY, TURN_PANELS, turnCard } from '../ui/layout';
import { MoveCard } from '../ui/MoveCard';
import { PostureLadder } from '../ui/PostureLadder';
import { css, PALETTE } from '../ui/palette';
import { SupplyChain } from '../ui/SupplyChain';
import { sound } from '../ui/sound';
import { addText, FONT, fitToWidth, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { t } from '../words';
import { openFacilitator } from './FacilitatorScene';
import { nextScreen } from './flow';
import { openGlossary } from './GlossaryScene';
import { offerGuide, showGuide } from './guide';
import { openHelp } from './HelpScene';
import { SCENE, TURN_ENDED } from './keys';
import { loadedSessionModule } from './load';
import { openOfferComposer } from './OfferScene';
import { currentSession } from './registry';
import { openShare } from './ShareScene';
import { HINT_WIDTH, Screen } from './screen';

const K = KEYS.turn;

/** How long the computer "thinks" before its moves are revealed. */
export const THINKING_MS = 350;

/** Bar colours in the order the view lists indicators (deaths, price, purity, flows, politics). */
const INDICATOR_COLOURS = [
  PALETTE.caution,
  PALETTE.neutralSeries,
  PALETTE.neutralSeries,
  PALETTE.china,
  PALETTE.caution,
  PALETTE.positive,
  PALETTE.positive,
  PALETTE.unitedStates,
  PALETTE.accent,
];

/** A panel's caption, at most `width` wide (larger text shrinks a long one to fit). */
const label = (
  scene: Phaser.Scene,
  x: number,
  y: number,
  text: string,
  width: number = TURN.left.w,
) =>
  fitToWidth(
    addText(scene, x, y, text.toUpperCase(), {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag - 1}px`,
      color: css(PALETTE.textMuted),
      letterSpacing: 1,
    }),
    width,
  );

/** The left column's frame: its panel, from the indicators down to the foot of End turn. */
function leftColumnRegion(): Region {
  const { left, endTurn } = TURN;
  return { x: left.x - 4, y: left.y - 4, w: left.w + 8, h: endTurn.y + endTurn.h - left.y + 4 };
}

/** Padding inside a panel, left and right. */
const PAD = 12;
/** Height of a panel's caption, above its first row. */
const LABEL_H = 20;
/** Height of China's posture ladder, above the private lines. */
const LADDER_H = 62;

/** The header bar above the panels. */
const TURN_HEADER = { bar: { left: 16, y: 12, textX: 30, ruleY: 44.5 } } as const;

/** Where texts sit inside the right column's panels, from each panel's top. */
const TURN_TEXT = {
  text: {
    labelY: 10,
    firstY: 26,
    offerLinesY: 116,
    previewTitleY: 28,
    previewSummaryY: 48,
    previewBodyY: 96,
  },
  /** Room kept right of the status line for the class timer. */
  timerW: 150,
} as const;

/** The class clock's buttons, right-aligned above the clock, clear of the cards' last row. */
const TURN_CLOCK = { y: 560, h: 40, stop: 120, extend: 96, gap: 8 } as const;

/** What the clock's "+1 min" adds. */
const EXTEND_MS = 60_000;

/** The times left a screen reader is told of, in seconds, most first. */
const TIMER_MARKS = [60, 30, 10] as const;

/** One side's quarter: the state of the world, the cards on offer, the what-if and the news. */
export class TurnScene extends Screen {
  private session!: GameSession;
  private side: 'us' | 'china' = 'us';
  private header!: Phaser.GameObjects.Text;
  private budget!: Phaser.GameObjects.Text;
  private rows: IndicatorRow[] = [];
  private ladder!: PostureLadder;
  private privateText!: Phaser.GameObjects.Text;
  private chain!: SupplyChain;
  private cards: MoveCard[] = [];
  private pendingText!: Phaser.GameObjects.Text;
  private previewTitle!: Phaser.GameObjects.Text;
  private previewSummary!: Phaser.GameObjects.Text;
  private previewBody!: Phaser.GameObjects.Text;
  private offerText!: Phaser.GameObjects.Text;
  private offerLines!: Phaser.GameObjects.Text;
  private acceptButton!: Button;
  private declineButton!: Button;
  private proposeButton!: Button;
  /** Opens the glossary on the entry of the card in focus. */
  private glossaryButton!: Button;
  private previewIndex = 0;
  private news!: IconLines;
  private status!: Phaser.GameObjects.Text;
  private hintLine!: Phaser.GameObjects.Text;
  private view!: TurnView;
  private focusList: FocusList | null = null;
  private ending = false;
  private quitArmedUntil = 0;
  private timer: TurnTimer | null = null;
  /** The last time left said aloud (a minute, 30 s, 10 s), so each is said once. */
  private announcedSeconds = Number.POSITIVE_INFINITY;
  private announcedOffer: number | null = null;
  private timerText!: Phaser.GameObjects.Text;
  private facilitatorText!: Phaser.GameObjects.Text;
  /**
   * What each side's screen last showed in this game (the scene outlives its restarts): the next
   * quarter's bars and flows move from there to their new values, unless motion is reduced.
   */
  private lastShown: {
    session: GameSession;
    side: Map<'us' | 'china', Pick<TurnView, 'indicators' | 'supplyChain'>>;
  } | null = null;

  constructor() {
    super(SCENE.turn);
  }

  create(): void {
    this.session = currentSession(this);
    this.announcedSeconds = Number.POSITIVE_INFINITY;
    this.announcedOffer = null;
    const side = this.session.sideToMove();
    if (!side) {
      nextScreen(this, this.session);
      return;
    }
    this.side = side;
    this.ending = false;
    this.rows = [];
    this.cards = [];
    this.buildFrame();
    this.view = this.session.turnView(side);
    this.buildCards();
    this.buildButtons();
    this.keys((e: KeyboardEvent) => this.onKey(e));
    const unsubscribe = this.session.subscribe(() => this.refresh());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    this.watchPauses();
    this.startFromLastQuarter();
    this.refresh();
    this.showPreview(0);
    this.guide();
    this.drawn();
  }

  /** The guided first quarter, offered on the first quarter of a game a person plays. */
  private guide(): void {
    offerGuide(this.session.atStart && this.session.seat !== 'watch');
    const lastCard = turnCard(Math.max(0, this.cards.length - 1));
    const cardsBottom = lastCard.y + lastCard.h;
    showGuide(this, 'turn', {
      targets: {
        indicators: { x: TURN.left.x, y: TURN.left.y, w: TURN.left.w, h: 10 * TURN.indicatorStep },
        cards: { x: TURN.cards.x, y: TURN.cards.y, w: TURN.chain.w, h: cardsBottom - TURN.cards.y },
        preview: { x: TURN.right.x, ...TURN_PANELS.preview, w: TURN.right.w },
        endTurn: TURN.endTurn,
      },
      keys: K,
    });
  }

  /** End turn, the offers' buttons and the glossary's, after the cards in the focus order. */
  private buildButtons(): void {
    const end = new Button(this, TURN.endTurn.x, TURN.endTurn.y, {
      label: t('screen.turn.button.endTurn'),
      shortcut: '↵',
      primary: true,
      width: TURN.endTurn.w,
      height: TURN.endTurn.h,
      onActivate: () => this.endTurn(this.time.now, performance.now()),
    });
    this.buildOfferButtons();
    this.glossaryButton = new Button(this, TURN_GLOSSARY.x, TURN_GLOSSARY.y, {
      label: t('screen.turn.button.glossary'),
      shortcut: 'G',
      width: TURN_GLOSSARY.w,
      height: TURN_GLOSSARY.h,
      labelSize: TYPE_SIZE.small,
      onActivate: () => this.openGlossary(),
    });
    const focusables: Focusable[] = [
      ...this.cards,
      this.acceptButton,
      this.declineButton,
      this.proposeButton,
      this.glossaryButton,
      ...this.clockButtons(),
      end,
    ];
    this.focusList = this.focus(focusables, {
      numberKeys: false,
      enterFree: true,
      onBack: () => this.armQuit(),
    });
  }

  /**
   * Above the class clock, for whoever set it: stop it and start it again, and a minute more.
   * None without a clock.
   */
  private clockButtons(): Button[] {
    if (this.session.turnSeconds <= 0) return [];
    const { stop, extend, y, h, gap } = TURN_CLOCK;
    const right = TURN.chain.x + TURN.chain.w;
    // Each acts on the running turn's clock, and on nothing once the turn is ending.
    const clockButton = (
      x: number,
      width: number,
      label: string,
      act: (timer: TurnTimer) => void,
    ) =>
      new Button(this, x, y, {
        label,
        width,
        height: h,
        labelSize: TYPE_SIZE.small,
        onActivate: () => {
          if (!this.timer || this.ending) return;
          act(this.timer);
          this.drawn();
        },
      });
    const stopLabel = () =>
      t(this.timer?.heldByPlayer ? 'screen.turn.clock.start' : 'screen.turn.clock.stop');
    const stopButton: Button = clockButton(
      right - extend - gap - stop,
      stop,
      stopLabel(),
      (timer) => {
        const now = this.game.loop.time;
        if (timer.heldByPlayer) timer.resume(now, 'player');
        else timer.pause(now, 'player');
        stopButton.setLabel(stopLabel());
        announce(
          this,
          t(timer.heldByPlayer ? 'screen.turn.clock.stopped' : 'screen.turn.clock.started'),
        );
      },
    );
    const extendButton = clockButton(
      right - extend,
      extend,
      t('screen.turn.clock.extend'),
      (timer) => {
        timer.extend(EXTEND_MS);
        // The marks a screen reader hears count again from the new time.
        this.announcedSeconds = Number.POSITIVE_INFINITY;
        const label = timer.view(this.game.loop.time)?.label ?? '';
        announce(this, t('screen.turn.clock.extended', { label }));
      },
    );
    return [stopButton, extendButton];
  }

  /** The class clock stops while an overlay pauses the screen, and goes on when it closes. */
  private watchPauses(): void {
    this.timer = this.session.turnTimer(this.game.loop.time);
    // Help, the glossary, sharing and the facilitator's panel pause this scene: the class clock stops with it.
    const onPause = () => this.timer?.pause(this.game.loop.time);
    // Back from an overlay: the clock goes on, and any queued inject is shown.
    const onResume = () => {
      this.timer?.resume(this.game.loop.time);
      this.refresh();
    };
    this.events.on(Phaser.Scenes.Events.PAUSE, onPause);
    this.events.on(Phaser.Scenes.Events.RESUME, onResume);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.events.off(Phaser.Scenes.Events.PAUSE, onPause);
      this.events.off(Phaser.Scenes.Events.RESUME, onResume);
    });
  }

  /** The class timer: counts down on the page's clock and ends the turn when it runs out. */
  override update(time: number): void {
    const timer = this.timer;
    if (!timer?.active || this.ending) return;
    const view = timer.view(time);
    const label = view?.label ?? '';
    if (this.timerText.text !== label) {
      this.timerText.setText(label).setColor(css(view?.urgent ? PALETTE.caution : PALETTE.accent));
      this.drawn();
    }
    const mark = view ? [...TIMER_MARKS].reverse().find((m) => view.secondsLeft <= m) : undefined;
    if (view && mark !== undefined && mark < this.announcedSeconds) {
      // A clock that starts under a mark says nothing of it; one that passes a mark says the time
      // left, even when a slow frame skipped the second the mark falls on.
      const starting = this.announcedSeconds === Number.POSITIVE_INFINITY;
      this.announcedSeconds = mark;
      if (!starting || view.secondsLeft === mark) announce(this, label);
    }
    if (timer.expire(time)) {
      announce(this, t('screen.turn.timeUp'));
      this.endTurn(time, performance.now(), true);
    }
  }

  /** The frame: the panels' regions, the header bar, the left column, the right column, the foot. */
  private buildFrame(): void {
    const g = this.add.graphics();
    this.frameRegions(g);
    this.headerBar(g);
    this.leftColumn();
    this.chain = new SupplyChain(
      this,
      TURN.chain.x + PAD,
      TURN.chain.y + 10,
      TURN.chain.w - 2 * PAD,
      TURN.chain.h - 20,
    );
    this.rightColumn();
    this.foot();
    this.hintLine = this.hint('');
  }

  /** The panels: the left column with the news at its foot, the supply chain, the right column. */
  private frameRegions(g: Phaser.GameObjects.Graphics): void {
    const { left, chain, right } = TURN;
    const { pending, offers, preview, news } = TURN_PANELS;
    const column = leftColumnRegion();
    this.region(g, t('screen.turn.region.indicators'), column);
    this.region(g, t('screen.turn.region.chain'), {
      x: chain.x,
      y: chain.y,
      w: chain.w,
      h: chain.h,
    });
    this.region(g, t('screen.turn.region.pending'), {
      x: right.x,
      y: pending.y,
      w: right.w,
      h: pending.h,
    });
    this.region(g, t('screen.turn.region.offers'), {
      x: right.x,
      y: offers.y,
      w: right.w,
      h: offers.h,
    });
    this.region(g, t('screen.turn.region.preview'), {
      x: right.x,
      y: preview.y,
      w: right.w,
      h: preview.h,
    });
    // The news: the foot of the left column, down to its frame's lower edge.
    const newsBottom = column.y + column.h;
    const newsRegion = { x: column.x, y: news.y - 6, w: column.w, h: newsBottom - news.y + 6 };
    this.region(g, t('screen.turn.region.news'), newsRegion, undefined, false);
    g.lineStyle(1, PALETTE.rule, 1).lineBetween(
      left.x,
      news.y - 6.5,
      left.x + left.w,
      news.y - 6.5,
    );
  }

  /** The rule under the header, the side's colour, whose turn it is and the political capital. */
  private headerBar(g: Phaser.GameObjects.Graphics): void {
    const { bar } = TURN_HEADER;
    g.lineStyle(1, PALETTE.rule, 1).lineBetween(
      bar.left,
      bar.ruleY,
      DESIGN.width - bar.left,
      bar.ruleY,
    );
    const sideColour = this.side === 'us' ? PALETTE.unitedStates : PALETTE.china;
    g.fillStyle(sideColour, 1).fillRect(bar.left, bar.y, 6, 22);
    this.header = addText(this, bar.textX, bar.y, '', {
      fontSize: `${TYPE_SIZE.body}px`,
      fontStyle: 'bold',
    });
    this.budget = addText(this, DESIGN.width - bar.left, bar.y, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.label}px`,
      fontStyle: 'bold',
      color: css(PALETTE.accent),
    }).setOrigin(1, 0);
  }

  /** The indicators, China's posture, what only this side sees, and the news. */
  private leftColumn(): void {
    const { left } = TURN;
    const { news } = TURN_PANELS;
    label(this, left.x, left.y, t('screen.turn.caption.indicators'));
    for (let i = 0; i < INDICATOR_COLOURS.length; i++) {
      const colour = INDICATOR_COLOURS[i] ?? PALETTE.accent;
      const y = left.y + LABEL_H + i * TURN.indicatorStep;
      this.rows.push(new IndicatorRow(this, left.x, y, left.w, colour));
    }
    const ladderY = left.y + LABEL_H + INDICATOR_COLOURS.length * TURN.indicatorStep + 4;
    this.ladder = new PostureLadder(this, left.x, ladderY, left.w);
    label(this, left.x, ladderY + LADDER_H, t('screen.turn.caption.private'));
    this.privateText = addText(this, left.x, ladderY + LADDER_H + 16, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: left.w },
      lineSpacing: 1,
    }).setMaxLines(3);
    label(this, left.x, news.y, t('screen.turn.caption.news'));
    const column = leftColumnRegion();
    this.news = new IconLines(
      this,
      left.x,
      news.y + 16,
      left.w,
      { fontSize: `${TYPE_SIZE.tag}px`, color: css(PALETTE.textMuted), lineSpacing: 1 },
      { iconSize: 14, gap: 1, maxY: column.y + column.h, tint: PALETTE.textMuted },
    );
  }

  /** A line of text in a panel of the right column, `dy` below the panel's top. */
  private panelText(
    top: number,
    dy: number,
    style: Phaser.Types.GameObjects.Text.TextStyle,
  ): Phaser.GameObjects.Text {
    const { right } = TURN;
    return addText(this, right.x + PAD, top + dy, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      wordWrap: { width: right.w - 2 * PAD },
      ...style,
    });
  }

  /** The moves picked, the offers, and the what-if of the card in focus. */
  private rightColumn(): void {
    const x = TURN.right.x + PAD;
    const { pending, offers, preview } = TURN_PANELS;
    const { text } = TURN_TEXT;
    label(
      this,
      x,
      pending.y + text.labelY,
      t('screen.turn.caption.pending'),
      TURN.right.w - 2 * PAD,
    );
    this.pendingText = this.panelText(pending.y, text.firstY, { lineSpacing: 3 }).setMaxLines(4);
    label(this, x, offers.y + text.labelY, t('screen.turn.caption.offers'), TURN.right.w - 2 * PAD);
    this.offerText = this.panelText(offers.y, text.firstY, { lineSpacing: 1 }).setMaxLines(3);
    const muted = css(PALETTE.textMuted);
    this.offerLines = this.panelText(offers.y, text.offerLinesY, {
      color: muted,
      lineSpacing: 1,
    }).setMaxLines(5);
    label(
      this,
      x,
      preview.y + text.labelY,
      t('screen.turn.caption.preview'),
      TURN.right.w - 2 * PAD,
    );
    this.previewTitle = this.panelText(preview.y, text.previewTitleY, {
      fontSize: `${TYPE_SIZE.small}px`,
      fontStyle: 'bold',
    }).setMaxLines(2);
    this.previewSummary = this.panelText(preview.y, text.previewSummaryY, {
      color: muted,
      lineSpacing: 2,
    }).setMaxLines(3);
    this.previewBody = this.panelText(preview.y, text.previewBodyY, {
      fontFamily: FONT.mono,
      color: css(PALETTE.text),
      lineSpacing: 2,
    });
  }

  /** Beside End turn: the status line, the class timer, and the facilitator's queued events above. */
  private foot(): void {
    const { endTurn, chain } = TURN;
    const midY = endTurn.y + endTurn.h / 2;
    const timerRoom = this.session.turnSeconds > 0 ? TURN_TEXT.timerW : 0;
    this.status = addText(this, endTurn.x + endTurn.w + 16, midY, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: chain.w - endTurn.w - 16 - timerRoom },
    }).setOrigin(0, 0.5);
    this.timerText = addText(this, chain.x + chain.w, midY, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.subtitle}px`,
      fontStyle: 'bold',
      color: css(PALETTE.accent),
    }).setOrigin(1, 0.5);
    this.facilitatorText = addText(this, endTurn.x, endTurn.y - 8, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.accent),
    }).setOrigin(0, 1);
  }

  private buildCards(): void {
    this.view.cards.forEach((_, i) => {
      const r = turnCard(i);
      const card = new MoveCard(this, r.x, r.y, r.w, r.h, () => this.pick(i));
      card.onFocus = () => this.showPreview(i);
      this.cards.push(card);
    });
  }

  /** Accept and Decline answer the other side's offer; the third button opens the composer. */
  private buildOfferButtons(): void {
    const button = (
      r: { x: number; y: number; w: number; h: number },
      text: string,
      key: string,
      onActivate: () => void,
    ) =>
      new Button(this, r.x, r.y, {
        label: text,
        shortcut: key,
        width: r.w,
        height: r.h,
        labelSize: TYPE_SIZE.small,
        onActivate,
      });
    this.acceptButton = button(OFFER_BUTTONS.accept, t('screen.turn.button.accept'), 'A', () =>
      this.answer('accept'),
    );
    this.declineButton = button(OFFER_BUTTONS.decline, t('screen.turn.button.decline'), 'D', () =>
      this.answer('decline'),
    );
    this.proposeButton = button(OFFER_BUTTONS.propose, t('screen.turn.button.propose'), 'O', () =>
      this.openComposer(),
    );
  }

  private answer(answer: 'accept' | 'decline'): void {
    if (this.ending) return;
    const before = this.view.offers.toAnswer?.answer ?? null;
    if (!this.session.answerOffer(this.side, answer)) {
      const other = t('screen.turn.other', { context: this.side });
      this.refuse(notAllowed(t('screen.turn.noOfferWaiting', { other })));
      return;
    }
    sound.play(before === answer ? 'unpick' : 'pick');
  }

  /** Says why something cannot be done: on the status line, by sound and to a screen reader. */
  private refuse(text: string): void {
    this.status.setText(text);
    sound.play('refuse');
    announce(this, text);
  }

  private openComposer(): void {
    if (this.ending) return;
    const blocked = this.view.offers.proposeBlocked;
    if (blocked) {
      this.refuse(notAllowed(blocked));
      return;
    }
    openOfferComposer(this);
  }

  private showOffers(v: TurnView): void {
    const o = v.offers;
    const other = t('screen.turn.other', { context: this.side });
    const offer = o.toAnswer?.text;
    const line = !o.toAnswer
      ? t('screen.turn.offer.none', { other })
      : o.toAnswer.answer
        ? t('screen.turn.offer.answered', { context: o.toAnswer.answer, offer })
        : t('screen.turn.offer.waiting', { offer });
    this.offerText.setText(line).setColor(css(o.toAnswer ? PALETTE.text : PALETTE.textMuted));
    if (o.toAnswer && o.toAnswer.id !== this.announcedOffer) {
      this.announcedOffer = o.toAnswer.id;
      announce(this, t('screen.turn.offer.waiting', { offer }));
    }
    const noOffer = o.toAnswer ? null : t('screen.turn.noOfferWaiting', { other });
    this.acceptButton.setDisabledReason(noOffer).setSelected(o.toAnswer?.answer === 'accept');
    this.declineButton.setDisabledReason(noOffer).setSelected(o.toAnswer?.answer === 'decline');
    this.proposeButton
      .setLabel(t('screen.turn.button.propose', o.proposing ? { context: 'change' } : undefined))
      .setDisabledReason(o.proposeBlocked);
    this.offerLines.setText(o.lines.join('\n'));
  }

  private updateHint(): void {
    const last = (K.cards[this.cards.length - 1] ?? '').toUpperCase();
    const n = this.cards.length;
    const cards = t('screen.turn.hint.cards', {
      context: n > 11 ? 'many' : n > 10 ? 'eleven' : 'few',
      last,
    });
    this.hintLine
      .setFontSize(TYPE_SIZE.tag)
      .setText(t('screen.turn.hint', { context: sound.enabled ? 'on' : 'off', cards }));
    fitToWidth(this.hintLine, HINT_WIDTH);
  }

  /** Draws the bars and flows as this side last saw them, for `refresh` to move them on from. */
  private startFromLastQuarter(): void {
    if (this.lastShown?.session !== this.session)
      this.lastShown = { session: this.session, side: new Map() };
    const last = this.lastShown.side.get(this.side);
    if (!last) return;
    last.indicators.forEach((ind, i) => {
      this.rows[i]?.showIndicator(ind);
    });
    this.chain.setFlows(last.supplyChain);
  }

  private refresh(): void {
    if (this.ending) return;
    if (this.session.sideToMove() !== this.side) return;
    const v = this.session.turnView(this.side);
    this.view = v;
    this.lastShown?.side.set(this.side, v);
    this.header.setText(
      t('screen.turn.header', {
        context: v.truce ? 'truce' : 'plain',
        side: v.sideLabel,
        quarter: v.quarter,
        turn: v.turnNumber,
        turns: v.turns,
        left: v.turnsLeft,
        truce: v.truce ?? '',
      }),
    );
    const pips = '●'.repeat(v.budget.left) + '○'.repeat(Math.max(0, v.budget.spent));
    const { left, total } = v.budget;
    this.budget.setText(t('screen.turn.budget', { pips, left, total }));
    v.indicators.forEach((ind, i) => {
      const row = this.rows[i];
      if (!row) return;
      row.showIndicator(ind);
    });
    this.ladder.setSteps(v.posture.steps);
    this.privateText.setText(v.privateLines.join('\n'));
    this.chain.setFlows(v.supplyChain);
    v.cards.forEach((c, i) => {
      this.cards[i]?.showCard({
        key: c.key,
        title: c.title,
        cost: c.cost,
        refusal: c.refusal,
        picked: c.pendingIndex >= 0,
        icon: c.move.type,
      });
    });

    this.pendingText.setText(pendingLines(v).join('\n'));
    this.showOffers(v);
    this.news.setLines(
      v.news.length === 0
        ? [{ text: t('screen.turn.news.none') }]
        : v.news.map((n) => ({
            text: t('screen.turn.news.line', { quarter: n.quarter, text: n.text }),
            icon: n.event ?? null,
          })),
    );
    this.status.setText(
      v.lastRefusal ? notAllowed(v.lastRefusal) : (this.session.saveNotice() ?? ''),
    );
    this.facilitatorText.setText(
      loadedSessionModule()?.queuedLine(this.session.queuedInjects()) ?? '',
    );
    this.updateHint();
    this.drawn();
  }

  private showPreview(index: number): void {
    const card = this.view.cards[index];
    if (!card) return;
    this.previewIndex = index;
    this.glossaryButton.setLabel(
      loadedSessionModule()?.glossaryButtonLabel(card.term.term) ??
        t('screen.turn.button.glossary'),
    );
    this.previewTitle.setText(
      t('screen.turn.preview.title', { title: card.title, cost: card.cost }),
    );
    this.previewSummary
      .setY(this.previewTitle.y + this.previewTitle.height + 2)
      .setText(card.summary);
    const lines: string[] = [];
    if (card.refusal) lines.push(t('screen.turn.preview.refused', { reason: card.refusal }));
    const p = this.session.preview(this.side, index);
    if (p) {
      lines.push(...p.lines.map((l) => `${l.label.padEnd(19)} ${l.text}`));
      lines.push(`${p.deaths.label.padEnd(19)} ${p.deaths.text}`, p.posture, p.note);
    }
    const top = this.previewSummary.y + this.previewSummary.height + 6;
    const bottom = TURN_GLOSSARY.y - 4;
    // The panel holds what fits, whole lines only: the model's note (last; the help says the same)
    // gives way first, to a reason or a long summary.
    const room = Math.max(1, Math.floor((bottom - top) / 17));
    while (lines.length > 1 && this.previewBody.getWrappedText(lines.join('\n')).length > room)
      lines.pop();
    this.previewBody.setY(top).setMaxLines(room).setText(lines.join('\n'));
    this.drawn();
  }

  private pick(index: number): void {
    if (this.ending) return;
    const card = this.view.cards[index];
    if (!card) return;
    if (card.refusal) {
      this.refuse(notAllowed(card.refusal));
      return;
    }
    sound.play(card.pendingIndex >= 0 ? 'unpick' : 'pick');
    this.session.pick(this.side, index);
    this.showPreview(index);
  }

  private onKey(e: KeyboardEvent): void {
    if (this.ending) return;
    const index = keyIndex(e, K.cards);
    if (index >= 0 && index < this.cards.length) {
      this.focusList?.focus(index);
      this.pick(index);
    } else if (pressed(e, K.accept)) this.answer('accept');
    else if (pressed(e, K.decline)) this.answer('decline');
    else if (pressed(e, K.offer)) this.openComposer();
    else if (pressed(e, K.endTurn)) this.endTurn(e.timeStamp, e.timeStamp);
    else if (pressed(e, K.help)) openHelp(this);
    else if (pressed(e, K.glossary)) this.openGlossary();
    else if (pressed(e, K.share)) openShare(this);
    else if (pressed(e, K.facilitator)) openFacilitator(this);
    else if (pressed(e, K.sound)) {
      sound.toggle();
      this.updateHint();
    }
  }

  /** The glossary, open on the entry of the card in focus (its what-if is on show). */
  private openGlossary(): void {
    if (this.ending) return;
    openGlossary(this, this.view.cards[this.previewIndex]?.term.id ?? null);
  }

  private armQuit(): void {
    if (this.time.now < this.quitArmedUntil) {
      this.session.quit();
      this.scene.start(SCENE.debrief);
      return;
    }
    this.quitArmedUntil = this.time.now + 3000;
    this.status.setText(t('screen.turn.quitArmed'));
  }

  private endTurn(_now: number, inputAt: number, timedOut = false): void {
    if (this.ending) return;
    this.ending = true;
    this.game.events.emit(TURN_ENDED, inputAt);
    sound.play('end');
    this.session.endTurn(this.side, timedOut);
    const solo = this.session.seat === 'us' || this.session.seat === 'china';
    if (solo && (this.session.phase() === 'report' || this.session.thinking)) {
      const thinking = t('screen.turn.otherThinking', { context: this.side });
      this.status.setColor(css(PALETTE.accent)).setText(thinking);
      for (const c of this.cards) c.setAlpha(0.5);
      this.drawn(THINKING_MS + 200);
      this.time.delayedCall(THINKING_MS, () => nextScreen(this, this.session));
    } else {
      nextScreen(this, this.session);
    }
  }
}

/** Why something cannot be done, as the status line says it. */
function notAllowed(reason: string): string {
  return t('screen.turn.notAllowed', { reason });
}

/** The moves picked, at most four lines: three and how many more. */
function pendingLines(v: TurnView): string[] {
  if (v.pending.length === 0) return [t('screen.turn.pending.none')];
  const picked = v.pending.map((p) =>
    t('screen.turn.pending.move', { title: p.title, cost: p.cost }),
  );
  if (picked.length <= 4) return picked;
  return [...picked.slice(0, 3), t('screen.turn.pending.more', { count: picked.length - 3 })];
}
