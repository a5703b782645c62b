import { useEffect } from 'react';

export interface Shortcut {
  keys: string;
  /** KeyboardEvent.code with Alt held. */
  code?: string;
  path?: string;
  global: boolean;
  description: string;
}

/** The keyboard shortcuts of the console, listed in its help (press "?"). */
export const SHORTCUTS: Shortcut[] = [
  { keys: 'Alt + N', code: 'KeyN', path: '/tickets/new', global: true, description: '新建工单' },
  { keys: 'Alt + S', code: 'KeyS', path: '/tickets', global: true, description: '工单查询' },
  { keys: 'Alt + O', code: 'KeyO', path: '/owners', global: true, description: '本单位在外办理的工单' },
  { keys: 'Alt + I', code: 'KeyI', path: '/inbox', global: true, description: '待办事项（承办机构）' },
  { keys: 'Alt + J', code: 'KeyJ', path: '/supervision', global: true, description: '督办' },
  { keys: 'Ctrl + Enter', global: false, description: '提交当前表单（新建工单、答复、回访等）' },
  { keys: 'Alt + A', code: 'KeyA', global: false, description: '工单页：答复来电人' },
  { keys: 'Alt + F', code: 'KeyF', global: false, description: '工单页：登记回访' },
  { keys: 'Alt + C', code: 'KeyC', global: false, description: '工单页：办结工单' },
  { keys: '?', global: false, description: '显示本说明' },
];

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Alt + <letter> actions of one screen. */
export function useAltShortcuts(actions: Record<string, (() => void) | undefined>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const action = actions[event.code];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}

/** Ctrl+Enter (or ⌘+Enter) submits the form the focus is in. */
export function submitOnCtrlEnter(event: React.KeyboardEvent<HTMLElement>, submit: () => void): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    submit();
  }
}
