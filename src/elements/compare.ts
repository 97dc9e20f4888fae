/**
 * <gn-compare>: applies the ?areas=…&indicator=… in the address to the page drawn at build time:
 * the chosen indicator's section only, and in it only the chosen areas' lines, legend entries and
 * table rows. Changing the form updates the address, so the view can be shared.
 */
class Compare extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    const params = new URLSearchParams(location.search);
    const chosen = new Set(
      (params.get('areas') ?? params.getAll('areas').join(',')).split(',').filter(Boolean),
    );
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="areas"]'))
      box.checked = chosen.has(box.value);
    const select = form.querySelector<HTMLSelectElement>('select[name="indicator"]')!;
    const wanted = params.get('indicator');
    if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
    form.addEventListener('change', () => this.apply(true));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.apply(true);
    });
    this.apply(false);
  }

  private apply(remember: boolean): void {
    const form = this.querySelector('form')!;
    const areas = [...form.querySelectorAll<HTMLInputElement>('input[name="areas"]:checked')].map(
      (b) => b.value,
    );
    const indicator = form.querySelector<HTMLSelectElement>('select[name="indicator"]')!.value;
    const status = this.querySelector('.compare-status')!;
    const valid = areas.length >= 2 && areas.length <= 4;
    status.textContent = valid ? '' : (this.dataset.tooFew ?? '');
    if (remember) {
      const url = new URL(location.href);
      url.search = '';
      if (areas.length) url.searchParams.set('areas', areas.join(','));
      url.searchParams.set('indicator', indicator);
      history.replaceState(null, '', url);
    }
    const shown = new Set(valid ? areas : []);
    for (const section of this.querySelectorAll<HTMLElement>('.compare-indicator')) {
      section.hidden = section.dataset.indicator !== indicator;
      for (const el of section.querySelectorAll<Element>('[data-series]')) {
        const visible = !valid || shown.has(el.getAttribute('data-series') ?? '');
        if (el instanceof SVGElement) el.setAttribute('display', visible ? 'inline' : 'none');
        else (el as HTMLElement).hidden = !visible;
      }
    }
  }
}

export function defineCompare(): void {
  if (!customElements.get('gn-compare')) customElements.define('gn-compare', Compare);
}
