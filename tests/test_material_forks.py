"""Templates copied from Material to fix what no block can reach: still Material's, plus our edits.

Each file below is Material's template of the same name with exactly these edits (and our
comment at the top instead of Material's). When an upgrade of Material changes one of
them, this test fails: copy the new version into overrides/ and make the same edits.
"""

from pathlib import Path

import material
import pytest

from sitebuild import ROOT

MATERIAL = Path(material.__file__).parent / "templates"
HEADER = "{#-\n  This file was automatically generated - do not edit\n-#}\n"

FORKS = {
    # The HTML checker: `autocomplete` is not allowed on checkboxes. Keyboard: a link to
    # skip to the content on every page, not only on pages with a table of contents.
    "base.html": [
        ('id="__drawer" autocomplete="off">', 'id="__drawer">'),
        ('id="__search" autocomplete="off">', 'id="__search">'),
        ("""      {% if page.toc | first is defined %}
        {% set skip = page.toc | first %}
        <a href="{{ skip.url | url }}" class="md-skip">
          {{ lang.t("action.skip") }}
        </a>
      {% endif %}
""", """      <a href="#lho-inhoud" class="md-skip">
        {{ lang.t("action.skip") }}
      </a>
"""),
        ('<article class="md-content__inner md-typeset">', '<article class="md-content__inner md-typeset" id="lho-inhoud">'),
        # Speed: see hooks/lho_site/support/fragment_cache.py.
        ('    {% set features = config.theme.features or [] %}\n',
         '    {% set features = config.theme.features or [] %}\n    {#- Speed: the menu, tabs and script configuration depend only on the page\'s folder (relative\n        links) and the active menu item; they are rendered once per such place and build. -#}\n    {% set place = (base_url, (page.url if page else "").rstrip("/").rpartition("/")[0], page.url if page in nav.pages else none) %}\n'),
        ('            {% include "partials/tabs.html" %}',
         '            {% cache ("tabs", place) %}{% include "partials/tabs.html" %}{% endcache %}'),
        ('                    {% include "partials/nav.html" %}',
         '                    {% cache ("nav", place) %}{% include "partials/nav.html" %}{% endcache %}'),
        ('    {% block config %}\n',
         '    {% block config %}{% cache ("config", base_url) %}\n'),
        ('      </script>\n    {% endblock %}\n    {% block scripts %}',
         '      </script>\n    {% endcache %}{% endblock %}\n    {% block scripts %}'),
    ],
    # Keyboard: the menu and search icons are buttons (Material's are labels, which Tab
    # skips), with the script that makes them open Material's toggles. The menu's label
    # stays for browsers without JavaScript (site.css shows one or the other).
    "partials/header.html": [
        ("""      {% include ".icons/" ~ icon ~ ".svg" %}
    </label>
""", """      {% include ".icons/" ~ icon ~ ".svg" %}
    </label>
    <button type="button" class="md-header__button md-icon lho-toggle" data-lho-toggle="__drawer" aria-label="Menu" aria-expanded="false">
      {% include ".icons/" ~ icon ~ ".svg" %}
    </button>
"""),
        ("""        <label class="md-header__button md-icon" for="__search">
          {% set icon = config.theme.icon.search or "material/magnify" %}
          {% include ".icons/" ~ icon ~ ".svg" %}
        </label>
""", """        <button type="button" class="md-header__button md-icon lho-toggle" data-lho-toggle="__search" aria-label="{{ lang.t('search') }}" aria-expanded="false">
          {% set icon = config.theme.icon.search or "material/magnify" %}
          {% include ".icons/" ~ icon ~ ".svg" %}
        </button>
"""),
        ("""  </nav>
  {% if "navigation.tabs.sticky" in features %}""", """  </nav>
  {% include "partials/javascripts/lho-toggles.html" %}
  {% if "navigation.tabs.sticky" in features %}"""),
    ],
    # The HTML checker: no empty `tabindex`. axe: each section's menu is named by its
    # title (the label it pointed to can be empty or missing). The HTML checker: the
    # table of contents' title points to the `__toc` toggle only where there is one.
    "partials/nav-item.html": [
        ('id="{{ path }}_label" tabindex="{{ tabindex }}">\n            {{ render_content(nav_item) }}',
         'id="{{ path }}_label" {% if tabindex %}tabindex="{{ tabindex }}"{% endif %}>\n            {{ render_content(nav_item) }}'),
        ('id="{{ path }}_label" tabindex="{{ tabindex }}">\n                <span class="md-nav__icon md-icon">',
         'id="{{ path }}_label" {% if tabindex %}tabindex="{{ tabindex }}"{% endif %}>\n                <span class="md-nav__icon md-icon">'),
        ('aria-labelledby="{{ path }}_label"', 'aria-label="{{ nav_item.title | striptags | e }}"'),
        ("""      {% if toc %}
        {% include "partials/toc.html" %}""", """      {% if toc %}
        {% set toc_toggle = true %}
        {% include "partials/toc.html" %}"""),
    ],
    "partials/toc.html": [
        ('<label class="md-nav__title" for="__toc">', '<label class="md-nav__title" {% if toc_toggle %}for="__toc"{% endif %}>'),
    ],
    # No layout shift: every image has its size.
    "partials/logo.html": [
        ('alt="logo">', 'alt="" width="{{ lho.wordmark.width }}" height="{{ lho.wordmark.height }}">'),
    ],
    # axe: the search dialog has a name.
    "partials/search.html": [
        ('role="dialog">', 'role="dialog" aria-label="{{ lang.t(\'search\') }}">'),
    ],
}


def material_with_edits(name: str) -> str:
    text = (MATERIAL / name).read_text(encoding="utf-8")
    assert text.startswith(HEADER), f"Material's {name} no longer starts with its usual comment"
    text = text.removeprefix(HEADER)
    for old, new in FORKS[name]:
        assert text.count(old) == 1, f"Material's {name} changed: cannot find {old!r}"
        text = text.replace(old, new)
    return text


def ours(name: str) -> str:
    text = (ROOT / "overrides" / name).read_text(encoding="utf-8")
    comment_end = text.index("-#}\n") + len("-#}\n")
    return text[comment_end:]


@pytest.mark.parametrize("name", sorted(FORKS))
def test_fork_is_materials_template_with_our_edits(name):
    assert ours(name) == material_with_edits(name), (
        f"overrides/{name} is not Material's {name} with the edits listed in {Path(__file__).name}")
