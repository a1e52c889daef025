import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/session';
import { CHINA_MOVE_TYPES, US_MOVE_TYPES } from '../../src/core/moves';
import { GLOSSARY } from '../../src/core/teaching';
import { INDICATORS } from '../../src/core/vocabulary';
import {
  GLOSSARY_PER_PAGE,
  glossaryButtonLabel,
  glossaryItems,
  glossaryPageCount,
  glossaryPageOf,
  glossaryView,
  indicatorTerm,
  labelWidth,
  moveTerm,
} from '../../src/view/glossary';
import { setLanguage } from '../../src/words';

describe('the glossary overlay', () => {
  it('lists every entry once, alphabetically, over its pages', () => {
    const pages = Array.from({ length: glossaryPageCount() }, (_, p) => glossaryView(p).items);
    const listed = pages.flat().map((i) => i.id);
    expect(listed).toHaveLength(GLOSSARY.length);
    expect(new Set(listed)).toEqual(new Set(GLOSSARY.map((g) => g.id)));
    const terms = glossaryItems().map((g) => g.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en')));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(GLOSSARY_PER_PAGE);
    expect(pages.at(-1)?.length).toBeGreaterThan(0);
  });

  it('opens on the page of the entry asked about, with that entry marked', () => {
    for (const g of GLOSSARY) {
      const v = glossaryView(null, g.id);
      expect(v.page).toBe(glossaryPageOf(g.id));
      expect(v.items.filter((i) => i.marked).map((i) => i.id)).toEqual([g.id]);
    }
    // Without an entry, the first page, nothing marked; a page out of range stays within them.
    expect(glossaryView(null).page).toBe(0);
    expect(glossaryView(null).items.some((i) => i.marked)).toBe(false);
    expect(glossaryView(99).page).toBe(glossaryPageCount() - 1);
    expect(glossaryView(-3).page).toBe(0);
    expect(glossaryView(1).pageLabel).toMatch(/^Page 2 of \d+ · .+ – .+$/);
  });

  it('an explicit page wins over the marked entry’s page (turning pages keeps the mark)', () => {
    const last = GLOSSARY.find((g) => glossaryPageOf(g.id) > 0);
    if (!last) throw new Error('the glossary fits one page');
    expect(glossaryView(0, last.id).page).toBe(0);
  });

  it('every card, played move and indicator names an entry', () => {
    for (const t of [...US_MOVE_TYPES, ...CHINA_MOVE_TYPES]) expect(moveTerm(t).term).toBeTruthy();
    for (const i of INDICATORS) expect(indicatorTerm(i).term).toBeTruthy();
    expect(moveTerm('requireKYC').term).toBe('KYC (know your customer)');
    expect(indicatorTerm('altSupply').term).toBe('Other producers');
  });

  it('the Glossary button names the card’s entry in a label that fits', () => {
    expect(glossaryButtonLabel('Tariff')).toBe('Glossary: Tariff');
    expect(glossaryButtonLabel('KYC (know your customer)')).toBe('Glossary: KYC');
    expect(glossaryButtonLabel('Re-announce an old step')).toBe('Re-announce an old step');
    for (const t of [...US_MOVE_TYPES, ...CHINA_MOVE_TYPES])
      expect(glossaryButtonLabel(moveTerm(t).term).length).toBeLessThanOrEqual(28);
  });

  it('the Glossary button names the entry in Chinese too, in a label that fits', async () => {
    await setLanguage('zh-CN');
    try {
      expect(glossaryButtonLabel(moveTerm('setTariff').term)).toBe('术语表：关税');
      expect(glossaryButtonLabel(moveTerm('requireKYC').term)).toBe('术语表：KYC');
      for (const t of [...US_MOVE_TYPES, ...CHINA_MOVE_TYPES]) {
        const label = glossaryButtonLabel(moveTerm(t).term);
        expect(label).toMatch(/[\u4e00-\u9fff]/);
        expect(labelWidth(label), label).toBeLessThanOrEqual(28);
      }
    } finally {
      await setLanguage('en');
    }
  });

  it('the turn screen’s cards and the report’s moves and figures carry their entries', () => {
    const session = new GameSession({
      scenarioId: 'truce-2026',
      seat: 'us',
      usPolicy: 'reciprocal',
      chinaPolicy: 'leverage',
      seed: 7,
    });
    const cards = session.turnView('us').cards;
    expect(cards[0]?.title).toBe('Give public credit');
    expect(cards[0]?.term).toEqual({ id: 'credit', term: 'Credit' });
    expect(cards.find((c) => c.move.type === 'setTariff')?.term.id).toBe('tariff');
    session.pick('us', 0);
    session.endTurn('us');
    const report = session.reportView();
    session.stop();
    if (!report) throw new Error('no report');
    expect(report.moves[0]).toMatchObject({ side: 'us', term: { id: 'credit' } });
    expect(report.moves.filter((m) => m.side === 'china').length).toBeGreaterThan(0);
    expect(report.changes.map((c) => c.term.id)).toContain('deaths12m');
    expect(report.changes.find((c) => c.indicator === 'tariff')?.term.term).toBe('Tariff');
  });
});
