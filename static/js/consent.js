// Opt-in consent for anything that is not strictly necessary (ePrivacy, RODO).
//
// The page's HTML is the same for every visitor; this script reads the visitor's choice from one
// first-party cookie and decides what to show: the banner when there is no valid choice, and the
// players of consent-gated embeds (their iframes wait inert in <template>s) only after the
// "multimedia" category is accepted. Nothing else is stored: no localStorage, no other cookie.

const banner = document.querySelector("[data-consent-banner]");

function readChoice(cookieName, version) {
    const entry = document.cookie.split("; ").find((part) => part.startsWith(`${cookieName}=`));
    if (!entry) return null;
    const params = new URLSearchParams(decodeURIComponent(entry.slice(cookieName.length + 1)));
    // A record from an older version of the categories asks again.
    if (params.get("v") !== String(version)) return null;
    const choice = { date: params.get("d") || "", categories: {} };
    for (const [key, value] of params) {
        if (key !== "v" && key !== "d") choice.categories[key] = value === "1";
    }
    return choice;
}

function init() {
    const cookieName = banner.dataset.consentCookie;
    const version = banner.dataset.consentVersion;
    const maxAgeSeconds = Number(banner.dataset.consentMaxAge) * 24 * 60 * 60;
    const form = banner.querySelector("[data-consent-form]");
    const toggle = banner.querySelector("[data-consent-toggle]");
    const status = document.querySelector("[data-consent-status]");
    const optionalBoxes = [...form.querySelectorAll("[data-consent-category]")];
    const optionalKeys = optionalBoxes.map((box) => box.dataset.consentCategory);
    let opener = null;

    function saveChoice(categories) {
        const params = new URLSearchParams({ v: version, d: new Date().toISOString().slice(0, 10) });
        for (const key of optionalKeys) params.set(key, categories[key] ? "1" : "0");
        const secure = location.protocol === "https:" ? "; Secure" : "";
        document.cookie =
            `${cookieName}=${encodeURIComponent(params.toString())}; Max-Age=${maxAgeSeconds}` +
            `; Path=/; SameSite=Lax${secure}`;
        return readChoice(cookieName, version);
    }

    function allowed(choice, category) {
        return Boolean(choice && choice.categories[category]);
    }

    function applyToEmbeds(choice) {
        for (const embed of document.querySelectorAll("[data-consent-embed]")) {
            const frame = embed.querySelector("[data-embed-frame]");
            const placeholder = embed.querySelector("[data-embed-placeholder]");
            const button = embed.querySelector("[data-embed-consent]");
            button.hidden = false;
            if (allowed(choice, embed.dataset.consentCategory)) {
                if (!frame.firstElementChild) {
                    frame.append(embed.querySelector("[data-embed-template]").content.cloneNode(true));
                }
                frame.hidden = false;
                placeholder.hidden = true;
            } else {
                // Withdrawn consent: the player goes away with everything it loaded.
                frame.replaceChildren();
                frame.hidden = true;
                placeholder.hidden = false;
            }
        }
    }

    function fillForm(choice) {
        for (const box of optionalBoxes) box.checked = allowed(choice, box.dataset.consentCategory);
    }

    function showSettings(open) {
        form.hidden = !open;
        toggle.setAttribute("aria-expanded", String(open));
    }

    function openBanner({ withSettings = false, focus = false } = {}) {
        fillForm(readChoice(cookieName, version));
        showSettings(withSettings);
        banner.hidden = false;
        if (focus) banner.focus();
    }

    function closeBanner() {
        const focusWasInside = banner.contains(document.activeElement);
        banner.hidden = true;
        showSettings(false);
        if (opener && document.contains(opener)) {
            opener.focus();
        } else if (focusWasInside) {
            document.getElementById("main")?.focus();
        }
        opener = null;
    }

    function decide(categories, message) {
        const choice = saveChoice(categories);
        applyToEmbeds(choice);
        closeBanner();
        status.textContent = message;
    }

    banner.querySelector("[data-consent-accept]").addEventListener("click", () => {
        const everything = Object.fromEntries(optionalKeys.map((key) => [key, true]));
        decide(everything, status.dataset.messageAll);
    });
    banner.querySelector("[data-consent-reject]").addEventListener("click", () => {
        decide({}, status.dataset.messageNone);
    });
    toggle.addEventListener("click", () => showSettings(form.hidden));
    form.addEventListener("submit", (event) => {
        event.preventDefault();
        const categories = Object.fromEntries(
            optionalBoxes.map((box) => [box.dataset.consentCategory, box.checked]),
        );
        decide(categories, status.dataset.messageCustom);
    });
    banner.addEventListener("keydown", (event) => {
        // Escape closes the banner only when a choice already exists: a first visit needs one.
        if (event.key === "Escape" && readChoice(cookieName, version)) closeBanner();
    });

    for (const control of document.querySelectorAll("[data-consent-open]")) {
        control.hidden = false;
        control.addEventListener("click", (event) => {
            event.preventDefault();
            opener = control;
            openBanner({ withSettings: true, focus: true });
        });
    }

    for (const button of document.querySelectorAll("[data-embed-consent]")) {
        button.addEventListener("click", () => {
            const current = readChoice(cookieName, version);
            const categories = { ...(current ? current.categories : {}) };
            categories[button.closest("[data-consent-embed]").dataset.consentCategory] = true;
            const choice = saveChoice(categories);
            applyToEmbeds(choice);
            if (!current) banner.hidden = true;
            button.closest("[data-consent-embed]").querySelector("iframe")?.focus();
            status.textContent = status.dataset.messageMultimedia;
        });
    }

    const choice = readChoice(cookieName, version);
    applyToEmbeds(choice);
    if (!choice) openBanner();
}

if (banner) init();
