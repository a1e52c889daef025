/** Number formatting shared by every screen. Plain functions, no Phaser. */

export function thousands(n: number): string {
  const rounded = Math.round(n);
  const sign = rounded < 0 ? '−' : '';
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A change with its sign always written, e.g. "+3.2", "−1,200", "0". */
export function signed(n: number, digits = 0): string {
  const factor = 10 ** digits;
  const r = Math.round(n * factor) / factor;
  if (r === 0) return '0';
  const body = digits === 0 ? thousands(Math.abs(r)) : Math.abs(r).toFixed(digits);
  return `${r > 0 ? '+' : '−'}${body}`;
}

export type Trend = 'up' | 'down' | 'flat';

export function trendOf(delta: number, tolerance = 0.05): Trend {
  if (delta > tolerance) return 'up';
  if (delta < -tolerance) return 'down';
  return 'flat';
}

export const TREND_ARROW: Record<Trend, string> = { up: '▲', down: '▼', flat: '■' };

/** Seconds as m:ss, rounded up. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
