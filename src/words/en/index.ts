import { MOVE_WORDS } from './moves';
import { RULE_WORDS } from './rules';
import { HOW_IT_WORKS_WORDS } from './screens/howItWorks';
import { OFFER_WORDS } from './screens/offer';
import { ONLINE_WORDS } from './screens/online';
import { OVERLAY_WORDS } from './screens/overlays';
import { SETUP_WORDS } from './screens/setup';
import { SHARE_WORDS } from './screens/share';
import { TITLE_WORDS } from './screens/title';
import { TURN_WORDS } from './screens/turn';
import { WORLD_WORDS } from './world';

/**
 * The game's words in English, addressed by key. A key names a thing, not a screen: `move.<id>.*`
 * for the moves, `rule.<id>.*` for the rules, `event.`, `posture.` and `indicator.` for the world;
 * `screen.<screen>.*` for what a screen says of its own (`screens/<screen>.ts`).
 * Variants follow the usual message-catalogue conventions: `key_<context>` for a variant picked by
 * the caller, `_one` and `_other` for the plural by `count`; `{name}` is filled from the values
 * passed with the key.
 */
export const EN = {
  ...MOVE_WORDS,
  ...RULE_WORDS,
  ...WORLD_WORDS,
  ...SETUP_WORDS,
  ...TURN_WORDS,
  ...OFFER_WORDS,
  ...HOW_IT_WORKS_WORDS,
  ...SHARE_WORDS,
  ...TITLE_WORDS,
  ...OVERLAY_WORDS,
  ...ONLINE_WORDS,
} as const;

export type WordKey = keyof typeof EN;
