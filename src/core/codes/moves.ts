import { t } from '../../words';
import { MOVE_TYPES, MOVES, type MoveRecord } from '../moves';
import type { Move, MoveType } from '../vocabulary';

/**
 * A move as a number: its index in a format's move table × 32 + its parameter. p1's table is written
 * out here, frozen with the format; from p2 on, the index is the fixed code id each move's record
 * carries, only ever appended to. The parameter's number is the record's too.
 */
export const P1_MOVES: readonly MoveType[] = [
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
];

/** Format p2 on: each move by the fixed code id in its record (src/core/moves). */
export const P2_MOVES: readonly MoveType[] = MOVE_TYPES.map((type, i) => {
  if (MOVES[type].code !== i) throw new Error(`move ids must run 0, 1, 2…: ${type} is ${i}`);
  return type;
});

const param = (type: MoveType) => (MOVES[type] as MoveRecord).param;

export function moveNumber(m: Move, table: readonly MoveType[]): number {
  return table.indexOf(m.type) * 32 + param(m.type).toNumber(m);
}

/**
 * A move from its number, or why the number is not a move. An offer comes back without its terms,
 * which the format reads after it.
 */
export function moveFromNumber(
  n: number,
  table: readonly MoveType[],
): Record<string, unknown> | string {
  const type = table[Math.floor(n / 32)];
  if (type === undefined) return t('code.unknownMove');
  // A move without parameters carries none: any bit set there is damage.
  const fields = param(type).fromNumber(n % 32);
  return fields ? { type, ...fields } : t('code.badParameter', { type });
}
