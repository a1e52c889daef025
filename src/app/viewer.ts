/**
 * The replay viewer's state: which turn is on screen, and what that turn shows. A replay recorded
 * under this model version is played through the statechart with its seed, so every turn has the
 * live game's report and reasons; one recorded under another version is never replayed under the
 * new rules: it shows the moves and figures that were saved with it, with a plain warning.
 */

import { decodeReplayCode } from '../core/code';
import {
  fitsScenario,
  parseJsonText,
  parseReplay,
  type Replay,
  type ReplayTurn,
  sameWorld,
  versionNote,
} from '../core/replay';
import { fail, ok, type Result } from '../core/result';
import { parseSave, type Save } from '../core/save';
import type { Scenario } from '../core/scenario';
import { builtInScenario } from '../core/scenarios';
import { inLanguage } from '../core/scenarioWords';
import { beginTurn, type GameState, MODEL_VERSION, quarterLabel } from '../core/state';
import { makeRecord, type TurnRecord } from '../core/turn';
import type { AiLevel, ChinaPolicy, Side, UsPolicy } from '../core/vocabulary';
import type { GameSnapshot } from '../machine/driver';
import { moveTerm } from '../view/glossary';
import { markedText, recordedTurningPoints } from '../view/headline';
import { offerReportLine } from '../view/offers';
import { changeLines, playedMoveText, type ReportView, reportView } from '../view/report';
import { firstLine } from '../view/saves';
import type { Seat, SetupChoice } from '../view/setup';
import { type ShareView, shareView } from '../view/share';
import { eventHeadlines, eventOrder, moveTitle, SIDE_SHORT } from '../view/words';
import { t } from '../words';
import { replaySnapshots, startOf } from './replay';
import { choiceOfSave } from './saves';

/** What the viewer opens: a replay, and when it came from a save, the figures recorded with it. */
export interface ViewerSource {
  replay: Replay;
  records?: TurnRecord[];
  policies?: { us: UsPolicy | AiLevel; china: ChinaPolicy | AiLevel };
  /** Where it came from, for messages: "replay code", a file name, "saved game". */
  origin: string;
}

export interface ViewerFrame {
  position: number;
  total: number;
  /** `Start` before the first turn, else `2026 Q1 · turn 2 of 8`. */
  heading: string;
  /** The turn's report: live reasons, or the recorded figures without them. */
  report: ReportView | null;
  /** Why the reasons or figures are missing, when they are. */
  note: string | null;
}

/** The speeds of automatic play, in milliseconds per turn. */
export const PLAY_SPEEDS = (
  [
    ['slow', 2400],
    ['normal', 1200],
    ['fast', 500],
  ] as const
).map(([speed, ms]) => ({
  ms,
  get label() {
    return t(`app.speed.${speed}`);
  },
}));

export const TAKE_OVER_SEATS: readonly { seat: Exclude<Seat, 'watch'>; label: string }[] = (
  ['us', 'china', 'hotseat'] as const
).map((seat) => ({
  seat,
  get label() {
    return t(`app.takeOver.${seat}`);
  },
}));

export class ReplayViewer {
  readonly scenarioId: string;
  readonly seed: number;
  /** Turns the replay holds (and the viewer can show). */
  readonly total: number;
  /** Null when the replay plays as it was recorded; otherwise the sentence to show. */
  readonly warning: string | null;
  /** True when the turns were replayed under this model (reasons and take-over available). */
  readonly live: boolean;
  private position = 0;
  private readonly scenario: Scenario;
  private readonly replay: Replay;
  private readonly policies: { us: UsPolicy | AiLevel; china: ChinaPolicy | AiLevel };
  private readonly snapshots: GameSnapshot[];
  private readonly persisted: unknown[];
  private readonly records: TurnRecord[];
  private readonly initial: TurnRecord;

  /** The scenario's title, in the language shown where the scenario has it. */
  get title(): string {
    return inLanguage(this.scenario).title;
  }

  /** The scenario's briefing, in the language shown where the scenario has it. */
  get briefing(): string {
    return inLanguage(this.scenario).briefing;
  }

  private constructor(source: ViewerSource, scenario: Scenario) {
    const { replay } = source;
    this.scenario = scenario;
    this.replay = replay;
    this.scenarioId = scenario.id;
    this.seed = replay.seed;
    this.policies = source.policies ?? { us: 'reciprocal', china: 'leverage' };
    this.initial = makeRecord(startOf(this.input()), { us: [], china: [] }, [], []);
    let warning = versionNote(replay);
    let snapshots: GameSnapshot[] = [];
    let persisted: unknown[] = [];
    if (warning === null) {
      ({ snapshots, persisted } = replaySnapshots(this.input(), replay.turns));
      const replayed = snapshots.at(-1)?.context.history ?? [];
      const recorded = source.records;
      if (recorded && JSON.stringify(recorded) !== JSON.stringify(replayed)) {
        warning = t('app.viewer.figuresDiffer');
        snapshots = [];
        persisted = [];
      }
    }
    this.live = warning === null;
    this.snapshots = snapshots;
    this.persisted = persisted;
    this.warning = warning && t('app.viewer.shownNotReplayed', { warning: capitalise(warning) });
    this.records = this.live
      ? (snapshots.at(-1)?.context.history ?? [])
      : (source.records ?? []).slice(0, replay.turns.length);
    this.total = this.live ? snapshots.length - 1 : Math.min(replay.turns.length, scenario.turns);
  }

  /** Checks the replay's scenario and plays it (or keeps its recording); errors are one message. */
  static open(source: ViewerSource): Result<ReplayViewer> {
    const scenario = builtInScenario(source.replay.scenario);
    if (!scenario)
      return fail(
        t('app.viewer.unknownScenario', {
          origin: source.origin,
          scenario: source.replay.scenario,
        }),
      );
    const fits = fitsScenario(source.replay, scenario, source.origin);
    if (!fits.ok) return fits;
    // Under this model it must be this very world; under another it is only shown as recorded.
    if (source.replay.modelVersion === MODEL_VERSION) {
      const same = sameWorld(source.replay, scenario, source.origin);
      if (!same.ok) return same;
    }
    return ok(new ReplayViewer(source, scenario));
  }

  get at(): number {
    return this.position;
  }

  /** Moves to turn `k` (0 is the start), kept within the replay. */
  goTo(k: number): void {
    this.position = Math.max(0, Math.min(this.total, Math.round(k)));
  }

  step(delta: number): void {
    this.goTo(this.position + delta);
  }

  get atEnd(): boolean {
    return this.position >= this.total;
  }

  frame(): ViewerFrame {
    const k = this.position;
    const heading =
      k === 0
        ? t('screen.viewer.bar.start')
        : t('screen.viewer.frame', { quarter: this.labelOf(k), turn: k, total: this.total });
    if (k === 0) return { position: k, total: this.total, heading, report: null, note: null };
    if (this.live) {
      const snap = this.snapshots[k];
      const before = snap?.context.history.at(-2) ?? this.initial;
      const injected = snap?.context.played.at(-1)?.inject;
      const report = snap?.context.report
        ? reportView(snap.context.report, before, injected, [], [], { start: this.quarterStart(k) })
        : null;
      return { position: k, total: this.total, heading, report, note: null };
    }
    return { position: k, total: this.total, heading, ...this.recordedFrame(k) };
  }

  /** The turns up to the one on screen, in the shape of the sim tool's JSON `turns`. */
  turnsJson(): TurnRecord[] {
    return JSON.parse(JSON.stringify(this.records.slice(0, this.position)));
  }

  persistedJson(): unknown {
    const p = this.persisted[this.position];
    return p === undefined ? null : JSON.parse(JSON.stringify(p));
  }

  /** Why the game cannot be taken over at this turn, or null when it can. */
  takeOverBlocked(): string | null {
    if (!this.live) return t('app.viewer.otherVersion');
    if (this.position >= this.scenario.turns) return t('app.viewer.over');
    return null;
  }

  /**
   * What a new game taken over at this turn starts from: the turns played so far (every move as it
   * was submitted, so the computer's earlier choices are kept) and who sits where.
   */
  takeOver(seat: Exclude<Seat, 'watch'>): Result<{ choice: SetupChoice; played: ReplayTurn[] }> {
    const blocked = this.takeOverBlocked();
    if (blocked) return fail(blocked);
    const played = (this.snapshots[this.position]?.context.played ?? []).map((t) => ({
      us: t.us,
      china: t.china,
      ...(t.inject.length ? { inject: t.inject } : {}),
    }));
    return ok({
      choice: {
        scenarioId: this.scenarioId,
        seat,
        usPolicy: this.policies.us,
        chinaPolicy: this.policies.china,
        seed: this.seed,
      },
      played,
    });
  }

  /** The whole replay as opened (its model version kept), with the turns on record. */
  shareView(base: string): ShareView {
    return shareView(this.replay, this.records, base);
  }

  private input() {
    return {
      scenario: this.scenario,
      seed: this.seed,
      controllers: { us: 'human' as const, china: 'human' as const },
      policies: this.policies,
    };
  }

  /** The game as quarter `k` (from 1) began: the start, or the last report's state with its turn begun. */
  private quarterStart(k: number): GameState | null {
    const last = this.snapshots[k - 1]?.context.game;
    if (!last) return null;
    return k === 1 ? last : beginTurn(last);
  }

  private labelOf(k: number): string {
    return this.records[k - 1]?.label ?? quarterLabel({ start: this.scenario.start }, k - 1);
  }

  private recordedFrame(k: number): { report: ReportView; note: string } {
    const record = this.records[k - 1];
    const turn = this.replay.turns[k - 1] ?? {};
    const moves = (side: Side) =>
      (record ? (side === 'us' ? record.usMoves : record.chinaMoves) : (turn[side] ?? [])).map(
        (m) => ({ side, text: playedMoveText(m), term: moveTerm(m.type) }),
      );
    const previous = this.records[k - 2];
    const [headline, ...turning] = recordedTurningPoints(record, previous, turn.inject);
    const report: ReportView = {
      quarter: this.labelOf(k),
      headline,
      turning,
      marked: { headline: markedText(headline), turning: turning.map(markedText) },
      moves: [...moves('us'), ...moves('china')],
      events: eventHeadlines(record?.events ?? turn.inject ?? [], turn.inject),
      eventIcons: eventOrder(record?.events ?? turn.inject ?? [], turn.inject),
      offers: (record?.offers ?? []).map(offerReportLine),
      refused: (record?.refused ?? []).map(
        (f) => `${SIDE_SHORT[f.side]}: ${moveTitle(f.move)} — ${f.reason}`,
      ),
      changes: [],
      rules: [],
    };
    if (!record)
      return {
        report,
        note: t('app.viewer.movesOnly'),
      };
    report.changes = previous
      ? changeLines(previous, record)
      : changeLines(record, record).map((c) => ({ ...c, from: '—', deltaText: '' }));
    return {
      report,
      note: t('app.viewer.noReasons'),
    };
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A code or a link typed or pasted by a player. */
export function readReplayCode(text: string): Result<ViewerSource> {
  if (!text.trim()) return fail(t('app.viewer.nothingEntered'));
  const replay = decodeReplayCode(text);
  return replay.ok
    ? ok({ replay: replay.value, origin: t('app.origin.code') })
    : fail(replay.error);
}

/**
 * A file a player imported: a replay (format v1) or a whole save (which brings its recorded
 * figures). Which schema applies is chosen by the file's own `format` field; the schema checks it.
 */
export function readImportedFile(name: string, text: string): Result<ViewerSource> {
  const json = parseJsonText(text, name);
  if (!json.ok) return fail(json.error);
  const format = (json.value as { format?: unknown } | null)?.format;
  if (format === 'precursor-save') {
    const save = parseSave(json.value, name);
    return save.ok ? ok(sourceOfSave(save.value, name)) : fail(firstLine(save.error));
  }
  const replay = parseReplay(json.value, name);
  return replay.ok ? ok({ replay: replay.value, origin: name }) : fail(firstLine(replay.error));
}

export function sourceOfSave(save: Save, origin = t('app.origin.saved')): ViewerSource {
  return { replay: save.replay, records: save.records, policies: save.policies, origin };
}

/**
 * Opening a save: it resumes when this model replays it exactly as recorded; otherwise the
 * viewer shows the recording with the warning.
 */
export function openSave(
  save: Save,
):
  | { kind: 'resume'; choice: SetupChoice; played: ReplayTurn[] }
  | { kind: 'view'; viewer: ReplayViewer }
  | { kind: 'error'; error: string } {
  const viewer = ReplayViewer.open(sourceOfSave(save));
  if (!viewer.ok) return { kind: 'error', error: viewer.error };
  if (!viewer.value.live) return { kind: 'view', viewer: viewer.value };
  return { kind: 'resume', choice: choiceOfSave(save), played: save.replay.turns };
}
