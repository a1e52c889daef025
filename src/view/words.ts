import { EVENTS } from '../core/events';
import {
  type Indicator,
  POSTURES,
  type Posture,
  SIDES,
  type Side,
  type WorldEvent,
} from '../core/vocabulary';
import { liveWords, t, withWords } from '../words';

/** How a played move reads in the news feed and the timeline: the core's own wording. */
export { describeMove as moveTitle } from '../core/moves';

export const SIDE_SHORT: Record<Side, string> = liveWords(SIDES, (side) =>
  t('country.short', { context: side }),
);

/** A cooperation posture as a label: its word in the catalogue, capitalised. */
export const POSTURE_LABEL: Readonly<Record<Posture, string>> = liveWords(POSTURES, (p) => {
  const w = t(`posture.${p}`);
  return w.charAt(0).toUpperCase() + w.slice(1);
});

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
  return t('event.injected', { headline: eventHeadline(e) });
}

/** A quarter's event headlines, the world's first, then the facilitator's, marked as such. */
export function eventHeadlines(
  events: readonly WorldEvent[],
  injected: readonly WorldEvent[] = [],
): string[] {
  const split = splitInjected(events, injected);
  return [...split.world.map(eventHeadline), ...split.injected.map(injectedHeadline)];
}

/** The events of `eventHeadlines`, in its order: the icon that goes beside each headline. */
export function eventOrder(
  events: readonly WorldEvent[],
  injected: readonly WorldEvent[] = [],
): WorldEvent[] {
  const split = splitInjected(events, injected);
  return [...split.world, ...split.injected];
}

export function eventHeadline(e: WorldEvent): string {
  return EVENTS[e].headline;
}

export function eventLabel(e: WorldEvent): string {
  return EVENTS[e].label;
}

export interface IndicatorInfo {
  /** Its name, and a short one for tight places (`indicator.<id>.*` in src/words). */
  readonly label: string;
  readonly short: string;
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

const INDICATOR_SCALES: Record<Indicator, Omit<IndicatorInfo, 'label' | 'short'>> = {
  deaths12m: {
    min: 0,
    max: 100_000,
    format: thousandsFmt,
    tolerance: 1,
    scale: 2000,
  },
  deaths: {
    min: 0,
    max: 30_000,
    format: thousandsFmt,
    tolerance: 1,
    scale: 500,
  },
  streetPrice: {
    min: 0,
    max: 200,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
  purity: {
    min: 0,
    max: 20,
    format: (v) => `${v.toFixed(1)}%`,
    tolerance: 0.05,
    scale: 1,
  },
  precursorFlow: {
    min: 0,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
  altSupply: {
    min: 0,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 5,
  },
  relations: {
    min: -100,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
  goodwill: {
    min: 0,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
  tariff: {
    min: 0,
    max: 100,
    format: (v) => `${Math.round(v)}%`,
    tolerance: 0.5,
    scale: 10,
  },
  enforcement: {
    min: 0,
    max: 100,
    format: int,
    tolerance: 0.5,
    scale: 10,
  },
};

export const INDICATOR_INFO: Record<Indicator, IndicatorInfo> = withWords(
  Object.keys(INDICATOR_SCALES) as Indicator[],
  (id) => INDICATOR_SCALES[id],
  ['label', 'short'],
  (id, field) => `indicator.${id}.${field}`,
);
