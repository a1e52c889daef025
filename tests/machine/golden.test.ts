import { describe, expect, it } from 'vitest';
import { SCENARIO_IDS } from '../../src/core/scenarios';
import { play, scenario } from '../helpers';

/**
 * Pinned outputs: each scenario on a fixed seed with the default policies (and, for history, its
 * recorded moves). A change to any rule or constant shows here; update the files on purpose
 * (`npx vitest run -u`) and bump MODEL_VERSION when old replays would play differently.
 */
describe('golden games', () => {
  it.each(SCENARIO_IDS)('%s, seed 2026', async (id) => {
    const turns = play(id, 2026, {
      policies: { us: 'reciprocal', china: 'leverage' },
      script: scenario(id).historical ?? [],
    });
    await expect(`${JSON.stringify(turns, null, 1)}\n`).toMatchFileSnapshot(`golden/${id}.json`);
  });
});
