/** The words of the debrief screen in Simplified Chinese (keys as in `../../en/screens/debrief.ts`). */
export const DEBRIEF_WORDS: Readonly<Record<string, string>> = {};
