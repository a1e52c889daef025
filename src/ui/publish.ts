import Phaser from 'phaser';

/**
 * What a screen publishes about itself: its interactive elements (name, role, state, bounds) and
 * its visible texts (with bounds and the region each belongs to), all read from the display list
 * in one place. The test hook hands them out today; a parallel accessible layer can read the same.
 *
 * Bounds are the drawn ones (what a widget says it paints), never the hit area, so that a test can
 * check one against the other.
 */

/** A rectangle in design pixels (or page pixels, once converted). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Role = 'button' | 'card' | 'toggle' | 'link' | 'column header' | 'row' | 'control';

/** What an interactive element says about itself. */
export interface Described {
  name: string;
  role: Role;
  /** Words such as `focused`, `disabled`, `selected`, `picked`. */
  state: string[];
  /** More than the name says: a card's cost and why it cannot be played, a disabled reason. */
  description?: string;
}

export interface PublishedElement extends Described {
  scene: string;
  bounds: Box;
}

export interface PublishedText {
  scene: string;
  text: string;
  bounds: Box;
  /** The region the text sits in (a panel, a dialog, a button), or the screen when in none. */
  region: string;
  regionBounds: Box;
  /** Floats above the screen on purpose (a tooltip): not checked against the texts beneath. */
  floating: boolean;
  /** Its font size as drawn, in the units of `bounds` (any scale of its containers included). */
  size: number;
}

const PRESSABLE = 'precursor.pressable';
const REGION = 'precursor.region';
const FLOATING = 'precursor.floating';
const FOCUS_ORDER = 'precursor.focusOrder';

/** What pressing and focusing a widget does: the very handlers its pointer and keyboard use. */
export interface PressableActions {
  activate: () => void;
  /** Moves the screen's keyboard focus onto the widget (as the pointer moving onto it does). */
  focus: () => void;
}

interface PressableMark {
  width: number;
  height: number;
  describe: () => Described;
  actions?: PressableActions;
}

interface RegionMark {
  name: string;
  /** A dialog drawn over the rest of its scene: what lies beneath it is covered. */
  modal: boolean;
  /** In the object's local space (for a Graphics, in the scene's when it is at 0,0). */
  box: Box;
}

/**
 * Declares `target` interactive, drawn as the `width` × `height` box from its local origin, and
 * how it describes itself. Every pressable widget goes through here (see `makePressable`).
 */
export function markPressable(
  target: Phaser.GameObjects.GameObject,
  width: number,
  height: number,
  describe: () => Described,
  actions?: PressableActions,
): void {
  const mark: PressableMark = actions
    ? { width, height, describe, actions }
    : { width, height, describe };
  target.setData(PRESSABLE, mark);
}

/** Declares `target` the `index`-th stop of its screen's keyboard focus (see `FocusList`). */
export function markFocusOrder(target: object, index: number): void {
  if (target instanceof Phaser.GameObjects.GameObject) target.setData(FOCUS_ORDER, index);
}

/**
 * Declares that `target` frames a region (a panel, a dialog) its texts must stay inside; a modal
 * one covers everything its scene drew before it.
 */
export function markRegion(
  target: Phaser.GameObjects.GameObject,
  name: string,
  box: Box,
  modal = false,
): void {
  target.setData(REGION, { name, box, modal } satisfies RegionMark);
}

/** Declares that `target` floats above the screen on purpose (tooltips). */
export function markFloating(target: Phaser.GameObjects.GameObject): void {
  target.setData(FLOATING, true);
}

/** The screen itself, the region of any text in no other. */
export const SCREEN_REGION = 'screen';

type Shown = { visible?: boolean; alpha?: number };
const hidden = (o: Phaser.GameObjects.GameObject) =>
  (o as unknown as Shown).visible === false || (o as unknown as Shown).alpha === 0;

/** The box local (0,0)–(w,h) of `o` covers on screen, in design pixels. */
function worldBox(o: Phaser.GameObjects.GameObject, local: Box): Box {
  const m = (o as unknown as Phaser.GameObjects.Components.Transform).getWorldTransformMatrix();
  const a = m.transformPoint(local.x, local.y);
  const b = m.transformPoint(local.x + local.w, local.y + local.h);
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    w: Math.abs(b.x - a.x),
    h: Math.abs(b.y - a.y),
  };
}

interface Walked {
  scene: Phaser.Scene;
  object: Phaser.GameObjects.GameObject;
  floating: boolean;
}

/**
 * Every shown object of every visible scene, bottom scene first, in display order; what a modal
 * dialog covers is left out.
 */
function walk(game: Phaser.Game): Walked[] {
  let out: Walked[] = [];
  const visit = (
    scene: Phaser.Scene,
    list: readonly Phaser.GameObjects.GameObject[],
    floating: boolean,
  ) => {
    for (const o of list) {
      if (hidden(o)) continue;
      const floats = floating || o.getData?.(FLOATING) === true;
      out.push({ scene, object: o, floating: floats });
      if (o instanceof Phaser.GameObjects.Container) visit(scene, o.list, floats);
    }
  };
  for (const scene of game.scene.getScenes(true)) {
    if (!scene.sys.isVisible()) continue;
    const from = out.length;
    scene.sys.displayList.depthSort();
    visit(scene, scene.children.list, false);
    let modal = -1;
    for (let i = from; i < out.length; i++)
      if ((out[i]?.object.getData?.(REGION) as RegionMark | undefined)?.modal) modal = i;
    if (modal >= 0) out = [...out.slice(0, from), ...out.slice(modal)];
  }
  return out;
}

function pressableOf(o: Phaser.GameObjects.GameObject): PressableMark | null {
  const mark = o.getData?.(PRESSABLE) as PressableMark | undefined;
  return mark && o.input?.enabled ? mark : null;
}

function elementOf(scene: Phaser.Scene, o: Phaser.GameObjects.GameObject): PublishedElement | null {
  const mark = pressableOf(o);
  if (!mark) return null;
  return {
    scene: scene.scene.key,
    ...mark.describe(),
    bounds: worldBox(o, { x: 0, y: 0, w: mark.width, h: mark.height }),
  };
}

/** An element with the handlers behind it, for the accessible layer (`ui/access.ts`). */
export interface Reachable extends PublishedElement {
  /** Its place in the screen's keyboard focus, or null when the keyboard does not stop on it. */
  order: number | null;
  activate(): void;
  focus(): void;
}

/**
 * Every interactive element that takes input now, in the order of the screen's keyboard focus
 * (those the focus does not stop on after, in display order), with what pressing and focusing it
 * does.
 */
export function reachableElements(game: Phaser.Game): Reachable[] {
  const out: Reachable[] = [];
  for (const { scene, object } of walk(game)) {
    if (!scene.input?.isActive()) continue;
    const element = elementOf(scene, object);
    const actions = pressableOf(object)?.actions;
    if (!element || !actions) continue;
    const order = object.getData?.(FOCUS_ORDER);
    out.push({ ...element, order: typeof order === 'number' ? order : null, ...actions });
  }
  const rank = (r: Reachable) => r.order ?? Number.POSITIVE_INFINITY;
  return out
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => r);
}

/** Every interactive element shown, in design pixels. */
export function publishedElements(game: Phaser.Game): PublishedElement[] {
  const out: PublishedElement[] = [];
  for (const { scene, object } of walk(game)) {
    // A screen paused under an overlay takes no presses: its elements are out of reach.
    if (!scene.input?.isActive()) continue;
    const element = elementOf(scene, object);
    if (element) out.push(element);
  }
  return out;
}

const within = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;

/** Every text a player can read, with its region, in design pixels. */
export function publishedTexts(game: Phaser.Game, screen: Box): PublishedText[] {
  const walked = walk(game);
  const regions = new Map<Phaser.Scene, { name: string; bounds: Box }[]>();
  for (const { scene, object } of walked) {
    const list = regions.get(scene) ?? [];
    regions.set(scene, list);
    const region = object.getData?.(REGION) as RegionMark | undefined;
    if (region) list.push({ name: region.name, bounds: worldBox(object, region.box) });
    const element = elementOf(scene, object);
    if (element) list.push({ name: `${element.role} “${element.name}”`, bounds: element.bounds });
  }
  const out: PublishedText[] = [];
  for (const { scene, object, floating } of walked) {
    if (!(object instanceof Phaser.GameObjects.Text) || !object.text.trim()) continue;
    const b = object.getBounds();
    const bounds = { x: b.x, y: b.y, w: b.width, h: b.height };
    // The smallest region holding the text's first line: the one it was written into.
    const anchor = { x: bounds.x + 1, y: bounds.y + 1 };
    const holding = (regions.get(scene) ?? [])
      .filter((r) => within(anchor, r.bounds))
      .sort((p, q) => p.bounds.w * p.bounds.h - q.bounds.w * q.bounds.h)[0];
    out.push({
      scene: scene.scene.key,
      text: object.text,
      bounds,
      region: holding?.name ?? SCREEN_REGION,
      regionBounds: holding?.bounds ?? screen,
      floating,
      size:
        Number.parseFloat(String(object.style.fontSize)) * object.getWorldTransformMatrix().scaleY,
    });
  }
  return out;
}

/**
 * The element Phaser's input would hand a press at (x, y) in design pixels: scenes from the top,
 * the first that takes input and has an interactive object there, its topmost one. Null when the
 * press lands on nothing interactive, or on an interactive object that publishes nothing.
 */
export function topElementAt(game: Phaser.Game, x: number, y: number): PublishedElement | null {
  const manager = game.input;
  const PointerClass = manager.activePointer.constructor as new (
    m: Phaser.Input.InputManager,
    id: number,
  ) => Phaser.Input.Pointer;
  const pointer = new PointerClass(manager, 99);
  pointer.position.set(x, y);
  for (const scene of game.scene.getScenes(true).reverse()) {
    const input = scene.input;
    if (!input?.isActive()) continue;
    const over = input.hitTestPointer(pointer);
    if (over.length === 0) continue;
    const top = input.sortGameObjects([...over], pointer)[0];
    return top ? elementOf(scene, top) : null;
  }
  return null;
}

const ROW = 'precursor.row';
const HEADING = 'precursor.heading';

interface RowMark {
  table: string;
  cells: () => string[];
}

/** Declares `target` a row of the table `table` (the indicators): its cells, read when published. */
export function markRow(
  target: Phaser.GameObjects.GameObject,
  table: string,
  cells: () => string[],
): void {
  target.setData(ROW, { table, cells } satisfies RowMark);
}

/** Declares a text a heading (a section's caption). */
export function markHeading(target: Phaser.GameObjects.GameObject): void {
  target.setData(HEADING, true);
}

const SHORTCUTS = 'precursor.shortcuts';

/** Declares a text a line of keyboard shortcuts: the text view, for touch, leaves it out. */
export function markShortcuts(target: Phaser.GameObjects.GameObject): void {
  target.setData(SHORTCUTS, true);
}

/** What a screen says, as the accessible layer reads it: paragraphs and headings, then tables. */
export interface PublishedContent {
  /** Texts outside any interactive element or table row, in display order, by region. */
  texts: { text: string; region: string; heading: boolean; shortcuts: boolean }[];
  tables: { name: string; rows: string[][] }[];
}

const inside = (o: Phaser.GameObjects.GameObject, key: string): boolean => {
  for (let p = o.parentContainer; p; p = p.parentContainer) if (p.getData?.(key)) return true;
  return false;
};

/**
 * The content of the scenes that take input now (else of every visible one): what a player reads
 * besides the buttons. Tooltips are left out: what they say is in the elements' descriptions.
 */
export function publishedContent(game: Phaser.Game): PublishedContent {
  const walked = walk(game);
  const taking = walked.some(({ scene }) => scene.input?.isActive());
  const texts: PublishedContent['texts'] = [];
  const tables = new Map<string, string[][]>();
  let region = SCREEN_REGION;
  for (const { scene, object, floating } of walked) {
    if (taking && !scene.input?.isActive()) continue;
    const named = object.getData?.(REGION) as RegionMark | undefined;
    if (named) region = named.name;
    const row = object.getData?.(ROW) as RowMark | undefined;
    if (row) {
      const rows = tables.get(row.table) ?? [];
      tables.set(row.table, rows);
      rows.push(row.cells());
      continue;
    }
    if (floating || !(object instanceof Phaser.GameObjects.Text) || !object.text.trim()) continue;
    if (inside(object, PRESSABLE) || inside(object, ROW)) continue;
    texts.push({
      text: object.text,
      region,
      heading: object.getData?.(HEADING) === true,
      shortcuts: object.getData?.(SHORTCUTS) === true,
    });
  }
  return { texts, tables: [...tables].map(([name, rows]) => ({ name, rows })) };
}
