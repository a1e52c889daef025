/** The words of the report screen in Simplified Chinese (keys as in `../../en/screens/report.ts`). */
export const REPORT_WORDS: Readonly<Record<string, string>> = {};
