import { parseArgs } from 'node:util';
import { decodeReplayCode, encodeReplayCode } from '../core/code';
import { LIMITS } from '../core/limits';
import { makeReplay, parseJsonText, parseReplay } from '../core/replay';
import { builtInScenario } from '../core/scenarios';
import { playCoreGame } from '../core/turn';
import { playGame } from '../machine/driver';
import { classResults } from '../machine/results';
import { largestReplay, longestScenario } from './largest';
import { median } from './stats';

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
  options: { format: { type: 'string' }, rounds: { type: 'string' }, games: { type: 'string' } },
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

const result = {
  machineGamesPerSec: Math.round(median(machine)),
  coreGamesPerSec: Math.round(median(core)),
  ratio: Math.round((median(core) / median(machine)) * 100) / 100,
  largestInputMs: {
    replayCode: Math.round(median(largest.replayCode)),
    replayFile40: Math.round(median(largest.replayFile40)),
    classResults60: Math.round(median(largest.classResults60)),
  },
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
      '',
    ].join('\n'),
  );
