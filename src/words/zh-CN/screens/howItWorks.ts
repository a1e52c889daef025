/** The words of the howItWorks screen in Simplified Chinese (keys as in `../../en/screens/howItWorks.ts`). */
export const HOW_IT_WORKS_WORDS: Readonly<Record<string, string>> = {};
