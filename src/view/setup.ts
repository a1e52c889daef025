import { LEVEL_INFO } from '../core/ai/planner';
import { type ClassSettings, decodeClassCode, encodeClassCode } from '../core/code';
import { CHINA_POLICY_INFO, US_POLICY_INFO } from '../core/policies';
import type { Result } from '../core/result';
/** Who sits at the keyboard. */
import { SEATS, type Seat } from '../core/save';
import { builtInScenario, builtInScenarios } from '../core/scenarios';
import { inLanguage } from '../core/scenarioWords';
import { teachingFor } from '../core/teaching';
import type {
  AiLevel,
  ChinaPolicy,
  Crisis,
  Policy,
  Side,
  UsPolicy,
  WorldEvent,
} from '../core/vocabulary';
import { AI_LEVELS, CHINA_POLICIES, US_POLICIES, WORLD_EVENTS } from '../core/vocabulary';
import type { GameInput } from '../machine/game';
import { liveWords, t } from '../words';
import { formatClock } from './format';
import { linkWith } from './share';
import { eventLabel } from './words';

export { SEATS, type Seat };

export const SEAT_LABEL: Readonly<Record<Seat, string>> = liveWords(SEATS, (seat) =>
  t('screen.setup.seat', { context: seat }),
);

export const SIDE_LABEL: Readonly<Record<Side, string>> = liveWords(['us', 'china'], (side) =>
  t('screen.turn.side', { context: side }),
);

export interface SetupChoice {
  scenarioId: string;
  seat: Seat;
  usPolicy: UsPolicy | AiLevel;
  chinaPolicy: ChinaPolicy | AiLevel;
  seed: number;
  /** Quarters to play, fewer than the scenario's when a facilitator says so; absent = all. */
  turns?: number;
  /** Seconds each side has per turn; 0 or absent = untimed. */
  turnSeconds?: number;
  /** World events a facilitator set for given quarters; absent = none. */
  crises?: Crisis[];
  /**
   * Ask the scenario's questionnaire before the briefing and after the debrief (a class code turns
   * it on); absent = not asked. Not part of the class code or of saves.
   */
  questionnaire?: boolean;
}

export interface ScenarioOption {
  id: string;
  title: string;
  briefing: string;
  turns: number;
  startLabel: string;
  hasTruce: boolean;
  /** True when the scenario carries what really happened, shown in the debrief. */
  isHistory: boolean;
}

export interface PolicyOption<P extends string> {
  id: P;
  label: string;
  summary: string;
}

export interface SetupOptions {
  scenarios: ScenarioOption[];
  /** The personalities (the standard level), then the novice and the expert. */
  usPolicies: PolicyOption<UsPolicy | AiLevel>[];
  chinaPolicies: PolicyOption<ChinaPolicy | AiLevel>[];
}

/** What the setup screen says under a scenario: when it starts, how long, the truce, history. */
export function scenarioFacts(s: ScenarioOption): string[] {
  const facts = [
    t('screen.setup.fact.start', { start: s.startLabel, count: s.turns }),
    t(s.hasTruce ? 'screen.setup.fact.truce' : 'screen.setup.fact.noTruce'),
  ];
  if (s.isHistory) facts.push(t('screen.setup.fact.history'));
  return facts;
}

export const SEED_MAX = 2 ** 31 - 1;

export function setupOptions(): SetupOptions {
  const scenarios = [...builtInScenarios().values()]
    .map((s) => inLanguage(s))
    .map((s) => ({
      id: s.id,
      title: s.title,
      briefing: s.briefing,
      turns: s.turns,
      startLabel: `${s.start.year} Q${s.start.quarter}`,
      hasTruce: s.truce !== null,
      isHistory: (s.actual?.length ?? 0) > 0,
    }));
  return {
    scenarios,
    usPolicies: [
      ...US_POLICIES.map((id) => ({ id, ...US_POLICY_INFO[id] })),
      ...AI_LEVELS.map((id) => ({ id, ...LEVEL_INFO[id] })),
    ],
    chinaPolicies: [
      ...CHINA_POLICIES.map((id) => ({ id, ...CHINA_POLICY_INFO[id] })),
      ...AI_LEVELS.map((id) => ({ id, ...LEVEL_INFO[id] })),
    ],
  };
}

/**
 * The choices for who plays `side` in `scenarioId`: the personalities and the levels, with the
 * record only where the scenario has one (what really happened).
 */
export function policyOptions(
  options: SetupOptions,
  side: Side,
  scenarioId: string,
): PolicyOption<Policy>[] {
  const list: PolicyOption<Policy>[] = side === 'us' ? options.usPolicies : options.chinaPolicies;
  const recorded = (builtInScenario(scenarioId)?.historical?.length ?? 0) > 0;
  return list.filter((p) => p.id !== 'record' || recorded);
}

/** The default choice: the first scenario, the US seat, the brief's default personalities. */
export function defaultChoice(seed: number): SetupChoice {
  const first = [...builtInScenarios().keys()][0] ?? 'truce-2026';
  return { scenarioId: first, seat: 'us', usPolicy: 'reciprocal', chinaPolicy: 'leverage', seed };
}

/** Which personality the setup screen asks about: the opponent's, both, or none. */
export function personalityQuestions(seat: Seat): Side[] {
  if (seat === 'us') return ['china'];
  if (seat === 'china') return ['us'];
  if (seat === 'watch') return ['us', 'china'];
  return [];
}

/** A seed typed by the player: a whole number from 0 to 2^31 − 1, or null. */
export function parseSeed(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,10}$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n <= SEED_MAX ? n : null;
}

/** A fresh seed from a source of random 32-bit words (the page passes crypto.getRandomValues). */
export function seedFrom(word: number): number {
  return (word >>> 1) % (SEED_MAX + 1);
}

/** The statechart's input for a choice: humans where people sit, the chosen AI elsewhere. */
export function gameInputFor(choice: SetupChoice): GameInput {
  const scenario = builtInScenarios().get(choice.scenarioId);
  if (!scenario) throw new Error(`unknown scenario ${choice.scenarioId}`);
  const human = (side: Side) =>
    choice.seat === 'hotseat' || choice.seat === side ? ('human' as const) : ('ai' as const);
  return {
    scenario,
    seed: choice.seed,
    ...(choice.turns !== undefined ? { turns: Math.min(choice.turns, scenario.turns) } : {}),
    ...(choice.crises?.length ? { crises: choice.crises } : {}),
    controllers: { us: human('us'), china: human('china') },
    policies: { us: choice.usPolicy, china: choice.chinaPolicy },
  };
}

/** The class settings a choice fixes: scenario, seed, quarters and the turn timer. */
export function classSettingsOf(choice: SetupChoice): ClassSettings {
  const max = builtInScenarios().get(choice.scenarioId)?.turns ?? 1;
  const turns = Math.min(choice.turns ?? max, max);
  const crises = (choice.crises ?? []).filter((c) => c.turn <= turns);
  return {
    scenario: choice.scenarioId,
    seed: choice.seed,
    turns,
    turnSeconds: choice.turnSeconds ?? 0,
    ...(crises.length ? { crises } : {}),
  };
}

/** The class code for a choice, for a facilitator to hand to every group. */
export function classCodeOf(choice: SetupChoice): string {
  return encodeClassCode(classSettingsOf(choice));
}

/** A link that opens the setup screen with the class code's settings in place. */
export function classLinkOf(choice: SetupChoice, base: string): string {
  return linkWith('class', classCodeOf(choice), base);
}

/**
 * A choice with a class code's settings in place (the seat and personalities are kept), or why the
 * code cannot be used here.
 */
export function applyClassCode(choice: SetupChoice, text: string): Result<SetupChoice> {
  const decoded = decodeClassCode(text);
  if (!decoded.ok) return decoded;
  const c = decoded.value;
  const scenario = builtInScenarios().get(c.scenario);
  const source = t('code.source_class');
  if (!scenario)
    return { ok: false, error: t('code.unknownScenario', { source, scenario: c.scenario }) };
  if (c.turns > scenario.turns)
    return {
      ok: false,
      error: t('check.classQuarters', { source, turns: c.turns, max: scenario.turns }),
    };
  return {
    ok: true,
    value: {
      ...choice,
      scenarioId: c.scenario,
      seed: c.seed,
      turns: c.turns,
      turnSeconds: c.turnSeconds,
      crises: c.crises ?? [],
      questionnaire: hasQuestionnaire(c.scenario),
    },
  };
}

/** True when the scenario comes with a questionnaire the game can ask. */
export function hasQuestionnaire(scenarioId: string): boolean {
  return teachingFor(scenarioId) !== undefined;
}

/** The setup button that turns the questionnaire on or off, or null where the scenario has none. */
export function questionnaireLabel(choice: SetupChoice): string | null {
  if (!hasQuestionnaire(choice.scenarioId)) return null;
  return t('screen.setup.button.questionnaire', { context: choice.questionnaire ? 'on' : 'off' });
}

/** Whether this game asks the questionnaire before the briefing and after the debrief. */
export function asksQuestionnaire(choice: SetupChoice): boolean {
  return choice.questionnaire === true && hasQuestionnaire(choice.scenarioId);
}

/** The choice with another number of quarters; a crisis after the last one moves up to it. */
export function withTurns(choice: SetupChoice, turns: number): SetupChoice {
  const crises = (choice.crises ?? []).map((c) => ({ ...c, turn: Math.min(c.turn, turns) }));
  return { ...choice, turns, crises };
}

/** The crisis a facilitator cycles through on the setup screen: none, then each world event. */
export function nextCrisisEvent(current: WorldEvent | null): WorldEvent | null {
  if (current === null) return WORLD_EVENTS[0] ?? null;
  return WORLD_EVENTS[WORLD_EVENTS.indexOf(current) + 1] ?? null;
}

/** The quarter a new crisis falls in: a little past the middle of the game. */
export function defaultCrisisTurn(turns: number): number {
  return Math.max(1, Math.min(turns, Math.ceil(turns * 0.6)));
}

/** The choice with its first crisis changed: another event, another quarter, or none at all. */
export function withCrisis(
  choice: SetupChoice,
  turns: number,
  change: { event?: WorldEvent | null; turn?: number },
): SetupChoice {
  const [first, ...rest] = choice.crises ?? [];
  const event = change.event === undefined ? (first?.event ?? null) : change.event;
  if (event === null) return { ...choice, crises: rest };
  const turn = change.turn ?? first?.turn ?? defaultCrisisTurn(turns);
  return { ...choice, crises: [{ turn, event }, ...rest] };
}

/** How the first crisis reads on its button, e.g. "Crisis: Taiwan visit"; "+1" when there are more. */
export function crisisLabel(choice: SetupChoice): string {
  const [first, ...rest] = choice.crises ?? [];
  if (!first) return t('screen.setup.button.crisis_none');
  const event = eventLabel(first.event);
  return t('screen.setup.button.crisis', {
    context: rest.length ? 'more' : 'one',
    event,
    more: rest.length,
  });
}

/** Timer settings a facilitator cycles through on the setup screen; 0 is untimed. */
export const TURN_SECONDS_STEPS = [0, 60, 90, 120, 180, 300] as const;

export function nextTurnSeconds(current: number): number {
  const i = TURN_SECONDS_STEPS.findIndex((s) => s > current);
  return i < 0 ? 0 : (TURN_SECONDS_STEPS[i] ?? 0);
}

/** The next number of quarters to offer, cycling up to the scenario's full length. */
export function nextTurns(current: number, max: number): number {
  const steps = [...[2, 4, 6, 8, 12, 16, 20].filter((n) => n < max), max];
  return steps.find((n) => n > current) ?? steps[0] ?? max;
}

export function timerLabel(seconds: number): string {
  return seconds > 0
    ? t('screen.setup.button.timer', { clock: formatClock(seconds) })
    : t('screen.setup.button.timer_off');
}

export { formatClock };
