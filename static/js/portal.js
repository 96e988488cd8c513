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
