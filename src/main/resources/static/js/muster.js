// htmx requests carry the same CSRF token as the page's forms.
document.addEventListener("htmx:configRequest", function (event) {
    var body = document.body;
    var header = body.getAttribute("data-csrf-header");
    if (header) event.detail.headers[header] = body.getAttribute("data-csrf-token");
});

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
