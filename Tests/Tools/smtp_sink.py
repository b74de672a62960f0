#!/usr/bin/env python3
"""A local SMTP server for the send-test test: listens on 127.0.0.1, saves every message it receives
(the bytes as they arrived, before any header was added) in FOLDER as message-N.eml with its envelope in
message-N.json, and prints the port it listens on. It stops by itself after SECONDS.

Usage: smtp_sink.py FOLDER [SECONDS]
"""
import json
import pathlib
import socket
import sys
import time

from aiosmtpd.controller import Controller

folder = pathlib.Path(sys.argv[1])
seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 60
folder.mkdir(parents=True, exist_ok=True)


class Sink:
    count = 0

    async def handle_DATA(self, server, session, envelope):
        Sink.count += 1
        (folder / f"message-{Sink.count}.eml").write_bytes(envelope.original_content)
        (folder / f"message-{Sink.count}.json").write_text(
            json.dumps({"from": envelope.mail_from, "to": envelope.rcpt_tos}))
        return "250 Message accepted"


with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
controller = Controller(Sink(), hostname="127.0.0.1", port=port)
controller.start()
print(port, flush=True)
try:
    time.sleep(seconds)
finally:
    controller.stop()
