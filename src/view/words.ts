import { EVENTS } from '../core/events';
import {
  type Indicator,
  POSTURE_WORDS,
  POSTURES,
  type Posture,
  type Side,
  type WorldEvent,
} from '../core/vocabulary';

/** How a played move reads in the news feed and the timeline: the core's own wording. */
export { describeMove as moveTitle } from '../core/moves';

export const SIDE_SHORT: Record<Side, string> = { us: 'US', china: 'China' };

/** A cooperation posture as a label: the core's own word for it, capitalised. */
export const POSTURE_LABEL = Object.fromEntries(
  POSTURES.map((p) => [p, POSTURE_WORDS[p].charAt(0).toUpperCase() + POSTURE_WORDS[p].slice(1)]),
) as Record<Posture, string>;

/**
 * A quarter's events split into the world's own (scripted or by chance) and those a facilitator
 * set: each injected event is taken out of `events` once.
 */
export function splitInjected(
  events: readonly WorldEvent[],
  injected: readonly WorldEvent[],
): { world: WorldEvent[]; injected: WorldEvent[] } {
  const world = [...events];
  const set: WorldEvent[] = [];
  for (const e of injected) {
    const at = world.indexOf(e);
    if (at < 0) continue;
    world.splice(at, 1);
    set.push(e);
  }
  return { world, injected: set };
}

/** How an event a facilitator set reads wherever events are listed. */
export function injectedHeadline(e: WorldEvent): string {
  return `Set by the facilitator: ${eventHeadline(e)}`;
}

/** A quarter's event headlines, the world's first, then the facilitator's, marked as such. */
export function eventHeadlines(
  events: readonly WorldEvent[],
  injected: readonly WorldEvent[] = [],
): string[] {
  const split = splitInjected(events, injected);
  return [...split.world.map(eventHeadline), ...split.injected.map(injectedHeadline)];
}

export function eventHeadline(e: WorldEvent): string {
  return EVENTS[e].headline;
}

export function eventLabel(e: WorldEvent): string {
  return EVENTS[e].label;
}

export interface IndicatorInfo {
  label: string;
  short: string;
  min: number;
  max: number;
  format: (v: number) => string;
  /** Change below this is shown as no change. */
  tolerance: number;
  /** Roughly one "notable step", to compare causes measured in different units. */
  scale: number;
}

const int = (v: number) => String(Math.round(v));
const thousandsFmt = (v: number) => String(Math.round(v)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const INDICATOR_INFO: Record<Indicator, IndicatorInfo> = {
  deaths12m: {
    label: 'Deaths, last 12 months',
    short: 'Deaths (12 mo)',
    min: 0,
    max: 100_000,
    format: thousandsFmt,
    tolerance: 1,
    scale: 2000,
  },
  deaths: {
    label: 'Deaths this quarter',
    short: 'Deaths (qtr)',
    min: 0,
    max: 30_000,
    format: thousandsFmt,
    tolerance: 1,
    scale: 500,
  },
  streetPrice: {
    label: 'Street price (index)',
    short: 'Street price',
    min: 0,
    max: 200,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
  purity: {
    label: 'Purity',
    short: 'Purity',
    min: 0,
    max: 20,
    format: (v) => `${v.toFixed(1)}%`,
    tolerance: 0.05,
    scale: 1,
  },
  precursorFlow: {
    label: 'Precursor flow from China',
    short: 'Flow from China',
    min: 0,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
  altSupply: {
    label: 'Precursors from elsewhere',
    short: 'Flow from elsewhere',
    min: 0,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 5,
  },
  relations: {
    label: 'Relations',
    short: 'Relations',
    min: -100,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
  goodwill: {
    label: 'Goodwill',
    short: 'Goodwill',
    min: 0,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
  tariff: {
    label: 'Fentanyl tariff',
    short: 'Tariff',
    min: 0,
    max: 100,
    format: (v) => `${Math.round(v)}%`,
    tolerance: 0.5,
    scale: 10,
  },
  enforcement: {
    label: 'China’s enforcement',
    short: 'Enforcement',
    min: 0,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
};
