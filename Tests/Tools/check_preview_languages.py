#!/usr/bin/env python3
"""Starts `broadside preview` on a campaign with translations and checks that the preview page shows
each language's editions when asked (`/?lang=es`): its site, its flyer's picture, PDF and text, its
email; and links to every language.

Usage: check_preview_languages.py BROADSIDE SOURCE LANGUAGE...
Prints "ok" or the problems (exit 1).
"""
import http.client
import subprocess
import sys

broadside, source, languages = sys.argv[1], sys.argv[2], sys.argv[3:]
problems = []


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path)
    response = connection.getresponse()
    body = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, body


preview = subprocess.Popen(
    [broadside, "preview", source, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
try:
    first = preview.stdout.readline()
    port = int(first.strip().rstrip("/").rsplit(":", 1)[1])
    for language in languages:
        status, page = get(port, f"/?lang={language}")
        if status != 200:
            problems.append(f"/?lang={language} answered {status}")
            continue
        for other in languages:
            if f'href="/?lang={other}"' not in page:
                problems.append(f"the {language} preview has no link to {other}")
        for path in [
            f"/editions/site/{language}/index.html", f"/editions/flyer-1.{language}.png",
            f"/editions/flyer.{language}.pdf", f"/editions/email.{language}.html", f"/editions/email.{language}.eml",
        ]:
            if f'"{path}' not in page:
                problems.append(f"the {language} preview does not show {path}")
            elif get(port, path)[0] != 200:
                problems.append(f"{path} is not served")
        if f'aria-label="flyer.{language}.txt"' not in page:
            problems.append(f"the {language} preview does not show flyer.{language}.txt")
finally:
    preview.terminate()
    preview.wait(timeout=10)

print("\n".join(problems) if problems else "ok")
sys.exit(1 if problems else 0)
