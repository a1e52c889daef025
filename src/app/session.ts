/**
 * A game in progress: one statechart actor, the events the screens send it, its autosave and its
 * AI sides planned off the page, and the view models of its snapshots. Part of the app layer,
 * loaded lazily after the title screen has drawn (see ./index.ts).
 */
import { aiPlan, likelyReply, type Plan } from '../core/ai/planner';
import { encodeReplayCode } from '../core/code';
import { type Answers, makeReplay, type Replay, type ReplayTurn } from '../core/replay';
import type { Result } from '../core/result';
import type { Save } from '../core/save';
import { inLanguage } from '../core/scenarioWords';
import { type GameState, isOver } from '../core/state';
import { type Teaching, teachingFor } from '../core/teaching';
import { makeRecord, playTurn, type TurnRecord } from '../core/turn';
import { isPersonality, SIDES, type Side, type WorldEvent } from '../core/vocabulary';
import {
  type GameActor,
  type GameSnapshot,
  phase,
  playWithoutMoves,
  send,
} from '../machine/driver';
import type { GameEvent } from '../machine/game';
import { type BriefView, briefHandoutHtml, briefView } from '../view/brief';
import { cardsFor } from '../view/cards';
import { type DebriefView, debriefView } from '../view/debrief';
import { debriefHandoutHtml } from '../view/debriefPrint';
import { type ComposerView, composerView, draftOf, type OfferDraft } from '../view/offers';
import {
  bandName,
  type PlacementRequest,
  type PlacementView,
  placementRequest,
  placementView,
  placingNote,
} from '../view/placement';
import { type PreviewView, previewView } from '../view/preview';
import { type ReportView, reportView } from '../view/report';
import { gameInputFor, type Seat, type SetupChoice } from '../view/setup';
import { type ShareView, shareView } from '../view/share';
import { sideToMove, type TurnView, turnView } from '../view/turn';
import { t } from '../words';
import type { PlanRequest, PlanService } from '../work/plan';
import { computeSpread } from '../work/spread';
import { continueAfter } from './replay';
import { type SaveStore, settingsOf } from './saves';
import { TurnTimer } from './timer';

export type { PlanRequest, PlanService };

let planService: PlanService | null = null;

/**
 * The page hands in its worker here. With one, an expert side is played by the session through it
 * (the statechart waits for its moves as for a person's); without one (Node, tests), the
 * statechart plays the expert itself. The same position gives the same choice either way.
 */
export function setPlanService(service: PlanService | null): void {
  planService = service;
}

export class GameSession {
  readonly choice: SetupChoice;
  private readonly actor: GameActor;
  /** The game as the statechart began it, before the first quarter. */
  private readonly start: GameState;
  private readonly initial: TurnRecord;
  private counterfactualCache: { key: string; turns: TurnRecord[] } | null = null;
  private placementCache: PlacementView | null = null;
  /** The sides whose clock ran out this quarter, for its report. */
  private readonly timedOut = new Set<Side>();
  /** AI sides whose moves come from the plan service rather than from the statechart. */
  private readonly planned: ReadonlySet<Side>;
  /** The sentence behind each AI decision, by `${turn}:${side}`. */
  private readonly reasons = new Map<string, string>();
  private asked: string | null = null;
  private stopped = false;
  /** The group's questionnaire answers, carried in its replay code (not in saves). */
  private answers: Answers = {};
  /** The key this game is saved under after every turn, once autosave is on. */
  saveId: string | null = null;
  /** Why the last save failed (or why the game cannot be saved at all), or null. */
  saveProblem: string | null = null;

  /**
   * A new game, or with `played` the game those turns lead to: they are replayed with the seed
   * (the same draws) and the game goes on from the report of the last one, with `choice.seat`
   * at the keyboard. This is how saves resume and how a replay is taken over.
   */
  constructor(choice: SetupChoice, played: readonly ReplayTurn[] = []) {
    this.choice = choice;
    const input = gameInputFor(choice);

    const service = planService;
    this.planned = new Set(
      service
        ? SIDES.filter(
            (side) => input.controllers[side] === 'ai' && input.policies?.[side] === 'expert',
          )
        : [],
    );
    const controllers = { ...input.controllers };
    for (const side of this.planned) controllers[side] = 'human';
    const { actor, start } = continueAfter({ ...input, controllers }, played);
    this.actor = actor;
    this.start = start;
    this.initial = makeRecord(start, { us: [], china: [] }, [], []);
    if (service && this.planned.size > 0) {
      this.actor.subscribe(() => this.askPlanner(service));
      this.askPlanner(service);
    }
  }

  /** True while an AI side's decision is being made away from the main thread. */
  get thinking(): boolean {
    const side = this.sideToMove();
    return side !== null && this.planned.has(side);
  }

  /** Asks the plan service for the moves of a planned side whose turn it is, once a turn. */
  private askPlanner(service: PlanService): void {
    const side = this.sideToMove();
    if (side === null || !this.planned.has(side)) return;
    const ctx = this.snapshot.context;
    const key = `${ctx.game.turn}:${side}`;
    if (this.asked === key) return;
    this.asked = key;
    const request: PlanRequest = {
      state: ctx.game,
      side,
      policy: ctx.policies[side],
      scenario: ctx.scenario,
      past: ctx.played.map((t) => ({ us: t.us, china: t.china, inject: t.inject })),
    };
    const play = (plan: Plan) => {
      const now = this.snapshot.context;
      if (this.stopped || this.sideToMove() !== side || now.game.turn !== request.state.turn)
        return;
      this.reasons.set(key, plan.explanation);
      for (const move of plan.moves) this.send({ type: `${side}.move.add`, move } as GameEvent);
      this.send({ type: `${side}.turn.end` } as GameEvent);
    };
    // Should the worker fail, the page decides itself: the same choice, on the main thread.
    const here = () => aiPlan(request.state, side, request.policy, request.scenario, request.past);
    service(request).then(play, () => play(here()));
  }

  get seat(): Seat {
    return this.choice.seat;
  }

  /** The scenario's title, in the language shown where the scenario has it. */
  get title(): string {
    return inLanguage(this.snapshot.context.scenario).title;
  }

  /** The scenario's briefing, in the language shown where the scenario has it. */
  get briefing(): string {
    return inLanguage(this.snapshot.context.scenario).briefing;
  }

  get snapshot(): GameSnapshot {
    return this.actor.getSnapshot();
  }

  /** 'usMoves', 'chinaMoves', 'report' or 'debrief'. */
  phase(): string {
    return phase(this.snapshot);
  }

  /** True once the last quarter has been resolved (at its report, or in the debrief). */
  get finished(): boolean {
    return isOver(this.snapshot.context.game);
  }

  sideToMove(): Side | null {
    return sideToMove(this.snapshot);
  }

  isHuman(side: Side): boolean {
    return this.snapshot.context.controllers[side] === 'human' && !this.planned.has(side);
  }

  subscribe(listener: () => void): () => void {
    const sub = this.actor.subscribe(listener);
    return () => sub.unsubscribe();
  }

  turnView(side: Side): TurnView {
    return turnView(this.snapshot, side, this.initial);
  }

  /** The what-if for the card at `cardIndex` of `side`'s hand, from the core's previewMove. */
  preview(side: Side, cardIndex: number): PreviewView | null {
    const ctx = this.snapshot.context;
    const card = cardsFor(ctx.game, side, ctx.pending[side], ctx.scenario.moves[side])[cardIndex];
    if (!card) return null;
    const other = side === 'us' ? 'china' : 'us';
    const reply = likelyReply(ctx.policies[other], other);
    return previewView(
      ctx.game,
      ctx.scenario,
      side,
      ctx.pending[side],
      card.move,
      card.title,
      reply,
    );
  }

  /**
   * Picks the card, or takes it back if it was picked. A card that does not fit is not sent: it
   * already shows why, and a refused attempt would otherwise be written into the turn's record.
   * Returns false when nothing was sent.
   */
  pick(side: Side, cardIndex: number): boolean {
    const ctx = this.snapshot.context;
    const card = cardsFor(ctx.game, side, ctx.pending[side], ctx.scenario.moves[side])[cardIndex];
    if (!card || card.refusal !== null) return false;
    if (card.pendingIndex >= 0)
      this.send({ type: `${side}.move.remove`, index: card.pendingIndex } as GameEvent);
    else this.send({ type: `${side}.move.add`, move: card.move } as GameEvent);
    return true;
  }

  /**
   * Answers the other side's offer (accept or decline), or takes the answer back when it is the
   * one already picked; picking the other answer replaces it. Returns false when nothing was sent.
   */
  answerOffer(side: Side, answer: 'accept' | 'decline'): boolean {
    const type = answer === 'accept' ? 'acceptOffer' : 'declineOffer';
    const pending = this.snapshot.context.pending[side];
    const same = pending.findIndex((m) => m.type === type);
    if (same >= 0) {
      this.send({ type: `${side}.move.remove`, index: same } as GameEvent);
      return true;
    }
    const view = this.turnView(side).offers;
    if (!view.toAnswer) return false;
    const otherAnswer = pending.findIndex(
      (m) => m.type === (answer === 'accept' ? 'declineOffer' : 'acceptOffer'),
    );
    if (otherAnswer >= 0)
      this.send({ type: `${side}.move.remove`, index: otherAnswer } as GameEvent);
    this.send({ type: `${side}.move.add`, move: { type } } as GameEvent);
    return true;
  }

  /** The offer composer for `side` with `draft`, checked by the core as it stands. */
  composer(side: Side, draft: OfferDraft): ComposerView {
    const ctx = this.snapshot.context;
    return composerView(ctx.game, side, ctx.pending[side], ctx.scenario.moves, draft);
  }

  /** The draft of the offer `side` composed this turn, or an empty one. */
  offerDraft(side: Side): OfferDraft {
    const ctx = this.snapshot.context;
    return draftOf(ctx.game, side, ctx.pending[side], ctx.scenario.moves);
  }

  /**
   * Adds the drafted offer to `side`'s moves, replacing one composed earlier this turn. An offer
   * the core would refuse is not sent (the composer shows why); returns whether it was added.
   */
  proposeOffer(side: Side, draft: OfferDraft): boolean {
    const view = this.composer(side, draft);
    if (view.refusal !== null) return false;
    this.withdrawOffer(side);
    this.send({ type: `${side}.move.add`, move: view.move } as GameEvent);
    return true;
  }

  /** Takes back the offer composed this turn, if any. */
  withdrawOffer(side: Side): boolean {
    const index = this.snapshot.context.pending[side].findIndex((m) => m.type === 'proposeOffer');
    if (index < 0) return false;
    this.send({ type: `${side}.move.remove`, index } as GameEvent);
    return true;
  }

  /** Ends `side`'s turn; `timedOut` when its clock ran out, which the quarter's report says. */
  endTurn(side: Side, timedOut = false): void {
    if (timedOut) this.timedOut.add(side);
    this.send({ type: `${side}.turn.end` } as GameEvent);
  }

  /** A facilitator's world event for the end of this quarter; it is kept in the replay. */
  inject(event: WorldEvent): void {
    this.send({ type: 'facilitator.inject', event });
  }

  /** The facilitator's events waiting for the end of this quarter. */
  queuedInjects(): WorldEvent[] {
    return [...this.snapshot.context.injects];
  }

  /** Seconds each side has per turn; 0 when untimed. */
  get turnSeconds(): number {
    return this.choice.turnSeconds ?? 0;
  }

  /** A clock for the turn that opens at `startMs` on the scene's clock (the model reads none). */
  turnTimer(startMs: number): TurnTimer {
    return new TurnTimer(this.turnSeconds, startMs);
  }

  next(): void {
    this.timedOut.clear();
    this.send({ type: 'report.next' });
  }

  quit(): void {
    this.send({ type: 'game.quit' });
  }

  reportView(): ReportView | null {
    const ctx = this.snapshot.context;
    if (!ctx.report) return null;
    const before = ctx.history.at(-2) ?? this.initial;
    return reportView(
      ctx.report,
      before,
      ctx.played.at(-1)?.inject,
      this.lastReasons(),
      SIDES.filter((side) => this.timedOut.has(side)),
      { side: this.briefingSide(), start: this.positionAt(ctx.played.length - 1) },
    );
  }

  /**
   * Why each expert or novice AI side played what it did in the last quarter resolved. A decision
   * made here rather than in the worker is made again from its position (the same choice).
   */
  private lastReasons(): { side: Side; text: string }[] {
    const ctx = this.snapshot.context;
    const turn = ctx.played.length - 1;
    if (turn < 0) return [];
    const explained = SIDES.filter((side) => {
      const policy = ctx.policies[side];
      const ai = ctx.controllers[side] === 'ai' || this.planned.has(side);
      return ai && !isPersonality(policy);
    });
    let position: GameState | null = null;
    return explained.map((side) => {
      const key = `${turn}:${side}`;
      let text = this.reasons.get(key);
      if (text === undefined) {
        position ??= this.positionAt(turn);
        const past = ctx.played.slice(0, turn);
        text = aiPlan(position, side, ctx.policies[side], ctx.scenario, past).explanation;
        this.reasons.set(key, text);
      }
      return { side, text };
    });
  }

  /** The game as it stood when quarter `turn` (counting from 0) began, played again from the start. */
  private positionAt(turn: number): GameState {
    const ctx = this.snapshot.context;
    let s = this.start;
    for (const t of ctx.played.slice(0, turn))
      s = playTurn(s, ctx.scenario, { us: t.us, china: t.china }, t.inject).state;
    return s;
  }

  /**
   * The same world with no moves by either side, for "lives saved": the same scenario and seed,
   * and the same events a facilitator brought in (as class results count it).
   */
  counterfactual(): TurnRecord[] {
    const injects = this.snapshot.context.played.map((t) => t.inject);
    const key = JSON.stringify(injects);
    if (this.counterfactualCache?.key !== key) {
      const turns = playWithoutMoves(gameInputFor(this.choice), injects);
      this.counterfactualCache = { key, turns };
    }
    return this.counterfactualCache.turns;
  }

  /** `side`'s confidential brief, or null when the scenario has none. */
  brief(side: Side): BriefView | null {
    return briefView(this.snapshot.context.scenario, side);
  }

  /** The printable handout of `side`'s brief, or null. */
  briefHandout(side: Side): string | null {
    const brief = this.brief(side);
    return brief ? briefHandoutHtml(brief, this.choice.seed) : null;
  }

  /** The side whose brief the briefing screen shows: the human's in a one-side game, else none. */
  briefingSide(): Side | null {
    return this.seat === 'us' || this.seat === 'china' ? this.seat : null;
  }

  /** True before any quarter has been resolved. */
  get atStart(): boolean {
    return this.snapshot.context.history.length === 0;
  }

  debriefView(): DebriefView {
    const ctx = this.snapshot.context;
    const injected = ctx.played.map((t) => t.inject);
    const seat = this.seat;
    const side = seat === 'us' || seat === 'china' ? seat : undefined;
    return debriefView(ctx.scenario, ctx.game, ctx.history, this.counterfactual(), injected, side);
  }

  /** What the finished game is placed among (see view/placement). */
  placementRequest(): PlacementRequest {
    return placementRequest(this.snapshot.context);
  }

  /** What the debrief shows while the games are played: a note, and the band's legend name. */
  placing(): { note: string; bandName: string } {
    const request = this.placementRequest();
    return { note: placingNote(request), bandName: bandName(request) };
  }

  /** The placing of this game's result, once computed; else null. */
  get placement(): PlacementView | null {
    return this.placementCache;
  }

  /**
   * Places the finished game's result among the same scenario over other seeds, in a Web Worker
   * (on the page in slices where none can start), and calls `done` with it: at once when already
   * computed. Returns a function that stops the work, for a debrief left before the answer.
   */
  placeResult(done: (placement: PlacementView) => void): () => void {
    if (this.placementCache) {
      done(this.placementCache);
      return () => {};
    }
    const request = this.placementRequest();
    return computeSpread(request.input, ({ spread, where }) => {
      this.placementCache = placementView(request, spread, where);
      done(this.placementCache);
    });
  }

  /** A printable one-page debrief of this game, with its replay code. */
  debriefHandout(): string {
    return debriefHandoutHtml(this.debriefView(), {
      seed: this.choice.seed,
      replayCode: encodeReplayCode(this.replay()),
      placement: this.placementCache?.lines ?? [],
    });
  }

  /** The persisted snapshot as plain JSON, for the read-only test hook. */
  persistedJson(): unknown {
    return JSON.parse(JSON.stringify(this.actor.getPersistedSnapshot()));
  }

  /** The turns played so far, exactly as the sim tool's JSON `turns`. */
  turnsJson(): TurnRecord[] {
    return JSON.parse(JSON.stringify(this.snapshot.context.history));
  }

  /** What was played so far, as a replay (with the model version and the group's answers). */
  replay(): Replay {
    return makeReplay(
      this.choice.scenarioId,
      this.choice.seed,
      this.snapshot.context.played,
      this.answers,
    );
  }

  /** The scenario's questionnaire, or null when it has none. */
  questionnaire(): Teaching | null {
    return teachingFor(this.choice.scenarioId) ?? null;
  }

  /** Records the answers before (`pre`) or after (`post`) the game: option indices, null skipped. */
  setAnswers(when: 'pre' | 'post', answers: readonly (number | null)[]): void {
    this.answers = { ...this.answers, [when]: [...answers] };
  }

  answersGiven(): Answers {
    return { ...this.answers };
  }

  shareView(base: string): ShareView {
    return shareView(this.replay(), this.snapshot.context.history, base);
  }

  toSave(id: string, savedAt: string): Save {
    return {
      format: 'precursor-save',
      version: 1,
      id,
      savedAt,
      seat: this.choice.seat,
      policies: { us: this.choice.usPolicy, china: this.choice.chinaPolicy },
      replay: this.replay(),
      records: this.turnsJson(),
      ...settingsOf(this.choice),
    };
  }

  /**
   * Saves the game under `id` whenever a turn has been resolved. `now` is the page's clock (the
   * date is only shown in the list of saves; the model never reads it).
   */
  autosave(store: SaveStore, id: string, now: () => string): void {
    this.saveId = id;
    let saved = this.snapshot.context.history.length;
    this.subscribe(() => {
      const turns = this.snapshot.context.history.length;
      if (turns === saved) return;
      saved = turns;
      const result: Result<true> = store.put(this.toSave(id, now()));
      this.saveProblem = result.ok ? null : result.error;
    });
  }

  /** The game cannot be saved at all here (the browser refuses storage): say so on every screen. */
  markUnsaved(reason: string): void {
    this.saveProblem = reason;
  }

  /**
   * What the turn and report screens (and the title, after the game) tell the player while the
   * game is not saved, with the way to keep it: exporting it as a file. Null while all is well.
   */
  saveNotice(key = 'S'): string | null {
    if (!this.saveProblem) return null;
    const problem = this.saveProblem.charAt(0).toUpperCase() + this.saveProblem.slice(1);
    return t('app.save.notice', { problem, key });
  }

  stop(): void {
    this.stopped = true;
    this.actor.stop();
  }

  private send(event: GameEvent): void {
    send(this.actor, event);
  }
}
