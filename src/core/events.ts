import { withWords } from '../words';
import { bump } from './effects';
import { LIMITS } from './limits';
import { PARAMS as P } from './params';
import type { GameState } from './state';
import { type Cause, type RuleId, WORLD_EVENTS, type WorldEvent } from './vocabulary';

export interface EventDef {
  /** Its name, from the catalogue (`event.<id>.label`). */
  readonly label: string;
  /** What happened, in a line, for the news feed (`event.<id>.headline`). */
  readonly headline: string;
  rule: RuleId;
  apply: (d: GameState, causes: Cause[]) => void;
}

/** What each event does; its words are `event.<id>.*` in src/words. */
const EFFECTS: Record<WorldEvent, Pick<EventDef, 'rule' | 'apply'>> = {
  taiwanVisit: {
    rule: 'relationship',
    apply: (d, causes) => {
      bump(d, causes, 'relations', -25, 'relationship', 'cause.taiwanVisit');
      d.flags.provocation = true;
    },
  },
  xinjiangSanctions: {
    rule: 'relationship',
    apply: (d, causes) => {
      d.sanctions.forensicInstitute = true;
      bump(d, causes, 'relations', -15, 'relationship', 'cause.instituteSanctions');
      d.flags.provocation = true;
    },
  },
  summit: {
    rule: 'relationship',
    apply: (d, causes) => {
      bump(d, causes, 'relations', 18, 'relationship', 'cause.leadersSummit');
      bump(d, causes, 'goodwill', 10, 'credit', 'cause.summitFace');
      d.flags.summit = true;
    },
  },
  covidShock: {
    rule: 'demand',
    apply: (d, causes) => {
      const before = d.users;
      // Never more people using than a scenario may start with: a pandemic brought in every
      // quarter would otherwise multiply them without end.
      d.users = Math.min(d.users * 1.2, LIMITS.users);
      causes.push({
        rule: 'demand',
        indicator: 'users',
        delta: d.users - before,
        note: 'cause.isolation',
      });
      bump(d, causes, 'treatmentReach', -6, 'demand', 'cause.clinicsClose');
    },
  },
  naloxoneOTC: {
    rule: 'demand',
    apply: (d, causes) => {
      bump(d, causes, 'naloxoneReach', 20, 'demand', 'cause.naloxoneOtc');
    },
  },
  cartelSeizures: {
    rule: 'supplyShock',
    apply: (d, causes) => {
      d.seizureShock = Math.max(d.seizureShock, P.seizureShock);
      bump(d, causes, 'mexicoEnforcement', 8, 'mexicoCoalition', 'cause.mexicanRaids');
    },
  },
  newAnalog: {
    rule: 'scheduling',
    apply: (d) => {
      d.scheduleBite *= 0.55;
    },
  },
  indiaSupplier: {
    rule: 'displacement',
    apply: (d) => {
      d.altSupply = Math.min(P.maxAltSupply, d.altSupply + 8);
    },
  },
};

export const EVENTS: Record<WorldEvent, EventDef> = withWords(
  WORLD_EVENTS,
  (id) => EFFECTS[id],
  ['label', 'headline'],
  (id, field) => `event.${id}.${field}`,
);
