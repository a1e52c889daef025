import { describe, expect, it } from 'vitest';
import { choiceOfSave, SAVE_PREFIX, SaveStore, SET_ASIDE_PREFIX } from '../../src/app/saves';
import { GameSession } from '../../src/app/session';
import { openSave, ReplayViewer, readImportedFile, readReplayCode } from '../../src/app/viewer';
import { runSim } from '../../src/cli/sim';
import { encodeReplayCode } from '../../src/core/code';
import { makeReplay } from '../../src/core/replay';
import { parseSave, type Save } from '../../src/core/save';
import { builtInScenario } from '../../src/core/scenarios';
import { MODEL_VERSION } from '../../src/core/state';
import { playGame } from '../../src/machine/driver';
import { resumableSave, saveRow } from '../../src/view/saves';
import { replayLink, shareView } from '../../src/view/share';
import { MapStorage } from '../helpers';

const choice = {
  scenarioId: 'truce-2026',
  seat: 'us' as const,
  usPolicy: 'reciprocal' as const,
  chinaPolicy: 'leverage' as const,
  seed: 7,
};

/** A US player who gives credit every turn; China is the computer. */
function playSession(turns: number, store?: SaveStore): GameSession {
  const s = new GameSession(choice);
  if (store) s.autosave(store, 'game-1', () => '2026-05-12T14:02:33.000Z');
  for (let i = 0; i < turns; i++) {
    s.pick('us', 0);
    s.endTurn('us');
    if (i < turns - 1) s.next();
  }
  return s;
}

describe('saves', () => {
  it('autosaves after every turn, and the save passes the core schema', () => {
    const storage = new MapStorage();
    const store = new SaveStore(storage);
    const s = playSession(3, store);
    const { saves, problems } = store.list();
    expect(problems).toEqual([]);
    expect(saves).toHaveLength(1);
    const save = saves[0] as Save;
    expect(parseSave(save, 'x').ok).toBe(true);
    expect(save.records).toEqual(s.turnsJson());
    expect(save.replay.modelVersion).toBe(MODEL_VERSION);
    expect(save.replay.turns).toHaveLength(3);
    expect(saveRow(save).summary).toBe(
      'Play the United States · after turn 3 of 8 · 2026-05-12 14:02 UTC',
    );
    s.stop();
  });

  it('offers to resume the newest unfinished game, never a finished one', () => {
    const store = new SaveStore(new MapStorage());
    const classChoice = { ...choice, turns: 2 };
    const older = new GameSession(classChoice);
    older.autosave(store, 'older', () => '2026-05-12T14:00:00.000Z');
    older.endTurn('us');
    older.stop();
    const done = new GameSession(classChoice);
    done.autosave(store, 'done', () => '2026-05-12T15:00:00.000Z');
    done.endTurn('us');
    done.next();
    done.endTurn('us');
    done.stop();
    const { saves } = store.list();
    expect(saves.map((x) => x.id)).toEqual(['done', 'older']);
    expect(saveRow(saves[0] as Save).finished).toBe(true);
    expect(resumableSave(saves)?.id).toBe('older');
    expect(resumableSave(saves.slice(0, 1))).toBeUndefined();
  });

  it('a resumed save continues exactly as the uninterrupted game', () => {
    const store = new SaveStore(new MapStorage());
    playSession(3, store).stop();
    const save = store.get('game-1') as Save;
    const opened = openSave(save);
    expect(opened.kind).toBe('resume');
    if (opened.kind !== 'resume') return;
    const resumed = new GameSession(opened.choice, opened.played);
    expect(resumed.phase()).toBe('report');
    expect(resumed.turnsJson()).toEqual(save.records);
    expect(resumed.snapshot.context.controllers).toEqual({ us: 'human', china: 'ai' });
    for (let i = 3; i < 8; i++) {
      resumed.next();
      resumed.pick('us', 0);
      resumed.endTurn('us');
    }
    const whole = playSession(8);
    expect(resumed.turnsJson()).toEqual(whole.turnsJson());
    expect(resumed.snapshot.context.game.rng).toEqual(whole.snapshot.context.game.rng);
    whole.stop();
    resumed.stop();
  });

  it('a class game’s quarters and turn clock are saved and come back on resume', () => {
    const store = new SaveStore(new MapStorage());
    const classChoice = { ...choice, turns: 2, turnSeconds: 90 };
    const s = new GameSession(classChoice);
    s.autosave(store, 'class-1', () => '2026-05-12T14:02:33.000Z');
    s.endTurn('us');
    s.stop();
    const save = store.get('class-1') as Save;
    expect(save.settings).toEqual({ turns: 2, turnSeconds: 90 });
    expect(saveRow(save).summary).toMatch(/after turn 1 of 2 ·/);
    const opened = openSave(save);
    expect(opened.kind === 'resume' && opened.choice).toEqual(classChoice);
    if (opened.kind !== 'resume') return;
    const resumed = new GameSession(opened.choice, opened.played);
    expect(resumed.snapshot.context.game.turns).toBe(2);
    expect(resumed.turnSeconds).toBe(90);
    resumed.stop();
    // An ordinary game's save carries no settings, and resumes as the whole scenario, untimed.
    const plain = playSession(1, store);
    plain.stop();
    expect((store.get('game-1') as Save).settings).toBeUndefined();
    expect(choiceOfSave(store.get('game-1') as Save)).toEqual(choice);
  });

  it('sets an unreadable save aside under another key and keeps the others', () => {
    const storage = new MapStorage();
    const store = new SaveStore(storage);
    playSession(1, store).stop();
    storage.setItem(`${SAVE_PREFIX}broken`, '{"format":"precursor-save", "version": 1');
    storage.setItem(`${SAVE_PREFIX}wrong`, JSON.stringify({ format: 'precursor-save' }));
    const { saves, problems } = store.list();
    expect(saves.map((s) => s.id)).toEqual(['game-1']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /set aside under “precursor\.unreadable\.broken” \(.*not valid JSON/,
    );
    expect(problems[1]).toMatch(/precursor\.unreadable\.wrong.*version/);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}broken`)).toContain('precursor-save');
    expect(storage.getItem(`${SAVE_PREFIX}broken`)).toBeNull();
    // Read again: nothing more to report, and the set-aside copy is still there.
    expect(store.list().problems).toEqual([]);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}broken`)).not.toBeNull();
  });

  it('deletes on purpose, and a full storage is a message', () => {
    const storage = new MapStorage();
    const store = new SaveStore(storage);
    const s = playSession(1);
    expect(store.put(s.toSave('a', '2026-01-01T00:00:00.000Z')).ok).toBe(true);
    expect(store.put(s.toSave('b', '2026-01-02T00:00:00.000Z')).ok).toBe(true);
    expect(store.list().saves.map((x) => x.id)).toEqual(['b', 'a']);
    store.remove('a');
    expect(store.list().saves.map((x) => x.id)).toEqual(['b']);
    storage.failWrites = true;
    const failed = store.put(s.toSave('c', '2026-01-03T00:00:00.000Z'));
    expect(failed).toEqual({ ok: false, error: expect.stringMatching(/storage is full/) });
    s.stop();
  });

  it('a game that cannot be saved says so on its screens, offers export, and saves again once it can', () => {
    const storage = new MapStorage();
    const store = new SaveStore(storage);
    storage.failWrites = true;
    const s = playSession(1, store);
    expect(storage.getItem(`${SAVE_PREFIX}game-1`)).toBeNull();
    expect(s.saveNotice()).toBe(
      'This game is not saved: the browser’s storage is full or switched off. Press S to export it as a file you can import later.',
    );
    expect(s.saveNotice('E')).toMatch(/Press E to export/);
    storage.failWrites = false;
    s.next();
    s.endTurn('us');
    expect(s.saveNotice()).toBeNull();
    expect(store.get('game-1')?.records).toHaveLength(2);
    s.stop();
    const nowhere = playSession(0);
    nowhere.markUnsaved('this game is not saved: this browser does not allow storage here');
    expect(nowhere.saveNotice()).toMatch(/^This game is not saved: this browser does not allow/);
    nowhere.stop();
  });

  it('a game whose figures a save cannot hold is not written, and the message says which', () => {
    const store = new SaveStore(new MapStorage());
    const s = playSession(1);
    const save = s.toSave('big', '2026-01-01T00:00:00.000Z');
    (save.records[0] as { deaths: number }).deaths = Number.POSITIVE_INFINITY;
    expect(store.put(save)).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^this game is not saved: its figures are outside what a save can hold \(save: records\[0\]\.deaths: /,
      ),
    });
    expect(store.list().saves).toEqual([]);
    s.stop();
  });

  it('an unreadable save is never dropped in silence: set aside with a message, or left in place with one', () => {
    const storage = new MapStorage();
    const store = new SaveStore(storage);
    storage.setItem(`${SAVE_PREFIX}odd`, '{"format":"precursor-save"}');
    // Looking one up by id leaves it where it is.
    expect(store.get('odd')).toBeNull();
    expect(storage.getItem(`${SAVE_PREFIX}odd`)).not.toBeNull();
    // With the storage full it cannot be moved aside: it stays, and the list says so.
    storage.failWrites = true;
    expect(store.list().problems).toEqual([
      expect.stringMatching(/^A saved game could not be read \(.*\); it stays where it was\.$/),
    ]);
    expect(storage.getItem(`${SAVE_PREFIX}odd`)).not.toBeNull();
    storage.failWrites = false;
    expect(store.list().problems).toEqual([expect.stringMatching(/set aside under/)]);
    expect(storage.getItem(`${SET_ASIDE_PREFIX}odd`)).toBe('{"format":"precursor-save"}');
  });

  it('a save from another model version opens read-only with its recorded figures', () => {
    const store = new SaveStore(new MapStorage());
    playSession(2, store).stop();
    const save = store.get('game-1') as Save;
    const old = { ...save, replay: { ...save.replay, modelVersion: MODEL_VERSION + 1 } };
    const opened = openSave(old);
    expect(opened.kind).toBe('view');
    if (opened.kind !== 'view') return;
    const v = opened.viewer;
    expect(v.live).toBe(false);
    expect(v.warning).toMatch(
      new RegExp(
        `model version ${MODEL_VERSION + 1}; this is version ${MODEL_VERSION}.*What was recorded is shown`,
      ),
    );
    v.goTo(2);
    expect(v.turnsJson()).toEqual(save.records);
    const frame = v.frame();
    expect(frame.report?.rules).toEqual([]);
    expect(frame.report?.changes.length).toBeGreaterThan(0);
    expect(v.takeOverBlocked()).toMatch(/another model version/);
    // Figures that the model no longer gives for the same moves are caught too.
    const tampered = structuredClone(save);
    (tampered.records[1] as { deaths: number }).deaths += 1;
    const second = openSave(tampered);
    expect(second.kind).toBe('view');
    if (second.kind === 'view') expect(second.viewer.warning).toMatch(/no longer gives/);
    expect(choiceOfSave(save)).toEqual(choice);
  });
});

describe('sharing', () => {
  it('offers a link where the page has an address others can open, and the code where it has none', () => {
    const replay = makeReplay('truce-2026', 7, [{ us: [{ type: 'giveCredit' }] }]);
    const served = shareView(replay, [], 'http://192.168.1.5:5173/?class=x');
    expect(served.linkable).toBe(true);
    expect(served.link).toBe(`http://192.168.1.5:5173/?replay=${served.code}`);
    const file = shareView(replay, [], 'file:///home/teacher/precursor.html');
    expect(file.linkable).toBe(false);
    expect(file.link).toBe(file.code);
    expect(file.intro).toMatch(/opened from a file/);
    expect(`${served.intro} ${file.intro}`).not.toMatch(/npm|sim tool/);
  });
});

describe('replay viewer', () => {
  const code = runSim(['--scenario', 'truce-2026', '--seed', '7', '--print-code']).trim();
  const simTurns = JSON.parse(runSim(['--replay-code', code, '--format', 'json'])).turns;

  it('steps through a code turn by turn with the sim tool’s turns', () => {
    const opened = readReplayCode(replayLink(code, 'http://127.0.0.1:5173/?x=1#y'));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const v = ReplayViewer.open(opened.value);
    if (!v.ok) throw new Error(v.error);
    const viewer = v.value;
    expect(viewer.total).toBe(8);
    expect(viewer.warning).toBeNull();
    expect(viewer.turnsJson()).toEqual([]);
    expect(viewer.frame().heading).toBe('Start');
    viewer.step(1);
    viewer.step(1);
    expect(viewer.turnsJson()).toEqual(simTurns.slice(0, 2));
    expect(viewer.frame().report?.rules.length).toBeGreaterThan(0);
    viewer.step(-1);
    expect(viewer.turnsJson()).toEqual(simTurns.slice(0, 1));
    viewer.goTo(99);
    expect(viewer.turnsJson()).toEqual(simTurns);
    expect(viewer.takeOverBlocked()).toMatch(/game is over/);
    expect(viewer.shareView('http://x/').code).toBe(code);
  });

  it('takes over at any turn as either side, keeping the seed and the moves so far', () => {
    const v = ReplayViewer.open({ replay: readCode(code), origin: 'test' });
    if (!v.ok) throw new Error(v.error);
    v.value.goTo(3);
    const plan = v.value.takeOver('china');
    if (!plan.ok) throw new Error(plan.error);
    const s = new GameSession(plan.value.choice, plan.value.played);
    expect(s.turnsJson()).toEqual(simTurns.slice(0, 3));
    expect(s.snapshot.context.controllers).toEqual({ us: 'ai', china: 'human' });
    s.next();
    expect(s.sideToMove()).toBe('china'); // the computer has already played the US side
    s.endTurn('china');
    expect(s.turnsJson()).toHaveLength(4);
    // The same as a headless game with these four turns scripted.
    const scenario = builtInScenario('truce-2026');
    if (!scenario) throw new Error('scenario');
    const script = s.turnsJson().map((t) => ({ us: t.usMoves, china: t.chinaMoves }));
    const headless = playGame(
      { scenario, seed: 7, controllers: { us: 'human', china: 'human' } },
      script,
      4,
    );
    expect(headless.context.history).toEqual(s.turnsJson());
    s.stop();
  });

  it('refuses bad codes and files with one message naming what is wrong', () => {
    expect(readReplayCode('')).toEqual({ ok: false, error: 'replay code: nothing was entered' });
    expect(readReplayCode('hello')).toMatchObject({
      ok: false,
      error: /not a Precursor replay code/,
    });
    const broken = `${code.slice(0, -1)}${code.endsWith('a') ? 'b' : 'a'}`;
    expect(readReplayCode(broken)).toMatchObject({ ok: false, error: /checksum/ });
    expect(readImportedFile('game.json', '{nope')).toMatchObject({
      ok: false,
      error: /^game\.json: not valid JSON/,
    });
    const bad = { ...makeReplay('truce-2026', 1, [{ us: [{ type: 'fly' }] }] as never) };
    const r = readImportedFile('bad.json', JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.split('\n')).toHaveLength(1);
    if (!r.ok) expect(r.error).toMatch(/^bad\.json: turn 1:/);
    const unknown = { ...makeReplay('truce-2026', 1, []), scenario: 'atlantis' };
    const opened = readImportedFile('u.json', JSON.stringify(unknown));
    if (!opened.ok) throw new Error(opened.error);
    expect(ReplayViewer.open(opened.value)).toMatchObject({
      ok: false,
      error: /“atlantis” is not one of this game’s scenarios/,
    });
  });

  it('a code from another model version says so and shows the recorded moves only', () => {
    const old = { ...readCode(code), modelVersion: MODEL_VERSION + 1 };
    const opened = readReplayCode(encodeReplayCode(old));
    if (!opened.ok) throw new Error(opened.error);
    const v = ReplayViewer.open(opened.value);
    if (!v.ok) throw new Error(v.error);
    expect(v.value.warning).toMatch(`recorded with model version ${MODEL_VERSION + 1}`);
    v.value.goTo(1);
    const frame = v.value.frame();
    expect(frame.report?.moves.length).toBeGreaterThan(0);
    expect(frame.note).toMatch(/figures were not recorded/);
    // Sharing it again keeps its version.
    expect(v.value.shareView('http://x/').code).toBe(encodeReplayCode(old));
  });
});

function readCode(code: string) {
  const r = readReplayCode(code);
  if (!r.ok) throw new Error(r.error);
  return r.value.replay;
}

describe('a replay longer than its scenario', () => {
  it('is refused by the viewer, from a file or a save, instead of being cut short', () => {
    const long = makeReplay(
      'truce-2026',
      1,
      Array.from({ length: 9 }, () => ({})),
    );
    expect(readImportedFile('long.json', JSON.stringify(long)).ok).toBe(true);
    expect(ReplayViewer.open({ replay: long, origin: 'long.json' })).toEqual({
      ok: false,
      error: "long.json: turns: the replay has 9 turns, more than the 8 of scenario 'truce-2026'",
    });
  });
});
