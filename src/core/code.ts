import LZString from 'lz-string';
import { LIMITS } from './limits';
import { fitsScenario, parseReplay, type Replay, type ReplayTurn } from './replay';
import { fail, type Result } from './result';
import { builtInScenario } from './scenarios';
import { MODEL_VERSION } from './state';
import {
  ASKS,
  CHINA_MOVE_TYPES,
  CONTROL_CLASSES,
  type Crisis,
  MAX_CRISES,
  type Move,
  type MoveType,
  SANCTION_TARGETS,
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
const MOVE_TYPES: readonly MoveType[] = [...US_MOVE_TYPES, ...CHINA_MOVE_TYPES];

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
  if (input.length > LIMITS.replayCode)
    return fail(
      `${SOURCE}: too long for a replay code (${input.length} characters; a code or link is at most ${LIMITS.replayCode})`,
    );
  const match = CODE.exec(extractCode(input));
  if (!match)
    return fail(
      `${SOURCE}: not a Precursor replay code (a code looks like p1.<letters>.<7 characters>)`,
    );
  const [, payload = '', sum = ''] = match;
  if (checksum(payload) !== sum)
    return fail(`${SOURCE}: the code is mistyped or incomplete (its checksum does not match)`);
  const bytes = fromBase64Url(payload);
  let text: string | null = null;
  try {
    text = bytes ? LZString.decompressFromUint8Array(bytes) : null;
  } catch {
    text = null;
  }
  if (!bytes || !text)
    return fail(`${SOURCE}: the code is damaged (it does not decode to a replay)`);
  if (text.length > LIMITS.replayText)
    return fail(`${SOURCE}: the code is damaged (it decodes to more than a replay can hold)`);
  // The code must be exactly what the encoder writes for its text: nothing after the compressed
  // stream, no bits set in its padding.
  const again = LZString.compressToUint8Array(text);
  if (again.length < bytes.length)
    return fail(`${SOURCE}: the code is damaged (it carries bytes after its end)`);
  if (toBase64Url(again) !== payload)
    return fail(`${SOURCE}: the code is damaged (it is not written the way a replay code is)`);
  const compact = readCompact(text);
  if (typeof compact === 'string') return fail(`${SOURCE}: ${compact}`);
  const replay = parseReplay(compact, SOURCE);
  if (!replay.ok) return replay;
  const scenario = builtInScenario(replay.value.scenario);
  return scenario ? fitsScenario(replay.value, scenario, SOURCE) : replay;
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

/** A move from its number, or why the number is not a move. */
function readMove(n: number): Record<string, unknown> | string {
  const type = MOVE_TYPES[Math.floor(n / 32)];
  const p = n % 32;
  let move: Record<string, unknown> | null;
  switch (type) {
    case undefined:
      return 'an unknown move';
    case 'setTariff':
      move = p <= 20 ? { type, rate: p * 5 } : null;
      break;
    case 'sanction':
    case 'liftSanction': {
      const target = SANCTION_TARGETS[p];
      move = target ? { type, target } : null;
      break;
    }
    case 'schedulePrecursors':
      move = p >= 1 && p <= 20 ? { type, count: p } : null;
      break;
    case 'scheduleClass': {
      const c = CONTROL_CLASSES[p];
      move = c ? { type, class: c } : null;
      break;
    }
    case 'enforce':
      move = p >= 1 && p <= 3 ? { type, level: p } : null;
      break;
    case 'demandConcession': {
      const ask = ASKS[p];
      move = ask ? { type, ask } : null;
      break;
    }
    default:
      // A move without parameters carries none: any bit set there is damage.
      move = p === 0 ? { type } : null;
  }
  return move ?? `a move '${type}' with a parameter it cannot take`;
}

/**
 * The compact text back to a replay-shaped object (checked by the schema after), or what is wrong
 * with it, naming the turn. Nothing is guessed or skipped: a character that is not a digit of the
 * code is an error, never a move or an event.
 */
function readCompact(text: string): unknown {
  const [version = '', seed = '', scenario = '', ...turns] = text.split('~');
  // Numbers as the encoder writes them: no leading zeros, so one replay has one way to be written.
  if (!scenario || !/^(0|[1-9]\d{0,3})$/.test(version) || !/^(0|[1-9a-z][0-9a-z]{0,6})$/.test(seed))
    return 'the code is damaged (it does not decode to a replay)';
  if (turns.length > LIMITS.turns)
    return `turns: the code holds ${turns.length} turns; a replay has at most ${LIMITS.turns}`;
  const parsedTurns: ReplayTurn[] = [];
  for (const [index, t] of turns.entries()) {
    const at = `turn ${index + 1}:`;
    const parts = t.split('!');
    if (parts.length !== 3) return `${at} the code is damaged (a turn has three parts)`;
    const [us = '', china = '', inject = ''] = parts;
    const turn: Record<string, unknown> = {};
    for (const [key, digits] of [
      ['us', us],
      ['china', china],
    ] as const) {
      if (digits === '*') continue;
      if (digits.length % 2 !== 0) return `${at} ${key}: a move is cut short`;
      const moves = [];
      for (let i = 0; i < digits.length; i += 2) {
        const hi = DIGITS.indexOf(digits.charAt(i));
        const lo = DIGITS.indexOf(digits.charAt(i + 1));
        if (hi < 0 || lo < 0) return `${at} ${key}: a character that is not a digit of the code`;
        const move = readMove(hi * 62 + lo);
        if (typeof move === 'string') return `${at} ${key}[${i / 2}]: ${move}`;
        moves.push(move);
      }
      turn[key] = moves;
    }
    if (inject) {
      const events = [];
      for (const [i, c] of [...inject].entries()) {
        const event = WORLD_EVENTS[DIGITS.indexOf(c)];
        if (DIGITS.indexOf(c) < 0 || !event) return `${at} inject[${i}]: not an event of the game`;
        events.push(event);
      }
      turn.inject = events;
    }
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
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
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
 * Class codes: `c1.<payload>.<checksum>`, the payload `scenario~seed~turns~seconds~crises~model` in
 * URL-safe base64, crises as `quarter:event` pairs (the event's index in WORLD_EVENTS) joined by
 * commas (empty when there are none), and the model version the class was prepared under. Codes
 * made before the model version was added end after the seconds or the crises: they were all made
 * under model version 1.
 */
export function encodeClassCode(s: ClassSettings): string {
  const crises = (s.crises ?? []).map((c) => `${c.turn}:${WORLD_EVENTS.indexOf(c.event)}`);
  const fields = [s.scenario, s.seed.toString(36), s.turns, s.turnSeconds, crises.join(',')];
  const payload = toBase64Url(new TextEncoder().encode([...fields, MODEL_VERSION].join('~')));
  return `c1.${payload}.${checksum(payload)}`;
}

export function decodeClassCode(input: string): Result<ClassSettings> {
  const source = 'class code';
  if (input.length > LIMITS.classCode)
    return fail(
      `${source}: too long for a class code (${input.length} characters; a code or link is at most ${LIMITS.classCode})`,
    );
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
  const [scenario = '', seed = '', turns = '', seconds = '', crisisText = '', model = '1'] = parts;
  const pairs = crisisText.split(',').filter(Boolean);
  const crises = pairs.map((pair) => {
    const m = /^(\d{1,2}):(\d)$/.exec(pair);
    const event = m ? WORLD_EVENTS[Number(m[2])] : undefined;
    return m && event ? { turn: Number(m[1]), event } : null;
  });
  if (
    !bytes ||
    parts.length < 4 ||
    parts.length > 6 ||
    crises.some((c) => c === null) ||
    !/^[a-z0-9-]{1,64}$/.test(scenario) ||
    !/^[0-9a-z]{1,7}$/.test(seed) ||
    !/^\d{1,2}$/.test(turns) ||
    !/^\d{1,4}$/.test(seconds) ||
    !/^[1-9]\d{0,3}$/.test(model)
  )
    return fail(`${source}: the code is damaged (it does not decode to class settings)`);
  if (Number(model) !== MODEL_VERSION)
    return fail(
      `${source}: this class was prepared under model version ${model}, and this game runs version ${MODEL_VERSION}, where the same world plays differently: make a new class code in Setup (same scenario, seed and quarters) and hand it out again`,
    );
  const settings: ClassSettings = {
    scenario,
    seed: Number.parseInt(seed, 36),
    turns: Number(turns),
    turnSeconds: Number(seconds),
    ...(crises.length ? { crises: crises as Crisis[] } : {}),
  };
  const scenarioTurns = builtInScenario(scenario)?.turns;
  if (scenarioTurns === undefined) return fail(`${source}: unknown scenario '${scenario}'`);
  const keys = crises.map((c) => `${c?.turn}:${c?.event}`);
  const problem =
    settings.seed > 2 ** 31 - 1
      ? `the seed is larger than ${2 ** 31 - 1}`
      : settings.turns < 1 || settings.turns > scenarioTurns
        ? `${settings.turns} quarters is not from 1 to the scenario's ${scenarioTurns}`
        : settings.turnSeconds > 3600
          ? 'the turn timer is longer than an hour'
          : crises.length > MAX_CRISES
            ? `it sets ${crises.length} crises; a class has at most ${MAX_CRISES}`
            : new Set(keys).size !== keys.length
              ? 'it sets the same crisis twice'
              : crises.some((c) => !c || c.turn < 1 || c.turn > settings.turns)
                ? 'a crisis falls outside the quarters played'
                : null;
  if (problem) return fail(`${source}: the settings are out of range (${problem})`);
  return { ok: true, value: settings };
}
