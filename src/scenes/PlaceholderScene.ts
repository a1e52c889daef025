import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { type Focusable, FocusList } from '../ui/FocusList';
import { BACK_BUTTON, MARGIN, PLACEHOLDER } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../ui/typography';
import { SCENE } from './keys';

/**
 * Shared frame for the screens that phase 2 will replace: a heading, a paragraph and a Back
 * button (also Esc). Subclasses may add content below the paragraph and more focusable widgets.
 */
export abstract class PlaceholderScene extends Phaser.Scene {
  protected abstract readonly heading: string;
  protected abstract readonly body: string;

  create(): void {
    new ScreenHeader(this, `Precursor · ${this.heading}`, 'Placeholder');
    addText(this, MARGIN, PLACEHOLDER.headingY, this.heading, {
      fontSize: `${TYPE_SIZE.heading}px`,
      fontStyle: 'bold',
    });
    const paragraph = addText(this, MARGIN, PLACEHOLDER.bodyY, this.body, {
      fontSize: `${TYPE_SIZE.body}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: PLACEHOLDER.bodyWidth },
      lineSpacing: 6,
    });
    const back = new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: '← Back',
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.goBack(),
    });
    const extra = this.buildContent(PLACEHOLDER.bodyY + paragraph.height);
    new FocusList(this, [back, ...extra], { onBack: () => this.goBack(), numberKeys: false });
  }

  /** Adds screen-specific content starting at `top`; returns widgets the keyboard can reach. */
  protected buildContent(_top: number): Focusable[] {
    return [];
  }

  private goBack(): void {
    this.scene.start(SCENE.title);
  }
}
