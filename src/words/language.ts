/** The languages the game speaks: English, and Simplified Chinese as spoken in mainland China. */
export const LANGUAGES = ['en', 'zh-CN'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Whether `value` names one of the game's languages (as written in a link or a setting). */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/**
 * Each language's name in itself, as the language switch offers it: a reader of either finds it.
 * Every page draws them, so the game's fonts carry their characters (scripts/cjk-font.ts).
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  'zh-CN': '中文',
};

/** The characters of the languages' names beyond Latin, each once: the fonts must carry them. */
export const NAME_CHARACTERS: string = [...new Set(Object.values(LANGUAGE_NAMES).join(''))]
  .filter((c) => (c.codePointAt(0) ?? 0) > 0x2ff)
  .join('');
