#!/usr/bin/env node
// Builds lunr.js 2.3.9 indexes and runs queries on them: the reference the C# index writer is
// compared with (tests/Site.Web.Tests/Search).
//
// usage: node build-index.js CASES.json > REPORT.json
//
// CASES.json: {"cases": [{
//   "name": "...",
//   "pipeline": "default" | "cjk",            // cjk: theme/assets/search/lunr-cjk.js
//   "fields": [{"name": "title", "boost": 10}],
//   "metadataWhitelist": ["position"],         // optional
//   "documents": [{"ref": "a", "boost": 2, "values": {"title": "text" | ["item"] | null}}],
//   "queries": ["kubectl diff"],
//   "ours": "/path/to/our-index.json"          // optional: an index to load and query alongside
// }]}
//
// REPORT.json: {"cases": [{"name", "index": JSON.stringify(idx), "searches": [{"query", "mode",
//   "lunr": results, "ours": results}]}]}, where mode is "search" (idx.search) or "cjk"
//   (lunrCjk.search) and results are [{"ref", "score"}] or {"error": message}.
'use strict';

const fs = require('fs');
const path = require('path');
const lunr = require('lunr');
const lunrCjk = require(path.join(__dirname, '../../theme/assets/search/lunr-cjk.js'))(lunr);

function build(testCase) {
  return lunr(function () {
    if (testCase.pipeline === 'cjk') {
      lunrCjk.configure(this);
    } else if (testCase.pipeline !== 'default') {
      throw new Error('unknown pipeline ' + testCase.pipeline);
    }
    this.ref('ref');
    this.metadataWhitelist = testCase.metadataWhitelist || [];
    testCase.fields.forEach((field) => {
      const attributes = { extractor: (doc) => doc.values[field.name] };
      if (field.boost !== undefined) {
        attributes.boost = field.boost;
      }
      this.field(field.name, attributes);
    });
    testCase.documents.forEach((doc) => {
      if (doc.boost === undefined) {
        this.add(doc);
      } else {
        this.add(doc, { boost: doc.boost });
      }
    });
  });
}

function run(search) {
  try {
    return search().map((result) => ({ ref: result.ref, score: result.score }));
  } catch (error) {
    return { error: String(error && error.message || error) };
  }
}

function load(file) {
  try {
    return { index: lunr.Index.load(JSON.parse(fs.readFileSync(file, 'utf8'))) };
  } catch (error) {
    return { error: String(error && error.message || error) };
  }
}

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const report = input.cases.map((testCase) => {
  const index = build(testCase);
  const ours = testCase.ours ? load(testCase.ours) : null;
  const searches = [];
  (testCase.queries || []).forEach((query) => {
    const modes = {
      search: (idx) => () => idx.search(query),
      cjk: (idx) => () => lunrCjk.search(idx, query),
    };
    Object.keys(modes).forEach((mode) => {
      searches.push({
        query,
        mode,
        lunr: run(modes[mode](index)),
        ours: ours === null ? null : ours.error ? { error: 'load: ' + ours.error } : run(modes[mode](ours.index)),
      });
    });
  });
  return { name: testCase.name, index: JSON.stringify(index), searches };
});
process.stdout.write(JSON.stringify({ cases: report }));
