import type Phaser from 'phaser';
import type { SetupChoice } from '../view/setup';
import { SCENE } from './keys';
import { loadOnline } from './load';
import { openReplayLink } from './ReplayScene';

/** Each online screen's name, the accessible layer's heading: the key of its words. */
export const ONLINE_SCREEN_NAMES: Record<string, string> = {
  [SCENE.onlineClass]: 'ui.screen.onlineClass',
  [SCENE.join]: 'ui.screen.join',
  [SCENE.seat]: 'ui.screen.seat',
};

/**
 * What the teacher's dashboard opens with: the Setup choice of a new class (null: the default
 * choice with a fresh seed), or a class to rejoin.
 */
export type OnlineClassData = { choice: SetupChoice | null } | { classId: string };

/** What the join screen opens with: the class of the link. */
export interface JoinData {
  classId: string;
}

/**
 * Opens the online screen `key`: the rooms' client and the online screens (src/scenes/online/)
 * arrive together, in the chunk that only an online class or a join link fetches.
 */
function start(scene: Phaser.Scene, key: string, data: object): void {
  void Promise.all([loadOnline(), import('./online/index')]).then(([m, screens]) => {
    screens.addOnlineScreens(scene.game, { m, openReplay: openReplayLink });
    scene.scene.start(key, data);
  });
}

/**
 * Setup's "Online class": creates a class with the choice's scenario, seed, quarters, clock and
 * crises, and opens its dashboard (its join link, its QR code, its groups).
 */
export function openOnlineClass(scene: Phaser.Scene, choice: SetupChoice | null): void {
  start(scene, SCENE.onlineClass, { choice } satisfies OnlineClassData);
}

/**
 * A teacher's page (`?teach=<class id>`): the dashboard of that class; `?teach=new` creates a class
 * with the default settings.
 */
export function openDashboard(scene: Phaser.Scene, classId: string): void {
  start(scene, SCENE.onlineClass, { classId } satisfies OnlineClassData);
}

/** A join link (`?class=<class id>`): the join screen of that class. */
export function openJoinLink(scene: Phaser.Scene, classId: string): void {
  start(scene, SCENE.join, { classId } satisfies JoinData);
}
