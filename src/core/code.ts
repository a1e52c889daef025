import { t } from '../words';
import {
  checksum,
  extractCode,
  fromBase64Url,
  replaySource,
  toBase64Url,
  unwrap,
} from './codes/base';
import { P1_CODE, readP1 } from './codes/p1';
import { P2_CODE, readP2, writeP2 } from './codes/p2';
import { LIMITS } from './limits';
import { fitsScenario, parseReplay, type Replay, sameWorld } from './replay';
import { fail, type Result } from './result';
import { builtInScenario } from './scenarios';
import { MODEL_VERSION } from './state';
import { type Crisis, MAX_CRISES, WORLD_EVENTS } from './vocabulary';

export { checksum };

/**
 * Replay codes: a replay written compactly, compressed, in URL-safe base64, with a checksum so a
 * mistyped or cut-off code is caught before anything is played. Codes are written in format p2
 * (src/core/codes/p2.ts); p1 codes, handed out before offers existed, are read forever and never
 * written again (src/core/codes/p1.ts).
 */
export function encodeReplayCode(replay: Replay): string {
  return writeP2(replay);
}

/** Reads a code, or a link carrying one in `?replay=`; every failure is a message, never a throw. */
export function decodeReplayCode(input: string): Result<Replay> {
  if (input.length > LIMITS.replayCode)
    return fail(
      t('code.tooLong', {
        context: 'replay',
        source: replaySource(),
        length: input.length,
        max: LIMITS.replayCode,
      }),
    );
  const code = extractCode(input);
  const p2 = P2_CODE.exec(code);
  const p1 = p2 ? null : P1_CODE.exec(code);
  const match = p2 ?? p1;
  if (!match) return fail(t('code.notACode', { context: 'replay', source: replaySource() }));
  const [, payload = '', sum = ''] = match;
  const text = unwrap(payload, sum, p2 ? LIMITS.replayText : LIMITS.replayTextP1);
  if (!text.ok) return text;
  const compact = p2 ? readP2(text.value) : readP1(text.value);
  if (typeof compact === 'string') return fail(`${replaySource()}: ${compact}`);
  const replay = parseReplay(compact, replaySource());
  if (!replay.ok) return replay;
  // One replay, one code: what the writer would not have written is not read.
  if (p2 && writeP2(replay.value) !== code)
    return fail(t('code.notWritten', { source: replaySource() }));
  const scenario = builtInScenario(replay.value.scenario);
  if (!scenario) return replay;
  const fits = fitsScenario(replay.value, scenario, replaySource());
  // Under another model the replay is only shown as recorded; under this one it must be this world.
  return fits.ok && replay.value.modelVersion === MODEL_VERSION
    ? sameWorld(fits.value, scenario, replaySource())
    : fits;
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
  const source = t('code.source_class');
  if (input.length > LIMITS.classCode)
    return fail(
      t('code.tooLong', { context: 'class', source, length: input.length, max: LIMITS.classCode }),
    );
  const text = input.trim();
  const at = text.indexOf('class=');
  const code = at < 0 ? text : (text.slice(at + 'class='.length).split(/[&#\s]/)[0] ?? '');
  const match = /^c1\.([A-Za-z0-9_-]+)\.([0-9a-z]{7})$/.exec(code);
  if (!match) return fail(t('code.notACode', { context: 'class', source }));
  const [, payload = '', sum = ''] = match;
  if (checksum(payload) !== sum) return fail(t('code.checksum', { source }));
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
    return fail(t('code.notSettings', { source }));
  if (Number(model) !== MODEL_VERSION)
    return fail(t('code.otherModel', { source, model, version: MODEL_VERSION }));
  const settings: ClassSettings = {
    scenario,
    seed: Number.parseInt(seed, 36),
    turns: Number(turns),
    turnSeconds: Number(seconds),
    ...(crises.length ? { crises: crises as Crisis[] } : {}),
  };
  const scenarioTurns = builtInScenario(scenario)?.turns;
  if (scenarioTurns === undefined) return fail(t('code.unknownScenario', { source, scenario }));
  const keys = crises.map((c) => `${c?.turn}:${c?.event}`);
  const problem =
    settings.seed > 2 ** 31 - 1
      ? t('code.range.seed', { max: 2 ** 31 - 1 })
      : settings.turns < 1 || settings.turns > scenarioTurns
        ? t('code.range.turns', { turns: settings.turns, max: scenarioTurns })
        : settings.turnSeconds > 3600
          ? t('code.range.timer')
          : crises.length > MAX_CRISES
            ? t('code.range.crises', { count: crises.length, max: MAX_CRISES })
            : new Set(keys).size !== keys.length
              ? t('code.range.twice')
              : crises.some((c) => !c || c.turn < 1 || c.turn > settings.turns)
                ? t('code.range.outside')
                : null;
  if (problem) return fail(t('code.range', { source, problem }));
  return { ok: true, value: settings };
}
