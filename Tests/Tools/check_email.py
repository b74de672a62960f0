#!/usr/bin/env python3
"""Checks email.eml against email.txt with Python's strict email parser (policy=default).

Usage: check_email.py EMAIL_EML EMAIL_TXT
Prints one line per failed check and exits 1 when any fails; prints "ok" and exits 0 otherwise.
"""
import email
import email.policy
import re
import sys

eml_path, txt_path = sys.argv[1], sys.argv[2]
raw = open(eml_path, "rb").read()
text = open(txt_path, encoding="utf-8").read()
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


# Every line ends with CRLF and is at most 78 octets.
lines = raw.split(b"\r\n")
check(lines[-1] == b"", "the message does not end with CRLF")
for number, line in enumerate(lines, 1):
    check(b"\n" not in line and b"\r" not in line, f"line {number} has a bare CR or LF")
    check(len(line) <= 78, f"line {number} is {len(line)} octets long")
check(all(byte < 128 for byte in raw), "the message is not 7-bit ASCII")

message = email.message_from_bytes(raw, policy=email.policy.default)
check(not message.defects, f"defects: {message.defects}")
check(message["MIME-Version"] == "1.0", "MIME-Version is not 1.0")
check(message.get_content_type() == "multipart/alternative", f"content type is {message.get_content_type()}")
check(message["Message-ID"] is not None and re.fullmatch(r"<[0-9a-f]{32}@[^>]+>", str(message["Message-ID"])), "bad Message-ID")

subject_line = text.split("\n", 1)[0]
check(subject_line.startswith("Subject: "), "email.txt does not start with a Subject line")
check(str(message["Subject"]) == subject_line[len("Subject: "):], f"Subject is {message['Subject']!r}")
for name in ["From", "Reply-To"]:
    if message[name] is not None:
        check(len(message[name].addresses) == 1, f"{name} does not hold one address")

parts = list(message.iter_parts())
check([part.get_content_type() for part in parts] == ["text/plain", "text/html"], "the parts are not text/plain then text/html")
plain, html = parts[0], parts[1]
check(plain.get_content_charset() == "utf-8" and plain.get_param("format") == "flowed", "the plain part is not utf-8 format=flowed")
check(html.get_content_charset() == "utf-8", "the HTML part is not utf-8")
for part in parts:
    check(not part.defects, f"part defects: {part.defects}")

# The plain part, read as fixed lines (space-stuffing removed, the space of each soft break dropped),
# is email.txt's body.
fixed = []
# MIME text is CRLF on the wire; its lines are what counts.
for line in plain.get_content().replace("\r\n", "\n").split("\n"):
    if line.startswith(" "):
        line = line[1:]
    if line.endswith(" ") and line != "-- ":
        line = line[:-1]
    fixed.append(line)
body = text.split("\n\n", 1)[1]
check("\n".join(fixed) == body, "the plain part, unflowed, is not email.txt's body")

# The HTML part carries the text of every paragraph, and asks nothing of any other host.
markup = html.get_content().replace("\r\n", "\n")
visible = re.sub(r"\s+", "", re.sub(r"<[^>]+>", " ", markup)).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'")
for paragraph in re.split(r"\n\s*\n", body):
    words = re.sub(r"\[\d+\]", "", paragraph)
    if paragraph.startswith(("Links\n", "[1] ", "-- \n", "View this email in your browser: ")) or set(paragraph.strip()) <= set("=-"):
        continue
    words = re.sub(r"(?m)^\s*([-=]+|\d+\.|-|>)\s", "", words)
    words = re.sub(r"[*_]", "", words)
    squeezed = re.sub(r"\s+", "", re.sub(r"(?m)^[=-]+$", "", words))
    check(squeezed.replace("*", "") in visible.replace("*", ""), f"the HTML part lacks the paragraph {paragraph[:60]!r}")
check("<script" not in markup.lower(), "the HTML part has a script")
check(not re.search(r"\bsrc\s*=", markup, re.I), "the HTML part loads something (src=)")
check("url(" not in markup.lower(), "the HTML part loads something (url()")
check("<style" not in markup.lower() and "<link" not in markup.lower(), "the HTML part depends on a stylesheet")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("ok")
