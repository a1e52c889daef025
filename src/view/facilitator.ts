/**
 * The facilitator's panel: the world events a facilitator can bring into the next quarter. The
 * choice goes to the statechart as `facilitator.inject`, which records it in the replay log.
 */
import { EVENTS } from '../core/events';
import { WORLD_EVENTS, type WorldEvent } from '../core/vocabulary';
import { t } from '../words';
import { DIGIT_KEYS } from './keys';

export interface InjectOption {
  event: WorldEvent;
  /** The key that picks it on the panel. */
  key: string;
  label: string;
  headline: string;
}

export function injectOptions(): InjectOption[] {
  return WORLD_EVENTS.map((event, i) => ({
    event,
    key: DIGIT_KEYS[i] ?? '',
    label: EVENTS[event].label,
    headline: EVENTS[event].headline,
  }));
}

/** The line the turn screen shows while injects wait for the end of the quarter. */
export function queuedLine(events: readonly WorldEvent[]): string {
  return events.length === 0
    ? ''
    : t('screen.turn.facilitatorQueued', { events: events.map((e) => EVENTS[e].label).join(', ') });
}
