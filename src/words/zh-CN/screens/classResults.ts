/** The words of the classResults screen in Simplified Chinese (keys as in `../../en/screens/classResults.ts`). */
export const CLASS_RESULTS_WORDS: Readonly<Record<string, string>> = {};
