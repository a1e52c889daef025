import { inLanguage, type Language, type Translate } from '../words';
import { translator } from '../words/i18n';

export { LANGUAGES, type Language } from '../words';

/** Each language's translator, made the first time a client reads that language. */
const translators = new Map<Language, Translate>();

/**
 * `build()` in the words of `lng`: the room server builds each seat's and observer's view in the
 * language it joined in, though the server itself speaks English. Only the server uses this, so
 * the page never carries the translator with its first chunks.
 */
export function inWordsOf<T>(lng: Language, build: () => T): T {
  if (lng === 'en') return inLanguage('en', null, build);
  let words = translators.get(lng);
  if (!words) {
    words = translator(lng);
    translators.set(lng, words);
  }
  return inLanguage(lng, words, build);
}
