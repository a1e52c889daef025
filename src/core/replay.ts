import { z } from 'zod';
import { LIMITS } from './limits';
import { fail, ok, type Result } from './result';
import {
  chinaMovesSchema,
  injectsSchema,
  oneLine,
  parseWith,
  scenarioIdSchema,
  usMovesSchema,
} from './schema';
import { MODEL_VERSION } from './state';
import type { Move, WorldEvent } from './vocabulary';

/**
 * Replay format v1, a public interface: a scenario, a seed, and per turn the moves of each side and
 * a facilitator's injects. A side whose key is absent is played by its policy; [] means it passes.
 */
export const replaySchema = z
  .object({
    format: z.literal('precursor-replay'),
    version: z.literal(1),
    modelVersion: z.number().int().min(1).max(LIMITS.modelVersion).optional(),
    scenario: scenarioIdSchema,
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    turns: z
      .array(
        z
          .object({
            us: usMovesSchema.optional(),
            china: chinaMovesSchema.optional(),
            inject: injectsSchema.optional(),
          })
          .strict(),
      )
      .max(LIMITS.turns),
  })
  .strict();

export interface ReplayTurn {
  us?: Move[];
  china?: Move[];
  inject?: WorldEvent[];
}

export interface Replay {
  format: 'precursor-replay';
  version: 1;
  modelVersion?: number;
  scenario: string;
  seed: number;
  turns: ReplayTurn[];
}

export function parseReplay(json: unknown, file: string): Result<Replay> {
  return parseWith<Replay>(replaySchema, json, file);
}

/** A replay may hold no more turns than its scenario has: the rest would be dropped unplayed. */
export function fitsScenario(
  replay: Replay,
  scenario: { id: string; turns: number },
  source: string,
): Result<Replay> {
  if (replay.turns.length <= scenario.turns) return ok(replay);
  return fail(
    `${source}: turns: the replay has ${replay.turns.length} turns, more than the ${scenario.turns} of scenario '${scenario.id}'`,
  );
}

/** JSON text from a file or storage; a UTF-8 byte-order mark at the start is allowed, as browsers do. */
export function parseJsonText(text: string, file: string): Result<unknown> {
  try {
    return ok(JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text));
  } catch (e) {
    return fail(oneLine(`${file}: not valid JSON (${(e as Error).message})`, 200));
  }
}

/** A replay of what was played; a turn's `inject` is left out when nothing was injected. */
export function makeReplay(scenario: string, seed: number, turns: readonly ReplayTurn[]): Replay {
  const canonical = turns.map(({ inject, ...sides }) =>
    inject?.length ? { ...sides, inject } : sides,
  );
  return {
    format: 'precursor-replay',
    version: 1,
    modelVersion: MODEL_VERSION,
    scenario,
    seed,
    turns: canonical,
  };
}

/**
 * When a replay was recorded under another version of the model, it may play differently now:
 * say so plainly. Null when the versions agree or the replay does not say.
 */
export function versionNote(replay: Replay): string | null {
  if (replay.modelVersion === undefined || replay.modelVersion === MODEL_VERSION) return null;
  return `this replay was recorded with model version ${replay.modelVersion}; this is version ${MODEL_VERSION}, so the same moves may now play out differently`;
}
