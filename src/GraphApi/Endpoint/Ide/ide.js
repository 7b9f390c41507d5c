"use strict";
const ENDPOINT = document.querySelector('meta[name="graphql-endpoint"]').content;

const EXAMPLES = [
  ["Search entities", `query Search($search: String) {
  entities(search: $search, first: 10) {
    totalCount
    edges { node { id type canonicalName mentionCount documentCount aliases { name language count } } }
    pageInfo { hasNextPage endCursor }
  }
}`, { search: "berlin" }],
  ["Entity by id", `query Entity($id: ID!) {
  entity(id: $id) {
    id type canonicalName normalizedKey mentionCount documentCount
    aliases { name language count }
    relatedEntities(first: 5) { score coOccurrenceCount entity { canonicalName type } }
    documents(first: 5) { totalCount nodes { id title language } }
  }
}`, { id: "" }],
  ["Document with highlights", `query Document($id: ID!) {
  document(id: $id) {
    id title language tags { name manual score }
    entities { id type canonicalName }
    mentions { start end text type confidence modelId entity { canonicalName } }
    highlights { start end text highlighted type entityId }
  }
}`, { id: "" }],
  ["Documents by tag", `query ByTag($tag: String) {
  documents(tag: $tag, first: 10) {
    totalCount
    edges { cursor node { id title language tags { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`, { tag: "" }],
  ["Related documents", `query Related($id: ID!) {
  relatedDocuments(documentId: $id, first: 5) {
    score
    document { id title }
    sharedEntities { canonicalName type }
  }
}`, { id: "" }],
  ["Related entities", `query RelatedEntities($id: ID!) {
  relatedEntities(entityId: $id, first: 5) { score coOccurrenceCount entity { id canonicalName type } }
}`, { id: "" }],
  ["Extract (no storage)", `mutation Extract($text: String!) {
  extract(text: $text) {
    language languageConfidence usedFallback
    parts { start end language modelId usedFallback }
    entities { start end text type confidence }
  }
}`, { text: "Angela Merkel met Emmanuel Macron in Paris." }],
  ["Ingest a document", `mutation Ingest($input: IngestDocumentInput!) {
  ingestDocument(input: $input) {
    outcome language usedFallback
    document { id title entities { id type canonicalName } }
  }
}`, { input: { id: "doc-1", title: "Example", text: "Siemens AG opened an office in Munich." } }],
  ["Statistics", `{ statistics { entities documents mentions aliases } }`, {}],
];

const $ = (id) => document.getElementById(id);

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (key === "onclick") node.addEventListener("click", value);
    else if (key === "className") node.className = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// Resolves to { status, body, raw }: body is the parsed JSON, or null when the server did not answer JSON (raw is the text).
// A network failure resolves too, with status 0.
async function graphql(query, variables) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify({ query, variables: variables || {} }),
    });
  } catch (error) {
    return { status: 0, body: null, raw: `Request failed: ${error.message}` };
  }
  const raw = await response.text();
  try {
    return { status: response.status, body: JSON.parse(raw), raw };
  } catch {
    return { status: response.status, body: null, raw };
  }
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// Names that differ only in Unicode normalization (precomposed "é" or "e" + combining accent) are the same name to a reader.
function sameName(a, b) {
  return a.normalize("NFC") === b.normalize("NFC");
}

function failureText(reply) {
  if (!reply.body) return reply.status ? `HTTP ${reply.status}: ${reply.raw}` : reply.raw;
  return (reply.body.errors || []).map(e => `${(e.extensions && e.extensions.code) || "ERROR"}: ${e.message}`).join("\n");
}

// ---- IDE tab
for (const [index, [label]] of EXAMPLES.entries()) {
  $("examples").append(el("option", { value: String(index) }, label));
}
$("examples").addEventListener("change", (event) => {
  const example = EXAMPLES[Number(event.target.value)];
  if (!example) return;
  $("query").value = example[1];
  $("variables").value = JSON.stringify(example[2], null, 2);
});

let runTicket = 0;

// The result pane is aria-busy="true" from the click until the latest run's answer is shown.
async function run() {
  let variables;
  try {
    variables = $("variables").value.trim() ? JSON.parse($("variables").value) : {};
  } catch (error) {
    $("run-status").textContent = "Variables are not valid JSON: " + error.message;
    return;
  }
  const ticket = ++runTicket;
  const result = $("result");
  result.setAttribute("aria-busy", "true");
  $("run-status").textContent = "Running…";
  const started = performance.now();
  const reply = await graphql($("query").value, variables);
  if (ticket !== runTicket) return;
  result.textContent = reply.body ? JSON.stringify(reply.body, null, 2) : reply.raw;
  result.classList.toggle("failed", !reply.body || Boolean(reply.body.errors));
  $("run-status").textContent = reply.status
    ? `HTTP ${reply.status} · ${Math.round(performance.now() - started)} ms`
    : "Request failed";
  result.setAttribute("aria-busy", "false");
}
$("run").addEventListener("click", run);
$("query").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
});

// ---- Explore tab
function showTab(name) {
  $("ide").classList.toggle("hidden", name !== "ide");
  $("explore").classList.toggle("hidden", name !== "explore");
  $("tab-ide").classList.toggle("active", name === "ide");
  $("tab-explore").classList.toggle("active", name === "explore");
}
$("tab-ide").addEventListener("click", () => showTab("ide"));
$("tab-explore").addEventListener("click", () => { showTab("explore"); if (!$("entity-list").children.length) searchEntities(); });

const SEARCH_QUERY = `query Search($search: String) {
  entities(search: $search, first: 30) {
    totalCount
    nodes { id type canonicalName mentionCount documentCount aliases { name language } }
  }
}`;

let searchTimer = null;
let searchTicket = 0;
$("search").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(searchEntities, 250); });

// When a search's answer is shown, the list's data-search holds that (trimmed) search.
async function searchEntities() {
  const ticket = ++searchTicket;
  const search = $("search").value.trim();
  const reply = await graphql(SEARCH_QUERY, { search: search || null });
  if (ticket !== searchTicket) return;
  const list = $("entity-list");
  list.replaceChildren();
  list.dataset.search = search;
  if (!reply.body || !reply.body.data) { $("search-status").textContent = failureText(reply); return; }
  const result = reply.body.data.entities;
  $("search-status").textContent = result.totalCount === 1 ? "1 entity" : `${result.totalCount} entities`;
  for (const entity of result.nodes) {
    const names = entity.aliases.filter(a => !sameName(a.name, entity.canonicalName)).slice(0, 4).map(a => `${a.name} (${a.language})`).join(", ");
    list.append(el("li", { onclick: () => showEntity(entity.id), "data-entity-id": entity.id },
      el("span", { className: "badge" }, entity.type), el("strong", {}, entity.canonicalName),
      el("div", { className: "small" }, `${plural(entity.mentionCount, "mention")} in ${plural(entity.documentCount, "document")}${names ? " · " + names : ""}`)));
  }
}

const ENTITY_QUERY = `query Entity($id: ID!) {
  entity(id: $id) {
    id type canonicalName normalizedKey mentionCount documentCount
    aliases { name language count }
    relatedEntities(first: 10) { score coOccurrenceCount entity { id type canonicalName } }
    documents(first: 20) { totalCount nodes { id title language } }
  }
}`;

let detailTicket = 0;

// Shows the latest requested entity or document; #detail's data-view ("entity", "document" or "error") and data-id say which.
async function loadDetail(query, id) {
  const ticket = ++detailTicket;
  const reply = await graphql(query, { id });
  return ticket === detailTicket ? reply : null;
}

function showDetail(view, id, ...children) {
  const detail = $("detail");
  detail.replaceChildren(...children);
  detail.dataset.view = view;
  detail.dataset.id = id;
}

async function showEntity(id) {
  const reply = await loadDetail(ENTITY_QUERY, id);
  if (!reply) return;
  const entity = reply.body && reply.body.data && reply.body.data.entity;
  if (!entity) { showDetail("error", id, el("pre", { className: "failed" }, failureText(reply))); return; }
  showDetail("entity", id,
    el("h2", {}, el("span", { className: "badge" }, entity.type), entity.canonicalName),
    el("div", { className: "small" }, `id ${entity.id} · key ${entity.normalizedKey} · ${plural(entity.mentionCount, "mention")} · ${plural(entity.documentCount, "document")}`),
    el("h3", {}, "Aliases"),
    el("div", {}, ...entity.aliases.map(a => el("span", { className: "badge" }, `${a.name} · ${a.language} · ${a.count}`))),
    el("h3", {}, "Related entities"),
    el("ul", { className: "list" }, ...entity.relatedEntities.map(r => el("li", { onclick: () => showEntity(r.entity.id), "data-entity-id": r.entity.id },
      el("span", { className: "badge" }, r.entity.type), r.entity.canonicalName,
      el("span", { className: "small" }, ` · score ${r.score.toFixed(3)} · together in ${r.coOccurrenceCount}`)))),
    el("h3", {}, `Documents (${entity.documents.totalCount})`),
    el("ul", { className: "list" }, ...entity.documents.nodes.map(d => el("li", { onclick: () => showDocument(d.id), "data-document-id": d.id },
      d.title || d.id, el("span", { className: "small" }, ` · ${d.language}`)))));
}

const DOCUMENT_QUERY = `query Document($id: ID!) {
  document(id: $id) {
    id title language source usedFallbackModel
    tags { name manual score }
    highlights { text highlighted type entityId entity { canonicalName } }
    relatedDocuments(first: 5) { score document { id title } sharedEntities { canonicalName } }
  }
}`;

async function showDocument(id) {
  const reply = await loadDetail(DOCUMENT_QUERY, id);
  if (!reply) return;
  const doc = reply.body && reply.body.data && reply.body.data.document;
  if (!doc) { showDetail("error", id, el("pre", { className: "failed" }, failureText(reply))); return; }
  const known = new Set(["PER", "ORG", "LOC", "MISC"]);
  const text = el("div", { className: "doctext" });
  for (const segment of doc.highlights) {
    if (!segment.highlighted) { text.append(segment.text); continue; }
    const title = `${segment.type}${segment.entity ? " · " + segment.entity.canonicalName : ""}`;
    const attributes = { className: known.has(segment.type) ? segment.type : "other", title, onclick: () => segment.entityId && showEntity(segment.entityId) };
    if (segment.entityId) attributes["data-entity-id"] = segment.entityId;
    text.append(el("mark", attributes, segment.text));
  }
  showDetail("document", id,
    el("h2", {}, doc.title || doc.id),
    el("div", { className: "small" }, `id ${doc.id} · ${doc.language}${doc.source ? " · " + doc.source : ""}${doc.usedFallbackModel ? " · fallback model" : ""}`),
    el("div", {}, ...doc.tags.map(t => el("span", { className: "badge" }, t.manual ? t.name : `${t.name} ${t.score.toFixed(2)}`))),
    el("h3", {}, "Text"), text,
    el("h3", {}, "Related documents"),
    el("ul", { className: "list" }, ...doc.relatedDocuments.map(r => el("li", { onclick: () => showDocument(r.document.id), "data-document-id": r.document.id },
      r.document.title || r.document.id,
      el("div", { className: "small" }, `score ${r.score.toFixed(3)} · shared: ${r.sharedEntities.map(e => e.canonicalName).join(", ")}`)))));
}

$("doc-id").addEventListener("keydown", (event) => { if (event.key === "Enter" && event.target.value.trim()) showDocument(event.target.value.trim()); });
$("endpoint-label").textContent = ENDPOINT;
