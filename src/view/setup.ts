import { type ClassSettings, decodeClassCode, encodeClassCode } from '../core/code';
import { CHINA_POLICY_INFO, US_POLICY_INFO } from '../core/policies';
import type { Result } from '../core/result';
/** Who sits at the keyboard. */
import { SEATS, type Seat } from '../core/save';
import { builtInScenarios } from '../core/scenarios';
import type { ChinaPolicy, Side, UsPolicy } from '../core/vocabulary';
import { CHINA_POLICIES, US_POLICIES } from '../core/vocabulary';
import type { GameInput } from '../machine/game';
import { formatClock } from './format';
import { linkWith } from './share';

export { SEATS, type Seat };

export const SEAT_LABEL: Record<Seat, string> = {
  us: 'Play the United States',
  china: 'Play China',
  hotseat: 'Two teams, one device',
  watch: 'Watch AI against AI',
};

export const SIDE_LABEL: Record<Side, string> = { us: 'United States', china: 'China' };

export interface SetupChoice {
  scenarioId: string;
  seat: Seat;
  usPolicy: UsPolicy;
  chinaPolicy: ChinaPolicy;
  seed: number;
  /** Quarters to play, fewer than the scenario's when a facilitator says so; absent = all. */
  turns?: number;
  /** Seconds each side has per turn; 0 or absent = untimed. */
  turnSeconds?: number;
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
  usPolicies: PolicyOption<UsPolicy>[];
  chinaPolicies: PolicyOption<ChinaPolicy>[];
}

export const SEED_MAX = 2 ** 31 - 1;

export function setupOptions(): SetupOptions {
  const scenarios = [...builtInScenarios().values()].map((s) => ({
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
    usPolicies: US_POLICIES.map((id) => ({ id, ...US_POLICY_INFO[id] })),
    chinaPolicies: CHINA_POLICIES.map((id) => ({ id, ...CHINA_POLICY_INFO[id] })),
  };
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
    controllers: { us: human('us'), china: human('china') },
    policies: { us: choice.usPolicy, china: choice.chinaPolicy },
  };
}

/** The class settings a choice fixes: scenario, seed, quarters and the turn timer. */
export function classSettingsOf(choice: SetupChoice): ClassSettings {
  const max = builtInScenarios().get(choice.scenarioId)?.turns ?? 1;
  return {
    scenario: choice.scenarioId,
    seed: choice.seed,
    turns: Math.min(choice.turns ?? max, max),
    turnSeconds: choice.turnSeconds ?? 0,
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
  if (!scenario) return { ok: false, error: `class code: unknown scenario '${c.scenario}'` };
  if (c.turns > scenario.turns)
    return {
      ok: false,
      error: `class code: ${c.turns} quarters is more than the scenario has (${scenario.turns})`,
    };
  return {
    ok: true,
    value: {
      ...choice,
      scenarioId: c.scenario,
      seed: c.seed,
      turns: c.turns,
      turnSeconds: c.turnSeconds,
    },
  };
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
  return seconds > 0 ? `Timer ${formatClock(seconds)}` : 'Timer off';
}

export { formatClock };
