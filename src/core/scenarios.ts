import history2018 from '../../scenarios/history-2018.json';
import pelosi2022 from '../../scenarios/pelosi-2022.json';
import sandbox from '../../scenarios/sandbox.json';
import truce2026 from '../../scenarios/truce-2026.json';
import { t } from '../words';
import { parseScenario, type Scenario } from './scenario';

const BUILT_IN: Record<string, unknown> = {
  'truce-2026': truce2026,
  'history-2018': history2018,
  'pelosi-2022': pelosi2022,
  sandbox,
};

/** The scenarios that ship with the game, validated once when first asked for. */
let cache: Map<string, Scenario> | null = null;

export function builtInScenarios(): Map<string, Scenario> {
  if (cache) return cache;
  cache = new Map();
  for (const [id, json] of Object.entries(BUILT_IN)) {
    const parsed = parseScenario(json, `scenarios/${id}.json`);
    if (!parsed.ok) throw new Error(parsed.error);
    cache.set(id, parsed.value);
  }
  return cache;
}

export function builtInScenario(id: string): Scenario | undefined {
  return builtInScenarios().get(id);
}

/** Why a replay or code naming `id` cannot be played here: no scenario of the game has it. */
export function unknownScenario(id: string): string {
  return t('check.unknownScenario', { scenario: id });
}

export const SCENARIO_IDS = Object.keys(BUILT_IN);
