import { describe, expect, it } from 'vitest';
import { csvField, csvTable, moveToken } from '../../src/core/formats';
import type { Move } from '../../src/core/vocabulary';

/** The one CSV writer: the sim tool's turns, the share screen's turns and class results use it. */
describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    [-5.2, '-5.2'],
    [true, 'true'],
    [null, ''],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
  ] as const)('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it('writes a header and one line per row, each ending in a newline', () => {
    expect(
      csvTable(
        ['group', 'score'],
        [
          ['Owls, table 2', 3],
          ['Bats', null],
        ],
      ),
    ).toBe('group,score\n"Owls, table 2",3\nBats,\n');
    expect(csvTable(['group'], [])).toBe('group\n');
  });
});

describe('a move as short text', () => {
  it('names the move and its values', () => {
    expect(moveToken({ type: 'giveCredit' })).toBe('giveCredit');
    expect(moveToken({ type: 'setTariff', rate: 20 })).toBe('setTariff:20');
  });

  it('writes an offer’s terms as moves, not as objects', () => {
    const offer: Move = {
      type: 'proposeOffer',
      give: [{ type: 'setTariff', rate: 0 }, { type: 'giveCredit' }],
      ask: [{ type: 'schedulePrecursors', count: 2 }],
      within: 2,
    };
    expect(moveToken(offer)).toBe('proposeOffer:[setTariff:0+giveCredit]:[schedulePrecursors:2]:2');
  });
});
