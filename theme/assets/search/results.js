/*
 * One search result as a link: title, site area and section, release badge, and a snippet, with
 * the words of the query marked. Built with DOM calls and textContent only: titles and snippets
 * come from the pages and are never parsed as HTML.
 *
 * Needs query.js. Defines the global siteSearchResults.
 */
(function (root) {
  'use strict';

  var query = root.siteSearchQuery;

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // Appends text to parent, the parts that match the query as <mark> elements.
  function appendHighlighted(parent, text, parsed) {
    var at = 0;
    query.matchesIn(parsed, text).ranges.forEach(function (range) {
      if (range[0] > at) parent.appendChild(document.createTextNode(text.slice(at, range[0])));
      parent.appendChild(element('mark', null, text.slice(range[0], range[1])));
      at = range[1];
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  // The page's address under the site's base path ("/repo/"), with the section's anchor.
  function href(base, hit) {
    var url = base.replace(/\/+$/, '') + hit.ref;
    var anchor = hit.section && hit.section[0];
    return anchor ? url + '#' + encodeURIComponent(anchor) : url;
  }

  /*
   * The link for one hit of siteSearchShards' search. options: {base (the site's base path),
   * sectionLabel (localized word for "Section", read by screen readers)}.
   */
  function render(hit, parsed, options) {
    var document_ = hit.document;
    var link = element('a', 'search-result');
    link.setAttribute('href', href(options.base, hit));
    link.setAttribute('lang', document_.language || '');

    var head = link.appendChild(element('span', 'search-result__head'));
    appendHighlighted(head.appendChild(element('span', 'search-result__title')), document_.title || hit.ref, parsed);
    if (document_.release) head.appendChild(element('span', 'badge search-result__release', document_.release));

    var where = link.appendChild(element('span', 'search-result__section'));
    where.appendChild(element('span', 'visually-hidden', options.sectionLabel + ': '));
    where.appendChild(document.createTextNode(document_.section || ''));
    var heading = hit.section && hit.section[0] ? hit.section[1] : '';
    if (heading && heading !== document_.title) {
      where.appendChild(element('span', 'search-result__separator', ' › ')).setAttribute('aria-hidden', 'true');
      appendHighlighted(where.appendChild(element('span', 'search-result__heading')), heading, parsed);
    }

    var snippet = hit.section && hit.section[2] ? hit.section[2] : document_.summary || '';
    if (snippet) appendHighlighted(link.appendChild(element('span', 'search-result__snippet')), snippet, parsed);
    return link;
  }

  // "{0} results" with the number in place; the templates come from the page's data attributes.
  function format(template, value) {
    return String(template || '{0}').split('{0}').join(String(value));
  }

  root.siteSearchResults = { render: render, format: format, appendHighlighted: appendHighlighted };
}(self));
