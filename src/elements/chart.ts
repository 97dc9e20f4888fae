/**
 * <gn-chart>: tooltips for the points and bars of a chart drawn at build time. Hover or touch
 * shows a point's value; when the chart has focus, the arrow keys step through the points and a
 * live region reads each one out. The table under the chart stays the full alternative.
 *
 * It also adds the PNG download to the figure's list of downloads: a button that draws the wide
 * SVG onto a canvas at twice its size, on white, and saves it as data-png-name. No PNG is
 * rasterised at build time, so without JavaScript there is no PNG button (the CSV and SVG
 * downloads are plain files). The SVG is loaded as a data: URL, which img-src already allows.
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
    this.addPngButton();
  }

  /** A "PNG" button after the figure's other downloads, if the chart says what to call the file. */
  private addPngButton(): void {
    const { pngLabel, pngName } = this.dataset;
    const list = this.closest('figure')?.querySelector('ul.downloads');
    if (!pngLabel || !pngName || !list || list.querySelector('[data-download="png"]')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'downloads__button';
    button.dataset.download = 'png';
    button.textContent = pngLabel;
    button.addEventListener('click', () => {
      button.disabled = true;
      void this.downloadPng(pngName).finally(() => (button.disabled = false));
    });
    const item = document.createElement('li');
    item.append(button);
    list.append(item);
  }

  /** Draws the wide SVG at 2× onto a white canvas and saves it as `name`. */
  private async downloadPng(name: string): Promise<void> {
    const source = this.querySelector('.chart__svg--wide svg');
    if (!(source instanceof SVGSVGElement)) return;
    const svg = source.cloneNode(true) as SVGSVGElement;
    svg.querySelectorAll('.is-active').forEach((el) => el.classList.remove('is-active'));
    const width = Number(svg.getAttribute('width')) || source.viewBox.baseVal.width;
    const height = Number(svg.getAttribute('height')) || source.viewBox.baseVal.height;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    // The download has taken the blob by the time the click returns; free it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
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
