/**
 * Every way into the game, generated: replay files, replay codes, class codes, saves, scenario
 * files and the `sim` command line, each as valid-looking input (what a player, a teacher or a
 * scenario author would make) and as damaged or hostile input. For every case the verdict must be
 * one of two:
 *
 * - refused, with one line that starts with the name of the source (and names the field where
 *   there is one), or
 * - accepted and played to finite values that the save schema accepts, with work (statechart
 *   events) in proportion to the size of the input;
 *
 * never an exception, a hang, or an input that decodes to something other than itself. The CI
 * tests (tests/fuzz.test.ts) run a few hundred cases of each kind; `npm run fuzz` runs many more.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import LZString from 'lz-string';
import { SaveStore } from '../../src/app/saves';
import { GameSession } from '../../src/app/session';
import { openSave, ReplayViewer, readImportedFile, readReplayCode } from '../../src/app/viewer';
import { InputError } from '../../src/cli/load';
import { runSim } from '../../src/cli/sim';
import { checksum, decodeClassCode, encodeClassCode, encodeReplayCode } from '../../src/core/code';
import { LIMITS } from '../../src/core/limits';
import {
  MOVE_TYPES,
  MOVES,
  type MoveRecord,
  OFFER_MOVE_TYPES,
  US_MOVE_TYPES,
} from '../../src/core/moves';
import { makeReplay, type ReplayTurn } from '../../src/core/replay';
import { turnRecordSchema } from '../../src/core/save';
import { parseScenario, type Scenario } from '../../src/core/scenario';
import { builtInScenario, SCENARIO_IDS } from '../../src/core/scenarios';
import { MODEL_VERSION } from '../../src/core/state';
import type { TurnRecord } from '../../src/core/turn';
import {
  CHINA_POLICIES,
  type Move,
  POSTURES,
  US_POLICIES,
  WORLD_EVENTS,
} from '../../src/core/vocabulary';
import { playGame, send, startActor, work } from '../../src/machine/driver';
import type { GameEvent } from '../../src/machine/game';
import { runClass } from '../../src/view/classResults';
import { applyClassCode, defaultChoice, type SetupChoice } from '../../src/view/setup';
import { MapStorage } from '../helpers';

/** What a case found: nothing (the input was refused well, or played well), or a finding. */
export interface Verdict {
  accepted: boolean;
  /** Statechart events spent playing it, and the size of the input in items. */
  steps: number;
  size: number;
}

/** A finding: an input handled in a way it must never be. */
export class Finding extends Error {}

function finding(what: string, detail: unknown): never {
  throw new Finding(`${what}: ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`);
}

/** At most this many statechart events per item of input (a turn, a move, an event), plus a few. */
export const STEPS_PER_ITEM = 12;
const STEPS_BASE = 20;

function refusedWell(message: string, source: string): Verdict {
  if (message.includes('\n')) finding('a refusal on more than one line', message);
  if (!message.startsWith(`${source}: `))
    finding(`a refusal that does not start with "${source}: "`, message);
  return { accepted: false, steps: 0, size: 0 };
}

function inRange(records: readonly TurnRecord[], where: string): void {
  for (const r of records) {
    const checked = turnRecordSchema.safeParse(r);
    if (!checked.success)
      finding(
        `${where}: turn ${r.turn} plays outside the save schema`,
        checked.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '),
      );
  }
}

function finite(records: readonly TurnRecord[], where: string): void {
  for (const r of records)
    for (const [k, v] of Object.entries(r))
      if (typeof v === 'number' && !Number.isFinite(v))
        finding(`${where}: turn ${r.turn}: ${k} is ${v}`, r);
}

function withinWork(steps: number, size: number, where: string): Verdict {
  if (steps > STEPS_PER_ITEM * size + STEPS_BASE)
    finding(`${where}: ${steps} statechart events for an input of ${size} items`, { steps, size });
  return { accepted: true, steps, size };
}

/** Items in a replay: its turns, and every move and event they list. */
export function replaySize(turns: readonly ReplayTurn[]): number {
  return (
    1 +
    turns.reduce(
      (n, t) => n + 1 + (t.us?.length ?? 0) + (t.china?.length ?? 0) + (t.inject?.length ?? 0),
      0,
    )
  );
}

function counted<T>(run: () => T): { value: T; steps: number } {
  const before = work.events;
  const value = run();
  return { value, steps: work.events - before };
}

// ---------------------------------------------------------------------------------------------
// Generators

const SHIPPED: Scenario[] = SCENARIO_IDS.map((id) => builtInScenario(id) as Scenario);

/** Any move the schema allows but an offer, legal in the state or not, for either side. */
const plainMoveArb: fc.Arbitrary<Move> = fc.oneof(
  ...MOVE_TYPES.filter((type) => type !== 'proposeOffer').map((type) => {
    const { param } = MOVES[type] as MoveRecord;
    return fc
      .integer({ min: param.low, max: param.high })
      .map((p) => ({ type, ...param.fromNumber(p) }) as Move);
  }),
);
const termArb = plainMoveArb.filter((m) => !OFFER_MOVE_TYPES.includes(m.type));
/** Any move the schema allows, offers with any terms among them, for either side. */
export const moveArb: fc.Arbitrary<Move> = fc.oneof(
  { weight: 8, arbitrary: plainMoveArb },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('proposeOffer' as const),
      give: fc.array(termArb, { maxLength: 3 }),
      ask: fc.array(termArb, { maxLength: 3 }),
      within: fc.integer({ min: 1, max: 3 }),
    }),
  },
);
const isUs = (m: Move) => US_MOVE_TYPES.includes(m.type);
const usMoveArb = moveArb.filter(isUs);
const chinaMoveArb = moveArb.filter((m) => !isUs(m));
const eventArb = fc.constantFrom(...WORLD_EVENTS);

/** A side's moves as a player or a hand-edited file might list them: repeats and misfits too. */
const sideArb = (arb: fc.Arbitrary<Move>) =>
  fc.option(fc.array(arb, { maxLength: LIMITS.usMoves }), { nil: undefined, freq: 4 });
/** A quarter's injects: each event once (as the game records them), now and then a repeat. */
const injectArb = fc.option(
  fc.oneof(
    { weight: 5, arbitrary: fc.uniqueArray(eventArb, { maxLength: LIMITS.injects }) },
    { weight: 1, arbitrary: fc.array(eventArb, { maxLength: 3 }) },
  ),
  { nil: undefined, freq: 2 },
);
export const turnArb: fc.Arbitrary<ReplayTurn> = fc
  .record({ us: sideArb(usMoveArb), china: sideArb(chinaMoveArb), inject: injectArb })
  .map((t) => Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)));

/** A replay as the game writes one, or as someone might write one by hand. */
export const replayDocArb = fc
  .record({
    scenario: fc.constantFrom(...SHIPPED),
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    extra: fc.integer({ min: -3, max: 2 }),
    turns: fc.array(turnArb, { maxLength: LIMITS.turns + 1 }),
    modelVersion: fc.constantFrom<number | undefined>(MODEL_VERSION, MODEL_VERSION, undefined, 2),
  })
  .map(({ scenario, seed, extra, turns, modelVersion }) => {
    // Mostly no longer than the scenario; sometimes a turn or two beyond it.
    const length = Math.max(0, Math.min(turns.length, scenario.turns + Math.max(0, extra)));
    const replay = makeReplay(scenario, seed, turns.slice(0, length));
    if (modelVersion === undefined) delete replay.modelVersion;
    else replay.modelVersion = modelVersion;
    return replay;
  });

type Path = (string | number)[];
const at = (x: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], x);
const put = (x: unknown, path: Path, value: unknown): unknown => {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  const copy = (Array.isArray(x) ? [...x] : { ...(x as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = put(copy[head], rest, value);
  return copy;
};
function pathsOf(doc: unknown): Path[] {
  const paths: Path[] = [];
  const walk = (x: unknown, path: Path) => {
    if (path.length) paths.push(path);
    if (Array.isArray(x)) for (const [i, v] of x.entries()) walk(v, [...path, i]);
    else if (x && typeof x === 'object')
      for (const [k, v] of Object.entries(x)) walk(v, [...path, k]);
  };
  walk(doc, []);
  return paths;
}

/** Breaks a document for certain: a value of the wrong type somewhere, or a key or element that has no place. */
export function breakages(doc: unknown): fc.Arbitrary<unknown> {
  const wrongFor = (current: unknown): fc.Arbitrary<unknown> =>
    typeof current === 'number'
      ? fc.constantFrom('7', null, [], {}, true)
      : typeof current === 'string'
        ? fc.constantFrom(0, null, [], {}, false)
        : typeof current === 'boolean'
          ? fc.constantFrom(0, 'true', null, [], {})
          : fc.constantFrom('x', 3, true);
  const paths = pathsOf(doc);
  if (paths.length === 0) return fc.constant({ unexpected: true });
  return fc.constantFrom(...paths).chain((path) => {
    const parent = at(doc, path.slice(0, -1));
    const extra = Array.isArray(parent)
      ? put(doc, path.slice(0, -1), [...parent, { unexpected: true }])
      : put(doc, path.slice(0, -1), { ...(parent as object), unexpectedKey: 1 });
    return fc.oneof(
      wrongFor(at(doc, path)).map((v) => put(doc, path, v)),
      fc.constant(extra),
    );
  });
}

/**
 * Edits a document the way a person or a mischief-maker might: any JSON value anywhere, a number
 * pushed to an extreme, a list element repeated many times. The result may happen to be valid.
 */
export function edits(doc: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(doc);
  if (paths.length === 0) return fc.jsonValue();
  const extreme = fc.constantFrom(
    0,
    -1,
    1e-9,
    1e9,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_VALUE,
    0.5,
  );
  return fc.constantFrom(...paths).chain((path) => {
    const here = at(doc, path);
    const parent = at(doc, path.slice(0, -1));
    const repeated = Array.isArray(parent)
      ? fc
          .integer({ min: 2, max: 5000 })
          .map((n) => put(doc, path.slice(0, -1), [...parent, ...Array(n).fill(here)]))
      : fc.constant(doc);
    return fc.oneof(
      fc.jsonValue().map((v) => put(doc, path, v)),
      extreme.map((v) => put(doc, path, typeof here === 'number' ? v : here)),
      repeated,
    );
  });
}

/** Text that is not quite JSON: cut short, or any string at all. */
const damagedText = (text: string) =>
  fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc.string({ maxLength: 200 }),
    fc.constant(`\uFEFF${text}`),
  );

/** A document and its damaged versions, as JSON text. */
export function documentTexts(valid: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return valid.chain((doc) => {
    const text = JSON.stringify(doc);
    return fc.oneof(
      { weight: 3, arbitrary: fc.constant(text) },
      { weight: 3, arbitrary: breakages(doc).map((d) => JSON.stringify(d)) },
      { weight: 3, arbitrary: edits(doc).map((d) => JSON.stringify(d)) },
      { weight: 1, arbitrary: damagedText(text) },
    );
  });
}

const COMPACT = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz~!*';

/** Replay codes: made by the encoder, then damaged or forged (with a correct checksum). */
export const codeArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: replayDocArb.map((r) => encodeReplayCode(r)) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(replayDocArb, fc.nat(), fc.integer({ min: 0, max: 6 }))
      .map(([r, i, bit]) => {
        const code = encodeReplayCode(r);
        const k = i % code.length;
        return (
          code.slice(0, k) +
          String.fromCharCode(code.charCodeAt(k) ^ (1 << bit)) +
          code.slice(k + 1)
        );
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(replayDocArb, fc.nat())
      .map(([r, n]) => encodeReplayCode(r).slice(0, n % 200)),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('1~7~', '0~zik0zj~', '1~0~', '01~7~', '1~'),
        fc.constantFrom(...SCENARIO_IDS, 'x', '../a.json', ''),
        fc.string({ unit: fc.constantFrom(...COMPACT), maxLength: 400 }),
      )
      .map(([head, id, rest]) => forgeCode(`${head}${id}${rest}`)),
  },
  {
    // Well-formed compact text with any move numbers and event digits: parameters a move cannot
    // take, moves and events past the last, as a forger with the format in hand would write.
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...SCENARIO_IDS),
        fc.array(
          fc.tuple(
            fc.option(fc.array(moveNumber(0), { maxLength: 3 })),
            fc.option(fc.array(moveNumber(US_MOVE_TYPES.length), { maxLength: 3 })),
            fc.array(fc.integer({ min: 0, max: WORLD_EVENTS.length }), { maxLength: 2 }),
          ),
          { maxLength: 8 },
        ),
      )
      .map(([id, turns]) => {
        const digit = (n: number) => COMPACT[n] ?? '0';
        const side = (moves: number[] | null) =>
          moves === null
            ? '*'
            : moves.map((n) => digit(Math.floor(n / 62)) + digit(n % 62)).join('');
        const text = turns.map(([us, china, inject]) =>
          [side(us), side(china), inject.map(digit).join('')].join('!'),
        );
        return forgeCode([MODEL_VERSION, 7, id, ...text].join('~'));
      }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(replayDocArb, fc.uint8Array({ minLength: 1, maxLength: 4 }))
      .map(([r, tail]) => {
        const payload = encodeReplayCode(r).split('.')[1] ?? '';
        const bytes = Buffer.concat([Buffer.from(payload, 'base64url'), Buffer.from(tail)]);
        return forgeBytes(bytes);
      }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: replayDocArb.map((r) => `https://example.org/?replay=${encodeReplayCode(r)}#x`),
  },
);

/** A move's number in a code: a type of the side (from `first`) and any parameter bits; now and then any number. */
function moveNumber(first: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: first * 32, max: (first + 11) * 32 - 1 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 62 * 62 - 1 }) },
  );
}

function forgeCode(text: string): string {
  return forgeBytes(Buffer.from(LZString.compressToUint8Array(text)));
}
function forgeBytes(bytes: Uint8Array): string {
  const payload = Buffer.from(bytes).toString('base64url');
  return `p1.${payload}.${checksum(payload)}`;
}

/** Class codes: made by the encoder from valid-looking settings, forged, damaged. */
export const classCodeArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        scenario: fc.constantFrom(...SHIPPED),
        seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fraction: fc.double({ min: 0, max: 1, noNaN: true }),
        turnSeconds: fc.constantFrom(0, 60, 90, 300, 3600),
        crises: fc.array(
          fc.record({ at: fc.double({ min: 0, max: 1.1, noNaN: true }), event: eventArb }),
          {
            maxLength: 5,
          },
        ),
      })
      .map((s) => {
        const turns = Math.max(1, Math.ceil(s.fraction * s.scenario.turns));
        return encodeClassCode({
          scenario: s.scenario.id,
          seed: s.seed,
          turns,
          turnSeconds: s.turnSeconds,
          crises: s.crises.map((c) => ({
            turn: Math.max(1, Math.ceil(c.at * turns)),
            event: c.event,
          })),
        });
      }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...SCENARIO_IDS, 'x', '../a.json', ''),
        fc.string({
          unit: fc.constantFrom(...'0123456789abcz~:,'.split('')),
          maxLength: 40,
        }),
      )
      .map(([id, rest]) => {
        const payload = Buffer.from(`${id}${rest}`).toString('base64url');
        return `c1.${payload}.${checksum(payload)}`;
      }),
  },
  {
    // Well-formed fields with any values: another model version, quarters past the scenario,
    // crises repeated or out of range, numbers written oddly.
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...SCENARIO_IDS, 'nowhere'),
        fc.constantFrom('7', 'zik0zj', 'zik0zk', '0', '07'),
        fc.integer({ min: 0, max: 45 }),
        fc.constantFrom('0', '90', '3600', '3601'),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 9 })), {
          maxLength: 5,
        }),
        fc.constantFrom<string | null>(
          null,
          String(MODEL_VERSION),
          String(MODEL_VERSION + 1),
          '0',
          '',
        ),
      )
      .map(([id, seed, turns, seconds, crises, model]) => {
        const fields = [id, seed, turns, seconds, crises.map(([t, e]) => `${t}:${e}`).join(',')];
        const text = (model === null ? fields : [...fields, model]).join('~');
        const payload = Buffer.from(text).toString('base64url');
        return `c1.${payload}.${checksum(payload)}`;
      }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...SCENARIO_IDS), fc.nat(), fc.integer({ min: 0, max: 6 }))
      .map(([id, i, bit]) => {
        const code = encodeClassCode({ scenario: id, seed: 4, turns: 2, turnSeconds: 0 });
        const k = i % code.length;
        return (
          code.slice(0, k) +
          String.fromCharCode(code.charCodeAt(k) ^ (1 << bit)) +
          code.slice(k + 1)
        );
      }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
);

/** A choice a player might make on the setup screen. */
const choiceArb: fc.Arbitrary<SetupChoice> = fc.record({
  scenarioId: fc.constantFrom(...SCENARIO_IDS),
  seat: fc.constantFrom('us' as const, 'china' as const, 'hotseat' as const, 'watch' as const),
  usPolicy: fc.constantFrom(...US_POLICIES),
  chinaPolicy: fc.constantFrom(...CHINA_POLICIES),
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
});

/** A save of a real game of a few turns, picking cards at random; then kept, damaged or edited. */
export const saveTextArb: fc.Arbitrary<string> = fc
  .tuple(
    choiceArb,
    fc.array(fc.array(fc.nat({ max: 12 }), { maxLength: 4 }), { minLength: 0, maxLength: 6 }),
  )
  .map(([choice, picks]) => {
    const s = new GameSession(choice);
    for (const turn of picks) {
      if (s.finished) break;
      const side = s.sideToMove();
      if (side) for (const i of turn) s.pick(side, i);
      while (s.sideToMove()) s.endTurn(s.sideToMove() as 'us' | 'china');
      if (!s.finished && s.phase() === 'report') s.next();
    }
    const save = s.toSave('fuzz', '2026-01-01T00:00:00.000Z');
    s.stop();
    return save;
  })
  .chain((save) => documentTexts(fc.constant(save)));

/** Where a starting value may lie: the schema's bounds. */
const SCHEMA_BOUNDS: Record<string, [number, number]> = {
  relations: [-100, 100],
  relationsBaseline: [-100, 100],
  scheduleBite: [0, 1],
  classBite: [0, 1],
  penetration: [0.01, 1],
  altSupply: [0, 200],
  users: [1, LIMITS.users],
};
const shippedValues = (k: string): number[] =>
  SHIPPED.flatMap((s) => {
    const v = (s.initial as unknown as Record<string, number | number[]>)[k];
    return Array.isArray(v) ? v : typeof v === 'number' ? [v] : [];
  });
/** Between half the smallest value shipped and twice the largest (the other way for negatives). */
function nearShipped(k: string, u: number): number {
  const values = shippedValues(k);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const from = lo >= 0 ? lo / 2 : lo * 2;
  const to = hi >= 0 ? hi * 2 : hi / 2;
  const [min, max] = SCHEMA_BOUNDS[k] ?? [0, 100];
  return Math.min(Math.max(from + u * (to - from), min), max);
}

/**
 * Scenario documents near the shipped ones: every starting number between half the smallest value
 * shipped and twice the largest (within the schema), any length up to the limit, scripted events.
 */
export const nearScenarioArb: fc.Arbitrary<unknown> = fc
  .record({
    base: fc.constantFrom(...SHIPPED),
    turns: fc.integer({ min: 1, max: LIMITS.turns }),
    u: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 40, maxLength: 40 }),
    history: fc.integer({ min: 3, max: 8 }),
    scripted: fc.array(
      fc.record({
        turn: fc.integer({ min: 1, max: LIMITS.turns }),
        events: fc.uniqueArray(eventArb, { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 6 },
    ),
    posture: fc.constantFrom(...POSTURES),
  })
  .map(({ base, turns, u, history, scripted, posture }) => {
    const doc = JSON.parse(JSON.stringify(base)) as Record<string, unknown> & {
      initial: Record<string, unknown>;
    };
    Object.keys(doc.initial).forEach((k, i) => {
      if (typeof doc.initial[k] === 'number' && !['tariff', 'chips', 'scheduled'].includes(k))
        doc.initial[k] = nearShipped(k, u[i] ?? 0.5);
    });
    doc.initial.deathsBefore = Array.from({ length: history }, (_, i) =>
      nearShipped('deathsBefore', u[30 + i] ?? 0.5),
    );
    doc.initial.posture = posture;
    doc.turns = turns;
    doc.scripted = [...new Map(scripted.filter((x) => x.turn <= turns).map((x) => [x.turn, x]))]
      .map(([, x]) => x)
      .sort((a, b) => a.turn - b.turn);
    delete doc.historical;
    delete doc.actual;
    if (doc.truce) doc.truce = { reassessAfter: Math.min(turns, 4) };
    return doc;
  });

/** Scenario files: near the shipped ones (`near`), or damaged and edited anyhow. */
export const scenarioTextArb: fc.Arbitrary<{ text: string; near: boolean }> = fc.oneof(
  { weight: 1, arbitrary: nearScenarioArb.map((d) => ({ text: JSON.stringify(d), near: true })) },
  { weight: 2, arbitrary: documentTexts(nearScenarioArb).map((text) => ({ text, near: false })) },
);

// ---------------------------------------------------------------------------------------------
// Checks: each plays its input the way the game (or sim) does, and throws a Finding if anything
// is handled as it must never be.

/** A replay file imported in the browser: refused, or opened in the viewer and played. */
export function checkReplayFile(text: string): Verdict {
  const source = readImportedFile('replay.json', text);
  if (!source.ok) return refusedWell(source.error, 'replay.json');
  const played = counted(() => ReplayViewer.open(source.value));
  if (!played.value.ok) return refusedWell(played.value.error, 'replay.json');
  const viewer = played.value.value;
  viewer.goTo(viewer.total);
  const records = viewer.turnsJson();
  inRange(records, 'replay file');
  if (viewer.live && records.length !== Math.min(source.value.replay.turns.length, viewer.total))
    finding('a replay whose turns were not all played', source.value.replay);
  return withinWork(played.steps, replaySize(source.value.replay.turns), 'replay file');
}

/** A replay code or link: refused, or read back exactly and played in the viewer. */
export function checkCode(text: string): Verdict {
  const source = readReplayCode(text);
  if (!source.ok) return refusedWell(source.error, 'replay code');
  const replay = source.value.replay;
  // Never a silent change: a current code accepted is exactly what the encoder writes for it; an
  // old one (p1) is read as recorded and never written again.
  const code = /p[12]\.[A-Za-z0-9_-]+\.[0-9a-z]{7}/.exec(text)?.[0];
  if (code?.startsWith('p2.') ? encodeReplayCode(replay) !== code : replay.version !== 1)
    finding('a code that decodes to something else', text);
  const played = counted(() => ReplayViewer.open(source.value));
  if (!played.value.ok) return refusedWell(played.value.error, 'replay code');
  const viewer = played.value.value;
  viewer.goTo(viewer.total);
  inRange(viewer.turnsJson(), 'replay code');
  return withinWork(played.steps, replaySize(replay.turns), 'replay code');
}

/** A class code: refused, or a class game played to its end with the code's settings. */
export function checkClassCode(text: string): Verdict {
  const applied = applyClassCode({ ...defaultChoice(1), seat: 'watch' }, text);
  if (!applied.ok) return refusedWell(applied.error, 'class code');
  const settings = decodeClassCode(text);
  if (!settings.ok) return finding('a class code applied but not decoded', text);
  const code = /c1\.([A-Za-z0-9_-]+)\./.exec(text)?.[1] ?? '';
  const model = Buffer.from(code, 'base64url').toString().split('~')[5] ?? '1';
  if (model !== String(MODEL_VERSION))
    finding(
      `a class prepared under model version ${model} accepted by version ${MODEL_VERSION}`,
      text,
    );
  if (JSON.stringify(decodeClassCode(encodeClassCode(settings.value))) !== JSON.stringify(settings))
    finding('a class code that reads back as something else', text);
  const choice = applied.value;
  const played = counted(() => {
    const s = new GameSession(choice);
    for (let i = 0; i <= LIMITS.turns && !s.finished; i++) if (s.phase() === 'report') s.next();
    const records = s.turnsJson();
    s.stop();
    return records;
  });
  const records = played.value;
  if (records.length !== choice.turns)
    finding(`a class of ${choice.turns} quarters that played ${records.length}`, text);
  for (const c of choice.crises ?? [])
    if (!records[c.turn - 1]?.events.includes(c.event))
      finding(`a crisis that did not happen in quarter ${c.turn}`, text);
  inRange(records, 'class code');
  const size = 1 + (choice.turns ?? 0) + (choice.crises?.length ?? 0);
  return withinWork(played.steps, size, 'class code');
}

/** A save in the browser's storage: set aside with a message, or resumed (or shown) and played. */
export function checkSave(text: string): Verdict {
  const storage = new MapStorage();
  storage.setItem('precursor.save.fuzz', text);
  const store = new SaveStore(storage);
  const { saves, problems } = store.list();
  for (const p of problems) {
    if (p.includes('\n')) finding('a save problem on more than one line', p);
    if (!p.includes('saved game “fuzz”')) finding('a save problem that does not name it', p);
  }
  const save = saves[0];
  if (!save) {
    if (problems.length !== 1) finding('a save dropped without a word', text);
    if (storage.getItem('precursor.unreadable.fuzz') !== text)
      finding('an unreadable save not kept aside as it was', text);
    return { accepted: false, steps: 0, size: 0 };
  }
  const played = counted(() => {
    const opened = openSave(save);
    if (opened.kind === 'error') return refusedWell(opened.error, 'saved game');
    if (opened.kind === 'view') {
      opened.viewer.goTo(opened.viewer.total);
      return null;
    }
    const s = new GameSession(opened.choice, opened.played);
    const records = s.turnsJson();
    s.stop();
    inRange(records, 'save');
    return null;
  });
  if (played.value) return played.value;
  return withinWork(played.steps, replaySize(save.replay.turns) + save.records.length, 'save');
}

/**
 * A scenario file: refused with its name, or played with AI on both sides to finite values; a
 * scenario near the shipped ones (`near`) also to values the save schema accepts.
 */
export function checkScenario(text: string, near: boolean): Verdict {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { accepted: false, steps: 0, size: 0 };
  }
  const parsed = parseScenario(json, 'scenario.json');
  if (!parsed.ok) return refusedWell(parsed.error, 'scenario.json');
  const scenario = parsed.value;
  const played = counted(() =>
    playGame({
      scenario,
      seed: 7,
      controllers: { us: 'ai', china: 'ai' },
      policies: { us: 'hawk', china: 'leverage' },
    }),
  );
  const records = played.value.context.history;
  finite(records, 'scenario');
  if (near) inRange(records, 'scenario');
  return withinWork(played.steps, 1 + scenario.turns + scenario.scripted.length, 'scenario');
}

/** Random play through the statechart, move by move, with the facilitator's events. */
export function checkMoves(scenarioId: string, seed: number, turns: readonly ReplayTurn[]): void {
  const scenario = builtInScenario(scenarioId) as Scenario;
  const actor = startActor({ scenario, seed, controllers: { us: 'human', china: 'human' } });
  for (const turn of turns.slice(0, scenario.turns)) {
    for (const event of turn.inject ?? []) send(actor, { type: 'facilitator.inject', event });
    for (const side of ['us', 'china'] as const) {
      for (const move of turn[side] ?? []) {
        const before = actor.getSnapshot().context.pending[side].length;
        send(actor, { type: `${side}.move.add`, move } as GameEvent);
        const after = actor.getSnapshot().context;
        // Taken, or refused with a reason: never silently dropped.
        if (after.pending[side].length === before) {
          if (JSON.stringify(after.lastRefusal?.move) !== JSON.stringify(move))
            finding('a move dropped without a refusal', move);
          if ((after.lastRefusal?.reason.length ?? 0) <= 5)
            finding('a refusal without a reason', move);
        } else if (after.pending[side].length !== before + 1) finding('a move added twice', move);
      }
      send(actor, { type: `${side}.turn.end` } as GameEvent);
    }
    const record = actor.getSnapshot().context.report?.record;
    if (!record) finding('no report after a turn', turns);
    inRange([record], `${scenarioId} seed ${seed}`);
    for (const r of record.refused)
      if (r.reason.length <= 5) finding('a refusal without a reason', r);
    send(actor, { type: 'report.next' });
  }
  actor.stop();
}

export const movesArb = fc.tuple(
  fc.constantFrom(...SCENARIO_IDS),
  fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  fc.array(turnArb, { minLength: 1, maxLength: LIMITS.turns }),
);

// --- the command line --------------------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'precursor-fuzz-'));
mkdirSync(join(dir, 'folder'));
const fixture = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const goodReplay = fixture(
  'good.json',
  JSON.stringify(makeReplay('sandbox', 3, [{ us: [{ type: 'giveCredit' }] }])),
);
const PATHS = [
  goodReplay,
  fixture('bom.json', `\uFEFF${readFileSync(goodReplay, 'utf8')}`),
  fixture('bad.json', '{"format":"precursor-replay"'),
  fixture(
    'pathy.json',
    JSON.stringify({ ...makeReplay('sandbox', 3, []), scenario: 'scenarios/sandbox.json' }),
  ),
  fixture(
    'long.json',
    JSON.stringify(
      makeReplay(
        'truce-2026',
        3,
        Array.from({ length: 9 }, () => ({})),
      ),
    ),
  ),
  fixture('big.json', ' '.repeat(LIMITS.fileBytes + 1)),
  fixture('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])),
  'scenarios/sandbox.json',
  'scenarios/history-2018.json',
  join(dir, 'folder'),
  join(dir, 'missing.json'),
  '/dev/zero',
  '/dev/null',
];
const fifo = join(dir, 'pipe.json');
if (spawnSync('mkfifo', [fifo]).status === 0) PATHS.push(fifo);
const OUT = join(dir, 'out.json');

const flagValue: Record<string, fc.Arbitrary<string>> = {
  '--scenario': fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...SCENARIO_IDS) },
    { weight: 1, arbitrary: fc.constantFrom('atlantis', 'scenarios/sandbox.json', '-1', '') },
  ),
  '--seed': fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 2 ** 31 - 1 }).map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('2147483648', '-1', '4.5', '1e3', 'x', '', '007', ' 7'),
    },
  ),
  '--us': fc.constantFrom(...US_POLICIES, 'cowboy'),
  '--china': fc.constantFrom(...CHINA_POLICIES, 'panda'),
  '--turns': fc.constantFrom('1', '4', '12', '40', '41', '0', '-2'),
  '--format': fc.constantFrom('table', 'json', 'csv', 'xml'),
  '--replay': fc.constantFrom(...PATHS),
  '--replay-code': codeArb,
  '--save-replay': fc.constantFrom(OUT, '/nonexistent/dir/x.json', dir),
  '--runs': fc.constantFrom('1', '3', '0', '100001', '-3'),
  '--check': fc.constantFrom(...PATHS),
};
const SWITCHES = ['--print-code', '--historical', '--help', '-h'];
const optionArb: fc.Arbitrary<string[]> = fc.oneof(
  ...Object.entries(flagValue).map(([flag, value]) =>
    fc.oneof(
      value.map((v) => [flag, v]),
      value.map((v) => [`${flag}=${v}`]),
    ),
  ),
  fc.constantFrom(...SWITCHES).map((s) => [s]),
  fc.constantFrom('--speed', '--seed', 'json', '--', '-x', '--format=').map((s) => [s]),
);
/** Command lines: a plausible game with a few more options, or any options in any order. */
export const argvArb: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .tuple(
      flagValue['--scenario'] as fc.Arbitrary<string>,
      flagValue['--seed'] as fc.Arbitrary<string>,
      fc.array(optionArb, { maxLength: 3 }),
    )
    .map(([scenario, seed, more]) => ['--scenario', scenario, '--seed', seed, ...more.flat()]),
  fc.array(optionArb, { maxLength: 5 }).map((o) => o.flat()),
);

/** The sim command: output, or an InputError of one line (one per problem for --check). */
export function checkCli(argv: string[]): Verdict {
  const notes: string[] = [];
  const ran = counted(() => {
    try {
      return runSim(argv, (n) => notes.push(n));
    } catch (e) {
      if (!(e instanceof InputError)) finding(`sim ${JSON.stringify(argv)} threw`, String(e));
      const lines = e.message.split('\n');
      if (lines.length > 1 && !argv.some((a) => a.startsWith('--check')))
        finding('a sim error on more than one line', e.message);
      if (lines.some((l) => l.trim() === '')) finding('an empty line in a sim error', e.message);
      return null;
    }
  });
  if (ran.value === null) return { accepted: false, steps: 0, size: 0 };
  const out = ran.value;
  if (argv.includes('--format') || argv.some((a) => a.startsWith('--format=json'))) {
    if (out.startsWith('{')) {
      const json = JSON.parse(out) as { turns?: TurnRecord[] };
      if (json.turns) inRange(json.turns, `sim ${argv.join(' ')}`);
    }
  }
  // What was asked for: one game, or as many as --runs says (at most a few here), of 40 turns at most.
  const runsAt = argv.findIndex((a) => a === '--runs' || a.startsWith('--runs='));
  const runsText = argv[runsAt]?.includes('=') ? argv[runsAt]?.split('=')[1] : argv[runsAt + 1];
  const games = runsAt >= 0 ? Math.max(1, Number(runsText) || 1) : 1;
  return withinWork(ran.steps, games * 2 * (LIMITS.turns + 1), 'sim');
}

/** Every cell of a CSV text, unquoted, as a spreadsheet reads it. */
function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return cells;
}

/** Class results: pasted codes, one per line, with or without a class code. */
export const classPasteArb = fc.tuple(
  fc.array(fc.tuple(fc.string({ maxLength: 70 }), codeArb), { maxLength: 8 }),
  fc.oneof(fc.constant(''), classCodeArb),
);

export function checkClassResults([lines, classCode]: [[string, string][], string]): Verdict {
  const pasted = lines.map(([name, code]) => `${name.replace(/[\r\n]/g, ' ')}: ${code}`).join('\n');
  const ran = counted(() => runClass(pasted, classCode));
  const result = ran.value;
  if (!result.ok) {
    if (result.error.includes('\n'))
      finding('a class results refusal on more than one line', result.error);
    return { accepted: false, steps: 0, size: 0 };
  }
  let size = 1;
  for (const g of result.value.groups) {
    if (g.error) {
      if (g.error.includes('\n')) finding('a group error on more than one line', g.error);
      continue;
    }
    inRange(g.turns, `class results, ${g.group}`);
    inRange(g.counterfactual, `class results, ${g.group} (no moves)`);
    size += 2 * (1 + g.turns.length) + 16 * g.turns.length;
    if (!Number.isFinite(g.livesSaved)) finding('lives saved is not a number', g);
  }
  for (const cell of csvCells(result.value.csv))
    if (/^[=+@\t\r]/.test(cell) || /^-(?![\d.]+$)/.test(cell))
      finding('a CSV cell a spreadsheet would run', cell);
  return withinWork(ran.steps, size, 'class results');
}

// ---------------------------------------------------------------------------------------------

/** One kind of input: how to make cases of it and how to judge each. */
export interface WayIn<T = unknown> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  check: (input: T) => unknown;
  /** Cases per run, relative to the run's count: move sequences are cheap and many. */
  weight: number;
}

const wayIn = <T>(w: WayIn<T>): WayIn => w as WayIn;

export const WAYS_IN: readonly WayIn[] = [
  wayIn({
    name: 'move sequences',
    arbitrary: movesArb,
    check: ([id, seed, turns]) => checkMoves(id, seed, turns),
    weight: 10,
  }),
  wayIn({
    name: 'replay files',
    arbitrary: documentTexts(replayDocArb),
    check: checkReplayFile,
    weight: 1,
  }),
  wayIn({ name: 'replay codes', arbitrary: codeArb, check: checkCode, weight: 1 }),
  wayIn({ name: 'class codes', arbitrary: classCodeArb, check: checkClassCode, weight: 1 }),
  wayIn({
    name: 'class results',
    arbitrary: classPasteArb,
    check: (x) => checkClassResults(x as [[string, string][], string]),
    weight: 0.5,
  }),
  wayIn({ name: 'saves', arbitrary: saveTextArb, check: checkSave, weight: 1 }),
  wayIn({
    name: 'scenario files',
    arbitrary: scenarioTextArb,
    check: ({ text, near }) => checkScenario(text, near),
    weight: 1,
  }),
  wayIn({ name: 'sim command lines', arbitrary: argvArb, check: checkCli, weight: 1 }),
];
