import type Phaser from 'phaser';
import type { OnlineModule } from '../load';

/** What the online screens are handed when their chunk arrives: the rooms' client, and the way to a replay. */
export interface Online {
  m: OnlineModule;
  /** Opens a replay code in the viewer (the debrief of a game that is over). */
  openReplay: (scene: Phaser.Scene, code: string) => void;
}

let held: Online | null = null;

export function holdOnline(given: Online): void {
  held = given;
}

/** The rooms' client, present from the moment the online screens are added. */
export function online(): Online {
  if (!held) throw new Error('the online screens were opened before their chunk arrived');
  return held;
}
