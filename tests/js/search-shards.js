// Runs the site's browser search (theme/assets/search: lunr-cjk.js, query.js, shards.js) in node
// over a search folder the C# writer made, with lunr.js 2.3.9, and prints the hits of each query.
//
//   node search-shards.js SEARCH_FOLDER QUERY...
//   -> [{"query": "...", "complete": true, "hits": [{"ref": "/p1/", "url": "/p1/", "score": 1.2}]}]
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const vm = require('vm');

const assets = path.join(__dirname, '../../theme/assets/search');
const lunr = require('lunr');
const lunrCjk = require(path.join(assets, 'lunr-cjk.js'))(lunr);
const siteSearchQuery = require(path.join(assets, 'query.js'))(lunr, lunrCjk);

// shards.js is a browser script: it defines siteSearchShards on self and fetches with fetch().
globalThis.self = globalThis;
globalThis.lunr = lunr;
globalThis.lunrCjk = lunrCjk;
globalThis.siteSearchQuery = siteSearchQuery;
globalThis.fetch = async (url) => {
  const file = new URL(url);
  file.search = ''; // shards are asked for as "index-1.json?v=<version>"
  if (!fs.existsSync(file)) return { ok: false, status: 404 };
  const text = fs.readFileSync(file, 'utf8');
  return { ok: true, status: 200, json: async () => JSON.parse(text) };
};
vm.runInThisContext(fs.readFileSync(path.join(assets, 'shards.js'), 'utf8'), { filename: 'shards.js' });

const [folder, ...queries] = process.argv.slice(2);
const folderUrl = pathToFileURL(path.resolve(folder)).href + '/';
new Promise((resolve, reject) => {
  const engine = self.siteSearchShards.open(folderUrl, 'en', null, () => {
    const state = engine && engine.state();
    if (!state) return;
    if (state.failed) reject(state.failed);
    else if (state.total !== null && state.loaded === state.total) resolve(engine);
  });
}).then((engine) => {
  const out = queries.map((query) => {
    const result = engine.search(query, 100);
    return {
      query,
      complete: result.complete,
      hits: result.hits.map((hit) => ({ ref: hit.ref, url: hit.document.url, score: hit.score })),
    };
  });
  process.stdout.write(JSON.stringify(out));
}, (error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exit(1);
});
