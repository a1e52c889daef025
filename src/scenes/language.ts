import type Phaser from 'phaser';
import { Button } from '../ui/Button';
import { loadCjkFont } from '../ui/cjkFont';
import { restartScene } from '../ui/keyboard';
import { markPage, pageStorage, rememberLanguage, wantedLanguage } from '../ui/language';
import { DESIGN, GAP, MARGIN } from '../ui/layout';
import { forgetTextMetrics } from '../ui/typography';
import { isLanguage, LANGUAGE_NAMES, type Language, language, setLanguage } from '../words';

/** The language the page opens in: a link's `?lang=`, else the last one chosen here, else English. */
export function openingLanguage(
  search: string,
  storage: Pick<Storage, 'getItem'> | null,
): Language {
  const wanted = wantedLanguage(search, storage);
  return isLanguage(wanted) ? wanted : 'en';
}

/** Emitted on `game.events` once a language's words are in force, for what the page shows beside the canvas. */
export const LANGUAGE_SHOWN = 'precursor.language.shown';

/** Draws every screen on show again, in the words and fonts now in force. */
export function redraw(game: Phaser.Game): void {
  // A font that has loaded since the metrics were measured draws at other heights.
  forgetTextMetrics();
  for (const scene of game.scene.getScenes(true)) restartScene(scene, scene.sys.settings.data);
}

/**
 * Speaks `lng`: its words loaded, the page marked, the screens on show drawn again, and once its
 * font has loaded (Chinese), drawn again with it.
 */
export async function showLanguage(game: Phaser.Game, lng: Language): Promise<void> {
  await setLanguage(lng);
  markPage(lng);
  game.events.emit(LANGUAGE_SHOWN);
  redraw(game);
  if (lng !== 'en' && (await loadCjkFont())) redraw(game);
}

/** At boot: the page in the language it opens in (English needs nothing done). */
export function startLanguage(game: Phaser.Game, host: Window): void {
  const lng = openingLanguage(host.location.search, pageStorage());
  if (lng !== 'en') void showLanguage(game, lng);
}

/** The other language: the one the switch offers. */
export const otherLanguage = (): Language => (language() === 'en' ? 'zh-CN' : 'en');

/**
 * Switches to the other language and remembers it (the title's switch and the settings panel):
 * every screen on show is drawn again in it.
 */
export function switchLanguage(game: Phaser.Game): Promise<void> {
  const next = otherLanguage();
  rememberLanguage(pageStorage(), next);
  return showLanguage(game, next);
}

/**
 * A button under the settings at the top right that switches to the other language and
 * remembers it; labelled in that language, so a reader of either finds it.
 */
export function addLanguageSwitch(scene: Phaser.Scene, shortcut: string): Button {
  const width = 168;
  const height = 44;
  return new Button(scene, DESIGN.width - MARGIN - width, MARGIN + GAP * 5 + height, {
    label: LANGUAGE_NAMES[otherLanguage()],
    shortcut,
    width,
    height,
    onActivate: () => void switchLanguage(scene.game),
  });
}
