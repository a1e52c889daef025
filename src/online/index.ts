/**
 * The client of the room server, as the browser's screens reach it: a chunk of its own (with
 * colyseus.js), loaded only when someone opens an online class or a join link
 * (`loadOnline()` in src/scenes/load.ts).
 */

/** What the rooms send, as the screens read it. */
export type { GroupStatus, ObserverView, SeatClock, SeatView } from '../server/group';
export type { ClassSettingsInput } from '../server/protocol';
export { findRooms, type RoomsAddress } from './address';
export { classIdOf, isClassId, joinLink, teachIdOf, teachLink } from './link';
export { qrModules } from './qr';
export { myTurn, SeatClient } from './seat';
export {
  type Answer,
  classResults,
  createClass,
  deleteClass,
  type ResultLine,
  TeacherClient,
  type TeacherKey,
} from './teacher';
