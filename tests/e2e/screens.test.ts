import { describe, expect, it } from 'vitest';
import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { DESKTOP, shot } from './harness';
import { gamePages } from './pages';
import {
  axeProblems,
  collisions,
  missedCorners,
  type ScreenCheck,
  tourAsChina,
  tourAsUs,
  tourOnline,
  tourReplays,
} from './published';

const pages = gamePages(DESKTOP, 'reduced');
const open = (query?: string) => pages.open(query);

/**
 * One walk through every screen (a game as the US and as China, the replay screens, the online
 * class's), each screen checked three ways on arrival. Walking once and checking thrice keeps the
 * browser tests within their time; each way's findings are listed apart.
 */
describe('every screen', () => {
  it('keeps its texts apart and inside their panels, lands every press where it is drawn, and passes axe', async () => {
    const found = { overlaps: [] as string[], missedPresses: [] as string[], axe: [] as string[] };
    const seen: string[] = [];
    const check: ScreenCheck = async (page, screen) => {
      seen.push(screen);
      await shot(page, `screens-${screen}`);
      // No two visible texts intersect, and none leaves its panel or the screen.
      found.overlaps.push(...(await collisions(page, screen)));
      // Just inside each corner of every pressable, Phaser's input finds that pressable.
      found.missedPresses.push(...(await missedCorners(page, screen)));
      // The accessible layer: no serious or critical violation.
      found.axe.push(...(await axeProblems(page, screen)));
    };
    await tourAsUs(open, check);
    await tourAsChina(open, check);
    const code = encodeReplayCode(makeReplay('truce-2026', 4242, [{ us: [], china: [] }]));
    await tourReplays(open, check, code);
    await tourOnline(open, check);
    expect(found).toEqual({ overlaps: [], missedPresses: [], axe: [] });
    expect(seen.length).toBeGreaterThanOrEqual(19);
  }, 300_000);
});
