// Page behaviour that needs no data: the "on this page" list follows the section being read.
(function () {
  "use strict";
  const toc = document.querySelector(".toc__list");
  if (!toc || !("IntersectionObserver" in window)) return;
  const links = new Map();
  for (const a of toc.querySelectorAll("a[href^='#']")) {
    const id = decodeURIComponent(a.getAttribute("href").slice(1));
    const target = document.getElementById(id);
    if (target) links.set(target, a);
  }
  const visible = new Set();
  let current = null;
  const mark = (a) => {
    if (current === a) return;
    if (current) current.removeAttribute("aria-current");
    current = a;
    if (a) a.setAttribute("aria-current", "true");
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) visible.add(entry.target); else visible.delete(entry.target);
    }
    // The section being read is the last heading above the upper part of the screen.
    let best = null;
    for (const heading of links.keys()) {
      if (heading.getBoundingClientRect().top < window.innerHeight * 0.3) best = heading;
    }
    mark(best ? links.get(best) : links.values().next().value);
  }, { rootMargin: "0px 0px -60% 0px" });
  for (const heading of links.keys()) observer.observe(heading);
})();
