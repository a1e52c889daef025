import { z } from 'zod';
import type { Replay } from './replay';
import { replaySchema } from './replay';
import type { Result } from './result';
import { moveSchema, parseWith, worldEventSchema } from './schema';
import type { TurnRecord } from './turn';
import {
  AI_LEVELS,
  CHINA_POLICIES,
  type Crisis,
  MAX_CRISES,
  POSTURES,
  SIDES,
  US_POLICIES,
} from './vocabulary';

/** One turn as recorded: the `sim` tool's JSON turn. Saves keep them so old games can be shown as played. */
export const turnRecordSchema = z
  .object({
    turn: z.number().int().min(1),
    label: z.string().max(20),
    usMoves: z.array(moveSchema),
    chinaMoves: z.array(moveSchema),
    refused: z.array(
      z.object({ side: z.enum(SIDES), move: moveSchema, reason: z.string().max(300) }).strict(),
    ),
    events: z.array(worldEventSchema),
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
    records: z.array(turnRecordSchema).max(40),
    /** A class game's settings: fewer quarters than the scenario, a turn clock. Absent otherwise. */
    settings: z
      .object({
        turns: z.number().int().min(1).max(40).optional(),
        turnSeconds: z.number().int().min(0).max(3600).optional(),
        crises: z
          .array(
            z.object({ turn: z.number().int().min(1).max(40), event: worldEventSchema }).strict(),
          )
          .max(MAX_CRISES)
          .optional(),
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
