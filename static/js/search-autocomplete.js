// Suggestions as you type in search boxes: every `input[name="q"][data-autocomplete]`.
//
// Progressive enhancement: without JavaScript (or when the suggestions endpoint fails) the box is a
// plain GET form to /szukaj/. With it, the input becomes an ARIA 1.2 combobox: a listbox of page
// titles, arrow keys to move through them, Enter to open the highlighted page, Escape to close.
// The endpoint is `data-autocomplete-url`, or "podpowiedzi/" next to the form's action.

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 200;
const MESSAGES = {
  listLabel: "Podpowiedzi",
  // Polish: 1 podpowiedź, 2–4 / 5+ podpowiedzi — the same word for every count but one.
  count: (count) =>
    count === 1
      ? "1 podpowiedź. Wybierz strzałkami w dół i w górę, zatwierdź klawiszem Enter."
      : `${count} podpowiedzi. Wybierz strzałkami w dół i w górę, zatwierdź klawiszem Enter.`,
  none: "Brak podpowiedzi.",
};

// Layout the dropdown needs on every page, in a constructed stylesheet wrapped in :where() so
// that the site's own CSS (static/css/search.css) overrides any of it without a fight.
const BASE_CSS = `
:where(.search-suggestions) {
  position: absolute; inset-inline: 0; top: 100%; z-index: 50;
  margin: 0.25rem 0 0; padding: 0.25rem 0; list-style: none;
  max-height: min(24rem, 60vh); overflow-y: auto;
  background: var(--color-surface, #fff); color: var(--color-text, #1a1a1a);
  border: 1px solid var(--color-border, #595959); border-radius: 0.25rem;
  box-shadow: 0 0.5rem 1rem rgb(0 0 0 / 0.2); text-align: start;
}
:where(.search-suggestions[hidden]) { display: none; }
:where(.search-suggestions__option) {
  display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 0.75rem;
  padding: 0.5rem 0.75rem; cursor: pointer;
}
:where(.search-suggestions__option[aria-selected="true"]) {
  background: var(--color-highlight, #e6eef7);
  outline: 2px solid currentColor; outline-offset: -2px;
}
:where(.search-suggestions__type) { font-size: 0.875em; opacity: 0.8; }
:where(.search-suggestions__status) {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%);
  white-space: nowrap;
}
`;

let stylesInstalled = false;
let instances = 0;

function installStyles() {
  if (stylesInstalled) return;
  stylesInstalled = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(BASE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // Browsers without constructable stylesheets still get working (unstyled) suggestions.
  }
}

function endpointFor(input) {
  if (input.dataset.autocompleteUrl) return input.dataset.autocompleteUrl;
  const action = input.form?.getAttribute("action") || "/szukaj/";
  return new URL("podpowiedzi/", new URL(action, window.location.href)).pathname;
}

function enhance(input) {
  if (input.dataset.autocompleteReady) return;
  input.dataset.autocompleteReady = "true";
  installStyles();
  instances += 1;

  const endpoint = endpointFor(input);
  const listId = `search-suggestions-${instances}`;
  const container = input.parentElement;
  if (getComputedStyle(container).position === "static") container.style.position = "relative";

  const list = document.createElement("ul");
  list.id = listId;
  list.className = "search-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", MESSAGES.listLabel);
  list.hidden = true;

  const status = document.createElement("div");
  status.className = "search-suggestions__status";
  status.setAttribute("role", "status");

  container.append(list, status);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("autocomplete", "off");

  let suggestions = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let lastQuery = "";

  function optionId(index) {
    return `${listId}-option-${index}`;
  }

  function setActive(index) {
    const options = list.children;
    if (active >= 0 && options[active]) options[active].setAttribute("aria-selected", "false");
    active = index;
    if (active >= 0 && options[active]) {
      options[active].setAttribute("aria-selected", "true");
      options[active].scrollIntoView({ block: "nearest" });
      input.setAttribute("aria-activedescendant", optionId(active));
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function open() {
    if (!suggestions.length) return;
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function go(index) {
    const suggestion = suggestions[index];
    if (suggestion) window.location.assign(suggestion.url);
  }

  function render(results) {
    suggestions = results.filter((result) => result && result.url && result.title);
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.replaceChildren(
      ...suggestions.map((suggestion, index) => {
        const option = document.createElement("li");
        option.id = optionId(index);
        option.className = "search-suggestions__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        const title = document.createElement("span");
        title.className = "search-suggestions__title";
        title.textContent = suggestion.title;
        option.append(title);
        if (suggestion.type) {
          const type = document.createElement("span");
          type.className = "search-suggestions__type";
          type.textContent = suggestion.type;
          option.append(type);
        }
        // mousedown, not click: the input must keep focus (and the list stay open) until then.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          go(index);
        });
        return option;
      }),
    );
    status.textContent = suggestions.length ? MESSAGES.count(suggestions.length) : MESSAGES.none;
    if (suggestions.length) open();
    else close();
  }

  async function fetchSuggestions(query) {
    controller?.abort();
    controller = new AbortController();
    try {
      const url = `${endpoint}?${new URLSearchParams({ q: query })}`;
      const response = await fetch(url, {
        headers: { Accept: "application/json" },
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      // A slower, older answer must not replace what belongs to the current text.
      if (input.value.trim() === query) render(Array.isArray(data.results) ? data.results : []);
    } catch (error) {
      if (error.name !== "AbortError") {
        suggestions = [];
        list.replaceChildren();
        close();
      }
    }
  }

  input.addEventListener("input", () => {
    const query = input.value.trim();
    window.clearTimeout(timer);
    if (query.length < MIN_LENGTH) {
      controller?.abort();
      lastQuery = "";
      suggestions = [];
      list.replaceChildren();
      status.textContent = "";
      close();
      return;
    }
    if (query === lastQuery) return;
    lastQuery = query;
    timer = window.setTimeout(() => fetchSuggestions(query), DEBOUNCE_MS);
  });

  input.addEventListener("keydown", (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case "ArrowDown":
        if (!suggestions.length) return;
        event.preventDefault();
        open();
        setActive(active + 1 >= suggestions.length ? 0 : active + 1);
        break;
      case "ArrowUp":
        if (!suggestions.length) return;
        event.preventDefault();
        open();
        setActive(active <= 0 ? suggestions.length - 1 : active - 1);
        break;
      case "Enter":
        // Without a highlighted suggestion, Enter submits the search form as usual.
        if (!list.hidden && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case "Escape":
        if (!list.hidden) {
          event.preventDefault();
          close();
        }
        break;
      default:
        break;
    }
  });

  input.addEventListener("blur", close);
  input.addEventListener("focus", () => {
    if (input.value.trim() === lastQuery && suggestions.length) open();
  });
}

function enhanceAll(root = document) {
  for (const input of root.querySelectorAll('input[name="q"][data-autocomplete]')) enhance(input);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => enhanceAll());
} else {
  enhanceAll();
}
