// Parses Mermaid files with the real mermaid package, as a renderer would before drawing them.
// Usage: node scripts/check-mermaid.mjs FILE... — prints one JSON line per file and exits 1 if any fails to parse.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

// mermaid sanitises labels with DOMPurify, which needs a DOM; jsdom provides one outside a browser.
const { window } = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = window;
globalThis.document = window.document;
globalThis.DOMParser = window.DOMParser;
globalThis.Element = window.Element;
globalThis.HTMLElement = window.HTMLElement;
globalThis.Node = window.Node;

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });

let failed = false;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  try {
    const result = await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const vertices = db.getVertices ? [...db.getVertices().values()] : [];
    const edges = db.getEdges ? db.getEdges() : [];
    const clicks = vertices.filter((v) => v.haveCallback || v.link).length;
    console.log(JSON.stringify({
      file,
      ok: true,
      type: result.diagramType,
      nodes: vertices.map((v) => ({ id: v.id, text: v.text })),
      edges: edges.length,
      clicks,
    }));
  } catch (error) {
    failed = true;
    console.log(JSON.stringify({ file, ok: false, error: String(error?.message ?? error) }));
  }
}
process.exit(failed ? 1 : 0);
