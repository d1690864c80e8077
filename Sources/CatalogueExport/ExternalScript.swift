import CatalogueModel

/// The external version's small script: the live search box, and opening every task's details
/// before printing. Without JavaScript the box stays hidden, every task shows, and each task's
/// `<details>` opens by hand. The script is `opening`, `foldingTable` (generated from
/// `TextFolding.table`), `folding`, `search` and `closing`, in that order.
enum ExternalScript {
    /// The whole script, in the order it runs.
    static let parts: [StaticString] = [opening, foldingTable, folding, search, closing]

    /// Everything lives inside one function, so the host page's globals are never touched.
    static let opening: StaticString = """

        (function () {
          "use strict";

        """

    /// `TextFolding.fold` and `TextFolding.words` in JavaScript, over `FOLD` and `LOOSE`: the search box
    /// folds what is typed exactly as the tool folded the text it searches (`data-search`).
    static let folding: StaticString = #"""
          var MARK = /\p{M}/u, WORD = /[\p{L}\p{Nd}]/u, NOT_WORD = /[^\p{L}\p{Nd}]+/u, COMBINING = /[\u0300-\u036f]/;
          function fold(text) {
            var out = "";
            // Decomposed text (a + ring from macOS) is composed first, so a + ring folds as å does.
            for (var ch of (COMBINING.test(text) ? text.normalize("NFC") : text)) {
              if (ch < "\u0080" || !WORD.test(ch)) {
                if (!MARK.test(ch)) { out += ch.toLowerCase(); }
                continue;
              }
              for (var lower of ch.toLowerCase()) {
                if (Object.prototype.hasOwnProperty.call(FOLD, lower)) { out += FOLD[lower]; continue; }
                for (var part of lower.normalize("NFD")) {
                  if (!MARK.test(part)) { out += Object.prototype.hasOwnProperty.call(FOLD, part) ? FOLD[part] : part; }
                }
              }
            }
            return out;
          }
          function loose(word) { return LOOSE.reduce(function (w, pair) { return w.split(pair[0]).join(pair[1]); }, word); }
          function words(text) { return fold(text).split(NOT_WORD).filter(Boolean).map(loose); }

        """#

    /// The search box: a task shows when every word typed is part of its text or of the KLE plan's words for its
    /// topics (see `KLEPageWords`); its details open
    /// when a word is found only inside them, and close again when the search no longer needs
    /// them (never those the reader opened). The count is read aloud through `role="status"`.
    static let search: StaticString = """
          var root = document.currentScript && document.currentScript.closest("#kat-katalog");
          if (!root) { return; }
          var box = root.querySelector(".kat-filter"), input = box.querySelector("input"), status = box.querySelector(".kat-status");
          var areas = root.querySelectorAll(".kat-area");
          // The KLE plan's words of each topic the tasks carry, searched after a task's own words.
          var kleData = root.querySelector("script.kat-kle-ord"), kle = {};
          try { kle = kleData ? JSON.parse(kleData.textContent) : {}; } catch (e) { kle = {}; }
          function kleWords(task) {
            return (task.getAttribute("data-kle") || "").split(" ").map(function (number) {
              return Object.prototype.hasOwnProperty.call(kle, number) ? kle[number] : "";
            }).join(" ");
          }
          var tasks = Array.prototype.map.call(root.querySelectorAll(".kat-task"), function (task) {
            return { element: task, head: task.getAttribute("data-search") || "",
                     more: (task.getAttribute("data-search-more") || "") + " " + kleWords(task),
                     details: task.querySelector("details") };
          });
          var openedBySearch = [], openedForPrint = [];
          function filter() {
            var query = words(input.value), shown = 0, opened = [];
            tasks.forEach(function (task) {
              var inHead = query.every(function (word) { return task.head.indexOf(word) !== -1; });
              var match = inHead || query.every(function (word) { return task.head.indexOf(word) !== -1 || task.more.indexOf(word) !== -1; });
              task.element.hidden = !match;
              if (match) { shown += 1; }
              if (match && !inHead && task.details && (!task.details.open || openedBySearch.indexOf(task.details) !== -1)) {
                task.details.open = true;
                opened.push(task.details);
              }
            });
            openedBySearch.forEach(function (details) { if (opened.indexOf(details) === -1) { details.open = false; } });
            openedBySearch = opened;
            areas.forEach(function (area) { area.hidden = query.length > 0 && !area.querySelector(".kat-task:not([hidden])"); });
            status.textContent = query.length === 0 ? "" : (shown === 0 ? box.getAttribute("data-none")
              : box.getAttribute("data-count").replace("{shown}", shown).replace("{total}", tasks.length));
          }
          input.addEventListener("input", filter);
          box.hidden = false;
          if (input.value) { filter(); }
          // A printout shows every task's description and links, then the page is as it was.
          window.addEventListener("beforeprint", function () {
            root.querySelectorAll("details:not([open])").forEach(function (details) { details.open = true; openedForPrint.push(details); });
          });
          window.addEventListener("afterprint", function () {
            openedForPrint.forEach(function (details) { details.open = false; });
            openedForPrint = [];
          });

        """

    static let closing: StaticString = """
        })();

        """
}
