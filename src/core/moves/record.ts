import { t, type WordVars } from '../../words';
import type { GameState } from '../state';
import type { Cause, Move, MoveType, RuleId, Side } from '../vocabulary';
import { z } from '../zod';

export type MoveOf<T extends MoveType> = Extract<Move, { type: T }>;

/**
 * A move's parameter: its schema, and the one number it takes in a code. `low`–`high` is the range
 * of that number, every value in it a valid move; ids and numbers are part of the formats and never
 * change.
 */
export interface ParamSpec {
  /** The parameter's fields for the move's schema; an offer's terms use `term`, the term schema. */
  shape: (term: z.ZodType) => z.ZodRawShape;
  toNumber: (m: Move) => number;
  fromNumber: (p: number) => Record<string, unknown> | null;
  low: number;
  high: number;
}

export const noParam: ParamSpec = {
  shape: () => ({}),
  toNumber: () => 0,
  fromNumber: (p) => (p === 0 ? {} : null),
  low: 0,
  high: 0,
};

/** A whole number from `min` to `max` in steps of `step`; its code number is value ÷ step. */
export function wholeParam(name: string, min: number, max: number, step = 1): ParamSpec {
  const base = z.number().int().min(min).max(max);
  const schema =
    step === 1
      ? base
      : base.refine((v) => v % step === 0, { error: () => t('check.multipleOf', { step }) });
  return {
    shape: () => ({ [name]: schema }),
    toNumber: (m) => ((m as unknown as Record<string, number>)[name] ?? 0) / step,
    fromNumber: (p) => (p * step >= min && p * step <= max ? { [name]: p * step } : null),
    low: Math.ceil(min / step),
    high: Math.floor(max / step),
  };
}

/** One of a fixed list of ids; its code number is the index in that list. */
export function choiceParam(name: string, values: readonly [string, ...string[]]): ParamSpec {
  return {
    shape: () => ({ [name]: z.enum(values) }),
    toNumber: (m) => values.indexOf((m as unknown as Record<string, string>)[name] ?? ''),
    fromNumber: (p) => (values[p] === undefined ? null : { [name]: values[p] }),
    low: 0,
    high: values.length - 1,
  };
}

/** What a move's check may ask of the whole catalogue: an offer checks its terms as moves. */
export interface MoveBook {
  check: (s: GameState, m: Move, side: Side) => string | null;
  sideOf: (m: Move) => Side | 'both';
  isTerm: (m: Move) => boolean;
}

/**
 * One move, whole: who plays it, the rule it serves, its parameter, whether it can be a term of an
 * offer, its fixed number in codes, its cost, the check against the state, and its effect. Its
 * words are `move.<type>.title`, `.summary`, `.done` and, where a card says more, `.card`, filled
 * from `words`.
 */
export interface MoveRecord<T extends MoveType = MoveType> {
  side: Side | 'both';
  rule: RuleId;
  /** Its id in the canonical code: fixed for ever, only ever appended to. */
  code: number;
  param: ParamSpec;
  /** False for moves about other moves (offers, summits, demands): they cannot be terms. */
  term: boolean;
  cost: (m: MoveOf<T>) => number;
  /** Why the move does not fit this state, or null when it does. */
  check: (s: GameState, m: MoveOf<T>, side: Side, book: MoveBook) => string | null;
  apply: (d: GameState, m: MoveOf<T>, causes: Cause[], side: Side) => void;
  /**
   * The values its words are filled with: `state` is the state a card is drawn in, `done` how
   * another move reads (an offer names its terms).
   */
  words?: (m: MoveOf<T>, ctx: WordsContext) => WordVars;
}

export interface WordsContext {
  state?: GameState;
  done: (m: Move) => string;
}

export type Records<K extends MoveType> = { [T in K]: MoveRecord<T> };

export const one = () => 1;
export const two = () => 2;
