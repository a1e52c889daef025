import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  DESKTOP,
  type Device,
  type Motion,
  openGame,
  type PageProblems,
  startSession,
} from './harness';

/**
 * The hooks every browser test file needs: one server and browser for the file, a page per test
 * opened on the built game, and every test failing on any console error, uncaught exception or
 * failed request seen on its page. Called inside a `describe`, the hooks are that block's; `device`
 * is the screen its pages open on (a desktop window by default), `motion` whether its browser asks
 * for less motion.
 */
export function gamePages(
  device: Device = DESKTOP,
  motion: Motion = 'full',
): {
  /**
   * Opens the game (with `query` appended to its URL) and waits for the title's first frame. A test
   * may open several pages (several groups of a class); all are closed and checked after it.
   */
  open(query?: string, viewport?: { width: number; height: number }): Promise<Page>;
  readonly context: BrowserContext;
  readonly url: string;
} {
  let session: Awaited<ReturnType<typeof startSession>> | undefined;
  let opened: { page: Page; problems: PageProblems }[] = [];

  beforeAll(async () => {
    session = await startSession(device, motion);
  });
  afterAll(async () => {
    await session?.stop();
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    for (const { page } of pages) await page.close();
    expect(pages.flatMap(({ problems }) => problems.list)).toEqual([]);
  });

  const started = () => {
    if (!session) throw new Error('the browser session has not started');
    return session;
  };
  return {
    async open(query = '', viewport) {
      const game = await openGame(started().context, `${started().url}${query}`, viewport);
      opened.push(game);
      return game.page;
    },
    get context() {
      return started().context;
    },
    get url() {
      return started().url;
    },
  };
}
