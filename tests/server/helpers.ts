import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import type { BySide, Policy } from '../../src/core/vocabulary';
import { playGame } from '../../src/machine/driver';
import type { ClassSettingsInput } from '../../src/server/protocol';
import { scenario } from '../helpers';

export const SETTINGS: ClassSettingsInput = {
  scenario: 'truce-2026',
  seed: 7,
  turns: 4,
  turnSeconds: 0,
};

/** Creates a class over HTTP: its id and teacher token. */
export async function createClass(
  url: string,
  settings: unknown = SETTINGS,
): Promise<{ status: number; body: { classId: string; teacherToken: string; error?: string } }> {
  const res = await fetch(`${url}/api/classes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  return { status: res.status, body: await res.json() };
}

/** The same game played headless through the statechart, both sides by the computer: its code. */
export function headlessCode(settings: ClassSettingsInput, policies: BySide<Policy>): string {
  const sc = scenario(settings.scenario);
  const snapshot = playGame({
    scenario: sc,
    seed: settings.seed,
    turns: settings.turns,
    controllers: { us: 'ai', china: 'ai' },
    policies,
    ...(settings.crises ? { crises: settings.crises } : {}),
  });
  return encodeReplayCode(makeReplay(sc, settings.seed, snapshot.context.played));
}
