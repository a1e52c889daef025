import { t } from '../../words';
import { readTurns, twoDigits } from './base';
import { moveFromNumber, P1_MOVES } from './moves';

/**
 * Format p1, frozen: the codes handed out before offers existed. They stay readable forever and
 * are never written again (a replay read from one is shown as recorded under its model).
 *
 *   p1.<payload>.<checksum>
 *
 * Before compression the replay is `modelVersion~seed~scenario~turn~turn…`, the seed in base 36,
 * each turn `us!china!inject`: a move is two base-62 digits (its index in P1_MOVES × 32 + its
 * parameter), an event one digit, and `*` marks a side left to its policy.
 */
export const P1_CODE = /^p1\.([A-Za-z0-9_-]+)\.([0-9a-z]{7})$/;

/**
 * The compact text back to a replay-shaped object (checked by the schema after), or what is wrong
 * with it, naming the turn. Nothing is guessed or skipped: a character that is not a digit of the
 * code is an error, never a move or an event.
 */
export function readP1(text: string): unknown {
  const [version = '', seed = '', scenario = '', ...turns] = text.split('~');
  // Numbers as the encoder writes them: no leading zeros, so one replay has one way to be written.
  if (!scenario || !/^(0|[1-9]\d{0,3})$/.test(version) || !/^(0|[1-9a-z][0-9a-z]{0,6})$/.test(seed))
    return t('code.damaged');
  const parsedTurns = readTurns(turns, (digits, at) => {
    if (digits.length % 2 !== 0) return t('code.cutShort', { at });
    const moves = [];
    for (let i = 0; i < digits.length; i += 2) {
      const n = twoDigits(digits, i);
      if (n < 0) return t('code.notDigit', { at });
      const move = moveFromNumber(n, P1_MOVES);
      if (typeof move === 'string') return `${at}[${i / 2}]: ${move}`;
      moves.push(move);
    }
    return moves;
  });
  if (typeof parsedTurns === 'string') return parsedTurns;
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
