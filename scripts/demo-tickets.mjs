// Opens a few demo tickets drawn from real 12348 cases, once (skipped when intake has tickets).
// Each is opened by a demo agent signed in at the identity provider, as an agent would: the
// first-contact organisation and agent come from the agent's token.
//
//   OIDC_ISSUER, KEYCLOAK_TOOLS_CLIENT_SECRET, KEYCLOAK_DEMO_PASSWORD   node demo-tickets.mjs <intake URL>
import { demoBearer } from './lib/demo-sign-in.mjs';

const intake = process.argv[2] ?? 'http://127.0.0.1:3001';

async function signIn(username) {
  return { authorization: await demoBearer(username) };
}

const DEMO_TICKETS = [
  {
    agent: 'agent.gd',
    ticket: {
      channel: 'hotline',
      caller: { name: '陈大明', phone: '13812345678', language: 'yue' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '440605011',
      matterLocation: { arosenInRegionCode: '440605011' },
      summary: '夫妻二人在南海区桂城街道一工厂工作，被拖欠工资13000元，申请法律援助。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    },
  },
  {
    agent: 'agent.gz',
    ticket: {
      channel: 'hotline',
      caller: { name: '王建国', phone: '15985001234', language: 'zh-CN' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '370102',
      matterLocation: { arosenInRegionCode: '522726' },
      summary: '山东籍农民工在独山县工地务工三年，被拖欠工资3万元，申请法律援助。',
      flags: { urgent: false, migrantWorkerWageClaim: true, veteran: false },
    },
  },
  {
    agent: 'agent.gz',
    ticket: {
      channel: 'hotline',
      caller: { name: '李强', phone: '13765002345', language: 'zh-CN' },
      requestType: 'legal-aid-application',
      legalCategory: 'labour-remuneration',
      regionCode: '520581',
      matterLocation: { arosenInRegionCode: '520581' },
      summary: '来电人称老板欠薪，曾扬言扣押老板车辆，经坐席劝导后申请法律援助。',
      flags: { urgent: true, migrantWorkerWageClaim: true, veteran: false },
    },
  },
  {
    agent: 'agent.gd',
    ticket: {
      channel: 'hotline',
      caller: { name: '张阿姨', phone: '13600001234', language: 'yue' },
      requestType: 'mediation-pre-application',
      legalCategory: 'neighbourhood',
      regionCode: '440605011',
      matterLocation: { arosenInRegionCode: '440605011' },
      summary: '邻居装修导致楼下渗水，双方协商不成，申请人民调解。',
      flags: { urgent: false, migrantWorkerWageClaim: false, veteran: false },
    },
  },
];

// A fixed Idempotency-Key per demo ticket: running this again opens nothing new.
for (const [index, { agent, ticket }] of DEMO_TICKETS.entries()) {
  const response = await fetch(`${intake}/api/v1/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `demo-ticket-${index + 1}`, ...(await signIn(agent)) },
    body: JSON.stringify(ticket),
  });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`demo ticket rejected: ${response.status} ${JSON.stringify(body)}`);
  console.log(`demo ticket ${body.ticketNumber} (${agent}): ${ticket.summary}`);
}
