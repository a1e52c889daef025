/** The moves: title, summary, what a card says, how a played move reads; and their refusals. */
export const MOVE_WORDS = {
  'target.forensicInstitute': 'the forensic-science institute',
  'target.chemicalFirms': 'chemical firms',
  'ask.tariffRelief': 'tariff relief',
  'ask.liftSanctions': 'the lifting of sanctions',
  'ask.delisting': 'delisting',
  'class.fentanyl': 'fentanyl',
  'class.nitazenes': 'nitazene',
  'side.us': 'US',
  'side.china': 'Chinese',

  'move.setTariff.title': 'Set fentanyl tariff',
  'move.setTariff.summary':
    'Raise the tariff to add pressure, or cut it as relief China will pay for.',
  'move.setTariff.card_raise': 'Raise tariff to {rate}%',
  'move.setTariff.card_cut': 'Cut tariff to {rate}%',
  'move.setTariff.done': 'tariff set to {rate}%',

  'move.sanction.title': 'Impose sanctions',
  'move.sanction.summary':
    'Sanction the forensic-science institute or chemical firms. China treats it as a provocation.',
  'move.sanction.card': 'Sanction {target}',
  'move.sanction.done': 'sanctions on {target}',

  'move.liftSanction.title': 'Lift sanctions',
  'move.liftSanction.summary':
    'Lift sanctions in force: a concession that can restart cooperation.',
  'move.liftSanction.card': 'Lift sanctions on {target}',
  'move.liftSanction.done': 'sanctions on {target} lifted',

  'move.listMajorProducer.title': 'List China as a major drug producer',
  'move.listMajorProducer.summary':
    'Name China on the list of major drug-producing countries. It costs face and goodwill.',
  'move.listMajorProducer.card': 'List China as a drug producer',
  'move.listMajorProducer.done': 'China listed as a major drug producer',

  'move.delistMajorProducer.title': 'Take China off the list',
  'move.delistMajorProducer.summary':
    'Remove China from the major-producer list: a concession Beijing has asked for.',
  'move.delistMajorProducer.done': 'China taken off the list',

  'move.giveCredit.title': 'Give public credit',
  'move.giveCredit.summary':
    "Recognize China's latest steps in public. Goodwill keeps cooperation going.",
  'move.giveCredit.done': 'public credit for China’s steps',

  'move.withholdCredit.title': 'Withhold credit',
  'move.withholdCredit.summary':
    'Say the steps are not enough and ask again. China can sell the same steps twice.',
  'move.withholdCredit.done': 'credit withheld',

  'move.shareIntelligence.title': 'Share intelligence',
  'move.shareIntelligence.summary':
    'Pass case leads for joint investigations. Needs a working channel.',
  'move.shareIntelligence.done': 'intelligence shared',

  'move.fundDemandReduction.title': 'Fund naloxone and treatment',
  'move.fundDemandReduction.summary':
    'Spend at home on naloxone and treatment. Cuts deaths whatever China does.',
  'move.fundDemandReduction.done': 'naloxone and treatment funded',

  'move.pressMexico.title': 'Press Mexico',
  'move.pressMexico.summary':
    'Push Mexico to raid labs and seize precursors where the drug is made.',
  'move.pressMexico.done': 'Mexico pressed',

  'move.buildCoalition.title': 'Build the coalition',
  'move.buildCoalition.summary':
    'Work through the multilateral coalition: curbs other suppliers and gives China a face-saving forum.',
  'move.buildCoalition.done': 'coalition built up',

  'move.schedulePrecursors.title': 'Schedule precursors',
  'move.schedulePrecursors.summary':
    'Put named chemicals under control. Bites after a quarter; traffickers switch to analogs.',
  'move.schedulePrecursors.card_one': 'Schedule {count} precursor',
  'move.schedulePrecursors.card_other': 'Schedule {count} precursors',
  'move.schedulePrecursors.done_one': '{count} precursor scheduled',
  'move.schedulePrecursors.done_other': '{count} precursors scheduled',

  'move.scheduleClass.title': 'Control a whole class',
  'move.scheduleClass.summary':
    'Control every substance of a class at once. Far harder to dodge than one chemical at a time.',
  'move.scheduleClass.card': 'Control the {class} class',
  'move.scheduleClass.done': '{class} class controlled',

  'move.licenseExports.title': 'License exports',
  'move.licenseExports.summary': 'Require approval for key precursors sold to North America.',
  'move.licenseExports.done': 'export licensing',

  'move.requireKYC.title': 'Require know-your-customer',
  'move.requireKYC.summary':
    'Make chemical sellers verify who buys. Costly, and it makes enforcement bite.',
  'move.requireKYC.card': 'Require KYC checks',
  'move.requireKYC.done': 'know-your-customer rules',

  'move.enforce.title': 'Enforce',
  'move.enforce.summary':
    'Prosecutions, takedowns and seizures. Rules on paper do little without them.',
  'move.enforce.card': 'Enforce: level {level}',
  'move.enforce.done': 'enforcement, level {level}',

  'move.suspendCooperation.title': 'Suspend cooperation',
  'move.suspendCooperation.summary':
    'Stop all drug-control cooperation. Leverage, at the price of the relationship.',
  'move.suspendCooperation.done': 'cooperation suspended',

  'move.resumeCooperation.title': 'Resume cooperation',
  'move.resumeCooperation.summary':
    'Return to talks. Beijing prefers to do it after a concession or a summit.',
  'move.resumeCooperation.done': 'cooperation resumed',

  'move.announceConsensus.title': 'Announce a consensus',
  'move.announceConsensus.summary':
    'A warm statement with no specifics. Cheap talk: it changes nothing on the ground.',
  'move.announceConsensus.done': 'a consensus announced',

  'move.reannounce.title': 'Re-announce an old step',
  'move.reannounce.summary':
    'Present a step already taken as new. Possible only when it went unrecognized.',
  'move.reannounce.done': 'an old step re-announced',

  'move.demandConcession.title': 'Demand a concession',
  'move.demandConcession.summary':
    'Name the price of more help: tariff relief, sanctions lifted or delisting.',
  'move.demandConcession.card_tariffRelief': 'Demand tariff relief',
  'move.demandConcession.card_liftSanctions': 'Demand sanctions lifted',
  'move.demandConcession.card_delisting': 'Demand delisting',
  'move.demandConcession.done': '{ask} demanded',

  'move.relaxEnforcement.title': 'Let enforcement slide',
  'move.relaxEnforcement.summary':
    'Quietly stop prosecuting and taking down sites. The first thing to go when relations sour.',
  'move.relaxEnforcement.done': 'enforcement let slide',

  'move.proposeSummit.title': 'Propose a summit',
  'move.proposeSummit.summary':
    'Invite the other leader to a summit. If they attend next quarter, relations and face recover; a snub stings.',
  'move.proposeSummit.done': 'a summit proposed',

  'move.attendSummit.title': 'Attend the summit',
  'move.attendSummit.summary':
    'Accept the summit the other side proposed: the usual way back from a walk-out.',
  'move.attendSummit.done': 'the summit attended',

  'move.proposeOffer.title': 'Make an offer',
  'move.proposeOffer.summary':
    'Put a deal on the table: what you will do, what you ask in return, and by when. The other side answers next quarter.',
  'move.proposeOffer.done_one': 'an offer: {give} for {ask}, within {count} quarter',
  'move.proposeOffer.done_other': 'an offer: {give} for {ask}, within {count} quarters',
  'move.proposeOffer.nothing': 'nothing',
  'move.proposeOffer.and': '{a} and {b}',

  'move.acceptOffer.title': 'Accept the offer',
  'move.acceptOffer.summary':
    'Take the deal on the table. Both sides must then carry out their part in time.',
  'move.acceptOffer.done': 'the offer accepted',

  'move.declineOffer.title': 'Decline the offer',
  'move.declineOffer.summary':
    'Turn down the deal on the table. You may put your own offer instead.',
  'move.declineOffer.done': 'the offer declined',

  'refusal.otherSidesMove': '“{title}” is a {side} move',
  'refusal.notOffered': '“{title}” is not on offer in this scenario',
  'refusal.alreadyPlayed': '“{title}” is already played this turn',
  'refusal.creditBothWays': 'credit cannot be both given and withheld in one turn',
  'refusal.budget': 'not enough political capital: costs {cost}, {left} left',
  'refusal.tariffRate': 'the rate must be a whole number from 0 to 100 in steps of 5',
  'refusal.tariffSame': 'the tariff is already {rate}%',
  'refusal.sanctionInForce': 'sanctions on {target} are already in force',
  'refusal.noSanctionToLift': 'there are no sanctions on {target} to lift',
  'refusal.alreadyListed': 'China is already on the list',
  'refusal.noChannel': 'cooperation is suspended: there is no channel to share through',
  'refusal.demandFull': 'naloxone and treatment already reach everyone they can',
  'refusal.mexicoFull': 'Mexican enforcement is at its limit',
  'refusal.coalitionFull': 'the coalition is as strong as it gets',
  'refusal.count': 'count must be a whole number from 1 to 20',
  'refusal.classControlled': 'the {class} class is already controlled',
  'refusal.licensingInForce': 'export licensing is already in force',
  'refusal.kycInForce': 'know-your-customer rules are already in force',
  'refusal.level': 'level must be 1, 2 or 3',
  'refusal.enforcementFull': 'enforcement is at its limit',
  'refusal.alreadySuspended': 'cooperation is already suspended',
  'refusal.notSuspended': 'cooperation is not suspended',
  'refusal.noChips': 'there is no old step left to re-announce',
  'refusal.alreadyAsking': 'China is already asking for {ask}',
  'refusal.noTariff': 'there is no tariff to relieve',
  'refusal.noSanctions': 'there are no sanctions to lift',
  'refusal.notListed': 'China is not on the list',
  'refusal.nothingToRelax': 'there is no enforcement left to relax',
  'refusal.noOffer': 'no offer from the other side is waiting for an answer',
  'refusal.summitOpen': 'a summit invitation is already on the table',
  'refusal.noSummit': 'no summit invitation from the other side is waiting for an answer',
  'refusal.offerShape': 'an offer lists what it gives and what it asks',
  'refusal.offerOpen': 'an offer of yours is already on the table',
  'refusal.offerEmpty': 'an offer must give or ask something',
  'refusal.offerTerms': 'an offer has at most {count} moves on each side',
  'refusal.offerWithin': 'an offer runs for 1 to {count} quarters',
  'refusal.offerNested': 'an offer cannot promise another offer or a summit',
  'refusal.offerWrongSide_give_us': 'an offer can only give moves of the United States',
  'refusal.offerWrongSide_give_china': 'an offer can only give moves of China',
  'refusal.offerWrongSide_ask_us': 'an offer can only ask for moves of the United States',
  'refusal.offerWrongSide_ask_china': 'an offer can only ask for moves of China',
  'refusal.offerTwice': 'each kind of move once in an offer',
} as const;
