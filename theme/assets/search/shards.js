/*
 * The site's search index in the browser: the manifest, then every shard (a lunr index and the
 * documents it refers to) loaded as it arrives, and queries answered from the shards loaded so
 * far, merged by score. Each result carries its page's best-matching section, so a result can
 * link to url#anchor and show where the words occur.
 *
 * Needs lunr, lunr-cjk.js and query.js. Defines the global siteSearchShards.
 */
(function (root) {
  'use strict';

  var query = root.siteSearchQuery;
  // How much a match in a section's heading counts over one in its text (as in the index:
  // headings are boosted over body text).
  var HEADING_WEIGHT = 4;

  // cache: "no-cache" for the manifest (see search.js); shards carry their version in the address.
  function fetchJson(url, cache) {
    return fetch(url, { credentials: 'same-origin', cache: cache || 'default' }).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      return response.json();
    });
  }

  /*
   * The section of a page that best answers the query: [anchor|null, heading, snippet], or null
   * when no section mentions any word of it. The most distinct words wins, then words in the
   * heading, then the earlier section.
   */
  function bestSection(document, parsed) {
    var best = null;
    var bestScore = 0;
    (document.sections || []).forEach(function (section) {
      var heading = query.matchesIn(parsed, section[1] || '').clauses;
      var text = query.matchesIn(parsed, section[2] || '').clauses;
      var distinct = {};
      heading.concat(text).forEach(function (clause) { distinct[clause] = true; });
      var score = Object.keys(distinct).length * 100 + heading.length * HEADING_WEIGHT + text.length;
      if (score > bestScore) {
        best = section;
        bestScore = score;
      }
    });
    return best;
  }

  // Shards holding pages in the reader's language first: their results matter most and show first.
  function byLanguage(shards, language) {
    var mine = [];
    var others = [];
    shards.forEach(function (shard) {
      var languages = String(shard.languages || '').split(',');
      (languages.indexOf(language) >= 0 ? mine : others).push(shard);
    });
    return mine.concat(others);
  }

  /*
   * Starts loading the index in folder (a URL ending in "/"). manifest: optionally, a promise of
   * the manifest already being fetched. onChange is called each time a shard is ready or loading
   * fails. Returns {search, state}.
   */
  function open(folder, language, manifest, onChange) {
    var loaded = [];
    var total = null;
    var failed = null;

    function changed() {
      try {
        onChange();
      } catch (error) {
        // A listener's failure must not stop the other shards from loading.
        setTimeout(function () { throw error; });
      }
    }

    function fail(error) {
      failed = error;
      changed();
    }

    function loadShard(shard) {
      return Promise.all([
        fetchJson(new URL(shard.index, folder).href),
        fetchJson(new URL(shard.documents, folder).href)
      ]).then(function (files) {
        loaded.push({ index: root.lunr.Index.load(files[0]), documents: files[1] });
        changed();
      });
    }

    (manifest || fetchJson(new URL('manifest.json', folder).href, 'no-cache')).then(function (content) {
      var queue = byLanguage(content.shards || [], language);
      total = queue.length;
      changed();
      // Two at a time: one downloads while the other is parsed, and a large site does not hold
      // every shard's text in memory at once.
      function next() {
        var shard = queue.shift();
        return shard ? loadShard(shard).then(next) : Promise.resolve();
      }
      return Promise.all([next(), next()]);
    }).catch(fail);

    // Loading state: {loaded, total (null until the manifest is read), failed (an Error or null)}.
    function state() {
      return { loaded: loaded.length, total: total, failed: failed };
    }

    function runOn(parsed, mode) {
      var results = [];
      loaded.forEach(function (shard) {
        query.run(shard.index, parsed, mode).forEach(function (result) {
          // A shard's refs are positions in its documents array; across shards a page is its URL.
          var document = shard.documents[result.ref];
          if (document) results.push({ ref: document.url, score: result.score, document: document });
        });
      });
      return results;
    }

    /*
     * Pages matching text in the shards loaded so far: {query, hits, total, mode, complete}. hits
     * (at most limit) are {ref, score, document, section}, best first; mode is "all" when every
     * word matched, "any" when no page had them all and pages with some of them are shown.
     */
    function search(text, limit) {
      var parsed = query.parse(text, { prefix: true });
      var mode = 'all';
      var results = runOn(parsed, mode);
      if (results.length === 0) {
        mode = 'any';
        results = runOn(parsed, mode);
      }
      // Scores of different shards are comparable enough to merge: same fields, same boosts.
      results.sort(function (a, b) {
        return b.score - a.score || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
      });
      var hits = results.slice(0, limit).map(function (result) {
        result.section = bestSection(result.document, parsed);
        return result;
      });
      return {
        query: parsed,
        hits: hits,
        total: results.length,
        mode: mode,
        complete: total !== null && loaded.length === total
      };
    }

    return { search: search, state: state };
  }

  root.siteSearchShards = { open: open, bestSection: bestSection };
}(self));
