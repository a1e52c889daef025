import Phaser from 'phaser';
import { classIdOf, teachIdOf } from './online/link';
import { BriefingScene } from './scenes/BriefingScene';
import { ClassResultsScene } from './scenes/ClassResultsScene';
import { DebriefScene } from './scenes/DebriefScene';
import { FacilitatorScene } from './scenes/FacilitatorScene';
import { GlossaryScene } from './scenes/GlossaryScene';
import { HandoverScene } from './scenes/HandoverScene';
import { HelpScene } from './scenes/HelpScene';
import { HowItWorksScene } from './scenes/HowItWorksScene';
import { SCENE, TURN_ENDED } from './scenes/keys';
import { LANGUAGE_SHOWN, redraw, startLanguage } from './scenes/language';
import { loadSessionModule } from './scenes/load';
import { OfferScene } from './scenes/OfferScene';
import {
  ONLINE_SCREEN_NAMES,
  openDashboard,
  openJoinLink,
  openOnlineClass,
} from './scenes/onlineRoutes';
import { QuestionnaireScene } from './scenes/QuestionnaireScene';
import { openReplayLink, ReplayScene } from './scenes/ReplayScene';
import { ReportScene } from './scenes/ReportScene';
import { ResumeOfferScene } from './scenes/ResumeOfferScene';
import { sessionOfGame, viewerOfGame } from './scenes/registry';
import { SettingsScene } from './scenes/SettingsScene';
import { openClassLink, SetupScene } from './scenes/SetupScene';
import { ShareScene } from './scenes/ShareScene';
import { TeachersScene } from './scenes/TeachersScene';
import { TitleScene } from './scenes/TitleScene';
import { TurnScene } from './scenes/TurnScene';
import { ViewerScene } from './scenes/ViewerScene';
import { installAccessLayer } from './ui/access';
import { applyComfort } from './ui/comfort';
import { loadIcons } from './ui/icons';
import { DESIGN } from './ui/layout';
import { loadPageFonts } from './ui/pageFonts';
import { PALETTE } from './ui/palette';
import {
  type Box,
  type PublishedElement,
  type PublishedText,
  publishedElements,
  publishedTexts,
  topElementAt,
} from './ui/publish';
import { installRenderGate } from './ui/renderGate';
import { screenFading } from './ui/transition';
import { installTurnPrompt } from './ui/turnDevice';
import { t } from './words';

/**
 * Read-only view of the running game for browser tests and the web bench. It can observe, never
 * act: tests drive the game through the keyboard and mouse like a player.
 */
export interface PrecursorHook {
  /**
   * True once the first interactive screen (the title) has been rendered, and drawn again in the
   * game's own fonts when they have loaded.
   */
  readonly ready: boolean;
  /** `performance.now()` at the end of the title screen's first rendered frame, else null. */
  readonly firstFrameAt: number | null;
  /** Key of the active scene on top. */
  scene(): string;
  /**
   * The statechart's persisted snapshot as plain JSON, or null before a game starts; in the replay
   * viewer, the snapshot at the turn on screen.
   */
  snapshot(): unknown;
  /**
   * The turns played so far, in the shape of the sim tool's JSON `turns`; [] before a game. In the
   * replay viewer, the turns up to the one on screen.
   */
  turns(): unknown[];
  /** Every visible text on screen, top scene last: what a player can read, for assertions. */
  texts(): string[];
  /**
   * The screen's interactive elements (name, role, state, drawn bounds in page pixels), as the
   * scenes publish them (`ui/publish.ts`).
   */
  elements(): PublishedElement[];
  /** Every visible text with its bounds, the region it sits in and its font size, in page pixels. */
  textBoxes(): PublishedText[];
  /** The element Phaser's input hands a press at this point of the page, or null. */
  hitTest(x: number, y: number): PublishedElement | null;
  /** Every visible picture (an icon, …) with its texture's key and its bounds in page pixels. */
  images(): { texture: string; bounds: Box }[];
  /** Milliseconds from the last "end turn" key or click to the first frame drawn after it. */
  readonly turnUpdateMs: number | null;
  /** How many tweens are running now on the screens on show: none while motion is reduced. */
  tweening(): number;
  /** Whether a screen is fading in now (`ui/transition.ts`). */
  fading(): boolean;
}

declare global {
  interface Window {
    __precursor?: PrecursorHook;
  }
}

/** What the page hands the game. */
export interface GameDeps {
  /** The window the test hook is published on. */
  readonly host: Window;
}

/**
 * The title comes first. There is nothing to preload (all art is drawn in code, and the fonts
 * come after the title's first frame), and every scene started before it would cost a frame before
 * the first interactive one.
 */
const SCENES = [
  TitleScene,
  SetupScene,
  BriefingScene,
  HandoverScene,
  TurnScene,
  ReportScene,
  DebriefScene,
  HelpScene,
  GlossaryScene,
  QuestionnaireScene,
  ReplayScene,
  ViewerScene,
  ShareScene,
  ResumeOfferScene,
  HowItWorksScene,
  TeachersScene,
  FacilitatorScene,
  ClassResultsScene,
  OfferScene,
  SettingsScene,
];

/** Each screen's name, the accessible layer's heading: the key of its words. */
const SCREEN_NAMES: Record<string, string> = {
  [SCENE.title]: 'ui.screen.title',
  [SCENE.setup]: 'ui.screen.setup',
  [SCENE.briefing]: 'ui.screen.briefing',
  [SCENE.handover]: 'ui.screen.handover',
  [SCENE.turn]: 'ui.screen.turn',
  [SCENE.report]: 'ui.screen.report',
  [SCENE.debrief]: 'ui.screen.debrief',
  [SCENE.help]: 'ui.screen.help',
  [SCENE.replay]: 'ui.screen.replay',
  [SCENE.viewer]: 'ui.screen.viewer',
  [SCENE.share]: 'ui.screen.share',
  [SCENE.resumeOffer]: 'ui.screen.resumeOffer',
  [SCENE.howItWorks]: 'ui.screen.howItWorks',
  [SCENE.facilitator]: 'ui.screen.facilitator',
  [SCENE.classResults]: 'ui.screen.classResults',
  [SCENE.offer]: 'ui.screen.offer',
  [SCENE.teachers]: 'ui.screen.teachers',
  [SCENE.glossary]: 'ui.screen.glossary',
  [SCENE.questionnaire]: 'ui.screen.questionnaire',
  [SCENE.settings]: 'ui.screen.settings',
  ...ONLINE_SCREEN_NAMES,
};

/** Creates the game inside `parent`; the page decides where it mounts. */
export function bootGame(parent: HTMLElement, deps: GameDeps): Phaser.Game {
  // High contrast and larger text, as the player last chose them, before anything is drawn.
  applyComfort();
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    title: 'Precursor',
    banner: false,
    backgroundColor: PALETTE.background,
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: DESIGN.width,
      height: DESIGN.height,
    },
    // roundPixels snaps unscaled text and images to whole pixels so they are not resampled;
    // Text also rasterises at the display's pixel density (see ui/typography.ts).
    render: { antialias: true, roundPixels: true },
    input: { keyboard: true, mouse: true, touch: true, gamepad: false },
    // Phaser's own audio stays off: the optional cues are made with Web Audio only when the player
    // turns sound on (ui/sound.ts), which keeps the browser from warning about a suspended context.
    audio: { noAudio: true },
    disableContextMenu: true,
    scene: SCENES,
  });
  installRenderGate(game, deps.host);
  const turnPrompt = installTurnPrompt(deps.host.document, () => t('ui.turnDevice'));
  game.events.on(LANGUAGE_SHOWN, turnPrompt.refresh);
  const afterTitle = watchTitle(game, deps.host);
  publishHook(game, deps.host, async () => {
    // Another language's words and font are fetched once the title has drawn, so they do not
    // hold its first frame back; the screens on show are drawn again when they arrive.
    startLanguage(game, deps.host);
    installAccessLayer(game, deps.host, (key) => t(SCREEN_NAMES[key] ?? key));
    afterTitle();
    // So are the fonts every page draws with: the title is drawn again in them once they have come.
    if (await loadPageFonts()) {
      redraw(game);
      await new Promise((drawn) => game.events.once(Phaser.Core.Events.POST_RENDER, drawn));
    }
  });
  return game;
}

/**
 * What happens around the title: a link carrying `?replay=<code>` opens that replay in the viewer
 * once the title has drawn, one carrying `?class=<code>` opens the setup screen with the class's
 * settings, `?class=<class id>` an online class's join screen and `?teach=<class id>` its teacher's
 * dashboard (`?teach=new` a new class with the default settings); otherwise, whenever the title shows and saved games exist, the resume
 * offer runs beneath it. Returns what to do after the title's first frame.
 */
function watchTitle(game: Phaser.Game, host: Window): () => void {
  let firstShown = false;
  const offer = () => {
    if (!game.scene.isActive(SCENE.title)) return;
    game.scene.run(SCENE.resumeOffer);
    game.scene.sendToBack(SCENE.resumeOffer);
  };
  game.events.once(Phaser.Core.Events.READY, () => {
    const title = game.scene.getScene(SCENE.title);
    title?.events.on(Phaser.Scenes.Events.CREATE, () => {
      if (firstShown) offer();
    });
    title?.events.on(Phaser.Scenes.Events.SHUTDOWN, () => game.scene.stop(SCENE.resumeOffer));
  });
  return () => {
    firstShown = true;
    // Every screen but the title needs the words that come with the game's chunk.
    void loadSessionModule().then(() => openFromAddress(game, host, offer));
  };
}

/** Opens what the page's address asks for, or else offers the saved games beneath the title. */
function openFromAddress(game: Phaser.Game, host: Window, offer: () => void): void {
  const query = new URLSearchParams(host.location.search);
  const replay = query.get('replay');
  const classCode = query.get('class');
  const title = game.scene.getScene(SCENE.title);
  const joining = classIdOf(host.location.search);
  const teaching = teachIdOf(host.location.search);
  if (replay !== null && title) openReplayLink(title, replay);
  else if (teaching === 'new' && title) openOnlineClass(title, null);
  else if (teaching !== null && title) openDashboard(title, teaching);
  else if (joining !== null && title) openJoinLink(title, joining);
  else if (classCode !== null && title) openClassLink(title, classCode);
  else offer();
}

function activeSceneKey(game: Phaser.Game): string {
  return game.scene.getScenes(true).at(-1)?.scene.key ?? '';
}

/**
 * Publishes the test hook. `afterFirstFrame` runs once the title has drawn its first frame; the
 * game is ready once what it starts has settled (the title drawn again in the game's fonts).
 */
function publishHook(game: Phaser.Game, host: Window, afterFirstFrame: () => Promise<void>): void {
  let firstFrameAt: number | null = null;
  let settled = false;
  const markFirstFrame = () => {
    if (activeSceneKey(game) !== SCENE.title) return;
    firstFrameAt = host.performance.now();
    game.events.off(Phaser.Core.Events.POST_RENDER, markFirstFrame);
    // Fetch the model's chunk and the icons while the player reads the title.
    void loadSessionModule();
    void loadIcons(game.textures);
    void afterFirstFrame().finally(() => {
      settled = true;
    });
  };
  let turnEndAt: number | null = null;
  let turnUpdateMs: number | null = null;
  game.events.on(TURN_ENDED, (at: number) => {
    turnEndAt = at;
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (turnEndAt === null) return;
    turnUpdateMs = host.performance.now() - turnEndAt;
    turnEndAt = null;
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, markFirstFrame);
  const hook: PrecursorHook = Object.freeze({
    get ready() {
      return settled;
    },
    get firstFrameAt() {
      return firstFrameAt;
    },
    get turnUpdateMs() {
      return turnUpdateMs;
    },
    scene: () => activeSceneKey(game),
    snapshot: () => (sessionOfGame(game) ?? viewerOfGame(game))?.persistedJson() ?? null,
    turns: () => (sessionOfGame(game) ?? viewerOfGame(game))?.turnsJson() ?? [],
    texts: () => visibleTexts(game),
    fading: () => screenFading(game),
    images: () =>
      visibleImages(game).map((i) => ({ texture: i.texture, bounds: toPage(game, i.bounds) })),
    elements: () => publishedElements(game).map((e) => ({ ...e, bounds: toPage(game, e.bounds) })),
    textBoxes: () =>
      publishedTexts(game, { x: 0, y: 0, w: DESIGN.width, h: DESIGN.height }).map((t) => ({
        ...t,
        bounds: toPage(game, t.bounds),
        regionBounds: toPage(game, t.regionBounds),
        size: t.size * canvasFrame(game).scale,
      })),
    tweening: () => game.scene.getScenes(true).reduce((n, s) => n + s.tweens.getTweens().length, 0),
    hitTest: (x: number, y: number) => {
      const { left, top, scale } = canvasFrame(game);
      const found = topElementAt(game, (x - left) / scale, (y - top) / scale);
      return found ? { ...found, bounds: toPage(game, found.bounds) } : null;
    },
  });
  Object.defineProperty(host, '__precursor', { value: hook, configurable: true });
}

/** Where the canvas sits on the page, and page pixels per design pixel. */
function canvasFrame(game: Phaser.Game): { left: number; top: number; scale: number } {
  const rect = game.canvas.getBoundingClientRect();
  return { left: rect.left, top: rect.top, scale: rect.width / DESIGN.width };
}

function toPage(game: Phaser.Game, box: Box): Box {
  const { left, top, scale } = canvasFrame(game);
  return { x: left + box.x * scale, y: top + box.y * scale, w: box.w * scale, h: box.h * scale };
}

/** Calls `visit` on every visible object of the visible scenes, inside containers too. */
function eachVisible(game: Phaser.Game, visit: (o: Phaser.GameObjects.GameObject) => void): void {
  const walk = (list: readonly Phaser.GameObjects.GameObject[]) => {
    for (const o of list) {
      const shown = o as unknown as { visible?: boolean; alpha?: number };
      if (shown.visible === false || shown.alpha === 0) continue;
      visit(o);
      if (o instanceof Phaser.GameObjects.Container) walk(o.list);
    }
  };
  for (const scene of game.scene.getScenes(true))
    if (scene.sys.isVisible()) walk(scene.children.list);
}

function visibleTexts(game: Phaser.Game): string[] {
  const out: string[] = [];
  eachVisible(game, (o) => {
    if (o instanceof Phaser.GameObjects.Text && o.text) out.push(o.text);
  });
  return out;
}

function visibleImages(game: Phaser.Game): { texture: string; bounds: Box }[] {
  const out: { texture: string; bounds: Box }[] = [];
  eachVisible(game, (o) => {
    if (!(o instanceof Phaser.GameObjects.Image)) return;
    const b = o.getBounds();
    out.push({ texture: o.texture.key, bounds: { x: b.x, y: b.y, w: b.width, h: b.height } });
  });
  return out;
}
