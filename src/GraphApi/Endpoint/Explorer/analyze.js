// The analyze page (#/analyze): runs the extract mutation on pasted text (nothing is stored) and highlights what it
// found, with the detected language, the models used and whether a fallback model served. Needs role editor once API
// keys exist. Publishes #analysis[data-state] (idle, running, done, error) and data-entities.
import { gql } from './api.js';
import { el, plural } from './dom.js';
import { markedText } from './text.js';

const EXTRACT_MUTATION = `mutation ExplorerExtract($text: String!, $language: String, $accuracy: Accuracy) {
  extract(text: $text, language: $language, accuracy: $accuracy) {
    language languageConfidence usedFallback
    parts { start end language confidence modelId usedFallback }
    entities { start end text type confidence modelId language }
  }
}`;

/** Shows the analyze form. */
export function showAnalyze(main) {
  const text = el('textarea', { id: 'analyze-text', rows: 7, spellcheck: false, placeholder: 'Paste a text in any language…', attrs: { 'aria-label': 'Text to analyze' } });
  const language = el('input', { id: 'analyze-language', size: 4, placeholder: 'auto', attrs: { 'aria-label': 'Language (ISO 639-1), detected when empty' } });
  const accuracy = el('select', { id: 'analyze-accuracy', attrs: { 'aria-label': 'Accuracy' } },
    el('option', { value: 'BEST' }, 'best'), el('option', { value: 'FAST' }, 'fast'));
  const output = el('section', { id: 'analysis', className: 'card', dataset: { state: 'idle' }, attrs: { 'aria-live': 'polite' } });
  const form = el('form', { className: 'analyze-form' },
    text,
    el('div', { className: 'row' },
      el('label', {}, 'Language ', language),
      el('label', {}, 'Accuracy ', accuracy),
      el('button', { type: 'submit', id: 'analyze-run', className: 'primary', title: 'Ctrl+Enter' }, 'Analyze')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    run(text.value, language.value.trim(), accuracy.value, output);
  });
  text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  main.replaceChildren(el('section', { className: 'page analyze-page' },
    el('h1', {}, 'Analyze text'),
    el('p', { className: 'small' }, 'Runs the extraction on this text live (nothing is stored).'),
    form,
    output));
  main.dataset.view = 'analyze';
  main.dataset.id = '';
  text.focus();
}

async function run(text, language, accuracy, output) {
  if (!text.trim()) return;
  output.dataset.state = 'running';
  output.replaceChildren(el('p', { className: 'small' }, 'Analyzing…'));
  try {
    const { extract } = await gql(EXTRACT_MUTATION, { text, language: language || null, accuracy });
    const models = [...new Set(extract.parts.map(p => p.modelId).concat(extract.entities.map(e => e.modelId)))];
    output.replaceChildren(
      el('dl', { className: 'facts' },
        el('dt', {}, 'Language'), el('dd', { id: 'analysis-language' }, `${extract.language} (${extract.languageConfidence.toFixed(2)})`),
        el('dt', {}, 'Model'), el('dd', { id: 'analysis-model' }, models.join(', ') || '—'),
        el('dt', {}, 'Fallback'), el('dd', { id: 'analysis-fallback', dataset: { fallback: String(extract.usedFallback) } }, extract.usedFallback ? 'yes: no model for this language, the fallback served' : 'no'),
        el('dt', {}, 'Found'), el('dd', {}, plural(extract.entities.length, 'entity', 'entities'))),
      el('ul', { id: 'analysis-parts', className: 'links small' }, extract.parts.map(part =>
        el('li', { dataset: { language: part.language } },
          `${part.start}–${part.end}: ${part.language} (${part.confidence.toFixed(2)}) · ${part.modelId}${part.usedFallback ? ' · fallback' : ''}`))),
      markedText(text, extract.entities, 'doctext'));
    output.dataset.entities = String(extract.entities.length);
    output.dataset.state = 'done';
  } catch (error) {
    output.replaceChildren(el('p', { className: 'error', dataset: { code: error.code || 'ERROR' } }, `${error.code || 'ERROR'}: ${error.message}`));
    output.dataset.state = 'error';
  }
}
