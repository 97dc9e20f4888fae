/**
 * The language switch carries what the address holds beyond the page: a search's ?q=, the
 * comparison's chosen areas, the map's indicator and year (all kept in the query string, the
 * same in both languages), and the anchor. Without JavaScript it leads to the page itself.
 * The link is updated when it is about to be used, since pages change their address in place.
 */
export function defineLangSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.lang-switch')) {
    const page = link.getAttribute('href') ?? '';
    const update = () => {
      const url = new URL(page, location.href);
      url.search = location.search;
      url.hash = location.hash;
      link.href = url.href;
    };
    for (const event of ['pointerdown', 'focus', 'mouseover', 'click', 'contextmenu'])
      link.addEventListener(event, update);
  }
}
