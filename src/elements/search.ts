/**
 * <gn-search>: runs the ?q= query through Pagefind's API and lists the results. Pagefind folds
 * accents itself; đ/Đ are folded here in the query and at indexing time (see index-search.ts),
 * so "cho don" finds "Chợ Đồn".
 */
interface PagefindResult {
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}

const foldD = (s: string) => s.replace(/đ/g, 'd').replace(/Đ/g, 'D');

class Search extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const input = this.querySelector('input');
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    if (!input || !status || !list || !query) return;
    input.value = query;
    const messages = JSON.parse(this.dataset.messages ?? '{}') as Record<string, string>;
    const fill = (template: string, values: Record<string, string>) =>
      template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
    status.textContent = messages.loading ?? '';
    const bundle = this.dataset.bundle ?? '/pagefind/';
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    const found = await pagefind.search(foldD(query));
    const results = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((r) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = r.url;
        link.textContent = r.meta.title ?? r.url;
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is escaped text with <mark> around matches; keep only that markup.
        excerpt.innerHTML = r.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = fill(results.length ? (messages.results ?? '') : (messages.none ?? ''), {
      count: String(found.results.length),
      q: query,
    });
  }
}

export function defineSearch(): void {
  if (!customElements.get('gn-search')) customElements.define('gn-search', Search);
}
