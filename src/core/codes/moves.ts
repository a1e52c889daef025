import { ASKS, CONTROL_CLASSES, type Move, type MoveType, SANCTION_TARGETS } from '../vocabulary';

/**
 * A move as a number: its index in a format's move table × 32 + its parameter. Each format has
 * its own table, written out here: the tables are part of the formats, so they never follow a
 * change to the vocabulary's lists, and ids are only ever appended.
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

export const P2_MOVES: readonly MoveType[] = [
  ...P1_MOVES,
  'proposeSummit',
  'attendSummit',
  'proposeOffer',
  'acceptOffer',
  'declineOffer',
];

export function moveNumber(m: Move, table: readonly MoveType[]): number {
  return table.indexOf(m.type) * 32 + parameter(m);
}

function parameter(m: Move): number {
  switch (m.type) {
    case 'setTariff':
      return m.rate / 5;
    case 'sanction':
    case 'liftSanction':
      return SANCTION_TARGETS.indexOf(m.target);
    case 'schedulePrecursors':
      return m.count;
    case 'scheduleClass':
      return CONTROL_CLASSES.indexOf(m.class);
    case 'enforce':
      return m.level;
    case 'demandConcession':
      return ASKS.indexOf(m.ask);
    case 'proposeOffer':
      return m.within;
    default:
      return 0;
  }
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
  const p = n % 32;
  let move: Record<string, unknown> | null;
  switch (type) {
    case undefined:
      return 'an unknown move';
    case 'setTariff':
      move = p <= 20 ? { type, rate: p * 5 } : null;
      break;
    case 'sanction':
    case 'liftSanction': {
      const target = SANCTION_TARGETS[p];
      move = target ? { type, target } : null;
      break;
    }
    case 'schedulePrecursors':
      move = p >= 1 && p <= 20 ? { type, count: p } : null;
      break;
    case 'scheduleClass': {
      const c = CONTROL_CLASSES[p];
      move = c ? { type, class: c } : null;
      break;
    }
    case 'enforce':
      move = p >= 1 && p <= 3 ? { type, level: p } : null;
      break;
    case 'demandConcession': {
      const ask = ASKS[p];
      move = ask ? { type, ask } : null;
      break;
    }
    case 'proposeOffer':
      move = p >= 1 && p <= 3 ? { type, within: p } : null;
      break;
    default:
      // A move without parameters carries none: any bit set there is damage.
      move = p === 0 ? { type } : null;
  }
  return move ?? `a move '${type}' with a parameter it cannot take`;
}
