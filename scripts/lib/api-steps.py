#!/usr/bin/env python3
"""When each answer of the docker CLI's `docker run --rm --network none IMAGE
true` comes, sent in the CLI's order to a Docker API socket (skiff's or
podman's `system service`): _ping, create (AutoRemove), attach (upgraded),
wait?condition=removed, start, then the end of the attach stream and the
wait's answer. Prints the median time of each since the first request,
over ROUNDS rounds after one not counted (docs/benchmarks.md, "The API's
docker run --rm, request by request").

usage: python3 scripts/lib/api-steps.py SOCKET [ROUNDS [IMAGE]]  (ROUNDS 10, IMAGE bb)"""
import socket, sys, time, json, statistics

def conn(path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM); s.connect(path); return s

def request(s, method, path, body=b"", extra=""):
    head = f"{method} {path} HTTP/1.1\r\nHost: api.moby.localhost\r\nUser-Agent: Docker-Client/28.2.2 (linux)\r\n{extra}"
    if body or method == "POST":
        head += f"Content-Length: {len(body)}\r\nContent-Type: application/json\r\n"
    s.sendall(head.encode() + b"\r\n" + body)

def read_head(s, buf=b""):
    while b"\r\n\r\n" not in buf:
        d = s.recv(65536)
        if not d: raise EOFError(buf)
        buf += d
    head, rest = buf.split(b"\r\n\r\n", 1)
    return head.decode(), rest

def read_sized(s, head, rest):
    n = 0
    for line in head.split("\r\n"):
        if line.lower().startswith("content-length:"): n = int(line.split(":")[1])
    while len(rest) < n: rest += s.recv(65536)
    return rest[:n]

def read_chunked_until_end(s, rest):
    buf = rest
    while not buf.endswith(b"0\r\n\r\n"):
        d = s.recv(65536)
        if not d: break
        buf += d
    return buf

IMAGE = sys.argv[3] if len(sys.argv) > 3 else "bb"
CREATE = json.dumps({"Image": IMAGE, "Cmd": ["true"], "AttachStdout": True, "AttachStderr": True,
    "HostConfig": {"AutoRemove": True, "NetworkMode": "none"}}).encode()

def one(path):
    t = {}; t0 = time.perf_counter()
    mark = lambda k: t.__setitem__(k, (time.perf_counter() - t0) * 1000)
    s = conn(path)
    request(s, "HEAD", "/_ping"); h, r = read_head(s); mark("ping")
    request(s, "POST", "/v1.47/containers/create", CREATE); h, r = read_head(s); body = read_sized(s, h, r); mark("create")
    cid = json.loads(body)["Id"]
    a = conn(path)
    request(a, "POST", f"/v1.47/containers/{cid}/attach?stderr=1&stdout=1&stream=1", extra="Connection: Upgrade\r\nUpgrade: tcp\r\n")
    h, arest = read_head(a); mark("attach 101")
    request(s, "POST", f"/v1.47/containers/{cid}/wait?condition=removed"); h, wrest = read_head(s); mark("wait headers")
    st = conn(path)
    request(st, "POST", f"/v1.47/containers/{cid}/start"); h, r = read_head(st); mark("start")
    while True:
        d = a.recv(65536)
        if not d: break
    mark("attach EOF")
    read_chunked_until_end(s, wrest); mark("wait answer")
    for x in (s, a, st): x.close()
    return t

path = sys.argv[1]; rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
one(path)
runs = [one(path) for _ in range(rounds)]
keys = list(runs[0])
prev = 0
for k in keys:
    med = statistics.median(r[k] for r in runs)
    print(f"{k:14s} at {med:7.2f} ms  (+{med - prev:6.2f})")
    prev = med
