import { aiMoves } from '../core/ai/planner';
import { encodeReplayCode } from '../core/code';
import { refusalReason } from '../core/moves';
import { makeReplay } from '../core/replay';
import { builtInScenario } from '../core/scenarios';
import { deaths12m, type GameState } from '../core/state';
import type { TurnRecord } from '../core/turn';
import {
  type BySide,
  type Move,
  type Policy,
  SIDES,
  type Side,
  type WorldEvent,
} from '../core/vocabulary';
import {
  type GameActor,
  type GameSnapshot,
  gameScores,
  phase,
  send,
  startActor,
} from '../machine/driver';
import type { GameEvent } from '../machine/game';
import { sentComposer } from '../view/offers';
import type { SentComposer } from '../view/offerText';
import { inWordsOf, type Language } from '../view/speaking';
import {
  indicatorViews,
  type NewsItem,
  newsFeed,
  postureView,
  type TurnView,
  turnView,
} from '../view/turn';
import type { ClassSettingsInput, Holder } from './protocol';

/**
 * One entry of a group's log. The log, with the class's settings, is the whole game: entries are
 * stored before they are applied, and a restarted server applies them again in order. `pause` is
 * the teacher's class-wide pause (no seat acts while it lasts); `quit` ends the game where it is
 * (the teacher ends the class). `auto` holds
 * the moves the computer chose, as the statechart's `turn.auto` does: they replace the side's
 * pending moves and end its turn.
 */
export type Entry =
  | { k: 'add'; side: Side; move: Move }
  | { k: 'remove'; side: Side; index: number }
  | { k: 'end'; side: Side; timeout?: true }
  | { k: 'auto'; side: Side; moves: Move[] }
  | { k: 'inject'; event: WorldEvent }
  | { k: 'seat'; side: Side; holder: Holder }
  | { k: 'say'; side: Side; text: string }
  | { k: 'pause'; paused: boolean }
  | { k: 'quit' };

/** A line the two teams sent each other, kept in the log and shown to both and to observers. */
export interface Said {
  side: Side;
  quarter: number;
  text: string;
}

/** What a seat receives: its own side's screen, never the other side's pending moves or secrets. */
export interface SeatView {
  type: 'view';
  group: string;
  /** The scenario's id: the seat names it in its own language. */
  scenario: string;
  side: Side;
  quarter: number;
  turns: number;
  over: boolean;
  /** The teacher has paused the class: no seat can act until it resumes. */
  paused: boolean;
  ended: BySide<boolean>;
  holders: BySide<Holder>;
  turn: TurnView;
  /** The last quarter as both sides saw it in public; refusals only this side's own. */
  report: TurnRecord | null;
  /** The last messages between the teams (all are kept in the log). */
  said: Said[];
  /** The ordinary replay code: only once the game is over (it carries the seed). */
  code: string | null;
  /** The offer composer's terms, each in words and checked by the core, and the offer composed. */
  composer: SentComposer;
}

/** What an observer receives: what both teams see in public. */
export interface ObserverView {
  type: 'view';
  group: string;
  scenario: string;
  side: null;
  quarter: number;
  turns: number;
  over: boolean;
  paused: boolean;
  ended: BySide<boolean>;
  holders: BySide<Holder>;
  indicators: TurnView['indicators'];
  posture: string;
  news: NewsItem[];
  said: Said[];
  code: string | null;
}

/** A seat's turn clock as seats see it: when it runs out (server time, ms), or what is left while paused. */
export interface SeatClock {
  deadline: number | null;
  leftMs: number | null;
}

/** A group's line on the teacher's dashboard. */
export interface GroupStatus {
  group: string;
  quarter: number;
  turns: number;
  over: boolean;
  paused: boolean;
  posture: string;
  deaths12m: number;
  usScore: number | null;
  chinaScore: number | null;
  holders: BySide<Holder>;
  /** The sides the group is waiting for this quarter. */
  waitingFor: Side[];
  code: string | null;
  /** Whether a person has taken each side's seat (holds its token); set by the hub. */
  seated?: BySide<boolean>;
  /** Each seat's turn clock; set by the hub. */
  clocks?: BySide<SeatClock>;
}

const empty = (): BySide<Move[]> => ({ us: [], china: [] });

/** Messages each side may send the other in a quarter; the views show the last SAID_SHOWN. */
export const SAY_PER_QUARTER = 10;
export const SAID_SHOWN = 30;

/**
 * A group's game, held by the server: the statechart's actor with both sides seated as people,
 * each side's pending moves checked with the core as they arrive, and the quarter resolved through
 * the statechart when both sides have ended their turn (US moves first, as the statechart takes
 * them). Pure apart from the actor: no clock, no storage, no network.
 */
export class GroupGame {
  readonly actor: GameActor;
  readonly holders: BySide<Holder>;
  readonly pending: BySide<Move[]> = empty();
  readonly ended: BySide<boolean> = { us: false, china: false };
  readonly said: Said[] = [];
  paused = false;
  /** Entries applied so far: the next entry's sequence number in the store. */
  applied = 0;
  /**
   * For each side, a count that moves whenever what its turn screen shows can have changed: its
   * own pending moves, a quarter resolved, an event set, the game ended. The other side picking
   * a move does not move it, so that side's screen is not built again.
   */
  private readonly turnKey: BySide<number> = { us: 0, china: 0 };
  /** Each seat's view in each language a client of it reads, by `side|language`. */
  private readonly seatCache = new Map<
    string,
    { applied: number; turnKey: number; state: string; view: SeatView }
  >();
  /** The observers' view in each language one of them reads. */
  private readonly observerCache = new Map<Language, { applied: number; view: ObserverView }>();
  /** The dashboard's line in each language a teacher of the class reads. */
  private readonly statusCache = new Map<Language, { applied: number; status: GroupStatus }>();

  constructor(
    readonly name: string,
    readonly settings: ClassSettingsInput,
    holders: BySide<Holder>,
  ) {
    const scenario = builtInScenario(settings.scenario);
    if (!scenario) throw new Error(`unknown scenario '${settings.scenario}'`);
    this.holders = { ...holders };
    this.actor = startActor({
      scenario,
      seed: settings.seed,
      turns: settings.turns,
      controllers: { us: 'human', china: 'human' },
      policies: { us: 'passive', china: 'passive' },
      ...(settings.crises ? { crises: settings.crises } : {}),
    });
  }

  get snapshot(): GameSnapshot {
    return this.actor.getSnapshot();
  }

  get game(): GameState {
    return this.snapshot.context.game;
  }

  get over(): boolean {
    return phase(this.snapshot) === 'debrief';
  }

  /** Why `entry` cannot be applied now, in words; null when it can. Nothing changes. */
  refusal(entry: Entry): string | null {
    if (this.over) return 'the game is over';
    switch (entry.k) {
      case 'add':
      case 'remove':
      case 'end':
      case 'auto': {
        if (this.paused) return 'the game is paused: wait for the teacher to resume it';
        if (this.ended[entry.side])
          return 'you have ended your turn this quarter: wait for the other side';
        if (entry.k === 'add') {
          const ctx = this.snapshot.context;
          return refusalReason(
            ctx.game,
            entry.side,
            this.pending[entry.side],
            entry.move,
            ctx.scenario.moves[entry.side],
          );
        }
        if (entry.k === 'remove' && entry.index >= this.pending[entry.side].length)
          return `move.remove: index: there is no pending move ${entry.index} (you have ${this.pending[entry.side].length})`;
        return null;
      }
      case 'inject':
      case 'seat':
        return null;
      case 'say': {
        const quarter = this.game.turn + 1;
        const sent = this.said.filter((x) => x.side === entry.side && x.quarter === quarter).length;
        return sent >= SAY_PER_QUARTER
          ? `at most ${SAY_PER_QUARTER} messages a quarter from each side`
          : null;
      }
      case 'quit':
        return null;
      case 'pause':
        return entry.paused === this.paused
          ? `the game is ${this.paused ? 'already paused' : 'not paused'}`
          : null;
    }
  }

  /** Applies an entry that `refusal` accepted; resolves the quarter when both sides have ended. */
  apply(entry: Entry): void {
    this.applied += 1;
    switch (entry.k) {
      case 'add':
        this.pending[entry.side].push(entry.move);
        this.turnKey[entry.side] += 1;
        return;
      case 'remove':
        this.pending[entry.side].splice(entry.index, 1);
        this.turnKey[entry.side] += 1;
        return;
      case 'auto':
        this.pending[entry.side] = [...entry.moves];
        this.turnKey[entry.side] += 1;
        this.end(entry.side);
        return;
      case 'end':
        this.end(entry.side);
        return;
      case 'inject':
        send(this.actor, { type: 'facilitator.inject', event: entry.event });
        this.bothTurns();
        return;
      case 'seat':
        this.holders[entry.side] = entry.holder;
        return;
      case 'say':
        this.said.push({ side: entry.side, quarter: this.game.turn + 1, text: entry.text });
        return;
      case 'pause':
        this.paused = entry.paused;
        return;
      case 'quit':
        send(this.actor, { type: 'game.quit' });
        this.bothTurns();
        return;
    }
  }

  private bothTurns(): void {
    for (const side of SIDES) this.turnKey[side] += 1;
  }

  private end(side: Side): void {
    this.ended[side] = true;
    if (this.ended.us && this.ended.china) this.resolve();
  }

  private resolve(): void {
    for (const side of SIDES) {
      for (const move of this.pending[side])
        send(this.actor, { type: `${side}.move.add`, move } as GameEvent);
      send(this.actor, { type: `${side}.turn.end` } as GameEvent);
    }
    send(this.actor, { type: 'report.next' });
    for (const side of SIDES) {
      this.pending[side] = [];
      this.ended[side] = false;
    }
    this.bothTurns();
  }

  /** The computer's turns due now: for each side it holds that has not ended, its moves. */
  computerTurns(): Entry[] {
    if (this.over || this.paused) return [];
    const ctx = this.snapshot.context;
    return SIDES.filter((side) => this.holders[side] !== 'person' && !this.ended[side]).map(
      (side) => ({
        k: 'auto' as const,
        side,
        moves: aiMoves(ctx.game, side, this.holders[side] as Policy, ctx.scenario, ctx.played),
      }),
    );
  }

  /** The moves `policy` would play for `side` now: a seat's "play my turn for me". */
  policyMoves(side: Side, policy: Policy): Move[] {
    const ctx = this.snapshot.context;
    return aiMoves(ctx.game, side, policy, ctx.scenario, ctx.played);
  }

  /** The replay code of what has been played so far (the seed inside: for the end, and teachers). */
  code(): string {
    const ctx = this.snapshot.context;
    return encodeReplayCode(makeReplay(ctx.scenario, ctx.game.seed, ctx.played));
  }

  /**
   * The view `side`'s seat is sent. The same object while nothing has been applied since; its
   * turn screen, composer and last quarter are built again only when `turnKey` says they changed.
   */
  seatView(side: Side, lng: Language = 'en'): SeatView {
    const slot = `${side}|${lng}`;
    const kept = this.seatCache.get(slot);
    if (kept?.applied === this.applied) return kept.view;
    const key = this.turnKey[side];
    const state = this.seatState();
    const text = JSON.stringify(state);
    // The other side picking a move changes nothing here: the same object, so it is not encoded.
    const view =
      kept?.turnKey !== key
        ? inWordsOf(lng, () => this.buildSeatView(side))
        : kept.state === text
          ? kept.view
          : { ...kept.view, ...state };
    this.seatCache.set(slot, { applied: this.applied, turnKey: key, state: text, view });
    return view;
  }

  /** What a seat's view holds of the group as a whole: cheap to read, changed by any entry. */
  private seatState() {
    return {
      quarter: this.game.turn + 1,
      turns: this.game.turns,
      over: this.over,
      paused: this.paused,
      ended: { ...this.ended },
      holders: { ...this.holders },
      said: this.said.slice(-SAID_SHOWN),
      code: this.over ? this.code() : null,
    };
  }

  private buildSeatView(side: Side): SeatView {
    const snapshot = this.snapshot;
    const own = empty();
    own[side] = this.pending[side];
    const mine = { ...snapshot, context: { ...snapshot.context, pending: own, lastRefusal: null } };
    const last = snapshot.context.history.at(-1) ?? null;
    return {
      type: 'view',
      group: this.name,
      scenario: this.settings.scenario,
      side,
      quarter: this.game.turn + 1,
      turns: this.game.turns,
      over: this.over,
      paused: this.paused,
      ended: { ...this.ended },
      holders: { ...this.holders },
      turn: turnView(mine as GameSnapshot, side),
      report: last && { ...last, refused: last.refused.filter((r) => r.side === side) },
      said: this.said.slice(-SAID_SHOWN),
      code: this.over ? this.code() : null,
      composer: sentComposer(
        snapshot.context.game,
        side,
        this.pending[side],
        snapshot.context.scenario.moves,
      ),
    };
  }

  observerView(lng: Language = 'en'): ObserverView {
    const kept = this.observerCache.get(lng);
    if (kept?.applied === this.applied) return kept.view;
    const view = inWordsOf(lng, () => this.buildObserverView());
    this.observerCache.set(lng, { applied: this.applied, view });
    return view;
  }

  private buildObserverView(): ObserverView {
    const snapshot = this.snapshot;
    return {
      type: 'view',
      group: this.name,
      scenario: this.settings.scenario,
      side: null,
      quarter: this.game.turn + 1,
      turns: this.game.turns,
      over: this.over,
      paused: this.paused,
      ended: { ...this.ended },
      holders: { ...this.holders },
      indicators: indicatorViews(this.game, snapshot.context.history),
      posture: postureView(snapshot).label,
      news: newsFeed(snapshot.context.history),
      said: this.said.slice(-SAID_SHOWN),
      code: this.over ? this.code() : null,
    };
  }

  /** The group's line on the dashboard, in `lng`; built again only after an entry was applied. */
  status(lng: Language = 'en'): GroupStatus {
    const kept = this.statusCache.get(lng);
    if (kept?.applied === this.applied) return kept.status;
    const status = inWordsOf(lng, () => this.buildStatus());
    this.statusCache.set(lng, { applied: this.applied, status });
    return status;
  }

  private buildStatus(): GroupStatus {
    const ctx = this.snapshot.context;
    const scores = ctx.game.turn > 0 ? gameScores(ctx) : null;
    return {
      group: this.name,
      quarter: Math.min(ctx.game.turn + 1, ctx.game.turns),
      turns: ctx.game.turns,
      over: this.over,
      paused: this.paused,
      posture: postureView(this.snapshot).label,
      deaths12m: Math.round(deaths12m(ctx.game)),
      usScore: scores?.usScore ?? null,
      chinaScore: scores?.chinaScore ?? null,
      holders: { ...this.holders },
      waitingFor: this.over ? [] : SIDES.filter((s) => !this.ended[s]),
      code: this.code(),
    };
  }
}
