"""What the browser tests share: logging in, axe-core, screenshots, keyboard focus."""

import json
import os
import re
import shutil
from pathlib import Path

from playwright.sync_api import expect

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Known to work on the project's machines: no sandbox as root, and no background traffic
# (the closed network refuses it). Playwright adds --headless and a new empty profile.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
SCREENSHOTS = REPO / "artifacts" / "screenshots"
DEMO_PASSWORD = "kennisplein"

# axe-core comes from the npm registry's build, shipped inside the axe-playwright-python wheel
# so that `make install` is all it takes; AXE_CORE_JS points to another axe.min.js
# (say, from `npm pack axe-core`) to try a newer one.
AXE_CORE_JS = os.environ.get("AXE_CORE_JS") or str(
    Path(__import__("axe_playwright_python").__file__).with_name("axe.min.js")
)
BLOCKING_IMPACTS = ("serious", "critical")


def why_no_browser():
    """Why the browser tests cannot run here, or None."""
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        return (
            f"Chromium not found at {CHROMIUM}; install it with `sudo apt-get install chromium` "
            "(or set CHROMIUM=/path/to/chromium)"
        )
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright is not installed; run `make install`"
    return None


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def screenshot(page, name):
    """Saves the whole page as artifacts/screenshots/<name>-<width>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{slug(name)}-{page.viewport_size['width']}.png"
    page.screenshot(path=path, full_page=True, animations="disabled")
    return path


def axe_violations(page, impacts=BLOCKING_IMPACTS):
    """Runs axe-core on the page as it is now; returns the violations of those impacts."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the browser's debugging protocol, which the site's
        # Content-Security-Policy does not govern (a <script> tag added to the page would be
        # refused by it, as it should be).
        page.evaluate(Path(AXE_CORE_JS).read_text() + "\n;true")
    results = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in results["violations"] if v["impact"] in impacts]


def describe_violations(violations, where):
    lines = [f"axe-core found {len(violations)} serious/critical violation(s) on {where}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            target = json.dumps(node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target} {node['html'][:160]}")
            if summary:
                lines.append(f"      {summary[:300]}")
        if len(violation["nodes"]) > 5:
            lines.append(f"    … and {len(violation['nodes']) - 5} more elements")
    return "\n".join(lines)


def assert_accessible(page, where=None):
    """No axe-core violation of impact serious or critical on the page as it is now."""
    violations = axe_violations(page)
    assert not violations, describe_violations(violations, where or page.url)


FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
        tag: el.tagName.toLowerCase(),
        text: (el.innerText || el.value || el.ariaLabel || '').trim(),
        name: el.getAttribute('name'),
        id: el.id,
        href: el.getAttribute('href'),
        visible: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0
            && box.left < window.innerWidth && style.visibility !== 'hidden',
        outline: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
            || style.boxShadow !== 'none',
    };
}"""


def focused(page):
    """What has keyboard focus now: tag, text, name, id, href, visible, outline."""
    return page.evaluate(FOCUSED)


def tab_until(page, wanted, limit=40, key="Tab"):
    """Presses Tab until `wanted(focused element)` is true; returns every stop on the way."""
    stops = []
    for _ in range(limit):
        page.keyboard.press(key)
        stop = focused(page)
        stops.append(stop)
        if stop and wanted(stop):
            return stops
    raise AssertionError(f"{limit} presses of {key} never reached the element; stops: {stops}")


def log_in(page, username, password=DEMO_PASSWORD):
    """Fills in and sends whichever login form the page shows (site or admin)."""
    page.get_by_label(re.compile(r"Gebruikersnaam|Username|Nom d'utilisateur", re.I)).fill(username)
    page.get_by_label(re.compile(r"Wachtwoord|Password|Mot de passe", re.I)).fill(password)
    page.get_by_role(
        "button", name=re.compile(r"(Aanmelden|Inloggen|Log in|Sign in)", re.I)
    ).click()


def mail_text(message):
    """The plain-text body of an e-mail the site sent, decoded."""
    for part in message.walk():
        if part.get_content_type() == "text/plain":
            return part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    raise AssertionError(f"no text/plain part in {message}")


def text_editors(page, count):
    """The `count` text editors of the page's form, once the editor script has turned every
    text area into one (its toolbar is there): typing before that can land in a text area the
    editor then replaces."""
    form = page.locator("main form")
    expect(form.get_by_role("toolbar", name="Opmaak")).to_have_count(count)
    fields = form.get_by_role("textbox")
    expect(fields).to_have_count(count)
    return fields
