/**
 * Words callers and agents use for the same matter (同义词). A query that contains any phrase of
 * a group is expanded with every phrase of it, so "老板三个月没发钱" finds "用人单位拖欠工资怎么办"
 * although the two share no word. Groups are matched on the raw text, not on segmented words:
 * jieba cuts colloquial phrases ("没发钱", "被车撞") in ways that do not line up with the
 * entries' wording.
 *
 * Kept in code, reviewed like code: a wrong synonym changes every answer that relies on it.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Wage arrears 欠薪
  [
    '欠薪',
    '拖欠工资',
    '工资拖欠',
    '讨薪',
    '欠工资',
    '没发工资',
    '不发工资',
    '没发钱',
    '不给钱',
    '没给钱',
    '不给工资',
    '拖着不发',
    '工钱',
    '克扣工资',
    '劳动报酬',
  ],
  ['老板', '用人单位', '雇主', '公司', '包工头'],
  ['辞退', '开除', '解雇', '炒鱿鱼', '解除劳动合同'],
  ['补偿', '赔偿', '经济补偿'],
  ['劳动仲裁', '仲裁', '劳动争议'],
  // Work injury 工伤
  ['工伤', '工作受伤', '上班受伤', '干活受伤', '工作中受伤', '工伤认定'],
  ['伤残', '残疾', '致残', '伤残等级'],
  // Traffic accidents 交通事故
  ['交通事故', '车祸', '撞车', '被车撞', '追尾', '撞人', '被撞'],
  ['肇事', '逃逸', '肇事逃逸'],
  ['保险', '交强险', '商业险', '保险公司'],
  // Marriage and family 婚姻家庭
  ['离婚', '解除婚姻', '离婚诉讼', '协议离婚', '闹离婚'],
  ['抚养', '抚养权', '抚养费', '孩子归谁', '带孩子'],
  ['赡养', '养老', '赡养费', '养父母', '不管老人', '老人没人管'],
  ['家暴', '家庭暴力', '被打', '打老婆', '人身安全保护令'],
  ['彩礼', '嫁妆', '婚前财产'],
  ['遗产', '继承', '遗嘱'],
  // Neighbour disputes 相邻关系
  ['邻里', '邻居', '相邻关系', '隔壁', '楼上', '楼下'],
  ['漏水', '渗水', '渗漏'],
  ['噪音', '噪声', '吵闹', '扰民'],
  ['通行', '堵路', '挡路', '过路'],
  // Legal aid itself 法律援助
  ['法律援助', '法援', '免费律师', '请不起律师', '援助律师', '法律援助申请'],
  ['经济困难', '没钱', '困难证明', '低保'],
  ['材料', '证件', '证明材料', '需要带什么', '带什么'],
  ['调解', '人民调解', '调解委员会'],
  ['起诉', '打官司', '诉讼', '告他', '告老板'],
];

/** The groups whose phrases occur in `text`, each once. */
export function synonymGroupsIn(
  text: string,
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
): (readonly string[])[] {
  return groups.filter((group) => group.some((phrase) => text.includes(phrase)));
}

/** Every phrase of every group whose phrases occur in `text`, without the ones `text` already holds. */
export function synonymExpansionOf(text: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  const expansion = new Set<string>();
  for (const group of synonymGroupsIn(text, groups)) {
    for (const phrase of group) if (!text.includes(phrase)) expansion.add(phrase);
  }
  return [...expansion];
}
