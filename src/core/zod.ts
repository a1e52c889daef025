import { z } from 'zod';
import type { $ZodErrorMap } from 'zod/v4/core';
import { type Language, language, loadWithLanguage } from '../words';

// Zod can compile schemas with `new Function`; the page's Content-Security-Policy forbids that, and
// even zod's probe for it (made when a schema is built) is reported as a violation. Validation is
// the same without it. Every schema of the model takes `z` from here, so the setting comes first.
z.config({ jitless: true });

/**
 * Zod's own messages ("expected number, received string") in each language but English, once
 * loaded: asked for when an issue is put in words, so a check speaks the language shown then.
 * English is zod's own locale, under this.
 */
const messages: Partial<Record<Language, $ZodErrorMap>> = {};
z.config({ customError: (issue) => messages[language()]?.(issue) });

/** Zod's messages in `lng` from now on (Node's command line hands them over at once). */
export function zodSpeaks(lng: Language, map: $ZodErrorMap): void {
  messages[lng] = map;
}

/**
 * Fetches zod's messages in `lng` the first time it is shown: a chunk of their own in the browser,
 * loaded with the Chinese catalogue, so a page in English never carries them.
 */
async function loadZodWords(lng: Language): Promise<void> {
  if (lng === 'zh-CN' && !messages[lng])
    zodSpeaks(lng, (await import('zod/v4/locales/zh-CN.js')).default().localeError);
}
loadWithLanguage(loadZodWords).catch(() => {
  // Without them zod's messages stay English; the check still names file and field.
});

export { z };
