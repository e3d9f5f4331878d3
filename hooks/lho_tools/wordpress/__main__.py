"""`make importeer-wordpress BESTAND=export.xml [UPLOADS=…] [CATEGORIE=…]`: import, then report in Dutch."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path

from lho_site.content.dates import now
from lho_site.content.model import load_content
from lho_site.content.problems import ContentError, Problems
from lho_site.content.schema import WORDPRESS_CATEGORY
from lho_site.content.site_data import load_authors, load_categories, load_old_categories, load_settings
from lho_site.routes import PAGES, POSTS

from .posts import Import, Imported, Settings, Skipped, plain
from .writing import RECORD, Outcome, existing_posts, write
from .wxr import Export, ExportError, read_export

USAGE = "gebruik: make importeer-wordpress BESTAND=export.xml [UPLOADS=pad/naar/wp-content/uploads] [CATEGORIE=Actualiteit]"
POSTS_FOLDER = f"docs/{POSTS}"


class Refused(Exception):
    """Nothing is written; the message (Dutch) says why and what to do."""


def settings(root: Path, category: str, uploads: str) -> Settings:
    problems = Problems()
    categories = load_categories(root, problems)
    authors = load_authors(root, problems)
    site = load_settings(root, problems)
    mapping = {old.slug: old.category for old in load_old_categories(root, {"categories": categories}, problems)}
    if problems.found:
        raise Refused("\n".join(str(p) for p in problems.found))
    if category and category not in categories:
        raise Refused(f"onbekende categorie '{category}' bij CATEGORIE; kies uit: {', '.join(categories)}")
    folder = Path(uploads) if uploads else None
    if folder is not None and not folder.is_dir():
        raise Refused(f"de map {uploads} (UPLOADS) bestaat niet; geef de map wp-content/uploads van de oude site")
    return Settings(categories, mapping, categories.get(category), authors, site["url"], folder, now(),
                    own_pages(root / "docs"))


def own_pages(docs: Path) -> dict[str, str]:
    """The address of every hand-written page here (not the posts) → its file, from the project's root."""
    found = {}
    for path in docs.rglob("*.md"):
        relative = path.relative_to(docs).as_posix()
        if not relative.startswith(f"{POSTS}/"):
            address = "/" + relative.removesuffix(".md").removesuffix("index").rstrip("/") + "/"
            found[address.replace("//", "/")] = f"docs/{relative}"
    return found


def _unmapped(run: Import) -> list[str]:
    """WordPress categories of posts that come over, with no category of ours to take their place."""
    return sorted({f"'{plain(term.name)}' ({term.slug})" for imported in run.planned for term in imported.item.categories
                   if run.category_for(term.slug, term.name) is None})


def _where(imported: Imported) -> str:
    return f"docs/{imported.path} (WordPress-id {imported.item.id})"


def _written(outcome: Outcome, pages: bool) -> list[str]:
    """The lines of what was written, of the posts or of the pages."""
    def mine(found: list[Imported]) -> list[Imported]:
        return [i for i in found if i.is_page == pages]

    new, updated, unchanged, kept = (mine(outcome.new), mine(outcome.updated), mine(outcome.unchanged),
                                     mine(outcome.kept))
    kind = "Pagina's" if pages else "Berichten"
    lines = [f"{kind}: {len(new)} nieuw, {len(updated)} bijgewerkt, {len(unchanged)} "
             f"ongewijzigd, {len(kept)} niet overschreven."]
    lines += [f"  nieuw: {_where(i)}" + (" (concept)" if "\ndraft: true\n" in i.source else "") for i in new]
    lines += [f"  bijgewerkt: {_where(i)}" for i in updated]
    lines += [f"  niet overschreven: {_where(i)}: hier veranderd sinds de import — niets te doen; wil je de versie van "
              "de import, verwijder dan het bestand en draai de import opnieuw" for i in kept]
    return lines


def _skipped(run: Import, skipped: Skipped) -> str:
    item = skipped.item
    kind = "pagina" if item.post_type == "page" else "bericht"
    addresses = run.aliases(item)
    where = f" Het oude adres {', '.join(addresses)} leidt nergens heen." if addresses else ""
    return (f"  niet overgezet: {kind} WordPress-id {item.id} '{plain(item.title) or 'zonder titel'}': {skipped.why} — "
            f"{skipped.fix}.{where}")


def report(export: Export, run: Import, outcome: Outcome) -> list[str]:
    """The Dutch report of one run, line by line."""
    lines = [f"WordPress-export van {export.site_url}: {len(export.of_type('post'))} berichten, "
             f"{len(export.of_type('page'))} pagina's, {len(run.attachments)} foto's en bestanden.", "", "Categorieën:"]
    terms = {term.slug: term for imported in run.planned for term in imported.item.categories}
    for slug, term in sorted(terms.items()):
        category = run.category_for(slug, term.name)
        same = any(c.name.casefold() == plain(term.name).casefold() for c in run.settings.categories.values())
        how = ("uit data/wordpress-categories.yml" if slug in run.settings.mapping else
               "dezelfde naam; /category/{slug}/ leidt pas ergens heen als hij in data/wordpress-categories.yml staat"
               if same else
               "CATEGORIE, want hij staat niet in data/wordpress-categories.yml; /category/{slug}/ leidt nergens heen")
        lines.append(f"  '{plain(term.name)}' ({slug}) → {category.name}: {how.format(slug=slug)}")
    lines.append("Auteurs:")
    written = Counter(imported.item.creator for imported in run.planned)
    for login, count in sorted(written.items()):
        author = export.authors.get(login)
        name = f"{login} ({author.display_name})" if author and author.display_name else login
        found = run.author_for(login) if login else None
        lines.append(f"  {name} → {found}" if found else
                     f"  {name}: niet gevonden in data/authors.yml, dus {count} bericht(en) zonder auteur — voeg hem toe "
                     "aan data/authors.yml (id: zijn gebruikersnaam) en draai de import opnieuw")
    lines += ["", *_written(outcome, pages=False), "", *_written(outcome, pages=True),
              f"  Pagina's staan in docs/{PAGES}/, buiten het menu; zet er een in het menu met nav: in mkdocs.yml.",
              "", f"Niet overgezet: {len(run.skipped)}.", *(_skipped(run, s) for s in run.skipped)]
    attachments = [a for a in run.attachments.values() if a.id]
    if attachments:
        lines.append(f"  De {len(attachments)} bijlagepagina's van WordPress (/?attachment_id=…) leiden nergens heen: "
                     "de foto's en bestanden die de berichten gebruiken, staan hier bij het bericht.")
    notes = [f"  {_where(i)}: {what} — {fix}" for i in [*outcome.new, *outcome.updated, *outcome.unchanged]
             for what, fix in dict.fromkeys(i.notes)]
    if notes:
        lines += ["", "Let op:", *notes]
    if outcome.copied:
        lines += ["", f"Foto's en bestanden: {len(outcome.copied)} gekopieerd, in fotos/ en bestanden/ naast het "
                  "bericht of de pagina."]
    lines += [f"  niet overschreven: {shown} bestaat al, met andere inhoud dan {source} — kijk welke de goede is"
              for shown, source in outcome.clashes]
    return lines


def check(root: Path) -> list[str]:
    """The site's content, checked as the build checks it (without the links: make build checks those)."""
    try:
        load_content(root, root / "docs", now(), preview=False)
    except ContentError as error:
        return [error.summary, *map(str, error.problems)]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make importeer-wordpress", description="Zet de berichten van WordPress over.")
    # make passes BESTAND, UPLOADS and CATEGORIE through the environment.
    parser.add_argument("--file", default=os.environ.get("BESTAND", ""))
    parser.add_argument("--uploads", default=os.environ.get("UPLOADS", ""))
    parser.add_argument("--category", default=os.environ.get("CATEGORIE", ""))
    parser.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        if not args.file:
            raise Refused(f"geef het exportbestand van WordPress. {USAGE}")
        export = read_export(Path(args.file))
        run = Import(export, settings(root, args.category, args.uploads), existing_posts(root / POSTS_FOLDER))
        run.run()
        unmapped = _unmapped(run)
        if unmapped:
            raise Refused(f"deze WordPress-categorieën hebben geen categorie hier: {', '.join(unmapped)} — zet ze in "
                          f"{WORDPRESS_CATEGORY.path} (zie CONTRIBUTING.md), of geef CATEGORIE=… voor alle categorieën "
                          "die daar niet staan. Er is niets geschreven.")
    except (Refused, ExportError) as error:
        print(f"Niet gelukt: {error}", file=sys.stderr)
        return 2
    outcome = write(root, run.planned)
    print("\n".join(report(export, run, outcome)))
    print(f"\nWat de import schreef, staat in {RECORD}: zet dat bestand mee in git.")
    problems = check(root)
    if problems:
        print("\n" + "\n".join(problems))
        return 1
    print("De berichten kloppen. make build controleert ook de links; make serve laat ze zien.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
