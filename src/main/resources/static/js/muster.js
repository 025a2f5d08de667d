// htmx requests carry the same CSRF token as the page's forms.
document.addEventListener("htmx:configRequest", function (event) {
    var body = document.body;
    var header = body.getAttribute("data-csrf-header");
    if (header) event.detail.headers[header] = body.getAttribute("data-csrf-token");
});
