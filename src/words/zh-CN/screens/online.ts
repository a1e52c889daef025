/** The words of the online screen in Simplified Chinese (keys as in `../../en/screens/online.ts`). */
export const ONLINE_WORDS: Readonly<Record<string, string>> = {};
