/**
 * <gn-search>: runs the ?q= query through Pagefind's API and lists the results, ten at a time
 * ("more results" lists the next ten and moves focus to the first of them). Pagefind folds
 * accents itself; đ/Đ are folded here in the query and at indexing time (see index-search.ts),
 * so "cho don" finds "Chợ Đồn". An area's result shows its summary (latest poverty rate, year and
 * status) instead of an excerpt.
 */
interface PagefindData {
  url: string;
  meta: { title?: string; summary?: string };
  excerpt: string;
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const PAGE_SIZE = 10;
/**
 * Measured with the search probes (test/browser/checks/search.ts): a match in an area page's
 * `name` (its title, with and without accents) outweighs the body of the pages that mention the
 * area, and a whole-word match outranks a longer word it begins ("bac" before "Bạch", "na" before
 * "Nặm"). Pagefind's defaults (title 5, termSimilarity 1) left 10 of the 82 probes failing.
 */
export const RANKING = { metaWeights: { name: 10 }, termSimilarity: 20 };

const foldD = (s: string) => s.replace(/đ/g, 'd').replace(/Đ/g, 'D');

function item(r: PagefindData): HTMLLIElement {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = r.url;
  link.textContent = r.meta.title ?? r.url;
  const excerpt = document.createElement('p');
  if (r.meta.summary) excerpt.textContent = r.meta.summary;
  // Pagefind's excerpt is escaped text with <mark> around matches; keep only that markup.
  else excerpt.innerHTML = r.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
  li.append(link, excerpt);
  return li;
}

class Search extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const input = this.querySelector('input');
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    const more = this.querySelector<HTMLButtonElement>('.search-more');
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    if (!input || !status || !list || !more || !query) return;
    input.value = query;
    const messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
    const fill = (template: string, values: Record<string, string>) =>
      template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
    status.textContent = messages.loading ?? '';
    const bundle = this.dataset.bundle ?? '/pagefind/';
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 24, ranking: RANKING });
    const found = await pagefind.search(foldD(query));
    let shown = 0;
    const showNext = async (): Promise<HTMLLIElement[]> => {
      const next = found.results.slice(shown, shown + PAGE_SIZE);
      const items = (await Promise.all(next.map((r) => r.data()))).map(item);
      list.append(...items);
      shown += next.length;
      more.hidden = shown >= found.results.length;
      return items;
    };
    list.replaceChildren();
    await showNext();
    status.textContent = fill(shown ? (messages.results ?? '') : (messages.none ?? ''), {
      count: String(found.results.length),
      q: query,
    });
    more.addEventListener('click', () => {
      more.disabled = true;
      void showNext().then((items) => {
        more.disabled = false;
        items[0]?.querySelector('a')?.focus();
      });
    });
  }
}

export function defineSearch(): void {
  if (!customElements.get('gn-search')) customElements.define('gn-search', Search);
}
