// The partner demo both ways, done as the platform's people would, while the 110 partner simulator
// (npm run partner -- 110) runs in the background (docs/partner-kit/README.md):
//
// (a) A dangerous caller in 桂城街道, 南海区 (a neighbour dispute about to turn violent): the ticket's
//     transfer to 110 is accepted and its result reported by 110; the dispute goes to the township's
//     mediation committee, which accepts and settles it (or, at night, back to Guangdong's 12348
//     platform, no committee being on duty); then Guangdong's agent answers the caller and records the
//     follow-up call, and its lead closes.
// (b) The wage case 110 forwarded under `forwardedReference`: the Nanhai legal-aid centre accepts and
//     completes it, and Guangdong's 12348 platform (responsible for region 44) answers, follows up
//     and closes. The simulator prints every status change it is pushed.
//
// Each step waits for the fact it needs and says what it did; a step that cannot be done says why,
// and the demo carries on with the other flow. Running it again finds both tickets closed.
//
//   OIDC_ISSUER, KEYCLOAK_TOOLS_CLIENT_SECRET, KEYCLOAK_DEMO_PASSWORD, DEMO_PARTNER_KEYS_FILE
//   node scripts/demo-partner-flows.mjs <intake URL> <legal-aid URL> <mediation URL> <exchange API base> <forwarded reference>
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PlatformClient } from '../apps/partner-simulator/dist/platform-client.js';
import { demoBearer } from './lib/demo-sign-in.mjs';

const [intake, legalAid, mediation, exchangeApi, forwardedReference] = process.argv.slice(2);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WAIT_MS = Number(process.env.DEMO_PARTNER_WAIT_MS ?? 300_000);

const realm = JSON.parse(readFileSync(join(root, 'infra/keycloak/realm-legal-hotline.json'), 'utf8'));

/** One line per step, timed in China Standard Time like the simulator's. */
function say(text) {
  console.log(`[${new Date(Date.now() + 8 * 3600_000).toISOString().slice(11, 19)}] ${text}`);
}

const signIn = demoBearer;

/** One call as a demo user; a fresh token each time, since the demo outlives a token. */
async function call(user, method, url, body, headers = {}) {
  const response = await fetch(url, {
    method,
    headers: { authorization: await signIn(user), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** The call's answer when it succeeded; otherwise an error naming the platform's reason. */
async function must(user, method, url, body, headers) {
  const answer = await call(user, method, url, body, headers);
  if (answer.status >= 300) {
    const error = answer.body?.errors?.[0];
    throw new Error(`${method} ${new URL(url).pathname} as ${user}: ${answer.status} ${error?.code ?? ''} ${error?.description ?? JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** Polls `probe` until it answers; a probe may throw an error marked `final` to give up at once. */
async function waitFor(what, probe) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe().catch((error) => {
      if (error.final) throw error;
      return undefined;
    });
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting ${WAIT_MS / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const ticketOf = async (id) => {
  const answer = await call('agent.gd', 'GET', `${intake}/api/v1/tickets/${id}`);
  return answer.status === 200 ? answer.body : undefined;
};

const statusIs = (id, ...statuses) => waitFor(`ticket status ${statuses.join(' or ')}`, async () => {
  const ticket = await ticketOf(id);
  return ticket && statuses.includes(ticket.status) ? ticket : undefined;
});

/** The demo user working at a body, from the realm the identity provider was loaded with. */
function staffOf(agencyId) {
  return realm.users.find((user) => user.attributes?.org_id?.[0] === agencyId && user.realmRoles.includes('office-staff'))?.username;
}

/**
 * The body holding the ticket, if any, accepts and completes its assignment; then Guangdong's
 * 12348 platform answers the caller, records the follow-up call and closes. When no body was on
 * duty for an urgent matter, routing returned the ticket to its owner, who answers it directly.
 */
async function finish(ticket, texts) {
  const routed = await waitFor('routing to decide', async () => {
    const current = await ticketOf(ticket.id);
    if (!current) return undefined;
    // The body asked last that has not turned it down: waiting for it, or already working on it.
    const hop = current.hops?.findLast((h) => h.outcome === 'still-there' || h.outcome === 'accepted');
    if (['awaiting-acceptance', 'accepted'].includes(current.status) && hop) return { current, hop };
    if (['in-progress', 'returned-to-owner', 'follow-up-due', 'closed'].includes(current.status)) return { current };
    return undefined;
  });
  if (routed.hop) {
    const { agencyId, agencyType, name } = routed.hop;
    const staff = staffOf(agencyId);
    if (!staff) {
      say(`  the matter is with ${name} (${agencyId}), which has no demo user: answer, follow up and close it in the console once the body has completed it`);
      return;
    }
    // Committees' inboxes are in the mediation service, legal-aid centres' (offices) in legal-aid.
    const [service, inbox] = agencyType === 'mediation-committee' ? [mediation, 'committees'] : [legalAid, 'offices'];
    const assignment = await waitFor(`${name}'s assignment`, async () => {
      const page = await must(staff, 'GET', `${service}/api/v1/${inbox}/${encodeURIComponent(agencyId)}/assignments?pageSize=100`);
      return page.items.find((item) => item.ticketId === ticket.id && !['rejected', 'withdrawn'].includes(item.status));
    });
    if (assignment.status === 'pending') {
      await must(staff, 'POST', `${service}/api/v1/assignments/${assignment.assignmentId}/accept`, { note: texts.accept });
      say(`  ${name} accepted it (${staff})`);
    }
    if (assignment.status !== 'completed') {
      await must(staff, 'POST', `${service}/api/v1/assignments/${assignment.assignmentId}/complete`, { outcome: 'resolved', result: texts.result });
      say(`  ${name} completed it: ${texts.result}`);
    }
    await statusIs(ticket.id, 'in-progress', 'follow-up-due');
  } else if (routed.current.status === 'returned-to-owner') {
    say('  no body was on duty for the urgent matter: routing returned it to its owner, which answers the caller itself');
  }
  if (['in-progress', 'returned-to-owner'].includes((await ticketOf(ticket.id)).status)) {
    await must('agent.gd', 'POST', `${intake}/api/v1/tickets/${ticket.id}/answer`, { answer: texts.answer });
    say(`  广东省12348 (agent.gd) answered the caller: ${texts.answer}`);
  }
  if ((await statusIs(ticket.id, 'follow-up-due', 'closed')).status === 'follow-up-due') {
    await must('agent.gd', 'POST', `${intake}/api/v1/tickets/${ticket.id}/follow-up`, { result: 'resolved', satisfaction: 'satisfied', note: texts.followUp });
    say('  广东省12348 (agent.gd) recorded the follow-up call: resolved, satisfied');
    await must('lead.gd', 'POST', `${intake}/api/v1/tickets/${ticket.id}/close`, {});
  }
  await statusIs(ticket.id, 'closed');
  say(`  广东省12348 (lead.gd) closed ticket ${ticket.ticketNumber}`);
}

/** (a) The dangerous caller: transfer to 110, 110's receipts, then the owner's answer, follow-up and close. */
async function dangerFlow() {
  const opened = await must(
    'agent.gd',
    'POST',
    `${intake}/api/v1/tickets`,
    // A neighbour dispute about to turn violent (Mediation Law Art. 25): 110 is told at once, and
    // the dispute goes to the township's mediation committee, or back to the owner when none is on duty.
    {
      channel: 'hotline',
      caller: { name: '梁国华', phone: '13802881234', language: 'yue' },
      requestType: 'mediation-pre-application',
      legalCategory: 'neighbourhood',
      regionCode: '440605011',
      matterLocation: { arosenInRegionCode: '440605011' },
      summary: '来电人称楼上邻居装修导致其家中漏水，多次协商不成，双方已发生推搡；来电人情绪激动，扬言要带人上门报复。坐席劝导后同意申请人民调解；紧情要情转110。',
      flags: { urgent: true, migrantWorkerWageClaim: false, veteran: false, dangerous: true },
    },
    // A fixed key: running the demo again opens nothing new.
    { 'idempotency-key': 'demo-partner-danger-1' },
  );
  say(`(a) dangerous caller: ticket ${opened.ticketNumber} opened by agent.gd; transfer to 110 requested at once`);
  if (opened.status === 'closed' || (await ticketOf(opened.id))?.status === 'closed') {
    say('(a) already closed in an earlier run');
    return;
  }
  const transfer = await waitFor("110's result on the transfer", async () => {
    const ticket = await ticketOf(opened.id);
    const to110 = ticket?.transfers?.find((t) => t.partner === '110');
    if (to110?.receipt === 'rejected' || to110?.receipt === 'overdue') throw Object.assign(new Error(`110 ${to110.receipt} the transfer`), { final: true });
    return to110?.receipt === 'completed' ? to110 : undefined;
  });
  say(`(a) 110 accepted the transfer (${transfer.partnerReference ?? 'no reference'}) and reported its result: ${transfer.result?.outcome} — ${transfer.result?.actionTaken ?? ''}`);
  await finish(opened, {
    accept: '受理，约双方到调解室面谈',
    result: '经调解，楼上住户承担维修费用3000元并当场道歉，双方签订口头调解协议。',
    answer: '已告知来电人：110民警已上门劝导；漏水纠纷可由桂城街道人民调解委员会调解，切勿上门报复。',
    followUp: '来电人表示维修已完成，双方未再发生冲突',
  });
}

/** (b) The case 110 forwarded: found through 110's own feed by its reference, then taken to the end. */
async function forwardedFlow() {
  const client = partnerClient('110');
  const change = await waitFor(`110's forwarded case ${forwardedReference}`, async () => {
    let cursor = null;
    for (;;) {
      const page = await client.feed(cursor, 500);
      const found = page.changes.find((c) => c.partnerReference === forwardedReference);
      if (found) return found;
      if (page.changes.length < 500) return undefined;
      cursor = page.nextCursor;
    }
  });
  const ticket = await waitFor('intake to open the forwarded case', () => ticketOf(change.ticketId));
  say(`(b) 110 forwarded ${forwardedReference}: ticket ${ticket.ticketNumber}, answered and closed by ${ticket.responsible?.organisation ?? 'the responsible platform'}`);
  if (ticket.status === 'closed') {
    say('(b) already closed in an earlier run');
    return;
  }
  await finish(ticket, {
    accept: '受理审查，农民工追索劳动报酬免予经济困难审查',
    result: '律师协助申请劳动仲裁，五金厂已支付拖欠工资15000元。',
    answer: '已告知来电人：南海区法律援助中心已受理并指派律师，拖欠工资已追回。',
    followUp: '来电人确认15000元工资已到账',
  });
}

/** The 110 demo partner's client, as the simulator signs: the key from the demo keys file. */
function partnerClient(code) {
  const keys = JSON.parse(readFileSync(process.env.DEMO_PARTNER_KEYS_FILE ?? join(root, '.local/demo-partner-keys.json'), 'utf8'));
  return new PlatformClient(exchangeApi, { keyId: keys[code].keyId, keySecret: keys[code].secret });
}

let failed = false;
for (const flow of [dangerFlow, forwardedFlow]) {
  try {
    await flow();
  } catch (error) {
    failed = true;
    say(`${flow === dangerFlow ? '(a)' : '(b)'} stopped: ${error.message}`);
  }
}
say(failed ? 'partner demo finished with a step left undone (see above)' : 'partner demo finished: both tickets closed');
process.exitCode = failed ? 1 : 0;
