/** The words of the setup screen in Simplified Chinese (keys as in `../../en/screens/setup.ts`). */
export const SETUP_WORDS: Readonly<Record<string, string>> = {};
