// GraphiQL for EntityGraph: the page at /graphql/ui. Bundled by web/build.sh into src/GraphApi/Endpoint/GraphiQL.
// Everything is served by the API itself (no CDN): Monaco's workers are separate bundles beside this one.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const KEY_STORAGE = 'entitygraph-api-key';
const endpoint = document.querySelector('meta[name="graphql-endpoint"]').content;
const assets = endpoint + '/ui/';

// Monaco asks for a worker per language; each is its own same-origin script (CSP worker-src 'self').
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const name = label === 'json' ? 'json' : label === 'graphql' ? 'graphql' : 'editor';
    return new Worker(assets + name + '.worker.js');
  },
};

const keyBox = document.getElementById('api-key');
keyBox.value = sessionStorage.getItem(KEY_STORAGE) || '';
keyBox.addEventListener('change', () => sessionStorage.setItem(KEY_STORAGE, keyBox.value.trim()));

// Sends the API key as a bearer token when one is given; headers typed in GraphiQL's headers editor come on top.
async function fetcher(params, options) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const key = keyBox.value.trim();
  if (key) headers.authorization = 'Bearer ' + key;
  Object.assign(headers, (options && options.headers) || {});
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(params) });
  const body = await response.json();
  document.body.dataset.lastStatus = String(response.status);
  return body;
}

const defaultQuery = `# EntityGraph GraphQL API. Ctrl+Enter runs the query; Ctrl+Space completes from the schema.
{
  entities(first: 5) {
    totalCount
    nodes { id type canonicalName mentionCount aliases { name language } }
  }
}
`;

createRoot(document.getElementById('graphiql')).render(
  createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true, isHeadersEditorEnabled: true }),
);
document.body.dataset.ready = 'true';
