import Phaser from 'phaser';
import type { Save, ViewerSource } from '../app/index';
import { Button } from '../ui/Button';
import { DomField, FilePicker } from '../ui/DomField';
import { type Focusable, FocusList } from '../ui/FocusList';
import { onKeyDown, restartScene } from '../ui/keyboard';
import { BACK_BUTTON, DESIGN, MARGIN, REPLAY, saveButton } from '../ui/layout';
import { download, pageAddress } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { resumeSave, saveStore } from './flow';
import { SCENE } from './keys';
import { loadSessionModule, type SessionModule } from './load';
import { setViewer, takeSaveProblems } from './registry';
import { caption } from './reportBody';

interface ReplayData {
  message?: string;
  page?: number;
  focus?: number;
}

/**
 * The way into replays and saved games: paste a code or a link, import a replay file, or pick a
 * saved game to resume, watch, export or delete.
 */
export class ReplayScene extends Phaser.Scene {
  private message!: Phaser.GameObjects.Text;
  private armedDelete: string | null = null;

  constructor() {
    super(SCENE.replay);
  }

  create(data: ReplayData): void {
    this.armedDelete = null;
    new ScreenHeader(this, 'Precursor · Replay', 'Codes, files and saved games');
    const loading = addText(this, MARGIN, 96, 'Loading the model…', {
      color: css(PALETTE.textMuted),
    });
    const back = new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: '← Back',
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.scene.start(SCENE.title),
    });
    void loadSessionModule().then((m) => {
      if (!this.sys.isActive()) return;
      loading.destroy();
      this.build(m, back, data);
      kickRender(this);
    });
  }

  private build(m: SessionModule, back: Button, data: ReplayData): void {
    caption(this, MARGIN, 80, 'Open a replay code or link');
    const field = new DomField(this, REPLAY.field, {
      label: 'Replay code or link',
      placeholder: 'p2.…  or a link ending in ?replay=p2.…',
      onSubmit: (text) => this.openCode(m, text),
    });
    const open = new Button(this, REPLAY.open.x, REPLAY.open.y, {
      label: 'Open ▶',
      width: REPLAY.open.w,
      height: REPLAY.open.h,
      primary: true,
      onActivate: () => this.openCode(m, field.value),
    });
    const picker = new FilePicker(
      this,
      '.json,application/json',
      (name, text) => this.openFile(m, name, text),
      (message) => this.say(message),
      m.LIMITS.fileBytes,
    );
    const importButton = new Button(this, REPLAY.import.x, REPLAY.import.y, {
      label: 'Import a file (.json)…',
      shortcut: 'I',
      width: REPLAY.import.w,
      height: REPLAY.import.h,
      labelSize: 16,
      onActivate: () => picker.open(),
    });
    this.message = addText(this, MARGIN, REPLAY.messageY, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: DESIGN.width - MARGIN * 2 },
      lineSpacing: 3,
    }).setMaxLines(3);

    const store = saveStore(m);
    const listing = store?.list() ?? { saves: [], problems: [] };
    const problems = [...takeSaveProblems(this), ...listing.problems];
    const messages = [data.message, ...problems].filter((t): t is string => Boolean(t));
    if (!store)
      messages.push('This browser does not allow storage here, so games cannot be saved.');
    if (messages.length) this.say(messages.join('\n'));

    const classResults = new Button(this, REPLAY.classResults.x, REPLAY.classResults.y, {
      label: 'Class results ▶',
      shortcut: 'C',
      width: REPLAY.classResults.w,
      height: REPLAY.classResults.h,
      labelSize: 16,
      onActivate: () => this.scene.start(SCENE.classResults),
    });
    const items: Focusable[] = [back, field, open, importButton, classResults];
    const saves = listing.saves;
    const pages = Math.max(1, Math.ceil(saves.length / REPLAY.rows));
    const page = Math.min(data.page ?? 0, pages - 1);
    caption(
      this,
      MARGIN,
      REPLAY.listY - 26,
      `Saved games · newest first${pages > 1 ? ` · page ${page + 1} of ${pages} ([ ] to turn)` : ''}`,
    );
    if (saves.length === 0)
      addText(
        this,
        MARGIN,
        REPLAY.listY,
        'No saved games yet. A game saves itself after every turn.',
        {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
        },
      );
    saves.slice(page * REPLAY.rows, (page + 1) * REPLAY.rows).forEach((save, row) => {
      items.push(...this.saveRow(m, save, row, page));
    });
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 12,
      'Tab / arrows move · Enter chooses · Enter in the box opens the code · I import · C class results · Esc back',
    );
    new FocusList(this, items, {
      numberKeys: false,
      initial: data.focus ?? 0,
      onBack: () => this.scene.start(SCENE.title),
    });
    onKeyDown(this, (e: KeyboardEvent) => {
      const K = KEYS.replay;
      if (pressed(e, K.importFile)) picker.open();
      else if (pressed(e, K.classResults)) this.scene.start(SCENE.classResults);
      else if (pressed(e, K.nextPage) && page < pages - 1) restartScene(this, { page: page + 1 });
      else if (pressed(e, K.previousPage) && page > 0) restartScene(this, { page: page - 1 });
    });
  }

  private saveRow(m: SessionModule, save: Save, row: number, page: number): Button[] {
    const r = m.saveRow(save);
    const y = REPLAY.listY + row * REPLAY.rowStep;
    const g = this.add.graphics();
    g.lineStyle(1, PALETTE.rule, 1).lineBetween(MARGIN, y - 9.5, DESIGN.width - MARGIN, y - 9.5);
    addText(this, MARGIN, y, r.title, {
      fontSize: `${TYPE_SIZE.label}px`,
      fontStyle: 'bold',
    });
    addText(this, MARGIN, y + 22, r.summary, {
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.textMuted),
    });
    const button = (which: 0 | 1 | 2 | 3, label: string, onActivate: () => void) => {
      const rect = saveButton(row, which);
      return new Button(this, rect.x, rect.y, {
        label,
        width: rect.w,
        height: rect.h,
        labelSize: 15,
        onActivate,
      });
    };
    const del = button(3, 'Delete', () => {
      if (this.armedDelete !== save.id) {
        this.armedDelete = save.id;
        del.setLabel('Press again');
        this.say(`Press Delete again to remove “${r.title}” (${r.summary}) for good.`);
        return;
      }
      saveStore(m)?.remove(save.id);
      restartScene(this, { page, message: `Deleted “${r.title}”.` } satisfies ReplayData);
    });
    return [
      button(0, r.finished ? 'Debrief' : 'Resume', () => resumeSave(this, m, save)),
      button(1, 'Watch', () => this.openSource(m, m.sourceOfSave(save))),
      button(2, 'Export', () => {
        const view = m.shareView(save.replay, save.records, pageAddress());
        download(`${view.fileStem}.json`, view.replayJson, 'application/json');
        this.say(`Saved ${view.fileStem}.json to your downloads.`);
      }),
      del,
    ];
  }

  private say(text: string): void {
    this.message.setText(text);
    kickRender(this);
  }

  private openCode(m: SessionModule, text: string): void {
    const source = m.readReplayCode(text);
    if (!source.ok) this.say(source.error);
    else this.openSource(m, source.value);
  }

  private openFile(m: SessionModule, name: string, text: string): void {
    if (!this.sys.isActive()) return;
    const source = m.readImportedFile(name, text);
    if (!source.ok) this.say(source.error);
    else this.openSource(m, source.value);
  }

  private openSource(m: SessionModule, source: ViewerSource): void {
    const viewer = m.ReplayViewer.open(source);
    if (!viewer.ok) {
      this.say(viewer.error);
      return;
    }
    setViewer(this, viewer.value);
    this.scene.start(SCENE.viewer);
  }
}

/**
 * Opens a link's replay code straight in the viewer; a bad code opens the Replay screen with the
 * message saying what is wrong.
 */
export function openReplayLink(scene: Phaser.Scene, code: string): void {
  void loadSessionModule().then((m) => {
    const source = m.readReplayCode(code);
    const viewer = source.ok ? m.ReplayViewer.open(source.value) : source;
    if (!viewer.ok) {
      scene.scene.start(SCENE.replay, { message: viewer.error } satisfies ReplayData);
      return;
    }
    setViewer(scene, viewer.value);
    scene.scene.start(SCENE.viewer);
  });
}
