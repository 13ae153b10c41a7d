// The search box in every page's header (an ARIA combobox with a listbox of results), the "/"
// shortcut, and the loading of everything else on first use: lunr, the Chinese pipeline, the
// query and result code and the index itself are fetched only when someone focuses the box or
// opens the search page, so reading a page costs this one small script.
(function () {
  "use strict";
  const input = document.getElementById("site-search-input");
  const form = input && input.closest("form[data-search]");
  const listbox = document.getElementById("site-search-results");
  if (!form || !listbox) return;
  const status = document.getElementById("site-search-status") || createStatus();
  const script = document.currentScript;

  const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute("content") ?? "";
  const base = meta("site-base") || "/";
  const indexFolder = new URL(meta("site-search-index") || base + "search/", location.href).href;
  const language = document.documentElement.lang || "en";
  const strings = {
    noResults: input.dataset.noResults || "No results for “{0}”.",
    loading: input.dataset.loading || "Loading…",
    section: input.dataset.sectionLabel || "Section",
    count: input.dataset.count || "{0}",
    // The count for exactly one result, already filled in ("1 result"): the singular, where the language has one.
    countOne: input.dataset.countOne,
    error: input.dataset.error || "Search is not available.",
  };
  const pageForm = document.querySelector("form[data-search-page]");
  const BOX_RESULTS = 8;
  const TYPING_PAUSE_MS = 80;

  // ---- Loading on first use -------------------------------------------------------------------

  // Scripts next to this one, with its version query so a new build is not served from cache.
  function asset(name) {
    const own = new URL(script?.src || base + "assets/search.js", location.href);
    const url = new URL(name, own);
    url.search = own.search;
    return url.href;
  }

  // Inserted scripts with async = false run in insertion order: lunr before its plugins.
  function loadScript(url) {
    return new Promise((resolve, reject) => {
      const element = document.createElement("script");
      element.src = url;
      element.async = false;
      element.onload = resolve;
      element.onerror = () => reject(new Error("Could not load " + url));
      document.head.appendChild(element);
    });
  }

  const listeners = [];
  let engine = null;

  // The index, loading; resolves to siteSearchShards' {search, state} once the scripts have run.
  function loadEngine() {
    if (engine) return engine;
    // The manifest is fetched while the scripts load: one round trip less before the shards.
    // Revalidated (a 304 when unchanged): it names the shards of the site as deployed now, each
    // with its version, so no shard is paired with a cached file of an older build.
    const manifest = fetch(new URL("manifest.json", indexFolder), { credentials: "same-origin", cache: "no-cache" }).then((response) => {
      if (!response.ok) throw new Error("manifest.json: HTTP " + response.status);
      return response.json();
    });
    manifest.catch(() => {}); // reported through the engine's state, not as an unhandled rejection
    const scripts = ["lunr.min.js", "search/lunr-cjk.js", "search/query.js", "search/shards.js", "search/results.js"];
    if (pageForm) scripts.push("search/page.js");
    engine = Promise.all(scripts.map((name) => loadScript(asset(name))))
      .then(() => window.siteSearchShards.open(indexFolder, language, manifest, () => listeners.forEach((listener) => listener())));
    return engine;
  }

  // ---- The header box -------------------------------------------------------------------------

  let ready = null;        // the engine once loaded
  let loadFailed = false;
  let shownText = null;    // the query the listed results answer
  let active = -1;         // index of the selected option, -1: none
  let timer = 0;
  let started = false;
  // True after the reader moved above the first result: Enter then opens the search page.
  let wasDeselected = false;

  function createStatus() {
    const element = document.createElement("p");
    element.id = "site-search-status";
    element.className = "site-search__status site-search__status--quiet";
    element.setAttribute("role", "status");
    listbox.after(element);
    return element;
  }

  function options() {
    return Array.from(listbox.querySelectorAll("[role=option]"));
  }

  function showStatus(text, quiet) {
    status.textContent = text;
    status.classList.toggle("site-search__status--quiet", Boolean(quiet));
  }

  function setExpanded(expanded) {
    listbox.hidden = !expanded;
    input.setAttribute("aria-expanded", String(expanded));
    if (!expanded) select(-1);
  }

  function close() {
    clearTimeout(timer);
    setExpanded(false);
    showStatus("", true);
  }

  function select(index) {
    const all = options();
    active = index >= 0 && index < all.length ? index : -1;
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    if (active < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    input.setAttribute("aria-activedescendant", all[active].id);
    scrollIntoList(all[active]);
  }

  // Keeps the selected option visible by scrolling the list only (scrollIntoView would also
  // scroll the page, sideways too when the list is wider than the space left of the box).
  function scrollIntoList(option) {
    const top = option.offsetTop;
    const bottom = top + option.offsetHeight;
    if (top < listbox.scrollTop) listbox.scrollTop = top;
    else if (bottom > listbox.scrollTop + listbox.clientHeight) listbox.scrollTop = bottom - listbox.clientHeight;
  }

  function start() {
    if (started) return;
    started = true;
    loadEngine().then(
      (loaded) => { ready = loaded; update(); },
      () => { loadFailed = true; update(); });
  }

  // Shows the results for what is in the box now (and what is loaded now).
  function update() {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text || document.activeElement !== input) {
      if (!text) close();
      return;
    }
    const state = ready?.state();
    if (loadFailed || (state?.failed && state.loaded === 0)) {
      setExpanded(false);
      showStatus(strings.error);
      return;
    }
    if (!ready || state.loaded === 0) {
      setExpanded(false);
      showStatus(strings.loading);
      return;
    }
    const result = ready.search(text, BOX_RESULTS);
    if (result.hits.length === 0) {
      setExpanded(false);
      showStatus(result.complete ? window.siteSearchResults.format(strings.noResults, text) : state.failed ? strings.error : strings.loading);
      shownText = text;
      return;
    }
    render(text, result);
  }

  function render(text, result) {
    // The same query again (a shard arrived): keep the reader's selection where it was.
    const sameQuery = text === shownText;
    const selectedRef = sameQuery && active >= 0 ? options()[active]?.dataset.ref : null;
    const nodes = result.hits.map((hit, i) => {
      const option = window.siteSearchResults.render(hit, result.query, { base, sectionLabel: strings.section });
      option.id = "site-search-option-" + i;
      option.dataset.ref = hit.ref;
      option.setAttribute("role", "option");
      option.setAttribute("tabindex", "-1"); // focus stays in the box; arrows move the selection
      return option;
    });
    listbox.replaceChildren(...nodes);
    shownText = text;
    listbox.dataset.query = text; // which query the list answers (Enter and tests check it)
    setExpanded(true);
    let index = 0;
    if (sameQuery && wasDeselected) {
      index = -1;
    } else if (selectedRef) {
      index = Math.max(0, nodes.findIndex((node) => node.dataset.ref === selectedRef));
    }
    select(index);
    showStatus(result.total === 1 && strings.countOne ? strings.countOne : window.siteSearchResults.format(strings.count, result.total), true);
  }

  function move(step) {
    const count = options().length;
    if (listbox.hidden || count === 0) {
      wasDeselected = false; // reopening selects the first result again
      update();
      return;
    }
    let next = active + step;
    if (next < -1) next = count - 1;
    if (next >= count) next = -1;
    wasDeselected = next < 0;
    select(next);
  }

  input.addEventListener("focus", () => {
    start();
    if (input.value.trim()) update();
  });
  input.addEventListener("input", () => {
    wasDeselected = false;
    start();
    clearTimeout(timer);
    timer = setTimeout(update, TYPING_PAUSE_MS);
  });
  input.addEventListener("keydown", (event) => {
    // Keys that choose among an input method's candidates (Chinese) are not ours.
    if (event.isComposing || event.keyCode === 229) return;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        move(1);
        break;
      case "ArrowUp":
        event.preventDefault();
        move(-1);
        break;
      case "Escape":
        if (!listbox.hidden || status.textContent) {
          event.preventDefault();
          close();
        }
        break;
      case "Enter": {
        // Results for an older query may still be listed: then the search page answers this one.
        const option = active >= 0 && shownText === input.value.trim() && !listbox.hidden ? options()[active] : null;
        if (option) {
          event.preventDefault();
          location.assign(option.href);
        }
        break; // otherwise the form goes to /search/?q=
      }
    }
  });
  // Clicking a result must not blur the box first (which would close the list under the pointer).
  listbox.addEventListener("mousedown", (event) => event.preventDefault());
  form.addEventListener("focusout", (event) => {
    if (!form.contains(event.relatedTarget)) close();
  });

  listeners.push(() => {
    if (document.activeElement === input) update();
  });

  // "/" anywhere but in a field jumps to the box.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof Element && (target.isContentEditable || target.closest("input, textarea, select, [contenteditable]"))) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  // ---- The search page ------------------------------------------------------------------------

  if (pageForm) {
    const pageStatus = document.querySelector(".search-page__status");
    if (pageStatus && new URLSearchParams(location.search).get("q")) pageStatus.textContent = strings.loading;
    loadEngine().then(
      (loaded) => window.siteSearchPage.attach({ form: pageForm, engine: loaded, listeners, base, strings }),
      () => { if (pageStatus) pageStatus.textContent = strings.error; });
  }
})();
