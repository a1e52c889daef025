import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/scenario';
import type { GameState } from '../../src/core/state';
import { SCENE } from '../../src/scenes/keys';
import {
  COMPOSER,
  composerToggle,
  composerWithin,
  OFFER_BUTTONS,
  SETUP,
  turnCard,
} from '../../src/ui/layout';
import { offerOptions } from '../../src/view/offers';
import {
  clickDesign,
  clickRect,
  DESKTOP,
  playedTurns,
  screenTexts,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';

const pages = gamePages(DESKTOP, 'reduced');

/** The game state and scenario of the game on screen, from the read-only hook. */
const game = (page: Page) =>
  page.evaluate(
    () => (window.__precursor?.snapshot() as { context: unknown } | null | undefined)?.context,
  ) as Promise<{ game: GameState; scenario: Scenario }>;

/** Clicks `r` one pixel inside its lower-right (or upper-left) corner: the drawn box is the target. */
async function clickCorner(
  page: Page,
  r: { x: number; y: number; w: number; h: number },
  corner: 'lowerRight' | 'upperLeft' = 'lowerRight',
): Promise<void> {
  if (corner === 'upperLeft') await clickDesign(page, r.x + 1.5, r.y + 1.5);
  else await clickDesign(page, r.x + r.w - 1.5, r.y + r.h - 1.5);
}

/** Where the composer lists `title` among what `side` gives or asks, from the same view model. */
async function termToggle(page: Page, side: 'us' | 'china', list: 'give' | 'ask', title: string) {
  const { game: g, scenario } = await game(page);
  const options = offerOptions(g, side, scenario.moves)[list];
  const index = options.findIndex((o) => o.title === title);
  expect(index, title).toBeGreaterThanOrEqual(0);
  return composerToggle(list, index, options.length);
}

async function toFirstTurn(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await waitForScene(page, SCENE.setup);
  await waitForText(page, 'Start ▶');
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.briefing);
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, 'End turn');
}

/** Ends the turn, waits for the report, and returns every text on it. */
async function endTurnToReport(page: Page): Promise<string> {
  await page.keyboard.press('Enter');
  await waitForReport(page);
  return (await screenTexts(page)).join('\n');
}

async function continueToTurn(page: Page): Promise<void> {
  await page.keyboard.press('Enter');
  await waitForScene(page, SCENE.turn);
  await waitForText(page, 'End turn');
}

const CHINAS_OFFER =
  'China offers: know-your-customer rules for tariff set to 0%, within 2 quarters';

describe('offers', () => {
  it('as the US: China’s offer is accepted and kept, and an offer made with the mouse is reported', async () => {
    const page = await pages.open();
    await toFirstTurn(page);
    // Turn 1: nothing to answer yet; the leverage AI asks for tariff relief, which is an offer.
    expect((await screenTexts(page)).join('\n')).toContain(
      'No offer from China is waiting for your answer.',
    );
    const first = await endTurnToReport(page);
    expect(first).toContain(`${CHINAS_OFFER} — open: the US answers next quarter`);
    await continueToTurn(page);

    // Turn 2: the offer is on the table, with Accept and Decline.
    await waitForText(page, `${CHINAS_OFFER}. Answer this quarter, or it lapses.`);
    await shot(page, 'turn-offer');
    await page.keyboard.press('a');
    await waitForText(page, '✓ the offer accepted · 0 PC');
    await page.keyboard.press('d'); // the other answer replaces it
    await waitForText(page, '✓ the offer declined · 0 PC');
    expect((await screenTexts(page)).join('\n')).not.toContain('the offer accepted');
    await page.keyboard.press('d'); // pressing again takes it back
    await waitForText(page, 'Nothing picked yet');
    await clickCorner(page, OFFER_BUTTONS.accept); // and a click near the corner picks it
    await waitForText(page, '✓ the offer accepted · 0 PC');
    await waitForText(page, '✓ You accept (when you end the turn).');
    await clickRect(page, turnCard(3)); // cut the tariff to 0%
    await waitForText(page, '✓ tariff set to 0% · 1 PC');
    await shot(page, 'turn-offer-accepted');
    // The composer opens with O and closes with Esc, leaving the moves as they were.
    await page.keyboard.press('o');
    await waitForScene(page, SCENE.offer);
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.turn);
    const second = await endTurnToReport(page);
    expect(second).toContain(`${CHINAS_OFFER} — accepted: a deal`);
    const afterTwo = await playedTurns(page);
    expect(afterTwo[1]?.usMoves).toEqual([{ type: 'acceptOffer' }, { type: 'setTariff', rate: 0 }]);
    expect(afterTwo[1]?.offers.map((o) => o.status)).toEqual(['deal']);
    await continueToTurn(page);

    // Turn 3: the deal under way, then an offer of the US's own, made with the mouse.
    await waitForText(page, '· China owes: know-your-customer rules');
    await waitForText(page, '· You: done ✓');
    await clickRect(page, OFFER_BUTTONS.propose);
    await waitForScene(page, SCENE.offer);
    await waitForText(page, 'Make an offer to China');
    const share = await termToggle(page, 'us', 'give', 'Share intelligence');
    const enforce = await termToggle(page, 'us', 'ask', 'Enforce: level 2');
    await clickCorner(page, share);
    await clickCorner(page, enforce, 'upperLeft');
    await clickRect(page, composerWithin(1));
    const words = 'You offer: intelligence shared for enforcement, level 2, within 1 quarter.';
    await waitForText(page, words);
    await waitForText(page, '✓ Costs 1 PC.');
    await shot(page, 'offer-composer');
    // A term that does not fit the state is refused by the core, in words.
    const cutAgain = await termToggle(page, 'us', 'give', 'Cut tariff to 0%');
    await clickRect(page, cutAgain);
    await waitForText(page, '✗ Cannot be made: the tariff is already 0%');
    await clickRect(page, cutAgain);
    await waitForText(page, '✓ Costs 1 PC.');
    await clickRect(page, {
      x: COMPOSER.confirm.x,
      y: COMPOSER.buttonsY,
      w: COMPOSER.confirm.w,
      h: COMPOSER.buttonH,
    });
    await waitForScene(page, SCENE.turn);
    await waitForText(page, '✓ an offer to China (see Offers) · 1 PC');
    await waitForText(page, 'New: you offer: intelligence shared for enforcement, level 2');
    await shot(page, 'turn-offer-made');
    const third = await endTurnToReport(page);
    expect(third).toContain(`${CHINAS_OFFER} — deal kept`);
    expect(third).toContain(
      'US offers: intelligence shared for enforcement, level 2, within 1 quarter — open: China answers next quarter',
    );
    await page.waitForTimeout(300);
    await shot(page, 'report-offers');
    const played = await playedTurns(page);
    expect(played[2]?.usMoves).toEqual([
      {
        type: 'proposeOffer',
        give: [{ type: 'shareIntelligence' }],
        ask: [{ type: 'enforce', level: 2 }],
        within: 1,
      },
    ]);
    expect(played[2]?.offers.map((o) => [o.from, o.status])).toEqual([
      ['china', 'kept'],
      ['us', 'open'],
    ]);
  });

  it('the composer keeps to the keyboard, and a click outside closes it', async () => {
    const page = await pages.open();
    await toFirstTurn(page);
    await page.keyboard.press('o');
    await waitForScene(page, SCENE.offer);
    await clickDesign(page, 20, 20); // outside the dialog
    await waitForScene(page, SCENE.turn);
    expect(await game(page).then((c) => c.game.turn)).toBe(0);
    await page.keyboard.press('o');
    await waitForScene(page, SCENE.offer);
    await page.keyboard.press(' '); // tick the first thing to give: public credit
    await page.keyboard.press('3'); // within 3 quarters
    await waitForText(page, 'You offer: public credit for China’s steps, asking nothing in return');
    await waitForText(page, 'within 3 quarters.');
    await page.keyboard.press('Enter'); // confirms, and does not end the turn
    await waitForScene(page, SCENE.turn);
    await waitForText(page, '✓ an offer to China (see Offers) · 1 PC');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__precursor?.scene())).toBe(SCENE.turn);
    expect(await playedTurns(page)).toEqual([]);
    // Opening it again shows the offer composed, to change or take back.
    await page.keyboard.press('o');
    await waitForScene(page, SCENE.offer);
    await waitForText(page, 'Take back my offer');
    await page.keyboard.press('x');
    await waitForScene(page, SCENE.turn);
    await waitForText(page, 'Nothing picked yet');
  });

  it('hot-seat: an offer is shown to the other team only once the quarter is resolved', async () => {
    const page = await pages.open();
    await page.keyboard.press('1');
    await waitForScene(page, SCENE.setup);
    await waitForText(page, 'Start ▶');
    await clickRect(page, {
      x: SETUP.left,
      y: SETUP.seatTop + 2 * SETUP.rowStep,
      w: SETUP.leftWidth,
      h: SETUP.rowHeight,
    });
    await waitForText(page, 'no AI plays');
    await clickRect(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 });
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');
    const handOver = async (team: string, brief: boolean) => {
      await waitForScene(page, SCENE.handover);
      await waitForText(page, `Hand over to the ${team} team`);
      await page.keyboard.press('Enter');
      if (brief) {
        await waitForText(page, 'Confidential'.toUpperCase());
        await page.keyboard.press('Enter');
      }
      await waitForScene(page, SCENE.turn);
      await waitForText(page, 'End turn');
    };
    await handOver('United States', true);
    // The US offers the tariff cut for know-your-customer rules, by keyboard.
    await page.keyboard.press('o');
    await waitForScene(page, SCENE.offer);
    const cut = await termToggle(page, 'us', 'give', 'Cut tariff to 0%');
    await clickRect(page, cut);
    await clickRect(page, await termToggle(page, 'us', 'ask', 'Require KYC checks'));
    const words = 'tariff set to 0% for know-your-customer rules, within 2 quarters';
    await waitForText(page, `You offer: ${words}.`);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await waitForText(page, '✓ an offer to China (see Offers) · 1 PC');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.handover);
    const handover = (await screenTexts(page)).join('\n');
    expect(handover).not.toMatch(/offer|tariff set/i);
    await handOver('China', true);
    const china = (await screenTexts(page)).join('\n');
    expect(china).toContain('No offer from the US is waiting for your answer.');
    expect(china).not.toContain(words);
    expect(china).not.toContain('an offer to China');
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await waitForText(page, `US offers: ${words} — open: China answers next quarter`);
    await page.keyboard.press('Enter');
    await handOver('United States', false);
    await waitForText(page, `You offer: ${words}; China answers this quarter.`);
    await page.keyboard.press('Enter');
    await handOver('China', false);
    await waitForText(page, `US offers: ${words}. Answer this quarter, or it lapses.`);
    await page.keyboard.press('d');
    await waitForText(page, '✓ the offer declined · 0 PC');
    await shot(page, 'hotseat-china-offer');
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await waitForText(page, `US offers: ${words} — declined by China`);
  });
});
