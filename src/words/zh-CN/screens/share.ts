/** The words of the share screen in Simplified Chinese (keys as in `../../en/screens/share.ts`). */
export const SHARE_WORDS: Readonly<Record<string, string>> = {};
