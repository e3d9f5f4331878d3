"""The GitHub set-up in .github/: valid and audited files, pinned actions, few rights, the preview build."""

import datetime as dt
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

import test_runs
from sitebuild import ROOT

GITHUB = ROOT / ".github"
WORKFLOWS = {path.name: path for path in sorted((GITHUB / "workflows").glob("*.yml"))}
TOOLS = Path(sys.executable).parent
ISSUE_FORM = GITHUB / "ISSUE_TEMPLATE" / "nieuw-bericht.yml"


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def workflow(name: str) -> dict:
    data = load(WORKFLOWS[name])
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(data: dict) -> list[dict]:
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


def run(*command: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], cwd=ROOT, capture_output=True, text=True, check=False)


def test_the_workflows_are_there():
    assert sorted(WORKFLOWS) == ["check.yml", "preview.yml", "publish.yml"]


def test_zizmor_finds_nothing_in_the_github_files():
    result = run(TOOLS / "zizmor", "--offline", "--persona=pedantic", "--collect=all", "--no-progress",
                 "--color=never", GITHUB)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout


SCHEMAS = [
    *(("vendor.github-workflows", f"workflows/{name}") for name in WORKFLOWS),
    ("vendor.dependabot", "dependabot.yml"),
    ("vendor.github-issue-forms", "ISSUE_TEMPLATE/nieuw-bericht.yml"),
    ("vendor.github-issue-config", "ISSUE_TEMPLATE/config.yml"),
]


@pytest.mark.parametrize(("schema", "relative"), SCHEMAS)
def test_file_follows_githubs_schema(schema, relative):
    result = run(TOOLS / "check-jsonschema", "--builtin-schema", schema, GITHUB / relative)
    assert result.returncode == 0, result.stdout + result.stderr


PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")
USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)\s*(.*)$")
VERSION_COMMENT = re.compile(r"^# v\d+\.\d+\.\d+$")


def test_every_action_is_pinned_to_a_commit_with_its_version_in_a_comment():
    pins: dict[str, set[str]] = {}
    for name, path in WORKFLOWS.items():
        lines = [USES_LINE.match(line) for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [match for match in lines if match]
        assert [m[1] for m in lines] == [s["uses"] for s in steps(workflow(name)) if "uses" in s], name
        for match in lines:
            action, comment = match[1], match[2]
            assert PINNED.match(action), f"{name}: {action} is not pinned to a full commit SHA"
            assert VERSION_COMMENT.match(comment), f"{name}: {action} lacks a '# vX.Y.Z' comment"
            pins.setdefault(action.split("@")[0], set()).add(match[0].split("@", 1)[1].strip())
    assert pins, "no action found"
    assert {action: versions for action, versions in pins.items() if len(versions) > 1} == {}


def test_workflows_may_only_read_unless_a_job_says_otherwise():
    for name in WORKFLOWS:
        assert workflow(name)["permissions"] == {"contents": "read"}, name


def test_only_deploying_and_commenting_jobs_may_write():
    granted = {(name, job_id): job["permissions"]
               for name in WORKFLOWS for job_id, job in workflow(name)["jobs"].items() if "permissions" in job}
    assert granted == {
        ("publish.yml", "deploy"): {"pages": "write", "id-token": "write"},
        ("preview.yml", "comment"): {"pull-requests": "write"},
    }


def test_the_job_that_may_comment_runs_no_code_of_the_pull_request():
    job = workflow("preview.yml")["jobs"]["comment"]
    assert [step["uses"].split("@")[0] for step in job["steps"]] == ["actions/github-script"]
    assert job["if"] == "github.event.pull_request.head.repo.full_name == github.repository"


def test_checks_run_on_every_pull_request_on_main_and_every_night_on_python_311():
    data = workflow("check.yml")
    assert data["on"]["pull_request"] is None and data["on"]["push"] == {"branches": ["main"]}
    [schedule] = data["on"]["schedule"]
    minute, hour, *every_day = schedule["cron"].split()
    assert 0 <= int(minute) < 60 and 0 <= int(hour) < 24 and every_day == ["*", "*", "*"]
    [job] = data["jobs"].values()
    assert {s["with"]["python-version"] for s in job["steps"] if s.get("uses", "").startswith("actions/setup-python@")} \
        == {"3.11"}


def check_steps() -> dict[str, dict]:
    [job] = workflow("check.yml")["jobs"].values()
    return {step.get("id") or step.get("name") or step["uses"].split("@")[0]: step for step in job["steps"]}


def lane(event: str, changed: list[str], tmp_path: Path) -> str:
    """What the lane step writes to GITHUB_OUTPUT for an event, in a repository whose last commit
    (standing for the merge of a pull request) changes these files."""
    repository = tmp_path / "repository"
    (repository / "tools").mkdir(parents=True)
    (repository / "tools" / "ci_lane.py").write_bytes((ROOT / "tools" / "ci_lane.py").read_bytes())
    git = ["git", "-C", str(repository), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "main"], check=True)
    for relative in changed:
        (repository / relative).parent.mkdir(parents=True, exist_ok=True)
        (repository / relative).write_text("x\n", encoding="utf-8")
    subprocess.run([*git, "add", "--all", "--", *changed], check=True)
    subprocess.run([*git, "commit", "-q", "--allow-empty", "-m", "pull request"], check=True)
    output = tmp_path / "output"
    step = check_steps()["lane"]
    environment = {**os.environ, **step["env"], "EVENT": event, "GITHUB_OUTPUT": str(output)}
    subprocess.run(["bash", "-e", "-c", step["run"]], cwd=repository, env=environment, check=True)
    return output.read_text(encoding="utf-8")


@pytest.mark.parametrize(("event", "changed", "target"), [
    ("pull_request", ["docs/nieuws/posts/2026-01-05-nieuw.md", "docs/nieuws/posts/fotos/foto.jpg"], "check"),
    ("pull_request", ["data/people.yml"], "check"),
    ("pull_request", ["docs/nieuws/posts/2026-01-05-nieuw.md", "hooks/site_hooks.py"], "test"),
    ("pull_request", ["docs.md"], "test"),
    ("pull_request", ["overrides/main.html"], "test"),
    ("pull_request", [], "test"),
    ("push", ["docs/index.md"], "test"),
    ("schedule", [], "test"),
])
def test_a_pull_request_of_content_only_gets_the_fast_lane_and_anything_else_everything(event, changed, target,
                                                                                         tmp_path):
    assert lane(event, changed, tmp_path) == f"target={target}\n"


def test_the_lane_chosen_is_the_make_target_run_with_the_browser_of_the_runner():
    step = check_steps()["make ${{ steps.lane.outputs.target }}"]
    assert step["run"] == 'make "$TARGET"'
    assert step["env"] == {"TARGET": "${{ steps.lane.outputs.target }}", "CHROMIUM": "/usr/bin/google-chrome"}
    assert check_steps()["actions/checkout"]["with"]["fetch-depth"] == 0


def test_a_pull_request_is_asked_for_changed_when_it_moves_a_meeting():
    """In the fast lane `make check` asks (where origin/main is known, as on GitHub), in the other a step."""
    step = check_steps()["Verplaatste bijeenkomsten"]
    assert step["if"] == "github.event_name == 'pull_request' && steps.lane.outputs.target == 'test'"
    assert "python -m lho_tools.meeting_changes origin/main" in step["run"]
    assert any("lho_tools.meeting_changes origin/main" in line for line in make_commands("check"))


def make_commands(target: str) -> list[str]:
    """What `make target` would run, as if nothing were installed yet."""
    result = run("make", "--no-print-directory", "-n", "-B", target)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("target", ["check", "test"])
def test_both_lanes_start_with_the_strict_build_and_check_that_site(target):
    """The strict build first, by the mkdocs command (on GitHub its errors are annotations), and
    the tests read the site it built instead of building the real site again (but where the clock is
    set otherwise: the site is another then)."""
    commands = make_commands(target)
    first_test = next(i for i, line in enumerate(commands) if "-m pytest" in line or "tools/test_runs.py" in line)
    assert ".venv/bin/mkdocs build --strict" in commands[:first_test]
    if target == "check":
        assert "--built=site" in commands[first_test].split()
    else:
        runs = test_runs.runs(dt.date(2027, 1, 1))
        assert runs and all("--built=site" in run.arguments for run in runs if not run.clock)


def test_building_installs_only_what_building_needs():
    for target in ("build", "preview", "serve", "beheer"):
        commands = make_commands(target)
        assert not [line for line in commands if "requirements-dev.txt" in line], target
        assert not [line for line in commands if "install-system-tools" in line], target
    build_lock = {line.split("==")[0].lower() for line in (ROOT / "requirements.txt").read_text().splitlines()
                  if "==" in line}
    assert not build_lock & {"pytest", "playwright", "zizmor", "ruff", "import-linter", "check-jsonschema"}


@pytest.mark.parametrize("name", ["publish.yml", "check.yml", "preview.yml"])
def test_every_building_workflow_keeps_the_photo_cache_and_pips(name):
    """Without them every daily publish converts every photo again (issue: a thousand photos near the job's limit)."""
    jobs = workflow(name)["jobs"]
    steps = (jobs.get("build") or jobs["check"])["steps"]
    [cache] = [step for step in steps if step.get("uses", "").startswith("actions/cache@")]
    assert cache["with"]["path"] == ".cache" and cache["with"]["restore-keys"]
    [python] = [step for step in steps if step.get("uses", "").startswith("actions/setup-python@")]
    assert python["with"]["cache"] == "pip"
    make = next(i for i, step in enumerate(steps) if "make" in step.get("run", ""))
    assert steps.index(cache) < make


def test_publish_runs_on_main_every_day_and_by_hand():
    data = workflow("publish.yml")
    assert data["on"]["push"] == {"branches": ["main"]}
    [schedule] = data["on"]["schedule"]
    minute, hour, *every_day = schedule["cron"].split()
    assert 0 <= int(minute) < 60 and 2 <= int(hour) <= 4 and every_day == ["*", "*", "*"]
    assert "workflow_dispatch" in data["on"]
    assert data["concurrency"] == {"group": "pages", "cancel-in-progress": False}


def test_publish_builds_strictly_and_deploys_to_github_pages():
    jobs = workflow("publish.yml")["jobs"]
    build = jobs["build"]["steps"]
    assert [s["run"] for s in build if "run" in s] == ["npm ci --ignore-scripts --no-audit --no-fund", "make build"]
    assert build[-1]["uses"].startswith("actions/upload-pages-artifact@") and build[-1]["with"] == {"path": "site/"}
    deploy = jobs["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}
    assert [(s["id"], s["uses"].split("@")[0]) for s in deploy["steps"]] == [("deployment", "actions/deploy-pages")]


def test_preview_workflow_uploads_make_preview_as_voorbeeld_site():
    data = workflow("preview.yml")
    assert list(data["on"]) == ["pull_request"]
    build = data["jobs"]["build"]["steps"]
    assert "make preview" in [s.get("run") for s in build]
    [upload] = [s for s in build if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert upload["with"]["name"] == "voorbeeld-site" and upload["with"]["path"] == "preview/"


def test_dependabot_keeps_mkdocs_below_2():
    updates = {u["package-ecosystem"]: u for u in load(GITHUB / "dependabot.yml")["updates"]}
    assert sorted(updates) == ["github-actions", "npm", "pip"]
    assert {"dependency-name": "mkdocs", "versions": [">=2"]} in updates["pip"]["ignore"]


def test_the_issue_form_asks_for_a_category_in_words_so_a_new_category_changes_nothing_there():
    """The form is not generated: a choice list would have to follow data/categories.yml by hand."""
    form = load(ISSUE_FORM)
    [field] = [field for field in form["body"] if field.get("id") == "categorie"]
    assert field["type"] == "input"
    categories = {c["name"].lower() for c in load(ROOT / "data" / "categories.yml")}
    offered = {option.lower() if isinstance(option, str) else option["label"].lower()
               for field in form["body"] for option in field.get("attributes", {}).get("options", [])}
    assert offered & categories == set()


@pytest.fixture(scope="module")
def preview(tmp_path_factory):
    """`make preview`, as the pull request's workflow runs it, into a temporary folder."""
    folder = tmp_path_factory.mktemp("preview")
    result = run("make", "--no-print-directory", "preview", f"PREVIEW_DIR={folder}")
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def page(folder: Path, relative: str) -> BeautifulSoup:
    return BeautifulSoup((folder / relative).read_text(encoding="utf-8"), "lxml")


def robots(soup: BeautifulSoup) -> str | None:
    meta = soup.find("meta", attrs={"name": "robots"})
    return meta["content"] if meta else None


def test_preview_pages_are_kept_out_of_search_engines(preview):
    pages = sorted(preview.rglob("*.html"))
    assert len(pages) > 10
    assert [p.relative_to(preview) for p in pages if robots(page(preview, str(p.relative_to(preview)))) !=
            "noindex, nofollow"] == []


def test_preview_links_open_from_a_folder(preview):
    home = page(preview, "index.html")
    news = [a["href"] for a in home.select("a") if a.get_text(strip=True) == "Nieuws"]
    assert news and set(news) == {"nieuws/index.html"}
    assert (preview / "nieuws" / "index.html").is_file()


def test_published_site_is_not_marked_noindex(site):
    assert robots(site.html("")) is None


@pytest.mark.parametrize(("name", "target"), [("publish.yml", "make build"), ("preview.yml", "make preview")])
def test_the_published_site_and_the_preview_have_the_web_editor(name, target):
    """The editor comes from node_modules (lho_site/outputs/editor.py): npm ci runs before the build."""
    runs = [step.get("run", "") for step in steps(workflow(name))]
    assert runs.index("npm ci --ignore-scripts --no-audit --no-fund") < runs.index(target)
