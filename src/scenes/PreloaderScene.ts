import Phaser from 'phaser';
import { DESIGN } from '../ui/layout';
import { PALETTE } from '../ui/palette';
import { SCENE } from './keys';

const BAR = { width: 320, height: 4 } as const;

/**
 * Loads assets with a progress bar. Everything is drawn in code for now, so the queue is
 * empty and this passes straight through; the bar is here for when sound and fonts arrive.
 */
export class PreloaderScene extends Phaser.Scene {
  constructor() {
    super(SCENE.preloader);
  }

  preload(): void {
    const x = (DESIGN.width - BAR.width) / 2;
    const y = DESIGN.height / 2;
    const track = this.add.graphics();
    track.fillStyle(PALETTE.surfaceRaised, 1).fillRect(x, y, BAR.width, BAR.height);
    const fill = this.add.graphics();
    this.load.on(Phaser.Loader.Events.PROGRESS, (progress: number) => {
      fill
        .clear()
        .fillStyle(PALETTE.accent, 1)
        .fillRect(x, y, BAR.width * progress, BAR.height);
    });
  }

  create(): void {
    this.scene.start(SCENE.title);
  }
}
