import Phaser from 'phaser';
import { t } from '../words';
import { motionReduced } from './comfort';
import { flowDots, flowSpeed } from './flowDots';
import { css, PALETTE } from './palette';
import { addText, FONT, fitToWidth, TYPE_SIZE } from './typography';

export interface FlowState {
  china: number;
  elsewhere: number;
  toUnitedStates: number;
  labels: { china: string; elsewhere: string; toUnitedStates: string };
}

const MAX_STROKE = 26;
/** A place's box on the chain. */
const NODE = { w: 112, h: 34 };
const TWEEN_MS = 450;
/**
 * How long the goods move after the screen opens or a flow changes. The screen then stands
 * still, dots in place: a still screen is not redrawn (`ui/renderGate.ts`), which a slow machine
 * needs.
 */
const MOVE_MS = 6000;

type Link = 'china' | 'elsewhere' | 'toUnitedStates';
const LINKS: readonly Link[] = ['china', 'elsewhere', 'toUnitedStates'];

/**
 * The supply chain as a picture: China and other producers send precursors to Mexico, where
 * the drug is made and sent to the United States. Each band's width is the model's flow, and it
 * swells or shrinks over a short tween when a quarter changes it.
 */
export class SupplyChain extends Phaser.GameObjects.Container {
  private readonly bands: Phaser.GameObjects.Graphics;
  private readonly flowText: Record<
    'china' | 'elsewhere' | 'toUnitedStates',
    Phaser.GameObjects.Text
  >;
  private shown: { china: number; elsewhere: number; toUnitedStates: number } | null = null;
  private readonly nodes: Record<string, { x: number; y: number }>;
  /** The goods on each link: dots that move at a speed that follows its flow. */
  private readonly goods: Phaser.GameObjects.Graphics;
  /** How far the goods on each link have come, in link lengths. */
  private readonly travelled: Record<Link, number> = { china: 0, elsewhere: 0, toUnitedStates: 0 };
  private moving: Phaser.Tweens.Tween | null = null;

  constructor(scene: Phaser.Scene, x: number, y: number, w: number, h: number) {
    super(scene, x, y);
    this.nodes = {
      china: { x: 70, y: 50 },
      elsewhere: { x: 70, y: h - 40 },
      mexico: { x: w / 2 + 20, y: h / 2 + 5 },
      us: { x: w - 80, y: h / 2 + 5 },
    };
    this.bands = scene.add.graphics();
    this.goods = scene.add.graphics();
    const nodeLayer = scene.add.graphics();
    // A place's name inside its box: a long one (Mexico's, in Chinese) a pixel or two smaller.
    const caption = (nx: number, ny: number, text: string, colour: number) =>
      fitToWidth(
        addText(scene, nx, ny, text, {
          fontSize: `${TYPE_SIZE.small}px`,
          fontStyle: 'bold',
          color: css(colour),
        }).setOrigin(0.5, 0.5),
        NODE.w - 8,
      );
    const small = (nx: number, ny: number) =>
      addText(scene, nx, ny, '', {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag - 1}px`,
        color: css(PALETTE.textMuted),
      }).setOrigin(0.5, 0.5);
    const n = this.nodes;
    const drawNode = (p: { x: number; y: number }, colour: number) => {
      const [left, top] = [p.x - NODE.w / 2, p.y - NODE.h / 2];
      nodeLayer.fillStyle(PALETTE.surfaceRaised, 1).fillRoundedRect(left, top, NODE.w, NODE.h, 6);
      nodeLayer.lineStyle(2, colour, 1).strokeRoundedRect(left, top, NODE.w, NODE.h, 6);
    };
    drawNode(n.china as { x: number; y: number }, PALETTE.china);
    drawNode(n.elsewhere as { x: number; y: number }, PALETTE.caution);
    drawNode(n.mexico as { x: number; y: number }, PALETTE.accent);
    drawNode(n.us as { x: number; y: number }, PALETTE.unitedStates);
    const c = n.china as { x: number; y: number };
    const e = n.elsewhere as { x: number; y: number };
    const m = n.mexico as { x: number; y: number };
    const u = n.us as { x: number; y: number };
    this.flowText = {
      china: small((c.x + m.x) / 2 + 10, (c.y + m.y) / 2 - 24),
      elsewhere: small((e.x + m.x) / 2 + 10, (e.y + m.y) / 2 + 24),
      toUnitedStates: small((m.x + u.x) / 2, m.y - 26),
    };
    this.add([
      this.bands,
      this.goods,
      nodeLayer,
      caption(c.x, c.y, t('ui.supply.china'), PALETTE.text),
      caption(e.x, e.y, t('ui.supply.elsewhere'), PALETTE.text),
      caption(m.x, m.y, t('ui.supply.mexico'), PALETTE.text),
      caption(u.x, u.y, t('ui.supply.us'), PALETTE.text),
      this.flowText.china,
      this.flowText.elsewhere,
      this.flowText.toUnitedStates,
      addText(scene, 0, 0, t('ui.supply.caption'), {
        fontFamily: FONT.mono,
        fontSize: `${TYPE_SIZE.tag - 1}px`,
        color: css(PALETTE.textMuted),
      }),
    ]);
    scene.add.existing(this);
  }

  setFlows(f: FlowState): this {
    this.flowText.china.setText(f.labels.china);
    this.flowText.elsewhere.setText(f.labels.elsewhere);
    this.flowText.toUnitedStates.setText(f.labels.toUnitedStates);
    const target = { china: f.china, elsewhere: f.elsewhere, toUnitedStates: f.toUnitedStates };
    const from = this.shown;
    if (!from) {
      this.shown = target;
      this.draw(target);
      this.move();
      return this;
    }
    if (
      from.china === target.china &&
      from.elsewhere === target.elsewhere &&
      from.toUnitedStates === target.toUnitedStates
    )
      return this;
    if (motionReduced()) {
      this.draw(target);
      this.shown = target;
      this.drawGoods();
      return this;
    }
    this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      duration: TWEEN_MS,
      ease: 'Sine.easeInOut',
      onUpdate: (t) => {
        const k = t.getValue() ?? 1;
        this.draw({
          china: from.china + (target.china - from.china) * k,
          elsewhere: from.elsewhere + (target.elsewhere - from.elsewhere) * k,
          toUnitedStates: from.toUnitedStates + (target.toUnitedStates - from.toUnitedStates) * k,
        });
      },
    });
    this.shown = target;
    this.move();
    return this;
  }

  /** Sets the goods moving for a while (not under reduced motion: they stand on their links). */
  private move(): void {
    this.drawGoods();
    if (motionReduced()) return;
    this.moving?.stop();
    let last = 0;
    this.moving = this.scene.tweens.addCounter({
      from: 0,
      to: MOVE_MS,
      duration: MOVE_MS,
      onUpdate: (tween) => {
        const now = tween.getValue() ?? 0;
        const seconds = (now - last) / 1000;
        last = now;
        for (const link of LINKS)
          this.travelled[link] += flowSpeed(this.shown?.[link] ?? 0) * seconds;
        this.drawGoods();
      },
    });
  }

  /** The dots on each link, where they have come to, as large as the flow is wide. */
  private drawGoods(): void {
    const g = this.goods;
    const n = this.nodes as Record<
      'china' | 'elsewhere' | 'mexico' | 'us',
      { x: number; y: number }
    >;
    const ends: Record<Link, [{ x: number; y: number }, { x: number; y: number }]> = {
      china: [n.china, n.mexico],
      elsewhere: [n.elsewhere, n.mexico],
      toUnitedStates: [n.mexico, n.us],
    };
    g.clear();
    g.fillStyle(PALETTE.text, 0.85);
    for (const link of LINKS) {
      const [a, b] = ends[link];
      // The dots run between the nodes' boxes, not under them.
      const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
      const skip = 58 / len;
      for (const dot of flowDots(this.shown?.[link] ?? 0, this.travelled[link])) {
        const k = skip + dot.at * (1 - 2 * skip);
        g.fillCircle(a.x + (b.x - a.x) * k, a.y + (b.y - a.y) * k, dot.radius);
      }
    }
  }

  private draw(f: { china: number; elsewhere: number; toUnitedStates: number }): void {
    const g = this.bands;
    const n = this.nodes as Record<
      'china' | 'elsewhere' | 'mexico' | 'us',
      { x: number; y: number }
    >;
    g.clear();
    const band = (
      a: { x: number; y: number },
      b: { x: number; y: number },
      width: number,
      colour: number,
    ) => {
      g.lineStyle(Math.max(2, width * MAX_STROKE), colour, 0.85);
      g.lineBetween(a.x, a.y, b.x, b.y);
    };
    band(n.china, n.mexico, f.china, PALETTE.china);
    band(n.elsewhere, n.mexico, f.elsewhere, PALETTE.caution);
    band(n.mexico, n.us, f.toUnitedStates, PALETTE.accent);
  }
}
