import { LIMITS } from './limits';
import type { Replay } from './replay';
import { replaySchema } from './replay';
import type { Result } from './result';
import { moveSchema, parseWith, uniqueList, worldEventSchema } from './schema';
import type { TurnRecord } from './turn';
import {
  AI_LEVELS,
  CHINA_POLICIES,
  type Crisis,
  MAX_CRISES,
  MAX_OFFER_TERMS,
  MAX_OFFER_WITHIN,
  OFFER_STATUSES,
  POSTURES,
  SIDES,
  US_POLICIES,
} from './vocabulary';
import { z } from './zod';

/** One turn as recorded: the `sim` tool's JSON turn. Saves keep them so old games can be shown as played. */
export const turnRecordSchema = z
  .object({
    turn: z.number().int().min(1).max(LIMITS.turns),
    label: z.string().max(20),
    usMoves: z.array(moveSchema).max(LIMITS.usMoves),
    chinaMoves: z.array(moveSchema).max(LIMITS.chinaMoves),
    refused: z
      .array(
        z.object({ side: z.enum(SIDES), move: moveSchema, reason: z.string().max(300) }).strict(),
      )
      .max(LIMITS.refused),
    events: z.array(worldEventSchema).max(LIMITS.recordEvents),
    /** Absent in saves made before offers existed. */
    offers: z
      .array(
        z
          .object({
            id: z.number().int().min(1).max(1000),
            from: z.enum(SIDES),
            give: z.array(moveSchema).max(MAX_OFFER_TERMS),
            ask: z.array(moveSchema).max(MAX_OFFER_TERMS),
            within: z.number().int().min(1).max(MAX_OFFER_WITHIN),
            status: z.enum(OFFER_STATUSES),
            breachedBy: z.array(z.enum(SIDES)).max(2).optional(),
          })
          .strict(),
      )
      .max(20)
      .default([]),
    cooperation: z.enum(POSTURES),
    relations: z.number().min(-100).max(100),
    goodwill: z.number().min(0).max(100),
    tariff: z.number().min(0).max(100),
    enforcement: z.number().min(0).max(100),
    precursorFlow: z.number().min(0).max(200),
    altSupply: z.number().min(0).max(500),
    streetPrice: z.number().min(0).max(100_000),
    purity: z.number().min(0).max(100),
    deaths: z.number().min(0).max(1_000_000),
    deaths12m: z.number().min(0).max(4_000_000),
  })
  .strict();

/** A class's crises: each event set for a quarter at most once. */
export const crisesSchema = uniqueList(
  z.object({ turn: z.number().int().min(1).max(LIMITS.turns), event: worldEventSchema }).strict(),
  MAX_CRISES,
  'crisis',
);

/** How a saved game is played: one side against the AI, two teams on one device, or AI against AI. */
export const SEATS = ['us', 'china', 'hotseat', 'watch'] as const;
export type Seat = (typeof SEATS)[number];

export const saveSchema = z
  .object({
    format: z.literal('precursor-save'),
    version: z.literal(1),
    id: z.string().min(1).max(80),
    /** When it was saved, as the browser's clock said: shown in the list, never used by the model. */
    savedAt: z.string().max(40),
    seat: z.enum(SEATS),
    policies: z
      .object({
        us: z.enum([...US_POLICIES, ...AI_LEVELS]),
        china: z.enum([...CHINA_POLICIES, ...AI_LEVELS]),
      })
      .strict(),
    replay: replaySchema,
    records: z.array(turnRecordSchema).max(LIMITS.turns),
    /** A class game's settings: fewer quarters than the scenario, a turn clock. Absent otherwise. */
    settings: z
      .object({
        turns: z.number().int().min(1).max(LIMITS.turns).optional(),
        turnSeconds: z.number().int().min(0).max(3600).optional(),
        crises: crisesSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export interface Save {
  format: 'precursor-save';
  version: 1;
  id: string;
  savedAt: string;
  seat: Seat;
  policies: z.infer<typeof saveSchema>['policies'];
  replay: Replay;
  records: TurnRecord[];
  settings?: SaveSettings;
}

export interface SaveSettings {
  turns?: number;
  turnSeconds?: number;
  crises?: Crisis[];
}

export function parseSave(json: unknown, source: string): Result<Save> {
  return parseWith<Save>(saveSchema, json, source);
}
