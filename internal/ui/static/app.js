// liaison — small enhancements; every page works without this file.
(function () {
  "use strict";

  // Print buttons.
  document.querySelectorAll("[data-print]").forEach(function (b) {
    b.addEventListener("click", function () { window.print(); });
  });

  // A user field narrowed to the chosen department (e.g. the contact of to_dept).
  document.querySelectorAll("select[data-in-dept]").forEach(function (sel) {
    var form = sel.form;
    var dept = form && form.elements[sel.getAttribute("data-in-dept")];
    if (!dept) { return; }
    function narrow() {
      Array.prototype.forEach.call(sel.options, function (o) {
        var d = o.getAttribute("data-dept");
        o.hidden = !!(d && dept.value && d !== dept.value);
      });
      var cur = sel.options[sel.selectedIndex];
      if (cur && cur.hidden) { sel.value = ""; }
    }
    dept.addEventListener("change", narrow);
    narrow();
  });

  // A party chosen fills its known contact into the contact fields that are
  // empty or still hold what was filled before (known contacts prefilled).
  document.querySelectorAll("select").forEach(function (sel) {
    if (!sel.querySelector("option[data-contact-name]") || !sel.form) { return; }
    var form = sel.form;
    var filled = {};
    sel.addEventListener("change", function () {
      var o = sel.options[sel.selectedIndex];
      ["name", "email", "phone"].forEach(function (k) {
        var el = form.elements["contact." + k];
        if (!el) { return; }
        var v = (o && o.getAttribute("data-contact-" + k)) || "";
        if (el.value === "" || el.value === filled[k]) {
          el.value = v;
          filled[k] = v;
        }
      });
    });
  });

  // A commitment later than the date the requester expects is said at
  // once, before the form is sent (the server warns again on submit).
  document.querySelectorAll("[data-later-than]").forEach(function (note) {
    var el = document.getElementById(note.getAttribute("data-for"));
    if (!el) { return; }
    function judge() { note.hidden = !(el.value && el.value > note.getAttribute("data-later-than")); }
    el.addEventListener("input", judge);
    el.addEventListener("change", judge);
    judge();
  });

  // Rows fields: an "add row" button that clones the last row.
  document.querySelectorAll("table[data-rows]").forEach(function (t) {
    var name = t.getAttribute("data-rows");
    var body = t.tBodies[0];
    var btn = document.createElement("button");
    btn.type = "button";
    btn.textContent = document.documentElement.lang === "en" ? "Add a row" : "添加一行";
    btn.addEventListener("click", function () {
      var rows = body.querySelectorAll("tr.row");
      var last = rows[rows.length - 1];
      var n = rows.length;
      var copy = last.cloneNode(true);
      copy.querySelectorAll("[name]").forEach(function (el) {
        var rest = el.name.slice(name.length + 1).replace(/^\d+/, String(n));
        el.name = name + "." + rest;
        el.id = el.id.replace(/-\d+-([^-]+)$/, "-" + n + "-$1");
        el.value = "";
        el.removeAttribute("aria-invalid");
      });
      copy.querySelectorAll("label[for]").forEach(function (l) {
        l.htmlFor = l.htmlFor.replace(/-\d+-([^-]+)$/, "-" + n + "-$1");
        l.textContent = l.textContent.replace(/\d+$/, String(n + 1));
      });
      copy.querySelectorAll(".field-error, .findings").forEach(function (e) { e.remove(); });
      var num = copy.querySelector("td.num");
      if (num) { num.textContent = String(n + 1); }
      body.appendChild(copy);
      var first = copy.querySelector("input, textarea, select");
      if (first) { first.focus(); }
    });
    t.parentNode.insertBefore(btn, t.nextSibling);
  });

  // Live checker hints: POST /api/v1/check after the user pauses typing.
  // The server checks again on submit; this only shows problems sooner.
  var timers = new WeakMap();
  function hint(el) {
    var box = el.parentNode.querySelector(".live");
    if (!box) { return; }
    var text = el.value.trim();
    if (!text) { box.textContent = ""; return; }
    fetch("/api/v1/check", {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: text, kind: el.getAttribute("data-check") })
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (data) {
      box.textContent = "";
      var list = data && (Array.isArray(data) ? data : data.findings);
      if (!list || !list.length) { return; }
      var ul = document.createElement("ul");
      ul.className = "findings";
      list.forEach(function (f) {
        var li = document.createElement("li");
        li.className = "sev-" + f.severity;
        li.textContent = f.message + (f.suggestion ? " — " + f.suggestion : "");
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }).catch(function () { /* hints are optional */ });
  }
  document.querySelectorAll("[data-check]").forEach(function (el) {
    el.addEventListener("input", function () {
      clearTimeout(timers.get(el));
      timers.set(el, setTimeout(function () { hint(el); }, 600));
    });
  });
  // Copy buttons (a portal link): the clipboard where allowed, else select
  // the text field beside the button so the visitor copies it by hand.
  document.querySelectorAll("[data-copy]").forEach(function (b) {
    b.addEventListener("click", function () {
      var text = b.getAttribute("data-copy");
      var field = b.parentNode.querySelector("input[readonly]");
      function done() {
        b.textContent = document.documentElement.lang === "en" ? "Copied" : "已复制";
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, function () { if (field) { field.select(); } });
      } else if (field) {
        field.select();
        try { if (document.execCommand("copy")) { done(); } } catch (e) { /* selected for a manual copy */ }
      }
    });
  });

  // A field the server marked wrong is cleared of its error once changed:
  // the server checks again on submit.
  function clearError(el) {
    if (el.getAttribute("aria-invalid") !== "true") { return; }
    el.removeAttribute("aria-invalid");
    var err = el.id && document.getElementById(el.id + "-err");
    if (err) { err.remove(); }
    el.removeAttribute("aria-describedby");
    var form = el.form;
    if (form && !form.querySelector('[aria-invalid="true"]')) {
      var top = document.querySelector("main > .alert.error");
      if (top) { top.remove(); }
    }
  }
  document.querySelectorAll('[aria-invalid="true"]').forEach(function (el) {
    el.addEventListener("input", function () { clearError(el); });
    el.addEventListener("change", function () { clearError(el); });
  });

  // After a failed submit, the first field in error has the focus (its
  // action's <details> opened), so the visitor starts where the fix is.
  var firstBad = document.querySelector('main [aria-invalid="true"]');
  if (firstBad) {
    for (var p = firstBad.parentNode; p; p = p.parentNode) {
      if (p.tagName === "DETAILS") { p.open = true; }
    }
    firstBad.focus();
  }

  // Numbers as people write them: 80,000, full-width digits, 13% for a rate.
  function num(v, rate) {
    v = String(v || "").replace(/[\uff10-\uff19]/g, function (d) { return String.fromCharCode(d.charCodeAt(0) - 0xfee0); })
      .replace(/[,，\s_]/g, "").replace("％", "%");
    var pct = /%$/.test(v);
    var x = parseFloat(v.replace(/%$/, ""));
    if (isNaN(x)) { return NaN; }
    return pct && rate ? x / 100 : x;
  }
  // Quote fields: live line amounts and totals while typing (an estimate in
  // the browser; the server computes the exact ones, half-up to the fen).
  document.querySelectorAll("input[name$='.tax_rate']").forEach(function (tax) {
    var form = tax.form;
    var prefix = tax.name.slice(0, -".tax_rate".length);
    if (!form) { return; }
    var out = document.createElement("p");
    out.className = "quote-totals";
    out.setAttribute("aria-live", "polite");
    out.setAttribute("data-quote-totals", prefix);
    var table = form.querySelector("table[data-rows='" + prefix + ".items']");
    (table || tax).insertAdjacentElement("afterend", out);
    var en = document.documentElement.lang === "en";
    function fen(x) { return Math.round(x * 100 + 1e-9); }
    function show() {
      var sub = 0;
      var i;
      for (i = 0; i < 200; i++) {
        var q = form.elements[prefix + ".items." + i + ".qty"];
        var p = form.elements[prefix + ".items." + i + ".unit_price"];
        if (!q || !p) { break; }
        var qv = num(q.value), pv = num(p.value);
        if (!isNaN(qv) && !isNaN(pv)) { sub += fen(qv * pv); }
      }
      var rate = num(tax.value, true);
      var t = isNaN(rate) ? 0 : Math.round(sub * rate);
      var cur = form.elements[prefix + ".currency"];
      var c = cur && cur.value ? cur.value + " " : "";
      out.textContent = (en ? "Subtotal " : "小计 ") + c + (sub / 100).toFixed(2) +
        (en ? " · Tax " : " · 税额 ") + c + (t / 100).toFixed(2) +
        (en ? " · Total " : " · 合计 ") + c + ((sub + t) / 100).toFixed(2);
    }
    form.addEventListener("input", show);
    form.addEventListener("change", show);
    show();
  });

  // On a phone the case's actions stay at the top of the screen (a sticky
  // bar, app.css): the part a link leads to (#timeline after an action,
  // #attachments-h after an upload) is moved below the bar instead of
  // under it, out of sight. A target inside the bar (#act-…) stays put.
  (function () {
    var bar = document.querySelector(".sheet.has-actions > .actions");
    if (!bar || !window.matchMedia) { return; }
    var phone = window.matchMedia("(max-width: 899px)");
    function below() {
      var id = location.hash.slice(1);
      var target = id && document.getElementById(decodeURIComponent(id));
      if (!target || !phone.matches || bar.contains(target)) { return; }
      var gap = bar.getBoundingClientRect().bottom - target.getBoundingClientRect().top;
      if (gap > 0) { window.scrollBy(0, -gap); }
    }
    window.addEventListener("hashchange", below);
    if (document.readyState === "complete") { below(); } else { window.addEventListener("load", below); }
  })();
})();
