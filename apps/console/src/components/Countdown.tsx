import { useEffect, useState } from 'react';
import { deadlineStateOf } from '../lib/deadline';
import { formatInstant } from '../lib/time';

/** Time left until a legal deadline, amber when short and red when past; ticks every 30 s. */
export function Countdown({ dueAt, startedAt, settled = false }: { dueAt: string; startedAt?: string | null; settled?: boolean }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const state = deadlineStateOf(dueAt, startedAt ?? null, now, settled);
  return (
    <span className={`deadline-${state.tone}`} data-tone={state.tone} title={`期限：${formatInstant(dueAt)}（北京时间）`}>
      {state.tone === 'red' ? '⚠ ' : ''}
      {state.text}
    </span>
  );
}
