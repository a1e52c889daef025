import i18next from 'i18next';
import { EN_FIRST } from './en/first';
import { EN_LATER } from './en/later';
import type { Language } from './language';
import { ZH_CN } from './zh-CN';

/** Fills a message: the key, and the values (with `context` and `count`) it is filled with. */
export type Translate = (key: string, vars?: Record<string, unknown>) => string;

// English in its two parts (src/words/en/index.ts joins them), so that the page's title, which
// carries only the first, does not take the second with it through this module.
const CATALOGUES: Record<Language, Readonly<Record<string, string>>> = {
  en: { ...EN_FIRST, ...EN_LATER },
  'zh-CN': ZH_CN,
};

/**
 * The words of `lng` through i18next, with the catalogues' conventions: flat keys with dots in
 * them, `{name}` placeholders left as they are when no value is given, `key_<context>` and the
 * plural forms of the language (`_one`/`_other` in English, `_other` alone in Chinese); a key the
 * language lacks reads in English. Loaded only with a language other than English: English words
 * are looked up directly (`t()`), and a test checks that i18next gives the same. `more` adds
 * words that only some programs need (the command line's), by language.
 */
export function translator(
  lng: Language,
  more: Partial<Record<Language, Readonly<Record<string, string>>>> = {},
): Translate {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng,
    fallbackLng: 'en',
    initAsync: false,
    resources: Object.fromEntries(
      Object.entries(CATALOGUES).map(([code, words]) => [
        code,
        { translation: { ...words, ...more[code as Language] } },
      ]),
    ),
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    interpolation: { prefix: '{', suffix: '}', escapeValue: false },
  });
  return (key, vars) => String(i18n.t(key, vars as never));
}
