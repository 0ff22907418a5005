/* A display formula wider than its column (on a phone) scrolls sideways in
   its own box, div.math (site.css). A box that scrolls must be reachable
   from the keyboard (axe: scrollable-region-focusable): while, and only
   while, a formula is wider than its box, the box is a Tab stop with a
   name in the page's language. Formulas that fit stay out of the Tab order,
   as MathJax's own menu is (conf.py). */
(() => {
  const NAME = {en: "Formula, wider than the page: scroll sideways",
                "zh-CN": "公式，比页面宽：可左右滚动"};
  const name = NAME[document.documentElement.lang] || NAME.en;

  const mark = () => {
    for (const box of document.querySelectorAll(".bd-article div.math")) {
      const wide = box.scrollWidth > box.clientWidth + 1;
      if (wide && !box.hasAttribute("tabindex")) {
        box.tabIndex = 0;
        box.setAttribute("role", "group");
        box.setAttribute("aria-label", name);
      } else if (!wide && box.hasAttribute("tabindex")) {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
      }
    }
  };

  // MathJax loads and typesets after this script: wait for it.
  const whenTypeset = (tries = 0) => {
    const promise = window.MathJax?.startup?.promise;
    if (promise) return promise.then(mark);
    if (document.querySelector(".bd-article div.math") && tries < 200) {
      setTimeout(() => whenTypeset(tries + 1), 50);
    }
  };
  whenTypeset();
  let pending;
  window.addEventListener("resize", () => {
    clearTimeout(pending);
    pending = setTimeout(mark, 100);
  });
})();
