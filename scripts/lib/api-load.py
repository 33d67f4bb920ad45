#!/usr/bin/env python3
"""Load for a Docker Engine API service on a unix socket (issue 15).

  api-load.py cycles SOCKET --clients N --seconds S [--image bb]
      N clients, each on its own connection, run create / start / wait /
      remove loops for S seconds. Every answer other than the expected
      status (201, 204, 200 with StatusCode 0, 204) counts as an error and
      is printed. Prints `cycles C errors E` last; exit 1 if E > 0.

  api-load.py requests SOCKET --count N
      N requests on one keep-alive connection, cycling through _ping,
      version, containers/json?all=1 and images/json. Prints `requests N
      errors E`; exit 1 if E > 0.

Only the standard library: http.client over an AF_UNIX socket.
"""

import argparse
import http.client
import json
import socket
import sys
import threading
import time


class UnixConnection(http.client.HTTPConnection):
    def __init__(self, path, timeout=120):
        super().__init__("localhost", timeout=timeout)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(self.timeout)
        self.sock.connect(self.path)


def call(connection, method, url, body=None):
    headers = {}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    connection.request(method, url, body=data, headers=headers)
    response = connection.getresponse()
    return response.status, response.read()


def cycles(args):
    deadline = time.monotonic() + args.seconds
    lock = threading.Lock()
    totals = {"cycles": 0, "errors": 0}

    def error(client, what, status, body):
        with lock:
            totals["errors"] += 1
            print(f"client {client}: {what}: {status} {body[:200]!r}", file=sys.stderr)

    def client(number):
        connection = UnixConnection(args.socket)
        while time.monotonic() < deadline:
            try:
                status, body = call(connection, "POST", "/v1.41/containers/create",
                                    {"Image": args.image, "Cmd": ["true"], "HostConfig": {"NetworkMode": "none"}})
                if status != 201:
                    error(number, "create", status, body)
                    continue
                ident = json.loads(body)["Id"]
                status, body = call(connection, "POST", f"/v1.41/containers/{ident}/start")
                if status != 204:
                    error(number, "start", status, body)
                status, body = call(connection, "POST", f"/v1.41/containers/{ident}/wait")
                if status != 200 or json.loads(body).get("StatusCode") != 0:
                    error(number, "wait", status, body)
                status, body = call(connection, "DELETE", f"/v1.41/containers/{ident}?force=1")
                if status != 204:
                    error(number, "remove", status, body)
                    continue
                with lock:
                    totals["cycles"] += 1
            except (OSError, http.client.HTTPException, ValueError) as e:
                error(number, "connection", type(e).__name__, str(e).encode())
                connection.close()
                connection = UnixConnection(args.socket)
        connection.close()

    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - started
    print(f"clients {args.clients} seconds {elapsed:.1f} cycles {totals['cycles']} errors {totals['errors']}")
    return 1 if totals["errors"] else 0


def requests(args):
    connection = UnixConnection(args.socket)
    urls = ["/_ping", "/v1.41/version", "/v1.41/containers/json?all=1", "/v1.41/images/json"]
    errors = 0
    for i in range(args.count):
        url = urls[i % len(urls)]
        try:
            status, body = call(connection, "GET", url)
        except (OSError, http.client.HTTPException) as e:
            status, body = type(e).__name__, str(e).encode()
            connection.close()
            connection = UnixConnection(args.socket)
        if status != 200:
            errors += 1
            print(f"{url}: {status} {body[:200]!r}", file=sys.stderr)
    print(f"requests {args.count} errors {errors}")
    return 1 if errors else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    modes = parser.add_subparsers(dest="mode", required=True)
    c = modes.add_parser("cycles")
    c.add_argument("socket")
    c.add_argument("--clients", type=int, default=50)
    c.add_argument("--seconds", type=float, default=60)
    c.add_argument("--image", default="bb")
    r = modes.add_parser("requests")
    r.add_argument("socket")
    r.add_argument("--count", type=int, default=10000)
    args = parser.parse_args()
    return cycles(args) if args.mode == "cycles" else requests(args)


if __name__ == "__main__":
    sys.exit(main())
