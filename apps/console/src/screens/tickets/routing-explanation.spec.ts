import { describe, expect, it } from 'vitest';
import { durationText, explainDecision } from './routing-explanation';

describe('the routing explanation in words', () => {
  const decision = {
    outcome: 'assigned' as const,
    agencyId: 'legal-aid-centre:440605',
    explanation: {
      rule: 'legal-aid.art38.matter-location',
      fallbackLevel: 1,
      routedOnRegionCode: '440605011',
      candidatesConsidered: [
        { agencyId: 'legal-aid-centre:440605', outcome: 'chosen' },
        { agencyId: 'legal-aid-centre:440600', outcome: 'overloaded' },
      ],
    },
    acceptance: { rule: 'acceptance.green-channel', dueAt: '2026-12-07T16:00:00.000Z', duration: 'P1WD', priority: 'green-channel' },
  };

  it('names the body, the article, the region, the fallback, the passed-over bodies and the deadline in Beijing time', () => {
    const names: Record<string, string> = { 'legal-aid-centre:440600': '佛山市法律援助中心' };
    const text = explainDecision(decision, { regionName: '桂城街道', agencyName: '南海区法律援助中心', agencyNameOf: (id) => names[id] });
    expect(text.headline).toBe('已分派至 南海区法律援助中心');
    expect(text.lines.join('\n')).toContain('《法律援助法》第三十八条');
    expect(text.lines.join('\n')).toContain('桂城街道（440605011）');
    expect(text.lines.join('\n')).toContain('上移 1 级');
    expect(text.lines.join('\n')).toContain('佛山市法律援助中心（超负荷）');
    expect(text.lines.join('\n')).toContain('1 个工作日，须于 2026-12-08 00:00（北京时间）前接收或退回');
  });

  it('says when no body could take the ticket', () => {
    const text = explainDecision({ ...decision, outcome: 'no-destination', agencyId: null, acceptance: null });
    expect(text.headline).toContain('未找到可受理的机构');
  });

  it('shows an unknown rule by its code rather than hiding it', () => {
    const text = explainDecision({ ...decision, explanation: { ...decision.explanation, rule: 'new.rule', fallbackLevel: 0, candidatesConsidered: [] } });
    expect(text.lines[0]).toContain('new.rule');
  });

  it('reads ISO durations and working days', () => {
    expect(durationText('P1WD')).toBe('1 个工作日');
    expect(durationText('PT4H')).toBe('4 小时');
    expect(durationText('P7D')).toBe('7 天');
    expect(durationText('P1DT2H30M')).toBe('1 天 2 小时 30 分钟');
  });
});
