// htmx requests carry the same CSRF token as the page's forms.
document.addEventListener("htmx:configRequest", function (event) {
    var body = document.body;
    var header = body.getAttribute("data-csrf-header");
    if (header) event.detail.headers[header] = body.getAttribute("data-csrf-token");
});

// Suggestions as one types, in a listbox under the field: "@" and two letters in a post's field suggest
// members ([data-mentions]); the first letters of a tag in a tag field suggest existing tags with their
// descriptions ([data-tags]). Without JavaScript the handle or tag is typed by hand; the server resolves it
// either way.
(function () {
    var typedMention = /(?:^|[^\p{L}\p{N}_@.+-])@([\p{L}\p{N}_]{2,30})$/u;
    var typedTag = /(?:^|[,\s])([^,\s]{1,35})$/u;
    var counter = 0;

    function span(text, className) {
        var part = document.createElement("span");
        if (className) part.className = className;
        part.textContent = text;
        return part;
    }

    // What each kind of field suggests: which words before the caret ask for suggestions, where to fetch them,
    // how an option reads and what choosing it writes in place of the typed word.
    var kinds = [
        {
            selector: "[data-mentions]", source: "data-mentions", label: "data-mentions-label", pattern: typedMention,
            option: function (member) { return [span(member.displayName), span(" @" + member.handle, "muted")]; },
            text: function (member) { return member.handle + " "; }
        },
        {
            selector: "[data-tags]", source: "data-tags", label: "data-tags-label", pattern: typedTag,
            option: function (tag) {
                var parts = [span(tag.name, "tag-name"), span(" ×" + tag.questionCount, "muted")];
                if (tag.description) parts.push(span(tag.description, "tag-description muted"));
                return parts;
            },
            text: function (tag) { return tag.name + ", "; }
        }
    ];

    function kindOf(field) {
        if (!field.matches) return null;
        for (var i = 0; i < kinds.length; i++) if (field.matches(kinds[i].selector)) return kinds[i];
        return null;
    }

    function typedIn(field, kind) {
        return field.value.slice(0, field.selectionStart).match(kind.pattern);
    }

    function listFor(field, kind) {
        var list = document.getElementById(field.getAttribute("aria-controls") || "");
        if (list) return list;
        list = document.createElement("ul");
        list.id = "suggestion-list-" + (++counter);
        list.className = "mention-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", field.getAttribute(kind.label) || "");
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

    function open(field, kind, items) {
        var list = listFor(field, kind);
        list.replaceChildren();
        items.forEach(function (item, i) {
            var option = document.createElement("li");
            option.id = list.id + "-" + i;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", i === 0 ? "true" : "false");
            option.dataset.text = kind.text(item);
            option.append.apply(option, kind.option(item));
            list.append(option);
        });
        if (!items.length) return close(field);
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
        var list = document.getElementById(field.getAttribute("aria-controls") || "");
        var options = Array.from(list.children);
        var at = options.findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
        var next = (at + step + options.length) % options.length;
        options.forEach(function (o, i) { o.setAttribute("aria-selected", i === next ? "true" : "false"); });
        field.setAttribute("aria-activedescendant", options[next].id);
    }

    function choose(field, option) {
        var kind = kindOf(field);
        var typed = typedIn(field, kind);
        if (typed) {
            var caret = field.selectionStart;
            var start = caret - typed[1].length;
            var rest = field.value.slice(caret);
            // A tag chosen in the middle of one being retyped replaces all of it.
            if (kind.pattern === typedTag) rest = rest.replace(/^[^,\s]*[,\s]*/, "");
            field.value = field.value.slice(0, start) + option.dataset.text + rest;
            field.selectionStart = field.selectionEnd = start + option.dataset.text.length;
            field.dispatchEvent(new Event("input", {bubbles: true}));
        }
        close(field);
        field.focus();
    }

    var pending;
    document.addEventListener("input", function (event) {
        var field = event.target;
        var kind = kindOf(field);
        if (!kind || !event.isTrusted) return;
        clearTimeout(pending);
        var typed = typedIn(field, kind);
        if (!typed) return close(field);
        pending = setTimeout(function () {
            fetch(field.getAttribute(kind.source) + "?prefix=" + encodeURIComponent(typed[1]),
                {headers: {"Accept": "application/json"}, credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (items) { open(field, kind, items); })
                .catch(function () { close(field); });
        }, 150);
    });

    document.addEventListener("keydown", function (event) {
        var field = event.target;
        if (!kindOf(field) || field.getAttribute("aria-expanded") !== "true") return;
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
        if (kindOf(event.target)) close(event.target);
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
// ux: member state in missions and rewards
// A code's copy button: hidden without JavaScript (the code stays selectable as text), it copies the
// code and says so on the button for a moment.
(function () {
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
        if (navigator.clipboard) button.hidden = false;
    });
    document.addEventListener("click", function (event) {
        var button = event.target.closest && event.target.closest("button[data-copy]");
        if (!button) return;
        var code = document.getElementById(button.dataset.copy);
        if (!code) return;
        navigator.clipboard.writeText(code.textContent.trim()).then(function () {
            var label = button.textContent;
            button.textContent = button.dataset.copied;
            setTimeout(function () { button.textContent = label; }, 2000);
        });
    });
})();
// ux: branding — the header menu stays open on wide screens (its links sit in the bar) and folds on a
// phone; the Admin menu closes on a click elsewhere or Escape; the branding page previews name and colour.
(function () {
    var menu = document.getElementById("menu");
    if (menu) {
        var wide = window.matchMedia("(min-width: 56.01rem)");
        var follow = function () { menu.open = wide.matches; };
        follow();
        wide.addEventListener("change", follow);
    }
    document.addEventListener("click", function (event) {
        document.querySelectorAll("details.admin-menu[open]").forEach(function (open) {
            if (!open.contains(event.target)) open.open = false;
        });
    });
    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") return;
        document.querySelectorAll("details.admin-menu[open]").forEach(function (open) {
            open.open = false;
            open.querySelector("summary").focus();
        });
    });

    var form = document.getElementById("branding-form");
    var preview = document.querySelector(".brand-preview");
    if (!form || !preview) return;
    var hex = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;
    var dark = window.matchMedia("(prefers-color-scheme: dark)");
    var darkPaper = [0x1b / 255, 0x20 / 255, 0x29 / 255];

    function channels(value) {
        var digits = hex.exec(value.trim())[1];
        if (digits.length === 3) digits = digits.replace(/(.)/g, "$1$1");
        return [0, 2, 4].map(function (i) { return parseInt(digits.substr(i, 2), 16) / 255; });
    }

    function luminance(rgb) {
        var linear = rgb.map(function (c) { return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); });
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    function update() {
        var name = form.querySelector("[name=name]").value.trim();
        preview.querySelector("[data-preview=name]").textContent = name || form.querySelector("[name=name]").placeholder;
        var accent = form.querySelector("[name=accent]").value;
        var swatch = document.getElementById("accent-swatch");
        var contrast = preview.querySelector("[data-preview=contrast]");
        if (!hex.test(accent.trim())) {
            preview.style.removeProperty("--accent");
            swatch.style.removeProperty("background");
            contrast.textContent = "";
            return;
        }
        var colour = "#" + hex.exec(accent.trim())[1];
        var rgb = channels(colour);
        var ratio = 1.05 / (luminance(rgb) + 0.05);
        swatch.style.background = colour;
        if (dark.matches) {
            // As BrandColours.forDarkTheme: lightened in steps of 5% until it reads on the dark page.
            var percent = 0, mixed = rgb;
            while (percent < 100 && (luminance(mixed) + 0.05) / (luminance(darkPaper) + 0.05) < 4.5) {
                percent += 5;
                mixed = rgb.map(function (c) { return c + (1 - c) * percent / 100; });
            }
            preview.style.setProperty("--accent", "rgb(" + mixed.map(function (c) { return Math.round(c * 255); }).join(",") + ")");
            preview.style.setProperty("--accent-ink", "#11151c");
        } else {
            preview.style.setProperty("--accent", colour);
            preview.style.setProperty("--accent-ink", "#ffffff");
        }
        contrast.textContent = (preview.getAttribute(ratio >= 4.5 ? "data-contrast-ok" : "data-contrast-low") || "")
            .replace("{0}", ratio.toFixed(1));
    }

    form.addEventListener("input", update);
    dark.addEventListener("change", update);
    update();
})();
// ux: review
// A bulk form ([data-bulk]) acts on the items of a list ([data-shortcuts] > [data-item]) whose checkboxes belong to
// it (inside it or by their form attribute). Without JavaScript they work as a plain form; this adds "select all"
// and keys: j/k move, x selects, ? lists the keys, and each button with data-key presses it, on the selected items
// or else on the current one; a button with data-needs first asks for that field when it is empty.
(function () {
    var current = -1;

    function bulkForm() { return document.querySelector("form[data-bulk]"); }

    function items() {
        var list = document.querySelector("[data-shortcuts]");
        return list ? Array.from(list.querySelectorAll("[data-item]")) : [];
    }

    function boxes(form) {
        return Array.from(form.elements).filter(function (e) {
            return e.type === "checkbox" && e.name && !e.closest("[data-select-all]");
        });
    }

    function boxOf(item) { return item.querySelector("input[type=checkbox][name]"); }

    function showSelection(form) {
        var all = form.querySelector("[data-select-all] input");
        if (!all) return;
        var list = boxes(form), checked = list.filter(function (b) { return b.checked; }).length;
        all.checked = list.length > 0 && checked === list.length;
        all.indeterminate = checked > 0 && checked < list.length;
    }

    function moveTo(index) {
        var list = items();
        if (!list.length) return;
        current = Math.max(0, Math.min(list.length - 1, index));
        list.forEach(function (item, i) {
            item.classList.toggle("current", i === current);
            if (i === current) item.setAttribute("aria-current", "true"); else item.removeAttribute("aria-current");
        });
        list[current].scrollIntoView({block: "nearest"});
    }

    function toggleHelp(show) {
        var help = document.querySelector("[data-shortcuts-help]");
        if (!help) return;
        help.hidden = show === undefined ? !help.hidden : !show;
        if (!help.hidden) help.focus();
    }

    function press(form, button) {
        var list = items();
        if (!boxes(form).some(function (b) { return b.checked; }) && list[current]) {
            boxOf(list[current]).checked = true;
            showSelection(form);
        }
        var needed = button.getAttribute("data-needs") && document.getElementById(button.getAttribute("data-needs"));
        if (needed && !needed.value.trim()) {
            needed.focus();
            return;
        }
        form.requestSubmit(button);
    }

    document.addEventListener("DOMContentLoaded", function () {
        var form = bulkForm();
        if (!form) return;
        document.querySelectorAll("[data-select-all], [data-shortcuts-hint]").forEach(function (e) { e.hidden = false; });
        var help = document.querySelector("[data-shortcuts-help] dl");
        document.querySelectorAll("button[data-key]").forEach(function (button) {
            if (!help) return;
            var key = document.createElement("dt"), kbd = document.createElement("kbd"), what = document.createElement("dd");
            kbd.textContent = button.getAttribute("data-key");
            key.append(kbd);
            what.textContent = button.textContent.trim();
            help.append(key, what);
        });
        var all = form.querySelector("[data-select-all] input");
        if (all) all.addEventListener("change", function () {
            boxes(form).forEach(function (b) { b.checked = all.checked; });
            showSelection(form);
        });
        document.addEventListener("change", function (event) {
            if (event.target.type === "checkbox" && event.target.form === form) showSelection(form);
        });
        showSelection(form);
    });

    document.addEventListener("keydown", function (event) {
        var form = bulkForm();
        if (!form || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
        var target = event.target;
        // Never while typing: a letter in a field is text, not a command.
        if (target.closest && target.closest("input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable]")) return;
        var list = items();
        if (event.key === "j") moveTo(current + 1);
        else if (event.key === "k") moveTo(current < 0 ? 0 : current - 1);
        else if (event.key === "x" && list.length) {
            if (current < 0) moveTo(0);
            var box = boxOf(list[current]);
            box.checked = !box.checked;
            showSelection(form);
        } else if (event.key === "?") toggleHelp();
        else if (event.key === "Escape") toggleHelp(false);
        else {
            var button = Array.from(document.querySelectorAll("button[data-key]")).find(function (b) {
                return b.getAttribute("data-key") === event.key && b.form === form;
            });
            if (!button) return;
            press(form, button);
        }
        event.preventDefault();
    });
})();
// ux: mission and reward forms (mforms)
// A field with data-suggest offers what the server finds for the text typed so far (places by name, members
// by handle) in a listbox under it; choosing one puts its text in the field and fills the fields named in
// data-suggest-fill ("latitude=latitude": the field with that id gets the result's property). Typing again
// clears them, so they never belong to another choice. Without JavaScript the server resolves the text.
// A program select with data-new-program shows the new program's fields only while "a new program" is chosen,
// and an amount's unit follows the currency typed beside it.
(function () {
    var counter = 0;
    var pending;

    function fills(field) {
        return (field.getAttribute("data-suggest-fill") || "").split(" ").filter(Boolean).map(function (pair) {
            var parts = pair.split("=");
            return {field: document.getElementById(parts[0]), key: parts[1]};
        }).filter(function (f) { return f.field; });
    }

    function listFor(field) {
        var list = document.getElementById(field.getAttribute("aria-controls") || "");
        if (list) return list;
        list = document.createElement("ul");
        list.id = "suggest-list-" + (++counter);
        list.className = "suggest-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", field.getAttribute("data-suggest-label") || "");
        list.hidden = true;
        field.insertAdjacentElement("afterend", list);
        field.setAttribute("role", "combobox");
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

    function open(field, results) {
        if (!results.length) return close(field);
        var list = listFor(field);
        list.replaceChildren();
        var shown = (field.getAttribute("data-suggest-show") || "").split(" ");
        results.forEach(function (result, i) {
            var option = document.createElement("li");
            option.id = list.id + "-" + i;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", i === 0 ? "true" : "false");
            option.dataset.result = JSON.stringify(result);
            shown.forEach(function (key, k) {
                var part = document.createElement("span");
                if (k > 0) part.className = "muted";
                part.textContent = (k > 0 ? " " : "") + result[key];
                option.append(part);
            });
            list.append(option);
        });
        list.hidden = false;
        field.setAttribute("aria-expanded", "true");
        field.setAttribute("aria-activedescendant", list.firstChild.id);
    }

    function move(field, step) {
        var options = Array.from(listFor(field).children);
        var at = options.findIndex(function (o) { return o.getAttribute("aria-selected") === "true"; });
        var next = (at + step + options.length) % options.length;
        options.forEach(function (o, i) { o.setAttribute("aria-selected", i === next ? "true" : "false"); });
        field.setAttribute("aria-activedescendant", options[next].id);
    }

    function choose(field, option) {
        var result = JSON.parse(option.dataset.result);
        field.value = result[field.getAttribute("data-suggest-text")];
        fills(field).forEach(function (f) { f.field.value = result[f.key]; });
        close(field);
        field.focus();
    }

    document.addEventListener("input", function (event) {
        var field = event.target;
        if (!field.matches || !field.matches("[data-suggest]")) return;
        fills(field).forEach(function (f) { f.field.value = ""; });
        clearTimeout(pending);
        var typed = field.value.trim().replace(/^@/, "");
        if (typed.length < 2) return close(field);
        pending = setTimeout(function () {
            fetch(field.getAttribute("data-suggest") + encodeURIComponent(typed),
                {headers: {"Accept": "application/json"}, credentials: "same-origin"})
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (results) { open(field, results); })
                .catch(function () { close(field); });
        }, 150);
    });

    document.addEventListener("keydown", function (event) {
        var field = event.target;
        if (!field.matches || !field.matches("[data-suggest]") || field.getAttribute("aria-expanded") !== "true") return;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            move(field, event.key === "ArrowDown" ? 1 : -1);
        } else if (event.key === "Enter") {
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
        if (event.target.matches && event.target.matches("[data-suggest]")) close(event.target);
    });

    function showNewProgram(select) {
        var fields = document.getElementById(select.getAttribute("data-new-program"));
        if (fields) fields.hidden = select.value !== "";
    }

    document.querySelectorAll("[data-new-program]").forEach(showNewProgram);
    document.addEventListener("change", function (event) {
        if (event.target.matches && event.target.matches("[data-new-program]")) showNewProgram(event.target);
    });
    document.addEventListener("input", function (event) {
        if (!event.target.id) return;
        document.querySelectorAll("[data-unit-of='" + event.target.id + "']").forEach(function (unit) {
            unit.textContent = event.target.value.trim().toUpperCase();
        });
    });
})();
// ux: writing. The composer: a Markdown toolbar above each textarea[data-composer] (with Ctrl/Cmd+B, I and K),
// images pasted, dropped or chosen with the toolbar's button uploaded and put in at the caret, and the draft
// saved as the member types. Without JavaScript the textarea is a plain one, the upload form beside it does the
// uploading and the draft is still shown and discarded by the server.
(function () {
    var csrf = function () {
        var header = document.body.getAttribute("data-csrf-header");
        var headers = {};
        if (header) headers[header] = document.body.getAttribute("data-csrf-token");
        return headers;
    };

    function changed(field) {
        field.dispatchEvent(new Event("input", {bubbles: true}));
        field.focus();
    }

    // Wraps the selection (or a placeholder) in marks, or marks each selected line.
    function wrap(field, before, after, placeholder) {
        var start = field.selectionStart, end = field.selectionEnd;
        var chosen = field.value.slice(start, end) || placeholder || "";
        field.setRangeText(before + chosen + after, start, end, "end");
        field.setSelectionRange(start + before.length, start + before.length + chosen.length);
        changed(field);
    }

    function lines(field, mark) {
        var value = field.value;
        var start = value.lastIndexOf("\n", field.selectionStart - 1) + 1;
        var end = value.indexOf("\n", field.selectionEnd);
        if (end < 0) end = value.length;
        var n = 0;
        var marked = value.slice(start, end).split("\n").map(function (line) { return mark(++n) + line; }).join("\n");
        field.setRangeText(marked, start, end, "end");
        changed(field);
    }

    function insert(field, text) {
        field.setRangeText(text, field.selectionStart, field.selectionEnd, "end");
        changed(field);
    }

    function format(field, how, button) {
        switch (how) {
            case "bold": return wrap(field, "**", "**");
            case "italic": return wrap(field, "*", "*");
            case "code": return wrap(field, "`", "`");
            case "block": return wrap(field, "\n```\n", "\n```\n");
            case "link": {
                var start = field.selectionStart;
                var text = field.value.slice(start, field.selectionEnd) || (button && button.dataset.text) || "";
                field.setRangeText("[" + text + "](https://)", start, field.selectionEnd, "end");
                // The address is what is left to type: it is selected.
                field.setSelectionRange(start + text.length + 3, start + text.length + 11);
                return changed(field);
            }
            case "quote": return lines(field, function () { return "> "; });
            case "bullets": return lines(field, function () { return "- "; });
            case "numbers": return lines(field, function (n) { return n + ". "; });
            case "image": return chooseImage(field);
        }
    }

    function statusOf(field) {
        var form = field.closest("form");
        return form && form.querySelector("[data-draft-status]");
    }

    function say(field, text) {
        var status = statusOf(field);
        if (status) status.textContent = text;
    }

    function upload(field, file) {
        var button = toolbarOf(field).querySelector("[data-format=image]");
        say(field, button.dataset.uploading);
        var data = new FormData();
        data.append("image", file);
        fetch(field.getAttribute("data-upload"), {method: "POST", body: data, credentials: "same-origin",
            headers: Object.assign({"Accept": "application/json"}, csrf())})
            .then(function (response) {
                return response.json().then(function (body) { return {ok: response.ok, body: body}; });
            })
            .then(function (result) {
                if (!result.ok) return say(field, result.body.detail || button.dataset.failed);
                say(field, "");
                insert(field, result.body.markdown);
            })
            .catch(function () { say(field, button.dataset.failed); });
    }

    function chooseImage(field) {
        var input = document.createElement("input");
        input.type = "file";
        input.accept = "image/png,image/jpeg,image/gif,image/webp";
        input.hidden = true;
        input.addEventListener("change", function () {
            if (input.files.length) upload(field, input.files[0]);
            input.remove();
        });
        field.insertAdjacentElement("afterend", input);
        input.click();
    }

    function toolbarOf(field) {
        return document.getElementById(field.getAttribute("data-toolbar"));
    }

    var count = 0;
    function compose(field) {
        var template = document.getElementById("composer-toolbar");
        if (!template || field.hasAttribute("data-toolbar")) return;
        var toolbar = template.content.firstElementChild.cloneNode(true);
        toolbar.id = "composer-toolbar-" + (++count);
        if (!field.hasAttribute("data-upload")) toolbar.querySelector("[data-format=image]").remove();
        field.setAttribute("data-toolbar", toolbar.id);
        field.insertAdjacentElement("beforebegin", toolbar);
        toolbar.addEventListener("click", function (event) {
            var button = event.target.closest("[data-format]");
            if (button) format(field, button.dataset.format, button);
        });
        field.addEventListener("keydown", function (event) {
            if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
            var how = {b: "bold", i: "italic", k: "link"}[event.key.toLowerCase()];
            if (!how) return;
            event.preventDefault();
            format(field, how);
        });
        if (!field.hasAttribute("data-upload")) return;
        field.addEventListener("paste", function (event) {
            var files = Array.from(event.clipboardData ? event.clipboardData.files : []).filter(isImage);
            if (!files.length) return;
            event.preventDefault();
            files.forEach(function (file) { upload(field, file); });
        });
        field.addEventListener("dragover", function (event) {
            if (event.dataTransfer && Array.from(event.dataTransfer.types).indexOf("Files") >= 0) event.preventDefault();
        });
        field.addEventListener("drop", function (event) {
            var files = Array.from(event.dataTransfer ? event.dataTransfer.files : []).filter(isImage);
            if (!files.length) return;
            event.preventDefault();
            files.forEach(function (file) { upload(field, file); });
        });
        var fallback = field.closest("form").parentElement.querySelector("[data-upload-fallback]");
        if (fallback) fallback.hidden = true;
    }

    function isImage(file) {
        return /^image\//.test(file.type);
    }

    // Drafts: saved a moment after the member stops typing, never after the form is sent.
    var DRAFTED = ["title", "body", "tagText"];
    function draftOf(form) {
        return form && form.querySelector("[data-draft-save]");
    }

    function fieldsOf(form) {
        var data = new URLSearchParams();
        DRAFTED.forEach(function (name) {
            var field = form.elements.namedItem(name);
            if (field && field.value !== undefined) data.append(name, field.value);
        });
        return data;
    }

    function saveDraft(form) {
        var draft = draftOf(form);
        var data = fieldsOf(form).toString();
        if (data === form.dataset.savedDraft) return;
        form.dataset.savedDraft = data;
        var status = draft.querySelector("[data-draft-status]");
        form.draftSaving = fetch(draft.getAttribute("data-draft-save"), {method: "POST", body: data, credentials: "same-origin",
            headers: Object.assign({"Content-Type": "application/x-www-form-urlencoded"}, csrf())})
            .then(function (response) {
                if (form.dataset.sent) return;
                status.textContent = response.ok ? draft.dataset.saved : draft.dataset.notSaved;
                draft.querySelector("[data-draft-discard]").hidden = !response.ok;
            })
            .catch(function () { status.textContent = draft.dataset.notSaved; })
            .finally(function () { form.draftSaving = null; });
    }

    document.addEventListener("input", function (event) {
        var form = event.target.closest && event.target.closest("form");
        if (!draftOf(form) || DRAFTED.indexOf(event.target.name) < 0) return;
        clearTimeout(form.draftTimer);
        form.draftTimer = setTimeout(function () { saveDraft(form); }, 1000);
    });

    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!draftOf(form)) return;
        clearTimeout(form.draftTimer);
        if (event.submitter && event.submitter.hasAttribute("data-draft-discard")) {
            event.preventDefault();
            discard(form, event.submitter);
        } else if (form.draftSaving) {
            // A save still on its way would arrive after the post and bring the published text back as a draft.
            event.preventDefault();
            var submitter = event.submitter;
            form.draftSaving.then(function () { form.requestSubmit(submitter); });
        } else {
            form.dataset.sent = "true";
        }
    });

    function discard(form, button) {
        var draft = draftOf(form);
        fetch(button.formAction, {method: "POST", credentials: "same-origin", headers: csrf(), redirect: "manual"})
            .then(function () {
                DRAFTED.forEach(function (name) {
                    var field = form.elements.namedItem(name);
                    if (field) {
                        field.value = "";
                        field.dispatchEvent(new Event("input", {bubbles: true}));
                    }
                });
                clearTimeout(form.draftTimer);
                form.dataset.savedDraft = fieldsOf(form).toString();
                draft.querySelector("[data-draft-status]").textContent = draft.dataset.discarded;
                button.hidden = true;
            });
    }

    function start(root) {
        root.querySelectorAll("textarea[data-composer]").forEach(compose);
        root.querySelectorAll("form").forEach(function (form) {
            if (draftOf(form)) form.dataset.savedDraft = fieldsOf(form).toString();
        });
    }

    document.addEventListener("DOMContentLoaded", function () { start(document); });
    document.addEventListener("htmx:load", function (event) { start(event.target); });
})();
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
