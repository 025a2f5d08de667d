"""Takes the screenshots for bench/screenshots: talks the W3C WebDriver protocol to chromedriver with the
standard library only, and Chromium's DevTools protocol (through chromedriver) for the phone width and
the dark colour scheme. Arguments: muster-url driver-url out-dir admin-email admin-password."""
import base64
import html
import json
import os
import re
import sys
import time
import urllib.request

MUSTER, DRIVER, OUT, ADMIN_EMAIL, ADMIN_PASSWORD = sys.argv[1:6]
PASSWORD = "demo-password"
PEOPLE = {
    "visitor": None,
    "member": ("jonas.laurent@demo.muster", PASSWORD),
    "moderator": ("daan.visser@demo.muster", PASSWORD),
    "staff": ("anna.devries@demo.muster", PASSWORD),
    "admin": (ADMIN_EMAIL, ADMIN_PASSWORD),
}
SIZES = {"desktop": (1280, 900), "phone": (390, 844)}
SCHEMES = ("light", "dark")
TALLEST = 5000


def call(method, path, body=None):
    request = urllib.request.Request(DRIVER + path, method=method, headers={"Content-Type": "application/json"},
                                     data=None if body is None else json.dumps(body).encode())
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.load(response)["value"]


def get(path):
    with urllib.request.urlopen(MUSTER + path, timeout=30) as response:
        return response.read().decode()


class Browser:
    def __init__(self):
        options = {"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--hide-scrollbars", "--lang=en-US", "--window-size=1280,900"]}
        self.id = call("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}})["sessionId"]

    def cdp(self, command, params):
        return call("POST", f"/session/{self.id}/goog/cdp/execute", {"cmd": command, "params": params})

    def go(self, path):
        call("POST", f"/session/{self.id}/url", {"url": MUSTER + path})

    def js(self, script):
        return call("POST", f"/session/{self.id}/execute/sync", {"script": script, "args": []})

    def log_in(self, email, password):
        self.go("/login")
        self.js("""document.getElementById('email').value = %s;
                   document.getElementById('password').value = %s;
                   document.querySelector("form[action='/login']").submit();""" % (json.dumps(email), json.dumps(password)))
        # The next page must have arrived before anything else is opened, or the sign-in is cut off.
        for _ in range(100):
            if self.js("return location.pathname !== '/login' && document.readyState === 'complete'"):
                return
            time.sleep(0.1)
        raise SystemExit(f"{email} could not sign in")

    def shoot(self, path, file, width, height, scheme):
        self.cdp("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        self.cdp("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        self.go(path)
        full = min(TALLEST, int(self.js("return document.documentElement.scrollHeight")))
        shot = self.cdp("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True,
                                                   "clip": {"x": 0, "y": 0, "width": width, "height": full, "scale": 1}})
        with open(file, "wb") as out:
            out.write(base64.b64decode(shot["data"]))

    def quit(self):
        call("DELETE", f"/session/{self.id}")


def first(pattern, text):
    match = re.search(pattern, text)
    if not match:
        raise SystemExit(f"no {pattern} on the demo's pages: was the demo loaded?")
    return match.group(1)


def pages():
    """Each page with the roles that see it differently; ids and slugs come from the demo's own pages."""
    question = first(r'href="(/questions/\d+[^"]*)"', get("/spaces/routers"))
    member = first(r'href="/members/(\d+)', get(question))
    article = first(r'href="(/articles/\d+[^"]*)"', get("/articles"))
    return [
        ("home", "/", ["visitor", "member"]),
        ("space", "/spaces/routers", ["visitor", "member"]),
        ("question", question, ["visitor", "member", "moderator"]),
        ("ask", "/ask", ["member"]),
        ("search", "/search?q=mesh", ["visitor", "member"]),
        ("profile", f"/members/{member}", ["visitor", "member"]),
        ("leaderboards", "/leaderboards", ["visitor", "member"]),
        ("missions", "/missions", ["member", "staff"]),
        ("mission", "/missions/repair-caf%C3%A9-help-desk", ["member", "staff"]),
        ("rewards", "/rewards", ["member"]),
        ("moderation-queue", "/moderation", ["moderator"]),
        ("admin-members", "/admin/members", ["admin"]),
        ("insights-support", "/insights?days=365", ["visitor", "member", "staff"]),
        ("insights-health", "/insights/health?days=365", ["staff"]),
        ("insights-self-service", "/insights/self-service?days=365", ["staff"]),
        ("insights-help-desk", "/insights/help-desk?days=365", ["admin"]),
        ("insights-peer-army", "/insights/peer-army?days=365", ["staff"]),
        ("insights-cohorts", "/insights/cohorts?days=365", ["staff"]),
        ("insights-deflection", "/insights/self-service/deflection", ["admin"]),
        ("insights-freshness", "/insights/health/freshness", ["admin"]),
        ("room", "/spaces/smart-home/room", ["visitor", "member", "moderator"]),
        ("articles", "/articles", ["visitor", "staff"]),
        ("article", article, ["visitor", "staff"]),
        ("collections", "/collections", ["visitor", "staff"]),
        ("content-health", "/canonical/health", ["staff"]),
        ("recurring", "/articles/recurring", ["staff"]),
        # ?lang= also sets the language cookie for the rest of the visitor's session: these come last, French last of all.
        ("home-nl", "/?lang=nl", ["visitor"]),
        ("question-nl", question + "?lang=nl", ["visitor"]),
        ("home-fr", "/?lang=fr", ["visitor"]),
    ]


def main():
    shots = []
    plan = pages()
    for role, credentials in PEOPLE.items():
        wanted = [(name, path) for name, path, roles in plan if role in roles]
        if not wanted:
            continue
        browser = Browser()
        try:
            if credentials:
                browser.log_in(*credentials)
            for name, path in wanted:
                for size, (width, height) in SIZES.items():
                    for scheme in SCHEMES:
                        file = f"{name}--{role}--{size}--{scheme}.png"
                        browser.shoot(path, os.path.join(OUT, file), width, height, scheme)
                        shots.append((name, role, size, scheme, path, file))
                        print(f"  {file}", flush=True)
        finally:
            browser.quit()
    with open(os.path.join(OUT, "index.html"), "w") as index:
        index.write("<!doctype html><meta charset=utf-8><title>Muster screenshots</title>"
                    "<style>body{font-family:sans-serif}figure{display:inline-block;vertical-align:top;margin:8px}"
                    "img{max-width:320px;border:1px solid #999}</style>")
        for name, role, size, scheme, path, file in shots:
            index.write(f'<figure><a href="{file}"><img src="{file}" loading="lazy"></a>'
                        f"<figcaption>{html.escape(name)} · {role} · {size} · {scheme}<br>{html.escape(path)}</figcaption></figure>")
    print(f"{len(shots)} screenshots")


main()
