/*
 * The search page (/search/?q=...): runs the query in the address, lists the results, and keeps
 * the address in step with the box (history.replaceState) so the view can be shared. Results
 * fill in as shards arrive. Without JavaScript the form still submits the same address.
 *
 * Loaded by search.js on the search page only. Needs results.js. Defines siteSearchPage.
 */
(function (root) {
  'use strict';

  var PAGE_RESULTS = 100;
  var TYPING_PAUSE_MS = 150;

  /*
   * options: {form (form[data-search-page]), engine (siteSearchShards' {search, state}),
   * listeners (called when a shard arrives), base (the site's base path), strings (localized
   * loading / no results / error / section label, from the header box's data attributes)}.
   */
  function attach(options) {
    var form = options.form;
    var input = form.querySelector('input[name="q"]');
    var status = document.querySelector('.search-page__status');
    var list = document.querySelector('[data-search-page-results]');
    if (!input || !status || !list) return;
    var render = root.siteSearchResults;
    var strings = options.strings;
    var timer = 0;

    function rememberInAddress(text) {
      var params = new URLSearchParams(location.search);
      if (text) params.set('q', text); else params.delete('q');
      var search = params.toString();
      history.replaceState(history.state, '', location.pathname + (search ? '?' + search : '') + location.hash);
    }

    function show(hits, parsed) {
      list.replaceChildren.apply(list, hits.map(function (hit) {
        var item = document.createElement('li');
        item.appendChild(render.render(hit, parsed, { base: options.base, sectionLabel: strings.section }));
        return item;
      }));
    }

    function run() {
      clearTimeout(timer);
      var text = input.value.trim();
      var state = options.engine.state();
      if (!text) {
        show([], null);
        status.textContent = '';
        return;
      }
      if (state.failed && state.loaded === 0) {
        status.textContent = strings.error;
        return;
      }
      if (state.loaded === 0) {
        status.textContent = strings.loading;
        return;
      }
      var result = options.engine.search(text, PAGE_RESULTS);
      show(result.hits, result.query);
      if (result.hits.length > 0) {
        status.textContent = result.total === 1 && status.dataset.countOne ? status.dataset.countOne : render.format(status.dataset.count, result.total);
      } else {
        status.textContent = result.complete ? render.format(strings.noResults, text) : state.failed ? strings.error : strings.loading;
      }
    }

    // This script arrives after the engine's, so the reader may have typed already: what they typed
    // wins over the address (and goes into it); an untouched box takes the address's query.
    var typed = input.value.trim();
    var addressed = new URLSearchParams(location.search).get('q') || '';
    if (typed && typed !== addressed.trim()) {
      rememberInAddress(typed);
    } else {
      input.value = addressed;
    }
    run();
    options.listeners.push(run);
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        rememberInAddress(input.value.trim());
        run();
      }, TYPING_PAUSE_MS);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      rememberInAddress(input.value.trim());
      run();
    });
  }

  root.siteSearchPage = { attach: attach };
}(self));
