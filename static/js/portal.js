// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    var toggle = document.querySelector(".main-nav__toggle");
    if (toggle) {
        toggle.hidden = false;
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", open ? "false" : "true");
        });
    }
})();

// Event times: also show them in the visitor's own time zone, where it differs.
(function () {
    "use strict";
    if (!window.Intl || !Intl.DateTimeFormat) { return; }
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var lang = document.documentElement.lang || undefined;
    document.querySelectorAll("time[data-local-time]").forEach(function (node) {
        var when = new Date(node.getAttribute("datetime"));
        var eventZone = node.getAttribute("data-zone");
        if (isNaN(when) || !zone || zone === eventZone) { return; }
        var text = new Intl.DateTimeFormat(lang, {
            weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZoneName: "short"
        }).format(when);
        var note = document.createElement("span");
        note.className = "local-time";
        note.textContent = (node.getAttribute("data-label") || "") + " " + text;
        node.parentNode.appendChild(note);
    });
})();

// Directory search: results and facet counts follow the filters as they change, without a
// full page load; the address follows too, so the search can still be shared. Without
// JavaScript the "Apply filters" button submits the same form.
(function () {
    "use strict";
    var form = document.querySelector("form[data-auto-submit]");
    if (!form || !window.fetch || !window.DOMParser) { return; }
    var layout = form.querySelector(".directory-layout");
    var pending;
    function refresh(changed) {
        var params = new URLSearchParams(new FormData(form));
        params.delete("page");
        var url = form.action + "?" + params.toString();
        if (pending) { pending.abort(); }
        pending = new AbortController();
        layout.setAttribute("aria-busy", "true");
        fetch(url, { signal: pending.signal, credentials: "same-origin" })
            .then(function (response) { return response.ok ? response.text() : Promise.reject(response); })
            .then(function (html) {
                var next = new DOMParser().parseFromString(html, "text/html").querySelector(".directory-layout");
                if (!next) { window.location.assign(url); return; }
                layout.innerHTML = next.innerHTML;
                history.replaceState(null, "", url);
                if (changed && changed.name) {
                    var selector = '[name="' + changed.name + '"]' + (changed.value ? '[value="' + CSS.escape(changed.value) + '"]' : "");
                    var again = layout.querySelector(selector);
                    if (again) { again.focus(); }
                }
            })
            .catch(function (error) { if (error.name !== "AbortError") { window.location.assign(url); } })
            .finally(function () { layout.removeAttribute("aria-busy"); });
    }
    form.addEventListener("change", function (event) {
        if (event.target.matches("input[type=checkbox], select")) { refresh(event.target); }
    });
})();

// Autocomplete: an <input data-suggest="URL" list="ID"> gets the titles the JSON API
// suggests for what was typed, in its <datalist>. Without JavaScript it is a plain box.
(function () {
    "use strict";
    document.querySelectorAll("input[data-suggest]").forEach(function (input) {
        var list = document.getElementById(input.getAttribute("list"));
        var timer = null;
        var controller = null;
        if (!list || !window.fetch) { return; }
        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            var words = input.value.trim();
            if (words.length < 2) { list.replaceChildren(); return; }
            timer = window.setTimeout(function () {
                if (controller) { controller.abort(); }
                controller = new AbortController();
                fetch(input.dataset.suggest + "?q=" + encodeURIComponent(words), {
                    credentials: "same-origin", signal: controller.signal
                })
                    .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                    .then(function (data) {
                        list.replaceChildren.apply(list, data.suggestions.map(function (title) {
                            var option = document.createElement("option");
                            option.value = title;
                            return option;
                        }));
                    })
                    .catch(function () {});
            }, 200);
        });
    });
})();

// "Save this search" saves the search in the address bar, which filters may have changed
// in place since the page loaded (see data-auto-submit above).
(function () {
    "use strict";
    document.querySelectorAll("form[data-current-search]").forEach(function (form) {
        form.addEventListener("submit", function () {
            form.querySelector("input[name=search]").value = window.location.search.slice(1);
        });
    });
})();
