/** The words of the turn screen in Simplified Chinese (keys as in `../../en/screens/turn.ts`). */
export const TURN_WORDS: Readonly<Record<string, string>> = {};
