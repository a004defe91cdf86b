// Print-first styles of the exported page. Logical properties (margin-inline, padding-inline-start)
// keep Arabic right-to-left paragraphs and German left-to-right ones correct side by side. Each list
// item indents on its own start side, so a bullet stays next to its text in a list of both languages.
// An empty cell holds one line, so an empty table row keeps the height of a written one.
export const printStyles = `
:root { color-scheme: light; }
body { font: 11pt/1.5 "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", Arial, sans-serif; color: #111; margin: 0; }
main { max-width: 46rem; margin-inline: auto; padding: 2rem 1.5rem; }
h1 { font-size: 1.8em; margin-block: 0 0.8em; }
h2 { font-size: 1.35em; margin-block: 1.4em 0.4em; border-block-end: 1px solid #ccc; }
h3 { font-size: 1.15em; margin-block: 1.2em 0.3em; }
p { margin-block: 0.4em; }
ul, ol { padding-inline-start: 0; }
li { margin-inline-start: 1.6em; }
ul[data-type="taskList"] { list-style: none; }
li[data-type="taskItem"] { display: flex; gap: 0.5em; align-items: baseline; margin-inline-start: 0.2em; }
li[data-type="taskItem"] > div { flex: 1; }
.task-state { font-size: 1.2em; line-height: 1; color: #000; }
table { border-collapse: collapse; width: 100%; margin-block: 0.6em; }
th, td { border: 1px solid #999; padding: 0.4em 0.5em; text-align: start; vertical-align: top; }
:is(th, td) > p { margin-block: 0; }
:is(th, td) > p:empty::after { content: "\\00a0"; }
th { background: #f0f0f0; }
a { color: #0645ad; }
blockquote { margin-inline: 0; padding-inline-start: 1em; border-inline-start: 3px solid #ccc; }
@page { margin: 18mm 16mm; }
@media print {
  main { max-width: none; padding: 0; }
  h1, h2, h3 { break-after: avoid; }
  tr, li, p { break-inside: avoid; }
  a[data-print-address]::after { content: " (" attr(data-print-address) ")"; font-size: 0.85em; color: #444; unicode-bidi: isolate; }
}
`;
