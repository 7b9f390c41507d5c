// Building elements. Text always goes in as text nodes (never as HTML), so names and documents cannot inject markup.
import { typeKey } from './types.js';

/**
 * el('a', { href: '#/x', className: 'c', dataset: { id: 1 } }, 'text', child) -> element.
 * Properties are set as DOM properties (dataset and attrs: attributes); strings become text nodes.
 */
export function el(tag, props, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props || {})) {
    if (value === undefined || value === null) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    else if (name === 'attrs') for (const [a, v] of Object.entries(value)) node.setAttribute(a, String(v));
    else if (name === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else node[name] = value;
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** "1 document" / "2 documents". */
export function plural(count, word, words) {
  return `${count} ${count === 1 ? word : (words || word + 's')}`;
}

/** The hash route of an entity or a document. */
export const entityHref = id => '#/entity/' + encodeURIComponent(id);
export const documentHref = id => '#/document/' + encodeURIComponent(id);

/** A type badge in the type's colour. */
export function typeBadge(type) {
  return el('span', { className: 'type t-' + typeKey(type) }, type);
}
