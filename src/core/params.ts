/**
 * The model's constants, one place. Each names the rule it serves (docs/MODEL.md has the table).
 * Values were set so the 2018-2025 history scenario, played with its recorded moves, reproduces the
 * death curve of the brief (peak near 78,000 a year in 2023, near 42,000 by early 2025).
 */
export const PARAMS = {
  // rule 1: relationship
  relationsReversion: 0.08, // share of the gap to the era's baseline closed each quarter
  provocationFloor: -70, // below this, cooperation is suspended whatever else happens
  provocationSevere: -35, // a provocation that leaves relations below this suspends; above it, dials back a step
  // rule 3: credit
  goodwillReversion: 0.12,
  goodwillRest: 25, // goodwill drifts here when nobody tends it
  creditGain: 8,
  creditPerStep: 3,
  withheldLoss: 10,
  unrecognizedLoss: 3, // per step left without credit
  // rule 4: tariffs
  tariffIrritant: 0.05, // relations lost per quarter per tariff point in force
  tariffRaiseHit: 0.8, // relations lost per tariff point raised
  tariffCutGain: 0.5,
  tariffPressure: 0.6, // China's economic pressure per tariff point
  tariffUsCost: 0.05, // US economic cost per tariff point per quarter
  provokingRaise: 10, // a raise of this many points at once is a provocation (2025)
  // rule 4: pressure with and without a path to relief
  pressureBringsTalks: 35, // economic pressure at which a credible path to relief brings China back to talks
  hardeningPressure: 30, // pressure above this with no path to relief hardens Beijing
  hardeningRelations: 2, // relations lost per quarter while pressure hardens
  hardeningDisplacement: 0.4, // other producers' supply gained per quarter per pressure point above the line
  reliefMemory: 4, // quarters a relief delivered keeps the path to relief credible
  // rule 2: credibility (strategy.md §2.5)
  standsAfter: 2, // a measure stands once it has held this many quarters
  credibilityStart: 60,
  credibilityCredible: 45, // at or above this, a US promise of relief is believed
  breachCredibility: 25, // credibility lost by reversing a measure that had not stood
  breachGoodwill: 8,
  breachRelations: 4,
  credibilityRecovery: 3, // credibility regained per quarter without a breach, up to the start
  reliefCredibility: 8, // credibility gained by relief for a measure that stood
  dealCredibility: 5, // credibility each side gains when a deal is carried out
  dealGoodwill: 4,
  // rule 5: scheduling
  perChemicalBite: 0.045, // share of China's flow one newly scheduled chemical stops at first
  perChemicalDecay: 0.985, // each chemical adds less than the last
  scheduleAdaptation: 0.26, // share of the scheduling bite traffickers work around each quarter
  enforcementSlowsAdaptation: 0.9,
  classBite: { fentanyl: 0.3, nitazenes: 0.06 },
  classAdaptation: 0.06,
  classFloor: 0.08,
  // rule 7: enforcement
  postureEnforcement: { suspended: 6, talks: 20, workingGroup: 38, enforcing: 62 },
  enforcementPull: 0.35,
  enforcementFade: 0.1, // cases under way run on for a while when the posture drops
  kycEnforcementBonus: 12,
  enforcementSourOnRelations: 0.5, // enforcement lost per relations point lost in a quarter
  enforcementBite: 0.38,
  kycBiteMultiplier: 1.35,
  licensingBite: 0.1,
  licensingEnforcedBite: 0.16,
  maxChinaBite: 0.75,
  // rule 6: displacement
  altShareOfGap: 0.45, // share of China's lost flow other producers fill over time
  altGrowth: 0.15,
  altDecline: 0.04,
  coalitionAltCut: 0.5,
  // rule 8: supply and the market
  mexicoRest: 20,
  mexicoReversion: 0.2,
  mexicoProductionCut: 0.4,
  seizureShock: 0.3,
  seizureDecay: 0.45,
  supplyPotency: 1.0, // deaths scale with supply to this power
  marketAdjust: 0.7, // share of the gap between production and street supply closed each quarter
  purityRef: 10, // percent purity when supply is at its reference
  purityElasticity: 0.6,
  priceElasticity: 1.0,
  priceAdjust: 0.6,
  penetrationGrowth: 0.18,
  penetrationRetreat: 0.14,
  // rule 9: demand
  naloxoneProtection: 0.45,
  treatmentExit: 0.04, // share of users leaving per quarter at full treatment reach
  initiationRate: 0.012,
  quitRate: 0.01,
  priceDetersInitiation: 0.5,
  demandFundingNaloxone: 6, // at zero reach; each round adds less as reach grows
  demandFundingTreatment: 5,
  deathsNoise: 0.03, // +-3% quarter to quarter
  // caps that keep any accepted scenario inside what a save holds (docs/MODEL.md, "Bounds")
  maxUsers: 20_000, // thousands using: the most a scenario may start with
  maxAltSupply: 400, // other producers' supply index
  maxSupplyForDeaths: 3, // deaths follow street supply up to three times the reference
  maxLethality: 15, // deaths a quarter per thousand exposed users; the shipped worlds are 5.6-10.8
  // rule 10: Mexico and the coalition
  pressMexicoGain: 10, // at the resting level; less as raids near their limit
  coalitionGain: 12,
  coalitionDecay: 0.05,
  // rule 11: rhetoric
  listingRelationsHit: 8,
  listingGoodwillHit: 10,
  // China's standing in the world per quarter, by the cooperation it is seen to give (strategy.md §1)
  standingByPosture: { suspended: -1, talks: 0, workingGroup: 0.5, enforcing: 1 },
  // rule 12: truce
  truceHoldsAbove: -30,
} as const;

/** How many uniforms each turn draws, whatever the players do, so two runs stay in step. */
export const DRAWS_PER_TURN = 16;
/** Positions in a turn's draws. */
export const DRAW = { events: 0, deathsNoise: 10, us: 11, china: 13 } as const;
