import { formatInstant } from '../../lib/time';

// The routing decision in words, in Chinese: which rule and article chose the body, where it
// looked, whether it had to fall back, and by when the body must accept.

export interface DecisionLike {
  outcome: 'assigned' | 'no-destination' | 'returned-to-owner';
  agencyId: string | null;
  explanation: {
    rule: string;
    fallbackLevel: number;
    routedOnRegionCode: string;
    candidatesConsidered: readonly { agencyId: string; outcome: string }[];
  };
  acceptance: { rule: string; dueAt: string; duration: string; priority: string } | null;
}

export const ROUTING_RULE_TEXT: Record<string, string> = {
  'legal-aid.art38.matter-location': '依据《法律援助法》第三十八条，非诉讼事项由事由发生地的法律援助机构受理',
  'legal-aid.art38.handling-organ': '依据《法律援助法》第三十八条，诉讼事项由办案机关所在地的法律援助机构受理',
  'legal-aid.region-of-request': '未提供事由发生地或办案机关，按申请所在地区由当地法律援助机构受理',
  'mediation.township-committee': '依据《人民调解法》第八条、第三十四条，由纠纷发生地的乡镇（街道）人民调解委员会受理',
  'mediation.village-committee': '依据《人民调解法》第八条，由纠纷发生地的村（居）民委员会人民调解委员会受理',
  'consultation.county-centre': '法律咨询由所在县（区）的公共法律服务（法律援助）中心承接',
  'bounce-back.ticket-not-kept': '承办机构退回后无其他可受理机构，工单退回首问单位',
};

export const ACCEPTANCE_RULE_TEXT: Record<string, string> = {
  'acceptance.normal': '一般事项',
  'acceptance.green-channel': '绿色通道（《法律援助法》第四十二条）',
  'acceptance.urgent': '紧急事项',
  'acceptance.partner.normal': '兄弟热线转入事项',
};

/** "P1WD" → "1 个工作日", "PT4H" → "4 小时", "P3D" → "3 天". */
export function durationText(iso: string): string {
  const workingDays = /^P(\d+)WD$/.exec(iso);
  if (workingDays) return `${workingDays[1]} 个工作日`;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!match) return iso;
  const [, days, hours, minutes] = match;
  return [days && `${days} 天`, hours && `${hours} 小时`, minutes && `${minutes} 分钟`].filter(Boolean).join(' ') || iso;
}

export interface ExplanationText {
  headline: string;
  lines: string[];
}

/**
 * The sentences an agent reads to the caller: `regionName` and `agencyName` name the codes
 * (when known).
 */
export function explainDecision(
  decision: DecisionLike,
  names: { regionName?: string; agencyName?: string; agencyNameOf?: (id: string) => string | undefined } = {},
): ExplanationText {
  const lines: string[] = [];
  const region = names.regionName ? `${names.regionName}（${decision.explanation.routedOnRegionCode}）` : decision.explanation.routedOnRegionCode;
  const agency = names.agencyName ?? (decision.agencyId ? names.agencyNameOf?.(decision.agencyId) : undefined) ?? decision.agencyId ?? '';
  let headline: string;
  switch (decision.outcome) {
    case 'assigned':
      headline = `已分派至 ${agency}`;
      break;
    case 'no-destination':
      headline = '未找到可受理的机构，工单留在首问单位处理';
      break;
    case 'returned-to-owner':
      headline = '工单已退回首问单位';
      break;
  }
  lines.push(`${ROUTING_RULE_TEXT[decision.explanation.rule] ?? `分派规则：${decision.explanation.rule}`}。`);
  lines.push(`依据地区：${region}。`);
  if (decision.explanation.fallbackLevel > 0) {
    lines.push(`当地没有可接收的机构，已向上一级逐级查找（上移 ${decision.explanation.fallbackLevel} 级）。`);
  }
  const passedOver = decision.explanation.candidatesConsidered.filter((c) => c.outcome !== 'chosen');
  if (passedOver.length > 0) {
    lines.push(`另考虑过 ${passedOver.length} 个机构：${passedOver.map((c) => `${names.agencyNameOf?.(c.agencyId) ?? c.agencyId}（${candidateOutcomeText(c.outcome)}）`).join('、')}。`);
  }
  if (decision.acceptance) {
    lines.push(
      `接收期限：${ACCEPTANCE_RULE_TEXT[decision.acceptance.rule] ?? decision.acceptance.rule}，${durationText(decision.acceptance.duration)}，须于 ${formatInstant(decision.acceptance.dueAt)}（北京时间）前接收或退回。`,
    );
  }
  return { headline, lines };
}

const CANDIDATE_OUTCOMES: Record<string, string> = {
  chosen: '已选定',
  unstaffed: '无人值守',
  overloaded: '超负荷',
  'off-duty': '非值班时间',
  'language-not-served': '不提供该语言服务',
  'rejected-before': '此前已退回',
  'more-open-assignments': '待办较多',
  'later-agency-id': '同等条件下排序在后',
};

export function candidateOutcomeText(outcome: string): string {
  return CANDIDATE_OUTCOMES[outcome] ?? outcome;
}
