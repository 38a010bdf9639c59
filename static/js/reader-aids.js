// The text size and contrast buttons in the header (templates/navigation/reader_aids.html).
// reader-aids-init.js has already applied the saved choice; this keeps the buttons' aria-pressed
// in step with it and saves every new choice.

const STORAGE_KEY = "reader-aids";
const TEXT_SIZES = [0, 1, 2];
const root = document.documentElement;
const systemPrefersMoreContrast = window.matchMedia("(prefers-contrast: more)");

function load() {
    try {
        const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "null");
        return saved && typeof saved === "object" ? saved : {};
    } catch {
        return {};
    }
}

function save(settings) {
    try {
        window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    } catch {
        // Storage disabled: the choice holds for this page only.
    }
}

function currentTextSize() {
    return TEXT_SIZES.find((size) => root.classList.contains(`text-size-${size}`)) ?? 0;
}

function highContrastIsOn() {
    if (root.classList.contains("contrast-more")) return true;
    if (root.classList.contains("contrast-normal")) return false;
    return systemPrefersMoreContrast.matches;
}

const panel = document.querySelector("[data-reader-aids]");

if (panel) {
    const sizeButtons = [...panel.querySelectorAll("[data-text-size]")];
    const contrastButton = panel.querySelector("[data-contrast-toggle]");

    const render = () => {
        const size = currentTextSize();
        for (const button of sizeButtons) {
            button.setAttribute("aria-pressed", String(Number(button.dataset.textSize) === size));
        }
        contrastButton?.setAttribute("aria-pressed", String(highContrastIsOn()));
    };

    for (const button of sizeButtons) {
        button.addEventListener("click", () => {
            const size = Number(button.dataset.textSize);
            for (const other of TEXT_SIZES) root.classList.remove(`text-size-${other}`);
            if (size) root.classList.add(`text-size-${size}`);
            save({ ...load(), textSize: size });
            render();
        });
    }

    contrastButton?.addEventListener("click", () => {
        const on = !highContrastIsOn();
        root.classList.toggle("contrast-more", on);
        root.classList.toggle("contrast-normal", !on);
        save({ ...load(), contrast: on ? "more" : "normal" });
        render();
    });

    // The system setting can change while the page is open (no explicit choice: it rules).
    systemPrefersMoreContrast.addEventListener("change", render);
    render();
    panel.hidden = false;
}
