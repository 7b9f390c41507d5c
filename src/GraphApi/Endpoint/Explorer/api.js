// GraphQL over the public endpoint, with the API key (kept for the browser tab, like the review page) as a bearer token.
const KEY_STORAGE = 'entitygraph-api-key';
const endpoint = document.querySelector('meta[name="graphql-endpoint"]').content;

/** The endpoint the page talks to (also the base of the GraphiQL and review links). */
export const graphqlEndpoint = endpoint;

/** Binds the key box to the tab's session storage. */
export function bindApiKey(input) {
  input.value = sessionStorage.getItem(KEY_STORAGE) || '';
  input.addEventListener('change', () => sessionStorage.setItem(KEY_STORAGE, input.value.trim()));
}

/** An error answer: the first error's message and code (NOT_FOUND, UNAUTHENTICATED...). */
export class GraphQLError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

/** Runs a query or mutation and returns its data; throws GraphQLError on any error. */
export async function gql(query, variables) {
  const headers = { 'content-type': 'application/json', accept: 'application/json' };
  const key = sessionStorage.getItem(KEY_STORAGE);
  if (key) headers.authorization = 'Bearer ' + key;
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLError(`HTTP ${response.status}`, 'HTTP_' + response.status);
  }
  if (body.errors && body.errors.length) {
    const error = body.errors[0];
    throw new GraphQLError(error.message, (error.extensions && error.extensions.code) || 'ERROR');
  }
  return body.data;
}
