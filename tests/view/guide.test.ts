import { describe, expect, it } from 'vitest';
import {
  type Box,
  firstStepOn,
  GUIDE_STEPS,
  guideStep,
  overlaps,
  placeCallout,
  stepIsOn,
} from '../../src/view/guide';
import { collisions, KEYS, SETTINGS_KEY } from '../../src/view/keys';

const SCREEN: Box = { x: 8, y: 8, w: 1264, h: 704 };
const SIZE = { w: 380, h: 196 };

describe('the guided first quarter', () => {
  it('walks the turn, then the report, and says where it goes on', () => {
    expect(GUIDE_STEPS.map((s) => s.screen)).toEqual([
      'turn',
      'turn',
      'turn',
      'turn',
      'report',
      'report',
      'report',
    ]);
    expect(guideStep(0)?.next).toBe('Next ▶');
    expect(guideStep(3)?.next).toBe('Next: play it ▶');
    expect(guideStep(6)?.last).toBe(true);
    expect(guideStep(7)).toBeNull();
    for (let i = 0; i < GUIDE_STEPS.length; i++) {
      const step = guideStep(i);
      expect(step?.title).not.toMatch(/^screen\./);
      expect(step?.body).not.toMatch(/^screen\./);
    }
  });

  it('moves a step left behind on to the next screen’s first', () => {
    expect(firstStepOn('report', 1)).toBe(4);
    expect(firstStepOn('turn', 5)).toBe(GUIDE_STEPS.length);
    expect(stepIsOn('turn', 3)).toBe(true);
    expect(stepIsOn('report', 3)).toBe(false);
  });

  it('never puts the callout over what it points at, and keeps it on the screen', () => {
    const targets: Box[] = [
      { x: 16, y: 56, w: 264, h: 400 }, // the indicators
      { x: 296, y: 232, w: 664, h: 376 }, // the cards
      { x: 976, y: 396, w: 288, h: 268 }, // the what-if
      { x: 296, y: 616, w: 260, h: 48 }, // End turn
      { x: 32, y: 60, w: 1216, h: 78 }, // the report's headline
      { x: 812, y: 146, w: 436, h: 170 }, // why deaths changed
    ];
    // And a sweep of boxes over the whole screen, as large as leaves room beside them.
    for (let x = 8; x < 1000; x += 97)
      for (let y = 8; y < 500; y += 61) targets.push({ x, y, w: 220, h: 160 });
    for (const target of targets) {
      const box = placeCallout(target, SIZE, SCREEN);
      expect(overlaps(box, target), JSON.stringify(target)).toBe(false);
      expect(box.x).toBeGreaterThanOrEqual(SCREEN.x);
      expect(box.y).toBeGreaterThanOrEqual(SCREEN.y);
      expect(box.x + box.w).toBeLessThanOrEqual(SCREEN.x + SCREEN.w);
      expect(box.y + box.h).toBeLessThanOrEqual(SCREEN.y + SCREEN.h);
    }
  });
});

describe('the settings key', () => {
  it('is bound to nothing else on any screen (the panel closes with it)', () => {
    for (const [screen, bindings] of Object.entries(KEYS)) {
      const withSettings = { ...bindings, settingsPanel: SETTINGS_KEY };
      const clash = collisions(withSettings);
      if (screen === 'settings') expect(clash).toEqual([',: close and settingsPanel']);
      else expect(clash, screen).toEqual([]);
    }
  });
});
