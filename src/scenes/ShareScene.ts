import type Phaser from 'phaser';
import type { ShareView } from '../app/index';
import { Button } from '../ui/Button';
import { DomField } from '../ui/DomField';
import { centred, type Region } from '../ui/grid';
import { copyText, download, pageAddress } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { t, type WordVars } from '../words';
import { SCENE } from './keys';
import { type OverlayData, openOverlay } from './overlay';
import { sessionOfGame, viewerOfGame } from './registry';
import { OverlayScreen } from './screen';

const BOX = { w: 920, h: 460 } as const;
/** Padding inside the box, left and right. */
const PAD = 32;
/** Where each row sits, from the box's top. */
const ROWS = { title: 24, intro: 66, code: 140, link: 224, buttons: 290, message: 360 } as const;

/** The variant of a text that names the link, or the code when the page has no address to link. */
const linkOrCode = (view: ShareView): WordVars => (view.linkable ? {} : { context: 'code' });

/**
 * Over the turn screen, the report, the debrief or the replay viewer: the game's replay code and
 * link, and its downloads (the replay file and the turns as CSV).
 */
export class ShareScene extends OverlayScreen {
  private message!: Phaser.GameObjects.Text;

  constructor() {
    super(SCENE.share);
  }

  create(data: OverlayData): void {
    this.begin(data);
    const source = sessionOfGame(this.game) ?? viewerOfGame(this.game);
    if (!source) {
      this.close();
      return;
    }
    const view = source.shareView(pageAddress());
    const box = centred(BOX.w, BOX.h);
    this.dialog(box, { dim: 0.88, closeLabel: null });
    const link = this.codeAndLink(view, box);
    const buttons = this.buttons(view, box);
    this.message = addText(this, box.x + PAD, box.y + ROWS.message, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.accent),
      wordWrap: { width: BOX.w - 2 * PAD },
    });
    addHint(this, box.x + BOX.w - PAD, box.y + BOX.h - 20, t('screen.share.hint')).setOrigin(1, 1);
    this.focus([...buttons, link], { numberKeys: false });
    this.keys((e: KeyboardEvent) => {
      const K = KEYS.share;
      if (pressed(e, K.copy)) this.copy(view);
      else if (pressed(e, K.replayFile)) this.save(view, 'json');
      else if (pressed(e, K.csv)) this.save(view, 'csv');
    });
    this.drawn();
  }

  /** The title, what sharing does, the replay code and the field with its link (or code). */
  private codeAndLink(view: ShareView, box: Region): DomField {
    const x = box.x + PAD;
    const width = BOX.w - 2 * PAD;
    const kind = linkOrCode(view);
    addText(this, x, box.y + ROWS.title, t('screen.share.title', { count: view.turns }), {
      fontSize: `${TYPE_SIZE.heading - 14}px`,
      fontStyle: 'bold',
    });
    addText(this, x, box.y + ROWS.intro, view.intro, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width },
      lineSpacing: 4,
    });
    this.caption(x, box.y + ROWS.code - 18, t('screen.share.caption.code'));
    addText(this, x, box.y + ROWS.code, view.code, {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width, useAdvancedWrap: true },
      lineSpacing: 2,
    }).setMaxLines(3);
    this.caption(x, box.y + ROWS.link - 18, t('screen.share.caption.link', kind));
    const field = { x, y: box.y + ROWS.link, w: width, h: 40 };
    const label = t('screen.share.field', kind);
    return new DomField(this, field, { label, value: view.link, readOnly: true, fontSize: 13 });
  }

  /** Copy, the two downloads and Close, in one row. */
  private buttons(view: ShareView, box: Region): Button[] {
    const y = box.y + ROWS.buttons;
    const button = (
      dx: number,
      width: number,
      label: string,
      shortcut: string,
      onActivate: () => void,
    ) => new Button(this, box.x + dx, y, { label, shortcut, width, onActivate });
    return [
      button(PAD, 200, t('screen.share.button.copy', linkOrCode(view)), 'C', () => this.copy(view)),
      button(248, 220, t('screen.share.button.replayFile'), 'J', () => this.save(view, 'json')),
      button(484, 220, t('screen.share.button.csv'), 'V', () => this.save(view, 'csv')),
      button(BOX.w - PAD - 168, 168, t('screen.share.button.close'), 'Esc', () => this.close()),
    ];
  }

  private say(text: string): void {
    this.message.setText(text);
    this.drawn();
  }

  private copy(view: ShareView): void {
    void copyText(view.link).then((copied) => {
      if (!this.sys.isActive()) return;
      this.say(t(copied ? 'screen.share.copied' : 'screen.share.notCopied', linkOrCode(view)));
    });
  }

  private save(view: ShareView, kind: 'json' | 'csv'): void {
    if (kind === 'json') download(`${view.fileStem}.json`, view.replayJson, 'application/json');
    else download(`${view.fileStem}.csv`, view.csv, 'text/csv');
    this.say(t('screen.share.saved', { file: `${view.fileStem}.${kind}` }));
  }
}

/** Opens the share panel over `scene`, pausing it until the panel closes. */
export function openShare(scene: Phaser.Scene): void {
  openOverlay(scene, SCENE.share);
}
