// Tab-separated files a person edits in a spreadsheet or an editor: one header row, one record a line.
// Cells never hold tabs or line breaks (they would shift the columns), so text from commits and code
// is flattened to one line before it is written.

/** One line of untrusted text: control characters (tabs, line breaks, escapes) become spaces. */
export function cell(value) {
  // eslint-disable-next-line no-control-regex
  return String(value ?? '').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

export function formatTsv(columns, rows) {
  const lines = [columns.join('\t')];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column])).join('\t'));
  return `${lines.join('\n')}\n`;
}

/**
 * Parses a TSV with a header row into objects keyed by the header. Throws an Error naming `file` and
 * the line when a row has more cells than the header (a stray tab would silently move a label).
 */
export function parseTsv(text, file) {
  const lines = text.split(/\r?\n/);
  const columns = (lines[0] ?? '').split('\t');
  const rows = [];
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index];
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells.length > columns.length) {
      throw new Error(`${file}:${index + 1}: ${cells.length} cells, the header has ${columns.length} (a tab inside a cell?)`);
    }
    rows.push(Object.fromEntries(columns.map((column, at) => [column, cells[at] ?? ''])));
  }
  return { columns, rows };
}
