import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { TEACHING } from '../../src/core/teaching';
import { SCENE } from '../../src/scenes/keys';
import { ZH_CN } from '../../src/words/zh-CN';
import { DESKTOP, shot, waitForScene, waitForText } from './harness';
import { gamePages } from './pages';

const pages = gamePages(DESKTOP, 'reduced');

async function popup(
  page: Page,
  act: () => Promise<void>,
  inspect: (tab: Page) => Promise<void> = async () => {},
): Promise<string> {
  const opened = page.context().waitForEvent('page');
  await act();
  const tab = await opened;
  await tab.waitForLoadState();
  const html = await tab.content();
  await inspect(tab);
  await tab.close();
  return html;
}

describe('material for teachers', () => {
  it('How it works leads to the printable pages for teachers', async () => {
    const page = await pages.open();
    await page.keyboard.press('3');
    await waitForScene(page, SCENE.howItWorks);
    await waitForText(page, 'For teachers');
    await page.keyboard.press('t');
    await waitForScene(page, SCENE.teachers);
    await waitForText(page, 'The one-year truce');
    await shot(page, 'teachers');
    // The first button: the truce's lesson card.
    const html = await popup(page, () => page.keyboard.press('Enter'));
    expect(html).toContain('Lesson card');
    expect(html).toContain(TEACHING['truce-2026'].objectives[0]?.text.slice(0, 30));
  });

  it('in Chinese, the teachers’ pages print the Chinese material', async () => {
    const page = await pages.open('?lang=zh-CN');
    await page.keyboard.press('3');
    await waitForScene(page, SCENE.howItWorks);
    await page.keyboard.press('t');
    await waitForScene(page, SCENE.teachers);
    await waitForText(page, '为期一年的休战');
    await page.waitForFunction(() => document.fonts.check('16px "Precursor SC"', '休战'));
    await shot(page, 'zh-CN-teachers');
    // The page prints in the game's own Chinese face, which this machine's system lacks.
    let faces = 0;
    const html = await popup(
      page,
      () => page.keyboard.press('Enter'),
      async (tab) => {
        faces = await tab.evaluate(
          async () => (await document.fonts.load('16px "Precursor SC"', '休战')).length,
        );
      },
    );
    expect(faces).toBe(1);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(ZH_CN['teaching.truce-2026.objective.review']);
    expect(html).toContain(ZH_CN['teaching.truce-2026.point.1.ask.1']);
    expect(html).not.toContain(TEACHING['truce-2026'].objectives[0]?.text.slice(0, 30));
  });

  it('class results print the class’s before and after', async () => {
    const q = TEACHING['truce-2026'].questions;
    const code = encodeReplayCode(
      makeReplay('truce-2026', 5, [{ us: [], china: [] }], {
        pre: q.map((x) => (x.answer + 1) % x.options.length),
        post: q.map((x) => x.answer),
      }),
    );
    const page = await pages.open();
    await page.keyboard.press('2');
    await waitForScene(page, SCENE.replay);
    await waitForText(page, 'Class results ▶');
    await page.keyboard.press('c');
    await waitForScene(page, SCENE.classResults);
    await waitForText(page, 'Show results');
    await page.locator('textarea[aria-label="Replay codes"]').fill(`Falcons: ${code}`);
    await page.locator('textarea[aria-label="Replay codes"]').press('Control+Enter');
    await waitForText(page, 'Falcons');
    await page.keyboard.press('Tab');
    await shot(page, 'class-results-print-button');
    await page
      .locator('canvas')
      .focus()
      .catch(() => {});
    const html = await popup(page, () => page.keyboard.press('p'));
    expect(html).toContain('The questionnaire, before and after');
    expect(html).toContain('0% (0/1)');
    expect(html).toContain('100% (1/1)');
  });
});
