import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { DomField } from '../ui/DomField';
import { type Focusable, FocusList } from '../ui/FocusList';
import { onKeyDown, restartScene } from '../ui/keyboard';
import { BACK_BUTTON, DESIGN, GAP, MARGIN, SETUP } from '../ui/layout';
import { copyText, pageAddress } from '../ui/page';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addCaption, addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, pressed } from '../view/keys';
import type { Seat, SetupChoice } from '../view/setup';
import { startLiveGame } from './flow';
import { SCENE } from './keys';
import { loadSessionModule, type SessionModule } from './load';
import type { QuestionnaireData } from './QuestionnaireScene';

interface SetupData {
  choice?: SetupChoice;
  focus?: number;
  /** Why a class code was refused, shown in the class row. */
  classProblem?: string;
}

function randomSeed(m: SessionModule): number {
  const word = new Uint32Array(1);
  crypto.getRandomValues(word);
  return m.seedFrom(word[0] ?? 0);
}

/** A new game: scenario, who plays which side, the AI's personality and the seed. */
export class SetupScene extends Phaser.Scene {
  private choice!: SetupChoice;

  constructor() {
    super(SCENE.setup);
  }

  create(data: SetupData): void {
    new ScreenHeader(this, 'Precursor · New game', 'Enter starts · Esc goes back');
    const loading = addText(this, MARGIN, 96, 'Loading the model…', {
      color: css(PALETTE.textMuted),
    });
    void loadSessionModule().then((m) => {
      if (!this.sys.isActive()) return;
      loading.destroy();
      this.choice = data.choice ?? m.defaultChoice(randomSeed(m));
      this.build(m, data.focus, data.classProblem);
      kickRender(this);
    });
  }

  private caption(x: number, y: number, text: string): void {
    addCaption(this, x, y, text);
  }

  private restartWith(change: Partial<SetupChoice>, focus: number): void {
    restartScene(this, { choice: { ...this.choice, ...change }, focus } satisfies SetupData);
  }

  private build(m: SessionModule, focus: number | undefined, classProblem?: string): void {
    const options = m.setupOptions();
    const items: Focusable[] = [];
    const add = <T extends Focusable>(item: T): T => {
      items.push(item);
      return item;
    };
    const c = this.choice;

    this.caption(SETUP.left, SETUP.scenarioTop - 24, 'Scenario');
    options.scenarios.forEach((s, i) => {
      const index = items.length;
      add(
        new Button(this, SETUP.left, SETUP.scenarioTop + i * SETUP.rowStep, {
          label: s.title,
          width: SETUP.leftWidth,
          height: SETUP.rowHeight,
          onActivate: () => this.restartWith({ scenarioId: s.id }, index),
        }).setSelected(s.id === c.scenarioId),
      );
    });
    const picked = options.scenarios.find((s) => s.id === c.scenarioId);
    if (picked) {
      const facts = [
        `Starts ${picked.startLabel} · ${picked.turns} quarters`,
        picked.hasTruce ? 'A truce clock runs' : 'No truce clock',
        picked.isHistory ? 'The debrief shows what really happened' : '',
      ].filter(Boolean);
      addText(
        this,
        SETUP.left,
        SETUP.scenarioTop + options.scenarios.length * SETUP.rowStep + 4,
        facts.join('\n'),
        {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
          lineSpacing: 4,
        },
      );
    }

    this.caption(SETUP.left, SETUP.seatTop - 24, 'Who plays');
    m.SEATS.forEach((seat: Seat, i) => {
      const index = items.length;
      add(
        new Button(this, SETUP.left, SETUP.seatTop + i * SETUP.rowStep, {
          label: m.SEAT_LABEL[seat],
          width: SETUP.leftWidth,
          height: SETUP.rowHeight,
          onActivate: () => this.restartWith({ seat }, index),
        }).setSelected(seat === c.seat),
      );
    });

    let y = SETUP.policyTop;
    const questions = m.personalityQuestions(c.seat);
    // Watching AI against AI asks about both sides: each side's choices then sit in a grid, with
    // the chosen one described beneath, so both fit above the class row.
    const grid = questions.length > 1;
    this.caption(SETUP.right, y - 24, 'AI personality or level');
    if (questions.length === 0) {
      addText(
        this,
        SETUP.right,
        y,
        'Both sides are played by people at this device: no AI plays.',
        {
          fontSize: `${TYPE_SIZE.body}px`,
          color: css(PALETTE.textMuted),
          wordWrap: { width: 700 },
        },
      );
    }
    const width = DESIGN.width - MARGIN - SETUP.right;
    for (const side of questions) {
      addText(
        this,
        SETUP.right,
        y,
        side === 'us' ? 'The United States is played as:' : 'China is played as:',
        {
          fontSize: `${TYPE_SIZE.label}px`,
          fontStyle: 'bold',
        },
      );
      y += grid ? 24 : 26;
      const list = m.policyOptions(options, side, c.scenarioId);
      const chosen = side === 'us' ? c.usPolicy : c.chinaPolicy;
      list.forEach((p, i) => {
        const index = items.length;
        const selected = p.id === chosen;
        const at = grid
          ? {
              x: SETUP.right + (i % SETUP.policyColumns) * (SETUP.policyCell + GAP),
              y: y + Math.floor(i / SETUP.policyColumns) * SETUP.policyRowCompact,
              w: SETUP.policyCell,
              h: SETUP.policyRowCompact - 6,
            }
          : {
              x: SETUP.right,
              y: y + i * SETUP.policyRow,
              w: SETUP.policyButton,
              h: SETUP.policyRow - 6,
            };
        add(
          new Button(this, at.x, at.y, {
            label: p.label,
            width: at.w,
            height: at.h,
            labelSize: grid ? 17 : undefined,
            onActivate: () =>
              this.restartWith(
                side === 'us'
                  ? { usPolicy: p.id as SetupChoice['usPolicy'] }
                  : { chinaPolicy: p.id as SetupChoice['chinaPolicy'] },
                index,
              ),
          }).setSelected(selected),
        );
        if (!grid)
          addText(this, at.x + at.w + 16, at.y + at.h / 2, p.summary, {
            fontSize: `${TYPE_SIZE.small}px`,
            color: css(selected ? PALETTE.text : PALETTE.textMuted),
            wordWrap: { width: width - SETUP.policyButton - 16 },
          }).setOrigin(0, 0.5);
      });
      const rows = grid ? Math.ceil(list.length / SETUP.policyColumns) : list.length;
      y += rows * (grid ? SETUP.policyRowCompact : SETUP.policyRow);
      if (grid) {
        const summary = list.find((p) => p.id === chosen)?.summary ?? '';
        const text = addText(this, SETUP.right, y, summary, {
          fontSize: `${TYPE_SIZE.small}px`,
          color: css(PALETTE.textMuted),
          wordWrap: { width },
        }).setMaxLines(2);
        y += text.height + 6;
      }
      y += 14;
    }

    const settings = m.classSettingsOf(c);
    const maxTurns = picked?.turns ?? settings.turns;
    const classCaption = addCaption(
      this,
      SETUP.right,
      SETUP.classY - 22,
      'Class: quarters, timer, a crisis, and the class code (paste one, Enter)',
    );
    const classMessage = addText(this, SETUP.right, SETUP.classY - 22, '', {
      fontSize: `${TYPE_SIZE.small}px`,
      wordWrap: { width: DESIGN.width - MARGIN - SETUP.right },
    }).setMaxLines(1);
    /** A line about the class code in place of the row's caption: a refusal, or a copied link. */
    const sayAboutClass = (text: string, good: boolean) => {
      classCaption.setVisible(false);
      classMessage.setText(text).setColor(css(good ? PALETTE.accent : PALETTE.caution));
      kickRender(this);
    };
    if (classProblem) sayAboutClass(classProblem, false);
    const quartersIndex = items.length;
    add(
      new Button(this, SETUP.quartersX, SETUP.classY, {
        label: `${settings.turns} quarters`,
        width: SETUP.classButtonW,
        height: SETUP.classH,
        labelSize: 16,
        onActivate: () =>
          this.restartWith(m.withTurns(c, m.nextTurns(settings.turns, maxTurns)), quartersIndex),
      }),
    );
    const timerIndex = items.length;
    add(
      new Button(this, SETUP.timerX, SETUP.classY, {
        label: m.timerLabel(settings.turnSeconds),
        width: SETUP.classButtonW,
        height: SETUP.classH,
        labelSize: 16,
        onActivate: () =>
          this.restartWith({ turnSeconds: m.nextTurnSeconds(settings.turnSeconds) }, timerIndex),
      }),
    );
    const crisisIndex = items.length;
    add(
      new Button(this, SETUP.crisis.x, SETUP.crisis.y, {
        label: m.crisisLabel(c),
        width: SETUP.crisis.w,
        height: SETUP.crisis.h,
        labelSize: 16,
        onActivate: () =>
          this.restartWith(
            m.withCrisis(c, settings.turns, {
              event: m.nextCrisisEvent(c.crises?.[0]?.event ?? null),
            }),
            crisisIndex,
          ),
      }),
    );
    const crisisTurnIndex = items.length;
    const firstCrisis = c.crises?.[0];
    add(
      new Button(this, SETUP.crisisTurn.x, SETUP.crisisTurn.y, {
        label: firstCrisis ? `quarter ${firstCrisis.turn}` : 'quarter —',
        width: SETUP.crisisTurn.w,
        height: SETUP.crisisTurn.h,
        labelSize: 16,
        onActivate: () => {
          if (!firstCrisis) return;
          const turn = (firstCrisis.turn % settings.turns) + 1;
          this.restartWith(m.withCrisis(c, settings.turns, { turn }), crisisTurnIndex);
        },
      }).setDisabledReason(firstCrisis ? null : 'Choose a crisis first.'),
    );
    const codeIndex = items.length;
    add(
      new DomField(this, SETUP.codeField, {
        label: 'Class code',
        value: m.classCodeOf(c),
        placeholder: 'c1.…',
        fontSize: 13,
        onSubmit: (text) => {
          const applied = m.applyClassCode(this.choice, text);
          if (applied.ok) this.restartWith(applied.value, codeIndex);
          else
            restartScene(this, {
              choice: this.choice,
              focus: codeIndex,
              classProblem: applied.error,
            } satisfies SetupData);
        },
      }),
    );

    const quizLabel = m.questionnaireLabel(c);
    if (quizLabel) {
      const quizIndex = items.length;
      add(
        new Button(this, SETUP.questionnaire.x, SETUP.questionnaire.y, {
          label: quizLabel,
          width: SETUP.questionnaire.w,
          height: SETUP.questionnaire.h,
          labelSize: 15,
          onActivate: () => this.restartWith({ questionnaire: !c.questionnaire }, quizIndex),
        }).setSelected(c.questionnaire === true),
      );
    }

    const { copyLink } = SETUP;
    add(
      new Button(this, copyLink.x, copyLink.y, {
        label: 'Copy link',
        width: copyLink.w,
        height: copyLink.h,
        labelSize: 16,
        onActivate: () => {
          const link = m.classLinkOf(this.choice, pageAddress());
          void copyText(link).then((copied) => {
            if (!this.sys.isActive()) return;
            if (copied)
              sayAboutClass(
                'Class link copied: every group that opens it starts this world.',
                true,
              );
            else
              sayAboutClass(
                'The browser did not allow copying: copy the code from the box with Ctrl+C.',
                false,
              );
          });
        },
      }),
    );

    this.caption(SETUP.right, SETUP.seedY - 24, 'Seed (the same seed plays the same world)');
    const seedIndex = items.length;
    const seedField = add(
      new Button(this, SETUP.right, SETUP.seedY, {
        label: `Seed ${c.seed}  ✎`,
        width: 260,
        height: 48,
        onActivate: () => this.editSeed(m, seedField, list, seedIndex),
      }),
    );
    const newSeedIndex = items.length;
    add(
      new Button(this, SETUP.right + 276, SETUP.seedY, {
        label: 'New seed',
        width: 160,
        height: 48,
        onActivate: () => this.restartWith({ seed: randomSeed(m) }, newSeedIndex),
      }),
    );
    add(
      new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
        label: '← Back',
        width: BACK_BUTTON.w,
        height: BACK_BUTTON.h,
        onActivate: () => this.scene.start(SCENE.title),
      }),
    );
    const startIndex = items.length;
    add(
      new Button(this, SETUP.startX, SETUP.seedY, {
        label: 'Start ▶',
        width: SETUP.startW,
        height: 48,
        primary: true,
        onActivate: () => this.start(m),
      }),
    );
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 24,
      'Tab / arrows move · Enter or Space chooses · Enter on the seed to type one · paste a class code, Enter · Esc back',
    );
    const list = new FocusList(this, items, {
      numberKeys: false,
      initial: focus ?? startIndex,
      onBack: () => this.scene.start(SCENE.title),
    });
  }

  /** Typing a seed: digits and Backspace edit, Enter keeps, Escape cancels. */
  private editSeed(m: SessionModule, field: Button, list: FocusList, index: number): void {
    list.suspended = true;
    let off = () => {};
    let text = '';
    const show = () => field.setLabel(`Seed ${text}▌ (Enter keeps)`);
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
          field.setLabel(`Seed ${this.choice.seed}  ✎`);
          // Leave the list suspended until this key's own handlers have run.
          this.time.delayedCall(0, () => {
            list.suspended = false;
          });
        }
        return;
      }
      show();
    };
    // Registered after the list's handler, so the Enter that opened the field does not close it.
    this.time.delayedCall(0, () => {
      off = onKeyDown(this, onKey);
    });
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
