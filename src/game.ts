import Phaser from 'phaser';
import { BootScene } from './scenes/BootScene';
import { HowItWorksScene } from './scenes/HowItWorksScene';
import { SCENE } from './scenes/keys';
import { PreloaderScene } from './scenes/PreloaderScene';
import { ReplayScene } from './scenes/ReplayScene';
import { SetupScene } from './scenes/SetupScene';
import { TitleScene } from './scenes/TitleScene';
import { DESIGN } from './ui/layout';
import { PALETTE } from './ui/palette';

/**
 * Read-only view of the running game for browser tests and the web bench. It can observe, never
 * act: tests drive the game through the keyboard and mouse like a player.
 */
export interface PrecursorHook {
  /** True once the first interactive screen (the title) has been rendered. */
  readonly ready: boolean;
  /** `performance.now()` at the end of the title screen's first rendered frame, else null. */
  readonly firstFrameAt: number | null;
  /** Key of the active scene on top. */
  scene(): string;
}

declare global {
  interface Window {
    __precursor?: PrecursorHook;
  }
}

/** What the page hands the game. Phase 2 adds the statechart actor here. */
export interface GameDeps {
  /** The window the test hook is published on. */
  readonly host: Window;
}

const SCENES = [BootScene, PreloaderScene, TitleScene, SetupScene, ReplayScene, HowItWorksScene];

/** Creates the game inside `parent`; the page decides where it mounts. */
export function startGame(parent: HTMLElement, deps: GameDeps): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    title: 'Precursor',
    banner: false,
    backgroundColor: PALETTE.background,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: DESIGN.width,
      height: DESIGN.height,
    },
    // roundPixels snaps unscaled text and images to whole pixels so they are not resampled;
    // Text also rasterises at the display's pixel density (see ui/typography.ts).
    render: { antialias: true, roundPixels: true },
    input: { keyboard: true, mouse: true, touch: true, gamepad: false },
    // No sound yet; this also keeps the browser from warning about a suspended AudioContext.
    audio: { noAudio: true },
    disableContextMenu: true,
    scene: SCENES,
  });
  publishHook(game, deps.host);
  return game;
}

function activeSceneKey(game: Phaser.Game): string {
  return game.scene.getScenes(true).at(-1)?.scene.key ?? '';
}

function publishHook(game: Phaser.Game, host: Window): void {
  let firstFrameAt: number | null = null;
  const markFirstFrame = () => {
    if (activeSceneKey(game) !== SCENE.title) return;
    firstFrameAt = host.performance.now();
    game.events.off(Phaser.Core.Events.POST_RENDER, markFirstFrame);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, markFirstFrame);
  const hook: PrecursorHook = Object.freeze({
    get ready() {
      return firstFrameAt !== null;
    },
    get firstFrameAt() {
      return firstFrameAt;
    },
    scene: () => activeSceneKey(game),
  });
  Object.defineProperty(host, '__precursor', { value: hook, configurable: true });
}
