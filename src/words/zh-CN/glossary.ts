/** 术语表：每个术语、屏幕上的其他说法（aka，用 | 分隔）和解释。 */
export const GLOSSARY_WORDS = {
  'teaching.glossary.pc.term': '政治资本（PC）',
  'teaching.glossary.pc.aka': 'PC|政治资本',
  'teaching.glossary.pc.text':
    '每个政府一个季度里用来出招的预算，每张卡牌都标着要花多少PC。用剩的部分不能留到以后。',
  'teaching.glossary.quarter.term': '季度',
  'teaching.glossary.quarter.aka': '回合',
  'teaching.glossary.quarter.text': '游戏的一个回合，即三个月。双方先各自出招，然后世界作出反应。',
  'teaching.glossary.precursor.term': '前体化学品',
  'teaching.glossary.precursor.aka': '前体',
  'teaching.glossary.precursor.text':
    '贩毒者用来制造芬太尼的化学品。其中很多也有合法的工业用途，所以很难管制。',
  'teaching.glossary.precursorFlow.term': '来自中国的前体流量',
  'teaching.glossary.precursorFlow.aka': '来自中国',
  'teaching.glossary.precursorFlow.text':
    '制造芬太尼所需的化学品有多少从中国流出，用指数表示：100表示完全没有管制。',
  'teaching.glossary.otherProducers.term': '其他生产方',
  'teaching.glossary.otherProducers.aka': '来自其他地区的前体|来自别处|海外新供应方',
  'teaching.glossary.otherProducers.text':
    '来自中国以外国家（比如印度）的化学品。中国长期收紧出口时，中间商就会转向它们。',
  'teaching.glossary.scheduling.term': '列管',
  'teaching.glossary.scheduling.aka': '列管前体化学品|逐个列管',
  'teaching.glossary.scheduling.text':
    '把某种指定的化学品纳入法律管制。从下一季度起流量会减少，但贩毒者很快会改用还没列入名单的化学品。',
  'teaching.glossary.analog.term': '类似物',
  'teaching.glossary.analog.aka': '新类似物',
  'teaching.glossary.analog.text':
    '与受管制的化学品足够相近、能起同样作用，却不在管制名单上的化学品。',
  'teaching.glossary.classControl.term': '整类列管',
  'teaching.glossary.classControl.aka': '整类管制',
  'teaching.glossary.classControl.text':
    '把一整类相关物质连同类似物一次性纳入管制。它的效果消退得比逐个列管慢得多。',
  'teaching.glossary.nitazenes.term': '尼秦类',
  'teaching.glossary.nitazenes.aka': '尼秦',
  'teaching.glossary.nitazenes.text':
    '另一类合成阿片类物质，有些比芬太尼还强。中国可以把它们作为一整类来管制。',
  'teaching.glossary.exportLicensing.term': '出口许可',
  'teaching.glossary.exportLicensing.aka': '出口许可管理',
  'teaching.glossary.exportLicensing.text':
    '名单上的化学品须先取得许可才能运往国外。对中国来说这是代价大的措施，也是休战到期时可能被放松的管制之一。',
  'teaching.glossary.kyc.term': 'KYC（了解你的客户）',
  'teaching.glossary.kyc.aka': 'KYC|了解你的客户|要求“了解你的客户”',
  'teaching.glossary.kyc.text':
    '化学品卖家必须核查买家是谁、买来做什么。中国要推行它代价不小，贩毒者也很难绕过去。',
  'teaching.glossary.enforcement.term': '执法力度',
  'teaching.glossary.enforcement.aka': '中国的执法力度|放松执法',
  'teaching.glossary.enforcement.text':
    '中国把纸面上的规定落实到什么程度：检查、起诉、查封。它跟着中国的合作态势和善意走，关系一恶化，最先松动的就是它。',
  'teaching.glossary.posture.term': '合作态势',
  'teaching.glossary.posture.aka': '合作',
  'teaching.glossary.posture.text':
    '中国在芬太尼问题上合作到什么程度，分四级：中止、会谈、工作组、执法。',
  'teaching.glossary.suspended.term': '中止',
  'teaching.glossary.suspended.aka': '中止合作|退出谈判',
  'teaching.glossary.suspended.text':
    '中国已停止禁毒合作。只有首脑会晤或一项让步才能把它拉回会谈。',
  'teaching.glossary.talks.term': '会谈',
  'teaching.glossary.talks.text': '双方还在对话，但中国几乎没有采取实际措施。',
  'teaching.glossary.workingGroup.term': '工作组',
  'teaching.glossary.workingGroup.text':
    '双方官员定期就禁毒问题会面。善意足够高、关系又不太冷时，中国就会进入这一级。',
  'teaching.glossary.enforcing.term': '执法',
  'teaching.glossary.enforcing.text':
    '合作的最高一级：中国在积极执行自己的管制。这需要很高的善意、尚可的关系，以及已经开展起来的执法。',
  'teaching.glossary.resume.term': '恢复合作',
  'teaching.glossary.resume.text': '中国结束中止状态，回到会谈。',
  'teaching.glossary.goodwill.term': '善意',
  'teaching.glossary.goodwill.text':
    '中国觉得自己的措施在多大程度上得到了认可，从0到100。没人维护时会向25回落；合作靠它支撑。',
  'teaching.glossary.relations.term': '双边关系',
  'teaching.glossary.relations.text':
    '整个中美关系的冷暖，从-100到100。它会慢慢回到所处时代的常态水平。',
  'teaching.glossary.credit.term': '认可',
  'teaching.glossary.credit.aka': '公开认可|不予认可',
  'teaching.glossary.credit.text':
    '华盛顿公开承认中国采取的措施。认可会提升善意；得不到认可的措施会损耗善意，并变成筹码。',
  'teaching.glossary.chips.term': '筹码',
  'teaching.glossary.chips.aka': '筹码',
  'teaching.glossary.chips.text':
    '中国采取了却没得到认可的措施，它可以当作新措施再拿出来。只有中国看得见自己的筹码。',
  'teaching.glossary.reannounce.term': '把旧措施重新宣布',
  'teaching.glossary.reannounce.aka': '重新宣布',
  'teaching.glossary.reannounce.text':
    '中国把已经采取过的措施当作新措施公布，用掉一个筹码。对中国来说代价很小。',
  'teaching.glossary.consensus.term': '宣布达成共识',
  'teaching.glossary.consensus.aka': '共识',
  'teaching.glossary.consensus.text':
    '双方表示在某件事上意见一致的联合声明。对中国来说代价很小：只是说法，不是管制。',
  'teaching.glossary.concession.term': '让步',
  'teaching.glossary.concession.aka': '要求让步|价码|减免',
  'teaching.glossary.concession.text':
    '华盛顿给中国的好处：减免关税、解除制裁或从名单上除名。中国会开出价码，得到之后再用代价大的措施回报。',
  'teaching.glossary.tariff.term': '关税',
  'teaching.glossary.tariff.aka': '芬太尼关税|调整芬太尼关税',
  'teaching.glossary.tariff.text':
    '与芬太尼挂钩、对中国进口商品征收的税。它给中国经济施压，但会损害双边关系，而且只要还在征收，每个季度都让美国经济付出代价。',
  'teaching.glossary.economicPressure.term': '经济压力',
  'teaching.glossary.economicPressure.text':
    '中国有多需要贸易上的减免。有可信减免路径的压力能把中国拉回来；没有这条路的压力只会让它更强硬。',
  'teaching.glossary.sanctions.term': '制裁',
  'teaching.glossary.sanctions.aka': '实施制裁|解除制裁|化工企业',
  'teaching.glossary.sanctions.text':
    '美国对指定的中国机构施加的惩罚，在游戏里是刑事科学技术研究所或化工企业。实施制裁会激怒中国；解除制裁则是一种让步。',
  'teaching.glossary.forensicInstitute.term': '刑事科学技术研究所',
  'teaching.glossary.forensicInstitute.aka': '涉疆制裁',
  'teaching.glossary.forensicInstitute.text':
    '中国国家级的毒品检验实验室。美国2020年以新疆问题为由制裁了它，此后合作一直受挫，直到2023年。',
  'teaching.glossary.majorProducerList.term': '主要毒品生产国名单',
  'teaching.glossary.majorProducerList.aka':
    '把中国列为主要毒品生产国|把中国移出名单|除名|主要毒品生产国',
  'teaching.glossary.majorProducerList.text':
    '美国列出的非法毒品主要来源国名单。被列入名单是一种公开指责，会损害双边关系；中国希望被移出名单。',
  'teaching.glossary.intelligence.term': '共享情报',
  'teaching.glossary.intelligence.text': '美国把有关贩毒者的线索交给中国，帮助中国执法。',
  'teaching.glossary.pressMexico.term': '向墨西哥施压',
  'teaching.glossary.pressMexico.text':
    '美国敦促墨西哥打击制造芬太尼的贩毒集团，从而减少当地的生产。',
  'teaching.glossary.seizures.term': '墨西哥缴获创纪录',
  'teaching.glossary.seizures.aka': '缴获|供应冲击',
  'teaching.glossary.seizures.text':
    '一次性端掉大批制毒工厂、缴获大量化学品。这会冲击供应：几个季度里价格上涨、死亡减少，直到贩毒者适应过来。',
  'teaching.glossary.coalition.term': '国际联盟',
  'teaching.glossary.coalition.aka': '壮大国际联盟|联盟',
  'teaching.glossary.coalition.text':
    '由美国牵头、80多个国家参加、在没有中国的情况下打击合成毒品的联盟。它能遏制其他生产方。',
  'teaching.glossary.naloxone.term': '纳洛酮',
  'teaching.glossary.naloxone.aka': '资助纳洛酮和治疗|纳洛酮非处方销售|治疗',
  'teaching.glossary.naloxone.text':
    '一种能逆转阿片类药物过量的药。再加上成瘾治疗，无论中国怎么做，它都能减少死亡。',
  'teaching.glossary.pandemic.term': '疫情',
  'teaching.glossary.pandemic.text': '一个让吸毒者陷入孤立、打断治疗的世界事件，死亡人数因此上升。',
  'teaching.glossary.taiwanVisit.term': '访台',
  'teaching.glossary.taiwanVisit.text':
    '一名美国高层政要访问台北。北京的回应是切断沟通渠道，禁毒合作也在其中。',
  'teaching.glossary.purity.term': '纯度',
  'teaching.glossary.purity.text': '街头出售的毒品里芬太尼占多少，以百分比表示。供应短缺时会下降。',
  'teaching.glossary.streetPrice.term': '街头价格',
  'teaching.glossary.streetPrice.text':
    '芬太尼在美国街头的价格，用指数表示。价格越高，越能让新人望而却步。',
  'teaching.glossary.deaths.term': '本季度死亡人数',
  'teaching.glossary.deaths.aka': '死亡人数|死亡（本季）',
  'teaching.glossary.deaths.text': '刚刚结束的这个季度里，美国因合成阿片类药物过量而死亡的人数。',
  'teaching.glossary.deaths12m.term': '过去12个月死亡人数',
  'teaching.glossary.deaths12m.aka': '死亡（12个月）',
  'teaching.glossary.deaths12m.text': '最近四个季度的死亡人数之和，也就是新闻里通常引用的数字。',
  'teaching.glossary.truce.term': '休战',
  'teaching.glossary.truce.aka': '休战协议|休战复审|休战已延续|休战已失效',
  'teaching.glossary.truce.text':
    '一项到约定时间就要复审的协议。如果届时关系已经恶化，或关税又被提高，中国就会放松管制。',
  'teaching.glossary.summit.term': '首脑会晤',
  'teaching.glossary.summit.aka': '提议首脑会晤|出席首脑会晤',
  'teaching.glossary.summit.text':
    '两国元首的会面。一方提议，另一方在下一季度出席；会晤举行后双边关系回暖，还能结束退出谈判的局面。',
  'teaching.glossary.offer.term': '方案',
  'teaching.glossary.offer.aka': '提出方案|拒绝方案',
  'teaching.glossary.offer.text':
    '一方提出在一到三个季度内打出最多三招，换取对方最多三招。对方在下一季度答复。',
  'teaching.glossary.deal.term': '协议',
  'teaching.glossary.deal.aka': '接受方案|履约',
  'teaching.glossary.deal.text':
    '被接受的方案。之后双方都要用自己的招数履行各自的部分；协议得到履行，双方的信誉都会提高。',
  'teaching.glossary.breach.term': '违约',
  'teaching.glossary.breach.aka': '已违约',
  'teaching.glossary.breach.text':
    '没有按时履行协议中自己的部分，或在改变一项措施后两个季度内又把它撤回。这会损害信誉。',
  'teaching.glossary.credibility.term': '信誉',
  'teaching.glossary.credibility.text':
    '一方说的话有多少人信。一次违约扣25点，恢复得很慢；有信誉的华盛顿才能给出一条减免之路。',
  'teaching.glossary.score.term': '得分',
  'teaching.glossary.score.text':
    '每一方按自己的利益计分，参照的是同一个世界里双方都不出招的结果。0分就是什么都不做的得分；美国的1分约等于1,000条生命。',
  'teaching.glossary.livesSaved.term': '挽救的生命',
  'teaching.glossary.livesSaved.text': '与双方都不出招的同一个世界相比，你这局少死了多少人。',
  'teaching.glossary.noMovesWorld.term': '不出招的世界',
  'teaching.glossary.noMovesWorld.aka': '双方都不出招',
  'teaching.glossary.noMovesWorld.text':
    '同一个剧本、同样的运气，但双方都不出招。挽救的生命和得分都以它为参照来衡量。',
  'teaching.glossary.seed.term': '种子',
  'teaching.glossary.seed.text': '决定这局游戏运气的数字。剧本、种子和招数都相同，结果就总是一样。',
  'teaching.glossary.replayCode.term': '回放码',
  'teaching.glossary.replayCode.aka': '班级码',
  'teaching.glossary.replayCode.text':
    '一段保存了整局游戏（作为班级码时，则是一个班的世界）的短文本，可以用来分享、回放和比较。',
  'teaching.glossary.why.term': '原因',
  'teaching.glossary.why.text':
    '报告里的这一栏列出模型的哪些规则让每个数字发生了变化，以及变化了多少。',
} as const;
