"""Concurrent progress updates against a running Alliance, then a check that nothing was lost.

Each worker signs in as one of the demo accounts that may update the Data Gathering and Analysis
workgroup's steps, and repeatedly reads a step (its form version) and posts an update carrying a
unique token in the narrative. Conflicts (409) are expected when two workers race on one step.
Afterwards every step page is read: each accepted token must appear exactly once, no refused token
may appear, and no request may have failed with a 5xx or a transport error.
"""
import http.cookiejar
import os
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

BASE = os.environ.get("BASE_URL", "http://localhost:8080").rstrip("/")
WORKERS = int(os.environ.get("WORKERS", "16"))
PER_WORKER = int(os.environ.get("UPDATES_PER_WORKER", "40"))
ACCOUNTS = ["member@example.org", "lead@example.org", "elena.petrova@example.org", "admin@example.org"]
PASSWORD = "alliance-demo"
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
VERSION = re.compile(r'id="version" name="version" value="(\d+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def client():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())


def call(opener, path, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    request = urllib.request.Request(BASE + path, data=data, headers={"Accept": "text/html"})
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def sign_in(opener, email):
    _, page = call(opener, "/login")
    status, _ = call(opener, "/login", {"username": email, "password": PASSWORD, "_csrf": CSRF.search(page).group(1)})
    if status != 302:
        sys.exit(f"could not sign in as {email}: {status}")


def data_group_steps():
    opener = client()
    sign_in(opener, "lead@example.org")
    _, workgroups = call(opener, "/workgroups")
    match = re.search(r'href="/workgroups/(\d+)">Data Gathering and Analysis<', workgroups)
    if not match:
        sys.exit("the demo workgroup Data Gathering and Analysis was not found")
    _, page = call(opener, f"/workgroups/{match.group(1)}")
    return sorted({int(i) for i in re.findall(r'href="/action-steps/(\d+)"', page)})


def worker(number, steps, results, lock):
    opener = client()
    sign_in(opener, ACCOUNTS[number % len(ACCOUNTS)])
    for i in range(PER_WORKER):
        step = steps[(number + i) % len(steps)]
        token = f"load-{number}-{i}"
        try:
            _, page = call(opener, f"/action-steps/{step}")
            version = VERSION.search(page).group(1)
            started = time.perf_counter()
            status, _ = call(opener, f"/action-steps/{step}/updates", {
                "status": "IN_PROGRESS", "percent": str((number * 7 + i) % 100),
                "narrative": token, "version": version, "_csrf": CSRF.search(page).group(1)})
            elapsed = time.perf_counter() - started
        except Exception as error:  # transport errors count as failures, never as refusals
            status, elapsed = f"error: {error}", 0.0
        with lock:
            results.append((step, token, status, elapsed))


def main():
    steps = data_group_steps()
    results, lock = [], threading.Lock()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        for n in range(WORKERS):
            pool.submit(worker, n, steps, results, lock)
    duration = time.perf_counter() - started

    opener = client()
    sign_in(opener, "director@example.org")
    history = {}
    for step in steps:
        _, page = call(opener, f"/action-steps/{step}")
        for token in re.findall(r"load-\d+-\d+", page):
            history[token] = history.get(token, 0) + 1

    accepted = [r for r in results if r[2] == 302]
    refused = [r for r in results if isinstance(r[2], int) and 400 <= r[2] < 500]
    failed = [r for r in results if r not in accepted and r not in refused]
    lost = [r[1] for r in accepted if history.get(r[1], 0) != 1]
    leaked = [r[1] for r in refused if r[1] in history]
    latencies = sorted(r[3] for r in accepted + refused)
    by_status = {}
    for r in results:
        by_status[str(r[2])] = by_status.get(str(r[2]), 0) + 1

    print(f"target            {BASE}, {len(steps)} steps, {WORKERS} workers x {PER_WORKER} updates")
    print(f"requests          {len(results)} update posts in {duration:.1f} s ({len(results) / duration:.1f}/s)")
    print(f"by status         {by_status}")
    print(f"accepted          {len(accepted)} (302), every one in the history exactly once: {not lost}")
    print(f"refused           {len(refused)} (4xx, conflicts expected), none in the history: {not leaked}")
    print(f"failed            {len(failed)} (5xx or transport errors)")
    if latencies:
        p50 = statistics.median(latencies) * 1000
        p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] * 1000
        print(f"post latency      p50 {p50:.0f} ms, p99 {p99:.0f} ms")
    if lost or leaked or failed:
        print(f"FAILED: lost={lost[:5]} leaked={leaked[:5]} failed={failed[:5]}")
        sys.exit(1)
    print("OK: nothing lost, nothing refused was written, no server error")


if __name__ == "__main__":
    main()
