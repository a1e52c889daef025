import { EN, type WordKey } from './en';
import type { Translate } from './i18n';

export type { Translate } from './i18n';

import type { Language } from './language';

export type { WordKey } from './en';
export { isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from './language';

/** Values a message is filled with; `context` and `count` also pick its variant. */
export type WordVars = { context?: string; count?: number } & Record<
  string,
  string | number | undefined
>;

let catalogue: Readonly<Record<string, string>> = EN;

/**
 * Adds English words that only some programs need (the command line's tables), so the page's
 * bundle does not carry them; the other languages' come with their translator (`./i18n`).
 */
export function addEnglishWords(words: Readonly<Record<string, string>>): void {
  catalogue = { ...catalogue, ...words };
}

let shown: Language = 'en';
/** The words of the language shown when it is not English (i18next and its catalogue, loaded). */
let translate: Translate | null = null;

/** The language the words are in. */
export function language(): Language {
  return shown;
}

/**
 * Speaks `lng` from now on. English is always at hand; another language's catalogue and i18next
 * are fetched the first time it is asked for (a chunk of their own in the browser), so a page in
 * English never loads them.
 */
export async function setLanguage(lng: Language): Promise<void> {
  asked = lng;
  const alongside = companions.map((load) => load(lng));
  const words = lng === 'en' ? null : (await import('./i18n')).translator(lng);
  await Promise.all(alongside);
  speak(lng, words);
}

/** What loads with a language besides its words: each loader, given the language asked for. */
const companions: ((lng: Language) => Promise<void>)[] = [];
/** The language last asked for: shown, or still loading. */
let asked: Language = 'en';

/**
 * Loads something more with every language from now on (the schema library's messages in it, for
 * the model): `load` runs for the language shown at once, and again with each `setLanguage`.
 */
export function loadWithLanguage(load: (lng: Language) => Promise<void>): Promise<void> {
  companions.push(load);
  return load(asked);
}

/**
 * Speaks `lng` with `words` (its translator from `./i18n`, or null for English) at once: for Node,
 * where the command line loads the translator itself and answers without waiting.
 */
export function speak(lng: Language, words: Translate | null): void {
  translate = lng === 'en' ? null : words;
  shown = lng;
  asked = lng;
}

/**
 * Runs `build` speaking `lng` with `words` (as `speak` takes them), then speaks as before: for a
 * server that answers each of its clients in the language that client reads.
 */
export function inLanguage<T>(lng: Language, words: Translate | null, build: () => T): T {
  const before = { shown, translate, asked };
  speak(lng, words);
  try {
    return build();
  } finally {
    ({ shown, translate, asked } = before);
  }
}

/** Whether the catalogue has a message under `key`, with or without variants. */
export function hasWords(key: string): boolean {
  return Object.keys(catalogue).some((k) => k === key || k.startsWith(`${key}_`));
}

/**
 * The words for `key`: the variant for `vars.context` (`key_<context>`), then the plural for
 * `vars.count` (`key_one` or `key_other`), with `{name}` filled from `vars`. A key with no words is
 * a defect the tests catch; at run time it reads as the key itself rather than as nothing.
 */
export function t(key: WordKey | (string & {}), vars?: WordVars): string {
  if (translate !== null) return translate(key, vars);
  // The common case, a plain message: one lookup (the model asks for words inside its quarter).
  if (vars === undefined) return catalogue[key] ?? key;
  let base = key as string;
  if (vars.context !== undefined && `${base}_${vars.context}` in catalogue)
    base = `${base}_${vars.context}`;
  let text = catalogue[base];
  if (vars.count !== undefined)
    text = catalogue[`${base}_${vars.count === 1 ? 'one' : 'other'}`] ?? text;
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : String(v);
  });
}

/** A record whose values are read from the catalogue each time, so they follow the language shown. */
export function liveWords<K extends string>(
  ids: readonly K[],
  words: (id: K) => string,
): Readonly<Record<K, string>> {
  const out = {} as Record<K, string>;
  for (const id of ids) Object.defineProperty(out, id, { get: () => words(id), enumerable: true });
  return out;
}

/**
 * Records of `ids`, each `base(id)` with the named `fields` read from the catalogue under
 * `key(id, field)` each time, so they follow the language shown.
 */
export function withWords<K extends string, B extends object, F extends string>(
  ids: readonly K[],
  base: (id: K) => B,
  fields: readonly F[],
  key: (id: K, field: F) => string,
): Record<K, B & Readonly<Record<F, string>>> {
  const out = {} as Record<K, B & Readonly<Record<F, string>>>;
  for (const id of ids) {
    const record = { ...base(id) };
    for (const field of fields)
      Object.defineProperty(record, field, { get: () => t(key(id, field)), enumerable: true });
    out[id] = record as B & Readonly<Record<F, string>>;
  }
  return out;
}
