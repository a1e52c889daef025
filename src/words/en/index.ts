import { MOVE_WORDS } from './moves';
import { RULE_WORDS } from './rules';
import { WORLD_WORDS } from './world';

/**
 * The game's words in English, addressed by key. A key names a thing, not a screen: `move.<id>.*`
 * for the moves, `rule.<id>.*` for the rules, `event.`, `posture.` and `indicator.` for the world.
 * Variants follow the usual message-catalogue conventions: `key_<context>` for a variant picked by
 * the caller, `_one` and `_other` for the plural by `count`; `{name}` is filled from the values
 * passed with the key.
 */
export const EN = { ...MOVE_WORDS, ...RULE_WORDS, ...WORLD_WORDS } as const;

export type WordKey = keyof typeof EN;
