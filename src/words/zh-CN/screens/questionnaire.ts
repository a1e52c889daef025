/** The words of the questionnaire screen in Simplified Chinese (keys as in `../../en/screens/questionnaire.ts`). */
export const QUESTIONNAIRE_WORDS: Readonly<Record<string, string>> = {};
