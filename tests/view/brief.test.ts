import { describe, expect, it } from 'vitest';
import { GameSession } from '../../src/app/session';
import { builtInScenario } from '../../src/core/scenarios';
import { briefHandoutHtml, briefView, escapeHtml } from '../../src/view/brief';

const truce = () => {
  const s = builtInScenario('truce-2026');
  if (!s) throw new Error('truce-2026');
  return s;
};

describe('role briefs', () => {
  it('gives each side its own brief and nothing of the other side’s', () => {
    const scenario = truce();
    const us = briefView(scenario, 'us');
    const china = briefView(scenario, 'china');
    expect(us?.sections.map((s) => s.text)).toEqual([
      ...Object.values(scenario.briefs?.us ?? {}),
      expect.stringMatching(
        /^0 is what making no moves at all would get\. About one point for every 1,000 lives/,
      ),
    ]);
    expect(china?.sections.map((s) => s.text)).toEqual([
      ...Object.values(scenario.briefs?.china ?? {}),
      expect.stringMatching(/Relief from US pressure, face/),
    ]);
    expect(us?.sections.at(-1)?.heading).toBe('How you are scored');
    expect(JSON.stringify(us)).not.toContain(scenario.briefs?.china.redLines);
    expect(us?.title).toContain('United States');
  });

  it('has no brief when the scenario carries none', () => {
    const { briefs: _, ...bare } = truce();
    expect(briefView(bare, 'us')).toBeNull();
  });

  it('escapes every piece of text in the handout', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
    const scenario = truce();
    const hostile = {
      ...scenario,
      title: '<script>alert(1)</script>',
      briefs: {
        us: { ...(scenario.briefs?.us ?? ({} as never)), wants: 'Tariffs < 10% & "peace"' },
        china: scenario.briefs?.china ?? ({} as never),
      },
    };
    const brief = briefView(hostile, 'us');
    if (!brief) throw new Error('no brief');
    const html = briefHandoutHtml(brief, 7);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Tariffs &lt; 10% &amp; &quot;peace&quot;');
    expect(html).toContain('seed 7');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toContain(escapeHtml(scenario.briefs?.china.wants ?? '?'));
  });

  it('the briefing screen shows the human side’s brief, and none in a two-team game', () => {
    const base = { scenarioId: 'truce-2026', usPolicy: 'reciprocal', chinaPolicy: 'leverage' };
    const solo = new GameSession({ ...base, seat: 'china', seed: 3 } as never);
    expect(solo.briefingSide()).toBe('china');
    expect(solo.briefHandout('china')).toContain('China team');
    const teams = new GameSession({ ...base, seat: 'hotseat', seed: 3 } as never);
    expect(teams.briefingSide()).toBeNull();
    expect(teams.atStart).toBe(true);
    solo.stop();
    teams.stop();
  });
});

describe('the printable debrief', () => {
  it('has the headline, two charts, both scores and every quarter, all escaped', async () => {
    const { debriefHandoutHtml } = await import('../../src/view/debriefPrint');
    const base = { scenarioId: 'truce-2026', usPolicy: 'reciprocal', chinaPolicy: 'leverage' };
    const session = new GameSession({ ...base, seat: 'watch', seed: 11, turns: 2 } as never);
    while (session.phase() !== 'debrief') session.next();
    const view = session.debriefView();
    const html = session.debriefHandout();
    expect(html).toContain(escapeHtml(view.livesSavedText));
    expect(html).toContain('United States:');
    expect(html).toContain('China:');
    expect(html.match(/<tr><td>/g)).toHaveLength(2);
    expect(html).toContain('replay code p2.');
    // One chart of deaths (this game and the no-moves world), one of the relationship (3 lines).
    expect(html.match(/<figure>/g)).toHaveLength(2);
    expect(html.match(/<polyline /g)).toHaveLength(5);
    const firstLine = /points="([^"]+)"/.exec(html)?.[1]?.split(' ') ?? [];
    expect(firstLine).toHaveLength(2); // one point a quarter
    const hostile = debriefHandoutHtml(
      { ...view, scenarioTitle: '<img src=x onerror=alert(1)>' },
      { seed: 1, replayCode: '"><script>' },
    );
    expect(hostile).not.toMatch(/<img|<script/);
    session.stop();
  });
});
