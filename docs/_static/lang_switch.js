/* The language switch keeps the reader's place: the section they are
 * reading and the search they made.
 *
 * Heading ids differ between the languages (they come from the heading
 * text), but both versions of a page have the same sections in the same
 * order (docs/_ext/bilingual.py fails the build otherwise). So the switch
 * carries the section's position, as "#section=N", and the other page
 * turns it back into that section's own id and scrolls there. The query
 * (the search page's "?q=", a result's "?highlight=") goes along as is.
 */
"use strict";

(() => {
  const POSITION = /^#section=(\d+)$/;
  const sections = () =>
    [...document.querySelectorAll("article.bd-article section[id]")];

  function currentSection() {
    const all = sections();
    const target = location.hash && !POSITION.test(location.hash)
      && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const near = target && target.closest("section[id]");
    if (near && all.includes(near)) {
      return all.indexOf(near);
    }
    if (window.scrollY === 0) {
      return -1; // the top of the page
    }
    // the last section whose heading is above the upper quarter of the view
    const line = window.innerHeight / 4;
    let found = -1;
    all.forEach((section, index) => {
      const heading = section.querySelector(":scope > :is(h1,h2,h3,h4,h5,h6)");
      if (heading && heading.getBoundingClientRect().top <= line) {
        found = index;
      }
    });
    return found;
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest && event.target.closest("a.lang-switch");
    if (!link) {
      return;
    }
    const url = new URL(link.href);
    url.search = location.search;
    const index = currentSection();
    url.hash = index > 0 ? `section=${index}` : "";
    link.href = url.href;
  });

  function arrive() {
    const match = POSITION.exec(location.hash);
    if (!match) {
      return;
    }
    const section = sections()[Number(match[1])];
    if (section) {
      history.replaceState(null, "", `#${section.id}`);
      section.scrollIntoView();
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", arrive);
  } else {
    arrive();
  }
})();
