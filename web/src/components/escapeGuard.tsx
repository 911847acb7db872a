// Escape closes an open dropdown, not the dialog around it. Ant Design's Select and DatePicker close their dropdown
// on Escape and let the key go on to the Modal or Drawer holding them, which closed too, losing what had been typed.
import type { KeyboardEvent, ReactNode } from 'react';

const OPEN_DROPDOWN = '.ant-select-dropdown:not(.ant-select-dropdown-hidden), .ant-picker-dropdown:not(.ant-picker-dropdown-hidden)';

/** Stops an Escape that closes a dropdown before it reaches the dialog. */
export function keepDialogOnDropdownEscape(e: KeyboardEvent) {
  if (e.key !== 'Escape') return;
  const target = e.target as HTMLElement;
  // The dropdown's own handler has already run: its state is closed, its DOM not yet.
  if (target.getAttribute?.('aria-expanded') === 'true' || document.querySelector(OPEN_DROPDOWN)) e.stopPropagation();
}

/** For a Modal's `modalRender` (or around a Drawer's content): the whole dialog under the guard. */
export function guardedDialog(node: ReactNode) {
  return <div onKeyDown={keepDialogOnDropdownEscape}>{node}</div>;
}
