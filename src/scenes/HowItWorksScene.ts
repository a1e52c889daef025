import { Button } from '../ui/Button';
import { Card } from '../ui/Card';
import type { Focusable } from '../ui/FocusList';
import { LineChart } from '../ui/LineChart';
import { DESIGN, GAP, MARGIN } from '../ui/layout';
import { METER, Meter } from '../ui/Meter';
import { PANEL, Panel } from '../ui/Panel';
import { PALETTE } from '../ui/palette';
import { SCENE } from './keys';
import { PlaceholderScene } from './PlaceholderScene';

const LEGEND = {
  height: 320,
  meterWidth: 300,
  chartWidth: 560,
  chartHeight: 230,
  cardHeight: 124,
  column: GAP * 4,
} as const;

/**
 * How a turn works, and a key to the screen's widgets drawn with made-up example values.
 * The full rules page arrives with the model.
 */
export class HowItWorksScene extends PlaceholderScene {
  protected readonly heading = 'How it works';
  protected readonly body =
    'Each turn is one quarter. You spend political capital on moves, from pressure such as ' +
    'tariffs and sanctions to cooperation such as joint enforcement, then the other government ' +
    'answers and the results show in the meters and charts. Below is a key to the screen, ' +
    'filled with made-up example values.';

  constructor() {
    super(SCENE.howItWorks);
  }

  protected override buildContent(top: number): Focusable[] {
    const panelTop = top + GAP * 3;
    const panel = new Panel(this, MARGIN, panelTop, {
      width: DESIGN.width - MARGIN * 2,
      height: LEGEND.height,
      caption: 'Key to the screen · example values',
    });
    const x0 = MARGIN + PANEL.padding;
    const y0 = panelTop + panel.contentTop;

    const first = new Meter(this, x0, y0, {
      label: 'A meter (animates when it changes)',
      width: LEGEND.meterWidth,
      colour: PALETTE.unitedStates,
      value: 0,
    }).setValue(62);
    new Meter(this, x0, y0 + METER.height + GAP * 2, {
      label: 'Another meter, in percent',
      width: LEGEND.meterWidth,
      colour: PALETTE.china,
      value: 35,
      format: (v) => `${Math.round(v)}%`,
    });
    const disabled = new Button(this, x0, y0 + (METER.height + GAP * 2) * 2 + GAP, {
      label: 'A disabled button',
      width: LEGEND.meterWidth,
      disabledReason: 'Disabled buttons say why when hovered or focused.',
      onActivate: () => undefined,
    });

    const chartX = x0 + LEGEND.meterWidth + LEGEND.column;
    new LineChart(
      this,
      chartX,
      y0,
      {
        width: LEGEND.chartWidth,
        height: LEGEND.chartHeight,
        title: 'A chart: one line per series',
        xLabels: ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8'],
      },
      [
        {
          name: 'Series A',
          values: [40, 44, 43, 50, 58, 55, 61, 66],
          colour: PALETTE.unitedStates,
        },
        { name: 'Series B', values: [70, 66, 67, 60, 52, 54, 47, 41], colour: PALETTE.china },
      ],
    );

    const cardX = chartX + LEGEND.chartWidth + LEGEND.column;
    const selectable = new Card(this, cardX, y0, {
      title: 'A move card',
      cost: 2,
      costUnit: 'PC',
      text: 'Press to select it; press again to put it back.',
      height: LEGEND.cardHeight,
      selected: true,
      onActivate: () => {
        selectable.setSelected(!selectable.isSelected);
        first.setValue(selectable.isSelected ? 62 : 30);
      },
    });
    const blocked = new Card(this, cardX, y0 + LEGEND.cardHeight + GAP * 2, {
      title: 'Out of reach',
      cost: 5,
      costUnit: 'PC',
      text: 'Disabled cards print the reason.',
      height: LEGEND.cardHeight,
      disabledReason: 'needs 5 PC, you have 3',
    });
    return [selectable, blocked, disabled];
  }
}
