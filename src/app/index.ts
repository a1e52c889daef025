/**
 * The lazily loaded chunk: everything the scenes use that carries the model (the core, XState,
 * zod), fetched once the title screen has drawn (`loadSessionModule` in src/scenes/load.ts).
 * Scenes import this module and the rest of src/app only as types; the values reach them through
 * the loaded module, so the first frame waits only for Phaser and the scenes.
 */
export { LIMITS } from '../core/limits';
export type { Save } from '../core/save';
export type { BriefView } from '../view/brief';
export type { CardView } from '../view/cards';
export * from '../view/classResults';
export * from '../view/classResultsPrint';
export type { DebriefView } from '../view/debrief';
export * from '../view/facilitator';
export * from '../view/glossary';
export type { ComposerView, OfferDraft } from '../view/offers';
export type { PlacementView } from '../view/placement';
export type { PreviewView } from '../view/preview';
export * from '../view/questionnaire';
export { type ReportView, reportAnnouncements } from '../view/report';
export * from '../view/saves';
export * from '../view/setup';
export * from '../view/share';
export * from '../view/teachingPrint';
export type { TurnView } from '../view/turn';
export * from './saves';
export * from './session';
export * from './timer';
export * from './viewer';
