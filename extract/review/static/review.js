/* trial-extract review report: renders documents on demand from the JSON embedded once in the page. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("review-data").textContent);
  var FIELDS = DATA.fields;
  var COLOR = {}, LABEL = {};
  FIELDS.forEach(function (f) { COLOR[f.name] = f.color; LABEL[f.name] = f.label; });
  var STATUS_LABEL = { pred: "extracted", match: "match", miss: "miss", false: "false hit" };
  var STATUS_FILTERS = DATA.gold
    ? [["all", "everything"], ["match", "matches"], ["miss", "misses"], ["false", "false hits"], ["errors", "misses + false hits"]]
    : [["all", "everything"]];
  var FLAG = { miss: "○", false: "✗" };
  var LANE = 4; // px per underline lane: 3px bar + 1px gap

  var state = { fields: {}, cut: true, status: "all", query: "", page: 0, size: DATA.page_size || 20, list: [] };
  FIELDS.forEach(function (f) { state.fields[f.name] = true; });

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "class") node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  function statusOk(s) {
    switch (state.status) {
      case "all": return true;
      case "errors": return s === "miss" || s === "false";
      default: return s === state.status;
    }
  }

  function markShown(doc, m) {
    if (m.k === "cut") return state.cut;
    if (m.k === "sub") return markShown(doc, doc.marks[m.p]);
    return !!state.fields[m.f] && statusOk(m.s);
  }

  function allFields() { return FIELDS.every(function (f) { return state.fields[f.name]; }); }

  function docShown(doc) {
    if (state.query && doc.id.toLowerCase().indexOf(state.query) < 0) return false;
    if (state.status === "all" && allFields()) return true;
    return FIELDS.some(function (f) {
      if (!state.fields[f.name]) return false;
      var c = doc.counts[f.name];
      return Object.keys(c).some(function (s) { return c[s] > 0 && statusOk(s); });
    });
  }

  function filterDocs() {
    state.list = [];
    DATA.docs.forEach(function (d, i) { if (docShown(d)) state.list.push(i); });
    var pages = Math.max(1, Math.ceil(state.list.length / state.size));
    if (state.page >= pages) state.page = pages - 1;
  }

  // ---- one document ----------------------------------------------------------------------------

  function maxLane(doc) {
    var top = -1;
    doc.marks.forEach(function (m) { if (m.k === "item" && typeof m.lane === "number" && m.lane > top) top = m.lane; });
    return top + 1;
  }

  function styleItems(span, items, lanes) {
    var images = [], sizes = [], positions = [], tint = null, shortest = Infinity, hatch = false;
    items.forEach(function (m) {
      var color = COLOR[m.f];
      var fromBottom = (lanes - 1 - (m.lane || 0)) * LANE;
      images.push(m.s === "miss"
        ? "repeating-linear-gradient(90deg, " + color + " 0 5px, transparent 5px 8px)"
        : "linear-gradient(" + color + ", " + color + ")");
      sizes.push("100% 3px");
      positions.push("0 calc(100% - " + fromBottom + "px)");
      if (m.s === "false") hatch = true;
      if (m.s !== "miss" && m.b - m.a < shortest) { shortest = m.b - m.a; tint = color; }
    });
    if (hatch) {
      images.push("repeating-linear-gradient(135deg, rgba(179, 38, 30, 0.28) 0 2px, transparent 2px 6px)");
      sizes.push("100% 100%");
      positions.push("0 0");
    }
    span.style.backgroundImage = images.join(", ");
    span.style.backgroundSize = sizes.join(", ");
    span.style.backgroundPosition = positions.join(", ");
    span.style.paddingBottom = (lanes * LANE) + "px";
    if (tint) span.style.backgroundColor = tint + "26";
  }

  function renderText(doc) {
    var lanes = Math.max(1, maxLane(doc));
    var box = el("div", { class: "text" });
    box.style.lineHeight = "calc(1.45em + " + (2 * lanes * LANE) + "px)";
    var last = {}, labelled = {}, offset = 0;
    doc.pieces.forEach(function (p, n) { p[1].forEach(function (id) { last[id] = n; }); });
    doc.pieces.forEach(function (p, n) {
      var text = p[0];
      var ids = p[1].filter(function (id) { return markShown(doc, doc.marks[id]); });
      if (!ids.length) { box.appendChild(document.createTextNode(text)); return; }
      var span = el("span", { class: "seg", "data-m": ids.join(" ") }, [text]);
      var items = [], labels = [], flags = [];
      ids.forEach(function (id) {
        var m = doc.marks[id];
        if (m.k === "cut") {
          span.classList.add("cut");
          if (!labelled[id]) { labels.push("removed: " + m.title); labelled[id] = true; }
        } else if (m.k === "item") {
          items.push(m);
          if (FLAG[m.s] && last[id] === n) flags.push(FLAG[m.s]);
        }
      });
      if (items.length) styleItems(span, items, lanes);
      if (labels.length) span.setAttribute("data-label", labels.join(" · "));
      if (flags.length) span.setAttribute("data-flag", flags.join(""));
      box.appendChild(span);
    });
    return box;
  }

  function statusBadge(s) { return el("span", { class: "status " + s, text: STATUS_LABEL[s] || s }); }

  function renderItems(doc, open) {
    var rows = [];
    doc.marks.forEach(function (m, id) {
      if (m.k !== "item" || !markShown(doc, m)) return;
      var details = (m.rows || []).map(function (r) { return r[0] + ": " + r[1]; }).join(" · ");
      if (m.gold) details = "gold: " + m.gold.title + (details ? " · " + details : "");
      var tr = el("tr", { "data-mark": String(id) }, [
        el("td", {}, [statusBadge(m.s)]),
        el("td", {}, [el("span", { class: "swatch", style: "background:" + COLOR[m.f] }), LABEL[m.f]]),
        el("td", { class: "text-cell", text: m.t }),
        el("td", { text: m.title }),
        el("td", { text: details }),
        el("td", { class: "num", text: m.a == null ? "" : m.a + "–" + m.b }),
      ]);
      rows.push(tr);
    });
    var body = rows.length ? el("table", { class: "items" }, [
      el("thead", {}, [el("tr", {}, ["status", "field", "text", "normalised", "details", "span"].map(function (h) { return el("th", { text: h }); }))]),
      el("tbody", {}, rows),
    ]) : el("p", { class: "empty", text: "No items under the current filters." });
    var box = el("details", { class: "items" }, [el("summary", { text: rows.length + " items (table)" }), body]);
    if (open) box.open = true;
    return box;
  }

  function chips(doc) {
    var out = el("div", { class: "chips" });
    FIELDS.forEach(function (f) {
      var c = doc.counts[f.name], found = c.pred + c.match + c.false;
      if (!found && !c.miss) return;
      var text = f.label + " " + found + (doc.gold ? " (" + c.match + "✓ " + c.false + "✗ " + c.miss + "○)" : "");
      var chip = el("span", { class: "chip", text: text });
      chip.style.background = f.color;
      out.appendChild(chip);
    });
    if (doc.rejected) out.appendChild(el("span", { class: "chip err", text: doc.rejected + " rejected" }));
    return out;
  }

  function renderDoc(i) {
    var doc = DATA.docs[i];
    var art = el("article", { class: "doc", "data-doc": doc.id, "data-i": String(i) });
    var title = el("h2", {}, [el("span", { class: "doc-id", text: doc.id }), el("span", { class: "source", text: doc.source })]);
    if (doc.status !== "ok") title.appendChild(el("span", { class: "chip err", text: doc.status }));
    art.appendChild(title);
    art.appendChild(chips(doc));
    if (doc.error) art.appendChild(el("p", { class: "error", text: doc.error }));
    if (doc.note) art.appendChild(el("p", { class: "note", text: doc.note + " — the items are listed without their text." }));
    if (doc.pieces) art.appendChild(renderText(doc));
    art.appendChild(renderItems(doc, !doc.pieces));
    return art;
  }

  // ---- page, pager, filters ----------------------------------------------------------------------

  function renderPager(nav) {
    nav.textContent = "";
    var pages = Math.max(1, Math.ceil(state.list.length / state.size));
    var first = state.list.length ? state.page * state.size + 1 : 0;
    var lastDoc = Math.min(state.list.length, (state.page + 1) * state.size);
    var prev = el("button", { type: "button", class: "prev", text: "‹ prev" });
    var next = el("button", { type: "button", class: "next", text: "next ›" });
    prev.disabled = state.page === 0;
    next.disabled = state.page >= pages - 1;
    prev.onclick = function () { goPage(state.page - 1); };
    next.onclick = function () { goPage(state.page + 1); };
    nav.appendChild(prev);
    nav.appendChild(el("span", { class: "range", text: "documents " + first + "–" + lastDoc + " of " + state.list.length +
      (state.list.length < DATA.docs.length ? " shown (" + DATA.docs.length + " in all)" : "") + " · page " + (state.page + 1) + "/" + pages }));
    nav.appendChild(next);
  }

  function render() {
    var main = document.getElementById("docs");
    main.textContent = "";
    var slice = state.list.slice(state.page * state.size, (state.page + 1) * state.size);
    slice.forEach(function (i) { main.appendChild(renderDoc(i)); });
    if (!slice.length) main.appendChild(el("p", { class: "empty", text: "No document matches the filters." }));
    renderPager(document.getElementById("pager-top"));
    renderPager(document.getElementById("pager-bottom"));
  }

  function goPage(page) { state.page = page; render(); window.scrollTo(0, document.getElementById("controls").offsetTop); }

  function refresh() { filterDocs(); render(); }

  function buildControls() {
    var fieldRow = document.getElementById("field-filter");
    FIELDS.forEach(function (f) {
      var box = el("input", { type: "checkbox", value: f.name, "data-field": f.name });
      box.checked = true;
      box.onchange = function () { state.fields[f.name] = box.checked; state.page = 0; refresh(); };
      fieldRow.appendChild(el("label", {}, [box, el("span", { class: "swatch", style: "background:" + f.color }), f.label]));
    });
    var cut = el("input", { type: "checkbox", "data-field": "cleaning" });
    cut.checked = true;
    cut.onchange = function () { state.cut = cut.checked; render(); };
    fieldRow.appendChild(el("label", {}, [cut, el("span", { class: "swatch", style: "background:#cfcfcf" }), "removed text"]));

    var statusRow = document.getElementById("status-filter");
    STATUS_FILTERS.forEach(function (s) {
      var radio = el("input", { type: "radio", name: "status", value: s[0] });
      radio.checked = s[0] === "all";
      radio.onchange = function () { state.status = s[0]; state.page = 0; refresh(); };
      statusRow.appendChild(el("label", {}, [radio, s[1]]));
    });
    if (!DATA.gold) statusRow.appendChild(el("span", { class: "empty", text: "(run with --gold to see matches, misses and false hits)" }));

    var search = document.getElementById("doc-search");
    search.oninput = function () { state.query = search.value.trim().toLowerCase(); state.page = 0; refresh(); };
    document.getElementById("reset").onclick = function () { setFilters(null, "all"); search.value = ""; state.query = ""; refresh(); };

    var legend = document.getElementById("legend");
    var sample = function (label, style, flag) {
      var s = el("span", { class: "seg legend-sample", text: label });
      s.setAttribute("style", style);
      if (flag) s.setAttribute("data-flag", flag);
      return s;
    };
    var grey = "#666";
    var unscored = DATA.docs.some(function (d) { return FIELDS.some(function (f) { return d.counts[f.name].pred > 0; }); });
    if (!DATA.gold || unscored) legend.appendChild(sample(DATA.gold ? "extracted (no gold for it)" : "extracted",
      "background:linear-gradient(" + grey + "," + grey + ") 0 100%/100% 3px no-repeat, #6662"));
    if (DATA.gold) {
      legend.appendChild(sample("match", "background:linear-gradient(" + grey + "," + grey + ") 0 100%/100% 3px no-repeat, #6662"));
      legend.appendChild(sample("false hit", "background:linear-gradient(" + grey + "," + grey + ") 0 100%/100% 3px no-repeat, " +
        "repeating-linear-gradient(135deg, rgba(179,38,30,.28) 0 2px, transparent 2px 6px)", "✗"));
      legend.appendChild(sample("miss (gold only)", "background:repeating-linear-gradient(90deg," + grey + " 0 5px, transparent 5px 8px) 0 100%/100% 3px no-repeat", "○"));
    }
    legend.appendChild(el("span", { class: "seg cut legend-sample", text: "removed by cleaning" }));
    legend.appendChild(el("span", { class: "empty", text: "colour = field; hover a highlight for its values and sub-spans" }));
  }

  function setFilters(field, status) {
    FIELDS.forEach(function (f) { state.fields[f.name] = !field || f.name === field; });
    state.status = status;
    document.querySelectorAll("#field-filter input[value]").forEach(function (b) { b.checked = state.fields[b.value]; });
    document.querySelectorAll("#status-filter input").forEach(function (r) { r.checked = r.value === status; });
  }

  // ---- summary --------------------------------------------------------------------------------

  function docLink(doc, n, field) {
    var href = "#doc=" + encodeURIComponent(doc) + "&field=" + encodeURIComponent(field) + "&status=errors";
    return el("a", { href: href, text: doc + " (" + n + ")" });
  }

  function buildSummary() {
    if (!DATA.summary) return;
    var box = document.getElementById("summary");
    box.hidden = false;
    box.appendChild(el("h2", { text: "Against gold: per-field precision, recall, F1" }));
    var head = ["field", "P", "R", "F1", "TP", "FP", "FN", "documents with errors"];
    var rows = DATA.summary.map(function (r) {
      var base = r.field.split(".")[0];
      var links = el("td", { class: "doclinks" });
      var anchors = r.docs.map(function (d) { return docLink(d[0], d[1], base); });
      if (anchors.length > 8) {
        var more = el("details", {}, [el("summary", { text: anchors.length + " documents" })]);
        anchors.forEach(function (a) { more.appendChild(a); });
        links.appendChild(more);
      } else anchors.forEach(function (a) { links.appendChild(a); });
      return el("tr", { "data-field": r.field }, [
        el("td", { text: r.field }), el("td", { class: "num", text: r.p.toFixed(3) }), el("td", { class: "num", text: r.r.toFixed(3) }),
        el("td", { class: "num", text: r.f1.toFixed(3) }), el("td", { class: "num", text: String(r.tp) }),
        el("td", { class: "num", text: String(r.fp) }), el("td", { class: "num", text: String(r.fn) }), links,
      ]);
    });
    box.appendChild(el("table", { id: "scores" }, [
      el("thead", {}, [el("tr", {}, head.map(function (h) { return el("th", { text: h }); }))]), el("tbody", {}, rows)]));
    if (DATA.attributes && DATA.attributes.length) {
      var attrs = DATA.attributes.map(function (a) { return a.name + " " + a.correct + "/" + a.total; }).join(" · ");
      box.appendChild(el("p", { class: "empty", text: "Linked values on matches: " + attrs }));
    }
  }

  // ---- hover: values and sub-spans ---------------------------------------------------------------

  var tip = document.getElementById("tip");
  var lit = [];

  function describe(doc, m) {
    var box = el("div", { class: "mark" });
    if (m.k === "cut") { box.appendChild(el("div", { class: "head", text: "removed by cleaning: " + m.title })); return box; }
    if (m.k === "sub") {
      var parent = doc.marks[m.p];
      box.appendChild(el("div", { class: "head", text: m.title + " of " + LABEL[parent.f] + " “" + parent.t + "”" }));
      return box;
    }
    var head = el("div", { class: "head" }, [el("span", { class: "swatch", style: "background:" + COLOR[m.f] }),
      LABEL[m.f] + ": " + m.title + " ", statusBadge(m.s)]);
    box.appendChild(head);
    var dl = el("dl");
    var add = function (k, v) { dl.appendChild(el("dt", { text: k })); dl.appendChild(el("dd", { text: v })); };
    add("text", "“" + m.t + "” [" + m.a + ":" + m.b + "]");
    (m.rows || []).forEach(function (r) { add(r[0], r[1]); });
    m.subs.forEach(function (sid) { var s = doc.marks[sid]; add(s.title + " span", "[" + s.a + ":" + s.b + "], outlined in the text"); });
    if (m.gold) add("gold", m.gold.title + " “" + m.gold.t + "” [" + m.gold.a + ":" + m.gold.b + "]");
    box.appendChild(dl);
    return box;
  }

  function light(art, ids, cls) {
    ids.forEach(function (id) {
      art.querySelectorAll('.seg[data-m~="' + id + '"]').forEach(function (s) { s.classList.add(cls); lit.push([s, cls]); });
    });
  }

  function unlight() { lit.forEach(function (x) { x[0].classList.remove(x[1]); }); lit = []; }

  function hover(art, ids, x, y) {
    var doc = DATA.docs[Number(art.getAttribute("data-i"))];
    unlight();
    tip.textContent = "";
    var marks = ids.map(function (id) { return doc.marks[id]; });
    var order = ids.slice().sort(function (a, b) {
      var ma = doc.marks[a], mb = doc.marks[b];
      return (ma.b - ma.a) - (mb.b - mb.a);
    });
    order.forEach(function (id) { tip.appendChild(describe(doc, doc.marks[id])); });
    marks.forEach(function (m, n) {
      if (m.k === "item") { light(art, [ids[n]], "hot"); light(art, m.subs, "sub-on"); }
      if (m.k === "sub") { light(art, [m.p], "hot"); }
    });
    tip.hidden = false;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 14, window.innerWidth - w - 8)) + "px";
    tip.style.top = (y + 18 + h > window.innerHeight ? Math.max(4, y - h - 10) : y + 18) + "px";
  }

  document.getElementById("docs").addEventListener("mouseover", function (ev) {
    var seg = ev.target.closest ? ev.target.closest(".seg") : null;
    var row = ev.target.closest ? ev.target.closest("tr[data-mark]") : null;
    var art = ev.target.closest ? ev.target.closest("article.doc") : null;
    if (seg && art) hover(art, seg.getAttribute("data-m").split(" ").map(Number), ev.clientX, ev.clientY);
    else if (row && art) hover(art, [Number(row.getAttribute("data-mark"))], ev.clientX, ev.clientY);
    else { tip.hidden = true; unlight(); }
  });
  document.getElementById("docs").addEventListener("mouseleave", function () { tip.hidden = true; unlight(); });
  document.getElementById("docs").addEventListener("click", function (ev) {
    var row = ev.target.closest ? ev.target.closest("tr[data-mark]") : null;
    var art = row ? row.closest("article.doc") : null;
    if (!art) return;
    var seg = art.querySelector('.seg[data-m~="' + row.getAttribute("data-mark") + '"]');
    if (seg) seg.scrollIntoView({ block: "center" });
  });

  // ---- links: #doc=ID&field=F&status=S --------------------------------------------------------------

  function follow() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) params[kv.slice(0, i)] = decodeURIComponent(kv.slice(i + 1));
    });
    if (!params.doc || !(params.doc in DATA.index)) return;
    var field = params.field && COLOR[params.field] ? params.field : null;
    if (field || params.status) setFilters(field, params.status || "all");
    filterDocs();
    var pos = state.list.indexOf(DATA.index[params.doc]);
    if (pos < 0) { setFilters(null, "all"); filterDocs(); pos = state.list.indexOf(DATA.index[params.doc]); }
    state.page = Math.floor(pos / state.size);
    render();
    var art = document.querySelector('article.doc[data-i="' + DATA.index[params.doc] + '"]');
    if (!art) return;
    art.classList.add("flash");
    var target = state.status === "all" ? null : art.querySelector(".seg[data-flag]");
    if (target) target.scrollIntoView({ block: "center" }); else art.scrollIntoView();
  }

  DATA.index = {};
  DATA.docs.forEach(function (d, i) { if (!(d.id in DATA.index)) DATA.index[d.id] = i; });
  document.getElementById("meta").textContent = DATA.meta;
  buildSummary();
  buildControls();
  filterDocs();
  render();
  window.addEventListener("hashchange", follow);
  if (location.hash) follow();
  window.trialReview = { data: DATA, state: state, refresh: refresh };
})();
