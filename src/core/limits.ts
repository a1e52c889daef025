import { CHINA_MOVE_TYPES, US_MOVE_TYPES } from './moves';
import { WORLD_EVENTS } from './vocabulary';

/**
 * How large anything from outside may be: every list and number a replay, code, save, class code
 * or scenario can carry is bounded by what the game itself can produce, so every accepted input
 * plays in bounded time to values the save schema accepts. The README lists them for players.
 */
export const LIMITS = {
  /** Quarters in a scenario, a replay, a save or a class. */
  turns: 40,
  /** A scenario id: lower-case letters, digits and dashes. */
  scenarioId: 64,
  /** Moves a side may list in one turn: each move type is played at most once a turn. */
  usMoves: US_MOVE_TYPES.length,
  chinaMoves: CHINA_MOVE_TYPES.length,
  /** A facilitator's events in one quarter: each world event at most once. */
  injects: WORLD_EVENTS.length,
  /** Events of one quarter as recorded: scripted, injected and drawn, each set without repeats. */
  recordEvents: 3 * WORLD_EVENTS.length,
  /** Refusals of one quarter: at most every move either side listed. */
  refused: US_MOVE_TYPES.length + CHINA_MOVE_TYPES.length,
  /** Any model version a file may name; the running one is MODEL_VERSION. */
  modelVersion: 1000,
  /**
   * Characters of a replay code or a link carrying one (the largest replay's code is under 2,000),
   * and of its text once decompressed (the largest replay's is 2,278).
   */
  replayCode: 12_000,
  /** p2 text: 40 turns of 16 moves a side, offers with their terms, answers. */
  replayText: 6000,
  replayTextP1: 2400,
  /** Characters of a class code or class link. */
  classCode: 1000,
  /** Answers to one questionnaire (before or after the game) carried in a replay. */
  answers: 12,
  /** Lines of replay codes read into one class results table. */
  classGroups: 60,
  /** Characters of a group's name in class results. */
  groupName: 60,
  /** Bytes of a file `sim` reads, or a player imports. */
  fileBytes: 1024 * 1024,
  /** People using (thousands): the most a scenario may start with, and the most there can be. */
  users: 20_000,
} as const;
