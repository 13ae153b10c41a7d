/*
 * Chinese (CJK) search for lunr 2.3.9, the browser twin of the site's C# index writer
 * (LunrPipeline.CjkBigrams in src/Site.Web/Search/Lunr).
 *
 * lunr's trimmer deletes every CJK character, so out of the box nothing Chinese is searchable.
 * The index is built with every run of CJK ideographs split into overlapping bigrams (a run of
 * one stays a unigram): 安全性提升 is indexed as 安全 全性 性提 提升. A query is split the same way
 * and every piece is required, so 安全 and 安全性 both find that page.
 *
 * Load after lunr and before lunr.Index.load, whose index names "cjkBigrams" in its pipeline:
 *   <script src="lunr.min.js"></script>
 *   <script src="search/lunr-cjk.js"></script>
 *   var index = lunr.Index.load(json);
 *   var results = lunrCjk.search(index, "安全性 kubectl");
 *
 * In the browser this defines the global lunrCjk; in node, require() returns a function that
 * takes lunr and returns the same object.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory;
  } else {
    root.lunrCjk = factory(root.lunr);
  }
}(typeof self !== 'undefined' ? self : this, function (lunr) {
  'use strict';

  var IDEOGRAPH = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var WORD_CHARACTER = /[A-Za-z0-9_]/;
  var LEADING_NON_WORD = /^[^A-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/;
  var TRAILING_NON_WORD = /[^A-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

  function isIdeograph(text, i) {
    return IDEOGRAPH.test(text.charAt(i));
  }

  // A piece of a token, with lunr's position metadata moved to where the piece sits.
  function piece(token, text, offset, length) {
    var metadata = {};
    Object.keys(token.metadata).forEach(function (key) {
      metadata[key] = token.metadata[key];
    });
    if (Array.isArray(token.metadata.position)) {
      metadata.position = [token.metadata.position[0] + offset, length];
    }
    return new lunr.Token(text.slice(offset, offset + length), metadata);
  }

  // Pipeline function "cjkBigrams": CJK runs become bigrams; the text between runs stays one
  // token, dropped when it has no word character (punctuation such as "，"); tokens without
  // ideographs pass through untouched.
  function splitCjk(token) {
    var text = token.toString();
    if (!IDEOGRAPH.test(text)) {
      return token;
    }
    var pieces = [];
    var start = 0;
    while (start < text.length) {
      var ideographs = isIdeograph(text, start);
      var end = start + 1;
      while (end < text.length && isIdeograph(text, end) === ideographs) {
        end++;
      }
      if (!ideographs) {
        if (WORD_CHARACTER.test(text.slice(start, end))) {
          pieces.push(piece(token, text, start, end - start));
        }
      } else if (end - start === 1) {
        pieces.push(piece(token, text, start, 1));
      } else {
        for (var i = start; i + 1 < end; i++) {
          pieces.push(piece(token, text, i, 2));
        }
      }
      start = end;
    }
    return pieces;
  }

  // Pipeline function "cjkTrimmer": lunr.trimmer, except that ideographs count as word characters.
  function trimmer(token) {
    return token.update(function (text) {
      return text.replace(LEADING_NON_WORD, '').replace(TRAILING_NON_WORD, '');
    });
  }

  lunr.Pipeline.registerFunction(splitCjk, 'cjkBigrams');
  lunr.Pipeline.registerFunction(trimmer, 'cjkTrimmer');

  var indexPipeline = new lunr.Pipeline();
  indexPipeline.add(splitCjk, trimmer, lunr.stopWordFilter, lunr.stemmer);

  // Sets up a lunr.Builder the way LunrPipeline.CjkBigrams does (for building an index in JS).
  function configure(builder) {
    builder.pipeline.reset();
    builder.pipeline.add(splitCjk, trimmer, lunr.stopWordFilter, lunr.stemmer);
    builder.searchPipeline.reset();
    builder.searchPipeline.add(splitCjk, lunr.stemmer);
  }

  // The distinct index terms of a user's query: tokenized and processed exactly as page text.
  function queryTerms(text) {
    var seen = Object.create(null);
    var terms = [];
    indexPipeline.run(lunr.tokenizer(text)).forEach(function (token) {
      var term = token.toString();
      if (term !== '' && !seen[term]) {
        seen[term] = true;
        terms.push(term);
      }
    });
    return terms;
  }

  // Searches for pages that contain every term (and so every bigram) of the query. Unlike
  // index.search, the query text is never parsed as lunr query syntax.
  function search(index, text) {
    var terms = queryTerms(text);
    if (terms.length === 0) {
      return [];
    }
    return index.query(function (query) {
      terms.forEach(function (term) {
        query.term(term, { usePipeline: false, presence: lunr.Query.presence.REQUIRED });
      });
    });
  }

  return {
    splitCjk: splitCjk,
    trimmer: trimmer,
    configure: configure,
    queryTerms: queryTerms,
    search: search
  };
}));
