import { afterEach, describe, expect, it } from 'vitest';
import { EN as PAGE_EN } from '../../src/words/en';
import { CLI_WORDS as CLI_EN } from '../../src/words/en/cli';
import { translator } from '../../src/words/i18n';
import { addEnglishWords, language, setLanguage, t } from '../../src/words/index';
import { ZH_CN as PAGE_ZH } from '../../src/words/zh-CN';
import { CLI_WORDS as CLI_ZH } from '../../src/words/zh-CN/cli';

/** Every word, the page's and the command line's, as the command line sees them. */
const EN: Readonly<Record<string, string>> = { ...PAGE_EN, ...CLI_EN };
const ZH_CN: Readonly<Record<string, string>> = { ...PAGE_ZH, ...CLI_ZH };
addEnglishWords(CLI_EN);

type Catalogue = Readonly<Record<string, string>>;

const PLURAL = /_(one|other)$/;
const placeholders = (text: string): string =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort().join(',');

/**
 * What `other` lacks of `base`, key by key: a key missing (a plural counts as present when the
 * language has its `_other` form: Chinese has no `_one`), or a message whose placeholders differ.
 */
function gaps(base: Catalogue, other: Catalogue): string[] {
  const out: string[] = [];
  for (const [key, text] of Object.entries(base)) {
    if (key.endsWith('_one')) continue;
    const theirs = other[key] ?? other[key.replace(PLURAL, '_other')];
    if (theirs === undefined) out.push(`${key}: missing`);
    else if (placeholders(theirs) !== placeholders(text))
      out.push(`${key}: {${placeholders(text)}} but {${placeholders(theirs)}}`);
  }
  return out;
}

/** The call that reads `key`: its base key, and the count, context and values that pick it. */
function callFor(key: string): [string, Record<string, string | number>] {
  const [base = key, ...variant] = key.split('_');
  const vars: Record<string, string | number> = {};
  const last = variant.at(-1);
  if (last === 'one' || last === 'other') {
    vars.count = last === 'one' ? 1 : 2;
    variant.pop();
  }
  if (variant.length > 0) vars.context = variant.join('_');
  for (const name of placeholders(EN[key] ?? '').split(','))
    if (name && name !== 'count') vars[name] = `<${name}>`;
  return [base, vars];
}

afterEach(() => setLanguage('en'));

describe('the catalogues', () => {
  it('have every English key in Chinese, with the same placeholders', () => {
    expect(gaps(EN, ZH_CN)).toEqual([]);
  });

  it('have no Chinese key that English lacks', () => {
    expect(gaps(ZH_CN, EN)).toEqual([]);
  });

  it('name a missing key and a lost placeholder', () => {
    const { 'move.enforce.card': _card, ...rest } = ZH_CN;
    expect(gaps(EN, { ...rest, 'refusal.budget': '政治资本不足' })).toEqual([
      'move.enforce.card: missing',
      'refusal.budget: {cost,left} but {}',
    ]);
  });
});

describe('t() in English', () => {
  it('reads every key as i18next reads it', () => {
    const viaI18next = translator('en', { en: CLI_EN });
    const differ = Object.keys(EN).flatMap((key) => {
      const [base, vars] = callFor(key);
      const ours = t(base, vars);
      const theirs = viaI18next(base, vars);
      return ours === theirs ? [] : [`${key}: ${ours} / ${theirs}`];
    });
    expect(differ).toEqual([]);
  });
});

describe('setLanguage', () => {
  it('speaks Chinese once it is chosen, plurals and contexts included, and English again after', async () => {
    expect(language()).toBe('en');
    await setLanguage('zh-CN');
    expect(language()).toBe('zh-CN');
    expect(t('refusal.tariffSame', { rate: 20 })).toBe('关税已经是20%');
    expect(t('move.setTariff.card', { context: 'cut', rate: 5 })).toBe('关税降低到5%');
    expect(t('move.schedulePrecursors.done', { count: 1 })).toBe('列管了1种前体');
    expect(t('indicator.tariff.label')).toBe('芬太尼关税');
    await setLanguage('en');
    expect(t('indicator.tariff.label')).toBe('Fentanyl tariff');
  });
});
