import { describe, expect, it } from 'vitest';
import { P2_MOVES } from '../../src/core/codes/moves';
import {
  CHINA_MOVE_TYPES,
  cardTitle,
  describeMove,
  MOVE_TYPES,
  MOVES,
  type MoveRecord,
  OFFER_MOVE_TYPES,
  US_MOVE_TYPES,
} from '../../src/core/moves';
import { startGame } from '../../src/core/scenario';
import { moveSchema, termSchema } from '../../src/core/schema';
import type { Move } from '../../src/core/vocabulary';
import { handFor } from '../../src/view/cards';
import { EN } from '../../src/words/en';
import { scenario } from '../helpers';

const sandbox = () => startGame(scenario('sandbox'), 5);

/** Every valid value of each record's parameter, as a move. */
const everyMove = (): Move[] =>
  MOVE_TYPES.flatMap((type) => {
    const { param } = MOVES[type] as MoveRecord;
    return Array.from({ length: param.high - param.low + 1 }, (_, i) => ({
      type,
      ...param.fromNumber(param.low + i),
      ...(type === 'proposeOffer' ? { give: [{ type: 'giveCredit' }], ask: [] } : {}),
    })) as Move[];
  });

describe('one record per move', () => {
  it('gives each move the code id it has always had (ids are never renumbered)', () => {
    expect(P2_MOVES).toEqual([
      'setTariff',
      'sanction',
      'liftSanction',
      'listMajorProducer',
      'delistMajorProducer',
      'giveCredit',
      'withholdCredit',
      'shareIntelligence',
      'fundDemandReduction',
      'pressMexico',
      'buildCoalition',
      'schedulePrecursors',
      'scheduleClass',
      'licenseExports',
      'requireKYC',
      'enforce',
      'suspendCooperation',
      'resumeCooperation',
      'announceConsensus',
      'reannounce',
      'demandConcession',
      'relaxEnforcement',
      'proposeSummit',
      'attendSummit',
      'proposeOffer',
      'acceptOffer',
      'declineOffer',
    ]);
  });

  it('builds the schema from the records: every value of every parameter is a move, and none beyond', () => {
    for (const move of everyMove()) expect(moveSchema.safeParse(move).success).toBe(true);
    for (const type of MOVE_TYPES) {
      const { param } = MOVES[type] as MoveRecord;
      expect(param.fromNumber(param.low - 1)).toBeNull();
      expect(param.fromNumber(param.high + 1)).toBeNull();
    }
    expect(moveSchema.safeParse({ type: 'setTariff', rate: 7 }).success).toBe(false);
    expect(moveSchema.safeParse({ type: 'giveCredit', rate: 5 }).success).toBe(false);
  });

  it('reads each parameter back from its code number', () => {
    for (const move of everyMove()) {
      const { param } = MOVES[move.type] as MoveRecord;
      expect({ type: move.type, ...param.fromNumber(param.toNumber(move)) }).toMatchObject(
        move.type === 'proposeOffer' ? { type: move.type, within: move.within } : move,
      );
    }
  });

  it('lets offers carry only the moves their records call terms', () => {
    for (const type of MOVE_TYPES) {
      const sample = everyMove().find((m) => m.type === type);
      expect(termSchema.safeParse(sample).success).toBe(!OFFER_MOVE_TYPES.includes(type));
    }
    expect(OFFER_MOVE_TYPES).toEqual([
      'demandConcession',
      'proposeSummit',
      'attendSummit',
      'proposeOffer',
      'acceptOffer',
      'declineOffer',
    ]);
  });

  it('gives each side the moves its records name, and both the channel between them', () => {
    for (const type of MOVE_TYPES) {
      const { side } = MOVES[type];
      expect(US_MOVE_TYPES.includes(type)).toBe(side !== 'china');
      expect(CHINA_MOVE_TYPES.includes(type)).toBe(side !== 'us');
    }
  });

  it('has words for every move, every card and every played move', () => {
    const s = sandbox();
    const listed = { ...s, listedMajorProducer: true, tariff: 30 };
    const cards = [s, listed].flatMap((state) =>
      (['us', 'china'] as const).flatMap((side) => handFor(state, side)),
    );
    const said = [
      ...cards.map((c) => c.title),
      ...everyMove().map(describeMove),
      ...everyMove().map((m) => cardTitle(m, s)),
    ];
    for (const words of said) expect(words).not.toMatch(/move\.|\{/);
    expect(cards.map((c) => c.title)).toContain('Raise tariff to 40%');
    expect(cards.map((c) => c.title)).toContain('Cut tariff to 20%');
    expect(describeMove({ type: 'schedulePrecursors', count: 1 })).toBe('1 precursor scheduled');
    expect(describeMove({ type: 'schedulePrecursors', count: 3 })).toBe('3 precursors scheduled');
    expect(
      describeMove({
        type: 'proposeOffer',
        give: [{ type: 'licenseExports' }, { type: 'requireKYC' }],
        ask: [],
        within: 1,
      }),
    ).toBe('an offer: export licensing and know-your-customer rules for nothing, within 1 quarter');
  });

  it('keeps no words in the catalogue that no move, card or sentence uses', () => {
    const moveKeys = Object.keys(EN).filter((k) => k.startsWith('move.'));
    const owners = new Set(moveKeys.map((k) => k.split('.')[1]));
    expect([...owners].sort()).toEqual([...MOVE_TYPES].sort());
  });
});
