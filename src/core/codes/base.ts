import LZString from 'lz-string';
import { t } from '../../words';
import { fnv1a } from '../hash';
import { LIMITS } from '../limits';
import type { ReplayTurn } from '../replay';
import { fail, ok, type Result } from '../result';
import { WORLD_EVENTS } from '../vocabulary';

/**
 * What replay codes of every format share: base-62 digits for moves and events, URL-safe base64,
 * lz-string compression, and an FNV-1a checksum that catches a mistyped or cut-off code.
 */
export const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** How an error names a replay code it reads. */
export const replaySource = (): string => t('code.source_replay');

export function checksum(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let c = 0; c < 4; c++)
      n = (n << 6) | (c < chunk.length ? B64.indexOf(chunk[c] as string) : 0);
    bytes.push((n >> 16) & 255);
    if (chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk.length > 3) bytes.push(n & 255);
  }
  return Uint8Array.from(bytes);
}

/** The code in a pasted link (`?replay=<code>`), or the text itself. */
export function extractCode(input: string, key = 'replay'): string {
  const text = input.trim();
  const at = text.indexOf(`${key}=`);
  if (at < 0) return text;
  return text.slice(at + key.length + 1).split(/[&#\s]/)[0] ?? '';
}

/** `<prefix>.<payload>.<checksum>` around a compact text. */
export function wrap(prefix: string, text: string): string {
  const payload = toBase64Url(LZString.compressToUint8Array(text));
  return `${prefix}.${payload}.${checksum(payload)}`;
}

/**
 * The compact text inside a code's payload: checksum first, then the compressed stream, which must
 * be exactly what the encoder writes for its text (nothing after its end, no stray bits).
 */
export function unwrap(payload: string, sum: string, maxText: number): Result<string> {
  if (checksum(payload) !== sum) return fail(t('code.checksum', { source: replaySource() }));
  const bytes = fromBase64Url(payload);
  let text: string | null = null;
  try {
    text = bytes ? LZString.decompressFromUint8Array(bytes) : null;
  } catch {
    text = null;
  }
  if (!bytes || !text) return fail(t('code.notReplay', { source: replaySource() }));
  if (text.length > maxText) return fail(t('code.tooMuch', { source: replaySource() }));
  const again = LZString.compressToUint8Array(text);
  if (again.length < bytes.length) return fail(t('code.trailing', { source: replaySource() }));
  if (toBase64Url(again) !== payload) return fail(t('code.notWritten', { source: replaySource() }));
  return ok(text);
}

/** A number of two base-62 digits at `i`, or -1 when either is not a digit of the code. */
export function twoDigits(text: string, i: number): number {
  const hi = DIGITS.indexOf(text.charAt(i));
  const lo = DIGITS.indexOf(text.charAt(i + 1));
  return hi < 0 || lo < 0 || i + 1 >= text.length ? -1 : hi * 62 + lo;
}

export function digitsOf(n: number): string {
  return `${DIGITS[Math.floor(n / 62)]}${DIGITS[n % 62]}`;
}

/**
 * The turns of a compact text, `us!china!inject` each, `*` for a side left to its policy; each
 * format reads a side's moves its own way (`readSide` gives the moves or what is wrong, naming
 * `at`, e.g. "turn 2: china"). Nothing is guessed or skipped.
 */
export function readTurns(
  turns: readonly string[],
  readSide: (digits: string, at: string) => unknown[] | string,
): ReplayTurn[] | string {
  if (turns.length > LIMITS.turns)
    return t('code.tooManyTurns', { count: turns.length, max: LIMITS.turns });
  const parsed: ReplayTurn[] = [];
  for (const [index, text] of turns.entries()) {
    const at = t('code.turn', { n: index + 1 });
    const parts = text.split('!');
    if (parts.length !== 3) return t('code.threeParts', { at });
    const [us = '', china = '', inject = ''] = parts;
    const turn: Record<string, unknown> = {};
    for (const [key, digits] of [
      ['us', us],
      ['china', china],
    ] as const) {
      if (digits === '*') continue;
      const moves = readSide(digits, `${at} ${key}`);
      if (typeof moves === 'string') return moves;
      turn[key] = moves;
    }
    if (inject) {
      const events = [];
      for (const [i, c] of [...inject].entries()) {
        const event = WORLD_EVENTS[DIGITS.indexOf(c)];
        if (DIGITS.indexOf(c) < 0 || !event) return t('code.notAnEvent', { at, i });
        events.push(event);
      }
      turn.inject = events;
    }
    parsed.push(turn as ReplayTurn);
  }
  return parsed;
}
