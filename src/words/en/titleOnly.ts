/**
 * What the page's build reads in place of `./index` (scripts/first-words.ts): the title's words
 * only; `./later` is added when the game's chunk arrives.
 */
export { EN_FIRST as EN } from './first';
