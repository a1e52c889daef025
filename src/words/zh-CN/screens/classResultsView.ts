/** The words of the classResultsView screen in Simplified Chinese (keys as in `../../en/screens/classResultsView.ts`). */
export const CLASS_RESULTS_VIEW_WORDS: Readonly<Record<string, string>> = {};
