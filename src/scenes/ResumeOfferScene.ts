import Phaser from 'phaser';
import type { Save } from '../app/index';
import { Button } from '../ui/Button';
import { onKeyDown } from '../ui/keyboard';
import { DESIGN, titleMenuButton } from '../ui/layout';
import { download } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { resumeSave, saveStore } from './flow';
import { SCENE } from './keys';
import { loadSessionModule, type SessionModule } from './load';
import { addSaveProblems, forgetUnsavedGame, unsavedGame } from './registry';

/**
 * A strip under the title's menu when this browser holds saved games: the newest one, and R to
 * resume it. It runs beneath the title scene (drawn first, so the title stays the active screen
 * and keeps its keys); the full list is on the Replay screen.
 */
export class ResumeOfferScene extends Phaser.Scene {
  constructor() {
    super(SCENE.resumeOffer);
  }

  create(): void {
    void loadSessionModule().then((m) => {
      if (this.sys.isActive()) this.build(m);
    });
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
      const more = others > 0 ? ` · ${others} more under Replay` : '';
      lines.push(`Saved game: ${row.title} · ${row.summary}${more}`);
    }
    if (bad)
      lines.push(
        `${bad === 1 ? 'A saved game' : `${bad} saved games`} could not be read and ${bad === 1 ? 'was' : 'were'} set aside: the Replay screen says why.`,
      );
    // The last game, if it could not be saved: said here too, with the way to keep it.
    const unsaved = unsavedGame(this);
    if (unsaved) {
      lines.push(
        `The last game: ${unsaved.notice.charAt(0).toLowerCase()}${unsaved.notice.slice(1)}`,
      );
      onKeyDown(this, (e: KeyboardEvent) => {
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
        label: 'Resume it',
        shortcut: 'R',
        width: w,
        height: h,
        labelSize: 15,
        onActivate: () => this.resume(m, newest),
      });
      onKeyDown(this, (e: KeyboardEvent) => {
        if (pressed(e, KEYS.resumeOffer.resume)) this.resume(m, newest);
      });
    }
    kickRender(this);
  }

  private resume(m: SessionModule, save: Save): void {
    resumeSave(this.scene.get(SCENE.title), m, save);
  }
}
