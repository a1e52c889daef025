import { bump } from '../effects';
import { PARAMS as P } from '../params';
import type { GameState, Measure } from '../state';
import { on } from '../switches';
import type { Ask, Cause, Move } from '../vocabulary';

/**
 * A US measure changes (strategy.md §2.5). Reversing one within `standsAfter` quarters of its last
 * change, either way, is a breach of trust: it costs credibility, goodwill and relations, and a
 * relief that reverses a measure that never stood is no concession. Returns whether it stood.
 */
export function changeMeasure(
  d: GameState,
  measure: Measure,
  up: boolean,
  causes: Cause[],
): boolean {
  const last = d.measures[measure];
  const reversal = last !== null && last.up !== up && d.turn - last.turn < P.standsAfter;
  d.measures[measure] = { turn: d.turn, up };
  if (!reversal || !on('credibility')) return true;
  const before = d.usCredibility;
  d.usCredibility = Math.max(0, d.usCredibility - P.breachCredibility);
  causes.push({
    rule: 'leverage',
    indicator: 'credibility',
    delta: d.usCredibility - before,
    note: 'cause.reversedBreach',
  });
  bump(d, causes, 'goodwill', -P.breachGoodwill, 'leverage', 'cause.badFaith');
  bump(d, causes, 'relations', -P.breachRelations, 'leverage', 'cause.reversedInHaste');
  d.ledger.usHome -= 1;
  return false;
}

/** Marks a concession China asked for, so cooperation can resume and the ask is settled (rule 2). */
export function concede(d: GameState, answers: GameState['pendingAsk'], stood: boolean): void {
  if (!stood) return;
  d.flags.concession = true;
  if (on('leverage')) d.concessionsOwed += 1;
  d.lastReliefTurn = d.turn;
  d.usCredibility = Math.min(100, d.usCredibility + P.reliefCredibility);
  if (d.pendingAsk === answers) d.pendingAsk = null;
}

export function chinaStep(d: GameState, costly = false): void {
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
export const remaining = (level: number, cap: number) => Math.max(0, 1 - level / cap);
