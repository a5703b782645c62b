// Opens a few demo tickets drawn from real 12348 cases, once (skipped when intake has tickets).
const intake = process.argv[2] ?? 'http://127.0.0.1:3001';

const hotline = (organisation, agent) => ({ channel: 'hotline', firstContact: { platform: '12348-hotline', organisation, agent } });
const DEMO_TICKETS = [
  {
    ...hotline('广东省12348公共法律服务热线', 'agent-0731'),
    caller: { name: '陈大明', phone: '13812345678', language: 'yue' },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '440605011',
    matterLocation: { arosenInRegionCode: '440605011' },
    summary: '夫妻二人在南海区桂城街道一工厂工作，被拖欠工资13000元，申请法律援助。',
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  },
  {
    ...hotline('贵州省12348公共法律服务热线', 'agent-0102'),
    caller: { name: '王建国', phone: '15985001234', language: 'zh-CN' },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '370102',
    matterLocation: { arosenInRegionCode: '522726' },
    summary: '山东籍农民工在独山县工地务工三年，被拖欠工资3万元，申请法律援助。',
    flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
  },
  {
    ...hotline('贵州省12348公共法律服务热线', 'agent-0117'),
    caller: { name: '李强', phone: '13765002345', language: 'zh-CN' },
    requestType: 'legal-aid-application',
    legalCategory: 'labour-remuneration',
    regionCode: '520581',
    matterLocation: { arosenInRegionCode: '520581' },
    summary: '来电人称老板欠薪，曾扬言扣押老板车辆，经坐席劝导后申请法律援助。',
    flags: { urgent: true, migrantWorkerWageClaim: true, veteran: false },
  },
  {
    ...hotline('广东省12348公共法律服务热线', 'agent-0731'),
    caller: { name: '张阿姨', phone: '13600001234', language: 'yue' },
    requestType: 'mediation-pre-application',
    legalCategory: 'neighbourhood',
    regionCode: '440605011',
    matterLocation: { arosenInRegionCode: '440605011' },
    summary: '邻居装修导致楼下渗水，双方协商不成，申请人民调解。',
    flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false },
  },
];

const existing = await fetch(`${intake}/api/v1/tickets?pageSize=1`).then((r) => r.json());
if (existing.total > 0) {
  console.log(`intake already holds ${existing.total} tickets; demo tickets not added again`);
} else {
  for (const ticket of DEMO_TICKETS) {
    const response = await fetch(`${intake}/api/v1/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ticket) });
    const body = await response.json();
    if (response.status !== 201) throw new Error(`demo ticket rejected: ${response.status} ${JSON.stringify(body)}`);
    console.log(`demo ticket ${body.ticketNumber}: ${ticket.summary}`);
  }
}
