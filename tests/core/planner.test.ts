import { describe, expect, it } from 'vitest';
import {
  aiPlan,
  expert,
  opponentMix,
  PLANNER,
  planExpert,
  planNovice,
} from '../../src/core/ai/planner';
import { type PastTurn, personality, playOut } from '../../src/core/ai/tournament';
import { policyMoves } from '../../src/core/policies';
import { drawUniforms, seedRng } from '../../src/core/rng';
import { startGame } from '../../src/core/scenario';
import { type GameState, isOver } from '../../src/core/state';
import { playTurn } from '../../src/core/turn';
import type { Side } from '../../src/core/vocabulary';
import { playGame } from '../../src/machine/driver';
import { scenario } from '../helpers';

const truce = scenario('truce-2026');

/** A position a few quarters into a game, with the record of what both sides played. */
function position(turns: number, seed = 11): { s: GameState; past: PastTurn[] } {
  let s = startGame(truce, seed);
  const past: PastTurn[] = [];
  for (let i = 0; i < turns; i++) {
    const moves = {
      us: policyMoves(s, 'us', 'hawk', truce.moves.us),
      china: policyMoves(s, 'china', 'hardline', truce.moves.china),
    };
    s = playTurn(s, truce, moves).state;
    past.push(moves);
  }
  return { s, past };
}

describe('the planning AI', () => {
  it('gives the same choice for the same position, every time', () => {
    const { s, past } = position(2);
    const first = planExpert(s, 'us', truce, past);
    expect(planExpert(structuredClone(s), 'us', truce, structuredClone(past))).toEqual(first);
  });

  it.each(['us', 'china'] as Side[])(
    'never reads the game’s own luck (%s): other generator state and draws, same choice',
    (side) => {
      const { s, past } = position(3);
      const other = drawUniforms(seedRng(987_654), 40);
      const twin: GameState = { ...s, rng: other.next, draws: other.draws.slice(24) };
      expect(twin.draws).not.toEqual(s.draws);
      expect(planExpert(twin, side, truce, past)).toEqual(planExpert(s, side, truce, past));
    },
  );

  it('plays against the side it has read', () => {
    const { s, past } = position(3);
    expect(planExpert(s, 'us', truce, past).explanation).toContain('China read as hardline');
  });

  it('reads the other side from what it has done', () => {
    const { s, past } = position(3);
    const mix = opponentMix(s, 'us', truce, past);
    const top = mix.reduce((a, b) => (b.weight > a.weight ? b : a));
    expect(top.policy).toBe('hardline');
    expect(top.weight).toBeGreaterThan(0.9);
    // Without a record, every personality weighs alike.
    const even = opponentMix(startGame(truce, 11), 'us', truce, []);
    expect(new Set(even.map((m) => m.weight)).size).toBe(1);
  });

  it('explains its choice in one sentence', () => {
    const { s, past } = position(2);
    const plan = planExpert(s, 'us', truce, past);
    expect(plan.explanation).toMatch(/^[A-Z].*\.$/);
    expect(plan.explanation).not.toContain('\n');
    expect(plan.explanation).toContain(`${PLANNER.samples} sampled futures`);
  });

  it('plays the same game through the statechart as through the bare core', () => {
    const seed = 4;
    const core = playOut(truce, seed, { us: personality('reciprocal'), china: expert });
    const machine = playGame({
      scenario: truce,
      seed,
      controllers: { us: 'ai', china: 'ai' },
      policies: { us: 'reciprocal', china: 'expert' },
    });
    expect(machine.context.game.ledger).toEqual(core.ledger);
  });
});

describe('the novice', () => {
  it('plays the standard personality but errs, the same way every time', () => {
    let s = startGame(truce, 5);
    let slips = 0;
    while (!isOver(s)) {
      const standard = aiPlan(s, 'china', 'leverage', truce).moves;
      const novice = planNovice(s, 'china', truce);
      expect(planNovice(s, 'china', truce)).toEqual(novice);
      if (JSON.stringify(novice.moves) !== JSON.stringify(standard)) slips += 1;
      s = playTurn(s, truce, { us: [], china: novice.moves }).state;
    }
    expect(slips).toBeGreaterThan(0);
    expect(slips).toBeLessThan(truce.turns);
  });
});
