import './styles.css';
import { route } from './routes';
import { beginOpening } from './ui/boardOpening';
import { showHome } from './ui/home';

const root = document.getElementById('app');
if (!root) throw new Error('index.html lacks #app');

const current = route(location.pathname);
if (current.page === 'board') {
  // the board's connection opens first; the wall's code is a chunk of its own, loaded while the server answers
  const opening = beginOpening(current.boardId, location.hash);
  import('./ui/boardPage')
    .then(({ showBoard }) => showBoard(root, opening))
    .catch((e: unknown) => {
      opening?.live.close();
      root.textContent = `Could not load the board's page: ${String(e)}`;
    });
} else {
  showHome(root);
}
