import { el } from './dom';
import { shortcutTitle } from './help';

/** Whether the minimap is shown is remembered on this device, for every board. */
const STORAGE_KEY = 'stormwall.minimap';

/**
 * The Map button beside the zoom controls: shows or hides the minimap (so does the M key, through `toggle`), and
 * remembers the choice.
 */
export function minimapToggle(setShown: (shown: boolean) => void): { button: HTMLButtonElement; toggle(): void } {
  const button = el('button', { type: 'button', title: shortcutTitle('Show or hide the minimap', 'minimap'), 'data-testid': 'minimap-toggle' }, 'Map');
  const apply = (shown: boolean): void => {
    button.setAttribute('aria-pressed', String(shown));
    setShown(shown);
  };
  const toggle = (): void => {
    const shown = button.getAttribute('aria-pressed') !== 'true';
    localStorage.setItem(STORAGE_KEY, shown ? 'shown' : 'hidden');
    apply(shown);
  };
  button.addEventListener('click', toggle);
  apply(localStorage.getItem(STORAGE_KEY) !== 'hidden');
  return { button, toggle };
}
