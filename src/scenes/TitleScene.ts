import { Button } from '../ui/Button';
import { Emblem } from '../ui/Emblem';
import { DESIGN, GAP, MARGIN, TITLE, titleMenuButton } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../ui/typography';
import { t } from '../words';
import { SCENE, type SceneKey } from './keys';
import { addLanguageSwitch } from './language';
import { loadSessionModule } from './load';
import { openSettings } from './SettingsScene';
import { Screen } from './screen';

interface MenuEntry {
  /** Its label's key in the catalogue. */
  label: string;
  target: SceneKey;
  primary?: boolean;
}

const MENU: readonly MenuEntry[] = [
  { label: 'screen.title.button.play', target: SCENE.setup, primary: true },
  { label: 'screen.title.button.replay', target: SCENE.replay },
  { label: 'screen.title.button.howItWorks', target: SCENE.howItWorks },
];

const GRID_STEP = GAP * 8;

/** The opening screen: the name, one line on what the game is, and the main menu. */
export class TitleScene extends Screen {
  constructor() {
    super(SCENE.title);
  }

  /** Whether a press has already asked to leave for another screen. */
  private leaving = false;

  create(): void {
    this.leaving = false;
    this.drawBackdrop();
    new ScreenHeader(this, t('screen.title.header'), t('screen.title.headerRight'));
    new Emblem(this, DESIGN.width / 2, TITLE.emblemY, TITLE.emblemRadius);

    addText(this, DESIGN.width / 2, TITLE.wordmarkY, t('screen.title.wordmark'), {
      fontSize: `${TYPE_SIZE.wordmark}px`,
      fontStyle: 'bold',
      letterSpacing: 14,
    }).setOrigin(0.5, 0.5);
    addText(this, DESIGN.width / 2, TITLE.subtitleY, t('screen.title.subtitle'), {
      fontSize: `${TYPE_SIZE.subtitle}px`,
      color: css(PALETTE.textMuted),
      align: 'center',
      wordWrap: { width: TITLE.subtitleWidth },
      lineSpacing: 6,
    }).setOrigin(0.5, 0);
    this.menu();
  }

  /** The menu, and Settings under the header's right end. */
  private menu(): void {
    const buttons = MENU.map((entry, i) => {
      const slot = titleMenuButton(i);
      return new Button(this, slot.x, slot.y, {
        label: t(entry.label),
        shortcut: String(i + 1),
        primary: entry.primary ?? false,
        width: slot.w,
        height: slot.h,
        onActivate: () => this.leaveFor(entry.target),
      });
    });
    // Under the header's right end, clear of the menu and of the line that offers a saved game.
    buttons.push(
      new Button(this, DESIGN.width - MARGIN - 168, MARGIN + GAP * 3, {
        label: t('screen.title.button.settings'),
        shortcut: String(MENU.length + 1),
        width: 168,
        height: 44,
        // The menu's label size: its font metrics are measured once already, for the first frame.
        onActivate: () => openSettings(this),
      }),
    );
    buttons.push(addLanguageSwitch(this, String(MENU.length + 2)));
    this.focus(buttons);
    this.hint(t('screen.title.hint', { last: buttons.length }), TYPE_SIZE.small);
  }

  /**
   * Opens `target` once the game's chunk, with every other screen's words, has arrived (it is
   * fetched as soon as the title has drawn, so this rarely waits); once, however often pressed.
   */
  private leaveFor(target: SceneKey): void {
    if (this.leaving) return;
    this.leaving = true;
    void loadSessionModule().then(() => {
      if (this.scene.isActive()) this.scene.start(target);
    });
  }

  /** Faint squared paper behind everything, the look of a working document. */
  private drawBackdrop(): void {
    const g = this.add.graphics();
    g.lineStyle(1, PALETTE.surfaceRaised, 0.6);
    for (let x = MARGIN; x <= DESIGN.width - MARGIN; x += GRID_STEP) {
      g.lineBetween(x + 0.5, MARGIN * 2, x + 0.5, DESIGN.height - MARGIN * 2);
    }
    for (let y = MARGIN * 2; y <= DESIGN.height - MARGIN * 2; y += GRID_STEP) {
      g.lineBetween(MARGIN, y + 0.5, DESIGN.width - MARGIN, y + 0.5);
    }
  }
}
