import Phaser from 'phaser';
import { SCENE } from './keys';

/** First scene: nothing to show yet, so hand straight over to the preloader. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENE.boot);
  }

  create(): void {
    this.scene.start(SCENE.preloader);
  }
}
