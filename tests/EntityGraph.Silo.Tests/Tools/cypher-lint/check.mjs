// Usage: node check.mjs FILE.cypher
// Prints {"errors": [...], "warnings": [...]} for the file as Neo4j's Cypher grammar and linter see it, and exits 1
// when there is an error. Syntax only: no database schema is given, so labels and properties are not checked.
import { readFileSync } from 'node:fs';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const text = readFileSync(process.argv[2], 'utf8');
const result = lintCypherQuery(text, {});
const diagnostics = Array.isArray(result) ? result : (result.diagnostics ?? []);
const describe = (d) => ({ line: (d.range?.start?.line ?? -1) + 1, message: d.message });
const errors = diagnostics.filter((d) => d.severity === 1).map(describe);
const warnings = diagnostics.filter((d) => d.severity !== 1).map(describe);
console.log(JSON.stringify({ errors, warnings }));
process.exit(errors.length > 0 ? 1 : 0);
