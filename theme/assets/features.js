// Filters of the feature table. The filters live in the URL query (?sig=&stage=&release=&q=), so a
// filtered view can be shared; without JavaScript the form still submits the same query.
(function () {
  "use strict";
  const form = document.querySelector("[data-feature-filters]");
  if (!form) return;
  const rows = Array.from(document.querySelectorAll(".table--features tbody tr"));
  const count = form.querySelector(".filters__count");
  const fields = ["sig", "stage", "release", "q"];

  function read() {
    const query = new URLSearchParams(location.search);
    for (const name of fields) {
      const field = form.elements.namedItem(name);
      if (field && query.has(name)) field.value = query.get(name);
    }
  }

  function apply() {
    const value = (name) => (form.elements.namedItem(name).value || "").trim();
    const sig = value("sig"), stage = value("stage"), release = value("release"), text = value("q").toLowerCase();
    let shown = 0;
    for (const row of rows) {
      // data-stages lists "release:s" pairs, s being the stage's first letter (a, b, s, d).
      const stages = (row.dataset.stages || "").split(" ").filter(Boolean).map((s) => s.split(":"));
      const matchesStage = stages.some(([r, s]) => (!release || r === release) && (!stage || s === stage[0]));
      const ok = (!sig || row.dataset.sig === sig)
        && ((!stage && !release) || matchesStage)
        && (!text || (row.dataset.name || "").includes(text));
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = (count.dataset.template || "{0} / {1}").replace("{0}", shown).replace("{1}", rows.length);
    const query = new URLSearchParams();
    for (const name of fields) if (value(name)) query.set(name, value(name));
    const url = location.pathname + (query.toString() ? "?" + query : "") + location.hash;
    history.replaceState(null, "", url);
  }

  read();
  apply();
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply, 0));
  form.addEventListener("submit", (event) => { event.preventDefault(); apply(); });
})();
