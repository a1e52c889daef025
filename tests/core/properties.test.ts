import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeReplayCode, encodeReplayCode } from '../../src/core/code';
import { CHINA_MOVE_TYPES, US_MOVE_TYPES } from '../../src/core/moves';
import { makeReplay, parseReplay } from '../../src/core/replay';
import { parseScenario } from '../../src/core/scenario';
import type { TurnRecord } from '../../src/core/turn';
import { WORLD_EVENTS } from '../../src/core/vocabulary';
import { startActor } from '../../src/machine/driver';
import type { GameEvent } from '../../src/machine/game';
import { moveArb } from '../fuzz/ways-in';
import { scenario } from '../helpers';

/**
 * Cases each in CI, where the whole Node suite must stay within a minute on a 2-core machine; long
 * runs of generated input (100,000 move sequences and more) are `npm run fuzz` (tests/fuzz/).
 */
const RUNS = 1_000;

// Any move the schema allows, offers with any terms among them, legal or not (tests/fuzz/).
const turnArb = fc.record({
  us: fc.array(moveArb, { maxLength: 6 }),
  china: fc.array(moveArb, { maxLength: 6 }),
  inject: fc.array(fc.constantFrom(...WORLD_EVENTS), { maxLength: 2 }),
});

const RANGES: Partial<Record<keyof TurnRecord, [number, number]>> = {
  relations: [-100, 100],
  goodwill: [0, 100],
  tariff: [0, 100],
  enforcement: [0, 100],
  precursorFlow: [0, 100],
  altSupply: [0, 200],
  streetPrice: [1, 10_000],
  purity: [0, 100],
  deaths: [0, 100_000],
  deaths12m: [0, 400_000],
};

describe('random play through the statechart', () => {
  it('never throws, keeps every indicator finite and in range, and refuses what does not fit with a reason', () => {
    const sc = scenario('sandbox');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(turnArb, { minLength: 1, maxLength: 4 }),
        (seed, turns) => {
          const actor = startActor({
            scenario: sc,
            seed,
            controllers: { us: 'human', china: 'human' },
          });
          for (const turn of turns) {
            for (const event of turn.inject) actor.send({ type: 'facilitator.inject', event });
            for (const side of ['us', 'china'] as const) {
              for (const move of turn[side]) {
                const before = actor.getSnapshot().context.pending[side].length;
                actor.send({ type: `${side}.move.add`, move } as GameEvent);
                const after = actor.getSnapshot().context;
                // Taken, or refused with a reason: never silently dropped.
                if (after.pending[side].length === before) {
                  expect(after.lastRefusal?.move).toEqual(move);
                  expect(after.lastRefusal?.reason.length).toBeGreaterThan(5);
                } else expect(after.pending[side].length).toBe(before + 1);
              }
              actor.send({ type: `${side}.turn.end` } as GameEvent);
            }
            const record = actor.getSnapshot().context.report?.record;
            if (!record) throw new Error('no report after a turn');
            for (const [key, [lo, hi]] of Object.entries(RANGES) as [
              keyof TurnRecord,
              [number, number],
            ][]) {
              const value = record[key] as number;
              expect(Number.isFinite(value), `${key} is ${value}`).toBe(true);
              expect(value, key).toBeGreaterThanOrEqual(lo);
              expect(value, key).toBeLessThanOrEqual(hi);
            }
            for (const r of record.refused) expect(r.reason.length).toBeGreaterThan(5);
            actor.send({ type: 'report.next' });
          }
          actor.stop();
        },
      ),
      { numRuns: RUNS },
    );
    // A guard against a hang, not a speed target: 10,000 games through the statechart take about
    // 25 s alone and up to 45 s on a loaded two-core machine.
  }, 120_000);
});

describe('replay codes', () => {
  const replayArb = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    turns: fc.array(
      fc.record(
        {
          us: fc.array(
            moveArb.filter((m) => (US_MOVE_TYPES as readonly string[]).includes(m.type)),
            { maxLength: 4 },
          ),
          china: fc.array(
            moveArb.filter((m) => (CHINA_MOVE_TYPES as readonly string[]).includes(m.type)),
            { maxLength: 4 },
          ),
          inject: fc.uniqueArray(fc.constantFrom(...WORLD_EVENTS), { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 12 },
    ),
  });
  const codeArb = replayArb.map((r) => encodeReplayCode(makeReplay('sandbox', r.seed, r.turns)));

  it('round-trip every replay exactly', () => {
    fc.assert(
      fc.property(replayArb, (r) => {
        const replay = makeReplay('sandbox', r.seed, r.turns);
        const decoded = decodeReplayCode(encodeReplayCode(replay));
        expect(decoded).toEqual({ ok: true, value: replay });
      }),
      { numRuns: RUNS },
    );
  });

  const rejected = (input: string) => {
    const r = decodeReplayCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^replay code: /);
  };

  it('reject random text with a message', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), rejected), { numRuns: RUNS });
  });

  it('reject random bytes with a message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        rejected(`p1.${Buffer.from(bytes).toString('base64url')}.0000000`),
      ),
      { numRuns: RUNS },
    );
  });

  it('reject truncated codes with a message', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), (code, cut) => rejected(code.slice(0, cut % code.length))),
      { numRuns: RUNS },
    );
  });

  it('reject bit-flipped codes with a message', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), fc.integer({ min: 0, max: 6 }), (code, at, bit) => {
        const i = at % code.length;
        const flipped =
          code.slice(0, i) +
          String.fromCharCode(code.charCodeAt(i) ^ (1 << bit)) +
          code.slice(i + 1);
        rejected(flipped);
      }),
      { numRuns: RUNS },
    );
  });
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
function breakages(doc: unknown): fc.Arbitrary<unknown> {
  const wrongFor = (current: unknown): fc.Arbitrary<unknown> =>
    typeof current === 'number'
      ? fc.constantFrom('7', null, [], {}, true)
      : typeof current === 'string'
        ? fc.constantFrom(0, null, [], {}, false)
        : typeof current === 'boolean'
          ? fc.constantFrom(0, 'true', null, [], {})
          : fc.constantFrom('x', 3, true);
  return fc.constantFrom(...pathsOf(doc)).chain((path) => {
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

/** Puts any JSON value anywhere: the result may happen to be valid, but reading it never throws. */
function anyEdits(doc: unknown): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...pathsOf(doc)), fc.jsonValue())
    .map(([path, v]) => put(doc, path, v));
}

describe('mutated files', () => {
  const replay = makeReplay('truce-2026', 7, [
    {
      us: [{ type: 'giveCredit' }],
      china: [{ type: 'schedulePrecursors', count: 2 }],
      inject: ['taiwanVisit'],
    },
    { us: [{ type: 'setTariff', rate: 20 }] },
  ]);
  const sandbox = JSON.parse(JSON.stringify(scenario('sandbox')));
  const cases = [
    ['replay', replay, parseReplay],
    ['scenario', sandbox, parseScenario],
  ] as const;

  it.each(cases)(
    'a broken %s file is rejected with a message naming the file',
    (_name, doc, parse) => {
      fc.assert(
        fc.property(breakages(doc), (mutant) => {
          const r = parse(mutant, 'mutant.json');
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error).toMatch(/^mutant\.json: /);
        }),
        { numRuns: RUNS },
      );
    },
  );

  it.each(cases)(
    'any edit to a %s file is read without a crash: valid, or a message',
    (_name, doc, parse) => {
      fc.assert(
        fc.property(anyEdits(doc), (mutant) => {
          const r = parse(mutant, 'mutant.json');
          if (!r.ok) expect(r.error).toMatch(/^mutant\.json: /);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
