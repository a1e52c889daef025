import Phaser from 'phaser';
import { announce } from '../ui/announce';
import { Button } from '../ui/Button';
import { comfort, setComfort } from '../ui/comfort';
import type { Region } from '../ui/grid';
import { onKeyDown } from '../ui/keyboard';
import { DESIGN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { markFloating, markRegion } from '../ui/publish';
import { kickRender } from '../ui/renderGate';
import { addText, TYPE_SIZE } from '../ui/typography';
import {
  firstStepOn,
  GUIDE_STEPS,
  type GuideScreen,
  type GuideTarget,
  guideStep,
  placeCallout,
  stepIsOn,
} from '../view/guide';
import { type KEYS, pressed } from '../view/keys';
import { t } from '../words';

/** The step on show, or -1 when the guide is not running (one guide a page, the first game's). */
let running = -1;

/** The callout's size and the screen edge it keeps to. */
const CALLOUT = { w: 380, h: 196, pad: 16, buttonH: 36 } as const;
const BOUNDS = { x: 8, y: 8, w: DESIGN.width - 16, h: DESIGN.height - 16 } as const;

/** Starts the guide at its first step when it is offered: on, and the game at its first quarter. */
export function offerGuide(firstQuarter: boolean): void {
  if (running < 0 && firstQuarter && comfort().guide) running = 0;
}

/** Whether the guide is running (for tests and screens that ask). */
export function guideRunning(): boolean {
  return running >= 0;
}

/** Ends the guide, and offers it no more (the settings panel turns it on again). */
function endGuide(): void {
  running = -1;
  setComfort({ ...comfort(), guide: false });
}

export interface GuideOptions {
  /** Where each step of this screen points. */
  targets: Partial<Record<GuideTarget, Region>>;
  /** The screen's keys, with its Next and Skip. */
  keys: Pick<typeof KEYS.turn, 'guideNext' | 'guideSkip'>;
}

/**
 * Shows the running guide's steps that belong on `screen`, one callout at a time beside the part
 * it points at (never over it), with Next and Skip by pointer and keys; the step is said aloud.
 * A step left behind (the turn ended before its last step) moves on to this screen's first.
 */
export function showGuide(scene: Phaser.Scene, screen: GuideScreen, options: GuideOptions): void {
  if (running < 0) return;
  if (!stepIsOn(screen, running)) running = firstStepOn(screen, running);
  if (running >= GUIDE_STEPS.length) {
    endGuide();
    return;
  }
  let drawn: Phaser.GameObjects.Container | null = null;
  const draw = () => {
    drawn?.destroy();
    drawn = null;
    if (running < 0 || !stepIsOn(screen, running)) return;
    drawn = drawStep(scene, running, options, { next, skip });
    kickRender(scene);
  };
  const next = () => {
    const last = guideStep(running)?.last ?? true;
    if (last) endGuide();
    else running += 1;
    draw();
  };
  const skip = () => {
    endGuide();
    draw();
  };
  const off = onKeyDown(scene, (e) => {
    if (!drawn) return;
    if (pressed(e, options.keys.guideNext)) next();
    else if (pressed(e, options.keys.guideSkip)) skip();
  });
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, off);
  draw();
}

/** One step: the target outlined, the callout beside it, its words said aloud. */
function drawStep(
  scene: Phaser.Scene,
  index: number,
  options: GuideOptions,
  act: { next: () => void; skip: () => void },
): Phaser.GameObjects.Container | null {
  const step = guideStep(index);
  const target = step && options.targets[step.target];
  if (!step || !target) return null;
  const box = placeCallout(target, CALLOUT, BOUNDS);
  const outline = scene.add.graphics();
  outline
    .lineStyle(3, PALETTE.focus, 1)
    .strokeRect(target.x - 4, target.y - 4, target.w + 8, target.h + 8);
  const frame = scene.add.graphics();
  frame.fillStyle(PALETTE.surfaceRaised, 1).fillRoundedRect(box.x, box.y, box.w, box.h, 8);
  frame.lineStyle(2, PALETTE.focus, 1).strokeRoundedRect(box.x, box.y, box.w, box.h, 8);
  const zone = scene.add.zone(box.x, box.y, box.w, box.h).setOrigin(0, 0);
  markRegion(zone, 'guide', { x: 0, y: 0, w: box.w, h: box.h });
  const { pad, buttonH } = CALLOUT;
  const width = box.w - 2 * pad;
  const counter = addText(scene, box.x + pad, box.y + 12, step.counter.toUpperCase(), {
    fontSize: `${TYPE_SIZE.tag}px`,
    color: css(PALETTE.textMuted),
    letterSpacing: 2,
  });
  const title = addText(scene, box.x + pad, box.y + 30, step.title, {
    fontSize: `${TYPE_SIZE.label}px`,
    fontStyle: 'bold',
    color: css(PALETTE.focus),
  });
  const body = addText(scene, box.x + pad, box.y + 56, step.body, {
    fontSize: `${TYPE_SIZE.small}px`,
    wordWrap: { width },
    lineSpacing: 3,
  }).setMaxLines(4);
  const buttonsY = box.y + box.h - pad - buttonH;
  const half = (width - 12) / 2;
  const nextButton = new Button(scene, box.x + pad, buttonsY, {
    label: step.next,
    shortcut: options.keys.guideNext.toUpperCase(),
    primary: true,
    width: half,
    height: buttonH,
    labelSize: TYPE_SIZE.small,
    onActivate: act.next,
  });
  const skipButton = new Button(scene, box.x + pad + half + 12, buttonsY, {
    label: t('screen.guide.button.skip'),
    shortcut: options.keys.guideSkip.toUpperCase(),
    width: half,
    height: buttonH,
    labelSize: TYPE_SIZE.small,
    onActivate: act.skip,
  });
  const parts = [outline, frame, zone, counter, title, body, nextButton, skipButton];
  const container = scene.add.container(0, 0, parts).setDepth(600);
  markFloating(container);
  announce(scene, `${step.counter}. ${step.title}. ${step.body}`);
  return container;
}
