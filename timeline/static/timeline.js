/* The /-/timeline page: events on a zoomable time axis, a per-month chart,
 * a details panel. Dependency-free SVG. Every string that comes from an
 * article is put into the page with textContent (never innerHTML), and only
 * http(s) URLs become links. */
(function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var PALETTE = ["#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f",
    "#ff9da7", "#17becf", "#8c6d31", "#6b6ecf", "#bcbd22", "#637939", "#7b4173", "#3182bd",
    "#e6550d", "#31a354", "#756bb1", "#636363", "#bab0ac"];
  var ROW = 24, BAR = 14, TOP = 8, LABEL_GAP = 5, MIN_BAR = 6;

  var config = JSON.parse(document.getElementById("tl-config").textContent);
  var els = {
    summary: document.getElementById("tl-summary"),
    chart: document.getElementById("tl-chart"),
    axis: document.getElementById("tl-axis"),
    body: document.getElementById("tl-body"),
    scroll: document.getElementById("tl-body-scroll"),
    empty: document.getElementById("tl-empty"),
    details: document.getElementById("tl-details"),
    months: document.getElementById("tl-months"),
    types: document.getElementById("tl-types"),
    undated: document.getElementById("tl-undated"),
    undatedSection: document.getElementById("tl-undated-section")
  };

  var state = { data: null, byId: {}, colors: {}, t0: 0, msPerPx: DAY, selected: null, width: 800 };

  // -- helpers ---------------------------------------------------------------

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs || {}) {
      if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    for (var k in attrs || {}) {
      if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, attrs[k]);
    }
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function link(href, text, cls) {
    var a = el("a", { href: href, "class": cls || null }, text);
    return a;
  }

  function parseDay(iso) {
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]);
  }

  function pretty(type) { return String(type || "").replace(/_/g, " "); }

  var measureCtx = document.createElement("canvas").getContext("2d");
  var widthCache = {};
  function textWidth(s) {
    if (!(s in widthCache)) {
      measureCtx.font = "12px -apple-system, system-ui, 'Segoe UI', Helvetica, Arial, sans-serif";
      widthCache[s] = measureCtx.measureText(s).width;
    }
    return widthCache[s];
  }

  function clip(s, n) { s = String(s || ""); return s.length > n ? s.slice(0, n - 1) + "…" : s; }

  // -- data ------------------------------------------------------------------

  function queryString() {
    var params = new URLSearchParams(window.location.search);
    params.delete("select");
    if (!params.get("db")) params.set("db", config.database);
    return params.toString();
  }

  function load() {
    fetch(config.json_url + "?" + queryString(), { credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      })
      .then(setData)
      .catch(function (err) {
        els.summary.textContent = "Could not load the events: " + err.message;
      });
  }

  function setData(data) {
    state.data = data;
    state.byId = {};
    data.events.concat(data.undated).forEach(function (e) {
      state.byId[e.id] = e;
      if (e.date_start) {
        e._s = parseDay(e.date_start);
        e._e = parseDay(e.date_end || e.date_start) + DAY; // bars end after the last day
      }
    });
    // colours follow the type's rank in the whole database, so they stay put when filtering
    state.colors = {};
    data.types.forEach(function (t, i) { state.colors[t.type] = PALETTE[i % PALETTE.length]; });
    summarise(data);
    renderTypes(data);
    renderUndated(data);
    renderMonths(data);
    fit(true);
    var wanted = config.select || new URLSearchParams(window.location.search).get("select");
    if (wanted && state.byId[wanted]) select(wanted, { scroll: true });
    document.body.setAttribute("data-timeline-ready", "1");
  }

  function summarise(data) {
    var f = data.filters, bits = [];
    var n = data.events.length, u = data.undated.length;
    var s = (n + u) + " event" + (n + u === 1 ? "" : "s");
    if (u) s += " (" + n + " on the axis, " + u + " undated)";
    if (f.entity) bits.push("involving " + f.entity);
    if (f.type && f.type.length) bits.push("of type " + f.type.map(pretty).join(", "));
    if (f.status && f.status.length) bits.push(f.status.join(", "));
    if (f.from) bits.push("from " + f.from);
    if (f.to) bits.push("to " + f.to);
    if (bits.length) s += " " + bits.join(", ");
    if (data.truncated) s += " — only the first " + (n + u) + " are shown; narrow the filters";
    els.summary.textContent = data.message ? data.message : s + ".";
    els.summary.classList.toggle("tl-error", !!data.message);
  }

  function renderTypes(data) {
    clear(els.types);
    var present = {};
    data.events.concat(data.undated).forEach(function (e) { present[e.type] = (present[e.type] || 0) + 1; });
    data.types.forEach(function (t) {
      if (!present[t.type]) return;
      var item = el("span", { "class": "tl-type" });
      var sw = el("span", { "class": "tl-swatch" });
      sw.style.background = state.colors[t.type];
      item.appendChild(sw);
      item.appendChild(document.createTextNode(pretty(t.type) + " " + present[t.type]));
      els.types.appendChild(item);
    });
  }

  // -- the time axis -----------------------------------------------------------

  function labelOf(e) { return clip(e.summary || pretty(e.type), 70); }

  function fit(focus) {
    // show every event (or, with `focus`, where most of them are) and leave
    // room for a short label to the right of the last bars
    state.width = Math.max(300, els.chart.clientWidth || 800);
    var evs = state.data.events, W = state.width;
    state.offLeft = 0;
    if (!evs.length) {
      state.msPerPx = 400 * DAY / W;
      state.t0 = Date.now() - 365 * DAY;
      render();
      return;
    }
    var starts = evs.map(function (e) { return e._s; }).sort(function (a, b) { return a - b; });
    var lo = starts[0], hi = -Infinity;
    evs.forEach(function (e) { hi = Math.max(hi, e._e); });
    if (focus && evs.length >= 10) {
      // news data often has a few background events decades back: start the
      // first view where 80% of the events are, if that is a small window
      var p10 = starts[Math.floor(evs.length * 0.2)];
      if (hi - p10 < 0.2 * (hi - lo)) {
        state.offLeft = starts.filter(function (t) { return t < p10; }).length;
        lo = p10;
      }
    }
    var span = Math.max(hi - lo, 30 * DAY);
    var t0 = lo - span * 0.02;
    var k = (hi - t0) / (W - 16);
    evs.forEach(function (e) {
      if (e._e < lo) return;
      var room = W - 16 - LABEL_GAP - Math.min(textWidth(labelOf(e)), 170) - (e.conflict ? 18 : 0);
      k = Math.max(k, (e._e - t0) / room);
    });
    state.t0 = t0;
    state.msPerPx = k;
    render();
  }

  function fitLabel(label, room) {
    // shorten a label (with an ellipsis) to fit `room` pixels
    if (textWidth(label) <= room) return label;
    var lo = 0, hi = label.length;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (textWidth(label.slice(0, mid) + "…") <= room) lo = mid; else hi = mid - 1;
    }
    return lo > 0 ? label.slice(0, lo) + "…" : "";
  }

  function x(t) { return (t - state.t0) / state.msPerPx; }
  function tAt(px) { return state.t0 + px * state.msPerPx; }

  function zoom(factor, px, now) {
    if (px === undefined) px = state.width / 2;
    var t = tAt(px);
    var next = state.msPerPx * factor;
    next = Math.max(DAY / 200, Math.min(next, 1000 * 365 * DAY / state.width));
    state.msPerPx = next;
    state.t0 = t - px * next;
    if (now) render(); else renderSoon();
  }

  var frame = null;
  function renderSoon() {
    // wheel and drag fire faster than the screen redraws: one render per frame
    if (frame === null) frame = window.requestAnimationFrame(function () { frame = null; render(); });
  }

  function render() {
    state.width = Math.max(300, els.chart.clientWidth || state.width);
    var note = document.getElementById("tl-offscreen");
    if (note) {
      var before = 0, after = 0, left = state.t0, right = tAt(state.width);
      state.data.events.forEach(function (e) { if (e._e < left) before++; else if (e._s > right) after++; });
      var bits = [];
      if (before) bits.push(before + " earlier");
      if (after) bits.push(after + " later");
      note.textContent = bits.length ? bits.join(", ") + " event" + (before + after === 1 ? "" : "s") + " outside this view" : "";
      note.hidden = !bits.length;
    }
    renderAxis();
    renderBars();
  }

  // tick generators: each returns [{t, label, major}]
  function addMonths(t, n) {
    var d = new Date(t);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1);
  }

  function ticks(t0, t1) {
    var pxPerDay = DAY / state.msPerPx;
    var pxPerMonth = pxPerDay * 30.4, pxPerYear = pxPerDay * 365.25;
    var major = [], minor = [], d, t, y;
    var start = new Date(t0);
    if (pxPerDay >= 18) {
      // days under months
      t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
      for (; t <= t1; t = addMonths(t, 1)) {
        d = new Date(t);
        major.push({ t: t, label: MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear() });
      }
      var step = pxPerDay >= 28 ? 1 : pxPerDay >= 18 ? 2 : 7;
      t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
      for (; t <= t1; t += DAY) {
        d = new Date(t);
        if ((d.getUTCDate() - 1) % step === 0 && d.getUTCDate() < 31) minor.push({ t: t, label: String(d.getUTCDate()) });
      }
    } else if (pxPerMonth >= 22) {
      // months under years
      for (y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y++) major.push({ t: Date.UTC(y, 0, 1), label: String(y) });
      var every = pxPerMonth >= 30 ? 1 : 3;
      t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
      for (; t <= t1; t = addMonths(t, 1)) {
        d = new Date(t);
        if (d.getUTCMonth() % every === 0) {
          minor.push({ t: t, label: pxPerMonth >= 30 ? MONTHS[d.getUTCMonth()] : MONTHS[d.getUTCMonth()] });
        }
      }
    } else {
      // years (every 1, 2, 5, 10... depending on room)
      var steps = [1, 2, 5, 10, 20, 50, 100, 200, 500];
      var ystep = steps.filter(function (s) { return s * pxPerYear >= 48; })[0] || 1000;
      var y0 = Math.floor(start.getUTCFullYear() / ystep) * ystep;
      for (y = y0; Date.UTC(y, 0, 1) <= t1; y += ystep) major.push({ t: Date.UTC(y, 0, 1), label: String(y) });
      if (pxPerYear >= 48) {
        for (y = start.getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y++) {
          for (var q = 3; q < 12; q += 3) minor.push({ t: Date.UTC(y, q, 1), label: "" });
        }
      }
    }
    return { major: major, minor: minor };
  }

  function renderAxis() {
    var a = els.axis, w = state.width;
    clear(a);
    a.setAttribute("width", w);
    a.setAttribute("viewBox", "0 0 " + w + " 44");
    var tk = ticks(tAt(-200), tAt(w + 10));
    state.ticks = tk;
    a.appendChild(svg("rect", { x: 0, y: 0, width: w, height: 44, "class": "tl-axis-bg" }));
    tk.major.forEach(function (m, i) {
      var px = x(m.t);
      var next = i + 1 < tk.major.length ? x(tk.major[i + 1].t) : w + 400;
      a.appendChild(svg("line", { x1: px, x2: px, y1: 0, y2: 44, "class": "tl-tick-major" }));
      // keep the label of a period that began off-screen visible at the left edge
      var lx = Math.max(px + 4, 4);
      if (lx + textWidth(m.label) + 8 <= Math.min(next, w + 2)) a.appendChild(svg("text", { x: lx, y: 16, "class": "tl-label-major" }, m.label));
    });
    tk.minor.forEach(function (m) {
      var px = x(m.t);
      if (px < -40 || px > w + 40) return;
      a.appendChild(svg("line", { x1: px, x2: px, y1: 30, y2: 44, "class": "tl-tick-minor" }));
      if (m.label) a.appendChild(svg("text", { x: px + 3, y: 40, "class": "tl-label-minor" }, m.label));
    });
    a.appendChild(svg("line", { x1: 0, x2: w, y1: 43.5, y2: 43.5, "class": "tl-axis-line" }));
  }

  function layout(events) {
    // greedy lane packing; a lane is busy until the end of the bar's label
    var lanes = [];
    var placed = [];
    events.forEach(function (e) {
      var x0 = x(e._s), x1 = Math.max(x(e._e), x0 + MIN_BAR);
      if (x1 < 0 || x0 > state.width) return; // off-screen: not drawn, takes no lane
      var extra = e.conflict ? 18 : 0;
      var label = fitLabel(labelOf(e), Math.max(60, state.width - Math.max(x1, 0) - LABEL_GAP - extra - 6));
      var lw = textWidth(label) + extra;
      var end = Math.max(x1, 0) + LABEL_GAP + lw + 12;
      var lane = 0;
      while (lane < lanes.length && lanes[lane] > x0) lane++;
      lanes[lane] = end;
      placed.push({ e: e, x0: x0, x1: x1, lane: lane, label: label });
    });
    return { placed: placed, lanes: Math.max(lanes.length, 1) };
  }

  function renderBars() {
    var b = els.body, w = state.width;
    clear(b);
    var events = state.data.events;
    els.empty.hidden = events.length > 0;
    if (!events.length) {
      els.empty.textContent = state.data.undated.length
        ? "None of these events has a date; they are listed under “Undated events”."
        : "No events match these filters.";
    }
    var lay = layout(events);
    var h = TOP * 2 + lay.lanes * ROW;
    b.setAttribute("width", w);
    b.setAttribute("height", h);
    b.setAttribute("viewBox", "0 0 " + w + " " + h);
    // grid
    (state.ticks ? state.ticks.major : []).forEach(function (m) {
      var px = x(m.t);
      if (px >= 0 && px <= w) b.appendChild(svg("line", { x1: px, x2: px, y1: 0, y2: h, "class": "tl-grid" }));
    });
    var today = Date.now(), tx = x(today);
    if (tx >= 0 && tx <= w) {
      b.appendChild(svg("line", { x1: tx, x2: tx, y1: 0, y2: h, "class": "tl-today" }));
      b.appendChild(svg("text", { x: tx + 3, y: h - 4, "class": "tl-today-label" }, "today"));
    }
    lay.placed.forEach(function (p) {
      var e = p.e;
      var y = TOP + p.lane * ROW;
      var g = svg("g", {
        "class": "tl-event tl-status-" + e.status + (e.conflict ? " tl-conflict" : "") +
          (state.selected === e.id ? " tl-selected" : ""),
        "data-id": e.id, "data-type": e.type, "data-status": e.status,
        tabindex: 0, role: "button",
        "aria-label": (e.display_date || "") + ": " + (e.summary || pretty(e.type))
      });
      g.appendChild(svg("title", {}, (e.summary || pretty(e.type)) + " — " + (e.display_date || "") +
        (e.status !== "occurred" ? " (" + e.status + ")" : "") +
        (e.conflict ? " — conflicting reports: " + (e.conflict_reason || "") : "")));
      var color = state.colors[e.type] || "#888";
      var rect = svg("rect", {
        x: p.x0, y: y + (ROW - BAR) / 2 - 2, width: Math.max(p.x1 - p.x0, MIN_BAR), height: BAR, rx: 3,
        "class": "tl-bar"
      });
      if (e.status === "planned") {
        rect.setAttribute("fill", "#fff");
        rect.setAttribute("stroke", color);
      } else {
        rect.setAttribute("fill", color);
        rect.setAttribute("stroke", color);
      }
      g.appendChild(rect);
      var lx = Math.max(p.x1, 0) + LABEL_GAP;
      if (e.conflict) {
        var cx = lx + 6, cy = y + ROW / 2 - 2;
        g.appendChild(svg("circle", { cx: cx, cy: cy, r: 6, "class": "tl-conflict-dot" }));
        g.appendChild(svg("text", { x: cx, y: cy + 3.5, "class": "tl-conflict-mark" }, "!"));
        lx += 16;
      }
      g.appendChild(svg("text", { x: lx, y: y + ROW / 2 + 2, "class": "tl-label" }, p.label));
      b.appendChild(g);
    });
  }

  // -- interaction -------------------------------------------------------------

  function eventFromTarget(target) {
    while (target && target !== els.body) {
      if (target.getAttribute && target.getAttribute("data-id")) return target.getAttribute("data-id");
      target = target.parentNode;
    }
    return null;
  }

  var drag = null;
  els.body.addEventListener("click", function (ev) {
    if (drag && drag.moved) return;
    var id = eventFromTarget(ev.target);
    if (id) select(id);
  });
  els.body.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter" && ev.key !== " ") return;
    var id = eventFromTarget(ev.target);
    if (id) { ev.preventDefault(); select(id); }
  });
  els.chart.addEventListener("wheel", function (ev) {
    if (!state.data) return;
    if (!ev.ctrlKey && Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) {
      state.t0 += ev.deltaX * state.msPerPx;
      renderSoon();
    } else {
      var rect = els.chart.getBoundingClientRect();
      zoom(Math.exp(ev.deltaY * 0.0015), ev.clientX - rect.left);
    }
    ev.preventDefault();
  }, { passive: false });
  els.chart.addEventListener("pointerdown", function (ev) {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, t0: state.t0, moved: false };
  });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x;
    if (Math.abs(dx) > 3) drag.moved = true;
    if (drag.moved) {
      els.chart.classList.add("tl-dragging");
      state.t0 = drag.t0 - dx * state.msPerPx;
      renderSoon();
    }
  });
  window.addEventListener("pointerup", function () {
    els.chart.classList.remove("tl-dragging");
    // let the click handler see `moved` first
    setTimeout(function () { drag = null; }, 0);
  });
  document.querySelectorAll("[data-zoom]").forEach(function (btn) {
    btn.addEventListener("click", function () {
      if (!state.data) return;
      var z = btn.getAttribute("data-zoom");
      if (z === "fit") fit(false); else zoom(z === "in" ? 0.5 : 2, undefined, true);
    });
  });
  // Redraw when the boxes change width: a window resize, or the page's
  // scrollbar appearing once the content is in.
  var drawnWidths = { chart: 0, months: 0 };
  function onResize() {
    if (!state.data) return;
    var cw = els.chart.clientWidth, mw = els.months.clientWidth;
    if (cw && cw !== drawnWidths.chart) { drawnWidths.chart = cw; render(); }
    if (mw && mw !== drawnWidths.months) { drawnWidths.months = mw; renderMonths(state.data); }
  }
  if (window.ResizeObserver) {
    var ro = new ResizeObserver(function () { window.requestAnimationFrame(onResize); });
    ro.observe(els.chart);
    ro.observe(els.months);
  } else {
    window.addEventListener("resize", onResize);
  }

  function select(id, opts) {
    var e = state.byId[id];
    if (!e) return;
    state.selected = id;
    if (e.date_start && opts && opts.scroll) {
      var px = x(e._s);
      if (px < 0 || px > state.width * 0.8) state.t0 = e._s - state.width * 0.3 * state.msPerPx;
    }
    render();
    var node = els.body.querySelector('[data-id="' + (window.CSS && CSS.escape ? CSS.escape(id) : id) + '"]');
    if (node && opts && opts.scroll && node.scrollIntoView) node.scrollIntoView({ block: "nearest" });
    Array.prototype.forEach.call(els.undated.querySelectorAll("li"), function (li) {
      li.classList.toggle("tl-selected", li.getAttribute("data-id") === id);
    });
    showDetails(e);
    var params = new URLSearchParams(window.location.search);
    params.set("select", id);
    if (window.history && history.replaceState) history.replaceState(null, "", "?" + params.toString());
  }

  // -- the details panel -------------------------------------------------------

  function showDetails(e) {
    var d = els.details;
    clear(d);
    d.setAttribute("data-event-id", e.id);
    var head = el("div", { "class": "tl-details-head" });
    var sw = el("span", { "class": "tl-swatch" });
    sw.style.background = state.colors[e.type] || "#888";
    head.appendChild(sw);
    head.appendChild(el("span", { "class": "tl-details-type" }, pretty(e.type)));
    if (e.status !== "occurred") head.appendChild(el("span", { "class": "tl-badge tl-badge-" + e.status }, e.status));
    if (e.conflict) head.appendChild(el("span", { "class": "tl-badge tl-badge-conflict" }, "conflicting reports"));
    var close = el("button", { type: "button", "class": "tl-close", "aria-label": "Close" }, "×");
    close.addEventListener("click", function () {
      state.selected = null;
      render();
      clear(d);
      d.appendChild(el("p", { "class": "tl-details-hint" }, "Click an event to see the sentences that report it."));
    });
    head.appendChild(close);
    d.appendChild(head);
    d.appendChild(el("h3", { "class": "tl-details-title" }, e.summary || pretty(e.type)));
    var dl = el("dl", { "class": "tl-facts" });
    function fact(k, v) {
      if (v === null || v === undefined || v === "") return;
      dl.appendChild(el("dt", {}, k));
      var dd = el("dd", {});
      if (v instanceof Node) dd.appendChild(v); else dd.textContent = String(v);
      dl.appendChild(dd);
    }
    var interval = e.date_start ? (e.date_start === e.date_end || !e.date_end ? e.date_start : e.date_start + " – " + e.date_end) : null;
    fact("When", (e.display_date || "date unknown") + (interval && interval !== e.display_date ? "  (" + interval + ")" : ""));
    fact("Precision", e.precision);
    fact("Who / where", e.actors);
    if (e.conflict) fact("Conflict", e.conflict_reason || "reports disagree");
    fact("Reported by", e.n_mentions + " sentence" + (e.n_mentions === 1 ? "" : "s") + " in " +
      e.n_articles + " article" + (e.n_articles === 1 ? "" : "s"));
    d.appendChild(dl);
    var links = el("p", { "class": "tl-details-links" });
    links.appendChild(link(e.row_url, "Event row in Datasette", "tl-row-link"));
    d.appendChild(links);
    d.appendChild(el("h4", {}, "Evidence"));
    var list = el("ol", { "class": "tl-evidence" });
    (e.mentions || []).forEach(function (m) {
      var li = el("li", {});
      li.appendChild(sentenceNode(m));
      var src = el("div", { "class": "tl-source" });
      var a = m.article || {};
      var title = a.title || a.source || "untitled article";
      var url = safeUrl(a.url);
      if (url) {
        var al = link(url, title, "tl-article-link");
        al.setAttribute("rel", "noopener noreferrer");
        src.appendChild(al);
      } else {
        src.appendChild(el("span", { "class": "tl-article-title" }, title));
      }
      var meta = [a.source, a.published].filter(Boolean).join(", ");
      if (meta) src.appendChild(document.createTextNode(" · " + meta));
      if (m.date_text) src.appendChild(document.createTextNode(" · dated by “" + m.date_text + "”"));
      if (m.status && m.status !== e.status) src.appendChild(el("span", { "class": "tl-badge tl-badge-" + m.status }, m.status));
      src.appendChild(document.createTextNode(" · "));
      src.appendChild(link(a.row_url, "article row"));
      li.appendChild(src);
      list.appendChild(li);
    });
    if (!(e.mentions || []).length && e.evidence) {
      list.appendChild(el("li", {}, e.evidence));
    }
    d.appendChild(list);
  }

  function sentenceNode(m) {
    var q = el("blockquote", { "class": "tl-sentence" });
    var s = m.sentence || "";
    var i = m.trigger_offset, t = m.trigger || "";
    if (!(typeof i === "number" && i >= 0 && s.substr(i, t.length) === t)) i = t ? s.indexOf(t) : -1;
    if (i >= 0 && t) {
      q.appendChild(document.createTextNode(s.slice(0, i)));
      q.appendChild(el("mark", {}, s.substr(i, t.length)));
      q.appendChild(document.createTextNode(s.slice(i + t.length)));
    } else {
      q.textContent = s;
    }
    return q;
  }

  // -- undated events ------------------------------------------------------------

  var UNDATED_SHOWN = 50;

  function renderUndated(data, all) {
    clear(els.undated);
    els.undatedSection.hidden = !data.undated.length;
    var shown = all ? data.undated : data.undated.slice(0, UNDATED_SHOWN);
    shown.forEach(function (e) {
      var li = el("li", { "data-id": e.id, tabindex: 0, "class": "tl-undated-item tl-status-" + e.status });
      var sw = el("span", { "class": "tl-swatch" });
      sw.style.background = state.colors[e.type] || "#888";
      li.appendChild(sw);
      li.appendChild(el("strong", {}, e.summary || pretty(e.type)));
      if (e.display_date && e.display_date !== "date unknown") {
        li.appendChild(el("span", { "class": "tl-undated-date" }, " (" + e.display_date + ")"));
      }
      li.appendChild(el("span", { "class": "tl-undated-evidence" }, " — " + clip(e.evidence, 160)));
      li.addEventListener("click", function () { select(e.id); });
      li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") select(e.id); });
      els.undated.appendChild(li);
    });
    if (shown.length < data.undated.length) {
      var more = el("button", { type: "button", "class": "tl-more" },
        "Show all " + data.undated.length + " undated events");
      more.addEventListener("click", function () { renderUndated(data, true); });
      var li = el("li", { "class": "tl-more-item" });
      li.appendChild(more);
      els.undated.appendChild(li);
    }
  }

  // -- events per month by type --------------------------------------------------

  function renderMonths(data) {
    var box = els.months;
    clear(box);
    var rows = data.months;
    var note = document.getElementById("tl-months-note");
    if (note) {
      var left = data.months_left_out || 0;
      note.textContent = left ? left + " event" + (left === 1 ? " is" : "s are") +
        " dated only to a quarter, season, year or wider and not counted here." : "";
    }
    if (!rows.length) {
      box.appendChild(el("p", { "class": "tl-empty" }, "No events dated to a month or finer."));
      return;
    }
    var first = rows[0].month, last = rows[rows.length - 1].month;
    var y0 = +first.slice(0, 4), m0 = +first.slice(5, 7) - 1;
    var y1 = +last.slice(0, 4), m1 = +last.slice(5, 7) - 1;
    var nMonths = (y1 - y0) * 12 + (m1 - m0) + 1;
    var byYear = nMonths > 180; // too many months to read: count per year
    var keys = [], i;
    if (byYear) {
      for (i = y0; i <= y1; i++) keys.push(String(i));
    } else {
      for (i = 0; i < nMonths; i++) {
        var yy = y0 + Math.floor((m0 + i) / 12), mm = (m0 + i) % 12;
        keys.push(yy + "-" + (mm < 9 ? "0" : "") + (mm + 1));
      }
    }
    var stacks = {};
    keys.forEach(function (k) { stacks[k] = []; });
    rows.forEach(function (r) {
      var k = byYear ? r.month.slice(0, 4) : r.month;
      var s = stacks[k], found = false;
      s.forEach(function (p) { if (p.type === r.type) { p.n += r.n; found = true; } });
      if (!found) s.push({ type: r.type, n: r.n });
    });
    var order = {};
    data.types.forEach(function (t, j) { order[t.type] = j; });
    var max = 1;
    keys.forEach(function (k) {
      stacks[k].sort(function (a, b) { return (order[a.type] || 0) - (order[b.type] || 0); });
      max = Math.max(max, stacks[k].reduce(function (acc, p) { return acc + p.n; }, 0));
    });
    var W = Math.max(300, box.clientWidth || 800), H = 180, L = 34, B = 34, T = 8;
    var plotW = W - L - 8, plotH = H - B - T;
    var bw = plotW / keys.length;
    var chart = svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img",
      "aria-label": "Events per " + (byYear ? "year" : "month") + " by type", "class": "tl-months-svg" });
    // y grid
    var step = Math.max(1, Math.ceil(max / 4));
    for (var v = 0; v <= max; v += step) {
      var gy = T + plotH - v / max * plotH;
      chart.appendChild(svg("line", { x1: L, x2: W - 8, y1: gy, y2: gy, "class": "tl-grid" }));
      chart.appendChild(svg("text", { x: L - 6, y: gy + 4, "class": "tl-y-label" }, String(v)));
    }
    keys.forEach(function (k, j) {
      var bx = L + j * bw, acc = 0;
      stacks[k].forEach(function (p) {
        var hh = p.n / max * plotH;
        var r = svg("rect", { x: bx + Math.min(2, bw * 0.15), y: T + plotH - (acc + p.n) / max * plotH,
          width: Math.max(1, bw - 2 * Math.min(2, bw * 0.15)), height: hh, fill: state.colors[p.type] || "#888",
          "class": "tl-month-bar", "data-month": k, "data-type": p.type });
        r.appendChild(svg("title", {}, k + " · " + pretty(p.type) + ": " + p.n));
        chart.appendChild(r);
        acc += p.n;
      });
      // x labels: every year start (or every Nth year)
      var label = null;
      if (byYear) {
        var ystep = Math.ceil(40 / bw);
        if ((+k) % ystep === 0) label = k;
      } else if (j === 0 && k.slice(5) !== "01" && bw >= 60) {
        label = MONTHS[+k.slice(5) - 1] + " " + k.slice(0, 4);
      } else if (k.slice(5) === "01" || j === 0) {
        var yearsShown = Math.ceil(36 / (bw * 12));
        if (j === 0 || (+k.slice(0, 4)) % Math.max(1, yearsShown) === 0) label = k.slice(0, 4);
      } else if (bw >= 26) {
        label = MONTHS[+k.slice(5) - 1];
      }
      if (label) {
        chart.appendChild(svg("line", { x1: bx, x2: bx, y1: T + plotH, y2: T + plotH + 5, "class": "tl-tick-minor" }));
        chart.appendChild(svg("text", { x: bx + 2, y: T + plotH + 18, "class": "tl-x-label" }, label));
      }
    });
    chart.appendChild(svg("line", { x1: L, x2: W - 8, y1: T + plotH + 0.5, y2: T + plotH + 0.5, "class": "tl-axis-line" }));
    box.appendChild(chart);
  }

  load();
})();
