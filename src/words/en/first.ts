import { APP_WORDS } from './app';
import { INTERFACE_WORDS } from './interface';
import { OVERLAY_WORDS } from './screens/overlays';
import { SAVES_WORDS } from './screens/saves';
import { TITLE_WORDS } from './screens/title';

/**
 * The English words a page needs before the game's chunk arrives: the title (with the resume
 * offer's), the widgets' and the accessible layer's, the overlays the title opens (settings, help)
 * and the app's notices. The page's build carries only these with the title (`firstWordsPlugin`
 * in scripts/first-words.ts); the rest (`./later`) comes with the model, which leaving the title
 * waits for.
 */
export const EN_FIRST = {
  ...INTERFACE_WORDS,
  ...APP_WORDS,
  ...TITLE_WORDS,
  ...OVERLAY_WORDS,
  ...SAVES_WORDS,
} as const;
