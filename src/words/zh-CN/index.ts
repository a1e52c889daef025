import { MOVE_WORDS } from './moves';
import { RULE_WORDS } from './rules';
import { WORLD_WORDS } from './world';

/**
 * The game's words in Simplified Chinese, under the same keys as the English catalogue (`../en`).
 * Chinese has one plural form: a message that English splits into `_one` and `_other` has only
 * `_other` here. Words for a screen go in `screens/<screen>.ts`, spread in here as in English.
 */
export const ZH_CN: Readonly<Record<string, string>> = {
  ...MOVE_WORDS,
  ...RULE_WORDS,
  ...WORLD_WORDS,
};
