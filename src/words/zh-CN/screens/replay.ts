/** The words of the replay screen in Simplified Chinese (keys as in `../../en/screens/replay.ts`). */
export const REPLAY_WORDS: Readonly<Record<string, string>> = {};
