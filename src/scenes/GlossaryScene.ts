import type Phaser from 'phaser';
import { Button } from '../ui/Button';
import { GLOSSARY_BOX as L } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t } from '../words';
import { openPrintable } from './brief';
import { SCENE } from './keys';
import { loadedSessionModule, type SessionModule } from './load';
import { type OverlayData, openOverlay } from './overlay';
import { OverlayScreen } from './screen';

/** What the glossary is opened with: the scene it covers, and the entry asked about, if any. */
export interface GlossaryData extends OverlayData {
  term?: string | null;
  page?: number;
}

/**
 * Every word a player meets on screen, explained in a sentence or two, a page of entries at a
 * time. Opened with G (or a Glossary button) over the turn and report screens and the replay
 * viewer, or on one entry from a card or a line of the report; the scene beneath, and its turn
 * clock, wait until it closes.
 */
export class GlossaryScene extends OverlayScreen {
  private term: string | null = null;
  private objects: Phaser.GameObjects.GameObject[] = [];

  constructor() {
    super(SCENE.glossary);
  }

  create(data: GlossaryData): void {
    this.begin(data);
    this.term = data.term ?? null;
    this.objects = [];
    const m = loadedSessionModule();
    this.dialog(L.box, { dim: 0.88, closeLabel: null });
    addText(this, L.box.x + 32, L.box.y + 18, t('screen.glossary.title'), {
      fontSize: `${TYPE_SIZE.subtitle}px`,
      fontStyle: 'bold',
    });
    if (!m) {
      this.close();
      return;
    }
    this.showPage(m, data.page ?? null);
    const button = (x: number, w: number, label: string, key: string, act: () => void) =>
      new Button(this, x, L.buttonsY, {
        label,
        ...(key ? { shortcut: key } : {}),
        width: w,
        height: L.buttonH,
        labelSize: TYPE_SIZE.label,
        onActivate: act,
      });
    const earlier = button(L.earlier.x, L.earlier.w, t('screen.glossary.button.earlier'), '[', () =>
      this.turn(m, -1),
    );
    const later = button(L.later.x, L.later.w, t('screen.glossary.button.later'), ']', () =>
      this.turn(m, 1),
    );
    const print = button(L.print.x, L.print.w, t('screen.glossary.button.print'), 'P', () =>
      openPrintable(m.glossaryHtml(), 'precursor-glossary.html'),
    );
    const close = button(L.close.x, L.close.w, t('screen.glossary.button.close'), '', () =>
      this.close(),
    );
    this.focus([close, earlier, later, print], { numberKeys: false, arrowsFree: true });
    this.keys((e: KeyboardEvent) => {
      const K = KEYS.glossary;
      if (pressed(e, K.close)) this.close();
      else if (pressed(e, K.nextPage)) this.turn(m, 1);
      else if (pressed(e, K.previousPage)) this.turn(m, -1);
      else if (pressed(e, K.print)) openPrintable(m.glossaryHtml(), 'precursor-glossary.html');
    });
    addHint(
      this,
      L.box.x + L.box.w / 2,
      L.box.y + L.box.h - 10,
      t('screen.glossary.hint'),
    ).setOrigin(0.5, 1);
    this.drawn();
  }

  private page = 0;

  private turn(m: SessionModule, delta: number): void {
    const next = this.page + delta;
    if (next < 0 || next >= m.glossaryPageCount()) return;
    this.showPage(m, next);
    this.drawn();
  }

  /** Draws one page of entries in two columns; the entry asked about is picked out. */
  private showPage(m: SessionModule, page: number | null): void {
    for (const o of this.objects) o.destroy();
    this.objects = [];
    const v = m.glossaryView(page, this.term);
    this.page = v.page;
    const keep = <T extends Phaser.GameObjects.GameObject>(o: T): T => {
      this.objects.push(o);
      return o;
    };
    keep(
      addText(this, L.box.x + L.box.w - 32, L.box.y + 24, v.pageLabel, {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag}px`,
        color: css(PALETTE.textMuted),
      }).setOrigin(1, 0),
    );
    const g = keep(this.add.graphics());
    v.items.forEach((item, i) => {
      const column = Math.floor(i / L.rows);
      const x = L.columnX[column] ?? L.columnX[0];
      const y = L.top + (i % L.rows) * L.slot;
      if (item.marked) {
        g.fillStyle(PALETTE.surfaceRaised, 1).fillRoundedRect(
          x - 10,
          y - 6,
          L.columnW + 20,
          L.slot - 4,
          6,
        );
        g.fillStyle(PALETTE.focus, 1).fillRect(x - 10, y - 6, 4, L.slot - 4);
      }
      keep(
        addText(this, x, y, item.term, {
          fontSize: `${TYPE_SIZE.label}px`,
          fontStyle: 'bold',
          color: css(item.marked ? PALETTE.accent : PALETTE.text),
        }),
      );
      keep(
        addText(this, x, y + 21, item.text, {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
          wordWrap: { width: L.columnW },
          lineSpacing: 1,
        }).setMaxLines(3),
      );
    });
  }
}

/** Opens the glossary over `scene` (on the entry `term`, if given), pausing `scene` until it closes. */
export function openGlossary(scene: Phaser.Scene, term: string | null = null): void {
  openOverlay(scene, SCENE.glossary, { term } satisfies Partial<GlossaryData>);
}
