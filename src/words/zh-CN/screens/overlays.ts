/** The words of the overlays screen in Simplified Chinese (keys as in `../../en/screens/overlays.ts`). */
export const OVERLAY_WORDS: Readonly<Record<string, string>> = {};
