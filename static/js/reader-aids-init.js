// Applies the reader's saved text size and contrast to <html> before the first paint.
// A classic blocking script (not a module, not inline): it must run before the stylesheet is
// used, and an external file keeps a Content-Security-Policy without 'unsafe-inline' possible.
// The choice lives in localStorage: strictly necessary for a feature the reader asked for, never
// sent to the server, so it is not a cookie and needs no consent.
(function () {
    var settings = null;
    try {
        settings = JSON.parse(window.localStorage.getItem("reader-aids") || "null");
    } catch (error) {
        // Storage disabled (private mode, blocked by the reader): the defaults apply.
    }
    if (!settings || typeof settings !== "object") return;
    var root = document.documentElement;
    var size = Number(settings.textSize);
    if (size === 1 || size === 2) root.classList.add("text-size-" + size);
    // "more"/"normal" are explicit choices; without one the system's prefers-contrast rules.
    if (settings.contrast === "more") root.classList.add("contrast-more");
    if (settings.contrast === "normal") root.classList.add("contrast-normal");
})();
