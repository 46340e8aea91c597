// Prints the structure tree roles pdf.js (pdfjs-dist) finds on each page of a PDF, as JSON:
//   node struct_tree.mjs FILE.pdf  ->  {"pages": N, "roles": {"Table": 1, "TH": 4, ...}, "tagged": true}
// A helper of tests/cli/pdf_pdfjs.sh. PDFJS_DIST: the installed pdfjs-dist (scripts/setup puts it in
// build/pdfjs/node_modules, out of the sources).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const pdfjs = await import(pathToFileURL(`${process.env.PDFJS_DIST}/legacy/build/pdf.mjs`).href);

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false }).promise;
const roles = {};
const walk = (node) => {
  if (!node) return;
  if (node.role) roles[node.role] = (roles[node.role] || 0) + 1;
  for (const child of node.children || []) walk(child);
};
for (let p = 1; p <= doc.numPages; p++) walk(await (await doc.getPage(p)).getStructTree());
const tagged = (await doc.getMarkInfo())?.Marked === true;
console.log(JSON.stringify({ pages: doc.numPages, roles, tagged }));
