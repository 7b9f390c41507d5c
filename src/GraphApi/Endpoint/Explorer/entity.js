// The entity page (#/entity/ID): name, type, aliases by language, mention contexts with the entity highlighted, its
// documents, and its neighbourhood as a graph (graph.js) with the same neighbours as a list of links.
import { gql } from './api.js';
import { el, entityHref, documentHref, plural, typeBadge } from './dom.js';
import { context, markedText } from './text.js';
import { drawNeighbourhood } from './graph.js';

const ENTITY_QUERY = `query ExplorerEntity($id: ID!) {
  entity(id: $id) {
    id type canonicalName mentionCount documentCount
    aliases { name language count manual }
    relatedEntities(first: 20) { score coOccurrenceCount entity { id type canonicalName mentionCount } }
    documents(first: 20) {
      totalCount
      nodes { id title language text mentions { id start end text type confidence entity { id } } }
    }
  }
}`;

const CONTEXTS_SHOWN = 12;

/** Shows an entity; resolves once its page (graph included) is drawn. */
export async function showEntity(main, id) {
  const { entity } = await gql(ENTITY_QUERY, { id });
  const graph = el('div', { id: 'graph', className: 'graph', attrs: { role: 'img', 'aria-label': `Entities mentioned together with ${entity.canonicalName}` } });
  main.replaceChildren(el('article', { className: 'page entity-page' },
    el('header', { className: 'page-head' },
      el('h1', {}, el('span', { className: 'name' }, entity.canonicalName), ' ', typeBadge(entity.type)),
      el('p', { className: 'small' }, `${plural(entity.mentionCount, 'mention')} in ${plural(entity.documentCount, 'document')} · id ${entity.id}`)),
    el('div', { className: 'columns' },
      el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-graph' } },
        el('h2', { id: 'h-graph' }, 'Neighbourhood'),
        el('p', { className: 'small' }, 'Entities mentioned in the same documents (the 12 most frequent drawn): bigger means more often together. Click one to move on.'),
        graph,
        neighbourList(entity)),
      el('div', { className: 'stack' },
        aliasesCard(entity),
        documentsCard(entity))),
    contextsCard(entity)));
  await drawNeighbourhood(graph, entity, neighbourId => { location.hash = entityHref(neighbourId); });
}

function aliasesCard(entity) {
  const byLanguage = new Map();
  for (const alias of entity.aliases) {
    if (!byLanguage.has(alias.language)) byLanguage.set(alias.language, []);
    byLanguage.get(alias.language).push(alias);
  }
  const languages = [...byLanguage.keys()].sort();
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-aliases' } },
    el('h2', { id: 'h-aliases' }, 'Names by language'),
    languages.length === 0 ? el('p', { className: 'small' }, 'No aliases.') :
      el('dl', { id: 'aliases', className: 'aliases' }, languages.flatMap(language => [
        el('dt', { dataset: { language } }, language),
        el('dd', { dataset: { language } }, byLanguage.get(language).map(alias =>
          el('span', { className: 'alias', dataset: { count: String(alias.count) } },
            alias.name, el('span', { className: 'small' }, alias.manual ? ' manual' : ` ×${alias.count}`)))),
      ])));
}

function documentsCard(entity) {
  const docs = entity.documents.nodes;
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-documents' } },
    el('h2', { id: 'h-documents' }, `Documents (${entity.documents.totalCount})`),
    entity.documents.totalCount > docs.length ? el('p', { className: 'small' }, `The ${docs.length} most recent are listed.`) : null,
    el('ul', { id: 'entity-documents', className: 'links' }, docs.map(doc =>
      el('li', { dataset: { documentId: doc.id } },
        el('a', { href: documentHref(doc.id) }, doc.title || doc.id),
        el('span', { className: 'small' }, ` · ${doc.language} · ${plural(doc.mentions.filter(m => m.entity && m.entity.id === entity.id).length, 'mention')}`)))));
}

function contextsCard(entity) {
  const items = [];
  for (const doc of entity.documents.nodes) {
    for (const mention of doc.mentions) {
      if (!mention.entity || mention.entity.id !== entity.id) continue;
      const [before, surface, after] = context(doc.text, mention.start, mention.end, 60);
      const snippet = before + surface + after;
      const span = { start: before.length, end: before.length + surface.length, type: mention.type, confidence: mention.confidence };
      items.push(el('li', { dataset: { documentId: doc.id, mentionId: mention.id } },
        markedText(snippet, [span], 'context'),
        el('a', { className: 'small', href: documentHref(doc.id) }, `${doc.title || doc.id} (${doc.language})`)));
    }
  }
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-contexts' } },
    el('h2', { id: 'h-contexts' }, 'Mentions in context'),
    el('ul', { id: 'contexts', className: 'contexts' }, items.slice(0, CONTEXTS_SHOWN)),
    items.length > CONTEXTS_SHOWN ? el('p', { className: 'small' }, `${items.length - CONTEXTS_SHOWN} more in the documents above.`) : null);
}

function neighbourList(entity) {
  return el('ul', { id: 'neighbours', className: 'links neighbours' }, entity.relatedEntities.map(related =>
    el('li', { dataset: { entityId: related.entity.id } },
      el('a', { href: entityHref(related.entity.id) }, related.entity.canonicalName),
      ' ', typeBadge(related.entity.type),
      el('span', { className: 'small' }, ` · co-occurs ${related.coOccurrenceCount}×`))));
}
