import { t } from '../../words';
import { bump } from '../effects';
import { PARAMS as P } from '../params';
import { SANCTION_TARGETS } from '../vocabulary';
import { changeMeasure, concede, remaining } from './measures';
import { choiceParam, noParam, one, type Records, two, wholeParam } from './record';

type UsOnly =
  | 'setTariff'
  | 'sanction'
  | 'liftSanction'
  | 'listMajorProducer'
  | 'delistMajorProducer'
  | 'giveCredit'
  | 'withholdCredit'
  | 'shareIntelligence'
  | 'fundDemandReduction'
  | 'pressMexico'
  | 'buildCoalition';

const target = choiceParam('target', SANCTION_TARGETS);
const targetWords = (m: { target: (typeof SANCTION_TARGETS)[number] }) => ({
  target: t(`target.${m.target}`),
});

/** The moves only Washington plays. */
export const US_RECORDS: Records<UsOnly> = {
  setTariff: {
    side: 'us',
    rule: 'tariffs',
    code: 0,
    param: wholeParam('rate', 0, 100, 5),
    term: true,
    cost: one,
    check: (s, m) =>
      !Number.isInteger(m.rate) || m.rate < 0 || m.rate > 100 || m.rate % 5 !== 0
        ? t('refusal.tariffRate')
        : m.rate === s.tariff
          ? t('refusal.tariffSame', { rate: s.tariff })
          : null,
    apply: (d, m, causes) => {
      const change = m.rate - d.tariff;
      const stood = changeMeasure(d, 'tariff', change > 0, causes);
      bump(
        d,
        causes,
        'tariff',
        change,
        'tariffs',
        change > 0 ? 'cause.tariffRaised' : 'cause.tariffCut',
      );
      if (change > 0) {
        bump(d, causes, 'relations', -P.tariffRaiseHit * change, 'tariffs', 'cause.blackmail');
        if (change >= P.provokingRaise) d.flags.provocation = true;
      } else {
        bump(d, causes, 'relations', -P.tariffCutGain * change, 'tariffs', 'cause.reliefEases');
        concede(d, 'tariffRelief', stood);
      }
    },
    words: (m, { state }) => ({
      rate: m.rate,
      ...(state ? { context: m.rate > state.tariff ? 'raise' : 'cut' } : {}),
    }),
  },
  sanction: {
    side: 'us',
    rule: 'relationship',
    code: 1,
    param: target,
    term: true,
    cost: two,
    check: (s, m) => (s.sanctions[m.target] ? t('refusal.sanctionInForce', targetWords(m)) : null),
    apply: (d, m, causes) => {
      changeMeasure(d, m.target, true, causes);
      d.sanctions[m.target] = true;
      const hit = m.target === 'forensicInstitute' ? 15 : 8;
      bump(d, causes, 'relations', -hit, 'relationship', 'cause.sanctions', {
        target: `target.${m.target}`,
      });
      if (m.target === 'forensicInstitute') d.flags.provocation = true;
    },
    words: targetWords,
  },
  liftSanction: {
    side: 'us',
    rule: 'leverage',
    code: 2,
    param: target,
    term: true,
    cost: one,
    check: (s, m) => (s.sanctions[m.target] ? null : t('refusal.noSanctionToLift', targetWords(m))),
    apply: (d, m, causes) => {
      const stood = changeMeasure(d, m.target, false, causes);
      d.sanctions[m.target] = false;
      bump(d, causes, 'relations', 10, 'leverage', 'cause.sanctionsLifted', {
        target: `target.${m.target}`,
      });
      concede(d, 'liftSanctions', stood);
    },
    words: targetWords,
  },
  listMajorProducer: {
    side: 'us',
    rule: 'rhetoric',
    code: 3,
    param: noParam,
    term: true,
    cost: one,
    check: (s) => (s.listedMajorProducer ? t('refusal.alreadyListed') : null),
    apply: (d, _m, causes) => {
      changeMeasure(d, 'listing', true, causes);
      d.listedMajorProducer = true;
      bump(d, causes, 'relations', -P.listingRelationsHit, 'rhetoric', 'cause.listed');
      bump(d, causes, 'goodwill', -P.listingGoodwillHit, 'rhetoric', 'cause.blameCostsFace');
    },
  },
  delistMajorProducer: {
    side: 'us',
    rule: 'mexicoCoalition',
    code: 4,
    param: noParam,
    term: true,
    cost: one,
    check: (s) => (s.listedMajorProducer ? null : t('refusal.notListed')),
    apply: (d, _m, causes) => {
      const stood = changeMeasure(d, 'listing', false, causes);
      d.listedMajorProducer = false;
      bump(d, causes, 'relations', 6, 'mexicoCoalition', 'cause.delisted');
      bump(d, causes, 'goodwill', 8, 'mexicoCoalition', 'cause.delistingFace');
      concede(d, 'delisting', stood);
    },
  },
  giveCredit: {
    side: 'us',
    rule: 'credit',
    code: 5,
    param: noParam,
    term: true,
    cost: one,
    check: () => null,
    apply: (d) => {
      d.flags.creditGiven = true;
      if (d.awaitingCredit === 0) d.flags.emptyCredit = true;
    },
  },
  withholdCredit: {
    side: 'us',
    rule: 'credit',
    code: 6,
    param: noParam,
    term: true,
    cost: one,
    check: () => null,
    apply: (d) => {
      d.flags.creditWithheld = true;
    },
  },
  shareIntelligence: {
    side: 'us',
    rule: 'enforcement',
    code: 7,
    param: noParam,
    term: true,
    cost: one,
    check: (s) => (s.posture === 'suspended' ? t('refusal.noChannel') : null),
    apply: (d, _m, causes) => {
      bump(d, causes, 'enforcement', 6, 'enforcement', 'cause.jointCases');
      bump(d, causes, 'goodwill', 2, 'credit', 'cause.workingTogether');
    },
  },
  fundDemandReduction: {
    side: 'us',
    rule: 'demand',
    code: 8,
    param: noParam,
    term: true,
    cost: two,
    check: (s) =>
      s.naloxoneReach >= 95 && s.treatmentReach >= 90 ? t('refusal.demandFull') : null,
    apply: (d, _m, causes) => {
      bump(
        d,
        causes,
        'naloxoneReach',
        P.demandFundingNaloxone * remaining(d.naloxoneReach, 95),
        'demand',
        'cause.naloxoneReach',
      );
      bump(
        d,
        causes,
        'treatmentReach',
        P.demandFundingTreatment * remaining(d.treatmentReach, 90),
        'demand',
        'cause.treatmentPlaces',
      );
      d.ledger.usEconomicCost += 0.5;
    },
  },
  pressMexico: {
    side: 'us',
    rule: 'mexicoCoalition',
    code: 9,
    param: noParam,
    term: true,
    cost: one,
    check: (s) => (s.mexicoEnforcement >= 100 ? t('refusal.mexicoFull') : null),
    apply: (d, _m, causes) => {
      bump(
        d,
        causes,
        'mexicoEnforcement',
        (P.pressMexicoGain * remaining(d.mexicoEnforcement, 100)) / remaining(P.mexicoRest, 100),
        'mexicoCoalition',
        'cause.mexicoRaids',
      );
    },
  },
  buildCoalition: {
    side: 'us',
    rule: 'mexicoCoalition',
    code: 10,
    param: noParam,
    term: true,
    cost: two,
    check: (s) => (s.coalition >= 100 ? t('refusal.coalitionFull') : null),
    apply: (d, _m, causes) => {
      bump(d, causes, 'coalition', P.coalitionGain, 'mexicoCoalition', 'cause.coalitionWidens');
      bump(d, causes, 'relations', 1, 'mexicoCoalition', 'cause.multilateral');
    },
  },
};
