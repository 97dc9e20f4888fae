/** <gn-cite>: fills the retrieval date of the citations with today's date, in each language. */
class Cite extends HTMLElement {
  connectedCallback(): void {
    const today = new Date();
    for (const slot of this.querySelectorAll<HTMLElement>('.cite__date')) {
      const vi = slot.dataset.dateLang === 'vi';
      slot.textContent = new Intl.DateTimeFormat(vi ? 'vi-VN' : 'en-GB', {
        day: 'numeric',
        month: vi ? 'numeric' : 'long',
        year: 'numeric',
      }).format(today);
    }
  }
}

export function defineCite(): void {
  if (!customElements.get('gn-cite')) customElements.define('gn-cite', Cite);
}
