"""Where a reader lands, in the real browser: search puts the page that
teaches a glossary term first, for its name and every other name readers
know; the language switch keeps the section and the search.

Uses the browser and the site of tests/test_browser.py (its fixtures).
"""

import pytest
import yaml
from selenium.webdriver.common.by import By

from test_browser import (  # noqa: F401 (fixtures)
    ROOT, chromium, driver, html_dir, open_page, server, wait)

GLOSSARY = yaml.safe_load(
    (ROOT / "docs" / "_data" / "glossary.yaml").read_text(encoding="utf-8"))
NAMES = {"en": ("en", "en_aka"), "zh_CN": ("zh", "aka")}
# Sphinx's own search, as the search page runs it for a query: the result
# shown first is the last of the list.
FIRST_RESULTS = """
const first = {};
for (const query of arguments[0]) {
  const results = Search._performSearch(...Search._parseQuery(query));
  first[query] = results.length ? results[results.length - 1][0] : null;
}
return first;
"""
SECTIONS = ("return [...document.querySelectorAll("
            "'article.bd-article section[id]')].map(s => s.id)")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_search_puts_the_teaching_page_first_for_every_name(
        driver, server, language):
    own, aka = NAMES[language]
    taught = {name: term["page"] for term in GLOSSARY["terms"]
              for name in [term[own], *term.get(aka, [])]}
    open_page(driver, f"{server}/{language}/search.html")
    wait(driver, 10).until(lambda d: d.execute_script(
        "return typeof Search !== 'undefined' && !!Search._index"))
    first = driver.execute_script(FIRST_RESULTS, list(taught))
    wrong = {name: f"{first[name]} first, not {page}"
             for name, page in taught.items() if first[name] != page}
    assert not wrong, wrong


def switch(driver):
    here = driver.current_url
    driver.find_element(By.CSS_SELECTOR, "a.lang-switch").click()
    wait(driver).until(lambda d: d.current_url != here and d.execute_script(
        "return document.readyState") == "complete")


# A page of many sections (a light one: it is opened seven times)
SECTIONED = "flatten"


@pytest.mark.parametrize("language, other", [("en", "zh_CN"),
                                             ("zh_CN", "en")])
def test_language_switch_keeps_the_section_and_the_search(
        driver, server, language, other):
    open_page(driver, f"{server}/{other}/{SECTIONED}.html")
    theirs = driver.execute_script(SECTIONS)
    open_page(driver, f"{server}/{language}/{SECTIONED}.html")
    ours = driver.execute_script(SECTIONS)
    assert len(ours) == len(theirs) > 6
    # reading a section: scrolled to it
    driver.execute_script(
        "document.getElementById(arguments[0]).scrollIntoView()", ours[5])
    switch(driver)
    assert driver.current_url.endswith(
        f"/{other}/{SECTIONED}.html#{theirs[5]}")
    top = driver.execute_script(
        "return document.getElementById(arguments[0])"
        ".getBoundingClientRect().top", theirs[5])
    assert 0 <= top < 200, f"section {theirs[5]} is at {top} px"
    # arrived by a link to a section
    open_page(driver, f"{server}/{language}/{SECTIONED}.html#{ours[3]}")
    switch(driver)
    assert driver.current_url.endswith(
        f"/{other}/{SECTIONED}.html#{theirs[3]}")
    # the top of a page stays the top
    open_page(driver, f"{server}/{language}/{SECTIONED}.html")
    switch(driver)
    assert driver.current_url.endswith(f"/{other}/{SECTIONED}.html")
    # a search
    open_page(driver, f"{server}/{language}/search.html?q=padding")
    switch(driver)
    assert driver.current_url.endswith(f"/{other}/search.html?q=padding")
