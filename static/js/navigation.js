// Progressive enhancement of the main navigation. Without this script every menu link is
// visible; with it, the menu folds behind a "Menu" button on small screens and each menu
// section becomes a disclosure button (aria-expanded) that opens its list of links.

const root = document.documentElement;
root.classList.remove("no-js");
root.classList.add("js");

const nav = document.getElementById("main-nav");
const menuToggle = document.querySelector("[data-menu-toggle]");

function setMenuOpen(open) {
    if (!nav || !menuToggle) return;
    menuToggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
}

if (nav && menuToggle) {
    // The server renders a link to #main-nav (it works without JavaScript); make it a button.
    menuToggle.setAttribute("role", "button");
    // Arriving with #main-nav in the address (the link was used before the script ran) means open.
    setMenuOpen(window.location.hash === "#main-nav");
    if (window.location.hash === "#main-nav") {
        history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    menuToggle.addEventListener("click", (event) => {
        event.preventDefault();
        setMenuOpen(menuToggle.getAttribute("aria-expanded") !== "true");
    });
    // Buttons answer to Space as well as Enter; links only to Enter.
    menuToggle.addEventListener("keydown", (event) => {
        if (event.key === " ") {
            event.preventDefault();
            menuToggle.click();
        }
    });
}

const sections = [];

function closeSection(section, { returnFocus = false } = {}) {
    section.button.setAttribute("aria-expanded", "false");
    section.list.hidden = true;
    if (returnFocus) section.button.focus();
}

function openSection(section) {
    // One open section at a time, as in any menu bar.
    for (const other of sections) {
        if (other !== section) closeSection(other);
    }
    section.button.setAttribute("aria-expanded", "true");
    section.list.hidden = false;
}

for (const item of document.querySelectorAll("[data-menu-section]")) {
    const label = item.querySelector("[data-menu-label]");
    const list = item.querySelector("ul");
    if (!label || !list) continue;

    const button = document.createElement("button");
    button.type = "button";
    button.className = "main-nav__section-toggle";
    button.id = label.id;
    button.textContent = label.textContent.trim();
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", list.id);
    label.replaceWith(button);
    list.hidden = true;

    const section = { item, button, list };
    sections.push(section);

    button.addEventListener("click", () => {
        if (button.getAttribute("aria-expanded") === "true") {
            closeSection(section);
        } else {
            openSection(section);
        }
    });

    // Leaving the section with Tab closes it, so an open list never hides the page behind it.
    item.addEventListener("focusout", (event) => {
        if (!item.contains(event.relatedTarget)) closeSection(section);
    });
}

document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const open = sections.find((section) => section.button.getAttribute("aria-expanded") === "true");
    if (open) {
        closeSection(open, { returnFocus: true });
        return;
    }
    if (menuToggle && menuToggle.getAttribute("aria-expanded") === "true") {
        setMenuOpen(false);
        menuToggle.focus();
    }
});

document.addEventListener("click", (event) => {
    for (const section of sections) {
        if (!section.item.contains(event.target)) closeSection(section);
    }
});

// Back on a wide screen the bar is always visible: forget the small-screen "open" state.
const wide = window.matchMedia("(min-width: 56rem)");
wide.addEventListener("change", (event) => {
    if (event.matches) setMenuOpen(false);
});
