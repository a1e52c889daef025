import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeClassCode } from '../../src/core/code';
import { TEACHING } from '../../src/core/teaching';
import { SCENE } from '../../src/scenes/keys';
import { REPORT_BODY } from '../../src/ui/grid';
import {
  DEBRIEF_QUESTIONNAIRE,
  GLOSSARY_BOX,
  questionnaireOption,
  REPORT_GLOSSARY,
  SETUP,
  TURN_GLOSSARY,
} from '../../src/ui/layout';
import { glossaryPageCount, glossaryPageOf } from '../../src/view/glossary';
import { ZH_CN } from '../../src/words/zh-CN';
import {
  activeScene,
  classroomClosed,
  clickDesign,
  DESKTOP,
  screenTexts,
  shot,
  waitForReport,
  waitForScene,
  waitForText,
} from './harness';
import { gamePages } from './pages';

const pages = gamePages(DESKTOP, 'reduced');
const questions = TEACHING['truce-2026'].questions;

type Rect = { x: number; y: number; w: number; h: number };

/** Clicks a control a few pixels inside one of its corners, not at its centre. */
async function clickCorner(page: Page, r: Rect, corner: 'topLeft' | 'bottomRight'): Promise<void> {
  const inset = 4;
  if (corner === 'topLeft') await clickDesign(page, r.x + inset, r.y + inset);
  else await clickDesign(page, r.x + r.w - inset, r.y + r.h - inset);
}

/** The label the glossary shows on the page holding entry `id`. */
const pageLabelOf = (id: string) => `Page ${glossaryPageOf(id) + 1} of ${glossaryPageCount()}`;

/**
 * Answers every multiple-choice question, alternating the mouse (near an edge of the option) and
 * the option's letter, then writes the open answer and goes on with Ctrl+Enter.
 */
async function answerAll(
  page: Page,
  pick: (q: (typeof questions)[number]) => number,
  written: string,
  shotName: string,
): Promise<void> {
  for (const [i, q] of questions.entries()) {
    await waitForText(page, `QUESTION ${i + 1} OF ${questions.length + 1}`);
    const option = pick(q);
    if (i % 2 === 0)
      await clickCorner(
        page,
        questionnaireOption(option, q.options.length),
        i % 4 === 0 ? 'topLeft' : 'bottomRight',
      );
    else await page.keyboard.press('abcdef'[option] ?? 'a');
    await waitForText(page, `${q.options[option]}  ✓`);
    await waitForText(page, `${i + 1} of ${questions.length} answered`);
    if (i === 0) await shot(page, shotName);
    await page.keyboard.press('Enter');
  }
  await waitForText(page, TEACHING['truce-2026'].open.slice(0, 40));
  const box = page.locator('textarea[aria-label="Your answer"]');
  await box.fill(written);
  await shot(page, `${shotName}-open`);
  await box.press('Control+Enter');
}

describe('the questionnaire and the glossary in a class game', () => {
  it('asks before and after, carries the answers in the code, and class results show the change', async () => {
    const code = encodeClassCode({ scenario: 'truce-2026', seed: 3131, turns: 2, turnSeconds: 5 });
    const page = await pages.open(`?class=${code}`);
    await waitForScene(page, SCENE.setup);
    await page.keyboard.press('c');
    await waitForText(page, '2 quarters');
    // A class game asks the questionnaire: the class code turned it on.
    await waitForText(page, 'Questionnaire');
    expect(await screenTexts(page)).toContain('Questionnaire');
    expect(await screenTexts(page)).not.toContain('No questionnaire');
    await shot(page, 'setup-questionnaire');
    await page.keyboard.press('Escape');
    await classroomClosed(page);
    await clickCorner(page, { x: SETUP.startX, y: SETUP.seedY, w: SETUP.startW, h: 48 }, 'topLeft');

    // Before the briefing: every answer wrong.
    await waitForScene(page, SCENE.questionnaire);
    await waitForText(page, 'BEFORE THE GAME · QUESTIONNAIRE');
    await answerAll(
      page,
      (q) => (q.answer + 1) % q.options.length,
      'Tariffs make China give in.',
      'questionnaire-pre',
    );
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');

    // The turn screen: G opens the glossary on the entry of the card in focus, and the turn's
    // clock waits while it is open (the turn is five seconds long).
    await waitForScene(page, SCENE.turn);
    await waitForText(page, 'Glossary: Credit');
    await page.keyboard.press('g');
    await waitForScene(page, SCENE.glossary);
    await waitForText(page, pageLabelOf('credit'));
    await waitForText(page, 'Washington publicly recognizing China’s steps.');
    await shot(page, 'glossary-turn');
    await page.waitForTimeout(5500);
    expect(await activeScene(page)).toBe(SCENE.glossary);
    expect(await page.evaluate(() => window.__precursor?.turns().length)).toBe(0);
    // Pages turn with the keys and the buttons (clicked near their edges).
    const before = (await screenTexts(page)).find((t) => t.startsWith('Page '));
    await clickCorner(
      page,
      { ...GLOSSARY_BOX.later, y: GLOSSARY_BOX.buttonsY, h: GLOSSARY_BOX.buttonH },
      'bottomRight',
    );
    await page.waitForFunction(
      (b) => (window.__precursor?.texts() ?? []).some((t) => t.startsWith('Page ') && t !== b),
      before,
    );
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.turn);
    // The Glossary button follows the card in focus: the tariff card's entry.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForText(page, 'Glossary: Tariff');
    await clickCorner(page, TURN_GLOSSARY, 'topLeft');
    await waitForScene(page, SCENE.glossary);
    await waitForText(page, pageLabelOf('tariff'));
    await waitForText(page, 'A tax on imports from China tied to fentanyl.');
    await page.keyboard.press('g');
    await waitForScene(page, SCENE.turn);
    await page.keyboard.press('1');
    await waitForText(page, '✓ PICKED');
    await page.keyboard.press('Enter');

    // The report: a move played and a figure's name open their entries; G and the button open
    // the glossary too.
    await waitForReport(page);
    await waitForText(page, 'US: public credit for China’s steps');
    await shot(page, 'report-glossary');
    await clickDesign(page, REPORT_BODY.played.x + 4, REPORT_BODY.played.y + 8); // "US: public credit…", the first move played
    await waitForScene(page, SCENE.glossary);
    await waitForText(page, pageLabelOf('credit'));
    await page.keyboard.press('Escape');
    await waitForReport(page);
    const { changes } = REPORT_BODY;
    await clickDesign(page, changes.x + 4, changes.y + changes.step + 8); // "Deaths this quarter", the second figure
    await waitForScene(page, SCENE.glossary);
    await waitForText(page, pageLabelOf('deaths'));
    await waitForText(page, 'Synthetic-opioid overdose deaths in the United States');
    await shot(page, 'glossary-report');
    await page.keyboard.press('Escape');
    await waitForReport(page);
    await clickCorner(page, REPORT_GLOSSARY, 'bottomRight');
    await waitForScene(page, SCENE.glossary);
    await waitForText(page, 'Page 1 of');
    await page.keyboard.press('Escape');
    await waitForReport(page);
    // The pointer left the focus on the Glossary button: back to Continue before Enter.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.turn);
    await page.keyboard.press('Enter');
    await waitForReport(page);
    await page.keyboard.press('Enter');

    // After the debrief: the questionnaire again, every answer right.
    await waitForScene(page, SCENE.debrief);
    await waitForText(page, 'Questionnaire ▶');
    await shot(page, 'debrief-questionnaire');
    await clickCorner(page, { ...DEBRIEF_QUESTIONNAIRE }, 'bottomRight');
    await waitForScene(page, SCENE.questionnaire);
    await waitForText(page, 'AFTER THE GAME · QUESTIONNAIRE');
    await answerAll(
      page,
      (q) => q.answer,
      'Credit kept China working with us.',
      'questionnaire-post',
    );
    await waitForScene(page, SCENE.debrief);
    await waitForText(page, 'Questionnaire ✓');

    // The group shares its code; the teacher pastes it into class results.
    await page.keyboard.press('s');
    await waitForScene(page, SCENE.share);
    const link = await page.locator('input[aria-label="Link to this replay"]').inputValue();
    const teacher = await pages.open();
    await teacher.keyboard.press('2');
    await waitForScene(teacher, SCENE.replay);
    await waitForText(teacher, 'Class results ▶');
    await teacher.keyboard.press('c');
    await waitForScene(teacher, SCENE.classResults);
    await waitForText(teacher, 'Show results');
    await teacher.locator('input[aria-label="Class code to compare against"]').fill(code);
    await teacher.locator('textarea[aria-label="Replay codes"]').fill(`Owls: ${link}`);
    await teacher.locator('textarea[aria-label="Replay codes"]').press('Control+Enter');
    await waitForText(teacher, 'B shows the class before and after');
    await teacher.keyboard.press('b');
    await waitForText(teacher, 'Share of groups choosing the best answer');
    const texts = await screenTexts(teacher);
    const shares = texts.filter((t) => / → /.test(t) && t.includes('%'));
    expect(shares).toEqual(questions.map(() => '0% → 100%'));
    expect(texts).toContain('Owls');
    expect(texts).toContain(
      `0/${questions.length} → ${questions.length}/${questions.length}  ▲${questions.length}`,
    );
    await shot(teacher, 'class-results-before-after');
  });

  it('asks its questions and explains its words in Chinese in a game shown in Chinese', async () => {
    const zh = (key: string) => ZH_CN[key] ?? key;
    const code = encodeClassCode({ scenario: 'truce-2026', seed: 3131, turns: 2, turnSeconds: 0 });
    const page = await pages.open(`?class=${code}&lang=zh-CN`);
    await waitForScene(page, SCENE.setup);
    await page.keyboard.press('Enter');
    await waitForScene(page, SCENE.questionnaire);
    await waitForText(page, zh('screen.questionnaire.title_pre'));
    await waitForText(page, zh('teaching.truce-2026.question.1.prompt').slice(0, 12));
    await page.keyboard.press('b');
    await waitForText(page, `${zh('teaching.truce-2026.question.1.option.b')}  ✓`);
    await page.waitForFunction(() => document.fonts.check('16px "Precursor SC"', '休战'));
    await shot(page, 'zh-CN-questionnaire');
    // The open question, last.
    for (let i = 0; i < questions.length; i++) await page.keyboard.press('Enter');
    await waitForText(page, zh('teaching.truce-2026.open').slice(0, 12));
    await shot(page, 'zh-CN-questionnaire-open');
    await page.keyboard.press('Escape');
    await waitForScene(page, SCENE.briefing);
    await page.keyboard.press('Enter');

    // The Glossary button names the card's entry in Chinese, and G opens it on that entry.
    await waitForScene(page, SCENE.turn);
    await waitForText(
      page,
      `${zh('screen.turn.button.glossary')}：${zh('teaching.glossary.credit.term')}`,
    );
    await page.keyboard.press('g');
    await waitForScene(page, SCENE.glossary);
    await waitForText(page, zh('teaching.glossary.credit.text').slice(0, 12));
    const texts = await screenTexts(page);
    expect(texts.some((t) => t.includes('Washington publicly recognizing'))).toBe(false);
    await shot(page, 'zh-CN-glossary');
  });
});
