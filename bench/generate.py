"""Write a synthetic Dutch news corpus of N posts, as three buildable projects.

    python bench/generate.py N OUT [--seed S]

OUT/ours   a copy of our site project (mkdocs.yml, data/, hooks/, overrides/, the
           pages of docs/) with N generated posts in docs/nieuws/posts/.
OUT/usual  the usual MkDocs set-up for the same posts: Material's blog plugin and
           mkdocs-rss-plugin, the posts in docs/blog/posts/.
OUT/floor.json  what bench/floor.py needs: Markdown extensions, site URL and name.

The post files are byte for byte the same in both projects; their front matter
is valid for our validator and for Material's blog plugin at once (title, date,
categories, description, slug, sometimes authors). The same seed and N give the
same files; nothing depends on today's date (all dates lie before 2026).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import posixpath
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml
from markdown.extensions.toc import slugify
from mkdocs.utils import yaml_load

ROOT = Path(__file__).resolve().parent.parent
SEED = 2024
FIRST_DAY = dt.date(2012, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)
POSTS = "nieuws/posts"
USUAL_POSTS = "blog/posts"
# MkDocs always adds these to the configured markdown_extensions (mkdocs/config/defaults.py).
MKDOCS_BUILTIN_EXTENSIONS = ["toc", "tables", "fenced_code"]

# (singular, plural) verb forms; a subject says which one it takes.
SUBJECTS = [
    ("De kerngroep", 0), ("Veel bestuurders", 1), ("Het samenwerkingsverband", 0), ("De schoolleiders in de regio", 1),
    ("Onze leden", 1), ("De inspectie", 0), ("Leraren", 1), ("Het bestuur", 0), ("Ouders", 1), ("De deelnemers", 1),
    ("Een groep directeuren", 0), ("Het ministerie", 0), ("De medezeggenschapsraad", 0), ("Jonge leraren", 1),
    ("De huiswetenschappers", 1), ("Ervaren rectoren", 1),
]
VERBS = [
    ("sprak over", "spraken over"), ("zoekt naar", "zoeken naar"), ("werkt aan", "werken aan"),
    ("denkt na over", "denken na over"), ("vraagt aandacht voor", "vragen aandacht voor"),
    ("deelt ervaringen over", "delen ervaringen over"), ("onderzoekt", "onderzoeken"), ("kijkt terug op", "kijken terug op"),
    ("bouwt aan", "bouwen aan"), ("twijfelt over", "twijfelen over"), ("houdt vast aan", "houden vast aan"),
    ("leert veel van", "leren veel van"), ("schrijft over", "schrijven over"), ("maakt ruimte voor", "maken ruimte voor"),
]
OBJECTS = [
    "de bedoeling van het onderwijs", "vertrouwen in de professional", "minder verplichte toetsen",
    "ruimte voor leraren", "een nieuwe vorm van verantwoording", "het manifest", "goed bestuur",
    "kansengelijkheid", "de eindtoets", "passend onderwijs", "het lerarentekort",
    "de werkdruk in de klas", "samenwerking tussen scholen", "burgerschap", "de brede vorming van leerlingen",
    "het gesprek met de gemeente", "de kwaliteit van het onderwijs", "eigenaarschap van teams",
]
TAILS = [
    "", "", "", " in de eigen school", " samen met de gemeente", " zonder extra regels",
    " in het komende schooljaar", " op een ontspannen manier", " met oog voor elk kind",
    " ondanks de drukte", " in heel het land", " na de zomervakantie",
]
HEADINGS = [
    "Wat we zagen", "Terugblik", "Hoe nu verder?", "Vertrouwen als vertrekpunt", "De praktijk in de regio",
    "Wat het oplevert", "Vragen die blijven", "Van moeten naar mogen", "Stemmen uit het veld",
    "De volgende stap", "Achtergrond", "Wat de deelnemers zeiden", "Lessen voor bestuurders",
]
LIST_ITEMS = [
    "minder toetsen, meer gesprek", "tijd voor reflectie in het team", "een heldere visie op kwaliteit",
    "ruimte om fouten te maken", "leerlingen die meedenken", "ouders als partner",
    "een bestuur dat luistert", "korte lijnen met de inspectie", "samen leren in netwerken",
    "eerlijke verantwoording", "aandacht voor welzijn", "vertrouwen boven controle",
]
TITLE_OPENINGS = ["Terugblik op", "Verslag van", "Vooruitblik op", "Gesprek over", "Nieuws over",
                  "Oproep rond", "Bestuurders over", "Zeven vragen over"]
TITLE_TOPICS = [
    "de regiobijeenkomst", "het manifest", "de eindtoets", "het lerarentekort", "passend onderwijs",
    "goed bestuur", "de nieuwsbrief", "het leernetwerk", "vertrouwen in de school", "de jaarlijkse bijeenkomst",
    "onderzoek naar besturen", "het bestuurlijk portret",
]
PLACES = ["", "", "in Utrecht", "in Zwolle", "in Eindhoven", "in Groningen", "in Haarlem",
          "in Amersfoort", "in Meppel", "in Alkmaar", "online"]
EXTERNAL = [
    ("de website van de inspectie", "https://www.onderwijsinspectie.nl/"),
    ("de Rijksoverheid", "https://www.rijksoverheid.nl/onderwerpen/onderwijs"),
    ("de PO-Raad", "https://www.poraad.nl/"),
    ("de VO-raad", "https://www.vo-raad.nl/"),
    ("het NRO", "https://www.nro.nl/"),
]


@dataclass(frozen=True)
class PostSpec:
    day: dt.date
    title: str
    slug: str
    categories: tuple[str, ...]
    authors: tuple[str, ...]

    @property
    def file_name(self) -> str:
        return f"{self.day.isoformat()}-{self.slug}.md"


@dataclass(frozen=True)
class Corpus:
    ours: Path
    usual: Path
    floor_config: Path

    @property
    def posts(self) -> Path:
        return self.ours / "docs" / POSTS


def _names(path: Path, key: str) -> list[str]:
    return [entry[key] for entry in yaml.safe_load(path.read_text(encoding="utf-8"))]


def _specs(rng: random.Random, n: int, categories: list[str], authors: list[str]) -> list[PostSpec]:
    span = (LAST_DAY - FIRST_DAY).days
    specs, seen = [], set()
    for _ in range(n):
        title = " ".join(filter(None, [rng.choice(TITLE_OPENINGS), rng.choice(TITLE_TOPICS), rng.choice(PLACES)]))
        base = slugify(title, "-")
        slug, count = base, 1
        while slug in seen:
            count += 1
            slug = f"{base}-{count}"
        seen.add(slug)
        title = f"{title} ({count})" if count > 1 else title  # the build refuses a post with another's title
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(span + 1))
        chosen = tuple(rng.sample(categories, rng.choice((1, 1, 2))))
        by = (rng.choice(authors),) if rng.random() < 0.4 else ()
        specs.append(PostSpec(day, title, slug, chosen, by))
    return specs


def _sentence(rng: random.Random) -> str:
    thing = rng.choice(OBJECTS)
    style = rng.random()
    if style < 0.08:
        thing = f"**{thing}**"
    elif style < 0.16:
        thing = f"*{thing}*"
    subject, plural = rng.choice(SUBJECTS)
    return f"{subject} {rng.choice(VERBS)[plural]} {thing}{rng.choice(TAILS)}."


def _paragraph(rng: random.Random, others: list[PostSpec], link: str = "") -> str:
    """3 to 6 sentences; `link` "post" or "external" ends it with such a link, "" with one sometimes."""
    sentences = [_sentence(rng) for _ in range(rng.randint(3, 6))]
    roll = rng.random()
    link = link or ("post" if roll < 0.3 else "external" if roll < 0.45 else "")
    if link == "post" and others:
        other = rng.choice(others)
        sentences.append(f"Lees ook [{other.title}]({other.file_name}).")
    elif link == "external":
        label, url = rng.choice(EXTERNAL)
        sentences.append(f"Meer daarover staat op [{label}]({url}).")
    return " ".join(sentences)


def _list(rng: random.Random) -> str:
    items = [f"{item[0].upper()}{item[1:]}." for item in rng.sample(LIST_ITEMS, rng.randint(3, 6))]
    numbered = rng.random() < 0.3
    return "\n".join(f"{f'{n}.' if numbered else '-'} {item}" for n, item in enumerate(items, 1))


def _body(rng: random.Random, others: list[PostSpec]) -> str:
    """300 to 900 words (headings and list items included), always with a heading, a list and both kinds of link."""
    target = rng.randint(300, 900)
    first = _paragraph(rng, others, "post")
    blocks, words = [first, "<!-- more -->"], len(first.split())
    headings = rng.sample(HEADINGS, len(HEADINGS))
    while True:
        section = [f"## {headings.pop()}"] if headings else []
        section += [_paragraph(rng, others, "" if len(blocks) > 2 else "external") for _ in range(rng.randint(1, 3))]
        if len(blocks) == 2 or rng.random() < 0.5:
            section.insert(2, _list(rng))
        size = sum(len(block.split()) for block in section)
        if len(blocks) > 2 and words >= 300 and words + size > target:
            return "\n\n".join(blocks) + "\n"
        blocks += section
        words += size


def post_source(spec: PostSpec, description: str, body: str) -> str:
    # JSON strings are valid double-quoted YAML scalars.
    lines = [
        "---",
        f"title: {json.dumps(spec.title, ensure_ascii=False)}",
        f"date: {spec.day.isoformat()}",
        f"categories: [{', '.join(spec.categories)}]",
        f"description: {json.dumps(description, ensure_ascii=False)}",
        f"slug: {spec.slug}",
    ]
    if spec.authors:
        lines.append(f"authors: [{', '.join(spec.authors)}]")
    return "\n".join(lines) + "\n---\n\n" + body


def write_posts(folder: Path, n: int, seed: int = SEED) -> list[PostSpec]:
    """N posts in `folder`, newest last in the returned list."""
    rng = random.Random(seed)
    categories = _names(ROOT / "data" / "categories.yml", "name")
    authors = _names(ROOT / "data" / "authors.yml", "id")
    specs = _specs(rng, n, categories, authors)
    folder.mkdir(parents=True, exist_ok=True)
    for index, spec in enumerate(specs):
        others = specs[:index] + specs[index + 1:]
        description = f"{_sentence(rng)} {_sentence(rng)}"
        (folder / spec.file_name).write_text(post_source(spec, description, _body(rng, others)), encoding="utf-8")
    return sorted(specs, key=lambda s: (s.day, s.slug))


def _pages(target_docs: Path, posts_dir: str, linked_post: PostSpec, drop_template: bool) -> None:
    """The hand-written pages of docs/ (not the posts); their links to posts go to `linked_post`."""
    source_docs = ROOT / "docs"
    post_link = re.compile(r"\]\((?:\.\./)*" + re.escape(POSTS) + r"/[^)#\s]+\.md")
    for source in sorted(source_docs.rglob("*")):
        relative = source.relative_to(source_docs).as_posix()
        if source.is_dir() or relative.startswith(POSTS + "/"):
            continue
        target = target_docs / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix != ".md":
            shutil.copyfile(source, target)
            continue
        link = posixpath.relpath(f"{posts_dir}/{linked_post.file_name}", posixpath.dirname(relative) or ".")
        text = post_link.sub(f"]({link}", source.read_text(encoding="utf-8"))
        if drop_template:
            text = re.sub(r"(?m)^template: .*\n", "", text, count=1)
        target.write_text(text, encoding="utf-8")


def _write_ours(project: Path, n: int, seed: int) -> list[PostSpec]:
    project.mkdir(parents=True)
    shutil.copyfile(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for folder in ("data", "hooks", "overrides"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("__pycache__"))
    specs = write_posts(project / "docs" / POSTS, n, seed)
    _pages(project / "docs", POSTS, specs[-1], drop_template=False)
    return specs


def _ours_config() -> dict:
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    site = yaml.safe_load((ROOT / "data" / "site.yml").read_text(encoding="utf-8"))
    return config | {"site_description": site["description"]}


# Pages our hooks make from data that hand-written pages link to: the usual set-up gets a
# one-line page for each, so that its strict build sees no broken link.
GENERATED_LINK_TARGETS = {"manifest/index.md": "Het manifest", "nieuwsbrief/index.md": "Nieuwsbrief"}


def _usual_nav(nav: list, docs: Path) -> list:
    """Our menu, with each section reduced to its overview page and the news index to the blog."""
    usual = []
    for entry in nav:
        (title, value), = entry.items()
        page = value if isinstance(value, str) else value[0]
        page = "blog/index.md" if page == "nieuws/index.md" else page
        if (docs / page).is_file():
            usual.append({title: page})
    return usual


AVATAR = ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">'
          '<circle cx="4" cy="4" r="4" fill="#888"/></svg>\n')


def _write_usual(project: Path, ours: Path, specs: list[PostSpec]) -> None:
    config = _ours_config()
    docs = project / "docs"
    shutil.copytree(ours / "docs" / POSTS, docs / USUAL_POSTS)
    _pages(docs, USUAL_POSTS, specs[-1], drop_template=True)
    (docs / "blog" / "index.md").write_text("# Nieuws\n", encoding="utf-8")
    (docs / "assets").mkdir(exist_ok=True)
    (docs / "assets" / "avatar.svg").write_text(AVATAR, encoding="utf-8")
    authors = {
        entry["id"]: {"name": entry["name"], "description": entry.get("role", ""), "avatar": "assets/avatar.svg"}
        for entry in yaml.safe_load((ROOT / "data" / "authors.yml").read_text(encoding="utf-8"))
    }
    (docs / "blog" / ".authors.yml").write_text(
        yaml.safe_dump({"authors": authors}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for page, title in GENERATED_LINK_TARGETS.items():
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        (docs / page).write_text(f"# {title}\n", encoding="utf-8")
    nav = _usual_nav(config["nav"], docs)
    usual = {
        "site_name": config["site_name"],
        "site_description": config["site_description"],
        "site_url": config["site_url"],
        "edit_uri_template": config["edit_uri_template"],
        "copyright": config["copyright"],
        "strict": True,
        "theme": {
            "name": "material",
            "language": config["theme"]["language"],
            "font": False,
            "features": config["theme"]["features"],
        },
        "plugins": [
            {"search": {"lang": "nl"}},
            {"blog": {"blog_dir": "blog"}},
            {"rss": {
                "match_path": "blog/posts/.*",
                "date_from_meta": {"as_creation": "date", "default_timezone": "Europe/Amsterdam"},
                "categories": ["categories"],
                # No git history here: dates come from the front matter only.
                "use_git": False,
            }},
        ],
        "markdown_extensions": config["markdown_extensions"],
        "extra": config.get("extra", {}),
        "validation": config["validation"],
        "not_in_nav": config["not_in_nav"],
        "nav": nav,
    }
    (project / "mkdocs.yml").write_text(
        "# The usual set-up, generated by bench/generate.py.\n"
        + yaml.safe_dump(usual, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _write_floor_config(path: Path) -> None:
    config = _ours_config()
    extensions, configs = [], {}
    for entry in MKDOCS_BUILTIN_EXTENSIONS + config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        if name not in extensions:
            extensions.append(name)
        if options:
            configs[name] = options
    floor = {"site_name": config["site_name"], "site_description": config["site_description"],
             "site_url": config["site_url"], "extensions": extensions, "extension_configs": configs}
    path.write_text(json.dumps(floor, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def generate(n: int, out: Path, seed: int = SEED) -> Corpus:
    """Write OUT/ours, OUT/usual and OUT/floor.json for N posts; OUT must not exist yet."""
    out.mkdir(parents=True)
    corpus = Corpus(out / "ours", out / "usual", out / "floor.json")
    specs = _write_ours(corpus.ours, n, seed)
    _write_usual(corpus.usual, corpus.ours, specs)
    _write_floor_config(corpus.floor_config)
    return corpus


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of posts")
    parser.add_argument("out", type=Path, help="output folder (must not exist)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    corpus = generate(args.n, args.out, args.seed)
    print(f"{args.n} posts: {corpus.ours}, {corpus.usual}, {corpus.floor_config}")


if __name__ == "__main__":
    main()
