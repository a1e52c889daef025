import Phaser from 'phaser';
import type { GameSession, QuestionnaireState, QuestionnaireWhen } from '../app/index';
import { Button } from '../ui/Button';
import { DomField } from '../ui/DomField';
import { type Focusable, FocusList } from '../ui/FocusList';
import { onKeyDown, restartScene } from '../ui/keyboard';
import { DESIGN, QUESTIONNAIRE as L, MARGIN, questionnaireOption } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addHint, addText, TYPE_SIZE } from '../ui/typography';
import { KEYS, keyIndex, pressed } from '../view/keys';
import { openPrintable } from './brief';
import { SCENE } from './keys';
import { loadedSessionModule, type SessionModule } from './load';
import { currentSession } from './registry';

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

/**
 * The questionnaire, one question a screen: before the briefing and after the debrief, in games
 * set up with it. Letters or clicks choose, Enter goes on, Esc skips; the multiple-choice answers
 * go into the session and so into the replay code.
 */
export class QuestionnaireScene extends Phaser.Scene {
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
    const state =
      data.state ??
      m.startQuestionnaire(teaching, data.when, given, openAnswers(session)[data.when] ?? '');
    this.build(m, session, state);
    kickRender(this);
  }

  private build(m: SessionModule, session: GameSession, state: QuestionnaireState): void {
    const teaching = session.questionnaire();
    if (!teaching) return;
    const v = m.questionnaireView(teaching, state);
    new ScreenHeader(this, `${v.title} · ${session.title}`, v.progress);
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

    const items: Focusable[] = [];
    let field: DomField | null = null;
    const go = (s: QuestionnaireState) =>
      restartScene(this, { when: state.when, state: s } satisfies QuestionnaireData);
    const withText = (): QuestionnaireState => (field ? { ...state, open: field.value } : state);
    const choose = (i: number) => go(m.choose(teaching, state, i));
    const next = () => {
      const s = withText();
      if (m.isLastStep(teaching, s)) this.finish(m, session, s);
      else go(m.stepBy(teaching, s, 1));
    };
    const previous = () => go(m.stepBy(teaching, withText(), -1));
    const print = () => {
      const s = withText();
      const answers = { ...session.answersGiven(), [s.when]: s.answers };
      const open = { ...openAnswers(session), [s.when]: s.open };
      openPrintable(
        m.answerSheetHtml(session.title, teaching, answers, open),
        `precursor-answers-seed${session.choice.seed}.html`,
      );
    };

    if (v.kind === 'choice') {
      v.options.forEach((o, i) => {
        const r = questionnaireOption(i, v.options.length);
        items.push(
          new Button(this, r.x, r.y, {
            label: o.selected ? `${o.label}  ✓` : o.label,
            shortcut: o.key,
            width: r.w,
            height: r.h,
            labelSize: TYPE_SIZE.body,
            onActivate: () => choose(i),
          }).setSelected(o.selected),
        );
      });
    } else {
      field = new DomField(this, L.openField, {
        label: 'Your answer',
        placeholder: 'Write your answer here…',
        value: state.open,
        multiline: true,
        fontSize: 16,
        onSubmit: () => next(),
      });
      items.push(field);
      addText(this, MARGIN, L.openField.y + L.openField.h + 12, v.openNote, {
        fontSize: `${TYPE_SIZE.small}px`,
        color: css(PALETTE.textMuted),
        wordWrap: { width: DESIGN.width - 2 * MARGIN },
      }).setMaxLines(2);
    }

    const nextButton = new Button(this, L.next.x, L.buttonsY, {
      label: v.next,
      shortcut: '↵',
      primary: true,
      width: L.next.w,
      height: L.buttonH,
      onActivate: next,
    });
    const back = new Button(this, L.previous.x, L.buttonsY, {
      label: '← Previous',
      width: L.previous.w,
      height: L.buttonH,
      onActivate: previous,
    }).setDisabledReason(state.step === 0 ? 'This is the first question.' : null);
    const skip = new Button(this, L.skip.x, L.buttonsY, {
      label: 'Skip questionnaire · Esc',
      width: L.skip.w,
      height: L.buttonH,
      labelSize: TYPE_SIZE.label,
      onActivate: () => this.leave(state.when),
    });
    const extra: Focusable[] = [];
    if (v.kind === 'open')
      extra.push(
        new Button(this, L.print.x, L.buttonsY, {
          label: 'Print answers',
          shortcut: 'P',
          width: L.print.w,
          height: L.buttonH,
          labelSize: TYPE_SIZE.label,
          onActivate: print,
        }),
      );
    addText(this, L.answeredX, L.buttonsY - 22, v.answered, {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    items.push(nextButton, back, ...extra, skip);
    const firstNav = items.indexOf(nextButton);
    const selected = v.options.findIndex((o) => o.selected);
    new FocusList(this, items, {
      numberKeys: false,
      enterFree: true,
      initial: v.kind === 'open' ? 0 : selected >= 0 ? firstNav : 0,
    });
    onKeyDown(this, (e: KeyboardEvent) => {
      const K = KEYS.questionnaire;
      const letter = keyIndex(e, K.options);
      const option = letter >= 0 ? letter : keyIndex(e, K.numbers);
      if (pressed(e, K.next)) next();
      else if (pressed(e, K.skip)) this.leave(state.when);
      else if (v.kind === 'choice' && option >= 0 && option < v.options.length) choose(option);
      else if (v.kind === 'choice' && pressed(e, K.previous)) previous();
      else if (v.kind === 'open' && pressed(e, K.print)) print();
    });
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - 12,
      v.kind === 'choice'
        ? `${v.options.map((o) => o.key).join(' ')} or 1–${v.options.length} choose (again: clear) · Enter next · PgUp previous · Esc skip the questionnaire`
        : 'Click the box and write · Esc or Tab leaves the box · Ctrl+Enter or Enter outside it goes on · P print your answers · Esc skip',
    );
  }

  /** Records the answers (what the group wrote, too) and goes on. */
  private finish(m: SessionModule, session: GameSession, state: QuestionnaireState): void {
    const answers = m.recordedAnswers(state);
    if (answers) session.setAnswers(state.when, answers);
    written.set(session, { ...openAnswers(session), [state.when]: state.open });
    this.leave(state.when);
  }

  private leave(when: QuestionnaireWhen): void {
    this.scene.start(when === 'pre' ? SCENE.briefing : SCENE.debrief);
  }
}
