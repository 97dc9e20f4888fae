/**
 * <gn-search>: runs the ?q= query through Pagefind's API and lists the results, ten at a time
 * ("more results" lists the next ten and moves focus to the first of them). Pagefind folds
 * accents itself; đ/Đ are folded here in the query and at indexing time (see index-search.ts),
 * so "cho don" finds "Chợ Đồn". An area's result shows its summary (latest poverty rate, year and
 * status) instead of an excerpt.
 *
 * Bytes of a cold query: each result's url, title and summary come from results.<lang>.json (one
 * small file per language, written by index-search.ts), so the list shows at once; a result's
 * Pagefind fragment (a few KB) is fetched only for its excerpt, when the result comes near the
 * screen. Pagefind runs without its web worker (12 KB more script).
 */
interface PagefindData {
  url: string;
  meta: { title?: string; summary?: string };
  excerpt: string;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] }>;
}
/** [url, title, summary?] by Pagefind's page id; see writeResultEntries in index-search.ts. */
type Entries = Record<string, [string, string, string?]>;

const PAGE_SIZE = 10;
/** How far below the screen a result's excerpt is already fetched. */
const EXCERPT_MARGIN = '0px 0px 200px 0px';
/**
 * Measured with the search probes (test/browser/checks/search.ts): a match in an area page's
 * `name` (its title, with and without accents) outweighs the body of the pages that mention the
 * area, and a whole-word match outranks a longer word it begins ("bac" before "Bạch", "na" before
 * "Nặm"). Pagefind's defaults (title 5, termSimilarity 1) left 10 of the 82 probes failing.
 */
export const RANKING = { metaWeights: { name: 10 }, termSimilarity: 20 };

const foldD = (s: string) => s.replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Pagefind's excerpt is escaped text with <mark> around matches; keep only that markup. */
const fillExcerpt = (p: HTMLElement, data: PagefindData) => {
  if (data.meta.summary) p.textContent = data.meta.summary;
  else p.innerHTML = data.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
};

function item(url: string, title: string): { li: HTMLLIElement; excerpt: HTMLParagraphElement } {
  const li = document.createElement('li');
  const link = document.createElement('a');
  link.href = url;
  link.textContent = title;
  const excerpt = document.createElement('p');
  li.append(link, excerpt);
  return { li, excerpt };
}

async function loadEntries(bundle: string): Promise<Entries> {
  const lang = document.documentElement.lang.toLowerCase() || 'unknown';
  try {
    const response = await fetch(`${bundle}results.${lang}.json`);
    return response.ok ? ((await response.json()) as Entries) : {};
  } catch {
    return {};
  }
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
    const [pagefind, entries] = await Promise.all([
      import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>,
      loadEntries(bundle),
    ]);
    // No web worker: 12 KB of script less (Search.astro allows the WASM on the main thread).
    await pagefind.options({ excerptLength: 24, ranking: RANKING, noWorker: true });
    const found = await pagefind.search(foldD(query));

    // Excerpts: fetched as their result nears the screen.
    const pending = new Map<Element, PagefindResult>();
    const observer = new IntersectionObserver(
      (seen) => {
        for (const e of seen) {
          const result = pending.get(e.target);
          if (!e.isIntersecting || !result) continue;
          pending.delete(e.target);
          observer.unobserve(e.target);
          // A fragment that fails to load leaves the result without its excerpt.
          result.data().then(
            (data) => fillExcerpt(e.target as HTMLElement, data),
            () => undefined,
          );
        }
      },
      { rootMargin: EXCERPT_MARGIN },
    );

    let shown = 0;
    const showNext = async (): Promise<HTMLLIElement[]> => {
      const next = found.results.slice(shown, shown + PAGE_SIZE);
      const items = await Promise.all(
        next.map(async (r) => {
          const entry = entries[r.id];
          if (!entry) {
            // Not in results.<lang>.json (an index without it): the fragment, as Pagefind gives it.
            const data = await r.data();
            const made = item(data.url, data.meta.title ?? data.url);
            fillExcerpt(made.excerpt, data);
            return made.li;
          }
          const [url, title, summary] = entry;
          const made = item(url, title);
          if (summary) made.excerpt.textContent = summary;
          else {
            pending.set(made.excerpt, r);
            observer.observe(made.excerpt);
          }
          return made.li;
        }),
      );
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
