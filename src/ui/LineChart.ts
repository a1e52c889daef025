import Phaser from 'phaser';
import { GAP } from './layout';
import { css, PALETTE } from './palette';
import { addText, FONT, TYPE_SIZE } from './typography';

export interface ChartSeries {
  name: string;
  values: readonly number[];
  colour: number;
  /** Drawn thin and faint behind the others, with no marker and no legend entry. */
  muted?: boolean;
  /** The marker shape; by default each series takes the next one. */
  marker?: Marker;
  /** Markers alone, no line: figures known at some points only (NaN where there is none). */
  pointsOnly?: boolean;
}

/** A shaded range behind the lines (e.g. the 10th to 90th percentile of many games). */
export interface ChartBand {
  name: string;
  lo: readonly number[];
  hi: readonly number[];
  colour: number;
}

export interface LineChartOptions {
  width: number;
  height: number;
  title?: string;
  /** Labels under the x axis, one per point; long runs are thinned so they never collide. */
  xLabels?: readonly string[];
  /** Fixed y range; otherwise it is fitted to the data with round tick values. */
  yMin?: number;
  yMax?: number;
  formatY?: (value: number) => string;
  /** A legend in the header row; off when the series are named elsewhere. Default true. */
  legend?: boolean;
}

export const CHART = {
  titleHeight: GAP * 4,
  axisLabelWidth: GAP * 6,
  xLabelHeight: GAP * 3,
  targetTicks: 4,
  markerSize: 4,
  minXLabelSpacing: GAP * 6,
  /** A second legend row, when the legend would reach the title. */
  legendRowHeight: GAP * 2.5,
  bandAlpha: 0.3,
  bandEdgeAlpha: 0.6,
} as const;

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';
/** Each series also gets its own marker shape, so the lines differ by more than hue. */
const MARKERS: readonly Marker[] = ['circle', 'square', 'triangle', 'diamond'];
export const markerFor = (seriesIndex: number): Marker =>
  MARKERS[seriesIndex % MARKERS.length] ?? 'circle';
/** The marker as a character, for naming a series in text beside the chart. */
export const MARKER_GLYPH: Record<Marker, string> = {
  circle: '●',
  square: '■',
  triangle: '▲',
  diamond: '◆',
};

/** Round tick values covering [lo, hi]: steps of 1, 2 or 5 × a power of ten. */
export function niceTicks(lo: number, hi: number, target: number): number[] {
  if (!(hi > lo)) return [lo];
  const rough = (hi - lo) / Math.max(1, target);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.floor(lo / step) * step; t <= hi + step * 1e-9; t += step) {
    ticks.push(Number(t.toPrecision(12)));
  }
  if ((ticks.at(-1) ?? lo) < hi) ticks.push(Number(((ticks.at(-1) ?? lo) + step).toPrecision(12)));
  return ticks;
}

/**
 * Numbers over time as polylines over optional shaded bands, with a y axis of round ticks, x labels
 * and a legend. Positioned by its top-left corner; call setSeries to redraw.
 */
export class LineChart extends Phaser.GameObjects.Container {
  private readonly options: LineChartOptions;
  private readonly plot: Phaser.GameObjects.Graphics;
  private labels: Phaser.GameObjects.Text[] = [];
  private readonly titleWidth: number;

  constructor(
    scene: Phaser.Scene,
    x: number,
    y: number,
    options: LineChartOptions,
    series: readonly ChartSeries[] = [],
    bands: readonly ChartBand[] = [],
  ) {
    super(scene, x, y);
    this.options = options;
    this.plot = scene.add.graphics();
    this.add(this.plot);
    this.titleWidth = 0;
    if (options.title) {
      const title = addText(scene, 0, 0, options.title, {
        fontSize: `${TYPE_SIZE.label}px`,
        color: css(PALETTE.textMuted),
      });
      this.titleWidth = title.width;
      this.add(title);
    }
    this.setSeries(series, bands);
    scene.add.existing(this);
  }

  /** Redraws with these lines and bands; a band with no values keeps its legend entry. */
  setSeries(series: readonly ChartSeries[], bands: readonly ChartBand[] = []): this {
    for (const label of this.labels) label.destroy();
    this.labels = [];
    this.plot.clear();

    const { width, height, xLabels = [], formatY = (v: number) => String(v) } = this.options;
    const named = series.filter((s) => !s.muted);
    // The header row holds the title on the left and the legend on the right, in a second row
    // below it when the legend would reach the title.
    const legendRows = this.options.legend === false ? 0 : this.drawLegend(named, bands);
    const top = CHART.titleHeight + Math.max(0, legendRows - 1) * CHART.legendRowHeight;
    const left = CHART.axisLabelWidth;
    const plotW = width - left - GAP;
    const plotH = height - top - CHART.xLabelHeight;
    const all = [
      ...series.flatMap((s) => s.values),
      ...bands.flatMap((b) => [...b.lo, ...b.hi]),
    ].filter(Number.isFinite);
    const pointCount = Math.max(
      xLabels.length,
      ...series.map((s) => s.values.length),
      ...bands.map((b) => b.lo.length),
      2,
    );
    const dataLo = all.length ? Math.min(...all) : 0;
    const dataHi = all.length ? Math.max(...all) : 1;
    const ticks = niceTicks(
      this.options.yMin ?? dataLo,
      this.options.yMax ?? dataHi,
      CHART.targetTicks,
    );
    const yLo = this.options.yMin ?? ticks[0] ?? dataLo;
    const yHi = this.options.yMax ?? ticks.at(-1) ?? dataHi;
    const span = yHi - yLo || 1;
    const px = (i: number) => left + (plotW * i) / (pointCount - 1);
    const py = (v: number) => top + plotH - ((v - yLo) / span) * plotH;

    const g = this.plot;
    // Grid and y labels.
    for (const t of ticks) {
      if (t < yLo || t > yHi) continue;
      const ty = Math.round(py(t)) + 0.5;
      g.lineStyle(1, PALETTE.rule, 0.7);
      g.lineBetween(left, ty, left + plotW, ty);
      this.addLabel(left - GAP, ty, formatY(t), 1, 0.5);
    }
    // Axes.
    g.lineStyle(1, PALETTE.ruleStrong, 1);
    g.lineBetween(left + 0.5, top, left + 0.5, top + plotH);
    g.lineBetween(left, top + plotH + 0.5, left + plotW, top + plotH + 0.5);
    // X labels, thinned to keep a minimum spacing.
    const every = Math.max(1, Math.ceil(CHART.minXLabelSpacing / (plotW / (pointCount - 1))));
    // The last label always shows; the thinned one before it gives way if the two would touch.
    const last = xLabels.length - 1;
    const lastRegular = last - (last % every);
    xLabels.forEach((text, i) => {
      const regular = i % every === 0 && !(i === lastRegular && i !== last && last - i < every);
      // A full gap below the axis, clear of the lowest y label, which is centred on it.
      if (regular || i === last) this.addLabel(px(i), top + plotH + GAP, text, 0.5, 0);
    });
    // Bands first, at the back; then muted lines; then the named ones with their markers.
    for (const b of bands) {
      const count = Math.min(b.lo.length, b.hi.length);
      if (count < 2) continue;
      const upper = b.hi.slice(0, count).map((v, i) => new Phaser.Math.Vector2(px(i), py(v)));
      const lower = b.lo.slice(0, count).map((v, i) => new Phaser.Math.Vector2(px(i), py(v)));
      g.fillStyle(b.colour, CHART.bandAlpha);
      g.fillPoints([...upper, ...[...lower].reverse()], true);
      g.lineStyle(1, b.colour, CHART.bandEdgeAlpha);
      g.strokePoints(upper, false, false);
      g.strokePoints(lower, false, false);
    }
    const pointsOf = (s: ChartSeries) =>
      s.values.map((v, i) => new Phaser.Math.Vector2(px(i), py(v)));
    for (const s of series) {
      if (!s.muted) continue;
      const points = pointsOf(s);
      g.lineStyle(1, s.colour, 0.45);
      if (points.length > 1) g.strokePoints(points, false, false);
    }
    named.forEach((s, si) => {
      // A point with no figure (NaN) is left out; Phaser's vectors would read it as 0.
      const points = s.values.flatMap((v, i) =>
        Number.isFinite(v) ? [new Phaser.Math.Vector2(px(i), py(v))] : [],
      );
      g.lineStyle(2, s.colour, 1);
      if (points.length > 1 && !s.pointsOnly) g.strokePoints(points, false, false);
      for (const p of points) this.drawMarker(p.x, p.y, s.marker ?? markerFor(si), s.colour);
    });
    return this;
  }

  /**
   * The legend, right-aligned in the header row: the lines, then the bands. Entries that would
   * reach the title go to a second row below, right-aligned too. Returns the rows used.
   */
  private drawLegend(named: readonly ChartSeries[], bands: readonly ChartBand[]): number {
    const width = this.options.width;
    const room = width - (this.titleWidth > 0 ? this.titleWidth + GAP * 3 : 0);
    const entries = [
      ...named.map((s, si) => ({
        name: s.name,
        keyWidth: CHART.markerSize * 2,
        key: (x: number, y: number) => this.drawMarker(x, y, s.marker ?? markerFor(si), s.colour),
      })),
      ...bands.map((b) => ({
        name: b.name,
        keyWidth: GAP * 2,
        key: (x: number, y: number) => this.drawSwatch(x, y, b.colour),
      })),
    ].map((e) => ({ ...e, label: this.addLabel(0, 0, e.name, 1, 0) }));
    const spacing = GAP * 2;
    const widthOf = (e: (typeof entries)[number]) => e.keyWidth + GAP + e.label.width;
    // The first row takes entries from the start while they fit; the rest go below.
    let used = 0;
    let firstRow = 0;
    for (const e of entries) {
      const w = widthOf(e) + (firstRow > 0 ? spacing : 0);
      if (firstRow > 0 && used + w > room) break;
      used += w;
      firstRow++;
    }
    const rows = [entries.slice(0, firstRow), entries.slice(firstRow)].filter((r) => r.length);
    rows.forEach((row, r) => {
      let right = width;
      for (let i = row.length - 1; i >= 0; i--) {
        const e = row[i];
        if (!e) continue;
        const y = r * CHART.legendRowHeight;
        e.label.setPosition(Math.round(right), Math.round(y));
        const keyX = right - e.label.width - GAP - e.keyWidth / 2;
        e.key(keyX, y + e.label.height / 2);
        right = keyX - e.keyWidth / 2 - spacing;
      }
    });
    return rows.length;
  }

  private drawSwatch(x: number, y: number, colour: number): void {
    const w = GAP * 2;
    const h = GAP * 1.5;
    this.plot.fillStyle(colour, CHART.bandAlpha * 2);
    this.plot.fillRect(x - w / 2, y - h / 2, w, h);
    this.plot.lineStyle(1, colour, 1);
    this.plot.strokeRect(x - w / 2 + 0.5, y - h / 2 + 0.5, w - 1, h - 1);
  }

  private addLabel(
    x: number,
    y: number,
    text: string,
    originX: number,
    originY: number,
  ): Phaser.GameObjects.Text {
    const label = addText(this.scene, Math.round(x), Math.round(y), text, {
      fontFamily: FONT.mono,
      fontSize: `${TYPE_SIZE.tag}px`,
      color: css(PALETTE.textMuted),
    }).setOrigin(originX, originY);
    this.add(label);
    this.labels.push(label);
    return label;
  }

  private drawMarker(x: number, y: number, marker: Marker, colour: number): void {
    const g = this.plot;
    const s = CHART.markerSize;
    g.fillStyle(colour, 1);
    switch (marker) {
      case 'circle':
        g.fillCircle(x, y, s);
        break;
      case 'square':
        g.fillRect(x - s, y - s, s * 2, s * 2);
        break;
      case 'triangle':
        g.fillTriangle(x, y - s - 1, x - s - 1, y + s, x + s + 1, y + s);
        break;
      case 'diamond':
        g.fillTriangle(x, y - s - 1, x - s - 1, y, x + s + 1, y);
        g.fillTriangle(x, y + s + 1, x - s - 1, y, x + s + 1, y);
        break;
    }
  }
}
