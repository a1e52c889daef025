import type Phaser from 'phaser';
import { Button } from '../ui/Button';
import { DomField } from '../ui/DomField';
import type { Focusable, FocusList } from '../ui/FocusList';
import type { Region } from '../ui/grid';
import { onKeyDown, restartScene } from '../ui/keyboard';
import { BACK_BUTTON, DESIGN, GAP, MARGIN, SETUP } from '../ui/layout';
import { copyText, pageAddress } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import type { PolicyOption, Seat, SetupChoice, SetupOptions } from '../view/setup';
import { t } from '../words';
import { startLiveGame } from './flow';
import { SCENE } from './keys';
import { loadSessionModule, type SessionModule } from './load';
import { openOnlineClass } from './onlineRoutes';
import type { QuestionnaireData } from './QuestionnaireScene';
import { modalDialog, Screen } from './screen';

interface SetupData {
  choice?: SetupChoice;
  focus?: number;
  /** Why a class code was refused, shown in the class row. */
  classProblem?: string;
  /** The classroom options are open over the screen. */
  classroom?: boolean;
}

/** The side an AI's personality is asked about. */
type Side = Parameters<SessionModule['policyOptions']>[1];

function randomSeed(m: SessionModule): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return m.seedFrom(word[0] ?? 0);
}

/** Width of the right column, from its left edge to the margin. */
const RIGHT_WIDTH = DESIGN.width - MARGIN - SETUP.right;

/** Personality button `i` in one column (one side asked about), from `y`. */
function policyRow(y: number, i: number): Region {
  return {
    x: SETUP.right,
    y: y + i * SETUP.policyRow,
    w: SETUP.policyButton,
    h: SETUP.policyRow - 6,
  };
}

/** Personality button `i` in the grid (both sides asked about), from `y`. */
function policyCell(y: number, i: number): Region {
  return {
    x: SETUP.right + (i % SETUP.policyColumns) * (SETUP.policyCell + GAP),
    y: y + Math.floor(i / SETUP.policyColumns) * SETUP.policyRowCompact,
    w: SETUP.policyCell,
    h: SETUP.policyRowCompact - 6,
  };
}

/** A new game: scenario, who plays which side, the AI's personality and the seed. */
export class SetupScene extends Screen {
  private choice!: SetupChoice;
  private items: Focusable[] = [];
  private list: FocusList | null = null;
  private classroomOpen = false;

  constructor() {
    super(SCENE.setup);
  }

  create(data: SetupData): void {
    this.items = [];
    this.list = null;
    this.classroomOpen = data.classroom === true || data.classProblem !== undefined;
    new ScreenHeader(this, t('screen.setup.header'), t('screen.setup.headerKeys'));
    const loading = addText(this, MARGIN, SETUP.scenarioTop, t('screen.setup.loading'), {
      color: css(PALETTE.textMuted),
    });
    this.withSession((m) => {
      loading.destroy();
      this.choice = data.choice ?? m.defaultChoice(randomSeed(m));
      this.build(m, data.focus, data.classProblem);
      this.drawn();
    });
  }

  private restartWith(change: Partial<SetupChoice>, focus: number): void {
    restartScene(this, {
      choice: { ...this.choice, ...change },
      focus,
      classroom: this.classroomOpen,
    } satisfies SetupData);
  }

  /** Adds `item` as the next focus stop; `make` gets its index (where focus returns after a restart). */
  private stop<T extends Focusable>(make: (index: number) => T): T {
    const item = make(this.items.length);
    this.items.push(item);
    return item;
  }

  private build(m: SessionModule, focus: number | undefined, classProblem?: string): void {
    const options = m.setupOptions();
    this.scenarios(m, options);
    this.seats(m);
    this.personalities(m, options);
    const { start, classroom } = this.buttons(m);
    this.keys((e) => {
      const K = KEYS.setup;
      if (this.classroomOpen || this.list?.suspended) return;
      if (pressed(e, K.start)) this.start(m);
      else if (pressed(e, K.classroom)) this.openClassroom(true);
    });
    if (this.classroomOpen) {
      this.hint(t('screen.setup.hint', { context: 'classroom' }));
      this.items = [];
      this.list = this.focus(this.classroom(m, options, classProblem), {
        numberKeys: false,
        initial: focus ?? 0,
        onBack: () => this.openClassroom(false, classroom),
      });
      return;
    }
    this.hint(t('screen.setup.hint'));
    this.list = this.focus(this.items, {
      numberKeys: false,
      enterFree: true,
      initial: focus ?? start,
      onBack: () => this.scene.start(SCENE.title),
    });
  }

  /** Opens or closes the classroom options; on closing, focus returns to their button. */
  private openClassroom(open: boolean, focus?: number): void {
    restartScene(this, {
      choice: this.choice,
      classroom: open,
      ...(focus === undefined ? {} : { focus }),
    } satisfies SetupData);
  }

  /**
   * The classroom options, a panel over the screen: quarters, timer, crises, the class code and its
   * link, the seed, the online class. Returns its focus stops, Close last.
   */
  private classroom(m: SessionModule, options: SetupOptions, classProblem?: string): Focusable[] {
    // Drawn after the screen, so the panel lies over it and its buttons over the panel.
    const { closeButton } = modalDialog(this, SETUP.panel, 0.75, () => this.openClassroom(false));
    const say = this.classMessage(classProblem);
    this.classRow(m, options);
    this.classCode(m, say);
    this.seedRow(m);
    this.onlineClass();
    return [...this.items, closeButton];
  }

  /** The online class: a class of groups on the room server, with this choice's world. */
  private onlineClass(): void {
    const at = SETUP.onlineClass;
    this.stop(
      () =>
        new Button(this, at.x, at.y, {
          label: t('screen.setup.button.onlineClass'),
          width: at.w,
          height: at.h,
          onActivate: () => openOnlineClass(this, this.choice),
        }),
    );
  }

  /** A full-width button of the left column: a scenario or a seat. */
  private choiceButton(
    y: number,
    label: string,
    selected: boolean,
    change: Partial<SetupChoice>,
  ): void {
    this.stop((index) =>
      new Button(this, SETUP.left, y, {
        label,
        width: SETUP.leftWidth,
        height: SETUP.rowHeight,
        onActivate: () => this.restartWith(change, index),
      }).setSelected(selected),
    );
  }

  private scenarios(m: SessionModule, options: SetupOptions): void {
    this.caption(
      SETUP.left,
      SETUP.scenarioTop - SETUP.captionAbove,
      t('screen.setup.caption.scenario'),
    );
    options.scenarios.forEach((s, i) => {
      const y = SETUP.scenarioTop + i * SETUP.rowStep;
      this.choiceButton(y, s.title, s.id === this.choice.scenarioId, { scenarioId: s.id });
    });
    const picked = options.scenarios.find((s) => s.id === this.choice.scenarioId);
    if (!picked) return;
    const y = SETUP.scenarioTop + options.scenarios.length * SETUP.rowStep + 4;
    addText(this, SETUP.left, y, m.scenarioFacts(picked).join('\n'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      lineSpacing: 4,
    });
  }

  private seats(m: SessionModule): void {
    this.caption(SETUP.left, SETUP.seatTop - SETUP.captionAbove, t('screen.setup.caption.seat'));
    m.SEATS.forEach((seat: Seat, i) => {
      const y = SETUP.seatTop + i * SETUP.rowStep;
      this.choiceButton(y, m.SEAT_LABEL[seat], seat === this.choice.seat, { seat });
    });
  }

  /**
   * The AI's personality for each side an AI plays. Watching AI against AI asks about both sides:
   * each side's choices then sit in a grid, with the chosen one described beneath, so both fit
   * above the class row.
   */
  private personalities(m: SessionModule, options: SetupOptions): void {
    let y: number = SETUP.policyTop;
    const questions = m.personalityQuestions(this.choice.seat);
    this.caption(SETUP.right, y - SETUP.captionAbove, t('screen.setup.caption.ai'));
    if (questions.length === 0)
      addText(this, SETUP.right, y, t('screen.setup.noAi'), {
        fontSize: `${TYPE_SIZE.body}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: 700 },
      });
    for (const side of questions)
      y = this.personality(
        m.policyOptions(options, side, this.choice.scenarioId),
        side,
        y,
        questions.length > 1,
      );
  }

  /** One side's personalities from `y`; returns where the next side starts. */
  private personality(
    list: PolicyOption<string>[],
    side: Side,
    top: number,
    grid: boolean,
  ): number {
    addText(this, SETUP.right, top, t('screen.setup.playedAs', { context: side }), {
      fontSize: `${TYPE_SIZE.label}px`,
      fontStyle: 'bold',
    });
    const y = top + (grid ? 24 : 26);
    const chosen = side === 'us' ? this.choice.usPolicy : this.choice.chinaPolicy;
    list.forEach((p, i) => {
      this.policyButton(p, side, p.id === chosen, grid ? policyCell(y, i) : policyRow(y, i), grid);
    });
    const rows = grid ? Math.ceil(list.length / SETUP.policyColumns) : list.length;
    let next = y + rows * (grid ? SETUP.policyRowCompact : SETUP.policyRow);
    if (grid) {
      const summary = list.find((p) => p.id === chosen)?.summary ?? '';
      const text = addText(this, SETUP.right, next, summary, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: RIGHT_WIDTH },
      }).setMaxLines(2);
      next += text.height + 6;
    }
    return next + 14;
  }

  private policyButton(
    p: PolicyOption<string>,
    side: Side,
    selected: boolean,
    at: Region,
    grid: boolean,
  ): void {
    const change: Partial<SetupChoice> =
      side === 'us'
        ? { usPolicy: p.id as SetupChoice['usPolicy'] }
        : { chinaPolicy: p.id as SetupChoice['chinaPolicy'] };
    this.stop((index) =>
      new Button(this, at.x, at.y, {
        label: p.label,
        width: at.w,
        height: at.h,
        labelSize: grid ? 17 : undefined,
        onActivate: () => this.restartWith(change, index),
      }).setSelected(selected),
    );
    if (grid) return;
    addText(this, at.x + at.w + SETUP.summaryGap, at.y + at.h / 2, p.summary, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(selected ? PALETTE.text : PALETTE.textMuted),
      wordWrap: { width: RIGHT_WIDTH - SETUP.policyButton - SETUP.summaryGap },
    }).setOrigin(0, 0.5);
  }

  /**
   * The class row's caption, and the line about the class code that takes its place: a refusal,
   * or a copied link. Returns what says it.
   */
  private classMessage(classProblem?: string): (text: string, good: boolean) => void {
    const y = SETUP.classY - 22;
    const caption = this.caption(SETUP.right, y, t('screen.setup.caption.class'));
    const message = addText(this, SETUP.right, y, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: RIGHT_WIDTH },
    }).setMaxLines(1);
    const say = (text: string, good: boolean) => {
      caption.setVisible(false);
      message.setText(text).setColor(css(good ? PALETTE.accent : PALETTE.caution));
      this.drawn();
    };
    if (classProblem) say(classProblem, false);
    return say;
  }

  /** A small button of the class row. */
  private classButton(at: Region, label: string, onActivate: (index: number) => void): Button {
    return this.stop(
      (index) =>
        new Button(this, at.x, at.y, {
          label,
          width: at.w,
          height: at.h,
          labelSize: 16,
          onActivate: () => onActivate(index),
        }),
    );
  }

  /** Quarters, timer and a crisis with its quarter. */
  private classRow(m: SessionModule, options: SetupOptions): void {
    const c = this.choice;
    const settings = m.classSettingsOf(c);
    const maxTurns = options.scenarios.find((s) => s.id === c.scenarioId)?.turns ?? settings.turns;
    this.classButton(
      SETUP.quarters,
      t('screen.setup.button.quarters', { count: settings.turns }),
      (i) => this.restartWith(m.withTurns(c, m.nextTurns(settings.turns, maxTurns)), i),
    );
    this.classButton(SETUP.timer, m.timerLabel(settings.turnSeconds), (i) =>
      this.restartWith({ turnSeconds: m.nextTurnSeconds(settings.turnSeconds) }, i),
    );
    this.classButton(SETUP.crisis, m.crisisLabel(c), (i) =>
      this.restartWith(
        m.withCrisis(c, settings.turns, { event: m.nextCrisisEvent(c.crises?.[0]?.event ?? null) }),
        i,
      ),
    );
    const first = c.crises?.[0];
    const label = first
      ? t('screen.setup.button.crisisTurn', { turn: first.turn })
      : t('screen.setup.button.crisisTurn_none');
    this.classButton(SETUP.crisisTurn, label, (i) => {
      if (!first) return;
      const turn = (first.turn % settings.turns) + 1;
      this.restartWith(m.withCrisis(c, settings.turns, { turn }), i);
    }).setDisabledReason(first ? null : t('screen.setup.crisisFirst'));
  }

  /** The class code (paste one, Enter), the questionnaire's switch and the class link. */
  private classCode(m: SessionModule, say: (text: string, good: boolean) => void): void {
    const c = this.choice;
    this.stop(
      (index) =>
        new DomField(this, SETUP.codeField, {
          label: t('screen.setup.codeField'),
          value: m.classCodeOf(c),
          placeholder: t('screen.setup.codePlaceholder'),
          fontSize: 13,
          onSubmit: (text) => {
            const applied = m.applyClassCode(this.choice, text);
            if (applied.ok) this.restartWith(applied.value, index);
            else
              restartScene(this, {
                choice: this.choice,
                focus: index,
                classProblem: applied.error,
              } satisfies SetupData);
          },
        }),
    );
    const quizLabel = m.questionnaireLabel(c);
    if (quizLabel)
      this.stop((index) =>
        new Button(this, SETUP.questionnaire.x, SETUP.questionnaire.y, {
          label: quizLabel,
          width: SETUP.questionnaire.w,
          height: SETUP.questionnaire.h,
          labelSize: 15,
          onActivate: () => this.restartWith({ questionnaire: !c.questionnaire }, index),
        }).setSelected(c.questionnaire === true),
      );
    this.classButton(SETUP.copyLink, t('screen.setup.button.copyLink'), () => {
      const link = m.classLinkOf(this.choice, pageAddress());
      void copyText(link).then((copied) => {
        if (!this.sys.isActive()) return;
        say(t(copied ? 'screen.setup.copied' : 'screen.setup.notCopied'), copied);
      });
    });
  }

  private seedRow(m: SessionModule): void {
    const { seed, newSeed } = SETUP;
    this.caption(SETUP.right, seed.y - SETUP.captionAbove, t('screen.setup.caption.seed'));
    const field: Button = this.stop(
      (index) =>
        new Button(this, seed.x, seed.y, {
          label: t('screen.setup.button.seed', { seed: this.choice.seed }),
          width: seed.w,
          height: seed.h,
          onActivate: () => this.list && this.editSeed(m, field, this.list, index),
        }),
    );
    this.stop(
      (index) =>
        new Button(this, newSeed.x, newSeed.y, {
          label: t('screen.setup.button.newSeed'),
          width: newSeed.w,
          height: newSeed.h,
          onActivate: () => this.restartWith({ seed: randomSeed(m) }, index),
        }),
    );
  }

  /** Back, Classroom… and Start; returns Start's and Classroom's indices. */
  private buttons(m: SessionModule): { start: number; classroom: number } {
    this.stop(
      () =>
        new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
          label: t('screen.setup.button.back'),
          width: BACK_BUTTON.w,
          height: BACK_BUTTON.h,
          onActivate: () => this.scene.start(SCENE.title),
        }),
    );
    const { start, classroom } = SETUP;
    const classroomIndex = this.items.length;
    this.stop(
      () =>
        new Button(this, classroom.x, classroom.y, {
          label: t('screen.setup.button.classroom'),
          shortcut: 'C',
          width: classroom.w,
          height: classroom.h,
          onActivate: () => this.openClassroom(true),
        }),
    );
    addText(
      this,
      SETUP.seedNoteX,
      classroom.y + classroom.h / 2,
      t('screen.setup.seedNote', { seed: this.choice.seed }),
      {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: start.x - SETUP.seedNoteX - 16 },
      },
    ).setOrigin(0, 0.5);
    const startIndex = this.items.length;
    this.stop(
      () =>
        new Button(this, start.x, start.y, {
          label: t('screen.setup.button.start'),
          width: start.w,
          height: start.h,
          primary: true,
          onActivate: () => this.start(m),
        }),
    );
    return { start: startIndex, classroom: classroomIndex };
  }

  /** Typing a seed: digits and Backspace edit, Enter keeps, Escape cancels. */
  private editSeed(m: SessionModule, field: Button, list: FocusList, index: number): void {
    list.suspended = true;
    let text = '';
    const show = () => field.setLabel(t('screen.setup.button.seedTyping', { seed: text }));
    show();
    const onKey = (event: KeyboardEvent) => {
      const K = KEYS.setupSeed;
      if (pressed(event, K.digits) && text.length < 10) text += event.key;
      else if (pressed(event, K.erase)) text = text.slice(0, -1);
      else if (pressed(event, K.confirm) || pressed(event, K.cancel)) {
        off();
        const seed = pressed(event, K.confirm) ? m.parseSeed(text) : null;
        if (seed !== null) this.restartWith({ seed }, index);
        else {
          field.setLabel(t('screen.setup.button.seed', { seed: this.choice.seed }));
          // Leave the list suspended until this key's own handlers have run.
          this.time.delayedCall(0, () => {
            list.suspended = false;
          });
        }
        return;
      }
      show();
    };
    // At once, so no digit typed straight after is lost. The Enter that opened the field does not
    // reach it: a key goes only to the listeners there were when it arrived (ui/keyboard.ts).
    const off = onKeyDown(this, onKey);
  }

  private start(m: SessionModule): void {
    startLiveGame(this, m, new m.GameSession(this.choice));
    if (m.asksQuestionnaire(this.choice))
      this.scene.start(SCENE.questionnaire, { when: 'pre' } satisfies QuestionnaireData);
    else this.scene.start(SCENE.briefing);
  }
}

/**
 * A class link (`?class=<code>`): the setup screen opens with the code's scenario, seed, quarters
 * and timer in place, or says why the code cannot be used.
 */
export function openClassLink(scene: Phaser.Scene, code: string): void {
  void loadSessionModule().then((m) => {
    const applied = m.applyClassCode(m.defaultChoice(randomSeed(m)), code);
    scene.scene.start(
      SCENE.setup,
      (applied.ok
        ? { choice: applied.value }
        : { classProblem: applied.error }) satisfies SetupData,
    );
  });
}
