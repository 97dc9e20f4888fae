/**
 * <gn-area-filter>: narrows the lists to the areas whose name (folded, so "cho don" finds
 * "Chợ Đồn") contains what is typed, opening the groups that match. Without it, nothing hides.
 * The keys in data-fold are folded at build with the same function, so both sides agree.
 */
import { foldVietnamese } from '../lib/text/fold.ts';

class AreaFilter extends HTMLElement {
  connectedCallback(): void {
    const box = this.querySelector<HTMLElement>('.area-filter');
    const input = box?.querySelector('input');
    const status = box?.querySelector('.area-filter__status');
    if (!box || !input || !status) return;
    const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-fold]')];
    const groups = [...this.querySelectorAll<HTMLDetailsElement>('details[data-group-fold]')];
    const apply = () => {
      const query = foldVietnamese(input.value).toLowerCase().trim();
      for (const group of groups) {
        const whole = query !== '' && (group.dataset.groupFold ?? '').includes(query);
        let inGroup = 0;
        for (const row of group.querySelectorAll<HTMLTableRowElement>('tr[data-fold]')) {
          row.hidden = query !== '' && !whole && !(row.dataset.fold ?? '').includes(query);
          if (!row.hidden) inGroup++;
        }
        group.hidden = query !== '' && inGroup === 0;
        group.open = query !== '' && inGroup > 0;
      }
      for (const row of rows) {
        if (row.closest('details')) continue;
        row.hidden = query !== '' && !(row.dataset.fold ?? '').includes(query);
      }
      const shown = rows.filter((r) => !r.hidden).length;
      status.textContent = query
        ? (this.dataset.count ?? '').replace('{count}', String(shown))
        : '';
    };
    input.addEventListener('input', apply);
    box.hidden = false;
    if (input.value) apply();
  }
}

export function defineAreaFilter(): void {
  if (!customElements.get('gn-area-filter')) customElements.define('gn-area-filter', AreaFilter);
}
