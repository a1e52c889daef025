import { t } from '../../words';
import { bump } from '../effects';
import { openOfferFrom, putOnTable } from '../offers';
import { PARAMS as P } from '../params';
import { ASKS, CONTROL_CLASSES } from '../vocabulary';
import { chinaStep, nextCostlyStep, reliefFor } from './measures';
import { choiceParam, noParam, one, type Records, two, wholeParam } from './record';

type ChinaOnly =
  | 'schedulePrecursors'
  | 'scheduleClass'
  | 'licenseExports'
  | 'requireKYC'
  | 'enforce'
  | 'suspendCooperation'
  | 'resumeCooperation'
  | 'announceConsensus'
  | 'reannounce'
  | 'demandConcession'
  | 'relaxEnforcement';

/** The moves only Beijing plays. */
export const CHINA_RECORDS: Records<ChinaOnly> = {
  schedulePrecursors: {
    side: 'china',
    rule: 'scheduling',
    code: 11,
    param: wholeParam('count', 1, 20),
    term: true,
    cost: one,
    check: (_s, m) =>
      !Number.isInteger(m.count) || m.count < 1 || m.count > 20 ? t('refusal.count') : null,
    apply: (d, m) => {
      // Each chemical adds less than the last: the easy targets go first (rule 5).
      let open = 1;
      for (let i = 0; i < m.count; i++)
        open *= 1 - P.perChemicalBite * P.perChemicalDecay ** (d.scheduled + i);
      d.schedulePipeline = 1 - (1 - d.schedulePipeline) * open;
      d.scheduled += m.count;
      chinaStep(d);
    },
    words: (m) => ({ count: m.count }),
  },
  scheduleClass: {
    side: 'china',
    rule: 'scheduling',
    code: 12,
    param: choiceParam('class', CONTROL_CLASSES),
    term: true,
    cost: two,
    check: (s, m) =>
      s.classes[m.class] ? t('refusal.classControlled', { class: t(`class.${m.class}`) }) : null,
    apply: (d, m) => {
      d.classes[m.class] = true;
      d.classPipeline = 1 - (1 - d.classPipeline) * (1 - P.classBite[m.class]);
      chinaStep(d, true);
    },
    words: (m) => ({ class: t(`class.${m.class}`) }),
  },
  licenseExports: {
    side: 'china',
    rule: 'enforcement',
    code: 13,
    param: noParam,
    term: true,
    cost: two,
    check: (s) => (s.exportLicensing ? t('refusal.licensingInForce') : null),
    apply: (d) => {
      d.exportLicensing = true;
      chinaStep(d, true);
    },
  },
  requireKYC: {
    side: 'china',
    rule: 'enforcement',
    code: 14,
    param: noParam,
    term: true,
    cost: () => 3,
    check: (s) => (s.kyc ? t('refusal.kycInForce') : null),
    apply: (d, _m, causes) => {
      d.kyc = true;
      bump(d, causes, 'enforcement', 5, 'enforcement', 'cause.kyc');
      chinaStep(d, true);
    },
  },
  enforce: {
    side: 'china',
    rule: 'enforcement',
    code: 15,
    param: wholeParam('level', 1, 3),
    term: true,
    cost: (m) => m.level,
    check: (s, m) =>
      !Number.isInteger(m.level) || m.level < 1 || m.level > 3
        ? t('refusal.level')
        : s.enforcement >= 100
          ? t('refusal.enforcementFull')
          : null,
    apply: (d, m, causes) => {
      bump(d, causes, 'enforcement', 8 * m.level, 'enforcement', 'cause.prosecutions');
      chinaStep(d, m.level >= 2);
    },
    words: (m) => ({ level: m.level }),
  },
  suspendCooperation: {
    side: 'china',
    rule: 'relationship',
    code: 16,
    param: noParam,
    term: true,
    cost: one,
    check: (s) => (s.posture === 'suspended' ? t('refusal.alreadySuspended') : null),
    apply: (d, _m, causes) => {
      d.flags.suspendRequested = true;
      bump(d, causes, 'relations', -6, 'relationship', 'cause.suspends');
    },
  },
  resumeCooperation: {
    side: 'china',
    rule: 'relationship',
    code: 17,
    param: noParam,
    term: true,
    cost: one,
    check: (s) => (s.posture === 'suspended' ? null : t('refusal.notSuspended')),
    apply: (d, _m, causes) => {
      d.flags.resumeRequested = true;
      bump(d, causes, 'relations', 4, 'relationship', 'cause.talksResume');
    },
  },
  announceConsensus: {
    side: 'china',
    rule: 'leverage',
    code: 18,
    param: noParam,
    term: true,
    cost: one,
    check: () => null,
    apply: (d, _m, causes) => {
      bump(d, causes, 'relations', 2, 'leverage', 'cause.vaguePromise');
      chinaStep(d);
    },
  },
  reannounce: {
    side: 'china',
    rule: 'credit',
    code: 19,
    param: noParam,
    term: true,
    cost: one,
    check: (s) => (s.chips < 1 ? t('refusal.noChips') : null),
    apply: (d, _m, causes) => {
      bump(d, causes, 'chips', -1, 'credit', 'cause.soldTwice');
      chinaStep(d);
    },
  },
  demandConcession: {
    side: 'china',
    rule: 'leverage',
    code: 20,
    param: choiceParam('ask', ASKS),
    term: false,
    cost: one,
    check: (s, m) => {
      if (s.pendingAsk === m.ask) return t('refusal.alreadyAsking', { ask: t(`ask.${m.ask}`) });
      if (m.ask === 'tariffRelief' && s.tariff === 0) return t('refusal.noTariff');
      if (m.ask === 'liftSanctions' && !s.sanctions.forensicInstitute && !s.sanctions.chemicalFirms)
        return t('refusal.noSanctions');
      if (m.ask === 'delisting' && !s.listedMajorProducer) return t('refusal.notListed');
      return null;
    },
    apply: (d, m, causes) => {
      d.pendingAsk = m.ask;
      bump(d, causes, 'relations', -2, 'leverage', 'cause.asksFirst', {
        ask: `ask.${m.ask}`,
      });
      // The demand is one kind of offer: the relief asked for, against China's next costly step.
      if (!openOfferFrom(d, 'china'))
        putOnTable(d, 'china', {
          type: 'proposeOffer',
          give: [nextCostlyStep(d)],
          ask: [reliefFor(d, m.ask)],
          within: 2,
        });
    },
    words: (m) => ({ ask: t(`ask.${m.ask}`), context: m.ask }),
  },
  relaxEnforcement: {
    side: 'china',
    rule: 'enforcement',
    code: 21,
    param: noParam,
    term: true,
    cost: one,
    check: (s) => (s.enforcement <= 0 ? t('refusal.nothingToRelax') : null),
    apply: (d, _m, causes) => {
      d.flags.relaxed = true;
      bump(d, causes, 'enforcement', -15, 'enforcement', 'cause.relaxed');
    },
  },
};
