import type { Save } from '../app/index';
import { Button } from '../ui/Button';
import { DESIGN, titleMenuButton } from '../ui/layout';
import { download } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { resumeSave, saveStore } from './flow';
import { SCENE } from './keys';
import type { SessionModule } from './load';
import { addSaveProblems, forgetUnsavedGame, unsavedGame } from './registry';
import { Screen } from './screen';

/**
 * A strip under the title's menu when this browser holds saved games: the newest one, and R to
 * resume it. It runs beneath the title scene (drawn first, so the title stays the active screen
 * and keeps its keys); the full list is on the Replay screen.
 */
export class ResumeOfferScene extends Screen {
  constructor() {
    super(SCENE.resumeOffer);
  }

  create(): void {
    this.withSession((m) => this.build(m));
  }

  private build(m: SessionModule): void {
    const listing = saveStore(m)?.list() ?? { saves: [], problems: [] };
    addSaveProblems(this, listing.problems);
    const newest = m.resumableSave(listing.saves);
    const bad = listing.problems.length;
    const lines: string[] = [];
    if (newest) {
      const row = m.saveRow(newest);
      const others = listing.saves.length - 1;
      const context = others > 0 ? 'more' : 'only';
      lines.push(
        t('screen.resumeOffer.saved', { context, title: row.title, summary: row.summary, others }),
      );
    }
    if (bad) lines.push(t('screen.resumeOffer.unreadable', { count: bad }));
    // The last game, if it could not be saved: said here too, with the way to keep it.
    const unsaved = unsavedGame(this);
    if (unsaved) {
      const notice = `${unsaved.notice.charAt(0).toLowerCase()}${unsaved.notice.slice(1)}`;
      lines.push(t('screen.resumeOffer.unsaved', { notice }));
      this.keys((e: KeyboardEvent) => {
        if (!pressed(e, KEYS.resumeOffer.exportUnsaved)) return;
        download(unsaved.fileName, unsaved.json, 'application/json');
        forgetUnsavedGame(this);
      });
    }
    if (lines.length === 0) return;
    const menuEnd = titleMenuButton(2);
    const y = menuEnd.y + menuEnd.h + 18;
    const h = 36;
    const text = addText(this, 0, y + h / 2, lines.join('\n'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(newest && !unsaved ? PALETTE.accent : PALETTE.caution),
      lineSpacing: 2,
    }).setOrigin(0, 0.5);
    const w = newest ? 170 : 0;
    const gap = newest ? 16 : 0;
    const left = Math.round((DESIGN.width - (w + gap + text.width)) / 2);
    text.setX(left + w + gap);
    if (newest) {
      new Button(this, left, y, {
        label: t('screen.resumeOffer.button.resume'),
        shortcut: 'R',
        width: w,
        height: h,
        labelSize: 15,
        onActivate: () => this.resume(m, newest),
      });
      this.keys((e: KeyboardEvent) => {
        if (pressed(e, KEYS.resumeOffer.resume)) this.resume(m, newest);
      });
    }
    this.drawn();
  }

  private resume(m: SessionModule, save: Save): void {
    resumeSave(this.scene.get(SCENE.title), m, save);
  }
}
