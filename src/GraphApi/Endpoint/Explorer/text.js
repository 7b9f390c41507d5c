// A text with spans marked: plain text nodes between the spans, one element per span, in one colour per type.
import { el, entityHref } from './dom.js';
import { typeKey } from './types.js';

/**
 * Renders text with its spans ({ start, end, type, confidence, entityId? }, UTF-16 offsets). A span with an entity is a
 * link to it; the title shows the type and the confidence on hover (and to screen readers).
 */
export function markedText(text, spans, className) {
  const box = el('div', { className: className || 'doctext' });
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end > text.length || span.end <= span.start) continue;
    if (span.start > at) box.append(document.createTextNode(text.slice(at, span.start)));
    box.append(spanElement(text.slice(span.start, span.end), span));
    at = span.end;
  }
  if (at < text.length) box.append(document.createTextNode(text.slice(at)));
  return box;
}

function spanElement(surface, span) {
  const title = `${span.type} · confidence ${Number(span.confidence).toFixed(2)}` + (span.name ? ` · ${span.name}` : '');
  const props = {
    className: 'mention t-' + typeKey(span.type),
    title,
    dataset: { type: span.type, confidence: String(span.confidence) },
  };
  if (span.entityId) {
    props.href = entityHref(span.entityId);
    props.dataset.entityId = span.entityId;
    return el('a', props, surface);
  }
  return el('mark', props, surface);
}

/** The words around a span: [before, the span, after], cut at about `width` characters on each side. */
export function context(text, start, end, width) {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  return [(from > 0 ? '…' : '') + text.slice(from, start), text.slice(start, end), text.slice(end, to) + (to < text.length ? '…' : '')];
}
