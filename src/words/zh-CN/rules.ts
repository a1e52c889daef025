/** 模型的规则：标题、模型怎么做、依据（用我们自己的话）。 */
export const RULE_WORDS = {
  'rule.relationship.title': '合作取决于整体关系',
  'rule.relationship.model':
    '挑衅会让合作在当季中止；只有在一方让步，或一方提议、另一方出席首脑会晤之后，合作才会恢复。',
  'rule.relationship.evidence':
    '2020年美国制裁中国的刑事科学技术研究所后，中国缩减了合作；2022年8月访台事件后切断合作；直到2023年11月伍德赛德首脑会晤解除了这些制裁，合作才得以恢复。',
  'rule.leverage.title': '合作就是筹码',
  'rule.leverage.model':
    '中国先拿出代价小的措施，只有换来让步才付出代价大的措施；桌上的协议对双方都有约束，两个季度内撤回措施即为违约。',
  'rule.leverage.evidence':
    '北京在等到合适的价码之前会保留合作。2025年10月美国把芬太尼关税从20%降到10%后，中国在几天之内就对13种前体化学品实行出口许可管理。',
  'rule.credit.title': '认可让合作持续',
  'rule.credit.model':
    '公开认可会提升善意，善意支撑合作；得不到认可的措施会损耗善意，并回到中国手里，成为可以再卖一次的筹码。',
  'rule.credit.evidence':
    '分析人士提醒，华盛顿若不承认中方的措施，执法合作就会动摇；2025年美国对中方此前的措施不予认可，于是同样的承诺可以再拿出来谈一次。',
  'rule.tariffs.title': '关税是双刃剑',
  'rule.tariffs.model':
    '关税会增加中国对减免的需要；若有可信的减免路径，这种压力会把中国拉回谈判桌，若没有，只会让北京态度强硬。加征关税有损双边关系和美国经济。',
  'rule.tariffs.evidence':
    '2025年的芬太尼关税让美国对放缓中的中国经济有了筹码，但北京称之为讹诈并中断了合作；减免关税成了新措施的价码。',
  'rule.scheduling.title': '列管是猫鼠游戏',
  'rule.scheduling.model':
    '一种化学品列管后，从下一季度起减少来自中国的流量，随后贩毒者设法绕开；每多列管一种，效果递减；整类列管的效果持久得多。',
  'rule.scheduling.evidence':
    '贩毒者在成千上万种两用化学品中改用尚未列管的类似物，逐个列管总是慢半拍；2019年的整类列管几乎终结了芬太尼成品的运出。',
  'rule.displacement.title': '供应转移',
  'rule.displacement.model':
    '对中国的持续施压会让其他生产方的供应增长，所以只盯着中国的策略有其上限。',
  'rule.displacement.evidence':
    '2019年之后，贸易从芬太尼成品转向运往墨西哥的前体化学品；对中国施压会把中间商推向印度等其他生产国。',
  'rule.enforcement.title': '执法是关键',
  'rule.enforcement.model':
    '管制要靠执法才能见效；执法随合作态势而变，关系一旦恶化，执法最先松懈。',
  'rule.enforcement.evidence':
    '没有起诉、关停网站和“了解你的客户”核查，纸面上的规定作用有限，而中国在这些方面大多欠缺；执法也是北京最先放松的一环。',
  'rule.supplyShock.title': '供应冲击能在一段时间内挽救生命',
  'rule.supplyShock.model':
    '供应骤减会推高街头价格，在几个季度内降低纯度和死亡人数，直到贩毒者适应为止。',
  'rule.supplyShock.evidence':
    '2019年严打之后，美国街头价格连续数月上涨，那段时间的过量致死人数比预期低20%至25%；2024年墨西哥制毒者难以获得前体，纯度随之下降。',
  'rule.demand.title': '需求本身就很重要',
  'rule.demand.model': '无论中国怎么做，纳洛酮和治疗都能减少死亡；吸毒的人越少，死亡越少。',
  'rule.demand.evidence':
    '纳洛酮、治疗和需求下降可以独立于供应减少死亡；中国官员和一些专家认为需求才是问题的根源。',
  'rule.mexicoCoalition.title': '墨西哥与国际联盟',
  'rule.mexicoCoalition.model':
    '墨西哥的执法减少毒品生产；国际联盟遏制其他供应方；从名单上除名是中国想要的。',
  'rule.mexicoCoalition.evidence':
    '墨西哥的贩毒集团制造毒品，墨西哥在2024年12月缴获量创下纪录；美国牵头、80多个国家参加的联盟在没有中国的情况下运作，多边场合对双方来说可能都更容易。',
  'rule.rhetoric.title': '言辞有代价',
  'rule.rhetoric.model': '公开指责会降低双边关系和善意。',
  'rule.rhetoric.evidence':
    '指责中国会让关系变差，而民调显示，美国人首先归咎的是贩毒集团、吸毒者和本国政府。',
  'rule.truce.title': '休战会到期',
  'rule.truce.model': '休战在一定时间后重新评估；如果关系已经恶化或关税又被提高，中国会放松管制。',
  'rule.truce.evidence':
    '2025年10月的协议一年后需要复审，而以往的经验表明，关系再度恶化时管制就会放松。',
} as const;
