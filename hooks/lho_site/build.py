"""What one build knows, from its start (on_config) to its end (on_post_build).

MkDocs imports the hook module once per process and never reloads it under
`mkdocs serve`, so the hooks keep one `Build`, made anew for every build, and
nothing else between events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .content.files import CENTRE, DRAWINGS, PHOTOS, content_images
from .content.markdown_limits import DepthGuard
from .content.problems import ContentError, Problem
from .outputs.audit import AuditFinding, Rules, audit_file
from .outputs.html import PageInfo, ProcessedPage, Step, findings, line_of, process
from .outputs.links import check_links
from .outputs.photos import Photos
from .outputs.sitemaps import Entry as SitemapEntry
from .site import Site
from .support.preview import PreviewRecord


@dataclass
class Build:
    root: Path
    site: Site | None
    """None when the content could not be loaded (then `problems` says why)."""
    steps: tuple[Step, ...] = ()
    """The HTML pipeline's steps for this build (outputs/html.py)."""
    preview: PreviewRecord | None = None
    """Under `mkdocs serve --dirty`: what this rebuild knows of the previous one."""
    photos: Photos | None = None
    problems: list[Problem] = field(default_factory=list)
    pages: dict[str, ProcessedPage] = field(default_factory=dict)
    """Every page rendered in this build, by source path, as the pipeline left it."""
    search: dict[str, list[dict]] = field(default_factory=dict)
    """The search index entries of the pages rendered in this build, by page URL."""
    sitemap: list[SitemapEntry] = field(default_factory=list)
    started: float = 0.0
    """When the build began (time.time()): the audit reads every file written since."""
    depth_guard: DepthGuard | None = None
    trusted: frozenset[str] = frozenset()
    """Hashes of the inline scripts the templates emit (outputs/csp.py)."""
    script_files: frozenset[str] = frozenset()
    """The output paths of the script files the site brings (the theme's, ours, the editor's)."""
    page_policy: str = ""
    """The Content-Security-Policy of this build's pages (outputs/csp.py), known before any page is rendered."""
    redirect_pages: set[str] = field(default_factory=set)
    """The output paths of the pages at old addresses."""
    sources: dict[str, str] = field(default_factory=dict)
    """The file each output path comes from, as editors know it (docs/…, data/…), for the audit's messages."""

    def process(self, html: str, page: PageInfo) -> ProcessedPage:
        processed = process(html, page, self.steps)
        self.pages[page.src_uri] = processed
        if self.preview:
            self.preview.keep_html(page.src_uri, processed.html)
        return processed

    def check_pages(self, known: set[str], site_url: str) -> None:
        """Check the links of every rendered page; every finding of the pipeline becomes a problem."""
        pages = self.pages.values()
        check_links(pages, {p.page.url: p.ids for p in pages}, known, site_url)
        for path, line, what, fix in findings(pages, self._source):
            self.problems.append(Problem(path, line, what, fix))

    def _source(self, page: PageInfo) -> str:
        return self.read(page.path)

    def audit(self, site_dir: Path, rules: Rules) -> None:
        """Audit every file of `site_dir` this build wrote (outputs/audit.py); each finding becomes a problem
        of the file it comes from."""
        for path in sorted(site_dir.rglob("*")):
            relative = path.relative_to(site_dir).as_posix()
            # Dot-files are the preview's own bookkeeping (support/preview.py); MkDocs publishes none from docs/.
            if relative.startswith(".") or not path.is_file() or path.stat().st_mtime < self.started - 1:
                continue
            for finding in audit_file(relative, path.read_bytes(), rules):
                self._add_finding(finding, rules.site_url)

    def _add_finding(self, finding: AuditFinding, site_url: str) -> None:
        """A problem of the source of the file (or, for a feed item or search entry, of its page)."""
        path = finding.path
        if finding.page_url is not None:
            path = finding.page_url.removeprefix(site_url).split("#")[0].lstrip("/")
            path = path + "index.html" if path.endswith("/") or not path else path
        source = self.sources.get(path) or f"site/{path}"
        problem = Problem(source, line_of(self.read(source), finding.near), finding.what, finding.fix)
        if problem not in self.problems:
            self.problems.append(problem)

    def read(self, path: str) -> str:
        try:
            return (self.root / path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            return ""

    def html(self, src_uri: str) -> str:
        """The processed HTML of a page, as feeds carry it: from this build, or under `mkdocs serve
        --dirty` from the build that last rendered it (see support/preview.py)."""
        if src_uri in self.pages or not self.preview:
            return self.pages[src_uri].html
        return self.preview.kept_html(src_uri)


def prepare_photos(site: Site, root: Path, docs_dir: Path) -> Photos:
    """Every photo of docs/ converted (outputs/photos.py), cropped around the focus its post or portrait
    gives; raises ContentError for a photo that cannot be used."""
    photos = Photos(docs_dir, root / ".cache" / "photos")
    focus = {item.image: item.image_focus for item in [*site.posts, *site.portraits] if item.image}
    docs = docs_dir.relative_to(root).as_posix()
    failed = photos.prepare({src_uri: focus.get(src_uri, CENTRE) for src_uri in content_images(docs_dir, PHOTOS)})
    photos.measure(content_images(docs_dir, DRAWINGS))
    if failed:
        raise ContentError([Problem(f"{docs}/{src_uri}", 1, message, "sla de foto opnieuw op als .jpg, of haal hem weg")
                            for src_uri, message in failed.items()])
    site.photos = photos.photos
    return photos
