/**
 * A panel the board bar opens over the wall's right side (the coach, the hotspot review, the checkpoints). They
 * share that place, so one is open at a time: opening one closes the one that was open. Its button says whether
 * it is open.
 */
export interface SidePanel {
  toggle(): void;
  close(): void;
}

let current: SidePanel | null = null;

export function sidePanel(button: HTMLElement, node: HTMLElement, opened: () => void = () => undefined): SidePanel {
  const show = (open: boolean): void => {
    node.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  const panel: SidePanel = {
    toggle() {
      if (!node.hidden) {
        panel.close();
        return;
      }
      if (current !== panel) current?.close();
      current = panel;
      show(true);
      opened();
    },
    close() {
      show(false);
      if (current === panel) current = null;
    },
  };
  show(false);
  button.addEventListener('click', panel.toggle);
  return panel;
}
