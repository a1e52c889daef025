/** 招数：标题、概要、卡片上的字、出招后的说法，以及不能出招的理由。 */
export const MOVE_WORDS = {
  'target.forensicInstitute': '刑事科学技术研究所',
  'target.chemicalFirms': '化工企业',
  'ask.tariffRelief': '减免关税',
  'ask.liftSanctions': '解除制裁',
  'ask.delisting': '从名单上除名',
  'class.fentanyl': '芬太尼',
  'class.nitazenes': '尼秦',
  'side.us': '美方',
  'side.china': '中方',

  'move.setTariff.title': '调整芬太尼关税',
  'move.setTariff.summary': '提高关税以加大压力，或降低关税，作为中国愿意付出代价换取的减免。',
  'move.setTariff.card_raise': '关税提高到{rate}%',
  'move.setTariff.card_cut': '关税降低到{rate}%',
  'move.setTariff.done': '关税调整为{rate}%',

  'move.sanction.title': '实施制裁',
  'move.sanction.summary': '制裁刑事科学技术研究所或化工企业。中国视之为挑衅。',
  'move.sanction.card': '制裁{target}',
  'move.sanction.done': '对{target}实施制裁',

  'move.liftSanction.title': '解除制裁',
  'move.liftSanction.summary': '解除现行制裁：一种可以重启合作的让步。',
  'move.liftSanction.card': '解除对{target}的制裁',
  'move.liftSanction.done': '解除对{target}的制裁',

  'move.listMajorProducer.title': '把中国列为主要毒品生产国',
  'move.listMajorProducer.summary': '把中国列入主要毒品生产国名单。这会让中国丢面子，也损耗善意。',
  'move.listMajorProducer.card': '把中国列为毒品生产国',
  'move.listMajorProducer.done': '中国被列为主要毒品生产国',

  'move.delistMajorProducer.title': '把中国移出名单',
  'move.delistMajorProducer.summary': '把中国从主要生产国名单中移除：北京一直要求的一项让步。',
  'move.delistMajorProducer.done': '中国被移出名单',

  'move.giveCredit.title': '公开认可',
  'move.giveCredit.summary': '公开肯定中国最近采取的措施。善意让合作得以持续。',
  'move.giveCredit.done': '公开认可中方的措施',

  'move.withholdCredit.title': '不予认可',
  'move.withholdCredit.summary': '表示这些措施还不够，再次提出要求。中国可以把同样的措施卖两次。',
  'move.withholdCredit.done': '不予认可',

  'move.shareIntelligence.title': '共享情报',
  'move.shareIntelligence.summary': '提供案件线索，开展联合调查。需要有畅通的渠道。',
  'move.shareIntelligence.done': '共享了情报',

  'move.fundDemandReduction.title': '资助纳洛酮和治疗',
  'move.fundDemandReduction.summary':
    '在国内为纳洛酮和治疗投入资金。无论中国怎么做，都能减少死亡。',
  'move.fundDemandReduction.done': '资助了纳洛酮和治疗',

  'move.pressMexico.title': '向墨西哥施压',
  'move.pressMexico.summary': '敦促墨西哥在制毒的地方捣毁工厂、缴获前体化学品。',
  'move.pressMexico.done': '向墨西哥施压',

  'move.buildCoalition.title': '壮大国际联盟',
  'move.buildCoalition.summary':
    '通过多边联盟开展工作：遏制其他供应方，也给中国一个保全面子的场合。',
  'move.buildCoalition.done': '壮大了国际联盟',

  'move.schedulePrecursors.title': '列管前体化学品',
  'move.schedulePrecursors.summary': '把指定的化学品纳入管制。一个季度后见效；贩毒者会改用类似物。',
  'move.schedulePrecursors.card_other': '列管{count}种前体',
  'move.schedulePrecursors.done_other': '列管了{count}种前体',

  'move.scheduleClass.title': '整类列管',
  'move.scheduleClass.summary': '一次管制一整类物质。比逐个列管化学品难绕开得多。',
  'move.scheduleClass.card': '整类列管{class}类物质',
  'move.scheduleClass.done': '{class}类物质已整类列管',

  'move.licenseExports.title': '出口许可',
  'move.licenseExports.summary': '销往北美的关键前体化学品须经审批。',
  'move.licenseExports.done': '实行出口许可',

  'move.requireKYC.title': '要求“了解你的客户”',
  'move.requireKYC.summary': '要求化学品卖方核实买方身份。成本高，但能让执法见效。',
  'move.requireKYC.card': '要求客户身份核查',
  'move.requireKYC.done': '实行“了解你的客户”规定',

  'move.enforce.title': '执法',
  'move.enforce.summary': '起诉、关停和缴获。没有这些，纸面上的规定作用有限。',
  'move.enforce.card': '执法：第{level}级',
  'move.enforce.done': '执法，第{level}级',

  'move.suspendCooperation.title': '中止合作',
  'move.suspendCooperation.summary': '停止一切禁毒合作。这是筹码，代价是双边关系。',
  'move.suspendCooperation.done': '中止了合作',

  'move.resumeCooperation.title': '恢复合作',
  'move.resumeCooperation.summary': '回到谈判桌。北京更愿意在对方让步或首脑会晤之后这样做。',
  'move.resumeCooperation.done': '恢复了合作',

  'move.announceConsensus.title': '宣布达成共识',
  'move.announceConsensus.summary':
    '一份措辞友好但没有具体内容的声明。空话而已：实际情况毫无改变。',
  'move.announceConsensus.done': '宣布达成共识',

  'move.reannounce.title': '把旧措施重新宣布',
  'move.reannounce.summary': '把已经采取的措施当作新措施拿出来。只有在它未获认可时才行得通。',
  'move.reannounce.done': '重新宣布了一项旧措施',

  'move.demandConcession.title': '要求让步',
  'move.demandConcession.summary': '开出进一步配合的价码：减免关税、解除制裁或从名单上除名。',
  'move.demandConcession.card_tariffRelief': '要求减免关税',
  'move.demandConcession.card_liftSanctions': '要求解除制裁',
  'move.demandConcession.card_delisting': '要求除名',
  'move.demandConcession.done': '要求{ask}',

  'move.relaxEnforcement.title': '放松执法',
  'move.relaxEnforcement.summary': '悄悄停止起诉和关停网站。关系一恶化，最先放掉的就是它。',
  'move.relaxEnforcement.done': '放松了执法',

  'move.proposeSummit.title': '提议首脑会晤',
  'move.proposeSummit.summary':
    '邀请对方领导人举行首脑会晤。若对方下季度出席，关系和面子都会恢复；被拒则颜面受损。',
  'move.proposeSummit.done': '提议举行首脑会晤',

  'move.attendSummit.title': '出席首脑会晤',
  'move.attendSummit.summary': '接受对方提议的首脑会晤：退出谈判后回到桌边的常见方式。',
  'move.attendSummit.done': '出席了首脑会晤',

  'move.proposeOffer.title': '提出方案',
  'move.proposeOffer.summary':
    '把一项交易摆上桌面：你将做什么，要求对方回报什么，期限多长。对方下季度答复。',
  'move.proposeOffer.done_other': '提出方案：以{give}换取{ask}，期限{count}个季度',
  'move.proposeOffer.nothing': '无',
  'move.proposeOffer.and': '{a}和{b}',

  'move.acceptOffer.title': '接受方案',
  'move.acceptOffer.summary': '接受桌上的交易。之后双方都必须按时履行各自的部分。',
  'move.acceptOffer.done': '接受了方案',

  'move.declineOffer.title': '拒绝方案',
  'move.declineOffer.summary': '拒绝桌上的交易。你可以改为提出自己的方案。',
  'move.declineOffer.done': '拒绝了方案',

  'refusal.otherSidesMove': '“{title}”是{side}的招数',
  'refusal.notOffered': '本情景中没有“{title}”这一招',
  'refusal.alreadyPlayed': '本回合已经出过“{title}”',
  'refusal.creditBothWays': '同一回合里不能既给予认可又不予认可',
  'refusal.budget': '政治资本不足：需要{cost}，只剩{left}',
  'refusal.tariffRate': '税率必须是0到100之间的整数，以5为单位',
  'refusal.tariffSame': '关税已经是{rate}%',
  'refusal.sanctionInForce': '对{target}的制裁已经生效',
  'refusal.noSanctionToLift': '对{target}没有可解除的制裁',
  'refusal.alreadyListed': '中国已经在名单上',
  'refusal.noChannel': '合作已中止：没有可以共享情报的渠道',
  'refusal.demandFull': '纳洛酮和治疗已经覆盖了所有能覆盖的人',
  'refusal.mexicoFull': '墨西哥的执法已到极限',
  'refusal.coalitionFull': '国际联盟已经壮大到了极限',
  'refusal.count': '数量必须是1到20之间的整数',
  'refusal.classControlled': '{class}类物质已经整类列管',
  'refusal.licensingInForce': '出口许可已经实行',
  'refusal.kycInForce': '“了解你的客户”规定已经实行',
  'refusal.level': '等级必须是1、2或3',
  'refusal.enforcementFull': '执法已到极限',
  'refusal.alreadySuspended': '合作已经中止',
  'refusal.notSuspended': '合作并未中止',
  'refusal.noChips': '没有可以重新宣布的旧措施了',
  'refusal.alreadyAsking': '中国已经在要求{ask}',
  'refusal.noTariff': '没有可以减免的关税',
  'refusal.noSanctions': '没有可以解除的制裁',
  'refusal.notListed': '中国不在名单上',
  'refusal.nothingToRelax': '已经没有可以放松的执法了',
  'refusal.noOffer': '对方没有等待答复的方案',
  'refusal.summitOpen': '已经有一份首脑会晤邀请摆在桌上',
  'refusal.noSummit': '对方没有等待答复的首脑会晤邀请',
  'refusal.offerShape': '方案要列明给出什么、要求什么',
  'refusal.offerOpen': '你已经有一份方案摆在桌上',
  'refusal.offerEmpty': '方案必须给出或要求些什么',
  'refusal.offerTerms': '方案每一方最多{count}个招数',
  'refusal.offerWithin': '方案期限为1到{count}个季度',
  'refusal.offerNested': '方案不能承诺另一份方案或首脑会晤',
  'refusal.offerWrongSide_give_us': '方案只能给出美国的招数',
  'refusal.offerWrongSide_give_china': '方案只能给出中国的招数',
  'refusal.offerWrongSide_ask_us': '方案只能要求美国的招数',
  'refusal.offerWrongSide_ask_china': '方案只能要求中国的招数',
  'refusal.offerTwice': '同一种招数在一份方案中只能出现一次',
} as const;
