/**
 * On an embed page: tells the page that holds the iframe how tall the content is, whenever that
 * changes (a table opened, a narrower frame), as {type: "gn-embed-height", height} by
 * postMessage. The host's optional embed.js (public/embed.js) sets the iframe's height from it.
 */
export function postEmbedHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'gn-embed-height', height }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}
