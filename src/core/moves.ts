import { bump } from './effects';
import { answer, offerRefusal, offerToAnswer, openOfferFrom, putOnTable } from './offers';
import { PARAMS as P } from './params';
import type { GameState, Measure } from './state';
import {
  ASK_WORDS,
  type Ask,
  type Cause,
  CLASS_WORDS,
  type Move,
  type MoveType,
  type RuleId,
  type Side,
  TARGET_WORDS,
} from './vocabulary';

type MoveOf<T extends MoveType> = Extract<Move, { type: T }>;

export interface MoveDef<T extends MoveType = MoveType> {
  side: Side | 'both';
  label: string;
  /** What the move does, in a line, for cards and help. */
  summary: string;
  rule: RuleId;
  cost: (m: MoveOf<T>) => number;
  /** Why the move does not fit this state, or null when it does. */
  check: (s: GameState, m: MoveOf<T>, side: Side) => string | null;
  apply: (d: GameState, m: MoveOf<T>, causes: Cause[], side: Side) => void;
}

type Catalogue = { [T in MoveType]: MoveDef<T> };

const one = () => 1;

/**
 * A US measure changes (strategy.md §2.5). Reversing one within `standsAfter` quarters of its last
 * change, either way, is a breach of trust: it costs credibility, goodwill and relations, and a
 * relief that reverses a measure that never stood is no concession. Returns whether it stood.
 */
function changeMeasure(d: GameState, measure: Measure, up: boolean, causes: Cause[]): boolean {
  const last = d.measures[measure];
  const reversal = last !== null && last.up !== up && d.turn - last.turn < P.standsAfter;
  d.measures[measure] = { turn: d.turn, up };
  if (!reversal) return true;
  const before = d.usCredibility;
  d.usCredibility = Math.max(0, d.usCredibility - P.breachCredibility);
  causes.push({
    rule: 'leverage',
    indicator: 'credibility',
    delta: d.usCredibility - before,
    note: 'a measure reversed before it stood: a breach of trust',
  });
  bump(d, causes, 'goodwill', -P.breachGoodwill, 'leverage', 'Beijing reads it as bad faith');
  bump(d, causes, 'relations', -P.breachRelations, 'leverage', 'a measure reversed in haste');
  d.ledger.usHome -= 1;
  return false;
}

/** Marks a concession China asked for, so cooperation can resume and the ask is settled (rule 2). */
function concede(d: GameState, answers: GameState['pendingAsk'], stood: boolean): void {
  if (!stood) return;
  d.flags.concession = true;
  d.concessionsOwed += 1;
  d.lastReliefTurn = d.turn;
  d.usCredibility = Math.min(100, d.usCredibility + P.reliefCredibility);
  if (d.pendingAsk === answers) d.pendingAsk = null;
}

function chinaStep(d: GameState, costly = false): void {
  d.flags.stepsThisTurn += 1;
  if (!costly) return;
  d.flags.costlySteps += 1;
  if (d.concessionsOwed > 0) d.concessionsOwed -= 1;
}

/** China's next costly step not yet in force: licensing, then KYC, then real enforcement. */
export function nextCostlyStep(s: GameState): Move {
  if (!s.exportLicensing) return { type: 'licenseExports' };
  if (!s.kyc) return { type: 'requireKYC' };
  return { type: 'enforce', level: 2 };
}

/** The US move that grants an ask. */
export function reliefFor(s: GameState, ask: Ask): Move {
  if (ask === 'tariffRelief')
    return { type: 'setTariff', rate: Math.max(0, Math.round((s.tariff - 10) / 5) * 5) };
  if (ask === 'liftSanctions')
    return {
      type: 'liftSanction',
      target: s.sanctions.forensicInstitute ? 'forensicInstitute' : 'chemicalFirms',
    };
  return { type: 'delistMajorProducer' };
}

/** Each round of the same spending adds less as it nears its limit (diminishing returns). */
const remaining = (level: number, cap: number) => Math.max(0, 1 - level / cap);

export const MOVES: Catalogue = {
  setTariff: {
    side: 'us',
    label: 'Set fentanyl tariff',
    summary: 'Raise the tariff to add pressure, or cut it as relief China will pay for.',
    rule: 'tariffs',
    cost: one,
    check: (s, m) =>
      !Number.isInteger(m.rate) || m.rate < 0 || m.rate > 100 || m.rate % 5 !== 0
        ? 'the rate must be a whole number from 0 to 100 in steps of 5'
        : m.rate === s.tariff
          ? `the tariff is already ${s.tariff}%`
          : null,
    apply: (d, m, causes) => {
      const change = m.rate - d.tariff;
      const stood = changeMeasure(d, 'tariff', change > 0, causes);
      bump(d, causes, 'tariff', change, 'tariffs', change > 0 ? 'tariff raised' : 'tariff cut');
      if (change > 0) {
        bump(
          d,
          causes,
          'relations',
          -P.tariffRaiseHit * change,
          'tariffs',
          'Beijing calls the tariff blackmail',
        );
        if (change >= P.provokingRaise) d.flags.provocation = true;
      } else {
        bump(
          d,
          causes,
          'relations',
          -P.tariffCutGain * change,
          'tariffs',
          'tariff relief eases the mood',
        );
        concede(d, 'tariffRelief', stood);
      }
    },
  },
  sanction: {
    side: 'us',
    label: 'Impose sanctions',
    summary:
      'Sanction the forensic-science institute or chemical firms. China treats it as a provocation.',
    rule: 'relationship',
    cost: () => 2,
    check: (s, m) =>
      s.sanctions[m.target] ? `sanctions on ${TARGET_WORDS[m.target]} are already in force` : null,
    apply: (d, m, causes) => {
      changeMeasure(d, m.target, true, causes);
      d.sanctions[m.target] = true;
      const hit = m.target === 'forensicInstitute' ? 15 : 8;
      bump(d, causes, 'relations', -hit, 'relationship', `sanctions on ${TARGET_WORDS[m.target]}`);
      if (m.target === 'forensicInstitute') d.flags.provocation = true;
    },
  },
  liftSanction: {
    side: 'us',
    label: 'Lift sanctions',
    summary: 'Lift sanctions in force: a concession that can restart cooperation.',
    rule: 'leverage',
    cost: one,
    check: (s, m) =>
      s.sanctions[m.target] ? null : `there are no sanctions on ${TARGET_WORDS[m.target]} to lift`,
    apply: (d, m, causes) => {
      const stood = changeMeasure(d, m.target, false, causes);
      d.sanctions[m.target] = false;
      bump(d, causes, 'relations', 10, 'leverage', `sanctions on ${TARGET_WORDS[m.target]} lifted`);
      concede(d, 'liftSanctions', stood);
    },
  },
  listMajorProducer: {
    side: 'us',
    label: 'List China as a major drug producer',
    summary:
      'Name China on the list of major drug-producing countries. It costs face and goodwill.',
    rule: 'rhetoric',
    cost: one,
    check: (s) => (s.listedMajorProducer ? 'China is already on the list' : null),
    apply: (d, _m, causes) => {
      changeMeasure(d, 'listing', true, causes);
      d.listedMajorProducer = true;
      bump(
        d,
        causes,
        'relations',
        -P.listingRelationsHit,
        'rhetoric',
        'China named a major drug producer',
      );
      bump(d, causes, 'goodwill', -P.listingGoodwillHit, 'rhetoric', 'public blame costs face');
    },
  },
  delistMajorProducer: {
    side: 'us',
    label: 'Take China off the list',
    summary: 'Remove China from the major-producer list: a concession Beijing has asked for.',
    rule: 'mexicoCoalition',
    cost: one,
    check: (s) => (s.listedMajorProducer ? null : 'China is not on the list'),
    apply: (d, _m, causes) => {
      const stood = changeMeasure(d, 'listing', false, causes);
      d.listedMajorProducer = false;
      bump(d, causes, 'relations', 6, 'mexicoCoalition', 'China taken off the list');
      bump(d, causes, 'goodwill', 8, 'mexicoCoalition', 'delisting restores face');
      concede(d, 'delisting', stood);
    },
  },
  giveCredit: {
    side: 'us',
    label: 'Give public credit',
    summary: "Recognize China's latest steps in public. Goodwill keeps cooperation going.",
    rule: 'credit',
    cost: one,
    check: () => null,
    apply: (d) => {
      d.flags.creditGiven = true;
      if (d.awaitingCredit === 0) d.flags.emptyCredit = true;
    },
  },
  withholdCredit: {
    side: 'us',
    label: 'Withhold credit',
    summary: 'Say the steps are not enough and ask again. China can sell the same steps twice.',
    rule: 'credit',
    cost: one,
    check: () => null,
    apply: (d) => {
      d.flags.creditWithheld = true;
    },
  },
  shareIntelligence: {
    side: 'us',
    label: 'Share intelligence',
    summary: 'Pass case leads for joint investigations. Needs a working channel.',
    rule: 'enforcement',
    cost: one,
    check: (s) =>
      s.posture === 'suspended'
        ? 'cooperation is suspended: there is no channel to share through'
        : null,
    apply: (d, _m, causes) => {
      bump(d, causes, 'enforcement', 6, 'enforcement', 'joint cases from shared leads');
      bump(d, causes, 'goodwill', 2, 'credit', 'working together builds trust');
    },
  },
  fundDemandReduction: {
    side: 'us',
    label: 'Fund naloxone and treatment',
    summary: 'Spend at home on naloxone and treatment. Cuts deaths whatever China does.',
    rule: 'demand',
    cost: () => 2,
    check: (s) =>
      s.naloxoneReach >= 95 && s.treatmentReach >= 90
        ? 'naloxone and treatment already reach everyone they can'
        : null,
    apply: (d, _m, causes) => {
      bump(
        d,
        causes,
        'naloxoneReach',
        P.demandFundingNaloxone * remaining(d.naloxoneReach, 95),
        'demand',
        'naloxone reaches more people',
      );
      bump(
        d,
        causes,
        'treatmentReach',
        P.demandFundingTreatment * remaining(d.treatmentReach, 90),
        'demand',
        'more treatment places',
      );
      d.ledger.usEconomicCost += 0.5;
    },
  },
  pressMexico: {
    side: 'us',
    label: 'Press Mexico',
    summary: 'Push Mexico to raid labs and seize precursors where the drug is made.',
    rule: 'mexicoCoalition',
    cost: one,
    check: (s) => (s.mexicoEnforcement >= 100 ? 'Mexican enforcement is at its limit' : null),
    apply: (d, _m, causes) => {
      bump(
        d,
        causes,
        'mexicoEnforcement',
        (P.pressMexicoGain * remaining(d.mexicoEnforcement, 100)) / remaining(P.mexicoRest, 100),
        'mexicoCoalition',
        'Mexico steps up raids',
      );
    },
  },
  buildCoalition: {
    side: 'us',
    label: 'Build the coalition',
    summary:
      'Work through the multilateral coalition: curbs other suppliers and gives China a face-saving forum.',
    rule: 'mexicoCoalition',
    cost: () => 2,
    check: (s) => (s.coalition >= 100 ? 'the coalition is as strong as it gets' : null),
    apply: (d, _m, causes) => {
      bump(d, causes, 'coalition', P.coalitionGain, 'mexicoCoalition', 'coalition widens');
      bump(d, causes, 'relations', 1, 'mexicoCoalition', 'a multilateral forum is easier for both');
    },
  },

  schedulePrecursors: {
    side: 'china',
    label: 'Schedule precursors',
    summary:
      'Put named chemicals under control. Bites after a quarter; traffickers switch to analogs.',
    rule: 'scheduling',
    cost: one,
    check: (_s, m) =>
      !Number.isInteger(m.count) || m.count < 1 || m.count > 20
        ? 'count must be a whole number from 1 to 20'
        : null,
    apply: (d, m) => {
      // Each chemical adds less than the last: the easy targets go first (rule 5).
      let open = 1;
      for (let i = 0; i < m.count; i++)
        open *= 1 - P.perChemicalBite * P.perChemicalDecay ** (d.scheduled + i);
      d.schedulePipeline = 1 - (1 - d.schedulePipeline) * open;
      d.scheduled += m.count;
      chinaStep(d);
    },
  },
  scheduleClass: {
    side: 'china',
    label: 'Control a whole class',
    summary:
      'Control every substance of a class at once. Far harder to dodge than one chemical at a time.',
    rule: 'scheduling',
    cost: () => 2,
    check: (s, m) =>
      s.classes[m.class] ? `the ${CLASS_WORDS[m.class]} class is already controlled` : null,
    apply: (d, m) => {
      d.classes[m.class] = true;
      d.classPipeline = 1 - (1 - d.classPipeline) * (1 - P.classBite[m.class]);
      chinaStep(d, true);
    },
  },
  licenseExports: {
    side: 'china',
    label: 'License exports',
    summary: 'Require approval for key precursors sold to North America.',
    rule: 'enforcement',
    cost: () => 2,
    check: (s) => (s.exportLicensing ? 'export licensing is already in force' : null),
    apply: (d) => {
      d.exportLicensing = true;
      chinaStep(d, true);
    },
  },
  requireKYC: {
    side: 'china',
    label: 'Require know-your-customer',
    summary: 'Make chemical sellers verify who buys. Costly, and it makes enforcement bite.',
    rule: 'enforcement',
    cost: () => 3,
    check: (s) => (s.kyc ? 'know-your-customer rules are already in force' : null),
    apply: (d, _m, causes) => {
      d.kyc = true;
      bump(d, causes, 'enforcement', 5, 'enforcement', 'sellers must know their buyers');
      chinaStep(d, true);
    },
  },
  enforce: {
    side: 'china',
    label: 'Enforce',
    summary: 'Prosecutions, takedowns and seizures. Rules on paper do little without them.',
    rule: 'enforcement',
    cost: (m) => m.level,
    check: (s, m) =>
      !Number.isInteger(m.level) || m.level < 1 || m.level > 3
        ? 'level must be 1, 2 or 3'
        : s.enforcement >= 100
          ? 'enforcement is at its limit'
          : null,
    apply: (d, m, causes) => {
      bump(d, causes, 'enforcement', 8 * m.level, 'enforcement', 'prosecutions and takedowns');
      chinaStep(d, m.level >= 2);
    },
  },
  suspendCooperation: {
    side: 'china',
    label: 'Suspend cooperation',
    summary: 'Stop all drug-control cooperation. Leverage, at the price of the relationship.',
    rule: 'relationship',
    cost: one,
    check: (s) => (s.posture === 'suspended' ? 'cooperation is already suspended' : null),
    apply: (d, _m, causes) => {
      d.flags.suspendRequested = true;
      bump(d, causes, 'relations', -6, 'relationship', 'China suspends cooperation');
    },
  },
  resumeCooperation: {
    side: 'china',
    label: 'Resume cooperation',
    summary: 'Return to talks. Beijing prefers to do it after a concession or a summit.',
    rule: 'relationship',
    cost: one,
    check: (s) => (s.posture === 'suspended' ? null : 'cooperation is not suspended'),
    apply: (d, _m, causes) => {
      d.flags.resumeRequested = true;
      bump(d, causes, 'relations', 4, 'relationship', 'talks resume');
    },
  },
  announceConsensus: {
    side: 'china',
    label: 'Announce a consensus',
    summary: 'A warm statement with no specifics. Cheap talk: it changes nothing on the ground.',
    rule: 'leverage',
    cost: one,
    check: () => null,
    apply: (d, _m, causes) => {
      bump(d, causes, 'relations', 2, 'leverage', 'a vague promise');
      chinaStep(d);
    },
  },
  reannounce: {
    side: 'china',
    label: 'Re-announce an old step',
    summary: 'Present a step already taken as new. Possible only when it went unrecognized.',
    rule: 'credit',
    cost: one,
    check: (s) => (s.chips < 1 ? 'there is no old step left to re-announce' : null),
    apply: (d, _m, causes) => {
      bump(d, causes, 'chips', -1, 'credit', 'an old step sold again');
      chinaStep(d);
    },
  },
  demandConcession: {
    side: 'china',
    label: 'Demand a concession',
    summary: 'Name the price of more help: tariff relief, sanctions lifted or delisting.',
    rule: 'leverage',
    cost: one,
    check: (s, m) => {
      if (s.pendingAsk === m.ask) return `China is already asking for ${ASK_WORDS[m.ask]}`;
      if (m.ask === 'tariffRelief' && s.tariff === 0) return 'there is no tariff to relieve';
      if (m.ask === 'liftSanctions' && !s.sanctions.forensicInstitute && !s.sanctions.chemicalFirms)
        return 'there are no sanctions to lift';
      if (m.ask === 'delisting' && !s.listedMajorProducer) return 'China is not on the list';
      return null;
    },
    apply: (d, m, causes) => {
      d.pendingAsk = m.ask;
      bump(d, causes, 'relations', -2, 'leverage', `China asks for ${ASK_WORDS[m.ask]} first`);
      // The demand is one kind of offer: the relief asked for, against China's next costly step.
      if (!openOfferFrom(d, 'china'))
        putOnTable(d, 'china', {
          type: 'proposeOffer',
          give: [nextCostlyStep(d as GameState)],
          ask: [reliefFor(d as GameState, m.ask)],
          within: 2,
        });
    },
  },
  proposeSummit: {
    side: 'both',
    label: 'Propose a summit',
    summary:
      'Invite the other leader to a summit. If they attend next quarter, relations and face recover; a snub stings.',
    rule: 'relationship',
    cost: () => 2,
    check: (s) => (s.summitInvite ? 'a summit invitation is already on the table' : null),
    apply: (d, _m, causes, side) => {
      d.summitInvite = { from: side, turn: d.turn };
      bump(d, causes, 'relations', 1, 'relationship', 'a summit is proposed');
    },
  },
  attendSummit: {
    side: 'both',
    label: 'Attend the summit',
    summary: 'Accept the summit the other side proposed: the usual way back from a walk-out.',
    rule: 'relationship',
    cost: one,
    check: (s, _m, side) =>
      s.summitInvite === null || s.summitInvite.from === side || s.summitInvite.turn >= s.turn
        ? 'no summit invitation from the other side is waiting for an answer'
        : null,
    apply: (d) => {
      d.flags.summitAttended = true;
    },
  },
  proposeOffer: {
    side: 'both',
    label: 'Make an offer',
    summary:
      'Put a deal on the table: what you will do, what you ask in return, and by when. The other side answers next quarter.',
    rule: 'leverage',
    cost: one,
    check: (s, m, side) => offerRefusal(s, side, m, checkMove, (t) => MOVES[t.type].side),
    apply: (d, m, causes, side) => {
      putOnTable(d, side, m);
      bump(d, causes, 'relations', 1, 'leverage', 'an offer is put on the table');
    },
  },
  acceptOffer: {
    side: 'both',
    label: 'Accept the offer',
    summary: 'Take the deal on the table. Both sides must then carry out their part in time.',
    rule: 'leverage',
    cost: () => 0,
    check: (s, _m, side) =>
      offerToAnswer(s, side) ? null : 'no offer from the other side is waiting for an answer',
    apply: (d, _m, causes, side) => answer(d, side, true, causes),
  },
  declineOffer: {
    side: 'both',
    label: 'Decline the offer',
    summary: 'Turn down the deal on the table. You may put your own offer instead.',
    rule: 'leverage',
    cost: () => 0,
    check: (s, _m, side) =>
      offerToAnswer(s, side) ? null : 'no offer from the other side is waiting for an answer',
    apply: (d, _m, causes, side) => answer(d, side, false, causes),
  },
  relaxEnforcement: {
    side: 'china',
    label: 'Let enforcement slide',
    summary:
      'Quietly stop prosecuting and taking down sites. The first thing to go when relations sour.',
    rule: 'enforcement',
    cost: one,
    check: (s) => (s.enforcement <= 0 ? 'there is no enforcement left to relax' : null),
    apply: (d, _m, causes) => {
      d.flags.relaxed = true;
      bump(d, causes, 'enforcement', -15, 'enforcement', 'enforcement quietly relaxed');
    },
  },
};

export function moveDef<T extends MoveType>(type: T): MoveDef<T> {
  return MOVES[type] as MoveDef<T>;
}

export function moveCost(m: Move): number {
  return (moveDef(m.type).cost as (m: Move) => number)(m);
}

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
  const def = MOVES[move.type] as MoveDef | undefined;
  if (!def) return `unknown move '${String((move as { type: unknown }).type)}'`;
  if (def.side !== side && def.side !== 'both')
    return `“${def.label}” is a ${def.side === 'us' ? 'US' : 'Chinese'} move`;
  // Offers and summits are the channel between the sides, open in every scenario.
  if (offered && !offered.includes(move.type) && def.side !== 'both')
    return `“${def.label}” is not on offer in this scenario`;
  if (pending.some((p) => p.type === move.type))
    return `“${def.label}” is already played this turn`;
  if (
    (move.type === 'giveCredit' && pending.some((p) => p.type === 'withholdCredit')) ||
    (move.type === 'withholdCredit' && pending.some((p) => p.type === 'giveCredit'))
  )
    return 'credit cannot be both given and withheld in one turn';
  const spent = pending.reduce((sum, p) => sum + moveCost(p), 0);
  const cost = moveCost(move);
  if (spent + cost > s.budget[side])
    return `not enough political capital: costs ${cost}, ${s.budget[side] - spent} left`;
  return checkMove(s, move, side);
}

/** The move's own check against the state: why it does not fit, or null. */
export function checkMove(s: GameState, move: Move, side: Side): string | null {
  return (MOVES[move.type].check as (s: GameState, m: Move, side: Side) => string | null)(
    s,
    move,
    side,
  );
}

export function applyMove(d: GameState, move: Move, causes: Cause[], side: Side): void {
  type Apply = (d: GameState, m: Move, c: Cause[], side: Side) => void;
  (MOVES[move.type].apply as Apply)(d, move, causes, side);
}

/** A played move as a short line for the news feed and the timeline. */
export function describeMove(m: Move): string {
  switch (m.type) {
    case 'setTariff':
      return `tariff set to ${m.rate}%`;
    case 'sanction':
      return `sanctions on ${TARGET_WORDS[m.target]}`;
    case 'liftSanction':
      return `sanctions on ${TARGET_WORDS[m.target]} lifted`;
    case 'listMajorProducer':
      return 'China listed as a major drug producer';
    case 'delistMajorProducer':
      return 'China taken off the list';
    case 'giveCredit':
      return 'public credit for China’s steps';
    case 'withholdCredit':
      return 'credit withheld';
    case 'shareIntelligence':
      return 'intelligence shared';
    case 'fundDemandReduction':
      return 'naloxone and treatment funded';
    case 'pressMexico':
      return 'Mexico pressed';
    case 'buildCoalition':
      return 'coalition built up';
    case 'schedulePrecursors':
      return `${m.count} precursor${m.count === 1 ? '' : 's'} scheduled`;
    case 'scheduleClass':
      return `${CLASS_WORDS[m.class]} class controlled`;
    case 'licenseExports':
      return 'export licensing';
    case 'requireKYC':
      return 'know-your-customer rules';
    case 'enforce':
      return `enforcement, level ${m.level}`;
    case 'suspendCooperation':
      return 'cooperation suspended';
    case 'resumeCooperation':
      return 'cooperation resumed';
    case 'announceConsensus':
      return 'a consensus announced';
    case 'reannounce':
      return 'an old step re-announced';
    case 'demandConcession':
      return `${ASK_WORDS[m.ask]} demanded`;
    case 'relaxEnforcement':
      return 'enforcement let slide';
    case 'proposeSummit':
      return 'a summit proposed';
    case 'attendSummit':
      return 'the summit attended';
    case 'proposeOffer':
      return `an offer: ${terms(m.give)} for ${terms(m.ask)}, within ${m.within} quarter${m.within === 1 ? '' : 's'}`;
    case 'acceptOffer':
      return 'the offer accepted';
    case 'declineOffer':
      return 'the offer declined';
  }
}

function terms(moves: readonly Move[]): string {
  return moves.length ? moves.map(describeMove).join(' and ') : 'nothing';
}
