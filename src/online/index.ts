/**
 * The client of the room server, as the browser's screens reach it: a chunk of its own (with
 * colyseus.js), loaded only when someone opens an online class or a join link
 * (`loadOnline()` in src/scenes/load.ts).
 */
export { findRooms, type RoomsAddress } from './address';
export { classIdOf, isClassId, joinLink } from './link';
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
