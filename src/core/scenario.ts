import { z } from 'zod';
import type { Result } from './result';
import { chinaMoveSchema, parseWith, usMoveSchema, worldEventSchema, worldSchema } from './schema';
import { CHINA_MOVE_TYPES, type Move, US_MOVE_TYPES } from './vocabulary';

/** A side's confidential brief, shown only to that side. */
const briefSchema = z
  .object({
    situation: z.string().min(1).max(600),
    wants: z.string().min(1).max(400),
    fears: z.string().min(1).max(400),
    redLines: z.string().min(1).max(400),
    fallback: z.string().min(1).max(400),
    otherSide: z.string().min(1).max(400),
  })
  .strict();

export const scenarioSchema = z
  .object({
    /** Lets an editor find the published JSON Schema; ignored by the game. */
    $schema: z.string().max(200).optional(),
    id: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and dashes'),
    title: z.string().min(1).max(120),
    briefing: z.string().min(1).max(4000),
    start: z
      .object({
        year: z.number().int().min(2000).max(2100),
        quarter: z.number().int().min(1).max(4),
      })
      .strict(),
    turns: z.number().int().min(1).max(40),
    budget: z
      .object({ us: z.number().int().min(1).max(10), china: z.number().int().min(1).max(10) })
      .strict(),
    initial: worldSchema,
    truce: z
      .object({ reassessAfter: z.number().int().min(1).max(40) })
      .strict()
      .nullable(),
    scripted: z.array(
      z.object({ turn: z.number().int().min(1), events: z.array(worldEventSchema) }).strict(),
    ),
    randomEvents: z
      .array(z.object({ event: worldEventSchema, chance: z.number().min(0).max(1) }).strict())
      .max(10),
    moves: z
      .object({
        us: z.array(z.enum(US_MOVE_TYPES)).min(1),
        china: z.array(z.enum(CHINA_MOVE_TYPES)).min(1),
      })
      .strict(),
    historical: z
      .array(z.object({ us: z.array(usMoveSchema), china: z.array(chinaMoveSchema) }).strict())
      .optional(),
    briefs: z.object({ us: briefSchema, china: briefSchema }).strict().optional(),
    actual: z
      .array(
        z
          .object({
            turn: z.number().int().min(1),
            note: z.string().max(400),
            deaths12m: z.number().min(0).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    for (const [i, e] of s.scripted.entries())
      if (e.turn > s.turns)
        ctx.addIssue({
          code: 'custom',
          path: ['scripted', i, 'turn'],
          message: `is after the last turn (${s.turns})`,
        });
    if (s.historical && s.historical.length > s.turns)
      ctx.addIssue({
        code: 'custom',
        path: ['historical'],
        message: `has ${s.historical.length} turns, more than the scenario's ${s.turns}`,
      });
  });

export type Scenario = z.infer<typeof scenarioSchema>;

/** Validates a scenario document; the error names the file and the field. */
export function parseScenario(json: unknown, file: string): Result<Scenario> {
  return parseWith<Scenario>(scenarioSchema, json, file);
}

// Playing a scenario needs no schema: the planning worker imports these from world.ts alone.
export { eventsForTurn, startGame } from './world';

export function historicalMoves(
  scenario: Scenario,
  turnIndex: number,
): { us: Move[]; china: Move[] } | null {
  const t = scenario.historical?.[turnIndex];
  return t ? { us: t.us as Move[], china: t.china as Move[] } : null;
}

/** The JSON Schema of scenario files, published as scenarios/scenario.schema.json for editors. */
export function scenarioJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(scenarioSchema, { unrepresentable: 'any' }),
    title: 'Precursor scenario',
    description: 'A scenario for Precursor. Check one with: npm run --silent sim -- --check <file>',
  };
}
