import type Phaser from 'phaser';
import { motionReduced } from './comfort';
import { PALETTE } from './palette';
import { kickRender } from './renderGate';

/** How long a screen takes to come in from the background colour. */
export const FADE_MS = 180;

/** Whether a screen has been drawn yet: the title's first frame comes at once, never faded. */
let firstShown = false;

/**
 * Brings a screen in with a short fade from the background, except the first one (the title's
 * first frame is drawn at once) and under reduced motion. Only the camera fades: everything is
 * on the display list and takes input from the first frame, so nothing waits for the fade.
 */
export function fadeInScreen(scene: Phaser.Scene): void {
  if (!firstShown) {
    firstShown = true;
    return;
  }
  if (motionReduced()) return;
  const c = PALETTE.background;
  // Frames are drawn until the fade has ended, however slowly the game's clock runs: the render
  // gate would otherwise leave the last frame drawn, half faded, on screen.
  kickRender(scene, FADE_MS + 60);
  scene.cameras.main.fadeIn(FADE_MS, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff, () =>
    kickRender(scene, 100),
  );
}

/** Whether any screen on show is fading in now. */
export function screenFading(game: Phaser.Game): boolean {
  return game.scene.getScenes(true).some((s) => s.cameras?.main?.fadeEffect.isRunning === true);
}
