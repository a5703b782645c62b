import type { EntityManager } from 'typeorm';
import type { Actor } from '@legal-hotline/contracts';
import { openedSpecialLine, type OpenSpecialLineInput, type SpecialLine } from './domain/special-line.js';
import { SpecialLineEntity } from './special-line.entity.js';

/** Who opened the demo lines: the demo set-up, not a person. */
export const DEMO_SEED_ACTOR: Actor = { organisation: '12348平台演示数据', agent: null };

/**
 * The demo's special lines, for the whole platform and without an end: the two green channels
 * the law names (migrant-worker wage claims, Legal Aid Law Art. 42(3); veterans, Veterans
 * Protection Law Art. 70) and a seasonal line for Civil Code questions.
 */
export function demoSpecialLines(startsAt: Date): OpenSpecialLineInput[] {
  const common = { regionCode: null, startsAt, endsAt: null };
  return [
    {
      ...common,
      code: 'migrant-wages',
      name: '农民工欠薪求助专线',
      description:
        '农民工追索劳动报酬、工伤赔偿的优先咨询和法律援助转办；申请法律援助免予经济困难审查（法律援助法第四十二条）。',
      legalCategories: ['labour-remuneration', 'labour-relations', 'work-injury'],
      priority: 'urgent',
      onlineAnswerHours: 4,
    },
    {
      ...common,
      code: 'civil-code',
      name: '民法典咨询专线',
      description: '民法典合同、物权、婚姻家庭、相邻关系等常见问题咨询与个案普法。',
      legalCategories: ['contract', 'property', 'marriage-family', 'neighbourhood', 'consumer', 'other'],
      priority: 'normal',
      onlineAnswerHours: null,
    },
    {
      ...common,
      code: 'veterans',
      name: '退役军人权益专线',
      description: '退役军人就业、社会保险、优待抚恤等权益咨询，优先办理（退役军人保障法第七十条）。',
      legalCategories: ['labour-relations', 'labour-remuneration', 'social-insurance', 'state-compensation', 'other'],
      priority: 'green-channel',
      onlineAnswerHours: 8,
    },
  ];
}

/**
 * Opens the demo lines that are missing; a line already there (open, changed or closed) is left
 * as it is, so running the seed again changes nothing. Answers the codes it opened.
 */
export async function seedDemoSpecialLines(manager: EntityManager, now: Date): Promise<string[]> {
  const lines: SpecialLine[] = demoSpecialLines(now).map((input) => openedSpecialLine(input, DEMO_SEED_ACTOR, now));
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(SpecialLineEntity)
    .values(lines)
    .orIgnore()
    .returning(['code'])
    .execute();
  return (result.raw as { code: string }[]).map((row) => row.code);
}
