// The document page (#/document/ID): the text with its entities in one colour per type (confidence on hover), tags,
// language parts, and related documents with the entities that explain each.
import { gql } from './api.js';
import { el, entityHref, documentHref, plural, typeBadge } from './dom.js';
import { markedText } from './text.js';
import { typeKey } from './types.js';

const DOCUMENT_QUERY = `query ExplorerDocument($id: ID!) {
  document(id: $id) {
    id title language languageConfidence source text usedFallbackModel updatedAt
    tags { name manual score }
    mentions { id start end text type confidence language status entity { id canonicalName } }
    relatedDocuments(first: 10) { score document { id title language } sharedEntities { id type canonicalName } }
  }
}`;

// Detected by the silo on demand (the store keeps each mention's language, not the parts); asked for separately so that
// a host without a silo still shows the rest of the page.
const PARTS_QUERY = `query ExplorerLanguageParts($id: ID!) { document(id: $id) { languageParts { start end language confidence } } }`;

/** Shows a document; resolves once its page (language parts included) is drawn. */
export async function showDocument(main, id) {
  const [answer, partsAnswer] = await Promise.allSettled([gql(DOCUMENT_QUERY, { id }), gql(PARTS_QUERY, { id })]);
  if (answer.status === 'rejected') throw answer.reason;
  const doc = answer.value.document;
  const parts = partsAnswer.status === 'fulfilled' ? partsAnswer.value.document.languageParts : null;
  const spans = doc.mentions.map(m => ({
    start: m.start, end: m.end, type: m.type, confidence: m.confidence,
    entityId: m.entity && m.entity.id, name: m.entity && m.entity.canonicalName,
  }));
  const types = [...new Set(doc.mentions.map(m => m.type))].sort();
  main.replaceChildren(el('article', { className: 'page document-page' },
    el('header', { className: 'page-head' },
      el('h1', { id: 'document-title' }, doc.title || doc.id),
      el('p', { className: 'small' },
        `${doc.id} · ${doc.language} (${doc.languageConfidence.toFixed(2)})` +
        (doc.source ? ` · ${doc.source}` : '') + (doc.usedFallbackModel ? ' · fallback model' : ''))),
    el('div', { className: 'columns' },
      el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-text' } },
        el('h2', { id: 'h-text' }, 'Text'),
        legend(types),
        markedText(doc.text, spans, 'doctext')),
      el('div', { className: 'stack' },
        tagsCard(doc),
        languagesCard(doc, parts),
        relatedCard(doc)))));
}

function legend(types) {
  return el('p', { className: 'legend small' }, types.map(type =>
    el('span', { className: 'mention t-' + typeKey(type) }, type)),
  types.length ? ' Hover a name for its confidence; click it to open the entity.' : 'No entities found.');
}

function tagsCard(doc) {
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-tags' } },
    el('h2', { id: 'h-tags' }, 'Tags'),
    doc.tags.length === 0 ? el('p', { className: 'small' }, 'No tags.') :
      el('ul', { id: 'tags', className: 'chips' }, doc.tags.map(tag =>
        el('li', { className: 'chip', dataset: { tag: tag.name }, title: tag.manual ? 'added by hand' : `score ${tag.score.toFixed(2)}` }, tag.name))));
}

// The document's language parts (start, end, language, confidence) with the mentions found in each; when the parts
// cannot be had (no silo), the languages the mentions carry.
function languagesCard(doc, parts) {
  const heading = el('h2', { id: 'h-languages' }, 'Language parts');
  if (!parts) {
    const counts = new Map([[doc.language, 0]]);
    for (const mention of doc.mentions) counts.set(mention.language, (counts.get(mention.language) || 0) + 1);
    return el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-languages' } }, heading,
      el('p', { className: 'small' }, 'Parts are not available here; the languages of the mentions:'),
      el('ul', { id: 'languages', className: 'links', dataset: { state: 'mentions' } }, [...counts].map(([language, count]) =>
        el('li', { dataset: { language } }, el('strong', {}, language), el('span', { className: 'small' }, ' · ' + plural(count, 'mention'))))));
  }
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-languages' } }, heading,
    el('p', { className: 'small' }, `Main language ${doc.language} (${doc.languageConfidence.toFixed(2)}).`),
    el('ol', { id: 'languages', className: 'links', dataset: { state: 'parts' } }, parts.map(part => {
      const inside = doc.mentions.filter(m => m.start >= part.start && m.end <= part.end).length;
      const words = doc.text.slice(part.start, Math.min(part.end, part.start + 48)).trim();
      return el('li', { dataset: { language: part.language, start: String(part.start), end: String(part.end) } },
        el('strong', {}, part.language),
        el('span', { className: 'small' }, ` · ${part.confidence.toFixed(2)} · characters ${part.start}–${part.end} · ${plural(inside, 'mention')}`),
        el('div', { className: 'small part-words' }, words + (part.end - part.start > 48 ? '…' : '')));
    })));
}

function relatedCard(doc) {
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'h-related' } },
    el('h2', { id: 'h-related' }, 'Related documents'),
    doc.relatedDocuments.length === 0 ? el('p', { className: 'small' }, 'None share an entity with this one.') :
      el('ol', { id: 'related-documents', className: 'links' }, doc.relatedDocuments.map(related =>
        el('li', { dataset: { documentId: related.document.id } },
          el('a', { href: documentHref(related.document.id) }, related.document.title || related.document.id),
          el('span', { className: 'small' }, ` · ${related.document.language} · score ${related.score.toFixed(2)}`),
          el('div', { className: 'shared small' }, 'Shared: ', related.sharedEntities.map((entity, i) => [
            i ? ', ' : '', el('a', { href: entityHref(entity.id), className: 'shared-entity', dataset: { entityId: entity.id } }, entity.canonicalName), ' ', typeBadge(entity.type)]))))));
}

