import type Phaser from 'phaser';
import type { Save, ViewerSource } from '../app/index';
import { Button } from '../ui/Button';
import { DomField, FilePicker } from '../ui/DomField';
import type { Focusable } from '../ui/FocusList';
import { restartScene } from '../ui/keyboard';
import { BACK_BUTTON, DESIGN, MARGIN, REPLAY, saveButton } from '../ui/layout';
import { download, pageAddress } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { resumeSave, saveStore } from './flow';
import { SCENE } from './keys';
import { loadSessionModule, type SessionModule } from './load';
import { setViewer, takeSaveProblems } from './registry';
import { Screen } from './screen';

interface ReplayData {
  message?: string;
  page?: number;
  focus?: number;
}

/**
 * The way into replays and saved games: paste a code or a link, import a replay file, or pick a
 * saved game to resume, watch, export or delete.
 */
export class ReplayScene extends Screen {
  private message!: Phaser.GameObjects.Text;
  private armedDelete: string | null = null;
  private m!: SessionModule;

  constructor() {
    super(SCENE.replay);
  }

  create(data: ReplayData): void {
    this.armedDelete = null;
    new ScreenHeader(this, t('screen.replay.title'), t('screen.replay.subtitle'));
    const loading = addText(this, MARGIN, 96, t('screen.replay.loading'), {
      color: css(PALETTE.textMuted),
    });
    const back = new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: t('screen.replay.button.back'),
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.scene.start(SCENE.title),
    });
    this.withSession((m) => {
      loading.destroy();
      this.m = m;
      this.build(back, data);
      this.drawn();
    });
  }

  private build(back: Button, data: ReplayData): void {
    const { items: opening, picker } = this.openingPart();
    this.message = addText(this, MARGIN, REPLAY.messageY, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.caution),
      wordWrap: { width: DESIGN.width - MARGIN * 2 },
      lineSpacing: 3,
    }).setMaxLines(3);
    const saves = this.savesPart(data);
    const classResults = new Button(this, REPLAY.classResults.x, REPLAY.classResults.y, {
      label: t('screen.replay.button.classResults'),
      shortcut: 'C',
      width: REPLAY.classResults.w,
      height: REPLAY.classResults.h,
      labelSize: 16,
      onActivate: () => this.scene.start(SCENE.classResults),
    });
    this.hint(t('screen.replay.hint'));
    this.focus([back, ...opening, classResults, ...saves.items], {
      numberKeys: false,
      initial: data.focus ?? 0,
      onBack: () => this.scene.start(SCENE.title),
    });
    const K = KEYS.replay;
    const { page, pages } = saves;
    this.keys((e: KeyboardEvent) => {
      if (pressed(e, K.importFile)) picker.open();
      else if (pressed(e, K.classResults)) this.scene.start(SCENE.classResults);
      else if (pressed(e, K.nextPage) && page < pages - 1) restartScene(this, { page: page + 1 });
      else if (pressed(e, K.previousPage) && page > 0) restartScene(this, { page: page - 1 });
    });
  }

  /** The code field, its Open button, and the file import. */
  private openingPart(): { items: Focusable[]; picker: FilePicker } {
    const m = this.m;
    this.caption(MARGIN, 80, t('screen.replay.code.caption'));
    const field = new DomField(this, REPLAY.field, {
      label: t('screen.replay.code.label'),
      placeholder: t('screen.replay.code.placeholder'),
      onSubmit: (text) => this.openCode(text),
    });
    const open = new Button(this, REPLAY.open.x, REPLAY.open.y, {
      label: t('screen.replay.button.open'),
      width: REPLAY.open.w,
      height: REPLAY.open.h,
      primary: true,
      onActivate: () => this.openCode(field.value),
    });
    const picker = new FilePicker(
      this,
      '.json,application/json',
      (name, text) => this.openFile(name, text),
      (message) => this.say(message),
      m.LIMITS.fileBytes,
    );
    const importButton = new Button(this, REPLAY.import.x, REPLAY.import.y, {
      label: t('screen.replay.button.import'),
      shortcut: 'I',
      width: REPLAY.import.w,
      height: REPLAY.import.h,
      labelSize: 16,
      onActivate: () => picker.open(),
    });
    return { items: [field, open, importButton], picker };
  }

  /** What went wrong with storage, then a page of saved games, newest first. */
  private savesPart(data: ReplayData): { items: Button[]; page: number; pages: number } {
    const store = saveStore(this.m);
    const listing = store?.list() ?? { saves: [], problems: [] };
    const problems = [...takeSaveProblems(this), ...listing.problems];
    const messages = [data.message, ...problems].filter((s): s is string => Boolean(s));
    if (!store) messages.push(t('screen.replay.noStorage'));
    if (messages.length) this.say(messages.join('\n'));
    const saves = listing.saves;
    const pages = Math.max(1, Math.ceil(saves.length / REPLAY.rows));
    const page = Math.min(data.page ?? 0, pages - 1);
    const caption = t('screen.replay.saves.caption', {
      context: pages > 1 ? 'paged' : 'single',
      page: page + 1,
      pages,
    });
    this.caption(MARGIN, REPLAY.listY - 26, caption);
    if (saves.length === 0)
      addText(this, MARGIN, REPLAY.listY, t('screen.replay.saves.none'), {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
      });
    const items = saves
      .slice(page * REPLAY.rows, (page + 1) * REPLAY.rows)
      .flatMap((save, row) => this.saveRow(save, row, page));
    return { items, page, pages };
  }

  private saveRow(save: Save, row: number, page: number): Button[] {
    const m = this.m;
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
    const del = button(3, t('screen.replay.save.delete'), () => {
      if (this.armedDelete !== save.id) {
        this.armedDelete = save.id;
        del.setLabel(t('screen.replay.save.deleteArmed'));
        this.say(t('screen.replay.save.confirmDelete', { title: r.title, summary: r.summary }));
        return;
      }
      saveStore(m)?.remove(save.id);
      const message = t('screen.replay.save.deleted', { title: r.title });
      restartScene(this, { page, message } satisfies ReplayData);
    });
    const resume = t('screen.replay.save.resume', {
      context: r.finished ? 'finished' : 'playing',
    });
    return [
      button(0, resume, () => resumeSave(this, m, save)),
      button(1, t('screen.replay.save.watch'), () => this.openSource(m.sourceOfSave(save))),
      button(2, t('screen.replay.save.export'), () => {
        const view = m.shareView(save.replay, save.records, pageAddress());
        const file = `${view.fileStem}.json`;
        download(file, view.replayJson, 'application/json');
        this.say(t('screen.replay.save.exported', { file }));
      }),
      del,
    ];
  }

  private say(text: string): void {
    this.message.setText(text);
    this.drawn();
  }

  private openCode(text: string): void {
    const source = this.m.readReplayCode(text);
    if (!source.ok) this.say(source.error);
    else this.openSource(source.value);
  }

  private openFile(name: string, text: string): void {
    if (!this.sys.isActive()) return;
    const source = this.m.readImportedFile(name, text);
    if (!source.ok) this.say(source.error);
    else this.openSource(source.value);
  }

  private openSource(source: ViewerSource): void {
    const viewer = this.m.ReplayViewer.open(source);
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
