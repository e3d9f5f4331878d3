"""One page of every type, opened in headless Chromium on a phone and a desktop screen."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from playwright.async_api import async_playwright

from lho_site.pages.registry import TYPES
from sitebuild import ROOT


def page_kinds(model) -> dict[str, str]:
    """One page of every type the site has (its content decides which), by a Dutch name: its address.
    The types are the registry's (lho_site/pages/registry.py), then the hand-written pages and variants
    that look different: a post with a meeting, with a photo, a second page of the news. "zoeken" is
    the home page with the search dialog open and showing results."""
    kinds = {page_type.name: items[0].url for page_type in TYPES if (items := list(page_type.items(model)))}
    kinds |= {"netwerken": "netwerken/", "portretten": "portretten/", "over-ons": "over-ons/", "privacy": "privacy/",
              "toegankelijkheid": "toegankelijkheid/", "404": "bestaat-niet/", "zoeken": ""}
    variants = {
        "bijeenkomst": [p for p in model.public if p.event],
        "bericht-met-foto": [p for p in model.public if p.image],
        "nieuws-pagina-2": [item for item in model.listings_of("news") if item.page == 2],
    }
    return kinds | {kind: items[0].url for kind, items in variants.items() if items}


def search_word(model) -> str:
    """A word the search finds: the longest in the newest post's title."""
    return max(model.public[0].title.split(), key=len).strip(":,.!?").lower()


CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# Only 127.0.0.1 resolves: a request to another host fails instead of leaving the machine
# (the tests record every request, wherever it goes).
ARGUMENTS = ["--no-sandbox", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]
WIDTHS = {"telefoon": (390, 844), "computer": (1280, 900)}
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]

# Records every write to document.cookie, before any script of the page runs.
RECORD_COOKIE_WRITES = """
(() => {
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, "cookie");
  window.__cookieWrites = [];
  Object.defineProperty(document, "cookie", {
    configurable: true,
    get() { return cookie.get.call(document); },
    set(value) { window.__cookieWrites.push(String(value)); cookie.set.call(document, value); },
  });
})();
"""

# Records every report of the Content-Security-Policy (a script, style or frame it blocked).
RECORD_POLICY_VIOLATIONS = """
(() => {
  window.__policyViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.__policyViolations.push(event.violatedDirective + " " + (event.blockedURI || "inline"));
  });
})();
"""

# What the focused element is and whether a person sees where the focus is.
FOCUS = """() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const style = getComputedStyle(e);
  const box = e.getBoundingClientRect();
  return {
    element: e.tagName.toLowerCase() + (e.className ? "." + String(e.className).trim().split(/\\s+/).join(".") : ""),
    text: (e.getAttribute("aria-label") || e.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 60),
    href: e.getAttribute("href"),
    outlined: (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none",
    shown: e.checkVisibility({opacityProperty: true, visibilityProperty: true})
      && box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < window.innerHeight && box.left < window.innerWidth,
  };
}"""


@dataclass
class Visit:
    """What one page did in the browser."""

    violations: list[dict] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    cookies: list[dict] = field(default_factory=list)
    cookie_writes: list[str] = field(default_factory=list)
    storage: dict = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    """Responses with an error status (but the page's own) and errors in the console."""
    policy_violations: list[str] = field(default_factory=list)
    """What the page's Content-Security-Policy blocked."""


async def open_search(page, word: str) -> None:
    """Open the search with its keyboard shortcut, type `word` and wait for the results."""
    await page.keyboard.press("/")
    await page.keyboard.type(word)
    await page.wait_for_selector(".md-search-result__item")


AXE_RUN = "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
"""axe's run; axe comes in as an init script (add_init_script(path=AXE)), which the browser runs before
the page's own and which the page's Content-Security-Policy does not govern."""


def axe_findings(result: dict) -> list[dict]:
    """The violations of an axe run (AXE_RUN), briefly."""
    return [{"rule": v["id"], "impact": v["impact"], "help": v["help"],
             "where": [" ".join(map(str, n["target"])) for n in v["nodes"]][:5]} for v in result["violations"]]


async def _visit(browser, url: str, width: str, search: str | None) -> Visit:
    """Open `url` at this width (and search for the word `search`), record requests, cookies and storage, run axe."""
    result = Visit()
    w, h = WIDTHS[width]
    context = await browser.new_context(viewport={"width": w, "height": h}, locale="nl-NL")
    try:
        context.on("request", lambda request: result.requests.append(request.url))
        context.on("response", lambda response: response.status >= 400 and response.url != url
                   and result.failures.append(f"{response.status} {response.url}"))
        await context.add_init_script(RECORD_COOKIE_WRITES)
        await context.add_init_script(RECORD_POLICY_VIOLATIONS)
        await context.add_init_script(path=str(AXE))
        page = await context.new_page()
        page.on("console", lambda message: message.type == "error"
                and result.failures.append(f"console: {message.text}"))
        page.on("pageerror", lambda error: result.failures.append(f"script: {error}"))
        await page.goto(url, wait_until="load")
        if search:
            await open_search(page, search)
        await page.wait_for_load_state("networkidle")
        result.violations = axe_findings(await page.evaluate(AXE_RUN, AXE_TAGS))
        result.cookies = await context.cookies()
        result.cookie_writes = await page.evaluate("() => window.__cookieWrites")
        result.policy_violations = await page.evaluate("() => window.__policyViolations")
        result.storage = await page.evaluate("() => ({local: {...localStorage}, session: {...sessionStorage}})")
    finally:
        await context.close()
    return result


SIDE_BY_SIDE = 4
"""Pages open at once: one waiting for the network to be quiet leaves the cores to the others."""


async def _visit_all(jobs: dict, search: str | None) -> dict:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGUMENTS)
        turns = asyncio.Semaphore(SIDE_BY_SIDE)

        async def one(url, width, searching):
            async with turns:
                return await _visit(browser, url, width, search if searching else None)

        try:
            results = await asyncio.gather(*(one(*job) for job in jobs.values()))
        finally:
            await browser.close()
    return dict(zip(jobs, results, strict=True))


def visit_all(jobs: dict, search: str | None = None) -> dict:
    """Each job, (url, width, searching), visited in a Chromium of its own, several at once (the tests'
    own browser is synchronous and waits on one page at a time): its Visit by the job's key. A job that
    is searching searches for the word `search`."""
    with ThreadPoolExecutor(max_workers=1) as thread:  # an event loop of its own, beside Playwright's sync one
        return thread.submit(asyncio.run, _visit_all(jobs, search)).result()
