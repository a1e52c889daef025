/** The words of the debriefView screen in Simplified Chinese (keys as in `../../en/screens/debriefView.ts`). */
export const DEBRIEF_VIEW_WORDS: Readonly<Record<string, string>> = {};
