/**
 * <gn-chart>: tooltips for the points and bars of a chart drawn at build time. Hover or touch
 * shows a point's value; when the chart has focus, the arrow keys step through the points and a
 * live region reads each one out. The table under the chart stays the full alternative.
 */
class Chart extends HTMLElement {
  private index = -1;
  private tip = document.createElement('p');

  connectedCallback(): void {
    this.tabIndex = 0;
    this.setAttribute('role', 'group');
    this.setAttribute('aria-label', this.dataset.hint ?? '');
    this.tip.className = 'chart__tip';
    this.tip.setAttribute('aria-live', 'polite');
    this.tip.hidden = true;
    this.append(this.tip);
    this.addEventListener('pointerover', (e) => {
      const target = (e.target as Element).closest('[data-tip]');
      if (target) this.show(target);
    });
    this.addEventListener('pointerleave', () => this.hide());
    this.addEventListener('keydown', (e) => this.onKey(e));
    this.addEventListener('blur', () => this.hide());
  }

  /** Points of the SVG that is displayed (the phone or the wide version). */
  private points(): Element[] {
    const visible = [...this.querySelectorAll('.chart__svg')].find(
      (el) => (el as HTMLElement).offsetParent !== null,
    );
    return visible ? [...visible.querySelectorAll('[data-tip]')] : [];
  }

  private onKey(e: KeyboardEvent): void {
    const points = this.points();
    if (!points.length) return;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown')
      this.index = (this.index + 1) % points.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp')
      this.index = (this.index - 1 + points.length) % points.length;
    else if (e.key === 'Escape') return this.hide();
    else return;
    e.preventDefault();
    this.show(points[this.index]!);
  }

  private show(point: Element): void {
    this.querySelectorAll('.is-active').forEach((el) => el.classList.remove('is-active'));
    point.classList.add('is-active');
    this.tip.textContent = point.getAttribute('data-tip');
    const box = point.getBoundingClientRect();
    const own = this.getBoundingClientRect();
    this.tip.style.left = `${Math.max(0, Math.min(box.left - own.left, own.width - 200))}px`;
    this.tip.style.top = `${box.top - own.top - 40}px`;
    this.tip.hidden = false;
  }

  private hide(): void {
    this.tip.hidden = true;
    this.querySelectorAll('.is-active').forEach((el) => el.classList.remove('is-active'));
  }
}

export function defineChart(): void {
  if (!customElements.get('gn-chart')) customElements.define('gn-chart', Chart);
}
