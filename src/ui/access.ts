import Phaser from 'phaser';
import { t as words } from '../words';
import { ANNOUNCE } from './announce';
import { comfort, setComfort, textViewOn } from './comfort';
import { DESIGN } from './layout';
import {
  type PublishedContent,
  publishedContent,
  type Reachable,
  reachableElements,
} from './publish';
import { KICK } from './renderGate';
import { FONT } from './typography';

/**
 * The accessible layer: real HTML that mirrors the screen for assistive technology, built from what
 * the scenes publish (`publish.ts`), the one source the tests read too. The screen's name as a
 * heading, its texts by region, the indicators as a table, then its interactive elements as buttons
 * in the order of the canvas's keyboard focus (move cards as toggle buttons, their cost and refusal
 * in the description). Pressing one runs the handler the canvas element runs; focus moves with the
 * canvas's both ways. One polite live region says what `announce` is given. The canvas itself is
 * hidden from assistive technology.
 *
 * The layer lies over the canvas, each button on its widget, transparent and out of the pointer's
 * way: the mouse still plays on the canvas, a magnifier follows the focus to the right place.
 *
 * In the text view (a comfort setting, for screens too small to read the drawing on) the same layer
 * is shown instead of the canvas, as a page: the texts, the table and the buttons in the focus
 * order, in type no smaller than 14 CSS px, each button a full-width row a finger can press, with
 * the last things said at the foot and a button back to the drawn screen at the top.
 */

const STYLE = `
#a11y{position:fixed;opacity:0;pointer-events:none;overflow:hidden;margin:0;padding:0}
#a11y button{position:absolute;margin:0;padding:0;border:0;background:transparent;color:#fff;font-size:12px;overflow:hidden}
#a11y .sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
#a11y ul{list-style:none;margin:0;padding:0}
#a11y .drawn{display:none}
body.text-view canvas{visibility:hidden}
#a11y.text{inset:0;opacity:1;pointer-events:auto;overflow:auto;background:#0e1319;color:#e9edf2;font:16px/1.45 ${FONT.sans};padding:12px 16px 32px;box-sizing:border-box;z-index:5}
#a11y.text .sr{position:static;width:auto;height:auto;overflow:visible;clip-path:none;white-space:normal}
#a11y.text h1{font-size:20px;margin:4px 0 8px}
#a11y.text h2{font-size:14px;letter-spacing:.06em;text-transform:uppercase;color:#aab4c0;margin:14px 0 4px}
#a11y.text p{margin:2px 0}
#a11y.text table{border-collapse:collapse;margin:10px 0;font-size:15px}
#a11y.text caption{text-align:left;font-size:14px;color:#aab4c0;padding-bottom:4px}
#a11y.text th,#a11y.text td{padding:3px 10px 3px 0;text-align:left;font-weight:normal}
#a11y.text button,#a11y.text .drawn{display:block;position:static;width:100%;min-height:44px;margin:6px 0 0;padding:8px 12px;border:1px solid #3b4756;border-radius:6px;background:#19222d;color:#e9edf2;font:600 16px/1.3 ${FONT.sans};text-align:left}
#a11y.text button[aria-pressed=true]{border-color:#f2b33d;box-shadow:inset 5px 0 #f2b33d}
#a11y.text button[aria-pressed=true]::before{content:"✓ "}
#a11y.text button[aria-current=true]{border-color:#f2b33d}
#a11y.text button[aria-disabled=true]{color:#98a3b0}
#a11y.text li>.sr{display:block;font-size:14px;color:#aab4c0;margin:2px 0 0 12px}
#a11y.text .keys{display:none}
#a11y.text [role=log]{margin-top:16px;border-top:1px solid #3b4756;padding-top:8px;font-size:14px;color:#aab4c0}
#a11y.text [role=log] p:not(:nth-last-child(-n+3)){display:none}`;

const ANNOUNCEMENTS_KEPT = 40;

interface Control {
  key: string;
  button: HTMLButtonElement;
  description: HTMLElement;
  reach: Reachable;
}

export interface AccessLayer {
  /** Rebuilds the layer from what the screen publishes now. */
  update(): void;
  readonly root: HTMLElement;
}

/**
 * Builds the layer beside the canvas of `game`; `screenName` names a scene by its key. Call after
 * the title's first frame: nothing here is on its path.
 */
export function installAccessLayer(
  game: Phaser.Game,
  host: Window,
  screenName: (key: string) => string,
): AccessLayer {
  const doc = host.document;
  const style = doc.createElement('style');
  style.textContent = STYLE;
  doc.head.append(style);
  game.canvas.setAttribute('aria-hidden', 'true');

  const root = doc.createElement('div');
  root.id = 'a11y';
  const main = doc.createElement('main');
  const heading = doc.createElement('h1');
  heading.className = 'sr';
  const content = doc.createElement('div');
  content.className = 'sr';
  const controls = doc.createElement('div');
  // Shown in the text view only: back to the drawn screen.
  const drawn = doc.createElement('button');
  drawn.type = 'button';
  drawn.className = 'drawn';
  drawn.addEventListener('click', () => {
    setComfort({ ...comfort(), textView: false });
    update();
    kick();
  });
  const log = doc.createElement('div');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', 'Announcements');
  log.className = 'sr';
  main.append(drawn, heading, content, controls);
  root.append(main, log);
  doc.body.append(root);

  let current: Control[] = [];
  let described = 0;
  let contentKey = '';
  /** While the layer moves the page's focus itself, focus events do not go back to the canvas. */
  let syncing = false;
  /** A key just pressed on a button: the click the browser makes of it is the canvas's to handle. */
  let keyed = false;

  const kick = () => game.events.emit(KICK);

  // Enter and Space on a focused button reach the game's keyboard as on the canvas; the click the
  // browser would add is dropped, so a key never acts twice.
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      keyed = true;
      host.setTimeout(() => {
        keyed = false;
      }, 0);
    }
  });
  root.addEventListener('keyup', (e) => {
    if (e.key === ' ') {
      keyed = true;
      host.setTimeout(() => {
        keyed = false;
      }, 0);
    }
  });

  const makeControl = (key: string): Control => {
    const button = doc.createElement('button');
    button.type = 'button';
    const description = doc.createElement('span');
    description.className = 'sr';
    described += 1;
    description.id = `a11y-description-${described}`;
    const control: Control = { key, button, description, reach: undefined as never };
    button.addEventListener('click', () => {
      if (keyed) return;
      control.reach.activate();
      kick();
    });
    button.addEventListener('focus', () => {
      if (syncing) return;
      control.reach.focus();
      kick();
    });
    return control;
  };

  const describeControl = (c: Control, scale: number) => {
    const r = c.reach;
    const b = c.button;
    const text = r.name.replace(/\s+/g, ' ').trim();
    if (b.textContent !== text) b.textContent = text;
    const disabled = r.state.includes('disabled');
    setAttr(b, 'aria-disabled', disabled ? 'true' : null);
    const toggle = r.role === 'card' || r.role === 'toggle';
    setAttr(
      b,
      'aria-pressed',
      toggle ? String(r.state.includes('picked') || r.state.includes('checked')) : null,
    );
    const current = r.state.includes('current') || r.state.includes('selected');
    setAttr(b, 'aria-current', current ? 'true' : null);
    const sorted = r.state.find((s) => s.startsWith('sorted '));
    setAttr(b, 'aria-label', sorted ? `${text}, ${sorted}` : null);
    const description = r.description ?? '';
    if (c.description.textContent !== description) c.description.textContent = description;
    setAttr(b, 'aria-describedby', description ? c.description.id : null);
    const pos = textView
      ? ''
      : `left:${r.bounds.x * scale}px;top:${r.bounds.y * scale}px;width:${r.bounds.w * scale}px;height:${r.bounds.h * scale}px`;
    if (b.style.cssText !== pos) b.style.cssText = pos;
  };

  let textView = false;
  const update = () => {
    textView = textViewOn();
    // The page's presses are the text view's alone: Phaser also reads presses outside its
    // canvas, and would press what is drawn, hidden, beneath a finger.
    if (game.input.mouse) game.input.mouse.enabled = !textView;
    if (game.input.touch) game.input.touch.enabled = !textView;
    root.classList.toggle('text', textView);
    doc.body.classList.toggle('text-view', textView);
    const said = words('ui.access.said');
    if (log.getAttribute('aria-label') !== said) log.setAttribute('aria-label', said);
    const back = words('ui.access.drawn');
    if (drawn.textContent !== back) drawn.textContent = back;
    const rect = game.canvas.getBoundingClientRect();
    const frame = textView
      ? ''
      : `left:${rect.left}px;top:${rect.top}px;width:${rect.width}px;height:${rect.height}px`;
    if (root.style.cssText !== frame) root.style.cssText = frame;
    const scale = rect.width / DESIGN.width;

    const top = game.scene.getScenes(true).at(-1)?.scene.key ?? '';
    const name = screenName(top);
    if (heading.textContent !== name) heading.textContent = name;

    const { texts, tables } = publishedContent(game);
    const key = JSON.stringify([texts, tables]);
    if (key !== contentKey) {
      contentKey = key;
      content.replaceChildren(...renderContent(doc, texts, tables));
    }

    const reach = reachableElements(game);
    const seen = new Map<string, number>();
    const keys = reach.map((r) => {
      const base = `${r.scene}|${r.role}|${r.name}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return `${base}|${n}`;
    });
    const sameOrder = keys.length === current.length && keys.every((k, i) => current[i]?.key === k);
    if (!sameOrder) {
      const old = new Map(current.map((c) => [c.key, c]));
      const next = keys.map((k) => old.get(k) ?? makeControl(k));
      next.forEach((c, i) => {
        c.reach = reach[i] as Reachable;
      });
      const hadFocus = root.contains(doc.activeElement);
      syncing = true;
      controls.replaceChildren(...list(doc, next));
      syncing = false;
      current = next;
      if (hadFocus && !root.contains(doc.activeElement)) followFocus(true);
    } else {
      current.forEach((c, i) => {
        c.reach = reach[i] as Reachable;
      });
    }
    for (const c of current) describeControl(c, scale);
    followFocus(false);
  };

  /** Puts the page's focus on the button of the element the canvas has focused. */
  const followFocus = (force: boolean) => {
    const focused = current.find((c) => c.reach.state.includes('focused'));
    if (!focused || doc.activeElement === focused.button) return;
    const active = doc.activeElement;
    const typing = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement;
    if (typing && !force) return;
    syncing = true;
    focused.button.focus({ preventScroll: true });
    syncing = false;
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    host.setTimeout(() => {
      scheduled = false;
      update();
    }, 0);
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, schedule);
  host.addEventListener('resize', schedule);

  game.events.on(ANNOUNCE, (text: string) => {
    const p = doc.createElement('p');
    p.textContent = text;
    log.append(p);
    while (log.childElementCount > ANNOUNCEMENTS_KEPT) log.firstElementChild?.remove();
  });

  update();
  return { update, root };
}

function setAttr(e: HTMLElement, name: string, value: string | null): void {
  if (value === null) {
    if (e.hasAttribute(name)) e.removeAttribute(name);
  } else if (e.getAttribute(name) !== value) e.setAttribute(name, value);
}

/** The buttons, each in a list item; the move cards (and toggles) in a list of their own. */
function list(doc: Document, controls: Control[]): HTMLElement[] {
  const out: HTMLElement[] = [];
  let group: HTMLUListElement | null = null;
  let groupRole = '';
  for (const c of controls) {
    const role = c.reach.role === 'card' ? 'card' : 'other';
    if (!group || role !== groupRole) {
      group = doc.createElement('ul');
      group.setAttribute(
        'aria-label',
        words(role === 'card' ? 'ui.access.cards' : 'ui.access.actions'),
      );
      groupRole = role;
      out.push(group);
    }
    const li = doc.createElement('li');
    li.append(c.button, c.description);
    group.append(li);
  }
  return out;
}

/** The screen's texts by region (a region's captions as headings), then its tables. */
function renderContent(
  doc: Document,
  texts: PublishedContent['texts'],
  tables: { name: string; rows: string[][] }[],
): HTMLElement[] {
  const out: HTMLElement[] = [];
  let section: HTMLElement | null = null;
  let region = '';
  for (const t of texts) {
    if (!section || t.region !== region) {
      section = doc.createElement('section');
      section.setAttribute('aria-label', t.region);
      region = t.region;
      out.push(section);
    }
    const e = doc.createElement(t.heading ? 'h2' : 'p');
    // Keyboard shortcuts: read out to keyboard users, not shown in the text view, which is tapped.
    if (t.shortcuts) e.className = 'keys';
    e.textContent = t.text.replace(/\s*\n\s*/g, ' ').trim();
    section.append(e);
  }
  const columns = [
    words('ui.access.indicator'),
    words('ui.access.value'),
    words('ui.access.change'),
  ];
  for (const t of tables) {
    const table = doc.createElement('table');
    const caption = doc.createElement('caption');
    caption.textContent = t.name;
    const head = doc.createElement('tr');
    for (const h of columns) {
      const th = doc.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      head.append(th);
    }
    table.append(caption, head);
    for (const row of t.rows) {
      const tr = doc.createElement('tr');
      row.forEach((cell, i) => {
        const td = doc.createElement(i === 0 ? 'th' : 'td');
        if (td instanceof HTMLTableCellElement && i === 0) td.scope = 'row';
        td.textContent = cell;
        tr.append(td);
      });
      table.append(tr);
    }
    out.push(table);
  }
  return out;
}
