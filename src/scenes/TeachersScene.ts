import { Button } from '../ui/Button';
import { BACK_BUTTON, GAP, MARGIN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addText, TYPE_SIZE } from '../ui/typography';
import { t } from '../words';
import { openPrintable } from './brief';
import { SCENE } from './keys';
import { loadSessionModule, type SessionModule } from './load';
import { Screen } from './screen';

const SCENARIOS = ['truce-2026', 'pelosi-2022', 'sandbox', 'history-2018'] as const;
const LAYOUT = {
  top: 150,
  introAbove: 56,
  rowStep: 84,
  titleW: 330,
  buttonW: 196,
  buttonH: 44,
} as const;

type Page = [label: string, make: (m: SessionModule) => string, file: string];

/** The printable pages of scenario `id`: the lesson card, the notes, the questionnaire twice. */
function pagesOf(id: string): Page[] {
  return [
    [
      t('screen.teachers.button.lesson'),
      (m) => m.lessonCardHtml(need(m, id)),
      `precursor-lesson-${id}.html`,
    ],
    [
      t('screen.teachers.button.notes'),
      (m) => m.teacherNotesHtml(need(m, id)),
      `precursor-notes-${id}.html`,
    ],
    [
      t('screen.teachers.button.questions'),
      (m) => m.questionnaireHtml(need(m, id), false),
      `precursor-questions-${id}.html`,
    ],
    [
      t('screen.teachers.button.answers'),
      (m) => m.questionnaireHtml(need(m, id), true),
      `precursor-answers-${id}.html`,
    ],
  ];
}

/** For teachers: the printable lesson card, notes and questionnaire of each scenario, and the glossary. */
export class TeachersScene extends Screen {
  constructor() {
    super(SCENE.teachers);
  }

  create(): void {
    new ScreenHeader(this, t('screen.teachers.header'), t('screen.teachers.headerRight'));
    addText(this, MARGIN, LAYOUT.top - LAYOUT.introAbove, t('screen.teachers.intro'), {
      fontSize: `${TYPE_SIZE.small}px`,
      color: css(PALETTE.textMuted),
    });
    const items = SCENARIOS.flatMap((id, row) =>
      this.scenarioRow(id, LAYOUT.top + row * LAYOUT.rowStep),
    );
    const glossaryY = LAYOUT.top + SCENARIOS.length * LAYOUT.rowStep;
    items.push(
      this.pageButton(MARGIN + LAYOUT.titleW, glossaryY, [
        t('screen.teachers.button.glossary'),
        (m) => m.glossaryHtml(),
        'precursor-glossary.html',
      ]),
    );
    const back = new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: t('screen.teachers.button.back'),
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.scene.start(SCENE.howItWorks),
    });
    this.hint(t('screen.teachers.hint'));
    this.focus([...items, back], {
      onBack: () => this.scene.start(SCENE.howItWorks),
      numberKeys: false,
    });
    this.drawn();
  }

  /** A scenario's title (once the model has loaded) and its four pages' buttons. */
  private scenarioRow(id: string, y: number): Button[] {
    this.withSession((m) => {
      const title = m.teachingScenario(id)?.title ?? id;
      addText(this, MARGIN, y + 10, title, {
        fontSize: `${TYPE_SIZE.label}px`,
        wordWrap: { width: LAYOUT.titleW - GAP },
      });
      this.drawn();
    });
    return pagesOf(id).map((page, k) =>
      this.pageButton(MARGIN + LAYOUT.titleW + k * (LAYOUT.buttonW + GAP), y, page),
    );
  }

  private pageButton(x: number, y: number, [label, make, file]: Page): Button {
    return new Button(this, x, y, {
      label,
      width: LAYOUT.buttonW,
      height: LAYOUT.buttonH,
      labelSize: 15,
      onActivate: () => void loadSessionModule().then((m) => openPrintable(make(m), file)),
    });
  }
}

function need(m: SessionModule, id: string) {
  const s = m.teachingScenario(id);
  if (!s) throw new Error(`no teaching material for ${id}`);
  return s;
}
