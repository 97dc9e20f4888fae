/**
 * <gn-copy data-label="Sao chép" data-done="Đã chép">: adds a button that copies the text of the
 * element inside it (a snippet's <pre>, a citation) to the clipboard and says so in a live
 * region. Without JavaScript (or without clipboard access) there is no button and the text stays
 * selectable as before.
 */
class Copy extends HTMLElement {
  connectedCallback(): void {
    const source = this.firstElementChild;
    if (!source || this.querySelector('.copy__button') || !navigator.clipboard) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button copy__button';
    button.textContent = this.dataset.label ?? 'Copy';
    const said = document.createElement('span');
    said.className = 'copy__status';
    said.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      const text = (source as HTMLElement).innerText.replace(/\s+\n/g, '\n').trim();
      navigator.clipboard.writeText(text).then(
        () => (said.textContent = this.dataset.done ?? ''),
        () => (said.textContent = this.dataset.failed ?? ''),
      );
    });
    this.append(button, said);
  }
}

export function defineCopy(): void {
  if (!customElements.get('gn-copy')) customElements.define('gn-copy', Copy);
}
