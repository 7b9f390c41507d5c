// The reviewer page: the queue of mentions in review, the document of the current one with its mentions highlighted,
// and the decisions (accept, reject, change type, add a selected span, complete the document) by button or key.
// It talks to the GraphQL endpoint only, and publishes its state in data attributes for people and tests alike.
(function () {
  'use strict';
  const endpoint = document.querySelector('meta[name="graphql-endpoint"]').content;
  const $ = id => document.getElementById(id);
  const defaultTypes = ['PER', 'ORG', 'LOC', 'MISC'];
  const state = { queue: [], index: -1, document: null, decided: 0, busy: false };
  // ?document=ID reviews one document's mentions only.
  const onlyDocument = new URLSearchParams(window.location.search).get('document');

  $('api-key').value = sessionStorage.getItem('entitygraph-api-key') || '';
  $('reviewer').value = localStorage.getItem('entitygraph-reviewer') || '';
  $('api-key').addEventListener('change', () => sessionStorage.setItem('entitygraph-api-key', $('api-key').value.trim()));
  $('reviewer').addEventListener('change', () => localStorage.setItem('entitygraph-reviewer', $('reviewer').value.trim()));

  async function gql(query, variables) {
    const headers = { 'content-type': 'application/json' };
    const key = $('api-key').value.trim();
    if (key) headers.authorization = 'Bearer ' + key;
    const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      const error = body.errors[0];
      const failure = new Error(error.message);
      failure.code = (error.extensions && error.extensions.code) || 'ERROR';
      throw failure;
    }
    return body.data;
  }

  function say(text, code) {
    const message = $('message');
    message.textContent = text;
    message.className = code ? 'error' : '';
    message.dataset.code = code || '';
  }

  function reviewer() {
    return $('reviewer').value.trim() || null;
  }

  function progress() {
    document.body.dataset.decided = String(state.decided);
    const total = $('queue').dataset.total || '0';
    $('progress').textContent = `${state.decided} decided this session · ${total} in review`;
  }

  async function loadQueue(keepId) {
    const queue = $('queue');
    queue.setAttribute('aria-busy', 'true');
    const data = await gql(`query Queue($language: String, $type: String, $documentId: ID, $order: ReviewOrder) {
        reviewQueue(language: $language, type: $type, documentId: $documentId, orderBy: $order, first: 100) {
          totalCount nodes { id documentId start end text type confidence } } }`, {
      language: $('filter-language').value.trim() || null,
      type: $('filter-type').value.trim() || null,
      documentId: onlyDocument || null,
      order: $('filter-order').value,
    });
    state.queue = data.reviewQueue.nodes;
    queue.dataset.total = String(data.reviewQueue.totalCount);
    $('queue-total').textContent = `(${data.reviewQueue.totalCount})`;
    queue.replaceChildren(...state.queue.map((mention, i) => {
      const item = document.createElement('li');
      item.dataset.id = mention.id;
      const text = document.createElement('div');
      text.textContent = `${mention.text} · ${mention.type}`;
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = `${mention.confidence.toFixed(2)} · ${mention.documentId}`;
      item.append(text, meta);
      item.addEventListener('click', () => select(i));
      return item;
    }));
    rememberTypes(state.queue.map(m => m.type));
    progress();
    const kept = keepId ? state.queue.findIndex(m => m.id === keepId) : -1;
    try {
      await select(kept >= 0 ? kept : Math.min(Math.max(state.index, 0), state.queue.length - 1));
    } finally {
      // Not busy only once the current mention's document is shown too: the queue and the text agree.
      queue.setAttribute('aria-busy', 'false');
    }
  }

  function rememberTypes(types) {
    const list = $('known-types');
    const known = new Set([...list.options].map(o => o.value));
    for (const type of [...defaultTypes, ...types]) {
      if (!known.has(type)) {
        known.add(type);
        const option = document.createElement('option');
        option.value = type;
        list.append(option);
      }
    }
  }

  async function select(i) {
    state.index = i;
    [...$('queue').children].forEach((item, n) => item.classList.toggle('current', n === i));
    const mention = state.queue[i];
    const panel = $('mention-panel');
    if (!mention) {
      panel.dataset.mentionId = '';
      $('mention-summary').textContent = 'Nothing in review here.';
      const id = state.document ? state.document.id : onlyDocument;
      if (id) await loadDocument(id);
      return;
    }
    panel.dataset.mentionId = mention.id;
    $('mention-summary').textContent = `"${mention.text}" as ${mention.type}, confidence ${mention.confidence.toFixed(3)}, in ${mention.documentId}`;
    $('type-choice').value = mention.type;
    $('queue').children[i].scrollIntoView({ block: 'nearest' });
    await loadDocument(mention.documentId);
  }

  async function loadDocument(id) {
    const data = await gql(`query Document($id: ID!) { document(id: $id) {
        id title text domain reviewedBy mentions { id start end text type status confidence } } }`, { id });
    state.document = data.document;
    renderDocument();
  }

  function renderDocument() {
    const view = $('document-text');
    const doc = state.document;
    const current = state.queue[state.index];
    view.dataset.documentId = doc ? doc.id : '';
    view.dataset.reviewedBy = doc && doc.reviewedBy ? doc.reviewedBy : '';
    if (!doc) {
      view.replaceChildren();
      return;
    }
    $('document-title').textContent = `${doc.title || doc.id}${doc.domain ? ' · ' + doc.domain : ''}${doc.reviewedBy ? ' · review complete (' + doc.reviewedBy + ')' : ''}`;
    const nodes = [];
    let at = 0;
    const mentions = [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    for (const mention of mentions) {
      if (mention.start < at) continue;
      nodes.push(document.createTextNode(doc.text.slice(at, mention.start)));
      const mark = document.createElement('mark');
      mark.textContent = doc.text.slice(mention.start, mention.end);
      mark.dataset.type = mention.type;
      mark.dataset.id = mention.id;
      mark.dataset.status = mention.status;
      mark.className = 'status-' + mention.status + (current && current.id === mention.id ? ' current' : '');
      mark.title = `${mention.type} · ${mention.status} · ${mention.confidence.toFixed(3)}`;
      nodes.push(mark);
      at = mention.end;
    }
    nodes.push(document.createTextNode(doc.text.slice(at)));
    view.replaceChildren(...nodes);
    rememberTypes(doc.mentions.map(m => m.type));
  }

  // UTF-16 offset of a point of the selection inside the document view: the length of the text before it.
  function offsetOf(node, offset) {
    const range = document.createRange();
    range.selectNodeContents($('document-text'));
    range.setEnd(node, offset);
    return range.toString().length;
  }

  async function run(action, describe, decision = true) {
    if (state.busy) return;
    state.busy = true;
    document.body.dataset.busy = 'true';
    try {
      const result = await action();
      if (decision) state.decided += 1;
      say(describe(result));
      const current = state.queue[state.index];
      await loadQueue(current ? current.id : null);
    } catch (failure) {
      say(`${failure.code || 'ERROR'}: ${failure.message}`, failure.code || 'ERROR');
    } finally {
      state.busy = false;
      document.body.dataset.busy = 'false';
      progress();
    }
  }

  const fields = 'id text type status reviewedBy';

  function decide(mutation) {
    const mention = state.queue[state.index];
    if (!mention) return;
    return run(async () => (await gql(`mutation M($id: ID!, $reviewer: String) { ${mutation}(id: $id, reviewer: $reviewer) { ${fields} } }`,
      { id: mention.id, reviewer: reviewer() }))[mutation], m => `${m.text}: ${m.status}`);
  }

  function correct() {
    const mention = state.queue[state.index];
    const type = $('type-choice').value.trim();
    if (!mention || !type) return;
    return run(async () => (await gql(`mutation M($id: ID!, $type: String, $reviewer: String) { correctMention(id: $id, type: $type, reviewer: $reviewer) { ${fields} } }`,
      { id: mention.id, type, reviewer: reviewer() })).correctMention, m => `${m.text}: ${m.status} as ${m.type}`);
  }

  function addSelection() {
    const selection = window.getSelection();
    const view = $('document-text');
    const type = $('type-choice').value.trim();
    if (!state.document || !selection || selection.rangeCount === 0 || selection.isCollapsed || !type) {
      say('Select text in the document first, and choose a type.', 'NO_SELECTION');
      return;
    }
    const range = selection.getRangeAt(0);
    if (!view.contains(range.startContainer) || !view.contains(range.endContainer)) {
      say('The selection must lie in the document text.', 'NO_SELECTION');
      return;
    }
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    const documentId = state.document.id;
    return run(async () => (await gql(`mutation M($documentId: ID!, $start: Int!, $end: Int!, $type: String!, $reviewer: String) {
        addMention(documentId: $documentId, start: $start, end: $end, type: $type, reviewer: $reviewer) { ${fields} } }`,
      { documentId, start, end, type, reviewer: reviewer() })).addMention, m => `${m.text}: ${m.status} as ${m.type}`);
  }

  function complete() {
    if (!state.document) return;
    const documentId = state.document.id;
    return run(async () => (await gql(`mutation M($documentId: ID!, $reviewer: String) { completeReview(documentId: $documentId, reviewer: $reviewer) { id reviewedBy } }`,
      { documentId, reviewer: reviewer() })).completeReview, d => `Review of ${d.id} complete`, false);
  }

  $('accept').addEventListener('click', () => decide('acceptMention'));
  $('reject').addEventListener('click', () => decide('rejectMention'));
  $('correct').addEventListener('click', correct);
  $('complete').addEventListener('click', complete);
  $('reload').addEventListener('click', () => loadQueue().catch(f => say(`${f.code || 'ERROR'}: ${f.message}`, f.code || 'ERROR')));
  ['filter-language', 'filter-type', 'filter-order'].forEach(id => $(id).addEventListener('change', () => { state.index = 0; loadQueue().catch(f => say(f.message, f.code || 'ERROR')); }));

  document.addEventListener('keydown', event => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || (target instanceof HTMLElement && target.matches('input, select, textarea'))) return;
    const keys = {
      j: () => select(Math.min(state.index + 1, state.queue.length - 1)),
      ArrowDown: () => select(Math.min(state.index + 1, state.queue.length - 1)),
      k: () => select(Math.max(state.index - 1, 0)),
      ArrowUp: () => select(Math.max(state.index - 1, 0)),
      a: () => decide('acceptMention'),
      r: () => decide('rejectMention'),
      t: correct,
      n: addSelection,
      c: complete,
    };
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  });

  loadQueue().catch(failure => {
    $('queue').setAttribute('aria-busy', 'false');
    say(`${failure.code || 'ERROR'}: ${failure.message}`, failure.code || 'ERROR');
  });
})();
