/**
 * Saved games in the browser's storage: one key per game, each read back through the core's save
 * schema. No Phaser and no clock here: the page hands in its Storage (tests pass a fake one).
 */
import { parseJsonText } from '../core/replay';
import { fail, ok, type Result } from '../core/result';
import { parseSave, type Save, type SaveSettings } from '../core/save';
import { firstLine } from '../view/saves';
import type { SetupChoice } from '../view/setup';
import { t } from '../words';

/** The part of the DOM's Storage this module uses, so Node tests can pass a Map-backed fake. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const SAVE_PREFIX = 'precursor.save.';
/** Where a save that cannot be read is moved, so nothing a player made is ever thrown away. */
export const SET_ASIDE_PREFIX = 'precursor.unreadable.';

export interface SaveListing {
  /** Readable saves, newest first. */
  saves: Save[];
  /** One sentence per save that could not be read and was set aside. */
  problems: string[];
}

export class SaveStore {
  constructor(private readonly storage: StorageLike) {}

  /** Every save, read through the schema; unreadable ones are moved aside and reported. */
  list(): SaveListing {
    const saves: Save[] = [];
    const problems: string[] = [];
    for (const key of this.keys()) {
      const raw = this.storage.getItem(key);
      const name = key.slice(SAVE_PREFIX.length);
      const parsed = readSave(raw ?? '', t('app.origin.savedNamed', { name }));
      if (parsed.ok) saves.push(parsed.value);
      else problems.push(this.setAside(key, raw ?? '', parsed.error));
    }
    saves.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
    return { saves, problems };
  }

  /** One save by id, or null when there is none or it cannot be read (it is left where it is). */
  get(id: string): Save | null {
    const raw = this.storage.getItem(SAVE_PREFIX + id);
    const parsed = raw === null ? null : readSave(raw, t('app.origin.savedNamed', { name: id }));
    return parsed?.ok ? parsed.value : null;
  }

  /**
   * Writes (or overwrites) a save. Whatever stops it — a full or switched-off storage, or a game
   * whose figures a save cannot hold — comes back as a sentence for the player, never a throw.
   */
  put(save: Save): Result<true> {
    const checked = parseSave(save, 'save');
    if (!checked.ok) return fail(t('app.save.tooLarge', { reason: firstLine(checked.error) }));
    try {
      this.storage.setItem(SAVE_PREFIX + save.id, JSON.stringify(save));
      return ok(true);
    } catch {
      return fail(t('app.save.storageFull'));
    }
  }

  remove(id: string): void {
    this.storage.removeItem(SAVE_PREFIX + id);
  }

  private keys(): string[] {
    const keys: string[] = [];
    for (let i = 0; i < this.storage.length; i++) {
      const key = this.storage.key(i);
      if (key?.startsWith(SAVE_PREFIX)) keys.push(key);
    }
    return keys;
  }

  private setAside(key: string, raw: string, error: string): string {
    const name = key.slice(SAVE_PREFIX.length);
    let target = SET_ASIDE_PREFIX + name;
    for (let n = 2; this.storage.getItem(target) !== null; n++)
      target = `${SET_ASIDE_PREFIX}${name}.${n}`;
    const reason = firstLine(error);
    try {
      this.storage.setItem(target, raw);
      this.storage.removeItem(key);
      return t('app.save.setAside', { name: target, reason });
    } catch {
      return t('app.save.unreadable', { reason });
    }
  }
}

function readSave(raw: string, source: string): Result<Save> {
  const json = parseJsonText(raw, source);
  return json.ok ? parseSave(json.value, source) : json;
}

/** A saved game's choice: its scenario, seat, personalities, seed and any class settings. */
export function choiceOfSave(save: Save): SetupChoice {
  const { turns, turnSeconds, crises } = save.settings ?? {};
  return {
    scenarioId: save.replay.scenario,
    seat: save.seat,
    usPolicy: save.policies.us,
    chinaPolicy: save.policies.china,
    seed: save.replay.seed,
    ...(turns !== undefined ? { turns } : {}),
    ...(turnSeconds ? { turnSeconds } : {}),
    ...(crises?.length ? { crises } : {}),
  };
}

/** The part of a save that holds a class game's settings; nothing for an ordinary game. */
export function settingsOf(choice: SetupChoice): { settings?: SaveSettings } {
  const settings: SaveSettings = {
    ...(choice.turns !== undefined ? { turns: choice.turns } : {}),
    ...(choice.turnSeconds ? { turnSeconds: choice.turnSeconds } : {}),
    ...(choice.crises?.length ? { crises: choice.crises } : {}),
  };
  return Object.keys(settings).length > 0 ? { settings } : {};
}
