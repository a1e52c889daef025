import type Phaser from 'phaser';
import type { SceneKey } from './keys';

/** What an overlay is started with: the scene it covers, to resume when it closes. */
export interface OverlayData {
  from?: string;
}

/**
 * Opens the overlay `key` over `scene`, pausing `scene` (and its turn clock) until it closes;
 * `extra` is handed to the overlay with where it came from.
 */
export function openOverlay(scene: Phaser.Scene, key: SceneKey, extra: object = {}): void {
  scene.scene.pause();
  scene.scene.launch(key, { ...extra, from: scene.scene.key } satisfies OverlayData);
  // Drawn above `scene` even when `scene` was added to the game after it (the online screens).
  scene.scene.bringToTop(key);
}

/** Closes `overlay` and resumes the scene it covered. */
export function closeOverlay(overlay: Phaser.Scene, from: string): void {
  if (from) overlay.scene.resume(from);
  overlay.scene.stop();
}
