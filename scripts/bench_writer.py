"""The writing side of scripts/bench's mixed mode: accepted progress updates at a fixed rate.

  python3 scripts/bench_writer.py write BASE_URL RATE SECONDS [ACCOUNTS]
      posts accepted progress updates (fresh form version each time) at RATE per second for SECONDS,
      spread over the steps of ACCOUNTS (default: bench51..bench69, members of generated
      workgroups whose steps are not all completed), and prints one line: achieved rate, accepted, conflicts, errors, post p50/p99.
  python3 scripts/bench_writer.py first BASE_URL SESSION PATH [TIMES]
      TIMES times (default 20): one accepted update, then PATH read once with the SESSION cookie
      (nothing cached for it yet); prints p50/p90/max of those first reads.

A write is what a browser does: read the step page (its form's version and CSRF token), post the
update, follow the redirect back to the step page. Only the post is timed.
"""
import http.cookiejar
import random
import re
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

PASSWORD = "alliance-demo"
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')
STEP_LINK = re.compile(r'href="/action-steps/(\d+)#update')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def call(self, path, form=None, headers=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        request = urllib.request.Request(self.base + path, data=data, headers=headers or {})
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")

    def sign_in(self, email):
        _, page = self.call("/login")
        status, _ = self.call("/login", {"username": email, "password": PASSWORD,
                                         "_csrf": CSRF.search(page).group(1)})
        if status != 302:
            sys.exit(f"could not sign in as {email}: {status}")

    def update(self, step):
        """One accepted update if nobody changed the step in between: (status, seconds of the post)."""
        _, page = self.call(f"/action-steps/{step}")
        version = VERSION.search(page)
        token = CSRF.search(page)
        if not version or not token:
            return 0, 0.0
        form = {"status": "IN_PROGRESS", "percent": str(random.randint(1, 99)), "narrative": "bench writer",
                "version": version.group(1), "_csrf": token.group(1)}
        started = time.perf_counter()
        status, _ = self.call(f"/action-steps/{step}/updates", form)
        elapsed = time.perf_counter() - started
        if status == 302:
            self.call(f"/action-steps/{step}")  # as a browser does: the page with the "saved" message
        return status, elapsed


def writers(base, accounts):
    """(browser, step) pairs: each account's own open steps, interleaved across accounts."""
    pairs = []
    for email in accounts:
        browser = Browser(base)
        browser.sign_in(email)
        _, home = browser.call("/")
        steps = sorted(set(STEP_LINK.findall(home)))
        if not steps:
            sys.exit(f"{email} has no steps to update")
        pairs.append([(browser, step) for step in steps])
    mixed = []
    for i in range(max(len(p) for p in pairs)):
        mixed.extend(p[i] for p in pairs if i < len(p))
    return mixed


def percentile(values, q):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def write(base, rate, seconds, accounts):
    targets = writers(base, accounts)
    lock = threading.Lock()
    results = []
    slot = [0]
    start = time.perf_counter() + 0.5
    total = int(rate * seconds)

    def worker():
        while True:
            with lock:
                i = slot[0]
                slot[0] += 1
            if i >= total:
                return
            due = start + i / rate
            wait = due - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
            browser, step = targets[i % len(targets)]
            status, elapsed = browser.update(step)
            with lock:
                results.append((status, elapsed))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    took = time.perf_counter() - start
    accepted = [e for s, e in results if s == 302]
    conflicts = sum(1 for s, _ in results if s == 409)
    errors = sum(1 for s, _ in results if s not in (302, 409))
    print(f"writer: {len(accepted) / took:.2f} accepted updates/s (target {rate}/s), {len(accepted)} accepted, "
          f"{conflicts} conflicts, {errors} errors, post p50 {percentile(accepted, 0.5) * 1000:.1f} ms, "
          f"p99 {percentile(accepted, 0.99) * 1000:.1f} ms")


def first(base, session, path, times):
    targets = writers(base, ["bench52@example.org"])
    reader = Browser(base)
    reads = []
    for i in range(times):
        browser, step = targets[i % len(targets)]
        status, _ = browser.update(step)
        if status != 302:
            continue
        started = time.perf_counter()
        code, _ = reader.call(path, headers={"Cookie": "SESSION=" + session})
        reads.append(time.perf_counter() - started)
        if code != 200:
            sys.exit(f"{path} answered {code}")
    print(f"first read of {path} after an accepted update ({len(reads)} times): "
          f"p50 {statistics.median(reads) * 1000:.1f} ms, p90 {percentile(reads, 0.9) * 1000:.1f} ms, "
          f"max {max(reads) * 1000:.1f} ms")


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "write":
        # members of generated workgroups whose steps are not all completed (every tenth one is)
        accounts = (sys.argv[5].split(",") if len(sys.argv) > 5
                    else [f"bench{n}@example.org" for n in range(51, 70) if n % 10 != 0])
        write(sys.argv[2].rstrip("/"), float(sys.argv[3]), float(sys.argv[4]), accounts)
    elif command == "first":
        first(sys.argv[2].rstrip("/"), sys.argv[3], sys.argv[4], int(sys.argv[5]) if len(sys.argv) > 5 else 20)
    else:
        sys.exit(__doc__)
