#!/usr/bin/env python3
"""A real SMTP server for the tests (aiosmtpd, Debian package python3-aiosmtpd), on 127.0.0.1 and a free port.

Every accepted message is written to DIR as <time>-<n>.eml. Recipients steer failures, so retry and permanent failure
are tested against real SMTP answers:
  transient-N-...@...  answered 451 (try again later) the first N times they are given (N defaults to 2)
  reject-...@...       answered 550 (mailbox unavailable), always

Usage: catcher.py DIR PORT_FILE   (writes the port it listens on to PORT_FILE once it accepts connections)
"""
import asyncio, collections, os, re, signal, socket, sys, threading, time

from aiosmtpd.controller import Controller


class Catcher:
    def __init__(self, directory):
        self.directory = directory
        self.refusals = collections.Counter()
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@")[0].lower()
        if local.startswith("reject-"):
            return "550 5.1.1 Mailbox unavailable"
        transient = re.match(r"transient-(\d+)?", local)
        if transient:
            with self.lock:
                self.refusals[address] += 1
                if self.refusals[address] <= int(transient.group(1) or 2):
                    return "451 4.3.0 Mailbox busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            name = f"{time.time_ns()}-{self.count}.eml"
        partial = os.path.join(self.directory, name + ".partial")
        with open(partial, "wb") as f:
            f.write(envelope.original_content)
        os.replace(partial, os.path.join(self.directory, name))  # readers never see half a message
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    directory, port_file = sys.argv[1], sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    port = free_port()
    controller = Controller(Catcher(directory), hostname="127.0.0.1", port=port)
    controller.start()
    with open(port_file + ".partial", "w") as f:
        f.write(str(port))
    os.replace(port_file + ".partial", port_file)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
