import { RULES } from '../core/rules';
import { RULE_IDS } from '../core/vocabulary';
import { t } from '../words';

export interface RuleCard {
  heading: string;
  model: string;
  evidence: string;
  source: string;
}

/** The rule table in pages, for the How it works screen: every line comes from the core's table. */
export function rulePages(perPage: number): RuleCard[][] {
  const cards = RULE_IDS.map((id) => {
    const r = RULES[id];
    return {
      heading: t('rule.heading', { n: r.number, title: r.title }),
      model: r.model,
      evidence: r.evidence,
      source: r.source,
    };
  });
  const pages: RuleCard[][] = [];
  for (let i = 0; i < cards.length; i += perPage) pages.push(cards.slice(i, i + perPage));
  return pages;
}
