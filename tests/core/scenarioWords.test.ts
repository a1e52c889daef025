import { describe, expect, it } from 'vitest';
import { scenarioHash } from '../../src/core/hash';
import { parseScenario } from '../../src/core/scenario';
import { inLanguage } from '../../src/core/scenarioWords';
import { scenario } from '../helpers';

describe('a scenario’s texts in other languages', () => {
  // The scenario with its own words only (the built-in one has Chinese ones too).
  const { translations: _builtIn, ...base } = scenario('history-2018');
  const written = {
    ...base,
    translations: {
      'zh-CN': {
        title: '二〇一八年以来',
        briefs: { us: { wants: '美方所求' } },
        actual: [{ turn: 1, note: '第一季度的记录' }],
      },
    },
  };

  it('are read in the language shown where the scenario has them, and as written where not', () => {
    const zh = inLanguage(written, 'zh-CN');
    expect(zh.title).toBe('二〇一八年以来');
    expect(zh.briefing).toBe(base.briefing);
    expect(zh.briefs?.us.wants).toBe('美方所求');
    expect(zh.briefs?.us.fears).toBe(base.briefs?.us.fears);
    expect(zh.briefs?.china).toEqual(base.briefs?.china);
    expect(zh.actual?.[0]?.note).toBe('第一季度的记录');
    expect(zh.actual?.[0]?.deaths12m).toBe(base.actual?.[0]?.deaths12m);
    expect(zh.actual?.[1]?.note).toBe(base.actual?.[1]?.note);
    expect(inLanguage(written, 'en')).toBe(written);
    // A scenario written in one language only reads the same in every language.
    expect(inLanguage(base, 'zh-CN')).toBe(base);
  });

  it('change nothing in the world: the scenario’s hash leaves them out', () => {
    expect(scenarioHash(written)).toBe(scenarioHash(base));
    expect(scenarioHash({ ...base, title: 'Another' })).not.toBe(scenarioHash(base));
  });

  it('are checked like the rest of the file, naming the field', () => {
    expect(parseScenario(written, 'x.json').ok).toBe(true);
    const wrong = parseScenario(
      { ...base, translations: { 'zh-CN': { titel: 'oops' } } },
      'x.json',
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toContain('translations');
    const unknown = parseScenario({ ...base, translations: { fr: { title: 'Depuis' } } }, 'x.json');
    expect(unknown.ok).toBe(false);
  });

  it('are complete in Chinese for every built-in scenario', () => {
    for (const id of ['truce-2026', 'pelosi-2022', 'sandbox', 'history-2018']) {
      const written = scenario(id);
      const zh = written.translations?.['zh-CN'];
      expect(zh?.title, id).toBeTruthy();
      expect(zh?.briefing, id).toBeTruthy();
      for (const side of ['us', 'china'] as const) {
        expect(Object.keys(zh?.briefs?.[side] ?? {}).sort(), `${id} ${side}`).toEqual(
          Object.keys(written.briefs?.[side] ?? {}).sort(),
        );
      }
      expect(zh?.actual?.map((a) => a.turn) ?? [], id).toEqual(
        written.actual?.map((a) => a.turn) ?? [],
      );
    }
  });
});
