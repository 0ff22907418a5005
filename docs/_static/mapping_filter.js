/* The mapping page's filter box. The page shows one table per API
   (table.mapping-api, snippets/mapping/parameters.py), each folded in a
   dropdown; typing here keeps the rows whose text, with their table's
   caption (the API's names), contains every word typed, opens the folds
   of the tables that keep a row and hides the others; it closes again
   the folds it opened once their table keeps no row (or the box is
   emptied).
   The box is made here, not written in the page, so that a reader without
   JavaScript meets no box that does nothing. It needs no network. */
(() => {
  const WORDS = {
    en: {label: "Find an API or a parameter",
         shown: (n, all) => `${n} of ${all} rows shown`,
         none: "No row matches."},
    "zh-CN": {label: "查找接口或参数",
              shown: (n, all) => `显示 ${n} 行，共 ${all} 行`,
              none: "没有匹配的行。"},
  };
  // padding_mode, "padding mode" and "Padding  Mode" are the same words
  const words = text => text.toLowerCase().replace(/[\s_]+/g, " ").trim();

  const setUp = () => {
    const tables = [...document.querySelectorAll("table.mapping-api")];
    if (!tables.length) return;
    const say = WORDS[document.documentElement.lang] || WORDS.en;
    const boxOf = table => table.closest("details.sd-dropdown")
      || table.closest(".pst-scrollable-table-container") || table;
    const opened = new Set();  // the folds the filter opened
    // On a phone the stylesheet lays each row out as a block: the roles
    // keep it a table for a screen reader.
    for (const table of tables) {
      table.setAttribute("role", "table");
      for (const part of table.querySelectorAll("thead, tbody")) {
        part.setAttribute("role", "rowgroup");
      }
      for (const row of table.rows) row.setAttribute("role", "row");
      for (const th of table.querySelectorAll("th")) {
        th.setAttribute("role", "columnheader");
      }
      for (const td of table.querySelectorAll("td")) {
        td.setAttribute("role", "cell");
      }
    }
    const rows = tables.flatMap(table => [...table.tBodies[0].rows].map(
      row => ({row, table, text: words(
        `${table.caption ? table.caption.textContent : ""} `
        + row.textContent)})));

    const search = document.createElement("div");
    search.className = "mapping-filter";
    search.setAttribute("role", "search");
    const label = document.createElement("label");
    label.htmlFor = "mapping-filter-input";
    label.textContent = say.label;
    const input = document.createElement("input");
    Object.assign(input, {type: "search", id: "mapping-filter-input",
                          className: "form-control", autocomplete: "off",
                          spellcheck: false});
    const status = document.createElement("p");
    status.id = "mapping-filter-status";
    status.setAttribute("role", "status");
    input.setAttribute("aria-describedby", status.id);
    search.append(label, input, status);
    boxOf(tables[0]).before(search);

    const filter = () => {
      const wanted = words(input.value).split(" ").filter(Boolean);
      let shown = 0;
      const kept = new Set();
      for (const {row, table, text} of rows) {
        const keep = wanted.every(word => text.includes(word));
        row.hidden = !keep;
        if (keep) {
          shown += 1;
          kept.add(table);
        }
      }
      for (const table of tables) {
        const box = boxOf(table);
        box.hidden = !kept.has(table);
        if (box.tagName !== "DETAILS") continue;
        if (wanted.length && kept.has(table)) {
          if (!box.open) {
            box.open = true;
            opened.add(box);
          }
        } else if (opened.has(box)) {  // no longer found, or emptied
          box.open = false;
          opened.delete(box);
        }
      }
      status.textContent = !wanted.length ? ""
        : shown ? say.shown(shown, rows.length) : say.none;
    };
    input.addEventListener("input", filter);
    input.addEventListener("keydown", event => {
      if (event.key === "Escape" && input.value) {  // as a search box does
        input.value = "";
        filter();
      }
    });
    if (input.value) filter();  // the browser kept what was typed
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
