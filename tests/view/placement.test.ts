import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/session';
import { percentBeaten, type Spread, spread } from '../../src/core/ai/spread';
import {
  onPageNote,
  type PlacementView,
  placementRequest,
  placementView,
  seatOf,
} from '../../src/view/placement';
import type { SetupChoice } from '../../src/view/setup';

const base: SetupChoice = {
  scenarioId: 'truce-2026',
  seat: 'us',
  usPolicy: 'reciprocal',
  chinaPolicy: 'leverage',
  seed: 5,
  turns: 4,
};

/** A finished game in which the person at the keyboard picks `cards` every quarter. */
function finished(choice: SetupChoice, cards: number[] = []): GameSession {
  const s = new GameSession(choice);
  while (s.phase() !== 'debrief') {
    const side = s.sideToMove();
    if (side) {
      for (const c of cards) s.pick(side, c);
      s.endTurn(side);
    } else s.next();
  }
  return s;
}

const fakeSpread = (us: number[], china: number[]): Spread => ({
  runs: us.length,
  deaths12m: { p10: [1, 2], p50: [2, 3], p90: [3, 4] },
  scores: { us, china },
});

describe('what a result is placed among', () => {
  it('reads the seat from who held each side', () => {
    expect(seatOf({ us: 'human', china: 'ai' })).toBe('us');
    expect(seatOf({ us: 'ai', china: 'human' })).toBe('china');
    expect(seatOf({ us: 'human', china: 'human' })).toBe('hotseat');
    expect(seatOf({ us: 'ai', china: 'ai' })).toBe('watch');
  });

  it('puts the standard personality in a person’s seat, against the personality they faced', () => {
    const cases = [
      { seat: 'us', policies: { us: 'reciprocal', china: 'hardline' }, sides: ['us'] },
      { seat: 'china', policies: { us: 'hawk', china: 'leverage' }, sides: ['china'] },
      {
        seat: 'hotseat',
        policies: { us: 'reciprocal', china: 'leverage' },
        sides: ['us', 'china'],
      },
      { seat: 'watch', policies: { us: 'hawk', china: 'hardline' }, sides: ['us', 'china'] },
    ] as const;
    for (const c of cases) {
      const s = finished({ ...base, seat: c.seat, usPolicy: 'hawk', chinaPolicy: 'hardline' });
      const r = placementRequest(s.snapshot.context);
      expect(r.seat, c.seat).toBe(c.seat);
      expect(r.input.policies, c.seat).toEqual(c.policies);
      expect(r.placed.map((p) => p.side)).toEqual(c.sides);
      expect(r.input.seeds).toHaveLength(100);
      expect(r.input.seeds).not.toContain(base.seed);
      expect(r.input.quarters).toBe(4);
      s.stop();
    }
  });

  it('says the verdict with the share beaten, ties half', () => {
    const s = finished(base);
    const r = placementRequest(s.snapshot.context);
    const score = r.placed[0]?.score ?? 0;
    const view = placementView(r, fakeSpread([score - 1, score, score + 1, score + 2], [0]));
    expect(view.percent).toEqual({ us: 38 }); // (1 + ½) of 4
    expect(view.lines).toEqual([
      `Your score ${score} is better than 38% of 4 games with the standard US (Reciprocal) in your seat.`,
    ]);
    expect(view.band).toEqual({ lo: [1, 2], hi: [3, 4] });
    expect(view.bandName).toBe('100 games, standard US: 10th–90th percentile');
    s.stop();
  });

  it('places both sides in hot seat', () => {
    const s = finished({ ...base, seat: 'hotseat' });
    const view = placementView(placementRequest(s.snapshot.context), fakeSpread([99], [-99]));
    expect(view.percent).toEqual({ us: 0, china: 100 });
    expect(view.lines[0]).toMatch(/^US -?[\d.]+: better than 0% of 1 games with the standard US/);
    expect(view.lines[1]).toMatch(
      /^China -?[\d.]+: better than 100% of 1 games with the standard China \(Leverage\)\.$/,
    );
    s.stop();
  });

  it('ranks the better of two games that differ only in the player’s moves higher', () => {
    const idle = finished(base);
    const busy = finished(base, [0, 7]);
    const a = placementRequest(idle.snapshot.context);
    const b = placementRequest(busy.snapshot.context);
    // The same games to be placed among: only the player's score differs.
    expect(b.input).toEqual(a.input);
    const scoreA = a.placed[0]?.score ?? 0;
    const scoreB = b.placed[0]?.score ?? 0;
    expect(scoreB).not.toBe(scoreA);
    const sp = spread(a.input);
    const pa = placementView(a, sp).percent.us ?? 0;
    const pb = placementView(b, sp).percent.us ?? 0;
    const [lo, hi] = scoreA < scoreB ? [pa, pb] : [pb, pa];
    expect(hi).toBeGreaterThanOrEqual(lo);
    const between = sp.scores.us.filter(
      (x) => x > Math.min(scoreA, scoreB) && x < Math.max(scoreA, scoreB),
    );
    if (between.length > 0) expect(hi).toBeGreaterThan(lo);
    // The better score never ranks lower, and strictly higher when a game lies between them.
    const [low, high] = [Math.min(scoreA, scoreB), Math.max(scoreA, scoreB)];
    const beaten = (x: number) => percentBeaten(sp.scores.us, x);
    expect(beaten(high)).toBeGreaterThanOrEqual(beaten(low));
    if (sp.scores.us.some((x) => x >= low && x < high))
      expect(beaten(high)).toBeGreaterThan(beaten(low));
    idle.stop();
    busy.stop();
  });

  it('computes on the page in slices where no worker can start, with the same answer, once', async () => {
    const s = finished(base);
    expect(s.placement).toBeNull();
    const placed = await new Promise<PlacementView>((done) => s.placeResult(done));
    const r = placementRequest(s.snapshot.context);
    expect(placed).toEqual(placementView(r, spread(r.input), 'page'));
    expect(placed.lines.at(-1)).toBe(onPageNote());
    expect(s.placement).toBe(placed);
    // A second debrief of the same game gets it at once.
    let again: PlacementView | null = null;
    s.placeResult((p) => {
      again = p;
    });
    expect(again).toBe(placed);
    expect(s.debriefHandout()).toContain(placed.lines[0]);
    s.stop();
  });

  it('stops when the debrief is left before the answer', async () => {
    const s = finished(base);
    let called = false;
    const stop = s.placeResult(() => {
      called = true;
    });
    stop();
    await new Promise((r) => setTimeout(r, 400));
    expect(called).toBe(false);
    expect(s.placement).toBeNull();
    s.stop();
  });
});
