import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openGame, type PageProblems, startSession } from './harness';

/**
 * The hooks every browser test file needs: one server and browser for the file, a page per test
 * opened on the built game, and every test failing on any console error, uncaught exception or
 * failed request seen on its page.
 */
export function gamePages(): {
  /** Opens the game (with `query` appended to its URL) and waits for the title's first frame. */
  open(query?: string, viewport?: { width: number; height: number }): Promise<Page>;
  readonly context: BrowserContext;
  readonly url: string;
} {
  let session: Awaited<ReturnType<typeof startSession>> | undefined;
  let current: { page: Page; problems: PageProblems } | undefined;

  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.stop();
  });
  afterEach(async () => {
    if (!current) return;
    const { page, problems } = current;
    current = undefined;
    await page.close();
    expect(problems.list).toEqual([]);
  });

  const started = () => {
    if (!session) throw new Error('the browser session has not started');
    return session;
  };
  return {
    async open(query = '', viewport) {
      current = await openGame(started().context, `${started().url}${query}`, viewport);
      return current.page;
    },
    get context() {
      return started().context;
    },
    get url() {
      return started().url;
    },
  };
}
