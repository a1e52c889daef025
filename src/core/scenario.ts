import { t } from '../words';
import { LIMITS } from './limits';
import { CHINA_MOVE_TYPES, US_MOVE_TYPES } from './moves';
import { PARAMS } from './params';
import type { Result } from './result';
import { briefSchema, translationsSchema } from './scenarioWords';
import {
  chinaMovesSchema,
  parseWith,
  scenarioIdSchema,
  schemaProblems,
  uniqueList,
  usMovesSchema,
  worldEventSchema,
  worldSchema,
} from './schema';
import { type MoveType, WORLD_EVENTS } from './vocabulary';
import { z } from './zod';

export const scenarioSchema = z
  .object({
    /** Lets an editor find the published JSON Schema; ignored by the game. */
    $schema: z.string().max(200).optional(),
    id: scenarioIdSchema,
    title: z.string().min(1).max(120),
    briefing: z.string().min(1).max(4000),
    start: z
      .object({
        year: z.number().int().min(2000).max(2100),
        quarter: z.number().int().min(1).max(4),
      })
      .strict(),
    turns: z.number().int().min(1).max(LIMITS.turns),
    budget: z
      .object({ us: z.number().int().min(1).max(10), china: z.number().int().min(1).max(10) })
      .strict(),
    initial: worldSchema,
    truce: z
      .object({ reassessAfter: z.number().int().min(1).max(LIMITS.turns) })
      .strict()
      .nullable(),
    scripted: z
      .array(
        z
          .object({
            turn: z.number().int().min(1).max(LIMITS.turns),
            events: uniqueList(worldEventSchema, WORLD_EVENTS.length, 'event'),
          })
          .strict(),
      )
      .max(LIMITS.turns),
    randomEvents: z
      .array(z.object({ event: worldEventSchema, chance: z.number().min(0).max(1) }).strict())
      .max(10),
    moves: z
      .object({
        us: uniqueList(
          z.enum(US_MOVE_TYPES as [MoveType, ...MoveType[]]),
          US_MOVE_TYPES.length,
          'move',
        ).min(1),
        china: uniqueList(
          z.enum(CHINA_MOVE_TYPES as [MoveType, ...MoveType[]]),
          CHINA_MOVE_TYPES.length,
          'move',
        ).min(1),
      })
      .strict(),
    historical: z
      .array(z.object({ us: usMovesSchema, china: chinaMovesSchema }).strict())
      .max(LIMITS.turns)
      .optional(),
    briefs: z.object({ us: briefSchema, china: briefSchema }).strict().optional(),
    actual: z
      .array(
        z
          .object({
            turn: z.number().int().min(1).max(LIMITS.turns),
            note: z.string().max(400),
            deaths12m: z.number().min(0).max(4_000_000).optional(),
          })
          .strict(),
      )
      .max(LIMITS.turns)
      .optional(),
    translations: translationsSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    // The deaths before the start, over the people fentanyl reaches, set how deadly the world is:
    // bounded, so no start multiplies deaths past anything a save holds (docs/MODEL.md, "Bounds").
    const w = s.initial;
    const exposure =
      w.users * w.penetration * (1 - (PARAMS.naloxoneProtection * w.naloxoneReach) / 100);
    const lastDeaths = w.deathsBefore[w.deathsBefore.length - 1] ?? 0;
    if (exposure > 0 && lastDeaths / exposure > PARAMS.maxLethality)
      ctx.addIssue({
        code: 'custom',
        path: ['initial', 'deathsBefore'],
        message: t('check.lethality', {
          deaths: Math.round(lastDeaths),
          max: PARAMS.maxLethality,
        }),
      });
    const scriptedTurns = new Set<number>();
    for (const [i, e] of s.scripted.entries()) {
      if (e.turn > s.turns)
        ctx.addIssue({
          code: 'custom',
          path: ['scripted', i, 'turn'],
          message: t('check.afterLastTurn', { turns: s.turns }),
        });
      if (scriptedTurns.has(e.turn))
        ctx.addIssue({
          code: 'custom',
          path: ['scripted', i, 'turn'],
          message: t('check.scriptedTwice', { turn: e.turn }),
        });
      scriptedTurns.add(e.turn);
    }
    if (s.historical && s.historical.length > s.turns)
      ctx.addIssue({
        code: 'custom',
        path: ['historical'],
        message: t('check.historicalTurns', { n: s.historical.length, turns: s.turns }),
      });
  });

export type Scenario = z.infer<typeof scenarioSchema>;

/** Validates a scenario document; the error names the file and the field. */
export function parseScenario(json: unknown, file: string): Result<Scenario> {
  return parseWith<Scenario>(scenarioSchema, json, file);
}

/** Every problem of a scenario document, one line each: what `sim --check` lists. */
export function scenarioProblems(json: unknown, file: string): string[] {
  return schemaProblems(scenarioSchema, json, file);
}

// Playing a scenario needs no schema: the planning worker imports these from world.ts alone.
export { eventsForTurn, startGame } from './world';

/** The JSON Schema of scenario files, published as scenarios/scenario.schema.json for editors. */
export function scenarioJsonSchema(): unknown {
  return {
    ...z.toJSONSchema(scenarioSchema, { unrepresentable: 'any' }),
    title: 'Precursor scenario',
    description: 'A scenario for Precursor. Check one with: npm run --silent sim -- --check <file>',
  };
}
