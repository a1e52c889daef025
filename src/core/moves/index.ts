import { t, type WordVars } from '../../words';
import type { GameState } from '../state';
import type { Cause, Move, MoveType, Side } from '../vocabulary';
import { CHINA_RECORDS } from './china';
import type { MoveBook, MoveRecord, WordsContext } from './record';
import { SHARED_RECORDS } from './shared';
import { US_RECORDS } from './us';

export { nextCostlyStep, reliefFor } from './measures';
export type { MoveRecord, ParamSpec } from './record';

type Catalogue = { [T in MoveType]: MoveRecord<T> };

/**
 * Every move, one record each (src/core/moves/us.ts, china.ts, shared.ts). The lists of ids, the
 * schemas, the code tables and the words are all read from here.
 */
export const MOVES: Catalogue = { ...US_RECORDS, ...CHINA_RECORDS, ...SHARED_RECORDS };

/** Every move id, in the order of their fixed code ids. */
export const MOVE_TYPES: readonly MoveType[] = (Object.keys(MOVES) as MoveType[]).sort(
  (a, b) => MOVES[a].code - MOVES[b].code,
);
const of = (keep: (r: MoveRecord) => boolean) =>
  MOVE_TYPES.filter((type) => keep(MOVES[type] as MoveRecord));
/** The moves each side may play; summitry and offers are open to both. */
export const US_MOVE_TYPES = of((r) => r.side !== 'china');
export const CHINA_MOVE_TYPES = of((r) => r.side !== 'us');
/** The moves that talk about other moves; none of them can be a term of an offer. */
export const OFFER_MOVE_TYPES = of((r) => !r.term);

export function moveDef<T extends MoveType>(type: T): MoveRecord<T> {
  return MOVES[type] as MoveRecord<T>;
}

/** A record with its move type erased, for callers holding any move. */
interface AnyRecord {
  side: Side | 'both';
  term: boolean;
  cost: (m: Move) => number;
  check: (s: GameState, m: Move, side: Side, book: MoveBook) => string | null;
  apply: (d: GameState, m: Move, causes: Cause[], side: Side) => void;
  words?: (m: Move, ctx: WordsContext) => WordVars;
}
const record = (m: Move) => MOVES[m.type] as unknown as AnyRecord;

export function moveCost(m: Move): number {
  return record(m).cost(m);
}

/** The move's own check against the state: why it does not fit, or null. */
export function checkMove(s: GameState, move: Move, side: Side): string | null {
  return record(move).check(s, move, side, BOOK);
}

const BOOK: MoveBook = {
  check: checkMove,
  sideOf: (m) => record(m).side,
  isTerm: (m) => (MOVES[m.type] as MoveRecord | undefined)?.term === true,
};

/** A move's name, as in help and lists. */
export const moveTitle = (type: MoveType): string => t(`move.${type}.title`);
/** What a move does, in a line, for cards and help. */
export const moveSummary = (type: MoveType): string => t(`move.${type}.summary`);

/**
 * Why `move` cannot be added to `pending` for `side` now, or null if it can.
 * Each move type is played at most once a turn, within the side's budget.
 */
export function refusalReason(
  s: GameState,
  side: Side,
  pending: readonly Move[],
  move: Move,
  offered?: readonly MoveType[],
): string | null {
  const def = MOVES[move.type] as MoveRecord | undefined;
  if (!def) return `unknown move '${String((move as { type: unknown }).type)}'`;
  // The words are looked up only for a refusal: the AIs ask about every move they might play.
  const title = () => moveTitle(move.type);
  if (def.side !== side && def.side !== 'both')
    return t('refusal.otherSidesMove', { title: title(), side: t(`side.${def.side}`) });
  // Offers and summits are the channel between the sides, open in every scenario.
  if (offered && !offered.includes(move.type) && def.side !== 'both')
    return t('refusal.notOffered', { title: title() });
  if (pending.some((p) => p.type === move.type))
    return t('refusal.alreadyPlayed', { title: title() });
  if (
    (move.type === 'giveCredit' && pending.some((p) => p.type === 'withholdCredit')) ||
    (move.type === 'withholdCredit' && pending.some((p) => p.type === 'giveCredit'))
  )
    return t('refusal.creditBothWays');
  const spent = pending.reduce((sum, p) => sum + moveCost(p), 0);
  const cost = moveCost(move);
  if (spent + cost > s.budget[side])
    return t('refusal.budget', { cost, left: s.budget[side] - spent });
  return checkMove(s, move, side);
}

export function applyMove(d: GameState, move: Move, causes: Cause[], side: Side): void {
  record(move).apply(d, move, causes, side);
}

function wordsOf(m: Move, state?: GameState): WordVars {
  const { words } = record(m);
  return words ? words(m, { ...(state ? { state } : {}), done: describeMove }) : {};
}

/** A played move as a short line for the news feed and the timeline. */
export function describeMove(m: Move): string {
  return t(`move.${m.type}.done`, wordsOf(m));
}

/** What a card says: the concrete move in the state it is offered in, or its title. */
export function cardTitle(m: Move, s: GameState): string {
  const key = `move.${m.type}.card`;
  const vars = wordsOf(m, s);
  const said = t(key, vars);
  return said === key ? moveTitle(m.type) : said;
}
