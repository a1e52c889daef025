import type Phaser from 'phaser';
import { SCENE } from '../keys';
import { JoinScene } from './JoinScene';
import { holdOnline, type Online } from './module';
import { OnlineClassScene } from './OnlineClassScene';
import { SeatScene } from './SeatScene';

/**
 * The online class's screens, in the online chunk with the rooms' client: added to the game the
 * first time someone opens an online class or a join link.
 */
export function addOnlineScreens(game: Phaser.Game, given: Online): void {
  holdOnline(given);
  if (game.scene.getScene(SCENE.onlineClass)) return;
  game.scene.add(SCENE.onlineClass, OnlineClassScene, false);
  game.scene.add(SCENE.join, JoinScene, false);
  game.scene.add(SCENE.seat, SeatScene, false);
}
