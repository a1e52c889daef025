import { bump } from './effects';
import { LIMITS } from './limits';
import { PARAMS as P } from './params';
import type { GameState } from './state';
import type { Cause, RuleId, WorldEvent } from './vocabulary';

export interface EventDef {
  label: string;
  /** What happened, in a line, for the news feed. */
  headline: string;
  rule: RuleId;
  apply: (d: GameState, causes: Cause[]) => void;
}

export const EVENTS: Record<WorldEvent, EventDef> = {
  taiwanVisit: {
    label: 'Taiwan visit',
    headline: 'A senior US politician visits Taipei; Beijing answers by cutting channels.',
    rule: 'relationship',
    apply: (d, causes) => {
      bump(d, causes, 'relations', -25, 'relationship', 'a visit to Taiwan');
      d.flags.provocation = true;
    },
  },
  xinjiangSanctions: {
    label: 'Xinjiang sanctions',
    headline: "Washington sanctions China's forensic-science institute over Xinjiang.",
    rule: 'relationship',
    apply: (d, causes) => {
      d.sanctions.forensicInstitute = true;
      bump(d, causes, 'relations', -15, 'relationship', 'sanctions on the forensic institute');
      d.flags.provocation = true;
    },
  },
  summit: {
    label: 'Summit',
    headline: 'The two presidents meet and agree to restart working contacts.',
    rule: 'relationship',
    apply: (d, causes) => {
      bump(d, causes, 'relations', 18, 'relationship', 'a leaders’ summit');
      bump(d, causes, 'goodwill', 10, 'credit', 'face at the summit');
      d.flags.summit = true;
    },
  },
  covidShock: {
    label: 'Pandemic',
    headline: 'A pandemic isolates people who use drugs and disrupts treatment.',
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
        note: 'isolation drives more use',
      });
      bump(d, causes, 'treatmentReach', -6, 'demand', 'clinics close');
    },
  },
  naloxoneOTC: {
    label: 'Naloxone over the counter',
    headline: 'Naloxone goes on sale without a prescription.',
    rule: 'demand',
    apply: (d, causes) => {
      bump(d, causes, 'naloxoneReach', 20, 'demand', 'naloxone without a prescription');
    },
  },
  cartelSeizures: {
    label: 'Record seizures in Mexico',
    headline: 'Mexican forces seize labs and precursors on a record scale.',
    rule: 'supplyShock',
    apply: (d, causes) => {
      d.seizureShock = Math.max(d.seizureShock, P.seizureShock);
      bump(d, causes, 'mexicoEnforcement', 8, 'mexicoCoalition', 'Mexican raids');
    },
  },
  newAnalog: {
    label: 'New analog',
    headline: 'Traffickers switch to an unscheduled analog precursor.',
    rule: 'scheduling',
    apply: (d) => {
      d.scheduleBite *= 0.55;
    },
  },
  indiaSupplier: {
    label: 'New supplier abroad',
    headline: 'Brokers in another chemical-producing country start filling orders.',
    rule: 'displacement',
    apply: (d) => {
      d.altSupply = Math.min(P.maxAltSupply, d.altSupply + 8);
    },
  },
};
