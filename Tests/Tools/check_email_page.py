#!/usr/bin/env python3
"""Opens HTML emails in headless Chromium at a phone's and a desktop's width: each must fit the width
with no horizontal scrolling, and ask nothing of any host (every request that is not the file itself is
counted, and refused).

Usage: check_email_page.py FILE.html [FILE.html ...]
Prints each problem and exits 1 when there is any; prints "ok" otherwise.
"""
import pathlib
import sys

from playwright.sync_api import sync_playwright

WIDTHS = [375, 800]
CHROMIUM = "/usr/bin/chromium"

problems = []
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    for name in sys.argv[1:]:
        path = pathlib.Path(name).resolve()
        for width in WIDTHS:
            context = browser.new_context(viewport={"width": width, "height": 800})
            page = context.new_page()
            requests = []

            def refuse(route, requests=requests, own=path.as_uri()):
                if route.request.url != own:
                    requests.append(route.request.url)
                    route.abort()
                else:
                    route.continue_()

            page.route("**/*", refuse)
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            scroll_width = page.evaluate("document.documentElement.scrollWidth")
            if scroll_width > width:
                problems.append(f"{path.name} at {width} px is {scroll_width} px wide: it scrolls sideways")
            for url in requests:
                problems.append(f"{path.name} at {width} px asks for {url}")
            context.close()
    browser.close()

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("ok")
