import { PARAMS as P } from './params';
import { type GameState, pathToRelief } from './state';
import { on } from './switches';
import type { Posture, RuleId } from './vocabulary';

/** The conditions under which China's posture moves, each one line of the rules. */
export const POSTURE_CONDITIONS = {
  /** Rule 1: a provocation that leaves relations bitter, or a decision in Beijing, cuts cooperation at once. */
  provoked: (s: GameState) =>
    (on('relationship') && s.flags.provocation && s.relations < P.provocationSevere) ||
    s.flags.suspendRequested ||
    s.relations < P.provocationFloor,
  /** Rule 1: a lesser provocation dials cooperation back a step. */
  shaken: (s: GameState) => s.flags.provocation,
  /** Rules 1-2: recovery needs a summit, a concession, or Beijing's own decision. */
  concessionOrSummit: (s: GameState) =>
    s.flags.summit || s.flags.resumeRequested || (s.flags.concession && s.relations > -60),
  /** Rule 4: economic pressure with a credible path to relief brings Beijing back to the table. */
  pressureWithPath: (s: GameState) =>
    s.economicPressure >= P.pressureBringsTalks &&
    on('pressurePath') &&
    pathToRelief(s) &&
    s.relations > -60,
  /** Rule 3: credit-fed goodwill lifts talks into a working group, unless a price is still asked. */
  creditSustains: (s: GameState) => s.goodwill >= 45 && s.relations >= -30 && s.pendingAsk === null,
  /** Rule 3: without goodwill the working group falls back to talks. */
  goodwillLost: (s: GameState) => s.goodwill < 25 || s.relations < -45,
  /** Rule 7: enforcement starts in earnest when goodwill, relations and enforcement hold. */
  enforcementHolds: (s: GameState) =>
    s.goodwill >= 55 && s.relations >= -20 && s.enforcement >= 30 && s.pendingAsk === null,
  /** Rule 7: enforcement is the first thing to slide when goodwill or relations sour. */
  enforcementSlides: (s: GameState) => s.goodwill < 40 || s.relations < -35,
} as const;
export type PostureCondition = keyof typeof POSTURE_CONDITIONS;

export interface PostureEdge {
  to: Posture;
  when: PostureCondition;
  rule: RuleId;
}

/** The edges of the posture region, first match wins. The statechart is built from this table. */
export const POSTURE_EDGES: Record<Posture, readonly PostureEdge[]> = {
  suspended: [
    { to: 'talks', when: 'concessionOrSummit', rule: 'relationship' },
    { to: 'talks', when: 'pressureWithPath', rule: 'tariffs' },
  ],
  talks: [
    { to: 'suspended', when: 'provoked', rule: 'relationship' },
    { to: 'workingGroup', when: 'creditSustains', rule: 'credit' },
  ],
  workingGroup: [
    { to: 'suspended', when: 'provoked', rule: 'relationship' },
    { to: 'talks', when: 'shaken', rule: 'relationship' },
    { to: 'talks', when: 'goodwillLost', rule: 'credit' },
    { to: 'enforcing', when: 'enforcementHolds', rule: 'enforcement' },
  ],
  enforcing: [
    { to: 'suspended', when: 'provoked', rule: 'relationship' },
    { to: 'workingGroup', when: 'shaken', rule: 'relationship' },
    { to: 'workingGroup', when: 'enforcementSlides', rule: 'enforcement' },
  ],
};

/** The edge China's posture takes at the end of a resolved quarter, or null if it stays. */
export function reviewPosture(s: GameState): PostureEdge | null {
  return POSTURE_EDGES[s.posture].find((e) => POSTURE_CONDITIONS[e.when](s)) ?? null;
}
