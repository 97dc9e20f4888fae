/*
 * Optional, for sites that embed a chart: sizes each of our chart iframes to the height its page
 * reports (the embed page posts {type: "gn-embed-height", height} to its parent). Load it once,
 * after the iframes: <script src="…/embed.js" async></script>. Without it the iframe keeps the
 * height written in the snippet.
 */
(function () {
  var origin = new URL(document.currentScript ? document.currentScript.src : location.href).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'gn-embed-height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 10000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source)
        frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
})();
