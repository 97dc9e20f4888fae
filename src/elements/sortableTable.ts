/**
 * <gn-sortable-table>: turns `th[data-sortable]` headers into sort buttons. Cells sort by their
 * `data-sort` value when present (numbers), else by text in Vietnamese collation. Rows without
 * a value go last in both directions, so gaps never pose as small numbers.
 */
const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

function sortValue(cell: Element | undefined): string | number | null {
  if (!cell) return null;
  const raw = cell.getAttribute('data-sort');
  if (raw === '') return null;
  if (raw !== null) return Number(raw);
  return cell.textContent?.trim() ?? '';
}

class SortableTable extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    if (!table?.tBodies[0]) return;
    table.querySelectorAll<HTMLTableCellElement>('thead th[data-sortable]').forEach((th) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => this.sortBy(table, th));
    });
  }

  private sortBy(table: HTMLTableElement, th: HTMLTableCellElement): void {
    const index = th.cellIndex;
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('thead th').forEach((h) => h.removeAttribute('aria-sort'));
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const body = table.tBodies[0]!;
    const rows = [...body.rows].map((row) => ({ row, value: sortValue(row.cells[index]) }));
    rows.sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === null ? (b.value === null ? 0 : 1) : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return ascending ? order : -order;
    });
    body.append(...rows.map((r) => r.row));
  }
}

export function defineSortableTable(): void {
  if (!customElements.get('gn-sortable-table'))
    customElements.define('gn-sortable-table', SortableTable);
}
