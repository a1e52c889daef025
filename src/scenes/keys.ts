/** Scene keys, in one place so scenes, the test hook and browser tests agree. No Phaser here. */
export const SCENE = {
  boot: 'Boot',
  preloader: 'Preloader',
  title: 'Title',
  setup: 'Setup',
  replay: 'Replay',
  howItWorks: 'HowItWorks',
} as const;

export type SceneKey = (typeof SCENE)[keyof typeof SCENE];
