/** The words of the title screen in Simplified Chinese (keys as in `../../en/screens/title.ts`). */
export const TITLE_WORDS: Readonly<Record<string, string>> = {};
