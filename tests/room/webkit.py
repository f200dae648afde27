"""WebKit, the engine of Safari on iOS, driven through the W3C WebDriver protocol.

This machine cannot run Safari itself; Debian's WebKitGTK is the same engine (JavaScriptCore,
WebCore, the same CSS and event code) and ships a WebDriver server (``WebKitWebDriver``,
package ``webkit2gtk-driver``) with its MiniBrowser. Selenium, the WebDriver project's own
client, drives it. MiniBrowser needs a display: each browser gets a private Xvfb server,
whose free display number Xvfb itself picks (``-displayfd``).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

DRIVER = os.environ.get("WORKSHOP_WEBKIT_DRIVER", "/usr/bin/WebKitWebDriver")
PHONE_WIDTH, PHONE_HEIGHT = 390, 844


def _minibrowser() -> str | None:
    found = sorted(glob.glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"))
    return found[-1] if found else None


def webkit_or_skip() -> tuple[str, str]:
    """(the WebDriver server, the MiniBrowser); fails in CI, where .ci/run installs them."""
    browser = _minibrowser()
    missing = [name for name, path in (("WebKitWebDriver", shutil.which(DRIVER)), ("MiniBrowser", browser),
                                       ("Xvfb", shutil.which("Xvfb"))) if not path]
    if missing:
        message = f"{', '.join(missing)} not installed (Debian: webkit2gtk-driver, xvfb)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; .ci/run installs them")
        pytest.skip(message)
    assert browser is not None
    return DRIVER, browser


@contextmanager
def _xvfb() -> Iterator[str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x900x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


@contextmanager
def webkit_phone() -> Iterator[Any]:
    """A WebKit browser window the width of a phone (390 CSS pixels), in Danish."""
    from selenium import webdriver
    from selenium.webdriver.webkitgtk.options import Options
    from selenium.webdriver.webkitgtk.service import Service

    driver_path, browser = webkit_or_skip()
    with _xvfb() as display:
        options = Options()
        options.binary_location = browser
        options.add_argument("--automation")
        env = {**os.environ, "DISPLAY": display, "LANG": "da_DK.UTF-8", "LIBGL_ALWAYS_SOFTWARE": "1"}
        driver = webdriver.WebKitGTK(options=options, service=Service(executable_path=driver_path, env=env))
        try:
            driver.set_window_size(PHONE_WIDTH, PHONE_HEIGHT)
            yield driver
        finally:
            driver.quit()
