/**
 * Labels for stacked tables: on a phone each body row of a table becomes a card of "label: value"
 * lines (global.css, `table.stack`), the label read from `data-label`. Given a table's rendered
 * inner HTML, copies each column header's text onto the body cells of that column, so a table
 * never needs its labels written twice. Tables here have no colspan and no nested tables.
 */

/** A cell and its content: cells never nest here, so the first closing tag is its own. */
const CELL_WITH_CONTENT = /<(td|th)((?:\s[^>]*)?)>[\s\S]*?<\/\1>/g;
const TAGS = /<[^>]*>/g;

/** The text of each `<th>` of the first header row, tags removed and whitespace collapsed. */
export function headerLabels(html: string): string[] {
  const head = /<thead[\s>][\s\S]*?<\/thead>/.exec(html)?.[0];
  if (!head) return [];
  return [...head.matchAll(/<th(?=[\s>])[^>]*>([\s\S]*?)<\/th>/g)].map((m) =>
    m[1]!.replace(TAGS, '').replace(/\s+/g, ' ').trim().replace(/"/g, '&quot;'),
  );
}

/**
 * The body's cells with `data-label="<their column's header>"` (a row header keeps none), their
 * content wrapped in `<div class="cell">` so the label and the value sit side by side.
 */
export function labelCells(html: string): string {
  const labels = headerLabels(html);
  if (labels.length === 0) return html;
  return html.replace(/<tbody[\s>][\s\S]*?<\/tbody>/g, (body) =>
    body.replace(/<tr(?=[\s>])[\s\S]*?<\/tr>/g, (row) => {
      let column = -1;
      return row.replace(CELL_WITH_CONTENT, (cell: string, tag: string, attributes: string) => {
        column++;
        const label = labels[column];
        if (tag === 'th' || /\sdata-label=/.test(attributes) || !label) return cell;
        const content = cell.slice(`<td${attributes}>`.length, -'</td>'.length);
        return `<td${attributes} data-label="${label}"><div class="cell">${content}</div></td>`;
      });
    }),
  );
}

/** Whether the table shows the "not published" mark, so its legend is needed. */
export const hasGapMark = (html: string): boolean => html.includes('class="not-published');
