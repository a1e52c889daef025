import type { ObserverView, SeatClock, SeatView } from '../../online/index';
import type { SeatClient } from '../../online/seat';
import { Button } from '../../ui/Button';
import { DomField } from '../../ui/DomField';
import type { Focusable } from '../../ui/FocusList';
import { IndicatorRow } from '../../ui/IndicatorRow';
import { restartScene } from '../../ui/keyboard';
import { BACK_BUTTON, GAP, MARGIN } from '../../ui/layout';
import { MoveCard } from '../../ui/MoveCard';
import { css, PALETTE } from '../../ui/palette';
import { ScreenHeader } from '../../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../../ui/typography';
import type { CardView } from '../../view/cards';
import { KEYS, keyIndex, pressed } from '../../view/keys';
import { sentComposerView } from '../../view/offerText';
import { language, liveWords, t } from '../../words';
import { SCENE } from '../keys';
import { loadSessionModule } from '../load';
import { type OfferSource, openOfferComposer } from '../OfferScene';
import { Screen } from '../screen';
import { type KeptSeat, keepSeat, seatToken } from './keep';
import { online } from './module';
import { roomsOf } from './rooms';

/** What the seat screen is opened with: the seat's connection and where it sits. */
export interface SeatData {
  client: SeatClient;
  classId: string;
  at: KeptSeat;
}

type Answer = 'acceptOffer' | 'declineOffer';
type View = (SeatView | ObserverView) & { clock?: { us: SeatClock; china: SeatClock } };

const L = {
  indicators: { x: MARGIN, y: 72, w: 232, step: 40 },
  cards: { x: 300, y: 72, cols: 4, w: 160, h: 84, gap: 8 },
  under: { x: 300, y: 448, w: 664 },
  endTurn: { x: 300, y: 600, w: 240, h: 48 },
  right: { x: 992, w: 240 },
} as const;

const SIDE = liveWords(['us', 'china'] as const, (side) => t(`country.${side}`));

/**
 * One seat of an online group, played from the view the server sends it: the indicators, the
 * hand (a pick sends `move.add`, a second press takes it back), the other side's offer to answer,
 * End turn, whose turn it is (paused, the clock), the last quarter, and the messages between the
 * teams. An observer sees what both teams see in public. When the game is over its replay code
 * opens the debrief in the replay viewer. The screen is built again when the hand changes (a new
 * quarter) and otherwise updated where it stands.
 */
export class SeatScene extends Screen {
  private seat!: SeatData;
  private shape = '';
  private unwatch: (() => void) | null = null;
  private refresh: () => void = () => {};
  /** The connection dropped and the seat is joining again. */
  private lost = false;

  constructor() {
    super(SCENE.seat);
  }

  private get view(): View | null {
    return this.seat.client.view as View | null;
  }

  create(data: SeatData): void {
    this.seat = data;
    this.lost = false;
    const view = this.view;
    if (!view) return;
    this.shape = shapeOf(view);
    this.header(view);
    const items: Focusable[] = [];
    this.indicators(view);
    // Once the game is over the hand is not shown: nothing can be played.
    const cards = view.side && !view.over ? this.hand(view as SeatView, items) : [];
    const under = this.underHand(view, items);
    const right = this.rightColumn(view, items);
    const back = new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: t('screen.online.back'),
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.leave(),
    });
    items.push(back);
    const list = this.focus(items, { numberKeys: false, enterFree: true });
    this.refresh = () => {
      const v = this.view;
      if (!v) return;
      if (shapeOf(v) !== this.shape) {
        restartScene(this, this.seat);
        return;
      }
      for (const card of cards) card();
      under();
      right();
      this.drawn();
    };
    this.refresh();
    this.keys((e) => {
      if (list.suspended) return;
      const v = this.view;
      if (v?.over && pressed(e, KEYS.seat.endTurn)) this.debrief();
      if (!v?.side || v.over) return;
      const i = keyIndex(e, KEYS.seat.cards);
      if (i >= 0) this.pick(i);
      else if (pressed(e, KEYS.seat.endTurn)) this.endTurn();
      else if (pressed(e, KEYS.seat.accept)) this.answer('acceptOffer');
      else if (pressed(e, KEYS.seat.decline)) this.answer('declineOffer');
      else if (pressed(e, KEYS.seat.offer)) this.compose();
    });
    // Drawn again in another language (the page's switch): the server sends the views in it.
    data.client.speak(language());
    this.unwatch = data.client.watch((type) => {
      if (type === 'lost') {
        this.lost = true;
        this.refresh();
        this.reconnect();
      }
      // Under the composer the screen waits: it is brought up to date when the composer closes.
      else if (!this.scene.isPaused()) this.refresh();
    });
    this.events.on('resume', () => this.refresh());
    const tick = this.time.addEvent({ delay: 500, loop: true, callback: () => this.refresh() });
    this.events.once('shutdown', () => {
      this.unwatch?.();
      tick.remove();
    });
    this.hint(
      t(
        view.over
          ? 'screen.online.seat.overHint'
          : view.side
            ? 'screen.online.seat.hint'
            : 'screen.online.seat.observerHint',
      ),
    );
  }

  /** The group and seat, and the scenario (in the language shown, once it is looked up) and quarter. */
  private header(view: View): void {
    const seatLabel = view.side ? SIDE[view.side] : t('screen.online.seat.observer');
    const quarter = t('screen.online.seat.quarter', {
      quarter: Math.min(view.quarter, view.turns),
      turns: view.turns,
    });
    const header = new ScreenHeader(
      this,
      t('screen.online.seat.header', { group: view.group, side: seatLabel }),
      quarter,
    );
    // Drawn again meanwhile (a new quarter, the language switched): this header is gone.
    this.whileShown(scenarioTitle(view.scenario), (title) => {
      if (!title) return;
      header.setRight(t('screen.online.seat.scenario', { scenario: title, quarter }));
      this.drawn();
    });
  }

  private indicators(view: View): void {
    const list = view.side ? (view as SeatView).turn.indicators : (view as ObserverView).indicators;
    const { x, y, w, step } = L.indicators;
    list.forEach((ind, i) => {
      new IndicatorRow(this, x, y + i * step, w, PALETTE.accent).showIndicator(ind);
    });
    const posture = view.side
      ? (view as SeatView).turn.posture.label
      : (view as ObserverView).posture;
    addText(this, x, y + list.length * step + GAP, t('screen.online.seat.posture', { posture }), {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: w },
    });
  }

  /** The hand's cards; each returns the function that shows it as the view now has it. */
  private hand(view: SeatView, items: Focusable[]): (() => void)[] {
    const { x, y, cols, w, h, gap } = L.cards;
    return view.turn.cards.map((c, i) => {
      const card = new MoveCard(
        this,
        x + (i % cols) * (w + gap),
        y + Math.floor(i / cols) * (h + gap),
        w,
        h,
        () => this.pick(i),
      );
      items.push(card);
      return () => {
        const now = this.card(i) ?? c;
        card.showCard({
          key: now.key,
          title: now.title,
          cost: now.cost,
          refusal: now.refusal,
          picked: now.pendingIndex >= 0,
        });
      };
    });
  }

  private card(i: number): CardView | undefined {
    const v = this.view;
    return v?.side ? (v as SeatView).turn.cards[i] : undefined;
  }

  /** Below the hand: the budget, what is picked, whose turn it is, End turn or the debrief. */
  private underHand(view: View, items: Focusable[]): () => void {
    const { x, y, w } = L.under;
    const budget = addText(this, x, y, '', { fontSize: `${TYPE_SIZE.small}px` });
    const picked = addText(this, x, y + 26, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: w },
    }).setMaxLines(3);
    const state = addText(this, x, y + 96, '', {
      fontSize: `${TYPE_SIZE.body}px`,
      fontStyle: 'bold',
      wordWrap: { width: w },
    }).setMaxLines(2);
    const refusal = addText(this, L.endTurn.x + L.endTurn.w + GAP * 3, L.endTurn.y + 4, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: w - L.endTurn.w - GAP * 3 },
    }).setMaxLines(3);
    const action = view.over
      ? new Button(this, L.endTurn.x, L.endTurn.y, {
          label: t('screen.online.seat.debrief'),
          width: L.endTurn.w,
          height: L.endTurn.h,
          primary: true,
          onActivate: () => this.debrief(),
        })
      : view.side
        ? new Button(this, L.endTurn.x, L.endTurn.y, {
            label: t('screen.online.seat.endTurn'),
            shortcut: '↵',
            width: L.endTurn.w,
            height: L.endTurn.h,
            primary: true,
            onActivate: () => this.endTurn(),
          })
        : null;
    if (action && view.over) items.unshift(action);
    else if (action) items.push(action);
    let errors = this.seat.client.errors.length;
    return () => {
      const v = this.view;
      if (!v) return;
      if (v.side && !v.over) {
        const turn = (v as SeatView).turn;
        budget.setText(
          t('screen.online.seat.budget', { left: turn.budget.left, total: turn.budget.total }),
        );
        picked.setText(
          turn.pending.length
            ? t('screen.online.seat.picked', {
                moves: turn.pending.map((p) => p.title).join(' · '),
              })
            : t('screen.online.seat.nothingPicked'),
        );
      }
      state.setText(
        this.lost ? t('screen.online.seat.lost') : stateLine(v, this.seat.client.clockOffset),
      );
      const mine = !this.lost && v.side !== null && !v.over && !v.paused && !v.ended[v.side];
      if (action && !v.over) action.setDisabledReason(mine ? null : state.text);
      const all = this.seat.client.errors;
      if (all.length > errors) refusal.setText(all.at(-1) ?? '');
      errors = all.length;
    };
  }

  /** The right column: the last quarter, the offer to answer, the messages and a line to send. */
  /** A short message to the other team: the field and its Send button. */
  private sayField(x: number, w: number): Focusable[] {
    const field = new DomField(
      this,
      { x, y: 612, w: w - 80 - GAP, h: 36 },
      {
        label: t('screen.online.seat.say'),
        placeholder: t('screen.online.seat.say'),
        onSubmit: () => send(),
      },
    );
    const sendButton = new Button(this, x + w - 80, 612, {
      label: t('screen.online.seat.send'),
      width: 80,
      height: 36,
      labelSize: TYPE_SIZE.small,
      onActivate: () => send(),
    });
    const send = () => {
      const text = field.value.trim();
      if (!text) return;
      this.seat.client.send('say', { text: text.slice(0, 280) });
      field.setValue('');
    };
    return [field, sendButton];
  }

  private rightColumn(view: View, items: Focusable[]): () => void {
    const { x, w } = L.right;
    this.caption(x, 64, t('screen.online.seat.news'));
    const news = addText(this, x, 84, '', {
      fontSize: `${TYPE_SIZE.tag + 1}px`,
      wordWrap: { width: w },
      lineSpacing: 2,
    }).setMaxLines(7);
    const offers = view.side ? this.offers(view as SeatView, items) : null;
    const messagesY = offers?.bottom ?? 214;
    this.caption(x, messagesY, t('screen.online.seat.messages'));
    const said = addText(this, x, messagesY + 20, '', {
      fontSize: `${TYPE_SIZE.tag + 1}px`,
      wordWrap: { width: w },
      lineSpacing: 2,
    }).setMaxLines(Math.max(2, Math.floor((600 - messagesY - 20) / 18)));
    if (view.side) items.push(...this.sayField(x, w));
    return () => {
      const v = this.view;
      if (!v) return;
      const feed = v.side ? (v as SeatView).turn.news : (v as ObserverView).news;
      const latest = feed[0]?.quarter;
      const lines = feed.filter((n) => n.quarter === latest).map((n) => `· ${n.text}`);
      news.setText(lines.length ? lines.join('\n') : t('screen.online.seat.noNews'));
      said.setText(
        v.said.length
          ? v.said
              .slice(-8)
              .map((m) => `${SIDE[m.side]}: ${m.text}`)
              .join('\n')
          : t('screen.online.seat.noMessages'),
      );
      offers?.refresh();
    };
  }

  /**
   * The offers: the other side's offer to answer (Accept, Decline), this side's own offer, the one
   * composed this turn and the deals under way, and the button that opens the composer.
   */
  private offers(view: SeatView, items: Focusable[]): { bottom: number; refresh: () => void } {
    const { x, w } = L.right;
    let y = 214;
    this.caption(x, y, t('screen.online.seat.offers'));
    y += 20;
    const offer = view.turn.offers.toAnswer;
    const answers: Button[] = [];
    if (offer) {
      addText(this, x, y, offer.text, {
        fontSize: `${TYPE_SIZE.tag + 1}px`,
        wordWrap: { width: w },
      }).setMaxLines(4);
      const bw = (w - GAP) / 2;
      const button = (label: string, key: string, at: number, type: Answer) =>
        new Button(this, at, y + 76, {
          label,
          shortcut: key,
          width: bw,
          height: 32,
          labelSize: TYPE_SIZE.small,
          onActivate: () => this.answer(type),
        });
      answers.push(
        button(t('screen.online.seat.accept'), 'A', x, 'acceptOffer'),
        button(t('screen.online.seat.decline'), 'D', x + bw + GAP, 'declineOffer'),
      );
      items.push(...answers);
      y += 118;
    }
    const lines = addText(this, x, y, '', {
      fontSize: `${TYPE_SIZE.tag + 1}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: w },
      lineSpacing: 2,
    }).setMaxLines(offer ? 3 : 5);
    y += offer ? 60 : 96;
    const compose = new Button(this, x, y, {
      label: t('screen.online.seat.compose'),
      shortcut: 'O',
      width: w,
      height: 32,
      labelSize: TYPE_SIZE.small,
      onActivate: () => this.compose(),
    });
    items.push(compose);
    return {
      bottom: y + 44,
      refresh: () => {
        const v = this.view as SeatView | null;
        if (!v?.side) return;
        lines.setText(v.turn.offers.lines.join('\n'));
        const answer = v.turn.offers.toAnswer?.answer ?? null;
        answers[0]?.setSelected(answer === 'accept');
        answers[1]?.setSelected(answer === 'decline');
        compose.setDisabledReason(this.composeBlocked(v));
      },
    };
  }

  /** Why this seat cannot compose an offer now (not its turn, an offer of its own open), or null. */
  private composeBlocked(v: SeatView): string | null {
    const mine = !v.over && !v.paused && !v.ended[v.side];
    return mine ? v.turn.offers.proposeBlocked : stateLine(v, this.seat.client.clockOffset);
  }

  /** Opens the game's offer composer over the seat; what it confirms goes to the server. */
  private compose(): void {
    const v = this.view;
    if (!v?.side || this.composeBlocked(v as SeatView)) return;
    openOfferComposer(this, this.offerSource(v as SeatView));
  }

  /** The composer's source for this seat: the terms the server sent, and the moves it sends back. */
  private offerSource(v: SeatView): OfferSource {
    const sent = v.composer;
    const side = v.side;
    const client = this.seat.client;
    const withdraw = () => {
      if (sent.proposal !== null) client.send('move.remove', { index: sent.proposal });
    };
    return {
      side,
      draft: sent.draft,
      hadProposal: sent.proposal !== null,
      composer: (draft) => sentComposerView(sent, side, draft),
      propose: (draft) => {
        const composed = sentComposerView(sent, side, draft);
        if (composed.refusal) return false;
        withdraw();
        client.send('move.add', { move: composed.move });
        return true;
      },
      withdraw,
    };
  }

  private pick(i: number): void {
    const card = this.card(i);
    if (!card) return;
    if (card.pendingIndex >= 0) this.seat.client.send('move.remove', { index: card.pendingIndex });
    else this.seat.client.send('move.add', { move: card.move });
  }

  private answer(type: Answer): void {
    const v = this.view;
    if (!v?.side) return;
    const turn = (v as SeatView).turn;
    const offer = turn.offers.toAnswer;
    if (!offer || offer.answer !== null) return;
    this.seat.client.send('move.add', { move: { type } });
  }

  private endTurn(): void {
    this.seat.client.send('turn.end');
  }

  private debrief(): void {
    const code = this.view?.code;
    if (code) online().openReplay(this, code);
  }

  private leave(): void {
    void this.seat.client.leave().catch(() => {});
    this.scene.start(SCENE.title);
  }

  /** The connection dropped: join again with the seat's token until it answers. */
  private reconnect(): void {
    const { classId, at } = this.seat;
    const again = () => {
      if (!this.sys.isActive()) return;
      const { m } = online();
      void (async () => {
        const rooms = await roomsOf(m);
        if (!rooms) throw new Error('no rooms');
        const token = seatToken(classId, at) ?? undefined;
        const client = await m.SeatClient.join(rooms.ws, {
          classId,
          group: at.group,
          seat: at.seat,
          lang: language(),
          ...(token ? { token } : {}),
        });
        await client.until((c) => c.view !== null, 10_000);
        keepSeat(classId, at, client.token);
        if (this.sys.isActive()) restartScene(this, { ...this.seat, client });
      })().catch(() => this.time.delayedCall(2000, again));
    };
    again();
  }
}

const titles = new Map<string, string>();

/** The scenario's title in the language shown, from the game's own module (loaded once). */
async function scenarioTitle(id: string): Promise<string | null> {
  const key = `${language()}:${id}`;
  const kept = titles.get(key);
  if (kept) return kept;
  const app = await loadSessionModule().catch(() => null);
  const title = app?.setupOptions().scenarios.find((s) => s.id === id)?.title ?? null;
  if (title) titles.set(key, title);
  return title;
}

/** What makes the screen be built again: the quarter, the end, the hand, an offer to answer. */
function shapeOf(v: View): string {
  const turn = v.side ? (v as SeatView).turn : null;
  return [
    v.quarter,
    v.over,
    turn?.cards.map((c) => c.title).join('|') ?? '',
    turn?.offers.toAnswer?.id ?? '',
  ].join('/');
}

/** Whose turn it is, in one line: over, paused, the seat's own turn and clock, or whom it waits for. */
function stateLine(v: View, offset: number): string {
  if (v.over) return t('screen.online.seat.over');
  if (v.paused) return t('screen.online.seat.paused');
  const clock = (side: 'us' | 'china') => {
    const c = v.clock?.[side];
    if (!c?.deadline) return '';
    const left = Math.max(0, Math.ceil((c.deadline - (Date.now() + offset)) / 1000));
    return ` ${t('screen.online.seat.clock', { seconds: left })}`;
  };
  const waiting = (['us', 'china'] as const).filter((s) => !v.ended[s]);
  if (v.side && waiting.includes(v.side))
    return `${t('screen.online.seat.yourTurn')}${clock(v.side)}`;
  if (waiting.length === 2) return t('screen.online.seat.waitingBoth');
  const other = waiting[0];
  if (!other) return '';
  if (v.holders[other] !== 'person') return t('screen.online.seat.computer', { side: SIDE[other] });
  return `${t('screen.online.seat.waiting', { side: SIDE[other] })}${clock(other)}`;
}
