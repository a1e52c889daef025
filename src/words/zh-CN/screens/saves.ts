/** The words of the saves screen in Simplified Chinese (keys as in `../../en/screens/saves.ts`). */
export const SAVES_WORDS: Readonly<Record<string, string>> = {};
