import { describe, expect, it } from 'vitest';
import { MOVE_TYPES, moveCost, moveSummary, moveTitle, refusalReason } from '../../src/core/moves';
import { policyMoves } from '../../src/core/policies';
import { resolveQuarter } from '../../src/core/resolve';
import { startGame } from '../../src/core/scenario';
import { type GameState, isOver } from '../../src/core/state';
import { playTurn } from '../../src/core/turn';
import type { Move } from '../../src/core/vocabulary';
import { hasWords } from '../../src/words';
import { scenario } from '../helpers';

const sandbox = () => startGame(scenario('sandbox'), 5);
const withState = (patch: Partial<GameState>) => ({ ...sandbox(), ...patch });

describe('moves that do not fit are refused with a reason', () => {
  const cases: [string, GameState, 'us' | 'china', Move, RegExp][] = [
    [
      'a sanction not in force cannot be lifted',
      sandbox(),
      'us',
      { type: 'liftSanction', target: 'chemicalFirms' },
      /no sanctions on chemical firms/,
    ],
    [
      'a tariff cannot be set to what it is',
      sandbox(),
      'us',
      { type: 'setTariff', rate: 0 },
      /already 0%/,
    ],
    [
      'a tariff moves in steps of 5',
      sandbox(),
      'us',
      { type: 'setTariff', rate: 12 },
      /steps of 5/,
    ],
    [
      'a listed China cannot be listed again',
      sandbox(),
      'us',
      { type: 'listMajorProducer' },
      /already on the list/,
    ],
    [
      'no intelligence channel while suspended',
      withState({ posture: 'suspended' }),
      'us',
      { type: 'shareIntelligence' },
      /suspended/,
    ],
    [
      'a class already controlled',
      sandbox(),
      'china',
      { type: 'scheduleClass', class: 'fentanyl' },
      /already controlled/,
    ],
    [
      'cooperation that is not suspended cannot resume',
      sandbox(),
      'china',
      { type: 'resumeCooperation' },
      /not suspended/,
    ],
    [
      'no chip, no re-announcement',
      withState({ chips: 0 }),
      'china',
      { type: 'reannounce' },
      /no old step/,
    ],
    [
      'no tariff, no tariff relief to ask for',
      sandbox(),
      'china',
      { type: 'demandConcession', ask: 'tariffRelief' },
      /no tariff/,
    ],
    [
      'enforcement levels are 1 to 3',
      sandbox(),
      'china',
      { type: 'enforce', level: 4 },
      /level must be/,
    ],
    [
      "a side cannot play the other's moves",
      sandbox(),
      'us',
      { type: 'requireKYC' },
      /Chinese move/,
    ],
  ];
  it.each(cases)('%s', (_name, state, side, move, reason) => {
    expect(refusalReason(state, side, [], move)).toMatch(reason);
  });

  it('the same move is played at most once a turn', () => {
    expect(
      refusalReason(sandbox(), 'us', [{ type: 'giveCredit' }], { type: 'giveCredit' }),
    ).toMatch(/already played/);
  });

  it('credit is not both given and withheld', () => {
    expect(
      refusalReason(sandbox(), 'us', [{ type: 'giveCredit' }], { type: 'withholdCredit' }),
    ).toMatch(/both/);
  });

  it('moves must fit the turn budget', () => {
    const s = sandbox();
    const pending: Move[] = [{ type: 'fundDemandReduction' }, { type: 'buildCoalition' }];
    expect(pending.reduce((a, m) => a + moveCost(m), 0)).toBe(s.budget.us);
    expect(refusalReason(s, 'us', pending, { type: 'pressMexico' })).toMatch(/political capital/);
    expect(refusalReason(s, 'us', pending.slice(0, 1), { type: 'pressMexico' })).toBeNull();
  });

  it('a move refused at resolution is reported and changes nothing', () => {
    const s = sandbox();
    const move: Move = { type: 'liftSanction', target: 'forensicInstitute' };
    const refused = resolveQuarter(s, { moves: { us: [move], china: [] }, events: [] });
    const passed = resolveQuarter(s, { moves: { us: [], china: [] }, events: [] });
    expect(refused.refused).toEqual([
      { side: 'us', move, reason: expect.stringMatching(/no sanctions/) },
    ]);
    expect(refused.state).toEqual(passed.state);
  });

  it('every move has a title, a summary and a line for when it is played', () => {
    for (const type of MOVE_TYPES) {
      expect(moveTitle(type).length).toBeGreaterThan(3);
      expect(moveSummary(type).length).toBeGreaterThan(20);
      for (const part of ['title', 'summary', 'done'])
        expect(hasWords(`move.${type}.${part}`)).toBe(true);
    }
  });
});

describe('scheduling', () => {
  it('each newly scheduled chemical adds less than the one before', () => {
    const s = sandbox();
    const bite = (state: GameState, count: number) =>
      resolveQuarter(state, {
        moves: { us: [], china: [{ type: 'schedulePrecursors', count }] },
        events: [],
      }).state.schedulePipeline;
    const first = bite(s, 1);
    const tenth = bite({ ...s, scheduled: 9 }, 1);
    expect(first).toBeGreaterThan(0);
    expect(tenth).toBeLessThan(first);
  });
});

describe('purity of the core', () => {
  function deepFreeze<T>(x: T): T {
    if (x && typeof x === 'object') {
      for (const v of Object.values(x)) deepFreeze(v);
      Object.freeze(x);
    }
    return x;
  }

  it('resolving a quarter never mutates the state it is given', () => {
    const s = deepFreeze(sandbox());
    const before = JSON.stringify(s);
    const moves = {
      us: [{ type: 'setTariff', rate: 20 }, { type: 'giveCredit' }] as Move[],
      china: [
        { type: 'schedulePrecursors', count: 3 },
        { type: 'enforce', level: 1 },
      ] as Move[],
    };
    expect(() =>
      resolveQuarter(s, { moves, events: ['cartelSeizures', 'newAnalog'] }),
    ).not.toThrow();
    expect(JSON.stringify(s)).toBe(before);
  });

  it('nor does any quarter of games where offers, deals, summits and breaches happen', () => {
    for (const id of ['truce-2026', 'pelosi-2022', 'sandbox'])
      for (const [us, china] of [
        ['reciprocal', 'leverage'],
        ['dove', 'hardline'],
        ['hawk', 'cooperative'],
      ] as const) {
        const sc = scenario(id);
        let s = startGame(sc, 11);
        while (!isOver(s)) {
          const frozen = deepFreeze(s);
          const before = JSON.stringify(frozen);
          const moves = {
            us: policyMoves(frozen, 'us', us, sc.moves.us),
            china: policyMoves(frozen, 'china', china, sc.moves.china),
          };
          s = playTurn(frozen, sc, moves).state;
          expect(JSON.stringify(frozen)).toBe(before);
        }
      }
  });
});
