import { setTimeout as sleep } from 'node:timers/promises';
import type { SimulatorOptions } from './arguments.js';
import { CaseChanges, isFinished } from './case-changes.js';
import { listeningPortOf, type PartnerCredentials } from './credentials.js';
import { demoCase, idempotencyKeyOf, newPartnerReference } from './demo-case.js';
import { webhookOf, type CaseStatusChanged, type TransferRequested } from './messages.js';
import { PlatformClient, PlatformUnreachable, type ForwardReceipt } from './platform-client.js';
import { deskName, inChinaStandardTime, planTransfer, referenceForTransfer, remainingAfterAcceptance, resultBody, type TransferStep } from './transfer-policy.js';
import { WebhookReceiver } from './webhook-receiver.js';
import { rejectionReasonName, statusName, transferReasonName } from './words.js';

const FEED_PAGE_SIZE = 100;

export interface SimulatorDependencies {
  /** One line per step; the caller prints it. */
  log: (line: string) => void;
  fetch?: typeof fetch;
  clock?: () => Date;
}

export interface RunningSimulator {
  /** Where the simulator receives webhooks. */
  endpoint: string;
  /** The receipt of the case forwarded in this run, if any. */
  forwarded: ForwardReceipt | null;
  /**
   * Settles when the run ends by itself: resolved once the forwarded case is closed (with
   * --until-closed), rejected when the platform refuses a request or the timeout passes.
   * Without --until-closed it only ever rejects.
   */
  finished: Promise<void>;
  stop(): Promise<void>;
}

/** Starts a simulated partner hotline: see {@link PartnerSimulator}. Rejects when it cannot listen or the forward is refused. */
export async function startSimulator(options: SimulatorOptions, credentials: PartnerCredentials, dependencies: SimulatorDependencies): Promise<RunningSimulator> {
  const simulator = new PartnerSimulator(options, credentials, dependencies);
  try {
    await simulator.start();
  } catch (error) {
    await simulator.stop();
    throw error;
  }
  return simulator;
}

/**
 * A partner hotline's side of the exchange, as a reference for partners: it receives the
 * platform's webhooks (verified, answered 2xx at once, repeats dropped), answers each transfer
 * by policy (accept, progress, result; or reject; or silence), and can forward a case and
 * follow its status changes, pushed and pulled, until the platform closes it.
 */
class PartnerSimulator implements RunningSimulator {
  endpoint = '';
  forwarded: ForwardReceipt | null = null;
  readonly finished: Promise<void>;

  private readonly client: PlatformClient;
  private readonly receiver: WebhookReceiver;
  private readonly clock: () => Date;
  private readonly changes = new CaseChanges();
  /** Transfers being answered or answered, so a webhook and the start-up catch-up never answer one twice. */
  private readonly transfersHandled = new Set<string>();
  private readonly followed = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly abort = new AbortController();
  private cursor: string | null = null;
  private pulling: Promise<void> | null = null;
  private settle!: { resolve: () => void; reject: (error: Error) => void };
  private stopped = false;
  private readonly port: number;

  constructor(
    private readonly options: SimulatorOptions,
    credentials: PartnerCredentials,
    private readonly dependencies: SimulatorDependencies,
  ) {
    this.clock = dependencies.clock ?? (() => new Date());
    this.client = new PlatformClient(options.platform, credentials, dependencies.fetch ?? fetch, this.clock);
    this.finished = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));
    // Nobody may be waiting yet when a failure comes; the caller reads it from `finished`.
    this.finished.catch(() => undefined);
    this.port = listeningPortOf(options, credentials);
    this.receiver = new WebhookReceiver({
      host: options.host,
      port: this.port,
      secrets: credentials.webhookSecrets,
      toleranceSeconds: options.toleranceSeconds,
      clock: this.clock,
      onWebhook: ({ messageId, payload }) => this.onWebhook(messageId, payload),
      onRepeat: (messageId) => this.say(`重复推送 webhook-id=${messageId}：已答复 200，不再处理`),
      onRefused: (refusal) => this.say(`拒收推送（${refusal.reason === 'not-json' ? 400 : 401} ${refusal.reason}）：${refusal.description}`),
    });
  }

  async start(): Promise<void> {
    try {
      this.endpoint = await this.receiver.start();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new Error(`端口已被占用 / port in use: ${this.options.host}:${this.port} (is a ${this.options.partner} simulator already running? choose another with --port)`, {
          cause: error,
        });
      }
      throw error;
    }
    this.say(
      `${deskName(this.options.partner)} 模拟器已启动：接收推送 ${this.endpoint}（验签容差 ${this.options.toleranceSeconds} 秒），` +
        `平台 ${this.options.platform}，转办策略 ${this.options.policy}`,
    );
    if (this.options.policy !== 'silent') await this.catchUp();
    if (this.options.forward) await this.forwardDemoCase();
    if (this.options.pull) this.schedulePull(0);
    if (this.options.untilClosed && this.options.timeoutSeconds !== null) {
      const seconds = this.options.timeoutSeconds;
      this.later(seconds * 1000, () => this.fail(new Error(`案件在 ${seconds} 秒内未办结 / the case was not closed within ${seconds} s`)));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.receiver.stop();
  }

  private onWebhook(messageId: string, payload: unknown): Record<string, unknown> | void {
    const webhook = webhookOf(payload);
    if (webhook === null) {
      const type = typeof payload === 'object' && payload !== null ? String((payload as { type?: unknown }).type) : typeof payload;
      this.say(`收到未知类型的推送 type=${type}（webhook-id=${messageId}）：已答复 200，忽略`);
      return;
    }
    switch (webhook.type) {
      case 'transfer.requested':
        return this.onTransferRequested(webhook);
      case 'case.status-changed':
        this.onCaseChanged(webhook, '推送');
        return;
    }
  }

  private onTransferRequested(transfer: TransferRequested): Record<string, unknown> {
    this.say(
      `收到转办 transfer.requested：工单 ${transfer.ticketNumber}，转办号 ${transfer.messageId}，` +
        `原因 ${transferReasonName(transfer.reason)}${transfer.urgent ? '（紧急）' : ''}，区划 ${transfer.regionCode}，${transfer.requestedBy.organisation}：${transfer.summary}`,
    );
    this.background(this.answerTransfer(transfer.messageId, transfer.reason, false));
    // The technical receipt carries the partner's own number, which the platform records.
    return this.options.policy === 'accept' ? { partnerReference: referenceForTransfer(this.options.partner, transfer) } : {};
  }

  /** Transfers delivered while the simulator was not running (or whose answer was lost) are answered on start. */
  private async catchUp(): Promise<void> {
    const states = this.options.policy === 'accept' ? ['awaiting-acceptance', 'accepted'] : ['awaiting-acceptance'];
    for (const receipt of states) {
      let transfers;
      try {
        transfers = await this.client.transfers(receipt);
      } catch (error) {
        this.say(`未能读取${receipt === 'accepted' ? '已受理' : '待受理'}的转办（${(error as Error).message}）；只处理新收到的推送`);
        continue;
      }
      for (const transfer of transfers) {
        if (this.transfersHandled.has(transfer.transferId)) continue;
        this.say(`发现${receipt === 'accepted' ? '已受理未办结' : '待受理'}的转办 ${transfer.transferId}（工单 ${transfer.ticketNumber ?? '?'}），继续处理`);
        this.background(this.answerTransfer(transfer.transferId, transfer.reason ?? 'not-ours', receipt === 'accepted'));
      }
    }
  }

  private async answerTransfer(transferId: string, reason: TransferRequested['reason'], alreadyAccepted: boolean): Promise<void> {
    if (this.transfersHandled.has(transferId)) return;
    this.transfersHandled.add(transferId);
    const planned = planTransfer(this.options.policy, this.options.partner, { messageId: transferId, reason }, this.options.rejectReason);
    const steps = alreadyAccepted ? remainingAfterAcceptance(planned) : planned;
    if (steps.length === 0) {
      this.say(`按 silent 策略不答复转办 ${transferId}：受理时限过后，平台将转办退回首问平台`);
      return;
    }
    for (const step of steps) {
      if (!(await this.pause(this.options.paceMs))) return;
      await this.send(transferId, step);
    }
  }

  private async send(transferId: string, step: TransferStep): Promise<void> {
    switch (step.kind) {
      case 'accept':
        await this.client.accept(transferId, step.body);
        this.say(`已受理转办 ${transferId}：本方编号 ${step.body.partnerReference}，${step.body.acceptedBy}。${step.body.note}`);
        return;
      case 'reject':
        await this.client.reject(transferId, step.body);
        this.say(`已退回转办 ${transferId}：${step.body.reason}（${rejectionReasonName(step.body.reason)}）。${step.body.note}`);
        return;
      case 'progress':
        await this.client.reportProgress(transferId, step.body);
        this.say(`已报告转办 ${transferId} 的进展：${step.body.note}`);
        return;
      case 'result': {
        const body = resultBody(step, this.clock());
        await this.client.reportResult(transferId, body);
        this.say(`已报告转办 ${transferId} 的办理结果 ${body.outcome}（${body.completedAt}）：${body.actionTaken} 答复来电人：${body.replyToCaller}`);
        return;
      }
    }
  }

  private async forwardDemoCase(): Promise<void> {
    const reference = this.options.reference ?? newPartnerReference(this.options.partner, this.clock());
    const body = demoCase(this.options.partner, reference, this.options.responsiblePlatform);
    const { receipt, replayed } = await this.client.forwardCase(body, idempotencyKeyOf(reference));
    this.forwarded = receipt;
    this.followed.add(receipt.ticketId);
    this.say(
      `已转来案件 ${reference}（佛山市南海区桂城街道 ${body.regionCode}，欠薪，申请法律援助）：共享工单 id ${receipt.ticketId}` +
        `${replayed ? '；此前已转来，平台返回首次回执' : ''}` +
        `${this.options.responsiblePlatform ? `；指定 ${this.options.responsiblePlatform} 答复来电人并办结` : '；由案件所在省的 12348 平台答复来电人并办结'}`,
    );
    if (replayed) {
      // Changes pushed in an earlier run are not pushed again: read where the case stands.
      const view = await this.client.caseOf(receipt.ticketId);
      const number = view.ticketNumber ?? receipt.ticketId;
      this.say(`案件 ${number} 当前状态：${statusName(view.status)}（${view.status}）`);
      if (view.coarseStatus === 'closed') this.caseClosed(number);
    }
  }

  private onCaseChanged(change: CaseStatusChanged, source: '推送' | '拉取'): void {
    const verdict = this.changes.take(change);
    if (!verdict.fresh) return;
    const handler = change.currentHandler ? `，承办 ${change.currentHandler.name}` : '';
    this.say(
      `案件 ${change.ticketNumber ?? change.ticketId}（${change.partnerReference}）第 ${change.sequence} 次状态变更 [${source}]：` +
        `${statusName(change.status)}（${change.status}）${handler}：${change.note}（${change.at}，cursor ${change.cursor}）`,
    );
    if (verdict.missing.length > 0) {
      this.say(`案件 ${change.ticketId} 缺少第 ${verdict.missing.join('、')} 次变更：从 feed 补拉`);
      this.schedulePull(0);
    }
    if (this.followed.has(change.ticketId) && isFinished(change)) this.caseClosed(change.ticketNumber ?? change.ticketId);
  }

  private caseClosed(number: string): void {
    this.say(`案件 ${number} 已办结`);
    if (this.options.untilClosed) this.settle.resolve();
  }

  /** Reads the feed from the cursor to its end, one page after another; then waits and reads again. */
  private schedulePull(delayMs: number): void {
    if (this.stopped || this.pulling) return;
    this.later(delayMs, () => {
      this.pulling = this.pull().finally(() => {
        this.pulling = null;
        if (this.options.pull) this.schedulePull(this.options.pullEveryMs);
      });
      this.background(this.pulling);
    });
  }

  private async pull(): Promise<void> {
    for (;;) {
      let page;
      try {
        page = await this.client.feed(this.cursor, FEED_PAGE_SIZE);
      } catch (error) {
        if (error instanceof PlatformUnreachable) {
          this.say(`拉取 feed 失败，稍后重试：${error.message}`);
          return;
        }
        throw error;
      }
      for (const change of page.changes) {
        // While following a forwarded case, the partner's older cases would only bury it.
        if (this.followed.size === 0 || this.followed.has(change.ticketId)) this.onCaseChanged(change, '拉取');
      }
      if (page.nextCursor !== null && page.nextCursor !== undefined) this.cursor = page.nextCursor;
      if (page.changes.length < FEED_PAGE_SIZE || this.stopped) return;
    }
  }

  /** Runs work the webhook answer must not wait for; a failure ends the run. */
  private background(work: Promise<void>): void {
    work.catch((error: unknown) => this.fail(error as Error));
  }

  /** Ends the run; whoever awaits `finished` reports the error (main.ts prints it and exits non-zero). */
  private fail(error: Error): void {
    if (this.stopped) return;
    this.settle.reject(error);
  }

  private later(delayMs: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) work();
    }, delayMs);
    this.timers.add(timer);
  }

  /** False when the simulator stopped meanwhile. */
  private async pause(ms: number): Promise<boolean> {
    try {
      await sleep(ms, undefined, { signal: this.abort.signal });
    } catch {
      return false;
    }
    return !this.stopped;
  }

  private say(text: string): void {
    this.dependencies.log(`[${inChinaStandardTime(this.clock()).slice(11, 19)}] [${this.options.partner}] ${text}`);
  }
}
