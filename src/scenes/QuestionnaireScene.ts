import type { GameSession, QuestionnaireState, QuestionnaireWhen } from '../app/index';
import { Button } from '../ui/Button';
import { DomField } from '../ui/DomField';
import type { Focusable } from '../ui/FocusList';
import { restartScene } from '../ui/keyboard';
import { DESIGN, QUESTIONNAIRE as L, MARGIN, questionnaireOption } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { t } from '../words';
import { openPrintable } from './brief';
import { SCENE } from './keys';
import { loadedSessionModule, type SessionModule } from './load';
import { currentSession } from './registry';
import { Screen } from './screen';

/** What the screen is started with: before or after the game, and where the group has got to. */
export interface QuestionnaireData {
  when: QuestionnaireWhen;
  state?: QuestionnaireState;
}

/** The open answers, which no code carries: kept with the game until a new one starts. */
const written = new WeakMap<GameSession, { pre?: string; post?: string }>();

/** What the group wrote for the open question, before and after. */
export function openAnswers(session: GameSession): { pre?: string; post?: string } {
  return written.get(session) ?? {};
}

type Teaching = NonNullable<ReturnType<GameSession['questionnaire']>>;
type View = ReturnType<SessionModule['questionnaireView']>;

/**
 * The questionnaire, one question a screen: before the briefing and after the debrief, in games
 * set up with it. Letters or clicks choose, Enter goes on, Esc skips; the multiple-choice answers
 * go into the session and so into the replay code.
 */
export class QuestionnaireScene extends Screen {
  private m!: SessionModule;
  private session!: GameSession;
  private teaching!: Teaching;
  private state!: QuestionnaireState;
  private view!: View;
  /** The open question's answer box, on its step. */
  private field: DomField | null = null;

  constructor() {
    super(SCENE.questionnaire);
  }

  create(data: QuestionnaireData): void {
    const m = loadedSessionModule();
    const session = currentSession(this);
    const teaching = session.questionnaire();
    if (!m || !teaching) {
      this.leave(data.when);
      return;
    }
    const given = session.answersGiven()[data.when] ?? [];
    this.m = m;
    this.session = session;
    this.teaching = teaching;
    this.state =
      data.state ??
      m.startQuestionnaire(teaching, data.when, given, openAnswers(session)[data.when] ?? '');
    this.view = m.questionnaireView(teaching, this.state);
    this.field = null;
    this.build();
    this.drawn();
  }

  private build(): void {
    const v = this.view;
    this.drawQuestion();
    const items: Focusable[] = v.kind === 'choice' ? this.drawOptions() : [this.drawOpenField()];
    const nav = this.drawButtons();
    items.push(...nav);
    const selected = v.options.findIndex((o) => o.selected);
    this.focus(items, {
      numberKeys: false,
      enterFree: true,
      initial: v.kind === 'open' ? 0 : selected >= 0 ? items.indexOf(nav[0] as Focusable) : 0,
    });
    this.bindKeys();
    this.hint(
      t('screen.questionnaire.hint', {
        context: v.kind,
        keys: v.options.map((o) => o.key).join(' '),
        count: v.options.length,
      }),
    );
  }

  /** The header, what the questionnaire is for, and the question. */
  private drawQuestion(): void {
    const v = this.view;
    new ScreenHeader(
      this,
      t('screen.questionnaire.heading', { title: v.title, game: this.session.title }),
      v.progress,
    );
    addText(this, MARGIN, L.introY, v.intro, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: DESIGN.width - 2 * MARGIN },
      lineSpacing: 2,
    }).setMaxLines(2);
    addText(this, MARGIN, L.promptY, v.prompt, {
      fontSize: `${TYPE_SIZE.subtitle}px`,
      fontStyle: 'bold',
      wordWrap: { width: DESIGN.width - 2 * MARGIN },
      lineSpacing: 4,
    }).setMaxLines(3);
  }

  /** A multiple-choice question's options, full-width buttons. */
  private drawOptions(): Button[] {
    const options = this.view.options;
    return options.map((o, i) => {
      const r = questionnaireOption(i, options.length);
      return new Button(this, r.x, r.y, {
        label: t('screen.questionnaire.option', {
          context: o.selected ? 'selected' : 'plain',
          label: o.label,
        }),
        shortcut: o.key,
        width: r.w,
        height: r.h,
        labelSize: TYPE_SIZE.body,
        onActivate: () => this.choose(i),
      }).setSelected(o.selected);
    });
  }

  /** The open question's answer box, and where its answer goes. */
  private drawOpenField(): DomField {
    const field = new DomField(this, L.openField, {
      label: t('screen.questionnaire.field.label'),
      placeholder: t('screen.questionnaire.field.placeholder'),
      value: this.state.open,
      multiline: true,
      fontSize: 16,
      onSubmit: () => this.next(),
    });
    this.field = field;
    addText(this, MARGIN, L.openField.y + L.openField.h + 12, this.view.openNote, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
      wordWrap: { width: DESIGN.width - 2 * MARGIN },
    }).setMaxLines(2);
    return field;
  }

  /** Next (first), Previous, Print on the open question, and Skip; how many are answered above. */
  private drawButtons(): Button[] {
    const v = this.view;
    const nextButton = new Button(this, L.next.x, L.buttonsY, {
      label: v.next,
      shortcut: '↵',
      primary: true,
      width: L.next.w,
      height: L.buttonH,
      onActivate: () => this.next(),
    });
    const back = new Button(this, L.previous.x, L.buttonsY, {
      label: t('screen.questionnaire.button.previous'),
      width: L.previous.w,
      height: L.buttonH,
      onActivate: () => this.previous(),
    }).setDisabledReason(this.state.step === 0 ? t('screen.questionnaire.firstQuestion') : null);
    const skip = new Button(this, L.skip.x, L.buttonsY, {
      label: t('screen.questionnaire.button.skip'),
      width: L.skip.w,
      height: L.buttonH,
      labelSize: TYPE_SIZE.label,
      onActivate: () => this.leave(this.state.when),
    });
    const print =
      v.kind === 'open'
        ? [
            new Button(this, L.print.x, L.buttonsY, {
              label: t('screen.questionnaire.button.print'),
              shortcut: 'P',
              width: L.print.w,
              height: L.buttonH,
              labelSize: TYPE_SIZE.label,
              onActivate: () => this.print(),
            }),
          ]
        : [];
    addText(this, L.answeredX, L.buttonsY - 22, v.answered, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    return [nextButton, back, ...print, skip];
  }

  private bindKeys(): void {
    const K = KEYS.questionnaire;
    const v = this.view;
    this.keys((e: KeyboardEvent) => {
      const letter = keyIndex(e, K.options);
      const option = letter >= 0 ? letter : keyIndex(e, K.numbers);
      if (pressed(e, K.next)) this.next();
      else if (pressed(e, K.skip)) this.leave(this.state.when);
      else if (v.kind === 'choice' && option >= 0 && option < v.options.length) this.choose(option);
      else if (v.kind === 'choice' && pressed(e, K.previous)) this.previous();
      else if (v.kind === 'open' && pressed(e, K.print)) this.print();
    });
  }

  /** The state with what is written in the answer box. */
  private withText(): QuestionnaireState {
    return this.field ? { ...this.state, open: this.field.value } : this.state;
  }

  private go(s: QuestionnaireState): void {
    restartScene(this, { when: this.state.when, state: s } satisfies QuestionnaireData);
  }

  private choose(i: number): void {
    this.go(this.m.choose(this.teaching, this.state, i));
  }

  private next(): void {
    const s = this.withText();
    if (this.m.isLastStep(this.teaching, s)) this.finish(s);
    else this.go(this.m.stepBy(this.teaching, s, 1));
  }

  private previous(): void {
    this.go(this.m.stepBy(this.teaching, this.withText(), -1));
  }

  private print(): void {
    const s = this.withText();
    const session = this.session;
    const answers = { ...session.answersGiven(), [s.when]: s.answers };
    const open = { ...openAnswers(session), [s.when]: s.open };
    openPrintable(
      this.m.answerSheetHtml(session.title, this.teaching, answers, open),
      `precursor-answers-seed${session.choice.seed}.html`,
    );
  }

  /** Records the answers (what the group wrote, too) and goes on. */
  private finish(state: QuestionnaireState): void {
    const answers = this.m.recordedAnswers(state);
    if (answers) this.session.setAnswers(state.when, answers);
    written.set(this.session, { ...openAnswers(this.session), [state.when]: state.open });
    this.leave(state.when);
  }

  private leave(when: QuestionnaireWhen): void {
    this.scene.start(when === 'pre' ? SCENE.briefing : SCENE.debrief);
  }
}
