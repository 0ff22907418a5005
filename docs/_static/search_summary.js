/* Search results summarize the article, not the page around it.
 *
 * Sphinx 8.2's searchtools.js takes a result's summary from the text of the
 * page's [role=main] element. In pydata-sphinx-theme that element also holds
 * the article header (language switch, download menu, colour mode: "English
 * .py .ipynb .md .pdf System Settings Light Dark") and the page's table of
 * contents, so a match near the top of a page showed that furniture. Math
 * shows as TeX source there ("\(d\)"), since MathJax has not run on the
 * fetched page.
 *
 * This replaces Search.htmlToText, searchtools' own step for it, through its
 * global object (Sphinx's file is left as it is): the text of the article
 * only, inline math as its plain text where it is plain ("d") and "…" where
 * it is markup, display math left out. Loaded after searchtools.js by
 * docs/_templates/search.html; without an article it defers to Sphinx.
 */
"use strict";

if (typeof Search !== "undefined") {
  const sphinxHtmlToText = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    const page = new DOMParser().parseFromString(htmlString, "text/html");
    const article = page.querySelector("article.bd-article");
    if (!article) return sphinxHtmlToText(htmlString, anchor);
    article
      .querySelectorAll(".headerlink, script, style, div.math")
      .forEach((element) => element.remove());
    article.querySelectorAll("span.math").forEach((element) => {
      const tex = element.textContent.replace(/^\\\(|\\\)$/g, "").trim();
      element.textContent = /[\\{}^_]/.test(tex) ? "…" : tex;
    });
    const section = anchor ? article.querySelector(anchor) : null;
    return (section || article).textContent.replace(/\s+/g, " ");
  };
}
