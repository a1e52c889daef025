/// <reference types="vite/client" />
/**
 * The icons' SVG, one per move and per world event (`assets/icons/moves/<move>.svg`,
 * `assets/icons/events/<event>.svg`), as text. This module is a chunk of its own, fetched after
 * the title's first frame (`ui/icons.ts`).
 */
export const ICON_SVG: Readonly<Record<string, string>> = import.meta.glob(
  '../../assets/icons/*/*.svg',
  { query: '?raw', import: 'default', eager: true },
);
