/*
 * What a query means, for the site's lunr index: which index terms it asks for, how they are
 * looked up, and which words of a text they match (for highlighting and for choosing the section
 * of a page to link to).
 *
 * A query is split and processed exactly as page text is indexed (lunrCjk: Chinese bigrams,
 * stop words, stemmer), so "StatefulSets" asks for "statefulset" and 安全性 for 安全 and 全性.
 * While the user types, the last word is unfinished, so it is also looked up as a prefix:
 * "state" finds StatefulSet.
 *
 * Needs lunr and lunr-cjk.js. In the browser this defines the global siteSearchQuery; in node,
 * require() returns a function taking (lunr, lunrCjk) and returning the same object.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory;
  } else {
    root.siteSearchQuery = factory(root.lunr, root.lunrCjk);
  }
}(typeof self !== 'undefined' ? self : this, function (lunr, lunrCjk) {
  'use strict';

  var WORD = /[^\s-]+/g; // lunr.tokenizer.separator is /[\s\-]+/: words are what lies between
  var IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var LEADING_NON_WORD = /^[^A-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]*/;
  var ENDS_WITH_SEPARATOR = /[\s-]$/;
  // Boost of the last word as typed over the longer words it starts, so that "diff" ranks pages
  // saying "diff" above pages saying only "different". (As typed, not stemmed: the stem of an
  // unfinished word can be a shorter, other word, "statefuls" is "state".)
  var EXACT_BOOST = 2;

  function toArray(value) {
    if (value === undefined || value === null) return [];
    return Array.isArray(value) ? value : [value];
  }

  /*
   * The words of a text as the index saw them: [{start, end, raw, term}] where start/end locate
   * the word in the text (after lunr's trimmer), raw is the lowercased word, term the indexed term
   * (stemmed) or null for a stop word. Chinese runs become overlapping bigrams, each located.
   */
  function analyze(text) {
    var pieces = [];
    var match;
    WORD.lastIndex = 0;
    while ((match = WORD.exec(text)) !== null) {
      var word = match[0];
      var lowered = word.toLowerCase();
      // toLowerCase can change a string's length (rare letters such as İ); positions are then
      // only approximate, which only affects where a highlight falls.
      var token = new lunr.Token(lowered, { position: [match.index, lowered.length] });
      toArray(lunrCjk.splitCjk(token)).forEach(function (part) {
        var partText = part.toString();
        var lead = LEADING_NON_WORD.exec(partText)[0].length;
        var trimmed = lunrCjk.trimmer(new lunr.Token(partText)).toString();
        if (trimmed === '') return;
        var start = part.metadata.position[0] + lead;
        var kept = lunr.stopWordFilter(new lunr.Token(trimmed));
        pieces.push({
          start: start,
          end: start + trimmed.length,
          raw: trimmed,
          term: kept ? lunr.stemmer(new lunr.Token(trimmed)).toString() : null
        });
      });
    }
    return pieces;
  }

  function mayBePrefix(raw) {
    return raw.length >= 2 || IDEOGRAPH.test(raw);
  }

  /*
   * A parsed query: clauses [{term, prefix}] in the order typed, each distinct. term is the
   * indexed form (stemmed); prefix, set on the last clause only when options.prefix is on and the
   * text does not end with a space, is the word as typed, to be matched as the start of a term.
   */
  function parse(text, options) {
    var prefix = Boolean(options && options.prefix) && !ENDS_WITH_SEPARATOR.test(text);
    var words = analyze(text);
    var clauses = [];
    var seen = Object.create(null);
    words.forEach(function (word, i) {
      if (word.term === null) return; // a stop word: not in the index
      if (i === words.length - 1 && prefix && mayBePrefix(word.raw)) {
        // A word typed twice, once finished and once as the last word: the last one covers both.
        clauses = clauses.filter(function (clause) { return clause.term !== word.term; });
        clauses.push({ term: word.term, prefix: word.raw });
        return;
      }
      if (seen[word.term]) return;
      seen[word.term] = true;
      clauses.push({ term: word.term, prefix: null });
    });
    return { text: text, clauses: clauses };
  }

  // One lunr query; lastAsPrefix: whether the last clause is looked up by its prefix.
  function runOnce(index, parsed, presence, lastAsPrefix) {
    return index.query(function (query) {
      parsed.clauses.forEach(function (clause) {
        if (clause.prefix !== null && lastAsPrefix) {
          query.term(clause.prefix, { usePipeline: false, presence: presence, wildcard: lunr.Query.wildcard.TRAILING });
          query.term(clause.prefix, { usePipeline: false, presence: lunr.Query.presence.OPTIONAL, boost: EXACT_BOOST });
        } else {
          query.term(clause.term, { usePipeline: false, presence: presence });
        }
      });
    });
  }

  /*
   * Runs a parsed query on one lunr index. mode "all": every clause required (lunrCjk.search
   * semantics); mode "any": any clause suffices (lunr's default OR). Returns lunr results.
   *
   * The last word, when unfinished, finds the pages with a term starting as typed ("state":
   * statefulset) and those with the word itself, stemmed: the stemmer may shorten a word below
   * what was typed ("statefuls" is "state", "policy" is "polici"), and lunr has no "either term
   * required", so that takes a second query, and each page is kept once, at its better score.
   */
  function run(index, parsed, mode) {
    if (parsed.clauses.length === 0) return [];
    var presence = mode === 'all' ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL;
    var last = parsed.clauses[parsed.clauses.length - 1];
    if (last.prefix === null) return runOnce(index, parsed, presence, false);
    var byPrefix = runOnce(index, parsed, presence, true);
    if (last.term.indexOf(last.prefix) === 0) return byPrefix; // the prefix covers the stemmed word
    var best = Object.create(null);
    byPrefix.concat(runOnce(index, parsed, presence, false)).forEach(function (result) {
      if (!best[result.ref] || best[result.ref].score < result.score) best[result.ref] = result;
    });
    return Object.keys(best).map(function (ref) { return best[ref]; })
      .sort(function (a, b) { return b.score - a.score; });
  }

  // The index of the clause a word of text answers, or -1.
  function clauseOf(parsed, word) {
    for (var i = 0; i < parsed.clauses.length; i++) {
      var clause = parsed.clauses[i];
      if (word.term !== null && word.term === clause.term) return i;
      var prefix = clause.prefix;
      if (prefix !== null && (word.raw.indexOf(prefix) === 0 || (word.term !== null && word.term.indexOf(prefix) === 0))) return i;
    }
    return -1;
  }

  /*
   * Where a text matches the query: {ranges: [[start, end], ...] sorted and merged (overlapping
   * bigrams join into one range), clauses: the indexes of the clauses matched}.
   */
  function matchesIn(parsed, text) {
    var ranges = [];
    var clauses = Object.create(null);
    analyze(text).forEach(function (word) {
      var clause = clauseOf(parsed, word);
      if (clause < 0) return;
      clauses[clause] = true;
      var previous = ranges[ranges.length - 1];
      if (previous && word.start <= previous[1]) {
        previous[1] = Math.max(previous[1], word.end);
      } else {
        ranges.push([word.start, word.end]);
      }
    });
    return { ranges: ranges, clauses: Object.keys(clauses).map(Number) };
  }

  return {
    analyze: analyze,
    parse: parse,
    run: run,
    matchesIn: matchesIn
  };
}));
