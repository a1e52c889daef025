import { EN_FIRST } from './first';
import { EN_LATER } from './later';

/**
 * The game's words in English, addressed by key. A key names a thing, not a screen: `move.<id>.*`
 * for the moves, `rule.<id>.*` for the rules, `event.`, `posture.` and `indicator.` for the world;
 * `teaching.<scenario>.*`, `teaching.rubric.*` and `teaching.glossary.<id>.*` for the teaching material;
 * `screen.<screen>.*` for what a screen says of its own (`screens/<screen>.ts`).
 * Variants follow the usual message-catalogue conventions: `key_<context>` for a variant picked by
 * the caller, `_one` and `_other` for the plural by `count`; `{name}` is filled from the values
 * passed with the key.
 *
 * Node programs and the workers read all of it from here. The page's build splits it in two: the
 * title's words (`./first`) load with the title, the rest (`./later`) with the game's chunk.
 */
export const EN = { ...EN_FIRST, ...EN_LATER } as const;

export type WordKey = keyof typeof EN;
