// Signing in on GitHub Pages, without a server of ours: with a fine-grained personal access token
// of GitHub, made for this repository only (CONTRIBUTING.md, "Inloggen"). Decap's GitHub backend
// signs in with GitHub's OAuth, which needs a server that keeps a secret (the OAuth proxy of
// `extra: beheer: oauth_proxy:`). Its sign-in page is the one thing replaced here: the token goes
// to Decap's own login (onLogin), which checks it, keeps it in this browser (localStorage
// `decap-cms-user`) and signs out as usual. With an OAuth proxy set, Decap's own page stays.

const h = window.h;

const CONTRIBUTING = "CONTRIBUTING.md#inloggen";
const UNREACHABLE = "GitHub is niet bereikbaar. Controleer je internetverbinding en probeer het opnieuw.";
const NO_FORK = "Met een toegangscode kun je alleen schrijven als de redactie je heeft toegevoegd met de rol Write.";

/** What is wrong with `token`, in Dutch, or "" when GitHub lets it write in the repository. */
async function problemOf(token, backend) {
  const repo = backend.originRepo;
  const get = (path) => fetch(`${backend.apiRoot}${path}`, { headers: { Authorization: `token ${token}` } });
  try {
    const user = await get("/user");
    if (user.status === 401) {
      return "GitHub kent deze toegangscode niet: hij is verlopen, ingetrokken of niet helemaal gekopieerd. "
        + "Maak een nieuwe, zoals de stappen hieronder zeggen.";
    }
    const found = await get(`/repos/${repo}`);
    if (!found.ok) {
      return `Deze toegangscode geeft geen toegang tot ${repo}. Kies bij het maken onder Repository access `
        + `"Only select repositories" en dan ${repo}.`;
    }
    if (!(await found.json()).permissions?.push) {
      return `Je GitHub-account mag (nog) niet schrijven in ${repo}. Vraag de redactie je toe te voegen met de rol Write.`;
    }
  } catch {
    return UNREACHABLE;
  }
  return "";
}

function tokenSignIn(backend) {
  return window.createClass({
    displayName: "Inloggen",
    getInitialState() {
      return { problem: "", checking: false };
    },
    async submit(event) {
      event.preventDefault();
      const token = new FormData(event.target).get("token").trim();
      if (!token) {
        this.setState({ problem: "Plak eerst je toegangscode van GitHub in het vak." });
        return;
      }
      this.setState({ problem: "", checking: true });
      let problem = await problemOf(token, backend);
      if (!problem && backend.openAuthoringEnabled) {
        // Decap's own page does this first: it finds that a member works in the repository itself
        // (a token for one repository cannot make a fork of it for someone else).
        problem = await backend.authenticateWithFork({ userData: { token }, getPermissionToFork: () => {
          throw new Error(NO_FORK);
        } }).then(() => "", (error) => (error.message === NO_FORK ? NO_FORK : UNREACHABLE));
      }
      this.setState({ problem, checking: false });
      if (!problem) this.props.onLogin({ token });
    },
    render() {
      const { inProgress, config } = this.props;
      const busy = inProgress || this.state.checking;
      const { repo, branch } = config.backend;
      const help = `https://github.com/${repo}/blob/${branch}/${CONTRIBUTING}`;
      const problem = this.state.problem;
      return h("main", { className: "lho-inloggen" },
        h("h1", null, "Inloggen bij de webeditor"),
        h("p", null, "Log in met een toegangscode van GitHub (een ", h("i", null, "fine-grained personal access token"),
          `) die alleen voor ${repo} geldt. `, h("a", { href: help, target: "_blank", rel: "noopener" },
            "Zo maak je die code"), "."),
        h("form", { onSubmit: this.submit, noValidate: true },
          h("label", { htmlFor: "lho-token" }, "Toegangscode van GitHub"),
          h("input", { id: "lho-token", name: "token", type: "password", autoComplete: "off", spellCheck: false,
            placeholder: "github_pat_…", "aria-invalid": problem ? "true" : "false",
            "aria-describedby": "lho-token-probleem" }),
          h("p", { id: "lho-token-probleem", role: "alert" }, problem),
          h("button", { type: "submit", disabled: busy }, busy ? "Bezig met inloggen…" : "Inloggen")),
        h("p", null, "De code blijft alleen in deze browser bewaard. Werk je op een gedeelde computer, log dan "
          + "uit via het rondje rechtsboven."));
    },
  });
}

/** Decap's GitHub backend, with our sign-in page when no OAuth proxy is set. */
export function signInWithToken(CMS) {
  const github = CMS.getBackend("github");
  const start = github.init;
  github.init = (...args) => {
    const backend = start(...args);
    const own = backend.authComponent();
    const withToken = tokenSignIn(backend);
    const page = (props) => h(props.base_url ? own : withToken, props);
    backend.authComponent = () => page;
    return backend;
  };
}
