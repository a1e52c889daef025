import Phaser from 'phaser';
import { Button } from '../ui/Button';
import { FocusList } from '../ui/FocusList';
import { BACK_BUTTON, DESIGN, GAP, MARGIN } from '../ui/layout';
import { css, PALETTE } from '../ui/palette';
import { kickRender } from '../ui/renderGate';
import { ScreenHeader } from '../ui/ScreenHeader';
import { addHint, addText, TYPE_SIZE } from '../ui/typography';
import { openPrintable } from './brief';
import { SCENE } from './keys';
import { loadSessionModule } from './load';

const SCENARIOS = ['truce-2026', 'pelosi-2022', 'sandbox', 'history-2018'] as const;
const LAYOUT = { top: 150, rowStep: 84, titleW: 330, buttonW: 196, buttonH: 44 } as const;

/** For teachers: the printable lesson card, notes and questionnaire of each scenario, and the glossary. */
export class TeachersScene extends Phaser.Scene {
  constructor() {
    super(SCENE.teachers);
  }

  create(): void {
    new ScreenHeader(this, 'Precursor · For teachers', 'Printable pages');
    addText(
      this,
      MARGIN,
      LAYOUT.top - 56,
      'Each opens as a page in a new tab, ready to print. The same material is in docs/teaching/.',
      { fontSize: `${TYPE_SIZE.small}px`, color: css(PALETTE.textMuted) },
    );
    const open = (
      make: (m: Awaited<ReturnType<typeof loadSessionModule>>) => string,
      file: string,
    ) => void loadSessionModule().then((m) => openPrintable(make(m), file));
    const items: Button[] = [];
    SCENARIOS.forEach((id, row) => {
      const y = LAYOUT.top + row * LAYOUT.rowStep;
      void loadSessionModule().then((m) => {
        const title = m.teachingScenario(id)?.title ?? id;
        addText(this, MARGIN, y + 10, title, {
          fontSize: `${TYPE_SIZE.label}px`,
          wordWrap: { width: LAYOUT.titleW - GAP },
        });
        kickRender(this);
      });
      const pages: [
        string,
        (m: Awaited<ReturnType<typeof loadSessionModule>>) => string,
        string,
      ][] = [
        ['Lesson card', (m) => m.lessonCardHtml(need(m, id)), `precursor-lesson-${id}.html`],
        ['Teacher’s notes', (m) => m.teacherNotesHtml(need(m, id)), `precursor-notes-${id}.html`],
        [
          'Questionnaire',
          (m) => m.questionnaireHtml(need(m, id), false),
          `precursor-questions-${id}.html`,
        ],
        [
          'With answers',
          (m) => m.questionnaireHtml(need(m, id), true),
          `precursor-answers-${id}.html`,
        ],
      ];
      pages.forEach(([label, make, file], k) => {
        items.push(
          new Button(this, MARGIN + LAYOUT.titleW + k * (LAYOUT.buttonW + GAP), y, {
            label,
            width: LAYOUT.buttonW,
            height: LAYOUT.buttonH,
            labelSize: 15,
            onActivate: () => open(make, file),
          }),
        );
      });
    });
    items.push(
      new Button(this, MARGIN + LAYOUT.titleW, LAYOUT.top + SCENARIOS.length * LAYOUT.rowStep, {
        label: 'Glossary',
        width: LAYOUT.buttonW,
        height: LAYOUT.buttonH,
        labelSize: 15,
        onActivate: () => open((m) => m.glossaryHtml(), 'precursor-glossary.html'),
      }),
    );
    const back = new Button(this, BACK_BUTTON.x, BACK_BUTTON.y, {
      label: '← Back',
      width: BACK_BUTTON.w,
      height: BACK_BUTTON.h,
      onActivate: () => this.scene.start(SCENE.howItWorks),
    });
    addHint(
      this,
      DESIGN.width / 2,
      DESIGN.height - GAP * 2,
      'Tab or arrows move · Enter opens · Esc back',
    );
    new FocusList(this, [...items, back], {
      onBack: () => this.scene.start(SCENE.howItWorks),
      numberKeys: false,
    });
    kickRender(this);
  }
}

function need(m: Awaited<ReturnType<typeof loadSessionModule>>, id: string) {
  const s = m.teachingScenario(id);
  if (!s) throw new Error(`no teaching material for ${id}`);
  return s;
}
