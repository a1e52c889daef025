import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeClassCode } from '../../src/core/code';
import { DESKTOP } from './harness';
import { gamePages } from './pages';
import { elements, layerSettled } from './published';

const pages = gamePages(DESKTOP, 'reduced');
const open = (query?: string) => pages.open(query);

/** Activates an element of the HTML layer as a screen reader does: a click on it, no pointer. */
async function press(target: Locator): Promise<void> {
  await target.dispatchEvent('click');
}

/** Waits until the layer names the screen `name`. */
async function screen(page: Page, name: string): Promise<void> {
  await page
    .getByRole('heading', { level: 1, name, exact: true })
    .waitFor({ state: 'attached', timeout: 15_000 });
}

/** What the live region has said so far. */
const said = (page: Page): Promise<string[]> =>
  page.getByRole('log', { name: 'Announcements' }).locator('p').allTextContents();

async function waitUntil(test: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await test()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`waited in vain for ${what}`);
}

describe('the turn clock, said aloud', () => {
  it('says the time left at 10 seconds, and when it runs out and the turn passes', async () => {
    const code = encodeClassCode({ scenario: 'truce-2026', seed: 3131, turns: 2, turnSeconds: 12 });
    const page = await open(`?class=${code}`);
    await screen(page, 'New game');
    await press(page.getByRole('button', { name: 'Start ▶' }));
    await screen(page, 'Questionnaire');
    await press(page.getByRole('button', { name: 'Skip questionnaire · Esc' }));
    await screen(page, 'Briefing');
    await press(page.getByRole('button', { name: 'Begin ▶' }));
    await screen(page, 'Your turn');
    const before = (await said(page)).length;
    // Nothing picked: the clock runs out and the turn passes to the report on its own.
    await page
      .getByRole('heading', { level: 1, name: 'Quarterly report', exact: true })
      .waitFor({ state: 'attached', timeout: 25_000 });
    const clock = (await said(page)).slice(before, before + 2);
    // The clock starts under 30 s, so 30 is not said; 10 is, once, and then the end of the turn.
    expect(clock).toEqual(['Time left 0:10', 'Time is up: the turn ends with the moves picked.']);
  }, 30_000);
});

describe('a game through the accessibility tree alone', () => {
  it('plays two quarters with role queries on the HTML layer; a quarter is announced', async () => {
    const code = encodeClassCode({ scenario: 'truce-2026', seed: 3131, turns: 2, turnSeconds: 0 });
    const page = await open(`?class=${code}`);
    await screen(page, 'New game');
    await press(page.getByRole('button', { name: 'Start ▶' }));
    await screen(page, 'Questionnaire');
    await press(page.getByRole('button', { name: 'Skip questionnaire · Esc' }));
    await screen(page, 'Briefing');
    await press(page.getByRole('button', { name: 'Begin ▶' }));
    await screen(page, 'Your turn');

    const cards = page.getByRole('list', { name: 'Move cards' }).getByRole('button');
    expect(await cards.count()).toBeGreaterThan(4);
    // The canvas is hidden from assistive technology; the layer is what it reads.
    expect(await page.locator('canvas').getAttribute('aria-hidden')).toBe('true');
    const playable = cards.and(page.locator('[aria-pressed="false"]:not([aria-disabled])')).first();
    const name = (await playable.textContent()) ?? '';
    // Focus moves with the page's: focusing the HTML card focuses the canvas's.
    await playable.focus();
    await waitUntil(
      async () =>
        (await elements(page)).some((e) => e.name === name && e.state.includes('focused')),
      `the canvas to focus ${name}`,
    );
    await press(playable);
    await waitUntil(
      async () =>
        (await cards.filter({ hasText: name }).first().getAttribute('aria-pressed')) === 'true',
      `${name} to be picked`,
    );
    const refused = cards.and(page.locator('[aria-disabled="true"]')).first();
    const description = await page
      .locator(`#${await refused.getAttribute('aria-describedby')}`)
      .textContent();
    expect(description).toMatch(/^Costs \d+ PC\. Cannot play now: /);
    await press(refused);
    await press(page.getByRole('button', { name: 'End turn' }));
    await screen(page, 'Quarterly report');
    await layerSettled(page);
    const quarter = await said(page);
    expect(name).toBe('Give public credit');
    expect(quarter).toEqual([
      'Not allowed: credit cannot be both given and withheld in one turn',
      '2025 Q4. Overdose deaths rise by 275 this quarter, to 8,475.',
      'Deaths, last 12 months: 35,800 → 34,475 (−1,325).',
      'China played: tariff relief demanded; an old step re-announced; 1 precursor scheduled.',
      'Offer: China offers: know-your-customer rules for tariff set to 0%, within 2 quarters — open: the US answers next quarter',
    ]);

    await press(page.getByRole('button', { name: 'Continue' }));
    await screen(page, 'Your turn');
    // The offer waiting for an answer is said when the turn opens.
    await waitUntil(
      async () => (await said(page)).at(-1)?.startsWith('China offers:') === true,
      'the waiting offer to be announced',
    );
    await press(page.getByRole('button', { name: 'Decline' }));
    await press(page.getByRole('button', { name: 'End turn' }));
    await screen(page, 'Quarterly report');
    await press(page.getByRole('button', { name: 'Continue' }));
    await screen(page, 'Debrief');
    expect(await page.getByRole('button', { name: 'Title screen' }).count()).toBeGreaterThan(0);
  });
});
