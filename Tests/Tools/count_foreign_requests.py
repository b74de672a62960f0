#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 and opens every HTML page in it in headless Chromium, as a reader would,
counting every request the page makes to any other host (each one is refused before it leaves).

Usage: count_foreign_requests.py FOLDER
Prints one JSON object: each page's path in FOLDER, mapped to the list of URLs it asked another host for.
"""
import functools
import http.server
import json
import pathlib
import sys
import threading
import urllib.parse

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


root = pathlib.Path(sys.argv[1]).resolve()
server = http.server.ThreadingHTTPServer(
    ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
threading.Thread(target=server.serve_forever, daemon=True).start()
own_host = f"127.0.0.1:{server.server_address[1]}"

found = {}
with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
    context = browser.new_context(viewport={"width": 800, "height": 600})
    for page_path in sorted(root.rglob("*.html")):
        name = str(page_path.relative_to(root))
        page = context.new_page()
        foreign = []

        def route(route, request, foreign=foreign):
            url = request.url
            parts = urllib.parse.urlsplit(url)
            if parts.scheme in ("http", "https") and parts.netloc == own_host:
                route.continue_()
            elif parts.scheme in ("data", "blob", "about"):
                route.continue_()
            else:
                foreign.append(url)
                route.abort()

        page.route("**/*", route)
        page.goto(f"http://{own_host}/{urllib.parse.quote(name)}", wait_until="load")
        # Hover and scroll, so that styles that load only then (cursors, :hover backgrounds) do.
        page.mouse.move(100, 100)
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        page.wait_for_timeout(150)
        found[name] = foreign
        page.close()
    browser.close()
server.shutdown()
print(json.dumps(found, indent=1, sort_keys=True))
