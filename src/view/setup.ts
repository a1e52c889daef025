import { CHINA_POLICY_INFO, US_POLICY_INFO } from '../core/policies';
/** Who sits at the keyboard. */
import { SEATS, type Seat } from '../core/save';
import { builtInScenarios } from '../core/scenarios';
import type { ChinaPolicy, Side, UsPolicy } from '../core/vocabulary';
import { CHINA_POLICIES, US_POLICIES } from '../core/vocabulary';
import type { GameInput } from '../machine/game';

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
    controllers: { us: human('us'), china: human('china') },
    policies: { us: choice.usPolicy, china: choice.chinaPolicy },
  };
}
