import { t } from '../../words';
import type { Answers, Replay } from '../replay';
import { type Move, WORLD_EVENTS } from '../vocabulary';
import { DIGITS, digitsOf, readTurns, twoDigits, wrap } from './base';
import { moveFromNumber, moveNumber, P2_MOVES } from './moves';

/**
 * Format p2, the current one: a replay file of version 2 written compactly.
 *
 *   p2.<payload>.<checksum>
 *
 * Before compression: `model~seed~scenario~hash~answers~turn~turn…`. The model version in decimal,
 * the seed in base 36, the scenario's id and its content hash (eight hex digits), the
 * questionnaire's answers (`pre.post`, one digit an answer, `_` for none; empty when there are
 * none), then each turn as `us!china!inject`: a side is `*` when left to its policy, else its moves,
 * each two base-62 digits (index in P2_MOVES × 32 + parameter); an offer's digits are followed by
 * its terms, `(give.ask)`. Every replay has exactly one code: the reader refuses any text the
 * writer would not have written.
 */
export const P2_CODE = /^p2\.([A-Za-z0-9_-]+)\.([0-9a-z]{7})$/;

export function writeP2(replay: Replay): string {
  const turns = replay.turns.map((t) =>
    [
      side(t.us),
      side(t.china),
      (t.inject ?? []).map((e) => DIGITS[WORLD_EVENTS.indexOf(e)]).join(''),
    ].join('!'),
  );
  const head = [
    replay.modelVersion ?? 0,
    replay.seed.toString(36),
    replay.scenario,
    replay.scenarioHash ?? '',
    answersText(replay.answers),
  ];
  return wrap('p2', [...head, ...turns].join('~'));
}

function side(moves: readonly Move[] | undefined): string {
  return moves === undefined ? '*' : moves.map(token).join('');
}

function token(m: Move): string {
  const digits = digitsOf(moveNumber(m, P2_MOVES));
  if (m.type !== 'proposeOffer') return digits;
  return `${digits}(${m.give.map(token).join('')}.${m.ask.map(token).join('')})`;
}

function answersText(a: Answers | undefined): string {
  const list = (xs: readonly (number | null)[] | undefined) =>
    (xs ?? []).map((x) => (x === null ? '_' : String(x))).join('');
  const text = `${list(a?.pre)}.${list(a?.post)}`;
  return text === '.' ? '' : text;
}

/** The compact text back to a replay-shaped object (checked by the schema after), or what is wrong. */
export function readP2(text: string): unknown {
  const [version = '', seed = '', scenario = '', hash = '', answers = '', ...turns] =
    text.split('~');
  if (
    !/^[1-9]\d{0,3}$/.test(version) ||
    !/^(0|[1-9a-z][0-9a-z]{0,6})$/.test(seed) ||
    !/^[a-z0-9-]{1,64}$/.test(scenario) ||
    !/^[0-9a-f]{8}$/.test(hash)
  )
    return t('code.damaged');
  const parsedAnswers = readAnswers(answers);
  if (typeof parsedAnswers === 'string') return parsedAnswers;
  const parsedTurns = readTurns(turns, (digits, at) => {
    const moves = readMoves(digits, at, true);
    if (typeof moves === 'string') return moves;
    return moves.rest === '' ? moves.moves : t('code.stray', { at });
  });
  if (typeof parsedTurns === 'string') return parsedTurns;
  return {
    format: 'precursor-replay',
    version: 2,
    modelVersion: Number(version),
    scenario,
    scenarioHash: hash,
    seed: Number.parseInt(seed, 36),
    turns: parsedTurns,
    ...(parsedAnswers ? { answers: parsedAnswers } : {}),
  };
}

/** Moves from the front of `text`, up to its end or a `.`/`)` that closes an offer's terms. */
function readMoves(
  text: string,
  at: string,
  offersAllowed: boolean,
): { moves: unknown[]; rest: string } | string {
  const moves: unknown[] = [];
  let i = 0;
  while (i < text.length && text[i] !== '.' && text[i] !== ')') {
    const n = twoDigits(text, i);
    if (n < 0) return t('code.notDigitOrShort', { at });
    const move = moveFromNumber(n, P2_MOVES);
    if (typeof move === 'string') return `${at}[${moves.length}]: ${move}`;
    i += 2;
    if (move.type === 'proposeOffer') {
      if (!offersAllowed) return t('code.offerInOffer', { at });
      if (text[i] !== '(') return t('code.offerNoTerms', { at, i: moves.length });
      const give = readMoves(text.slice(i + 1), `${at}[${moves.length}].give`, false);
      if (typeof give === 'string') return give;
      if (!give.rest.startsWith('.')) return t('code.offerCut', { at, i: moves.length });
      const ask = readMoves(give.rest.slice(1), `${at}[${moves.length}].ask`, false);
      if (typeof ask === 'string') return ask;
      if (!ask.rest.startsWith(')')) return t('code.offerCut', { at, i: moves.length });
      moves.push({ ...move, give: give.moves, ask: ask.moves });
      i = text.length - ask.rest.length + 1;
      continue;
    }
    moves.push(move);
  }
  return { moves, rest: text.slice(i) };
}

function readAnswers(text: string): Answers | null | string {
  if (text === '') return null;
  const m = /^([0-9_]*)\.([0-9_]*)$/.exec(text);
  if (!m) return t('code.answers');
  const list = (s: string) => [...s].map((c) => (c === '_' ? null : Number(c)));
  const [pre, post] = [list(m[1] ?? ''), list(m[2] ?? '')];
  return { ...(pre.length ? { pre } : {}), ...(post.length ? { post } : {}) };
}
