import LZString from 'lz-string';
import { fnv1a } from './hash';
import { parseReplay, type Replay, type ReplayTurn } from './replay';
import { fail, type Result } from './result';
import {
  ASKS,
  CHINA_MOVE_TYPES,
  CONTROL_CLASSES,
  type Crisis,
  MAX_CRISES,
  type Move,
  type MoveType,
  SANCTION_TARGETS,
  SHARED_MOVE_TYPES,
  US_MOVE_TYPES,
  WORLD_EVENTS,
} from './vocabulary';

/**
 * Replay codes: a replay (format v1) written compactly, compressed with lz-string, in URL-safe
 * base64, with a checksum so a mistyped or cut-off code is caught before anything is played.
 *
 *   p1.<payload>.<checksum>
 *
 * Before compression the replay is `modelVersion~seed~scenario~turn~turn…`, the seed in base 36,
 * each turn `us!china!inject`: a move is two base-62 digits (type index × 32 + parameter), an
 * event one digit, and `*` marks a side left to its policy. The orders of the vocabulary's
 * arrays are part of format p1: ids are only ever appended. The checksum is FNV-1a (32 bits) of
 * the payload, in base 36.
 */
const CODE = /^p1\.([A-Za-z0-9_-]+)\.([0-9a-z]{7})$/;
const SOURCE = 'replay code';
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Format p1's move table: the 22 moves of model 1, then later moves appended, never reordered. */
const MOVE_TYPES: readonly MoveType[] = [
  ...US_MOVE_TYPES.filter((t) => !isShared(t)),
  ...CHINA_MOVE_TYPES.filter((t) => !isShared(t)),
  ...SHARED_MOVE_TYPES,
];

function isShared(t: MoveType): boolean {
  return (SHARED_MOVE_TYPES as readonly MoveType[]).includes(t);
}

export function encodeReplayCode(replay: Replay): string {
  const turns = replay.turns.map((t) =>
    [
      side(t.us),
      side(t.china),
      (t.inject ?? []).map((e) => DIGITS[WORLD_EVENTS.indexOf(e)]).join(''),
    ].join('!'),
  );
  const text = [replay.modelVersion ?? 0, replay.seed.toString(36), replay.scenario, ...turns].join(
    '~',
  );
  const payload = toBase64Url(LZString.compressToUint8Array(text));
  return `p1.${payload}.${checksum(payload)}`;
}

/** Reads a code, or a link carrying one in `?replay=`; every failure is a message, never a throw. */
export function decodeReplayCode(input: string): Result<Replay> {
  const match = CODE.exec(extractCode(input));
  if (!match)
    return fail(
      `${SOURCE}: not a Precursor replay code (a code looks like p1.<letters>.<7 characters>)`,
    );
  const [, payload = '', sum = ''] = match;
  if (checksum(payload) !== sum)
    return fail(`${SOURCE}: the code is mistyped or incomplete (its checksum does not match)`);
  let text: string | null = null;
  try {
    const bytes = fromBase64Url(payload);
    text = bytes ? LZString.decompressFromUint8Array(bytes) : null;
  } catch {
    text = null;
  }
  const replay = text ? readCompact(text) : null;
  if (!replay) return fail(`${SOURCE}: the code is damaged (it does not decode to a replay)`);
  return parseReplay(replay, SOURCE);
}

function side(moves: readonly Move[] | undefined): string {
  return moves === undefined ? '*' : moves.map(moveDigits).join('');
}

function moveDigits(m: Move): string {
  const n = MOVE_TYPES.indexOf(m.type) * 32 + parameter(m);
  return `${DIGITS[Math.floor(n / 62)]}${DIGITS[n % 62]}`;
}

function parameter(m: Move): number {
  switch (m.type) {
    case 'setTariff':
      return m.rate / 5;
    case 'sanction':
    case 'liftSanction':
      return SANCTION_TARGETS.indexOf(m.target);
    case 'schedulePrecursors':
      return m.count;
    case 'scheduleClass':
      return CONTROL_CLASSES.indexOf(m.class);
    case 'enforce':
      return m.level;
    case 'demandConcession':
      return ASKS.indexOf(m.ask);
    default:
      return 0;
  }
}

function readMove(n: number): Record<string, unknown> | null {
  const type = MOVE_TYPES[Math.floor(n / 32)];
  const p = n % 32;
  switch (type) {
    case undefined:
      return null;
    case 'setTariff':
      return { type, rate: p * 5 };
    case 'sanction':
    case 'liftSanction':
      return { type, target: SANCTION_TARGETS[p] };
    case 'schedulePrecursors':
      return { type, count: p };
    case 'scheduleClass':
      return { type, class: CONTROL_CLASSES[p] };
    case 'enforce':
      return { type, level: p };
    case 'demandConcession':
      return { type, ask: ASKS[p] };
    default:
      return { type };
  }
}

/** The compact text back to a replay-shaped object (checked by the schema after), or null. */
function readCompact(text: string): unknown {
  const [version, seed, scenario, ...turns] = text.split('~');
  if (!version || !seed || !scenario || !/^\d+$/.test(version) || !/^[0-9a-z]+$/.test(seed))
    return null;
  const parsedTurns: ReplayTurn[] = [];
  for (const t of turns) {
    const parts = t.split('!');
    if (parts.length !== 3) return null;
    const [us = '', china = '', inject = ''] = parts;
    const turn: Record<string, unknown> = {};
    for (const [key, digits] of [
      ['us', us],
      ['china', china],
    ] as const) {
      if (digits === '*') continue;
      if (digits.length % 2 !== 0) return null;
      const moves = [];
      for (let i = 0; i < digits.length; i += 2) {
        const n =
          DIGITS.indexOf(digits[i] as string) * 62 + DIGITS.indexOf(digits[i + 1] as string);
        const move = readMove(n);
        if (!move || digits[i] === undefined || !DIGITS.includes(digits[i] as string)) return null;
        moves.push(move);
      }
      turn[key] = moves;
    }
    if (inject) turn.inject = [...inject].map((c) => WORLD_EVENTS[DIGITS.indexOf(c)] ?? c);
    parsedTurns.push(turn as ReplayTurn);
  }
  const modelVersion = Number(version);
  return {
    format: 'precursor-replay',
    version: 1,
    ...(modelVersion > 0 ? { modelVersion } : {}),
    scenario,
    seed: Number.parseInt(seed, 36),
    turns: parsedTurns,
  };
}

function extractCode(input: string): string {
  const text = input.trim();
  const at = text.indexOf('replay=');
  if (at < 0) return text;
  return text.slice(at + 'replay='.length).split(/[&#\s]/)[0] ?? '';
}

export function checksum(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let c = 0; c < chars; c++) out += B64[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | null {
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

/** What a facilitator fixes for the whole class: every group starts the same world. */
export interface ClassSettings {
  scenario: string;
  seed: number;
  turns: number;
  /** Seconds per side per turn; 0 means untimed. */
  turnSeconds: number;
  /** World events set for given quarters, the same in every group's game. Absent: none. */
  crises?: Crisis[];
}

/**
 * Class codes: `c1.<payload>.<checksum>`, the payload `scenario~seed~turns~seconds[~crises]` in
 * URL-safe base64, crises as `quarter:event` pairs (the event's index in WORLD_EVENTS) joined by
 * commas. Codes without crises are as they always were.
 */
export function encodeClassCode(s: ClassSettings): string {
  const crises = (s.crises ?? []).map((c) => `${c.turn}:${WORLD_EVENTS.indexOf(c.event)}`);
  const fields = [s.scenario, s.seed.toString(36), s.turns, s.turnSeconds];
  const text = [...fields, ...(crises.length ? [crises.join(',')] : [])].join('~');
  const payload = toBase64Url(new TextEncoder().encode(text));
  return `c1.${payload}.${checksum(payload)}`;
}

export function decodeClassCode(input: string): Result<ClassSettings> {
  const source = 'class code';
  const text = input.trim();
  const at = text.indexOf('class=');
  const code = at < 0 ? text : (text.slice(at + 'class='.length).split(/[&#\s]/)[0] ?? '');
  const match = /^c1\.([A-Za-z0-9_-]+)\.([0-9a-z]{7})$/.exec(code);
  if (!match)
    return fail(
      `${source}: not a Precursor class code (a code looks like c1.<letters>.<7 characters>)`,
    );
  const [, payload = '', sum = ''] = match;
  if (checksum(payload) !== sum)
    return fail(`${source}: the code is mistyped or incomplete (its checksum does not match)`);
  const bytes = fromBase64Url(payload);
  const parts = bytes ? new TextDecoder().decode(bytes).split('~') : [];
  const [scenario = '', seed = '', turns = '', seconds = '', crisisText] = parts;
  const crises = (crisisText ?? '')
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const m = /^(\d{1,2}):(\d)$/.exec(pair);
      const event = m ? WORLD_EVENTS[Number(m[2])] : undefined;
      return m && event ? { turn: Number(m[1]), event } : null;
    });
  if (
    (parts.length !== 4 && parts.length !== 5) ||
    crises.some((c) => c === null) ||
    !/^[a-z0-9-]+$/.test(scenario) ||
    !/^[0-9a-z]+$/.test(seed) ||
    !/^\d+$/.test(turns) ||
    !/^\d+$/.test(seconds)
  )
    return fail(`${source}: the code is damaged (it does not decode to class settings)`);
  const settings: ClassSettings = {
    scenario,
    seed: Number.parseInt(seed, 36),
    turns: Number(turns),
    turnSeconds: Number(seconds),
    ...(crises.length ? { crises: crises as Crisis[] } : {}),
  };
  if (
    settings.seed > 2 ** 31 - 1 ||
    settings.turns < 1 ||
    settings.turns > 40 ||
    settings.turnSeconds > 3600 ||
    crises.length > MAX_CRISES ||
    crises.some((c) => !c || c.turn < 1 || c.turn > settings.turns)
  )
    return fail(`${source}: the settings are out of range`);
  return { ok: true, value: settings };
}
