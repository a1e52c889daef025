import Phaser from 'phaser';
import type { GameSession, TurnTimer, TurnView } from '../app/index';
import { announce } from '../ui/announce';
import { Button } from '../ui/Button';
import { type Focusable, FocusList } from '../ui/FocusList';
import { IndicatorRow } from '../ui/IndicatorRow';
import { onKeyDown } from '../ui/keyboard';
import { DESIGN, OFFER_BUTTONS, TURN, TURN_GLOSSARY, TURN_PANELS, turnCard } from '../ui/layout';
import { MoveCard } from '../ui/MoveCard';
import { PostureLadder } from '../ui/PostureLadder';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { SupplyChain } from '../ui/SupplyChain';
import { sound } from '../ui/sound';
import { addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { openFacilitator } from './FacilitatorScene';
import { nextScreen } from './flow';
import { openGlossary } from './GlossaryScene';
import { openHelp } from './HelpScene';
import { SCENE, TURN_ENDED } from './keys';
import { loadedSessionModule } from './load';
import { openOfferComposer } from './OfferScene';
import { currentSession } from './registry';
import { openShare } from './ShareScene';
import { Screen } from './screen';

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

const label = (scene: Phaser.Scene, x: number, y: number, text: string) =>
  addText(scene, x, y, text.toUpperCase(), {
    fontFamily: FONT.mono,
    fontSize: `${TYPE_SIZE.tag - 1}px`,
    color: css(PALETTE.textMuted),
    letterSpacing: 1,
  });

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
  private newsText!: Phaser.GameObjects.Text;
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
    const end = new Button(this, TURN.endTurn.x, TURN.endTurn.y, {
      label: 'End turn',
      shortcut: '↵',
      primary: true,
      width: TURN.endTurn.w,
      height: TURN.endTurn.h,
      onActivate: () => this.endTurn(this.time.now, performance.now()),
    });
    this.buildOfferButtons();
    this.glossaryButton = new Button(this, TURN_GLOSSARY.x, TURN_GLOSSARY.y, {
      label: 'Glossary',
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
      end,
    ];
    this.focusList = new FocusList(this, focusables, {
      numberKeys: false,
      enterFree: true,
      onBack: () => this.armQuit(),
    });
    onKeyDown(this, (e: KeyboardEvent) => this.onKey(e));
    const unsubscribe = this.session.subscribe(() => this.refresh());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
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
    this.refresh();
    this.showPreview(0);
    kickRender(this);
  }

  /** The class timer: counts down on the page's clock and ends the turn when it runs out. */
  override update(time: number): void {
    const timer = this.timer;
    if (!timer?.active || this.ending) return;
    const view = timer.view(time);
    const label = view?.label ?? '';
    if (this.timerText.text !== label) {
      this.timerText.setText(label).setColor(css(view?.urgent ? PALETTE.caution : PALETTE.accent));
      kickRender(this);
    }
    const mark = view ? [...TIMER_MARKS].reverse().find((m) => view.secondsLeft <= m) : undefined;
    if (view && mark !== undefined && mark < this.announcedSeconds) {
      this.announcedSeconds = mark;
      if (view.secondsLeft === mark) announce(this, label);
    }
    if (timer.expire(time)) this.endTurn(time, performance.now(), true);
  }

  private buildFrame(): void {
    const g = this.add.graphics();
    g.lineStyle(1, PALETTE.rule, 1).lineBetween(16, 44.5, DESIGN.width - 16, 44.5);
    const { left, chain, right } = TURN;
    const { pending, offers, preview, news } = TURN_PANELS;
    const leftH = TURN.endTurn.y + TURN.endTurn.h - left.y + 4;
    this.region(g, 'indicators', { x: left.x - 4, y: left.y - 4, w: left.w + 8, h: leftH });
    this.region(g, 'supply chain', { x: chain.x, y: chain.y, w: chain.w, h: chain.h });
    this.region(g, 'moves picked', { x: right.x, y: pending.y, w: right.w, h: pending.h });
    this.region(g, 'offers', { x: right.x, y: offers.y, w: right.w, h: offers.h });
    this.region(g, 'what if', { x: right.x, y: preview.y, w: right.w, h: preview.h });
    // The news: the foot of the left column, down to its frame's lower edge.
    const newsBottom = left.y - 4 + leftH;
    this.region(
      g,
      'news',
      { x: left.x - 4, y: news.y - 6, w: left.w + 8, h: newsBottom - news.y + 6 },
      undefined,
      false,
    );
    const sideColour = this.side === 'us' ? PALETTE.unitedStates : PALETTE.china;
    g.fillStyle(sideColour, 1).fillRect(16, 12, 6, 22);
    this.header = addText(this, 30, 12, '', { fontSize: `${TYPE_SIZE.body}px`, fontStyle: 'bold' });
    this.budget = addText(this, DESIGN.width - 16, 12, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.label}px`,
      fontStyle: 'bold',
      color: css(PALETTE.accent),
    }).setOrigin(1, 0);

    label(this, left.x, left.y, 'Indicators · ▲▼ since last quarter');
    for (let i = 0; i < 9; i++) {
      const colour = INDICATOR_COLOURS[i] ?? PALETTE.accent;
      this.rows.push(
        new IndicatorRow(this, left.x, left.y + 20 + i * TURN.indicatorStep, left.w, colour),
      );
    }
    const ladderY = left.y + 20 + 9 * TURN.indicatorStep + 4;
    this.ladder = new PostureLadder(this, left.x, ladderY, left.w);
    label(this, left.x, ladderY + 62, 'Only you can see this');
    this.privateText = addText(this, left.x, ladderY + 78, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: left.w },
      lineSpacing: 1,
    }).setMaxLines(3);
    g.lineStyle(1, PALETTE.rule, 1).lineBetween(
      left.x,
      news.y - 6.5,
      left.x + left.w,
      news.y - 6.5,
    );
    label(this, left.x, news.y, 'News · newest first');
    this.newsText = addText(this, left.x, news.y + 16, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: left.w },
      lineSpacing: 1,
    }).setMaxLines(4);

    this.chain = new SupplyChain(this, chain.x + 12, chain.y + 10, chain.w - 24, chain.h - 20);

    label(this, right.x + 12, pending.y + 10, 'Your moves this turn');
    this.pendingText = addText(this, right.x + 12, pending.y + 26, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      wordWrap: { width: right.w - 24 },
      lineSpacing: 3,
    }).setMaxLines(4);
    label(this, right.x + 12, offers.y + 10, 'Offers · deals');
    this.offerText = addText(this, right.x + 12, offers.y + 26, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      wordWrap: { width: right.w - 24 },
      lineSpacing: 1,
    }).setMaxLines(3);
    this.offerLines = addText(this, right.x + 12, offers.y + 116, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: right.w - 24 },
      lineSpacing: 1,
    }).setMaxLines(5);
    label(this, right.x + 12, preview.y + 10, 'What if · from the model');
    this.previewTitle = addText(this, right.x + 12, preview.y + 28, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      fontStyle: 'bold',
      wordWrap: { width: right.w - 24 },
    }).setMaxLines(2);
    this.previewSummary = addText(this, right.x + 12, preview.y + 48, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: right.w - 24 },
      lineSpacing: 2,
    }).setMaxLines(3);
    this.previewBody = addText(this, right.x + 12, preview.y + 96, '', {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.text),
      wordWrap: { width: right.w - 24 },
      lineSpacing: 2,
    });

    this.status = addText(
      this,
      TURN.endTurn.x + TURN.endTurn.w + 16,
      TURN.endTurn.y + TURN.endTurn.h / 2,
      '',
      {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.caution),
        wordWrap: {
          width: TURN.chain.w - TURN.endTurn.w - 16 - (this.session.turnSeconds > 0 ? 150 : 0),
        },
      },
    ).setOrigin(0, 0.5);
    this.timerText = addText(
      this,
      TURN.chain.x + TURN.chain.w,
      TURN.endTurn.y + TURN.endTurn.h / 2,
      '',
      {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.subtitle}px`,
        fontStyle: 'bold',
        color: css(PALETTE.accent),
      },
    ).setOrigin(1, 0.5);
    this.facilitatorText = addText(this, TURN.endTurn.x, TURN.endTurn.y - 8, '', {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.accent),
    }).setOrigin(0, 1);
    this.hintLine = this.hint('');
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
    this.acceptButton = button(OFFER_BUTTONS.accept, 'Accept', 'A', () => this.answer('accept'));
    this.declineButton = button(OFFER_BUTTONS.decline, 'Decline', 'D', () =>
      this.answer('decline'),
    );
    this.proposeButton = button(OFFER_BUTTONS.propose, 'Make an offer…', 'O', () =>
      this.openComposer(),
    );
  }

  private answer(answer: 'accept' | 'decline'): void {
    if (this.ending) return;
    const before = this.view.offers.toAnswer?.answer ?? null;
    if (!this.session.answerOffer(this.side, answer)) {
      const other = this.side === 'us' ? 'China' : 'the US';
      this.refuse(`Not allowed: no offer from ${other} is waiting for your answer`);
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
      this.refuse(`Not allowed: ${blocked}`);
      return;
    }
    openOfferComposer(this);
  }

  private showOffers(v: TurnView): void {
    const o = v.offers;
    const other = this.side === 'us' ? 'China' : 'the US';
    const answerWord = { accept: 'you accept', decline: 'you decline' } as const;
    this.offerText
      .setText(
        o.toAnswer
          ? `${o.toAnswer.text}. ${o.toAnswer.answer ? `✓ ${capitalise(answerWord[o.toAnswer.answer])} (when you end the turn).` : 'Answer this quarter, or it lapses.'}`
          : `No offer from ${other} is waiting for your answer.`,
      )
      .setColor(css(o.toAnswer ? PALETTE.text : PALETTE.textMuted));
    if (o.toAnswer && o.toAnswer.id !== this.announcedOffer) {
      this.announcedOffer = o.toAnswer.id;
      announce(this, `${o.toAnswer.text}. Answer this quarter, or it lapses.`);
    }
    const noOffer = o.toAnswer ? null : `no offer from ${other} is waiting for your answer`;
    this.acceptButton.setDisabledReason(noOffer).setSelected(o.toAnswer?.answer === 'accept');
    this.declineButton.setDisabledReason(noOffer).setSelected(o.toAnswer?.answer === 'decline');
    this.proposeButton
      .setLabel(o.proposing ? 'Change your offer…' : 'Make an offer…')
      .setDisabledReason(o.proposeBlocked);
    this.offerLines.setText(o.lines.join('\n'));
  }

  private updateHint(): void {
    const last = (K.cards[this.cards.length - 1] ?? '').toUpperCase();
    const keys =
      this.cards.length > 11 ? `1–9 0 Q–${last}` : this.cards.length > 10 ? '1–9 0 Q' : `1–${last}`;
    this.hintLine.setText(
      `${keys} pick · Space pick · ←→ browse · A/D accept/decline · O offer · Enter end turn · G glossary · S share · F facilitator · ? help · M sound ${sound.enabled ? 'on' : 'off'} · Esc Esc end game`,
    );
  }

  private refresh(): void {
    if (this.ending) return;
    if (this.session.sideToMove() !== this.side) return;
    const v = this.session.turnView(this.side);
    this.view = v;
    const truce = v.truce ? ` · ${v.truce}` : '';
    this.header.setText(
      `${v.sideLabel} · ${v.quarter} · turn ${v.turnNumber} of ${v.turns} · ${v.turnsLeft} left${truce}`,
    );
    const pips = '●'.repeat(v.budget.left) + '○'.repeat(Math.max(0, v.budget.spent));
    this.budget.setText(`Political capital ${pips} ${v.budget.left} of ${v.budget.total} left`);
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

    const picked = v.pending.map((p) => `✓ ${p.title} · ${p.cost} PC`);
    this.pendingText.setText(
      v.pending.length === 0
        ? 'Nothing picked yet. Pick cards with their keys or a click; press a picked card again to take it back.'
        : picked.length > 4
          ? [...picked.slice(0, 3), `… and ${picked.length - 3} more`].join('\n')
          : picked.join('\n'),
    );
    this.showOffers(v);
    this.newsText.setText(
      v.news.length === 0
        ? 'Nothing yet: the news of each quarter appears here.'
        : v.news.map((n) => `${n.quarter}  ${n.text}`).join('\n'),
    );
    this.status.setText(
      v.lastRefusal ? `Not allowed: ${v.lastRefusal}` : (this.session.saveNotice() ?? ''),
    );
    this.facilitatorText.setText(
      loadedSessionModule()?.queuedLine(this.session.queuedInjects()) ?? '',
    );
    this.updateHint();
    kickRender(this);
  }

  private showPreview(index: number): void {
    const card = this.view.cards[index];
    if (!card) return;
    this.previewIndex = index;
    this.glossaryButton.setLabel(
      loadedSessionModule()?.glossaryButtonLabel(card.term.term) ?? 'Glossary',
    );
    this.previewTitle.setText(`${card.title} · ${card.cost} PC`);
    this.previewSummary
      .setY(this.previewTitle.y + this.previewTitle.height + 2)
      .setText(card.summary);
    const lines: string[] = [];
    if (card.refusal) lines.push(`✗ Cannot play now: ${card.refusal}`);
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
    kickRender(this);
  }

  private pick(index: number): void {
    if (this.ending) return;
    const card = this.view.cards[index];
    if (!card) return;
    if (card.refusal) {
      this.refuse(`Not allowed: ${card.refusal}`);
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
    this.status.setText('Press Esc again to end the game now and see the debrief.');
  }

  private endTurn(_now: number, inputAt: number, timedOut = false): void {
    if (this.ending) return;
    this.ending = true;
    this.game.events.emit(TURN_ENDED, inputAt);
    sound.play('end');
    this.session.endTurn(this.side, timedOut);
    const solo = this.session.seat === 'us' || this.session.seat === 'china';
    if (solo && (this.session.phase() === 'report' || this.session.thinking)) {
      const other = this.side === 'us' ? 'China' : 'The United States';
      this.status.setColor(css(PALETTE.accent)).setText(`${other} is thinking…`);
      for (const c of this.cards) c.setAlpha(0.5);
      kickRender(this, THINKING_MS + 200);
      this.time.delayedCall(THINKING_MS, () => nextScreen(this, this.session));
    } else {
      nextScreen(this, this.session);
    }
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
