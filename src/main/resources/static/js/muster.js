// htmx requests carry the same CSRF token as the page's forms.
document.addEventListener("htmx:configRequest", function (event) {
    var body = document.body;
    var header = body.getAttribute("data-csrf-header");
    if (header) event.detail.headers[header] = body.getAttribute("data-csrf-token");
});

// @mentions: typing "@" and two letters in a post's field suggests members (a listbox under the field).
// Without JavaScript the handle is typed by hand; the server resolves it either way.
(function () {
    var typedMention = /(?:^|[^\p{L}\p{N}_@.+-])@([\p{L}\p{N}_]{2,30})$/u;
    var counter = 0;

    function listFor(field) {
        var list = document.getElementById(field.getAttribute("aria-controls") || "");
        if (list) return list;
        list = document.createElement("ul");
        list.id = "mention-list-" + (++counter);
        list.className = "mention-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", field.getAttribute("data-mentions-label") || "");
        list.hidden = true;
        field.insertAdjacentElement("afterend", list);
        field.setAttribute("aria-controls", list.id);
        field.setAttribute("aria-autocomplete", "list");
        field.setAttribute("aria-expanded", "false");
        list.addEventListener("mousedown", function (event) {
            var option = event.target.closest("[role=option]");
            if (!option) return;
            event.preventDefault();
            choose(field, option);
        });
        return list;
    }

    function close(field) {
        var list = document.getElementById(field.getAttribute("aria-controls") || "");
        if (list) {
            list.hidden = true;
            list.replaceChildren();
        }
        field.setAttribute("aria-expanded", "false");
        field.removeAttribute("aria-activedescendant");
    }

    function open(field, members) {
        var list = listFor(field);
        list.replaceChildren();
        members.forEach(function (member, i) {
            var option = document.createElement("li");
            option.id = list.id + "-" + i;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", i === 0 ? "true" : "false");
            option.dataset.handle = member.handle;
            var name = document.createElement("span");
            name.textContent = member.displayName;
            var handle = document.createElement("span");
            handle.className = "muted";
            handle.textContent = " @" + member.handle;
            option.append(name, handle);
            list.append(option);
        });
        if (!members.length) return close(field);
        var caret = caretIn(field);
        list.style.top = (field.offsetTop + caret.top) + "px";
        list.style.left = (field.offsetLeft + caret.left) + "px";
        list.hidden = false;
        field.setAttribute("aria-expanded", "true");
        field.setAttribute("aria-activedescendant", list.firstChild.id);
    }

    // Where the line being typed ends inside the field, measured on a hidden copy of its text, so the
    // list opens under the caret rather than under a tall textarea's bottom edge.
    function caretIn(field) {
        if (field.tagName !== "TEXTAREA") return {top: field.offsetHeight, left: 0};
        var style = getComputedStyle(field);
        var copy = document.createElement("div");
        ["boxSizing", "width", "fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "paddingTop",
            "paddingRight", "paddingBottom", "paddingLeft", "borderTopWidth", "borderLeftWidth", "borderRightWidth",
            "borderTopStyle", "borderLeftStyle", "borderRightStyle"].forEach(function (p) { copy.style[p] = style[p]; });
        copy.style.position = "absolute";
        copy.style.visibility = "hidden";
        copy.style.whiteSpace = "pre-wrap";
        copy.style.overflowWrap = "break-word";
        copy.textContent = field.value.slice(0, field.selectionStart);
        var mark = document.createElement("span");
        mark.textContent = "\u200b";
        copy.append(mark);
        document.body.append(copy);
        var top = mark.offsetTop + mark.offsetHeight - field.scrollTop;
        var left = mark.offsetLeft;
        copy.remove();
        return {top: Math.min(Math.max(top, 0), field.offsetHeight), left: Math.max(0, Math.min(left, field.clientWidth - 224))};
    }

    function move(field, step) {
        var list = listFor(field);
        var options = Array.from(list.children);
        var at = options.findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
        var next = (at + step + options.length) % options.length;
        options.forEach(function (o, i) { o.setAttribute("aria-selected", i === next ? "true" : "false"); });
        field.setAttribute("aria-activedescendant", options[next].id);
    }

    function choose(field, option) {
        var before = field.value.slice(0, field.selectionStart);
        var typed = before.match(typedMention);
        if (typed) {
            var start = before.length - typed[1].length;
            var insert = option.dataset.handle + " ";
            field.value = before.slice(0, start) + insert + field.value.slice(field.selectionStart);
            field.selectionStart = field.selectionEnd = start + insert.length;
        }
        close(field);
        field.focus();
    }

    var pending;
    document.addEventListener("input", function (event) {
        var field = event.target;
        if (!field.matches || !field.matches("[data-mentions]")) return;
        clearTimeout(pending);
        var typed = field.value.slice(0, field.selectionStart).match(typedMention);
        if (!typed) return close(field);
        pending = setTimeout(function () {
            fetch(field.getAttribute("data-mentions") + "?prefix=" + encodeURIComponent(typed[1]),
                {headers: {"Accept": "application/json"}, credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (members) { open(field, members); })
                .catch(function () { close(field); });
        }, 150);
    });

    document.addEventListener("keydown", function (event) {
        var field = event.target;
        if (!field.matches || !field.matches("[data-mentions]") || field.getAttribute("aria-expanded") !== "true") return;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            move(field, event.key === "ArrowDown" ? 1 : -1);
        } else if (event.key === "Enter" || event.key === "Tab") {
            var chosen = document.getElementById(field.getAttribute("aria-activedescendant") || "");
            if (!chosen) return;
            event.preventDefault();
            choose(field, chosen);
        } else if (event.key === "Escape") {
            event.preventDefault();
            close(field);
        }
    });

    document.addEventListener("focusout", function (event) {
        if (event.target.matches && event.target.matches("[data-mentions]")) close(event.target);
    });
})();
// The header count follows the member's notifications: the live stream only says that one was stored, so
// the count is fetched again as the page the member is on renders it for them.
document.addEventListener("htmx:sseOpen", function (event) {
    if (event.target !== document.body) return;
    event.detail.source.addEventListener("notifications", function () {
        if (!document.getElementById("notification-count")) return;
        htmx.ajax("GET", window.location.href,
            {target: "#notification-count", select: "#notification-count", swap: "outerHTML"});
    });
});
// ux: reading
// Moments read as "3 hours ago" in the page's language; the exact time the server wrote stays in the title.
// Without JavaScript the exact time is the text. Redone every minute and on every part htmx brings in.
(function () {
    var units = [["year", 31536000], ["month", 2592000], ["week", 604800], ["day", 86400],
        ["hour", 3600], ["minute", 60]];
    var format = window.Intl && Intl.RelativeTimeFormat
        ? new Intl.RelativeTimeFormat(document.documentElement.lang || undefined, {numeric: "auto"}) : null;

    function relative(seconds) {
        for (var i = 0; i < units.length; i++) {
            if (Math.abs(seconds) >= units[i][1]) return format.format(Math.round(seconds / units[i][1]), units[i][0]);
        }
        return format.format(0, "second");
    }

    function render(root) {
        if (!format) return;
        root.querySelectorAll("time[data-relative]").forEach(function (time) {
            var at = Date.parse(time.getAttribute("datetime"));
            if (isNaN(at)) return;
            if (!time.title) time.title = time.textContent.trim();
            time.textContent = relative((at - Date.now()) / 1000);
        });
    }

    render(document);
    document.addEventListener("htmx:load", function (event) { render(event.target); });
    setInterval(function () { render(document); }, 60000);

    // Share: opening the panel copies the permalink; if the browser refuses, the link stays selected to copy by hand.
    document.addEventListener("toggle", function (event) {
        var share = event.target;
        if (!share.matches || !share.matches("details.share") || !share.open) return;
        var field = share.querySelector("input");
        var status = share.querySelector(".share-status");
        field.select();
        if (!navigator.clipboard) return;
        navigator.clipboard.writeText(field.value).then(function () {
            status.textContent = status.getAttribute("data-copied");
        }, function () { field.select(); });
    }, true);

    // User card: hovering an author's name (or tapping it on a touch screen) shows the card the server
    // renders for this reader; the name still links to the profile, and a second tap follows it.
    var card = null, cardFor = null, showing;
    function hideCard() {
        clearTimeout(showing);
        if (card) card.remove();
        card = null;
        cardFor = null;
    }
    function showCard(link) {
        if (cardFor === link) return;
        hideCard();
        cardFor = link;
        fetch(link.getAttribute("data-card"), {headers: {"HX-Request": "true"}, credentials: "same-origin"})
            .then(function (response) { return response.ok ? response.text() : ""; })
            .then(function (html) {
                if (cardFor !== link || !html) return;
                var box = document.createElement("div");
                box.innerHTML = html;
                card = box.firstElementChild;
                var at = link.getBoundingClientRect();
                card.style.top = (window.scrollY + at.bottom + 4) + "px";
                card.style.left = Math.max(8, Math.min(window.scrollX + at.left, window.scrollX + document.documentElement.clientWidth - 8 - Math.min(288, document.documentElement.clientWidth - 16))) + "px";
                card.addEventListener("mouseleave", hideCard);
                document.body.append(card);
            });
    }
    var touched = false;
    document.addEventListener("pointerdown", function (event) { touched = event.pointerType === "touch"; });
    document.addEventListener("mouseover", function (event) {
        var link = event.target.closest && event.target.closest("a[data-card]");
        if (!link || touched) return;
        clearTimeout(showing);
        showing = setTimeout(function () { showCard(link); }, 250);
    });
    document.addEventListener("mouseout", function (event) {
        var link = event.target.closest && event.target.closest("a[data-card]");
        if (!link || (event.relatedTarget && card && card.contains(event.relatedTarget))) return;
        clearTimeout(showing);
        if (!touched) setTimeout(function () { if (card && !card.matches(":hover")) hideCard(); }, 200);
    });
    document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("a[data-card]");
        if (link && touched && cardFor !== link) {
            event.preventDefault();
            showCard(link);
        } else if (card && !card.contains(event.target)) {
            hideCard();
        }
    });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape") hideCard(); });
})();
