/** The languages the game speaks: English, and Simplified Chinese as spoken in mainland China. */
export const LANGUAGES = ['en', 'zh-CN'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Whether `value` names one of the game's languages (as written in a link or a setting). */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
