import type Phaser from 'phaser';

/** Event a scene emits on `game.events` with a sentence the accessible layer's live region says. */
export const ANNOUNCE = 'precursor.announce';

/**
 * Says `text` politely to assistive technology, through the page's one live region (`access.ts`):
 * what a player must know without looking (a quarter's headline, a refusal, the other side's
 * moves and offers, the time left).
 */
export function announce(scene: Phaser.Scene, text: string): void {
  scene.game.events.emit(ANNOUNCE, text);
}
