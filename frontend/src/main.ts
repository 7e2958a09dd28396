import './styles.css';
import { route } from './routes';
import { showBoard } from './ui/boardPage';
import { showHome } from './ui/home';

const root = document.getElementById('app');
if (!root) throw new Error('index.html lacks #app');

const current = route(location.pathname);
if (current.page === 'board') showBoard(root, current.boardId);
else showHome(root);
