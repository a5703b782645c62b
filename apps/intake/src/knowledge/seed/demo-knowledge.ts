import type { KnowledgeContent, Person } from '../domain/knowledge-entry.js';

/**
 * The demo's knowledge base: common questions, standard lawyer opinions and service guides on
 * wage arrears, work injury, traffic accidents, marriage and family, neighbour disputes and the
 * legal-aid application itself, written as a 12348 duty lawyer would answer, with the articles
 * relied on. Authored by the demo agents and reviewed by the demo leads of the same platform,
 * so the four-eyes rule holds in the demo data too. Fixed ids: loading again adds nothing.
 */

/** The demo realm's users (infra/keycloak/realm-legal-hotline.json), by token subject. */
export const DEMO_KNOWLEDGE_PEOPLE = {
  agentGd: { id: 'bfb6ce16-527c-59d2-9e55-4a8b19e8070e', name: '林晓' },
  leadGd: { id: 'f62b368f-fce7-5d95-b769-0f509d924047', name: '黄建华' },
  agentGz: { id: '753c417a-f12a-599b-86b7-c4dd19fdf09c', name: '杨敏' },
  leadGz: { id: 'b8842b0d-3573-5618-9840-3e54dd607e6a', name: '吴志强' },
} as const satisfies Record<string, Person>;

export interface DemoKnowledgeEntry {
  id: string;
  content: KnowledgeContent;
  author: Person;
  reviewer: Person;
}

const LABOUR_CONTRACT = '《中华人民共和国劳动合同法》';
const LABOUR_ARBITRATION = '《中华人民共和国劳动争议调解仲裁法》';
const MIGRANT_WAGES = '《保障农民工工资支付条例》';
const WORK_INJURY = '《工伤保险条例》';
const ROAD_TRAFFIC = '《中华人民共和国道路交通安全法》';
const CIVIL_CODE = '《中华人民共和国民法典》';
const LEGAL_AID = '《中华人民共和国法律援助法》';
const MEDIATION = '《中华人民共和国人民调解法》';
const DOMESTIC_VIOLENCE = '《中华人民共和国反家庭暴力法》';

const id = (n: number) => `6b6e0000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
const FROM = '2025-01-01';
const { agentGd, leadGd, agentGz, leadGz } = DEMO_KNOWLEDGE_PEOPLE;
const GD = { author: agentGd, reviewer: leadGd };
const GZ = { author: agentGz, reviewer: leadGz };

type Draft = Omit<KnowledgeContent, 'guide' | 'regionCodes' | 'specialLineCodes' | 'validFrom' | 'validUntil'> &
  Partial<Pick<KnowledgeContent, 'guide' | 'regionCodes' | 'specialLineCodes' | 'validUntil'>>;

const entry = (n: number, people: { author: Person; reviewer: Person }, draft: Draft): DemoKnowledgeEntry => ({
  id: id(n),
  ...people,
  content: { guide: null, regionCodes: [], specialLineCodes: [], validFrom: FROM, validUntil: null, ...draft },
});

export const DEMO_KNOWLEDGE: readonly DemoKnowledgeEntry[] = [
  // 欠薪 Wage arrears
  entry(1, GD, {
    kind: 'faq',
    title: '用人单位拖欠工资怎么办',
    question: '公司已经两三个月没发工资了，老板一直说再等等，我该怎么办？',
    answer:
      '用人单位应当按照劳动合同约定和国家规定，向劳动者及时足额支付劳动报酬。被拖欠工资时，可以：1. 保存好劳动合同、工资条、考勤记录、工作群聊天记录、银行流水等证据；2. 先与单位协商，或请工会、调解组织调解；3. 向当地劳动保障监察机构（人社部门）投诉，由其责令限期支付；4. 向劳动人事争议仲裁委员会申请仲裁；5. 有书面欠条等明确债权凭证的，可以直接向人民法院申请支付令。单位未及时足额支付劳动报酬的，劳动者还可以解除劳动合同并要求经济补偿。',
    legalCategory: 'labour-remuneration',
    citedArticles: [
      `${LABOUR_CONTRACT}第三十条`,
      `${LABOUR_CONTRACT}第三十八条`,
      `${LABOUR_CONTRACT}第四十六条`,
      `${LABOUR_CONTRACT}第八十五条`,
    ],
    specialLineCodes: ['migrant-wages'],
  }),
  entry(2, GD, {
    kind: 'lawyer-opinion',
    title: '追索劳动报酬的仲裁时效',
    question: '工资被拖欠一年多了，现在去申请劳动仲裁还来得及吗？',
    answer:
      '律师意见：劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算。但劳动关系存续期间因拖欠劳动报酬发生争议的，劳动者申请仲裁不受一年时效的限制；劳动关系终止的，应当自劳动关系终止之日起一年内提出。仲裁时效因一方向对方主张权利、向有关部门请求权利救济或者对方同意履行义务而中断，从中断时起重新计算。建议尽快申请，并保留催讨工资的短信、录音等证据，以证明时效中断。劳动争议仲裁不收费。',
    legalCategory: 'labour-remuneration',
    citedArticles: [`${LABOUR_ARBITRATION}第二十七条`, `${LABOUR_ARBITRATION}第五十三条`],
  }),
  entry(3, GD, {
    kind: 'faq',
    title: '农民工在工地干活被欠工钱，找谁要',
    question: '我在建筑工地干活，包工头跑了，工钱一直没结，可以找谁要？',
    answer:
      '工程建设领域实行工资专用账户和总包代发制度。分包单位拖欠农民工工资的，由施工总承包单位先行清偿，再依法进行追偿；工程违法分包、转包给不具备资质的单位或者个人（如"包工头"），拖欠农民工工资的，由施工总承包单位清偿。建设单位未按约定及时足额支付工程款导致拖欠的，由建设单位以未结清的工程款为限先行垫付。可以向项目所在地人社部门投诉，也可以申请法律援助：请求支付劳动报酬的进城务工人员申请法律援助，免予核查经济困难状况。',
    legalCategory: 'labour-remuneration',
    citedArticles: [
      `${MIGRANT_WAGES}第二十九条`,
      `${MIGRANT_WAGES}第三十条`,
      `${MIGRANT_WAGES}第三十六条`,
      `${LEGAL_AID}第四十二条`,
    ],
    specialLineCodes: ['migrant-wages'],
  }),
  entry(4, GD, {
    kind: 'lawyer-opinion',
    title: '未签书面劳动合同可以要求二倍工资',
    question: '上班快一年了公司一直没跟我签合同，现在被辞退，能要求赔偿吗？',
    answer:
      '律师意见：用人单位自用工之日起超过一个月不满一年未与劳动者订立书面劳动合同的，应当向劳动者每月支付二倍的工资。二倍工资最多计算十一个月。被违法解除劳动合同的，劳动者可以要求继续履行，或者要求按经济补偿标准的二倍支付赔偿金。请准备工牌、工资发放记录、考勤、同事证言等证明劳动关系的证据，在一年仲裁时效内申请劳动仲裁。',
    legalCategory: 'labour-relations',
    citedArticles: [
      `${LABOUR_CONTRACT}第十条`,
      `${LABOUR_CONTRACT}第八十二条`,
      `${LABOUR_CONTRACT}第八十七条`,
      `${LABOUR_ARBITRATION}第二十七条`,
    ],
  }),
  entry(5, GD, {
    kind: 'service-guide',
    title: '申请劳动仲裁办事指南',
    question: '劳动仲裁去哪里申请，要带什么材料？',
    answer:
      '劳动争议由劳动合同履行地或者用人单位所在地的劳动人事争议仲裁委员会管辖。申请人提交书面仲裁申请，并按照被申请人人数提交副本；书写确有困难的，可以口头申请。仲裁委员会收到申请之日起五日内决定是否受理；受理后应当在四十五日内结案，案情复杂的经批准可延长不超过十五日。仲裁不收费。',
    guide: {
      body: '劳动合同履行地或用人单位所在地的劳动人事争议仲裁委员会',
      whereToApply: '到仲裁委员会立案窗口现场申请，或通过当地人社部门网上调解仲裁平台在线申请',
      materials: [
        '仲裁申请书及副本',
        '申请人身份证复印件',
        '用人单位营业执照信息或工商登记信息',
        '劳动合同、工资条、考勤记录等证据材料',
      ],
      timeLimit: '收到申请5日内决定是否受理，受理后45日内结案（劳动争议调解仲裁法第二十九条、第四十三条）',
    },
    legalCategory: 'labour-relations',
    citedArticles: [
      `${LABOUR_ARBITRATION}第二十一条`,
      `${LABOUR_ARBITRATION}第二十八条`,
      `${LABOUR_ARBITRATION}第二十九条`,
      `${LABOUR_ARBITRATION}第四十三条`,
    ],
  }),
  entry(6, GD, {
    kind: 'faq',
    title: '被公司辞退能拿多少经济补偿',
    question: '公司突然把我开除了，没给任何补偿，合法吗？',
    answer:
      '用人单位依法解除劳动合同的多数情形应当支付经济补偿：按劳动者在本单位工作的年限，每满一年支付一个月工资；六个月以上不满一年的，按一年计算；不满六个月的，支付半个月工资。用人单位违法解除劳动合同的，应当按经济补偿标准的二倍支付赔偿金。可以先要求单位出具解除劳动合同的书面证明，再向劳动人事争议仲裁委员会申请仲裁。',
    legalCategory: 'labour-relations',
    citedArticles: [
      `${LABOUR_CONTRACT}第四十六条`,
      `${LABOUR_CONTRACT}第四十七条`,
      `${LABOUR_CONTRACT}第四十八条`,
      `${LABOUR_CONTRACT}第八十七条`,
    ],
  }),

  // 工伤 Work injury
  entry(7, GZ, {
    kind: 'faq',
    title: '上下班路上发生交通事故能否认定工伤',
    question: '下班骑电动车回家路上被车撞了，算不算工伤？',
    answer:
      '在上下班途中，受到非本人主要责任的交通事故或者城市轨道交通、客运轮渡、火车事故伤害的，应当认定为工伤。是否属于"非本人主要责任"，以交警部门出具的道路交通事故认定书为依据。请保存好事故认定书、就医病历，并注意路线须是合理的上下班路线、时间须是合理的上下班时间。同时可以向肇事方主张交通事故赔偿。',
    legalCategory: 'work-injury',
    citedArticles: [`${WORK_INJURY}第十四条`],
  }),
  entry(8, GZ, {
    kind: 'lawyer-opinion',
    title: '单位不申请工伤认定怎么办',
    question: '在厂里干活时手被机器压伤了，老板不给报工伤，我自己能申请吗？',
    answer:
      '律师意见：职工发生事故伤害，所在单位应当自事故伤害发生之日起30日内向统筹地区社会保险行政部门提出工伤认定申请。用人单位未按规定提出的，工伤职工或者其近亲属、工会组织在事故伤害发生之日起1年内，可以直接向用人单位所在地统筹地区社会保险行政部门提出工伤认定申请。单位在规定时限内未申请的，在此期间发生的工伤待遇等费用由单位负担。社会保险行政部门应当自受理之日起60日内作出认定决定。',
    legalCategory: 'work-injury',
    citedArticles: [`${WORK_INJURY}第十七条`, `${WORK_INJURY}第十八条`, `${WORK_INJURY}第二十条`],
  }),
  entry(9, GZ, {
    kind: 'lawyer-opinion',
    title: '单位没有缴纳工伤保险发生工伤由谁赔',
    question: '公司没给我买社保，现在干活受伤了，医药费谁出？',
    answer:
      '律师意见：应当参加工伤保险而未参加的用人单位职工发生工伤的，由该用人单位按照《工伤保险条例》规定的工伤保险待遇项目和标准支付费用，包括医疗费、停工留薪期工资、一次性伤残补助金等。先申请工伤认定，再申请劳动能力鉴定确定伤残等级，之后可与单位协商或申请劳动仲裁主张待遇。请求工伤事故人身损害赔偿的进城务工人员申请法律援助，免予核查经济困难状况。',
    legalCategory: 'work-injury',
    citedArticles: [`${WORK_INJURY}第六十二条`, `${WORK_INJURY}第二十三条`, `${LEGAL_AID}第四十二条`],
  }),
  entry(10, GZ, {
    kind: 'service-guide',
    title: '工伤认定申请办事指南',
    question: '申请工伤认定去哪里办，需要准备哪些材料？',
    answer:
      '工伤认定向用人单位所在地统筹地区的社会保险行政部门（人力资源和社会保障局）申请。单位应在事故伤害发生之日起30日内申请；单位未申请的，职工或其近亲属、工会组织可在1年内申请。材料不完整的，社会保险行政部门一次性书面告知需要补正的全部材料。',
    guide: {
      body: '用人单位所在地统筹地区社会保险行政部门（人力资源和社会保障局工伤认定窗口）',
      whereToApply: '到县（市、区）或市人社局工伤认定窗口提交，部分地区可在政务服务网在线申请',
      materials: [
        '工伤认定申请表',
        '与用人单位存在劳动关系（包括事实劳动关系）的证明材料',
        '医疗诊断证明或者职业病诊断证明书',
        '受伤职工身份证复印件',
        '上下班途中受伤的：交通事故认定书',
      ],
      timeLimit: '受理之日起60日内作出工伤认定决定（工伤保险条例第二十条）',
    },
    legalCategory: 'work-injury',
    citedArticles: [`${WORK_INJURY}第十七条`, `${WORK_INJURY}第十八条`, `${WORK_INJURY}第二十条`],
    regionCodes: ['52'],
  }),
  entry(11, GZ, {
    kind: 'faq',
    title: '工作时间突发疾病死亡是否视同工伤',
    question: '家里人在单位上班时突然晕倒，送医院两天后去世了，算工伤吗？',
    answer:
      '在工作时间和工作岗位，突发疾病死亡或者在48小时之内经抢救无效死亡的，视同工伤。超过48小时经抢救无效死亡的，一般不能视同工伤。请尽快向单位所在地社会保险行政部门提出工伤认定申请，并保存好急救记录、病历、死亡证明等材料。',
    legalCategory: 'work-injury',
    citedArticles: [`${WORK_INJURY}第十五条`],
  }),

  // 交通事故 Traffic accidents
  entry(12, GD, {
    kind: 'faq',
    title: '发生交通事故后应当怎么处理',
    question: '刚刚出了车祸，对方车跑了，我现在该怎么办？',
    answer:
      '1. 立即停车，保护现场，有人员受伤的先抢救伤员并拨打120；2. 迅速报警（122或110），肇事车辆逃逸的，记下车牌号、车型、逃逸方向，提供现场视频；3. 等待交警勘查并出具道路交通事故认定书；4. 保存就医票据、误工证明等，作为索赔依据。肇事逃逸的，受害人的抢救费用可以由道路交通事故社会救助基金先行垫付。',
    legalCategory: 'traffic-accident',
    citedArticles: [`${ROAD_TRAFFIC}第七十条`, `${ROAD_TRAFFIC}第七十三条`, `${ROAD_TRAFFIC}第七十五条`],
  }),
  entry(13, GD, {
    kind: 'lawyer-opinion',
    title: '交通事故损害赔偿责任如何划分',
    question: '走路被汽车撞了，司机说我闯红灯他不全赔，对吗？',
    answer:
      '律师意见：机动车发生交通事故造成人身伤亡、财产损失的，由保险公司在机动车第三者责任强制保险（交强险）责任限额范围内予以赔偿；不足的部分，机动车之间发生交通事故的，由有过错的一方承担赔偿责任，双方都有过错的按各自过错的比例分担；机动车与非机动车驾驶人、行人之间发生交通事故，非机动车驾驶人、行人没有过错的，由机动车一方承担赔偿责任；有证据证明非机动车驾驶人、行人有过错的，根据过错程度适当减轻机动车一方的赔偿责任；机动车一方没有过错的，承担不超过百分之十的赔偿责任。行人闯红灯只能减轻而不能免除交强险范围内的赔偿。',
    legalCategory: 'traffic-accident',
    citedArticles: [`${ROAD_TRAFFIC}第七十六条`, `${CIVIL_CODE}第一千二百一十三条`],
  }),
  entry(14, GD, {
    kind: 'faq',
    title: '交通事故人身损害可以赔偿哪些费用',
    question: '被车撞伤住院，可以向对方要哪些赔偿？',
    answer:
      '侵害他人造成人身损害的，应当赔偿医疗费、护理费、交通费、营养费、住院伙食补助费等为治疗和康复支出的合理费用，以及因误工减少的收入。造成残疾的，还应当赔偿辅助器具费和残疾赔偿金；造成死亡的，还应当赔偿丧葬费和死亡赔偿金。严重精神损害的，可以请求精神损害赔偿。可以与对方及保险公司协商，请交警调解，或者直接向人民法院起诉。请求交通事故人身损害赔偿、经济困难的，可以申请法律援助。',
    legalCategory: 'traffic-accident',
    citedArticles: [
      `${CIVIL_CODE}第一千一百七十九条`,
      `${CIVIL_CODE}第一千一百八十三条`,
      `${ROAD_TRAFFIC}第七十四条`,
      `${LEGAL_AID}第三十一条`,
    ],
  }),
  entry(15, GD, {
    kind: 'lawyer-opinion',
    title: '买卖二手车未过户发生交通事故谁承担责任',
    question: '我把车卖给别人了还没过户，他开车撞了人，我要赔吗？',
    answer:
      '律师意见：当事人之间已经以买卖等方式转让并交付机动车但是未办理登记，发生交通事故造成损害，属于该机动车一方责任的，由受让人承担赔偿责任。原车主需证明车辆已经转让并交付（买卖合同、付款记录、交车凭证等）。建议尽快协助办理过户登记。',
    legalCategory: 'traffic-accident',
    citedArticles: [`${CIVIL_CODE}第一千二百一十条`],
  }),

  // 婚姻家庭 Marriage and family
  entry(16, GZ, {
    kind: 'faq',
    title: '起诉离婚法院在什么情况下会判决准予离婚',
    question: '老公常年打牌不顾家，我想离婚他不同意，怎么办？',
    answer:
      '男女一方要求离婚的，可以由有关组织进行调解或者直接向人民法院提起离婚诉讼。人民法院审理离婚案件，应当进行调解；如果感情确已破裂，调解无效的，应当准予离婚。有下列情形之一，调解无效的，应当准予离婚：重婚或者与他人同居；实施家庭暴力或者虐待、遗弃家庭成员；有赌博、吸毒等恶习屡教不改；因感情不和分居满二年；其他导致夫妻感情破裂的情形。经人民法院判决不准离婚后，双方又分居满一年，一方再次提起离婚诉讼的，应当准予离婚。',
    legalCategory: 'marriage-family',
    citedArticles: [`${CIVIL_CODE}第一千零七十九条`],
    specialLineCodes: ['civil-code'],
  }),
  entry(17, GZ, {
    kind: 'faq',
    title: '协议离婚的离婚冷静期',
    question: '我们两个都同意离婚，去民政局是不是当天就能办好？',
    answer:
      '自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请。冷静期届满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证；未申请的，视为撤回离婚登记申请。因此协议离婚一般需要两次到场。离婚协议应当载明双方自愿离婚的意思表示和对子女抚养、财产以及债务处理等事项协商一致的意见。',
    legalCategory: 'marriage-family',
    citedArticles: [`${CIVIL_CODE}第一千零七十六条`, `${CIVIL_CODE}第一千零七十七条`],
    specialLineCodes: ['civil-code'],
  }),
  entry(18, GZ, {
    kind: 'lawyer-opinion',
    title: '离婚后子女抚养权的确定',
    question: '离婚后孩子归谁？孩子今年九岁了。',
    answer:
      '律师意见：离婚后，不满两周岁的子女，以由母亲直接抚养为原则。已满两周岁的子女，父母双方对抚养问题协议不成的，由人民法院根据双方的具体情况，按照最有利于未成年子女的原则判决。子女已满八周岁的，应当尊重其真实意愿。离婚后，不直接抚养子女的一方应当负担部分或者全部抚养费，并有探望子女的权利。',
    legalCategory: 'marriage-family',
    citedArticles: [`${CIVIL_CODE}第一千零八十四条`, `${CIVIL_CODE}第一千零八十五条`, `${CIVIL_CODE}第一千零八十六条`],
    specialLineCodes: ['civil-code'],
  }),
  entry(19, GZ, {
    kind: 'faq',
    title: '子女不履行赡养义务怎么办',
    question: '我七十多岁了，几个儿子都不管我，也不给生活费，我能告他们吗？',
    answer:
      '成年子女对父母负有赡养、扶助和保护的义务。成年子女不履行赡养义务的，缺乏劳动能力或者生活困难的父母，有要求成年子女给付赡养费的权利。可以请村（居）委会、人民调解委员会调解，也可以向人民法院起诉要求给付赡养费。请求给付赡养费的，可以申请法律援助；无固定生活来源的老年人申请法律援助，免予核查经济困难状况。',
    legalCategory: 'maintenance',
    citedArticles: [`${CIVIL_CODE}第一千零六十七条`, `${LEGAL_AID}第三十一条`, `${LEGAL_AID}第四十二条`],
  }),
  entry(20, GZ, {
    kind: 'lawyer-opinion',
    title: '遭受家庭暴力可以申请人身安全保护令',
    question: '丈夫喝了酒就打我，我很害怕，有什么办法？',
    answer:
      '律师意见：遭受家庭暴力或者面临家庭暴力现实危险的，可以向人民法院申请人身安全保护令；情况紧急的，人民法院应当在二十四小时内作出，一般情况下在七十二小时内作出。遭受家庭暴力时可以报警，公安机关可以出具告诫书。请注意保留报警记录、伤情照片、就医记录、聊天记录等证据。家庭暴力的受害人申请法律援助，不受经济困难条件的限制。有危险时请立即拨打110。',
    legalCategory: 'domestic-violence',
    citedArticles: [`${DOMESTIC_VIOLENCE}第二十三条`, `${DOMESTIC_VIOLENCE}第二十八条`, `${LEGAL_AID}第三十二条`],
  }),
  entry(21, GZ, {
    kind: 'faq',
    title: '离婚时夫妻共同财产如何分割',
    question: '婚后买的房子写的是男方名字，离婚时我能分到吗？',
    answer:
      '夫妻在婚姻关系存续期间所得的工资、奖金、生产经营投资收益等，为夫妻的共同财产，归夫妻共同所有，不因登记在一方名下而改变。离婚时，夫妻的共同财产由双方协议处理；协议不成的，由人民法院根据财产的具体情况，按照照顾子女、女方和无过错方权益的原则判决。婚前财产、一方因受到人身损害获得的赔偿等属于一方个人财产。',
    legalCategory: 'marriage-family',
    citedArticles: [`${CIVIL_CODE}第一千零六十二条`, `${CIVIL_CODE}第一千零六十三条`, `${CIVIL_CODE}第一千零八十七条`],
    specialLineCodes: ['civil-code'],
  }),

  // 相邻关系 Neighbour disputes
  entry(22, GD, {
    kind: 'faq',
    title: '邻居家漏水到我家怎么处理',
    question: '楼上卫生间一直往我家渗水，天花板都发霉了，楼上不肯修，怎么办？',
    answer:
      '不动产的相邻权利人应当按照有利生产、方便生活、团结互助、公平合理的原则，正确处理相邻关系。楼上漏水造成损失的，应当及时维修并赔偿。可以：1. 拍照录像保留证据，请物业查明漏水原因；2. 与邻居协商；3. 向社区人民调解委员会申请调解，调解免费，达成的调解协议可以在三十日内共同申请人民法院司法确认；4. 协商调解不成的，向人民法院起诉，要求排除妨碍、赔偿损失。',
    legalCategory: 'neighbourhood',
    citedArticles: [
      `${CIVIL_CODE}第二百八十八条`,
      `${CIVIL_CODE}第二百九十六条`,
      `${CIVIL_CODE}第一千一百六十五条`,
      `${MEDIATION}第三十三条`,
    ],
  }),
  entry(23, GD, {
    kind: 'lawyer-opinion',
    title: '邻居堵路不让通行怎么办',
    question: '邻居在我家门口的路上砌了墙，我家出不去了，他说地是他的。',
    answer:
      '律师意见：不动产权利人对相邻权利人因通行等必须利用其土地的，应当提供必要的便利。相邻权利人利用相邻不动产，应当尽量避免对相邻的不动产权利人造成损害。邻居以土地属于自己为由完全阻断必要通行的，侵害了相邻关系中的通行权，可以请求排除妨碍。建议先请村（居）委会或人民调解委员会调解；调解不成的，向人民法院起诉。',
    legalCategory: 'neighbourhood',
    citedArticles: [`${CIVIL_CODE}第二百八十八条`, `${CIVIL_CODE}第二百九十一条`, `${CIVIL_CODE}第二百九十六条`],
  }),
  entry(24, GD, {
    kind: 'faq',
    title: '楼上邻居噪音扰民如何维权',
    question: '楼上每天半夜敲敲打打，吵得睡不着，说了也不听。',
    answer:
      '不动产权利人不得违反国家规定排放噪声等有害物质。邻居噪音扰民的，可以先友好协商，或请物业、社区人民调解委员会调解；夜间噪声扰民的，可以向公安机关报警，由其依法处理；持续扰民造成损害的，可以向人民法院起诉，要求停止侵害、赔偿损失。人民调解遵循自愿原则，一方明确拒绝调解的，不得调解。',
    legalCategory: 'neighbourhood',
    citedArticles: [`${CIVIL_CODE}第二百八十八条`, `${CIVIL_CODE}第二百九十四条`, `${MEDIATION}第十七条`],
  }),
  entry(25, GD, {
    kind: 'lawyer-opinion',
    title: '邻居建房挡住采光日照',
    question: '邻居加盖楼层，把我家的阳光全挡住了，能让他拆吗？',
    answer:
      '律师意见：建造建筑物，不得违反国家有关工程建设标准，不得妨碍相邻建筑物的通风、采光和日照。邻居建房违反规划或者建设标准妨碍采光日照的，可以请求排除妨碍、赔偿损失；对违法建设，可以向规划、住建或者综合执法部门反映。建议先请人民调解委员会调解，必要时委托专业机构出具日照分析报告作为证据。',
    legalCategory: 'neighbourhood',
    citedArticles: [`${CIVIL_CODE}第二百九十三条`, `${CIVIL_CODE}第二百八十八条`],
  }),
  entry(26, GD, {
    kind: 'service-guide',
    title: '申请人民调解办事指南',
    question: '和邻居的纠纷想找人调解，去哪里申请？',
    answer:
      '人民调解委员会设在村民委员会、居民委员会，也可以设在乡镇、街道。当事人可以向人民调解委员会申请调解，调解不收取任何费用。经调解达成的调解协议具有法律约束力；双方可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。也可以通过12348热线或网上平台提出调解预申请，由平台转给当地调解委员会。',
    guide: {
      body: '纠纷发生地或当事人住所地的村（居）民委员会、乡镇（街道）人民调解委员会',
      whereToApply: '到村（居）委会、司法所的人民调解委员会现场申请，或拨打12348、通过12348网上平台提出调解预申请',
      materials: ['申请人身份证', '纠纷的简要情况和请求', '与纠纷有关的证据材料（照片、票据、协议等）'],
      timeLimit: null,
    },
    legalCategory: 'neighbourhood',
    citedArticles: [`${MEDIATION}第四条`, `${MEDIATION}第七条`, `${MEDIATION}第十七条`, `${MEDIATION}第三十三条`],
  }),

  // 法律援助 The legal-aid application itself
  entry(27, GD, {
    kind: 'faq',
    title: '哪些事项可以申请法律援助',
    question: '我想打官司但请不起律师，能不能申请免费律师？',
    answer:
      '因经济困难没有委托代理人的，可以就下列事项申请法律援助：依法请求国家赔偿；请求给予社会保险待遇或者社会救助；请求发给抚恤金；请求给付赡养费、抚养费、扶养费；请求确认劳动关系或者支付劳动报酬；请求认定公民无民事行为能力或者限制民事行为能力；请求工伤事故、交通事故、食品药品安全事故、医疗事故人身损害赔偿；请求环境污染、生态破坏损害赔偿；法律、法规、规章规定的其他情形。法律援助机构提供法律咨询、代拟法律文书、诉讼代理等服务，不收费。',
    legalCategory: 'other',
    citedArticles: [`${LEGAL_AID}第二十二条`, `${LEGAL_AID}第三十一条`],
  }),
  entry(28, GD, {
    kind: 'service-guide',
    title: '申请法律援助办事指南',
    question: '申请法律援助去哪里申请，需要带什么材料？',
    answer:
      '对诉讼事项的法律援助，由申请人向办案机关所在地的法律援助机构提出申请；对非诉讼事项的法律援助，由申请人向争议处理机关所在地或者事由发生地的法律援助机构提出申请。法律援助机构应当自收到申请之日起七日内进行审查，作出是否给予法律援助的决定；决定给予的，自作出决定之日起三日内指派法律援助人员。申请材料不齐全的，法律援助机构应当一次性告知申请人需要补充的材料。',
    guide: {
      body: '办案机关所在地，或争议处理机关所在地、事由发生地的法律援助中心（法律援助机构）',
      whereToApply: '到县（市、区）公共法律服务中心法律援助窗口申请，或通过12348热线、12348网上平台在线申请',
      materials: [
        '法律援助申请表',
        '居民身份证或者其他有效身份证明',
        '经济困难状况说明表（个人诚信承诺）',
        '与所申请法律援助事项有关的证据材料',
      ],
      timeLimit: '收到申请之日起7日内作出决定，决定给予的3日内指派（法律援助法第四十三条）',
    },
    legalCategory: 'other',
    citedArticles: [`${LEGAL_AID}第三十八条`, `${LEGAL_AID}第四十一条`, `${LEGAL_AID}第四十三条`],
  }),
  entry(29, GD, {
    kind: 'lawyer-opinion',
    title: '哪些人申请法律援助免予核查经济困难状况',
    question: '我是外地来打工的，被欠了工资，申请法律援助还要开经济困难证明吗？',
    answer:
      '律师意见：因经济困难申请法律援助的，申请人应当如实说明经济困难状况，法律援助机构核查。但下列人员申请法律援助的，免予核查经济困难状况：无固定生活来源的未成年人、老年人、残疾人等特定群体；社会救助、司法救助或者优抚对象；申请支付劳动报酬或者请求工伤事故人身损害赔偿的进城务工人员；法律、法规、规章规定的其他人员。因此进城务工人员追讨工资，不需要提供经济困难证明。',
    legalCategory: 'labour-remuneration',
    citedArticles: [`${LEGAL_AID}第四十一条`, `${LEGAL_AID}第四十二条`],
    specialLineCodes: ['migrant-wages'],
  }),
  entry(30, GD, {
    kind: 'faq',
    title: '法律援助申请被拒绝可以提出异议',
    question: '法援中心说我不符合条件不给援助，我不服怎么办？',
    answer:
      '法律援助机构认为申请人不符合法律援助条件的，应当作出不予法律援助的书面决定，并说明理由。申请人对法律援助机构不予法律援助的决定有异议的，可以向设立该法律援助机构的司法行政部门提出；司法行政部门应当自收到异议之日起五日内进行审查，作出维持或者责令法律援助机构改正的决定。对维持决定不服的，可以依法申请行政复议或者提起行政诉讼。',
    legalCategory: 'other',
    citedArticles: [`${LEGAL_AID}第四十三条`, `${LEGAL_AID}第四十九条`],
  }),
  entry(31, GD, {
    kind: 'service-guide',
    title: '佛山市南海区申请法律援助',
    question: '在南海区被欠薪，去哪里申请法律援助？',
    answer:
      '事由发生在南海区的非诉讼事项，以及南海区人民法院受理的案件，可以向南海区法律援助中心申请法律援助。进城务工人员申请支付劳动报酬、请求工伤事故人身损害赔偿的，免予核查经济困难状况。也可以拨打12348热线由坐席代为提交申请。',
    guide: {
      body: '南海区法律援助中心',
      whereToApply: '南海区公共法律服务中心法律援助窗口，或拨打12348、通过广东法律服务网在线申请',
      materials: ['法律援助申请表', '居民身份证', '劳动关系证明、欠薪证据等与事项有关的材料'],
      timeLimit: '收到申请之日起7日内作出决定（法律援助法第四十三条）',
    },
    legalCategory: 'labour-remuneration',
    citedArticles: [`${LEGAL_AID}第三十八条`, `${LEGAL_AID}第四十二条`, `${LEGAL_AID}第四十三条`],
    regionCodes: ['440605'],
    specialLineCodes: ['migrant-wages'],
  }),
  entry(32, GZ, {
    kind: 'service-guide',
    title: '独山县申请法律援助',
    question: '在独山县打工受伤，去哪里申请法律援助？',
    answer:
      '事由发生在独山县，或者独山县人民法院受理的案件，可以向独山县法律援助中心申请法律援助。请求工伤事故人身损害赔偿的进城务工人员，免予核查经济困难状况。不方便到场的，可以拨打12348热线咨询和代为提交申请。',
    guide: {
      body: '独山县法律援助中心',
      whereToApply: '独山县公共法律服务中心法律援助窗口，或拨打12348、通过12348贵州法网在线申请',
      materials: ['法律援助申请表', '居民身份证', '工伤认定决定书或受伤就医材料、劳动关系证明'],
      timeLimit: '收到申请之日起7日内作出决定（法律援助法第四十三条）',
    },
    legalCategory: 'work-injury',
    citedArticles: [`${LEGAL_AID}第三十八条`, `${LEGAL_AID}第四十二条`, `${LEGAL_AID}第四十三条`],
    regionCodes: ['522726'],
  }),
  entry(33, GD, {
    kind: 'lawyer-opinion',
    title: '临近诉讼时效可以先行提供法律援助',
    question: '明天就过诉讼时效了，法援审批来不及怎么办？',
    answer:
      '律师意见：距法定时效或者期限届满不足七日，需要及时提起诉讼或者申请仲裁、行政复议的，法律援助机构可以决定先行提供法律援助；需要立即申请财产保全、证据保全或者先予执行的，也可以先行提供。受援人应当在法律援助机构要求的时限内补办有关手续、补充有关材料。请在来电时说明时效届满的日期。',
    legalCategory: 'other',
    citedArticles: [`${LEGAL_AID}第四十四条`],
  }),
];
