"""Screenshots of one layer page on a phone and a desktop, light and dark.

    python tests/screenshots.py [HTML_DIR]

HTML_DIR is a built site (default: _build/html, from `nox -s docs`). Writes
docs/_static/screenshots/{en,zh_CN}-{phone,desktop}-{light,dark}.png: the top
of the page as a reader opens it, on a 390 x 844 phone screen and in a
1280 x 900 desktop window, with the same headless Debian Chromium as
tests/test_browser.py. Not a test: pytest does not collect it.
"""

import sys
from pathlib import Path

from test_browser import (HTML_LANG, PHONE, new_driver, open_page,
                          quit_driver, start_server)

ROOT = Path(__file__).parent.parent
PAGE = "adaptive_avg_pool2d"  # the longest title: it must wrap on a phone
TARGET = ROOT / "docs" / "_static" / "screenshots"
DEVICES = {"phone": (*PHONE, True), "desktop": (1280, 900, False)}


def main(html_dir):
    if not (html_dir / "en" / f"{PAGE}.html").exists():
        sys.exit(f"{html_dir} holds no built site: run `nox -s docs` first")
    TARGET.mkdir(parents=True, exist_ok=True)
    server, url = start_server(html_dir)
    driver = new_driver()
    try:
        for device, (width, height, mobile) in DEVICES.items():
            # the page's viewport, not the window's
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": height, "deviceScaleFactor": 1,
                "mobile": mobile})
            for language in HTML_LANG:
                for mode in ["light", "dark"]:
                    page = f"{url}/{language}/{PAGE}.html"
                    open_page(driver, page)
                    # the theme's own stored choice, as its switcher leaves it
                    driver.execute_script(
                        "localStorage.setItem('mode', arguments[0]);"
                        "localStorage.setItem('theme', arguments[0]);", mode)
                    open_page(driver, page, math=True)
                    driver.execute_async_script(
                        "document.fonts.ready.then(() => arguments[0]())")
                    path = TARGET / f"{language}-{device}-{mode}.png"
                    driver.save_screenshot(str(path))
                    print(path.relative_to(ROOT))
    finally:
        quit_driver(driver)
        server.shutdown()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "_build" / "html"))
