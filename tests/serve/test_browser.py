"""The pages in a real headless Chromium against a server on loopback."""
from pathlib import Path

import pytest

from muster.serve import ServeSettings, create_app
from tests.serve.conftest import live_server

pytestmark = pytest.mark.slow

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--no-first-run", "--disable-sync"]


@pytest.fixture
def server(filled_store):
    app = create_app(filled_store, ServeSettings(token=None, allowed_hosts=("testserver", "127.0.0.1", "localhost")))
    with live_server(app) as url:
        yield url


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "scripts/test installs Debian's chromium; run it, or apt-get install chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        yield pg
        browser.close()


def shot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_overview_draws_ranges_for_the_fixture_countries(server, page):
    page.goto(f"{server}/?event=mobilization")
    chart = page.locator("svg.chart").first
    assert chart.is_visible()
    rows = chart.locator("g.row")
    keys = {rows.nth(i).get_attribute("data-key") for i in range(rows.count())}
    assert {"SE", "CO"} <= keys
    labels = chart.text_content()
    assert "400" in labels and "1,000" in labels
    assert page.locator("#estimates tr[data-origin=CO] .conflict").count() == 1
    shot(page, "overview")


def test_filter_narrows_the_claims_table(server, page):
    page.goto(f"{server}/claims")
    before = page.locator("#claims tbody tr").count()
    page.fill("#claim-filters input[name=origin]", "CO")
    page.click("#claim-filters button[type=submit]")
    page.wait_for_url("**/claims?*origin=CO*")
    after = page.locator("#claims tbody tr").count()
    assert 0 < after < before
    assert all("CO" in page.locator("#claims tbody tr").nth(i).inner_text() for i in range(after))
    shot(page, "claims")


def test_a_claim_shows_its_highlighted_sentence_and_chain(server, page):
    page.goto(f"{server}/claims?origin=SE")
    page.click("a.claim-link")
    page.wait_for_selector("#sentence mark")
    assert page.locator("#sentence mark").inner_text() == "Around 400"
    assert "according to TT News Agency" in page.locator("#sentence").inner_text()
    assert page.locator("#chain .source").all_inner_texts() == ["TT News Agency", "Erik Lindqvist"]
    shot(page, "claim")
    page.goto(f"{server}/sources")
    assert page.locator("#sources").is_visible()
    shot(page, "sources")


def test_hostile_article_does_not_run(server, page):
    page.goto(f"{server}/claims?search=volunteers+ministry")
    page.click("a.claim-link")
    page.wait_for_selector("#sentence mark")
    page.click("dl.facts a[href^='/articles/']")
    page.wait_for_selector("article.text")
    assert page.evaluate("window.__pwned") is None, "a script from the article ran"
    assert "<script>" in page.locator("article.text").inner_text(), "the hostile markup is shown as text"
    assert page.locator("a[href^='javascript:']").count() == 0
    shot(page, "article")


def test_api_docs_work_with_the_network_cut_off(server, page):
    """Only the server itself is reachable: the docs page must still draw every endpoint."""
    refused = []

    def local_only(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    page.route("**/*", local_only)
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{server}/")
    page.click("nav a:has-text('API')")
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    paths = set(page.locator(".opblock-summary-path").all_inner_texts())
    assert {"/api/v1/claims", "/api/v1/estimates", "/api/v1/articles"} <= {p.strip() for p in paths}
    assert refused == [] and not any("Content Security Policy" in e for e in errors), (refused, errors)
    shot(page, "api-docs")
