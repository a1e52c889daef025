import type Phaser from 'phaser';
import type { ShareView } from '../app/index';
import { Button } from '../ui/Button';
import { DomField } from '../ui/DomField';
import { DESIGN } from '../ui/layout';
import { copyText, download, pageAddress } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { addHint, addText, FONT, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import { SCENE } from './keys';
import { type OverlayData, openOverlay } from './overlay';
import { sessionOfGame, viewerOfGame } from './registry';
import { OverlayScreen } from './screen';

const BOX = { w: 920, h: 460 } as const;

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
    const x = (DESIGN.width - BOX.w) / 2;
    const y = (DESIGN.height - BOX.h) / 2;
    this.dialog({ x, y, w: BOX.w, h: BOX.h }, { dim: 0.88, closeLabel: null });
    const turns = view.turns === 1 ? '1 turn' : `${view.turns} turns`;
    addText(this, x + 32, y + 24, `Share this game · ${turns} played`, {
      fontSize: `${TYPE_SIZE.heading - 14}px`,
      fontStyle: 'bold',
    });
    addText(this, x + 32, y + 66, view.intro, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: BOX.w - 64 },
      lineSpacing: 4,
    });
    this.caption(x + 32, y + 122, 'Replay code');
    addText(this, x + 32, y + 140, view.code, {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: BOX.w - 64, useAdvancedWrap: true },
      lineSpacing: 2,
    }).setMaxLines(3);
    this.caption(x + 32, y + 206, view.linkable ? 'Link' : 'Code to share');
    const link = new DomField(
      this,
      { x: x + 32, y: y + 224, w: BOX.w - 64, h: 40 },
      {
        label: view.linkable ? 'Link to this replay' : 'Code of this replay',
        value: view.link,
        readOnly: true,
        fontSize: 13,
      },
    );
    const by = y + 290;
    const copy = new Button(this, x + 32, by, {
      label: view.linkable ? 'Copy link' : 'Copy code',
      shortcut: 'C',
      width: 200,
      onActivate: () => this.copy(view),
    });
    const json = new Button(this, x + 248, by, {
      label: 'Replay file',
      shortcut: 'J',
      width: 220,
      onActivate: () => this.save(view, 'json'),
    });
    const csv = new Button(this, x + 484, by, {
      label: 'Turns as CSV',
      shortcut: 'V',
      width: 220,
      onActivate: () => this.save(view, 'csv'),
    });
    const close = new Button(this, x + BOX.w - 32 - 168, by, {
      label: 'Close',
      shortcut: 'Esc',
      width: 168,
      onActivate: () => this.close(),
    });
    this.message = addText(this, x + 32, by + 70, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.accent),
      wordWrap: { width: BOX.w - 64 },
    });
    addHint(
      this,
      x + BOX.w - 32,
      y + BOX.h - 20,
      'C copy link · J replay file (.json) · V turns (.csv) · Esc closes',
    ).setOrigin(1, 1);
    this.focus([copy, json, csv, close, link], { numberKeys: false });
    this.keys((e: KeyboardEvent) => {
      const K = KEYS.share;
      if (pressed(e, K.copy)) this.copy(view);
      else if (pressed(e, K.replayFile)) this.save(view, 'json');
      else if (pressed(e, K.csv)) this.save(view, 'csv');
    });
    kickRender(this);
  }

  private say(text: string): void {
    this.message.setText(text);
    kickRender(this);
  }

  private copy(view: ShareView): void {
    void copyText(view.link).then((copied) => {
      if (!this.sys.isActive()) return;
      this.say(
        copied
          ? `The ${view.linkable ? 'link' : 'code'} is copied.`
          : `The browser did not allow copying: select the ${view.linkable ? 'link' : 'code'} above and copy it with Ctrl+C (⌘C on a Mac).`,
      );
    });
  }

  private save(view: ShareView, kind: 'json' | 'csv'): void {
    if (kind === 'json') download(`${view.fileStem}.json`, view.replayJson, 'application/json');
    else download(`${view.fileStem}.csv`, view.csv, 'text/csv');
    this.say(`Saved ${view.fileStem}.${kind} to your downloads.`);
  }
}

/** Opens the share panel over `scene`, pausing it until the panel closes. */
export function openShare(scene: Phaser.Scene): void {
  openOverlay(scene, SCENE.share);
}
