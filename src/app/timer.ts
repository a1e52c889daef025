/**
 * The turn timer of a class game, as plain logic: the scene hands in its own clock (milliseconds),
 * so the model never reads one. When time runs out the scene ends the turn exactly as the
 * End-turn key does: the moves picked so far are committed, or a pass if none. The clock stops
 * while help, sharing or the facilitator's panel covers the turn screen.
 */
import { formatClock } from '../view/format';
import { t } from '../words';

export interface TimerView {
  /** Whole seconds left, rounded up. */
  secondsLeft: number;
  /** e.g. "Time left 1:05". */
  label: string;
  /** The last ten seconds. */
  urgent: boolean;
  expired: boolean;
}

/**
 * Why a clock stands still: an overlay covers the turn screen, or the player who set the clock
 * stopped it. It runs only when nothing holds it, so closing an overlay does not start a clock
 * the player stopped.
 */
export type ClockHold = 'overlay' | 'player';

export class TurnTimer {
  private deadline: number;
  private fired = false;
  /** When the clock was stopped, or null while it runs. */
  private pausedAt: number | null = null;
  private readonly holds = new Set<ClockHold>();

  /** `seconds` from `startMs` on the caller's clock; 0 or less means no timer. */
  constructor(
    readonly seconds: number,
    startMs: number,
  ) {
    this.deadline = startMs + seconds * 1000;
  }

  get active(): boolean {
    return this.seconds > 0;
  }

  get paused(): boolean {
    return this.pausedAt !== null;
  }

  /** Whether the player stopped the clock. */
  get heldByPlayer(): boolean {
    return this.holds.has('player');
  }

  /** Stops the clock (an overlay covers the turn screen, or the player stops it); the time left is kept. */
  pause(nowMs: number, hold: ClockHold = 'overlay'): void {
    this.holds.add(hold);
    if (this.pausedAt === null) this.pausedAt = nowMs;
  }

  /** Lets go of `hold`: the clock starts again, with the time left when it stopped, once nothing holds it. */
  resume(nowMs: number, hold: ClockHold = 'overlay'): void {
    this.holds.delete(hold);
    if (this.pausedAt === null || this.holds.size > 0) return;
    this.deadline += Math.max(0, nowMs - this.pausedAt);
    this.pausedAt = null;
  }

  /** `ms` more on the clock, running or stopped; nothing once it has run out. */
  extend(ms: number): void {
    if (this.active && !this.fired) this.deadline += ms;
  }

  view(nowMs: number): TimerView | null {
    if (!this.active) return null;
    const left = Math.max(0, (this.deadline - (this.pausedAt ?? nowMs)) / 1000);
    const secondsLeft = Math.ceil(left);
    return {
      secondsLeft,
      label:
        secondsLeft <= 0
          ? t('ui.timer.up')
          : this.heldByPlayer
            ? t('ui.timer.stopped', { clock: formatClock(secondsLeft) })
            : t('ui.timer.left', { clock: formatClock(secondsLeft) }),
      urgent: secondsLeft <= 10,
      expired: left <= 0,
    };
  }

  /** True exactly once: the first time it is asked at or after the deadline. */
  expire(nowMs: number): boolean {
    if (!this.active || this.fired || this.paused || nowMs < this.deadline) return false;
    this.fired = true;
    return true;
  }
}
