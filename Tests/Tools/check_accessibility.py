#!/usr/bin/env python3
"""Runs axe-core on every page of a built site, in headless Chromium, at a desktop and a phone size.

Usage: check_accessibility.py SITE_FOLDER
Prints each violation (rule, impact, page, viewport, first target) and exits 1 when there is any;
prints "ok: N pages, 0 violations" otherwise. Pages are opened from disk (file://), as they must work.
"""
import pathlib
import sys

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright

VIEWPORTS = [(1280, 800), (375, 667)]
CHROMIUM = "/usr/bin/chromium"

site = pathlib.Path(sys.argv[1]).resolve()
# The pages of every language: the site's own, and those of each language's folder (site/es/).
pages = sorted(
    path for path in site.rglob("*.html")
    if not {"email", "pictures"} & set(path.relative_to(site).parts[:-1])
)
axe = Axe()
violations = []
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    for width, height in VIEWPORTS:
        for scheme in ["light", "dark"]:
            context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=scheme)
            page = context.new_page()
            for path in pages:
                page.goto(path.as_uri())
                results = axe.run(page)
                for violation in results.response["violations"]:
                    target = violation["nodes"][0]["target"] if violation["nodes"] else "?"
                    violations.append(
                        f"{violation['id']} ({violation['impact']}) on {path.relative_to(site)} at {width}x{height} {scheme}: {target} — {violation['help']}"
                    )
            context.close()
    browser.close()

if violations:
    print("\n".join(violations))
    sys.exit(1)
print(f"ok: {len(pages)} pages, 0 violations")
