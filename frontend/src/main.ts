import './styles.css';
import { route, tokenFromHash, withRememberedKey } from './routes';
import { visitedBoards } from './ui/visitedBoards';
import { beginOpening } from './ui/boardOpening';
import { showHome } from './ui/home';
import { askName, rememberedName } from './ui/identity';

const root = document.getElementById('app');
if (!root) throw new Error('index.html lacks #app');

const current = route(location.pathname);
if (current.page === 'board') {
  const { boardId } = current;
  const remembered = visitedBoards().find((v) => v.id === boardId)?.link ?? null;
  const hash = withRememberedKey(location.hash, remembered);
  if (hash !== location.hash) history.replaceState(null, '', `${location.pathname}${hash}`);
  const join = (name: string): void => {
    // the board's connection opens first; the wall's code is a chunk of its own, loaded while the server answers
    const opening = beginOpening(boardId, location.hash, name);
    import('./ui/boardPage')
      .then(({ showBoard }) => showBoard(root, opening))
      .catch((e: unknown) => {
        opening?.live.close();
        root.textContent = `Could not load the board's page: ${String(e)}`;
      });
  };
  const name = rememberedName();
  // a link without its key has nothing to join: it says so at once
  if (name || !tokenFromHash(location.hash)) join(name ?? '');
  else void askName(root).then(join);
} else {
  showHome(root);
}
