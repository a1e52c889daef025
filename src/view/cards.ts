import { MOVES, moveCost, refusalReason } from '../core/moves';
import type { GameState } from '../core/state';
import type { Move, MoveType, SanctionTarget, Side } from '../core/vocabulary';
import { moveTerm, type TermRef } from './glossary';

/** One move on offer, as a card: a concrete Move with its cost and, if it does not fit, why. */
export interface CardView {
  /** Position in the hand, also the index into the shortcut keys. */
  index: number;
  /** The key that picks it: 1–9, 0, then letters. */
  key: string;
  move: Move;
  title: string;
  summary: string;
  /** The glossary entry that explains the card. */
  term: TermRef;
  cost: number;
  /** Why the card cannot be played now (from the core's refusalReason), or null. */
  refusal: string | null;
  /** Index of this move in the side's pending list, or -1 when not picked. */
  pendingIndex: number;
}

export const CARD_KEYS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '0',
  'q',
  'w',
  'e',
  'r',
  't',
  'y',
];

const TARGET_NAME: Record<SanctionTarget, string> = {
  forensicInstitute: 'the forensic institute',
  chemicalFirms: 'chemical firms',
};

const roundTo5 = (x: number) => Math.max(0, Math.min(100, Math.round(x / 5) * 5));

/** One card for summitry: attend when the other side has invited, otherwise propose. */
function summitCard(s: GameState, side: Side): { move: Move; title: string } {
  return s.summitInvite && s.summitInvite.from !== side
    ? { move: { type: 'attendSummit' }, title: 'Attend the summit' }
    : { move: { type: 'proposeSummit' }, title: 'Propose a summit' };
}

/** The concrete moves a side is offered, parameters filled in from the state. */
export function handFor(s: GameState, side: Side): { move: Move; title: string }[] {
  if (side === 'us') {
    const up = roundTo5(s.tariff + 10);
    const down = roundTo5(s.tariff - 10);
    const sanctionCard = (target: SanctionTarget) =>
      s.sanctions[target]
        ? {
            move: { type: 'liftSanction', target } as Move,
            title: `Lift sanctions on ${TARGET_NAME[target]}`,
          }
        : { move: { type: 'sanction', target } as Move, title: `Sanction ${TARGET_NAME[target]}` };
    return [
      { move: { type: 'giveCredit' }, title: 'Give public credit' },
      { move: { type: 'withholdCredit' }, title: 'Withhold credit' },
      { move: { type: 'setTariff', rate: up }, title: `Raise tariff to ${up}%` },
      { move: { type: 'setTariff', rate: down }, title: `Cut tariff to ${down}%` },
      sanctionCard('chemicalFirms'),
      sanctionCard('forensicInstitute'),
      s.listedMajorProducer
        ? { move: { type: 'delistMajorProducer' }, title: 'Take China off the list' }
        : { move: { type: 'listMajorProducer' }, title: 'List China as a drug producer' },
      { move: { type: 'shareIntelligence' }, title: 'Share intelligence' },
      { move: { type: 'fundDemandReduction' }, title: 'Fund naloxone and treatment' },
      { move: { type: 'pressMexico' }, title: 'Press Mexico' },
      { move: { type: 'buildCoalition' }, title: 'Build the coalition' },
      summitCard(s, side),
    ];
  }
  // A demand is offered only where there is something to ask for, and the hand keeps to the
  // sixteen places (and keys) of the grid: with all three demands open, level 3 enforcement yields.
  type Card = { move: Move; title: string };
  const demands = (
    [
      s.tariff > 0 && {
        move: { type: 'demandConcession', ask: 'tariffRelief' },
        title: 'Demand tariff relief',
      },
      (s.sanctions.forensicInstitute || s.sanctions.chemicalFirms) && {
        move: { type: 'demandConcession', ask: 'liftSanctions' },
        title: 'Demand sanctions lifted',
      },
      s.listedMajorProducer && {
        move: { type: 'demandConcession', ask: 'delisting' },
        title: 'Demand delisting',
      },
    ] as (Card | false)[]
  ).filter((c): c is Card => c !== false);
  const enforceLevels = demands.length === 3 ? [1, 2] : [1, 2, 3];
  return [
    { move: { type: 'announceConsensus' }, title: 'Announce a consensus' },
    { move: { type: 'reannounce' }, title: 'Re-announce an old step' },
    { move: { type: 'schedulePrecursors', count: 1 }, title: 'Schedule 1 precursor' },
    { move: { type: 'schedulePrecursors', count: 3 }, title: 'Schedule 3 precursors' },
    { move: { type: 'scheduleClass', class: 'fentanyl' }, title: 'Control the fentanyl class' },
    { move: { type: 'scheduleClass', class: 'nitazenes' }, title: 'Control the nitazene class' },
    { move: { type: 'licenseExports' }, title: 'License exports' },
    { move: { type: 'requireKYC' }, title: 'Require KYC checks' },
    ...enforceLevels.map((level) => ({
      move: { type: 'enforce', level } as Move,
      title: `Enforce: level ${level}`,
    })),
    s.posture === 'suspended'
      ? { move: { type: 'resumeCooperation' }, title: 'Resume cooperation' }
      : { move: { type: 'suspendCooperation' }, title: 'Suspend cooperation' },
    ...demands,
    { move: { type: 'relaxEnforcement' }, title: 'Let enforcement slide' },
    summitCard(s, side),
  ];
}

export const sameMove = (a: Move, b: Move): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The side's cards with cost and state. A picked card is not refused (pressing it takes it back);
 * any other card carries the core's own reason when it would be refused.
 */
export function cardsFor(
  s: GameState,
  side: Side,
  pending: readonly Move[],
  offered: readonly MoveType[],
): CardView[] {
  return handFor(s, side).map(({ move, title }, index) => {
    const pendingIndex = pending.findIndex((p) => sameMove(p, move));
    return {
      index,
      key: CARD_KEYS[index] ?? '',
      move,
      title,
      summary: MOVES[move.type].summary,
      term: moveTerm(move.type),
      cost: moveCost(move),
      refusal: pendingIndex >= 0 ? null : refusalReason(s, side, pending, move, offered),
      pendingIndex,
    };
  });
}
