import { parseArgs } from 'node:util';
import { planExpert } from '../core/ai/planner';
import type { PastTurn } from '../core/ai/tournament';
import { decodeReplayCode, encodeReplayCode } from '../core/code';
import { LIMITS } from '../core/limits';
import { policyMoves } from '../core/policies';
import { makeReplay, parseJsonText, parseReplay } from '../core/replay';
import { startGame } from '../core/scenario';
import { builtInScenario } from '../core/scenarios';
import { type GameState, isOver } from '../core/state';
import { playCoreGame, playTurn } from '../core/turn';
import type { Side } from '../core/vocabulary';
import { playGame } from '../machine/driver';
import { classResults } from '../machine/results';
import { largestReplay, longestScenario } from './largest';
import { median, percentile } from './stats';

/**
 * Games per second of truce-2026 with AI on both sides, through the statechart the game uses and
 * through the bare core step, measured in alternating rounds in one process; medians are reported.
 */
const scenario = builtInScenario('truce-2026');
if (!scenario) throw new Error('truce-2026 is missing');
const policies = { us: 'reciprocal', china: 'leverage' } as const;

function machineGame(seed: number): number {
  const s = playGame({
    scenario: scenario as NonNullable<typeof scenario>,
    seed,
    controllers: { us: 'ai', china: 'ai' },
    policies,
  });
  return s.context.game.ledger.deathsTotal;
}

function coreGame(seed: number): number {
  return playCoreGame(scenario as NonNullable<typeof scenario>, seed, policies).state.ledger
    .deathsTotal;
}

function gamesPerSecond(play: (seed: number) => number, games: number, firstSeed: number): number {
  const start = performance.now();
  for (let i = 0; i < games; i++) play(firstSeed + i);
  return games / ((performance.now() - start) / 1000);
}

const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    rounds: { type: 'string' },
    games: { type: 'string' },
    positions: { type: 'string' },
  },
});
const rounds = Number(values.rounds ?? 7);
const games = Number(values.games ?? 500);

// The two paths must play the same games, or the comparison means nothing.
for (let seed = 0; seed < 20; seed++)
  if (machineGame(seed) !== coreGame(seed))
    throw new Error(`machine and core disagree on seed ${seed}`);

// Warm up both paths, then alternate so drift on a noisy machine hits both alike.
gamesPerSecond(machineGame, games, 0);
gamesPerSecond(coreGame, games, 0);
const machine: number[] = [];
const core: number[] = [];
for (let r = 0; r < rounds; r++) {
  machine.push(gamesPerSecond(machineGame, games, r * games));
  core.push(gamesPerSecond(coreGame, games, r * games));
}
// A class of forty groups: their codes read, played and compared with the counterfactual.
const usPolicies = ['hawk', 'dove', 'reciprocal', 'passive'] as const;
const classCodes = Array.from({ length: 40 }, (_, i) => {
  const game = playGame({
    scenario: scenario as NonNullable<typeof scenario>,
    seed: 77,
    controllers: { us: 'ai', china: 'ai' },
    policies: {
      us: usPolicies[i % usPolicies.length] ?? 'reciprocal',
      china: 'leverage',
    },
  });
  return {
    group: `Group ${i + 1}`,
    code: encodeReplayCode(makeReplay('truce-2026', 77, game.context.played)),
  };
});
const classMs: number[] = [];
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  classResults(classCodes);
  classMs.push(performance.now() - start);
}

// The largest input each schema allows, read and played as sim and class results do: a replay
// listing every move and every event in every quarter, as a code (history-2018, the longest
// scenario shipped) and as a file of a 40-turn scenario; and a class of 60 such codes.
const history = builtInScenario('history-2018');
if (!history) throw new Error('history-2018 is missing');
const longest = longestScenario(history);
const bigCode = encodeReplayCode(largestReplay(history));
const bigFile = JSON.stringify(largestReplay(longest));
const human = { us: 'human', china: 'human' } as const;
const largest = {
  replayCode: [] as number[],
  replayFile40: [] as number[],
  classResults60: [] as number[],
};
const timed = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};
for (let r = 0; r < rounds; r++) {
  largest.replayCode.push(
    timed(() => {
      const replay = decodeReplayCode(bigCode);
      if (!replay.ok) throw new Error(replay.error);
      playGame(
        { scenario: history, seed: replay.value.seed, controllers: human },
        replay.value.turns,
      );
    }),
  );
  largest.replayFile40.push(
    timed(() => {
      const json = parseJsonText(bigFile, 'largest.json');
      const replay = json.ok ? parseReplay(json.value, 'largest.json') : json;
      if (!replay.ok) throw new Error(replay.error);
      playGame(
        { scenario: longest, seed: replay.value.seed, controllers: human },
        replay.value.turns,
      );
    }),
  );
  largest.classResults60.push(
    timed(() =>
      classResults(
        Array.from({ length: LIMITS.classGroups }, (_, i) => ({ group: `G${i}`, code: bigCode })),
      ),
    ),
  );
}
// The planning AI's decision time, over every position of a few games of truce-2026 and sandbox
// (reciprocal against leverage), for each side in turn.
const positions: { s: GameState; side: Side; past: PastTurn[]; id: string }[] = [];
for (const id of ['truce-2026', 'sandbox']) {
  const sc = builtInScenario(id);
  if (!sc) throw new Error(`${id} is missing`);
  for (let seed = 1; seed <= Number(values.positions ?? 4); seed++) {
    let s = startGame(sc, seed);
    const past: PastTurn[] = [];
    while (!isOver(s)) {
      for (const side of ['us', 'china'] as const) positions.push({ s, side, past: [...past], id });
      const moves = {
        us: policyMoves(s, 'us', 'reciprocal', sc.moves.us),
        china: policyMoves(s, 'china', 'leverage', sc.moves.china),
      };
      s = playTurn(s, sc, moves).state;
      past.push(moves);
    }
  }
}
const plannerMs: number[] = [];
for (const [i, p] of positions.entries()) {
  const sc = builtInScenario(p.id) as NonNullable<typeof scenario>;
  const start = performance.now();
  planExpert(p.s, p.side, sc, p.past);
  // The first few decisions warm the engine up and are not counted.
  if (i >= 4) plannerMs.push(performance.now() - start);
}
const sortedMs = [...plannerMs].sort((a, b) => a - b);

const result = {
  machineGamesPerSec: Math.round(median(machine)),
  coreGamesPerSec: Math.round(median(core)),
  ratio: Math.round((median(core) / median(machine)) * 100) / 100,
  largestInputMs: {
    replayCode: Math.round(median(largest.replayCode)),
    replayFile40: Math.round(median(largest.replayFile40)),
    classResults60: Math.round(median(largest.classResults60)),
  },
  plannerP50Ms: Math.round(percentile(sortedMs, 0.5) * 10) / 10,
  plannerP95Ms: Math.round(percentile(sortedMs, 0.95) * 10) / 10,
  plannerDecisions: plannerMs.length,
};
if (values.format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
else
  process.stdout.write(
    [
      `truce-2026, ${policies.us} vs ${policies.china}, ${rounds} rounds of ${games} games, medians`,
      `through the statechart  ${result.machineGamesPerSec} games/s  (rounds: ${machine.map(Math.round).join(', ')})`,
      `through the bare core   ${result.coreGamesPerSec} games/s  (rounds: ${core.map(Math.round).join(', ')})`,
      `core / statechart       ${result.ratio}`,
      `class results, 40 codes ${median(classMs).toFixed(1)} ms`,
      `largest inputs (target under 1,000 ms each), medians:`,
      `  replay code, history-2018, every move and event each quarter  ${result.largestInputMs.replayCode} ms`,
      `  replay file, 40 quarters, every move and event each quarter   ${result.largestInputMs.replayFile40} ms`,
      `  class results, 60 such codes of history-2018                  ${result.largestInputMs.classResults60} ms`,
      `planning AI decision    p50 ${result.plannerP50Ms} ms, p95 ${result.plannerP95Ms} ms (${result.plannerDecisions} positions of truce-2026 and sandbox, both sides)`,
      '',
    ].join('\n'),
  );
