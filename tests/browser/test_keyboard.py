"""With only the keyboard: open the menu on a phone and follow a link, search and open a
result, and see at every step where the focus is."""

import contextlib

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from browsing import FOCUS, WIDTHS

MENU_BUTTON = '[data-lho-toggle="__drawer"]'
SEARCH_BUTTON = '[data-lho-toggle="__search"]'
MENU_LINK = ".md-sidebar--primary a.md-nav__link"
SEARCH_RESULT = "a.md-search-result__link"


@pytest.fixture
def open_page(browser, address, kinds):
    """open_page(kind, width): a fresh page in a fresh browser context."""
    contexts = []

    def open_(kind, width):
        w, h = WIDTHS[width]
        context = browser.new_context(viewport={"width": w, "height": h})
        contexts.append(context)
        page = context.new_page()
        page.goto(address + kinds[kind], wait_until="load")
        return page

    yield open_
    for context in contexts:
        context.close()


def focus(page):
    return page.evaluate(FOCUS)


def has_focus(page, selector):
    return page.evaluate("selector => document.activeElement.matches(selector)", selector)


def assert_focus_shown(page, steps):
    """The focused element is in sight and outlined (after at most a second of transition)."""
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function(f"() => {{ const f = ({FOCUS})(); return !f || (f.shown && f.outlined) }}",
                               timeout=1000)
    now = focus(page)
    steps.append(now)
    assert now is not None, f"the focus is lost after {steps[:-1]}"
    assert now["shown"], f"focus on something out of sight: {now}"
    assert now["outlined"], f"focus without an outline or shadow: {now}"
    return now


def tab_to(page, selector, most=8):
    """Press Tab until `selector` has the focus; every stop on the way must show the focus."""
    steps = []
    for _ in range(most):
        page.keyboard.press("Tab")
        assert_focus_shown(page, steps)
        if has_focus(page, selector):
            return steps[-1]
    pytest.fail(f"{selector} not reached with {most} presses of Tab: {steps}")


def checked(page, toggle, expected=True):
    """Whether Material's toggle (drawer or search) comes to be `expected` within a second."""
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function("([id, on]) => document.getElementById(id).checked === on", arg=[toggle, expected],
                               timeout=1000)
    return page.evaluate("id => document.getElementById(id).checked", toggle)


def test_phone_menu_opens_and_leads_to_a_page(open_page, address):
    page = open_page("home", "telefoon")
    tab_to(page, MENU_BUTTON, most=2)
    assert page.get_attribute(MENU_BUTTON, "aria-expanded") == "false"
    page.keyboard.press("Enter")
    assert checked(page, "__drawer")
    assert page.get_attribute(MENU_BUTTON, "aria-expanded") == "true"
    page.wait_for_timeout(300)  # the drawer slides in
    link = tab_to(page, MENU_LINK, most=4)
    assert link["text"] == "Home"
    link = tab_to(page, MENU_LINK, most=1)
    assert link["text"] == "Nieuws"
    page.keyboard.press("Enter")
    page.wait_for_url(address + "nieuws/")


def test_escape_closes_the_phone_menu(open_page):
    page = open_page("home", "telefoon")
    tab_to(page, MENU_BUTTON, most=2)
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    tab_to(page, MENU_LINK, most=4)
    page.keyboard.press("Escape")
    assert not checked(page, "__drawer", expected=False)
    assert has_focus(page, MENU_BUTTON)
    page.wait_for_timeout(300)
    # Closed, the menu's links are out of the Tab order again.
    page.keyboard.press("Tab")
    assert not has_focus(page, MENU_LINK)


def search_and_open_first_result(page, word):
    page.keyboard.type(word)
    page.wait_for_selector(SEARCH_RESULT)
    page.keyboard.press("ArrowDown")
    result = assert_focus_shown(page, [])
    assert has_focus(page, SEARCH_RESULT), result
    page.keyboard.press("Enter")
    page.wait_for_url(result["href"])
    assert word in page.url  # Material highlights the word on the result's page


@pytest.mark.parametrize("width", WIDTHS)
def test_search_shortcut_then_a_result(open_page, word, width):
    page = open_page("home", width)
    page.keyboard.press("/")
    assert has_focus(page, ".md-search__input")
    assert checked(page, "__search")
    search_and_open_first_result(page, word)


def test_phone_search_button_then_a_result(open_page, word):
    page = open_page("nieuws", "telefoon")
    tab_to(page, SEARCH_BUTTON, most=3)
    page.keyboard.press("Enter")
    assert checked(page, "__search")
    assert has_focus(page, ".md-search__input")
    search_and_open_first_result(page, word)


def test_escape_closes_the_phone_search(open_page):
    page = open_page("home", "telefoon")
    tab_to(page, SEARCH_BUTTON, most=3)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    assert not checked(page, "__search", expected=False)
    page.wait_for_function(f"() => document.activeElement.matches('{SEARCH_BUTTON}')")


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("kind", ["home", "bericht"])
def test_every_tab_stop_shows_the_focus(open_page, kind, width):
    """From the top of the page, 40 presses of Tab: never a stop out of sight or without outline."""
    page = open_page(kind, width)
    steps = []
    for _ in range(40):
        page.keyboard.press("Tab")
        if focus(page) is None:  # past the last link, back to the browser
            break
        assert_focus_shown(page, steps)
    assert len(steps) >= 5
