"""GitHub's REST API for one repository, in memory, as the web editor uses it: a page's requests
to api.github.com answered by Playwright (page.route), none of them leaving the machine.

It keeps what the editor writes as git does (blobs, trees, commits, branches) and the pull
requests it opens, and records every request, so that a test can say what reached GitHub.
The repository starts empty on its branch; only the endpoints Decap's GitHub backend calls are
known, anything else is answered 404 and recorded like the rest.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

API = "https://api.github.com"


@dataclass
class Request:
    method: str
    path: str
    query: dict
    body: object
    status: int = 0


@dataclass
class FakeGitHub:
    repo: str
    branch: str
    token: str
    login: str = "redacteur"
    requests: list[Request] = field(default_factory=list)
    blobs: dict[str, bytes] = field(default_factory=dict)
    trees: dict[str, dict[str, str]] = field(default_factory=lambda: {"tree-0": {}})
    """Tree sha → {path: blob sha}, flat."""
    commits: dict[str, dict] = field(default_factory=lambda: {"commit-0": {"tree": "tree-0", "parents": []}})
    refs: dict[str, str] = field(default_factory=dict)
    """Branch name → commit sha."""
    pulls: list[dict] = field(default_factory=list)

    def __post_init__(self):
        self.refs[self.branch] = "commit-0"

    def route(self, page_or_context) -> None:
        page_or_context.route(f"{API}/**", self._handle)

    def made(self, method: str, pattern: str) -> list[Request]:
        """The recorded requests of `method` whose path matches `pattern` (a regular expression)."""
        return [r for r in self.requests if r.method == method and re.fullmatch(pattern, r.path)]

    def files(self, ref: str) -> dict[str, bytes]:
        """The files of a branch (or commit), by path."""
        commit = self.refs.get(ref, ref)
        return {path: self.blobs[sha] for path, sha in self.trees[self.commits[commit]["tree"]].items()}

    # The API.

    def _handle(self, route) -> None:
        request = route.request
        parts = urlsplit(request.url)
        body = json.loads(request.post_data) if request.post_data else None
        recorded = Request(request.method, unquote(parts.path), parse_qs(parts.query), body)
        self.requests.append(recorded)
        if request.headers.get("authorization") != f"token {self.token}":
            status, answer = 401, {"message": "Bad credentials"}
        else:
            status, answer = self._answer(recorded)
        recorded.status = status
        route.fulfill(status=status, content_type="application/json; charset=utf-8", body=json.dumps(answer),
                      headers={"Access-Control-Allow-Origin": "*"})

    def _answer(self, request: Request) -> tuple[int, object]:
        method, path = request.method, request.path
        repo = f"/repos/{self.repo}"
        if (method, path) == ("GET", "/user") or (method == "GET" and path == f"/users/{self.login}"):
            return 200, {"login": self.login, "id": 1, "name": "Een Redacteur", "email": None}
        if not path.startswith(repo):
            return 404, {"message": "Not Found"}
        rest = path[len(repo):]
        for pattern, handler in self._routes():
            match = re.fullmatch(pattern, f"{method} {rest}")
            if match:
                return handler(request, *match.groups())
        return 404, {"message": "Not Found"}

    def _routes(self):
        return [
            (r"GET ", self._repository),
            (r"GET /collaborators/([^/]+)/permission", lambda r, login: (200, {"permission": "write"})),
            (r"GET /branches/(.+)", self._get_branch),
            (r"GET /git/trees/([^:]+):(.*)", self._list_folder),
            (r"GET /git/blobs/(.+)", self._get_blob),
            (r"POST /git/blobs", self._new_blob),
            (r"POST /git/trees", self._new_tree),
            (r"POST /git/commits", self._new_commit),
            (r"POST /git/refs", self._new_ref),
            (r"PATCH /git/refs/heads/(.+)", self._move_ref),
            (r"GET /pulls", self._list_pulls),
            (r"POST /pulls", self._new_pull),
            (r"PUT /issues/(\d+)/labels", self._set_labels),
            (r"GET /compare/(.+)\.\.\.(.+)", self._compare),
            (r"GET /commits", lambda r: (200, [])),
            (r"GET /commits/([^/]+)/status", lambda r, sha: (200, {"state": "pending", "statuses": []})),
        ]

    def _repository(self, request):
        return 200, {"full_name": self.repo, "owner": {"login": self.repo.split("/")[0]}, "fork": False,
                     "default_branch": self.branch, "permissions": {"admin": False, "push": True, "pull": True}}

    def _get_branch(self, request, name):
        if name not in self.refs:
            return 404, {"message": "Branch not found"}
        return 200, {"name": name, "commit": {"sha": self.refs[name]}}

    def _list_folder(self, request, ref, folder):
        if ref not in self.refs:
            return 404, {"message": "Not Found"}
        prefix = unquote(folder).strip("/") + "/"
        tree = self.trees[self.commits[self.refs[ref]]["tree"]]
        entries = [{"path": path[len(prefix):], "type": "blob", "sha": sha, "size": len(self.blobs[sha]),
                    "mode": "100644"} for path, sha in tree.items()
                   if path.startswith(prefix) and "/" not in path[len(prefix):]]
        if not entries:
            return 404, {"message": "Not Found"}
        return 200, {"sha": ref, "tree": entries, "truncated": False}

    def _get_blob(self, request, sha):
        if sha not in self.blobs:
            return 404, {"message": "Not Found"}
        return 200, {"sha": sha, "size": len(self.blobs[sha]), "encoding": "base64",
                     "content": base64.b64encode(self.blobs[sha]).decode()}

    def _new_blob(self, request):
        data = base64.b64decode(request.body["content"])
        sha = hashlib.sha1(data).hexdigest()
        self.blobs[sha] = data
        return 201, {"sha": sha, "url": f"{API}/repos/{self.repo}/git/blobs/{sha}"}

    def _new_tree(self, request):
        tree = dict(self.trees[self.commits[request.body["base_tree"]]["tree"]]
                    if request.body.get("base_tree") in self.commits else self.trees.get(request.body.get("base_tree"), {}))
        for entry in request.body["tree"]:
            if entry["sha"] is None:
                tree.pop(entry["path"], None)
            else:
                tree[entry["path"]] = entry["sha"]
        sha = f"tree-{len(self.trees)}"
        self.trees[sha] = tree
        return 201, {"sha": sha, "tree": [{"path": p, "sha": s, "type": "blob", "mode": "100644"} for p, s in tree.items()]}

    def _new_commit(self, request):
        sha = f"commit-{len(self.commits)}"
        self.commits[sha] = {"tree": request.body["tree"], "parents": request.body["parents"],
                             "message": request.body["message"]}
        return 201, {"sha": sha, "tree": {"sha": request.body["tree"]}, "parents": [{"sha": p} for p in
                                                                                   request.body["parents"]],
                     "message": request.body["message"]}

    def _new_ref(self, request):
        name = request.body["ref"].removeprefix("refs/heads/")
        if name in self.refs:
            return 422, {"message": "Reference already exists"}
        self.refs[name] = request.body["sha"]
        return 201, {"ref": request.body["ref"], "object": {"sha": request.body["sha"], "type": "commit"}}

    def _move_ref(self, request, name):
        self.refs[unquote(name)] = request.body["sha"]
        return 200, {"ref": f"refs/heads/{name}", "object": {"sha": request.body["sha"], "type": "commit"}}

    def _list_pulls(self, request):
        head = request.query.get("head", [None])[0]
        found = [pull for pull in self.pulls if head in (None, f"{self.repo.split('/')[0]}:{pull['head']['ref']}")]
        for pull in found:
            pull["head"]["sha"] = self.refs[pull["head"]["ref"]]
        return 200, found

    def _new_pull(self, request):
        ref = request.body["head"].split(":")[-1]
        pull = {"number": len(self.pulls) + 1, "state": "open", "title": request.body["title"],
                "body": request.body["body"], "base": {"ref": request.body["base"]},
                "head": {"ref": ref, "sha": self.refs[ref], "repo": {"fork": False}}, "labels": [],
                "user": {"login": self.login}, "updated_at": "2024-04-17T10:00:00Z",
                "html_url": f"https://github.com/{self.repo}/pull/{len(self.pulls) + 1}"}
        self.pulls.append(pull)
        return 201, pull

    def _set_labels(self, request, number):
        pull = self.pulls[int(number) - 1]
        pull["labels"] = [{"name": name} for name in request.body["labels"]]
        return 200, pull["labels"]

    def _compare(self, request, base, head):
        base_files = self.files(base)
        head_files = self.files(self.refs.get(head.split(":")[-1], head))
        changed = []
        for path, data in head_files.items():
            if base_files.get(path) != data:
                text = path.endswith((".md", ".yml"))
                changed.append({"filename": path, "status": "modified" if path in base_files else "added",
                                "sha": hashlib.sha1(data).hexdigest(), **({"patch": "@@"} if text else {})})
        return 200, {"files": changed, "commits": [], "base_commit": {"sha": self.refs[base]},
                     "merge_base_commit": {"sha": self.refs[base]}}
