// The explorer's router: hash routes, so every page has an address to share and the back button works.
//   #/?q=&type=&lang=   search          #/entity/ID   an entity        #/document/ID   a document
//   #/analyze           analyze text    (the review queue and GraphiQL are their own pages, linked in the bar)
// <main id="view"> publishes data-view (search, entity, document, analyze, error), data-id and aria-busy.
import { bindApiKey } from './api.js';
import { el } from './dom.js';
import { showSearch } from './search.js';
import { showEntity } from './entity.js';
import { showDocument } from './document.js';
import { showAnalyze } from './analyze.js';

const main = document.getElementById('view');
let generation = 0;
let focusSearchOnShow = false;

bindApiKey(document.getElementById('api-key'));

function parse(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const at = raw.indexOf('?');
  const path = at >= 0 ? raw.slice(0, at) : raw;
  const params = new URLSearchParams(at >= 0 ? raw.slice(at + 1) : '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { view: 'search', params };
  if (parts[0] === 'entity' && parts.length === 2) return { view: 'entity', id: parts[1], params };
  if (parts[0] === 'document' && parts.length === 2) return { view: 'document', id: parts[1], params };
  if (parts[0] === 'analyze' && parts.length === 1) return { view: 'analyze', params };
  return { view: 'unknown', id: path, params };
}

async function route() {
  const mine = ++generation;
  const target = parse(location.hash);
  const staysOnSearch = target.view === 'search' && main.dataset.view === 'search';
  main.setAttribute('aria-busy', 'true');
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.nav === (target.view === 'search' ? 'search' : target.view)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  try {
    if (target.view === 'search') {
      await showSearch(main, target.params);
      if (focusSearchOnShow) document.getElementById('search').focus();
      focusSearchOnShow = false;
    }
    else if (target.view === 'entity') await showEntity(main, target.id);
    else if (target.view === 'document') await showDocument(main, target.id);
    else if (target.view === 'analyze') showAnalyze(main);
    else throw Object.assign(new Error(`There is no page at #${target.id}.`), { code: 'NOT_FOUND' });
    if (mine !== generation) return;
    main.dataset.view = target.view;
    main.dataset.id = target.id || '';
    document.title = pageTitle(target);
    if (!staysOnSearch && target.view !== 'search' && target.view !== 'analyze') main.focus({ preventScroll: true });
    if (!staysOnSearch) window.scrollTo(0, 0);
  } catch (error) {
    if (mine !== generation) return;
    main.replaceChildren(el('section', { className: 'page' },
      el('h1', {}, 'Not shown'),
      el('p', { className: 'error', id: 'error', dataset: { code: error.code || 'ERROR' } }, `${error.code || 'ERROR'}: ${error.message}`),
      el('p', {}, el('a', { href: '#/' }, 'Back to search'))));
    main.dataset.view = 'error';
    main.dataset.id = target.id || '';
  } finally {
    if (mine === generation) main.setAttribute('aria-busy', 'false');
  }
}

function pageTitle(target) {
  const heading = main.querySelector('h1');
  const name = heading ? heading.textContent.trim() : target.view;
  return `${name} · EntityGraph explorer`;
}

// Keys: "/" focuses the search box (opening search), g then s/a searches or analyzes, arrows move within result lists.
let pendingG = false;
document.addEventListener('keydown', event => {
  const target = event.target;
  const typing = target instanceof HTMLElement && target.matches('input, textarea, select');
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'Escape' && typing) { target.blur(); return; }
  if (typing) return;
  if (event.key === '/') {
    event.preventDefault();
    const box = document.getElementById('search');
    if (box) box.focus();
    else {
      focusSearchOnShow = true;
      location.hash = '#/';
    }
    return;
  }
  if (pendingG) {
    pendingG = false;
    if (event.key === 's') location.hash = '#/';
    if (event.key === 'a') location.hash = '#/analyze';
    return;
  }
  if (event.key === 'g') { pendingG = true; return; }
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const list = target instanceof HTMLElement ? target.closest('ol, ul') : null;
    if (!list) return;
    const links = [...list.querySelectorAll('a[href]')];
    const index = links.indexOf(target);
    if (index < 0) return;
    event.preventDefault();
    const next = links[Math.min(links.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    next.focus();
  }
});

window.addEventListener('hashchange', route);
route();
