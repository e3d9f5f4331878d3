// Under `make beheer`: the build's problems above the form, in the form's words. A save with a
// mistake makes the build fail; the site then shows its error page, but the editor stays and
// lists here what to fix, each with a link to its entry (hooks/lho_site/outputs/editor_problems.py
// writes problemen.json next to this page; its list is empty once the build succeeds).

const ADDRESS = new URL("problemen.json", document.baseURI);

function item(problem) {
  const line = document.createElement("li");
  const where = problem.entry
    ? Object.assign(document.createElement("a"), {
      href: `#/collections/${encodeURIComponent(problem.collection)}/entries/${encodeURIComponent(problem.entry)}`,
      textContent: problem.entry })
    : document.createTextNode(`${problem.file}, regel ${problem.line}`);
  line.append(where);
  if (problem.field) {
    line.append(", bij ", Object.assign(document.createElement("strong"), { textContent: problem.field }));
  }
  line.append(`: ${problem.message}`);
  return line;
}

function show(box, problems) {
  box.hidden = problems.length === 0;
  const count = problems.length === 1 ? "1 fout" : `${problems.length} fouten`;
  const title = Object.assign(document.createElement("h2"), { id: "lho-problemen-titel",
    textContent: `De site kan zo niet gebouwd worden: ${count}` });
  const advice = Object.assign(document.createElement("p"), {
    textContent: "Verbeter het in het formulier en sla opnieuw op; deze lijst verdwijnt vanzelf." });
  const list = document.createElement("ul");
  list.append(...problems.map(item));
  box.replaceChildren(title, advice, list);
}

/** Keep the list of the build's problems up to date, in a box of its own at the bottom of the page. */
export function listProblems() {
  const box = Object.assign(document.createElement("aside"), { className: "lho-problemen", hidden: true });
  box.setAttribute("aria-labelledby", "lho-problemen-titel");
  box.setAttribute("aria-live", "polite");
  document.body.append(box);
  let last = "";
  const check = async () => {
    try {
      const text = await (await fetch(ADDRESS, { cache: "no-store" })).text();
      if (text !== last) show(box, JSON.parse(text).problemen);
      last = text;
    } catch {
      // The server restarts between builds: the next check finds it again.
    }
  };
  check();
  setInterval(check, 2000);
}
