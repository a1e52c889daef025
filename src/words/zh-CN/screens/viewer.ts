/** The words of the viewer screen in Simplified Chinese (keys as in `../../en/screens/viewer.ts`). */
export const VIEWER_WORDS: Readonly<Record<string, string>> = {};
