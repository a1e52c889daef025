/** The words of the offer screen in Simplified Chinese (keys as in `../../en/screens/offer.ts`). */
export const OFFER_WORDS: Readonly<Record<string, string>> = {};
