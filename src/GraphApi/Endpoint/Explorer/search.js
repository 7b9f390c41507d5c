// The search page (#/?q=TEXT&type=TYPE&lang=LANGUAGE): entities by any name in any language, with type and language
// filters that are links carrying their result counts. Publishes #results[data-search="q|type|lang"] once listed.
import { gql } from './api.js';
import { el, entityHref, plural, typeBadge } from './dom.js';

const BASE_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

const SEARCH_QUERY = `query ExplorerSearch($search: String, $type: String, $language: String) {
  results: entities(search: $search, type: $type, language: $language, first: 50) {
    totalCount
    nodes { id type canonicalName mentionCount documentCount aliases { name language count } }
  }
  probe: entities(search: $search, first: 100) { totalCount nodes { type aliases { language } } }
}`;

let generation = 0;

/** The search href for a query and filters (empty ones left out). */
export function searchHref(q, type, lang) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (type) params.set('type', type);
  if (lang) params.set('lang', lang);
  const query = params.toString();
  return '#/' + (query ? '?' + query : '');
}

/** Shows the search page for the route's parameters; keeps the form (and its focus) when it is already shown. */
export async function showSearch(main, params) {
  const q = (params.get('q') || '').trim();
  const type = params.get('type') || '';
  const lang = params.get('lang') || '';
  let box = document.getElementById('search');
  if (main.dataset.view !== 'search' || !box) {
    main.replaceChildren(searchForm());
    box = document.getElementById('search');
  }
  if (box.value.trim() !== q) box.value = q;
  main.dataset.view = 'search';
  main.dataset.id = '';
  await runSearch(q, type, lang);
}

function searchForm() {
  const input = el('input', {
    id: 'search', type: 'search', placeholder: 'München, Munich, Мюнхен, 東京…', autocomplete: 'off',
    attrs: { 'aria-label': 'Search entities by any name, in any language', 'aria-controls': 'results' },
  });
  let timer = 0;
  // Typing replaces the address (no history entry per key); Enter and the filter links add one.
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const params = currentParams();
      location.replace(searchHref(input.value.trim(), params.get('type'), params.get('lang')));
    }, 200);
  });
  const form = el('form', { className: 'searchform', attrs: { role: 'search' } },
    el('label', { htmlFor: 'search', className: 'small' }, 'Find entities by any name, in any language'),
    input);
  form.addEventListener('submit', event => {
    event.preventDefault();
    clearTimeout(timer);
    const params = currentParams();
    location.hash = searchHref(input.value.trim(), params.get('type'), params.get('lang'));
  });
  return el('section', { className: 'page search-page' },
    el('h1', {}, 'Search'),
    form,
    el('div', { id: 'facets', className: 'facets' }),
    el('p', { id: 'result-count', className: 'small', attrs: { 'aria-live': 'polite' } }),
    el('ol', { id: 'results', className: 'results', dataset: { search: '' } }));
}

function currentParams() {
  const hash = location.hash || '#/';
  const at = hash.indexOf('?');
  return new URLSearchParams(at >= 0 ? hash.slice(at + 1) : '');
}

async function runSearch(q, type, lang) {
  const mine = ++generation;
  const results = document.getElementById('results');
  results.setAttribute('aria-busy', 'true');
  const variables = { search: q || null, type: type || null, language: lang || null };
  const data = await gql(SEARCH_QUERY, variables);
  const types = [...new Set([...BASE_TYPES, ...data.probe.nodes.map(n => n.type), ...(type ? [type] : [])])];
  const languages = [...new Set([...data.probe.nodes.flatMap(n => n.aliases.map(a => a.language)), ...(lang ? [lang] : [])])].sort();
  const counts = await facetCounts(q, type, lang, types, languages);
  if (mine !== generation) return;

  document.getElementById('facets').replaceChildren(
    facetRow('Type', 'type', type, types, counts.types, value => searchHref(q, value, lang), counts.allTypes),
    facetRow('Language', 'lang', lang, languages, counts.languages, value => searchHref(q, type, value), counts.allLanguages));
  const total = data.results.totalCount;
  document.getElementById('result-count').textContent =
    plural(total, 'entity', 'entities') + (total > data.results.nodes.length ? ` (first ${data.results.nodes.length} shown)` : '');
  results.replaceChildren(...data.results.nodes.map(resultItem));
  results.dataset.total = String(total);
  results.dataset.search = [q, type, lang].join('|');
  results.setAttribute('aria-busy', 'false');
}

// Each count is the totalCount of the same search with that one filter changed: one request with an alias per value.
async function facetCounts(q, type, lang, types, languages) {
  const fields = [
    'allTypes: entities(search: $search, language: $language, first: 1) { totalCount }',
    'allLanguages: entities(search: $search, type: $type, first: 1) { totalCount }',
    ...types.map((t, i) => `t${i}: entities(search: $search, type: ${JSON.stringify(t)}, language: $language, first: 1) { totalCount }`),
    ...languages.map((l, i) => `l${i}: entities(search: $search, type: $type, language: ${JSON.stringify(l)}, first: 1) { totalCount }`),
  ];
  const data = await gql(`query ExplorerFacets($search: String, $type: String, $language: String) { ${fields.join('\n')} }`,
    { search: q || null, type: type || null, language: lang || null });
  return {
    allTypes: data.allTypes.totalCount,
    allLanguages: data.allLanguages.totalCount,
    types: Object.fromEntries(types.map((t, i) => [t, data['t' + i].totalCount])),
    languages: Object.fromEntries(languages.map((l, i) => [l, data['l' + i].totalCount])),
  };
}

function facetRow(label, name, selected, values, counts, href, allCount) {
  const chip = (value, text, count) => el('a', {
    href: href(value),
    className: 'chip' + (value === selected ? ' selected' : '') + (count === 0 ? ' empty' : ''),
    dataset: { facet: name, value, count: String(count) },
    attrs: value === selected ? { 'aria-current': 'true' } : {},
  }, `${text} (${count})`);
  return el('div', { className: 'facet', attrs: { role: 'group', 'aria-label': label } },
    el('span', { className: 'small' }, label + ':'),
    chip('', 'all', allCount),
    values.map(value => chip(value, value, counts[value])));
}

function resultItem(entity) {
  const others = entity.aliases
    .filter(alias => alias.name.normalize('NFC') !== entity.canonicalName.normalize('NFC'))
    .slice(0, 4)
    .map(alias => `${alias.name} (${alias.language})`);
  const summary = `${plural(entity.mentionCount, 'mention')} in ${plural(entity.documentCount, 'document')}` +
    (others.length ? ' · ' + others.join(', ') : '');
  return el('li', { dataset: { entityId: entity.id } },
    el('a', { href: entityHref(entity.id), className: 'result-link' }, el('strong', {}, entity.canonicalName)),
    ' ', typeBadge(entity.type),
    el('div', { className: 'small' }, summary));
}
