// The page's router: the hash names the view (#/search?q=, #/article/{id}, #/entity/{id}, #/graph, #/quotes).
import { api } from './api.js';
import { h, clear, trNumber } from './dom.js';
import { searchView, quotesView, entitiesView } from './search.js';
import { articleView } from './article.js';
import { entityView } from './entity.js';
import { graphView } from './graph.js';

const view = document.getElementById('view');
const searchbar = document.getElementById('searchbar');

/** '#/article/a/b?start=3' → {name: 'article', id: 'a/b', params: URLSearchParams}. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const [name = '', ...rest] = path.split('/');
  return { name, id: rest.map(decodeURIComponent).join('/'), params: new URLSearchParams(query) };
}

const VIEWS = {
  '': searchView,
  search: searchView,
  quotes: quotesView,
  entities: entitiesView,
  article: articleView,
  entity: entityView,
  graph: graphView,
};

let generation = 0;

async function route() {
  const r = parseHash(location.hash);
  const render = VIEWS[r.name];
  const mine = ++generation;
  const target = h('div', { class: 'view view-' + (r.name || 'search') });
  document.querySelectorAll('.nav a').forEach((a) => {
    a.classList.toggle('active', parseHash(a.getAttribute('href')).name === (r.name || 'search'));
  });
  searchbar.q.value = r.name === 'search' || r.name === '' ? r.params.get('q') || '' : searchbar.q.value;
  try {
    if (!render) throw new Error('Böyle bir sayfa yok.');
    await render(target, r);
  } catch (e) {
    clear(target).append(h('div', { class: 'error', role: 'alert' }, h('strong', {}, 'Bir sorun çıktı: '), e.message));
  }
  if (mine !== generation) return; // a newer navigation won
  clear(view).append(target);
  if (!r.params.get('start')) window.scrollTo(0, 0);
}

searchbar.addEventListener('submit', (e) => {
  e.preventDefault();
  const q = searchbar.q.value.trim();
  location.hash = '#/search' + (q ? '?q=' + encodeURIComponent(q) : '');
});

window.addEventListener('hashchange', route);
route();
api.status().then((s) => {
  document.getElementById('archive-size').textContent = `Arşivde ${trNumber(s.articles)} haber`;
}).catch(() => {});
