// Injected by `site preview` into every HTML page it serves (never written to the output folder).
// Listens on a WebSocket for the server's status: a new site id means a good build finished, so
// the page reloads (keeping its scroll position); errors show in an overlay until the next good
// build. A WebSocket rather than server-sent events: browsers allow only six HTTP/1.1
// connections per host, and one event stream per open tab would soon block page loads.
(() => {
  'use strict';
  const script = document.currentScript;
  const socketPath = script.dataset.socket;
  const loadedSite = script.dataset.site;
  const overlayId = 'site-preview-errors';
  const scrollKey = 'site-preview-scroll:' + location.pathname;

  const savedScroll = sessionStorage.getItem(scrollKey);
  if (savedScroll !== null) {
    sessionStorage.removeItem(scrollKey);
    addEventListener('load', () => scrollTo(0, Number(savedScroll)));
  }

  function reload() {
    sessionStorage.setItem(scrollKey, String(scrollY));
    location.reload();
  }

  // Error text is set with textContent only: diagnostics quote the sources, which may hold HTML.
  function showErrors(text) {
    let overlay = document.getElementById(overlayId);
    if (!text) {
      if (overlay) overlay.remove();
      return;
    }
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = overlayId;
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;'
        + 'background:rgba(20,20,20,.94);color:#f6f6f6;font:14px/1.5 ui-monospace,monospace;';
      const close = document.createElement('button');
      close.type = 'button';
      close.textContent = '\u00d7';
      close.title = 'Hide until the next build';
      close.style.cssText = 'position:absolute;top:1rem;right:1rem;font-size:1.5rem;background:none;color:inherit;border:0;cursor:pointer;';
      close.addEventListener('click', () => overlay.remove());
      const title = document.createElement('strong');
      title.textContent = 'The last build failed; this is the previous site.';
      title.style.cssText = 'display:block;color:#ff8080;margin-bottom:1rem;';
      const details = document.createElement('pre');
      details.style.cssText = 'white-space:pre-wrap;margin:0;';
      overlay.append(close, title, details);
      document.body.append(overlay);
    }
    overlay.querySelector('pre').textContent = text;
  }

  let retryDelay = 250;
  function connect() {
    const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + location.host + socketPath);
    socket.addEventListener('open', () => { retryDelay = 250; });
    socket.addEventListener('message', (event) => {
      let status;
      try { status = JSON.parse(event.data); } catch { return; }
      if (status.site !== loadedSite) {
        reload();
        return;
      }
      showErrors(status.errors);
    });
    // The server stopped or restarted: try again, less often while it stays away.
    socket.addEventListener('close', () => {
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 4000);
    });
  }

  connect();
})();
