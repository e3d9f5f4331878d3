"""`make test`'s runs side by side (tools/test_runs.py): every run's output is shown, and one failing
run fails the whole, after all have run."""

import test_runs
from test_runs import Run


def test_a_failing_run_fails_the_whole_after_every_run_has_been_shown_and_its_failures_come_last(
        monkeypatch, capsys, tmp_path):
    broken = tmp_path / "test_kapot.py"
    broken.write_text("def test_kapot():\n    assert 1 == 2, 'opzettelijk'\n", encoding="utf-8")
    monkeypatch.setattr(test_runs, "runs", lambda today: [
        Run("goed", ["-q", "-p", "no:cacheprovider", "tests/unit/test_cache.py"]),
        Run("fout", ["-q", "-p", "no:cacheprovider", str(broken)]),
    ])
    assert test_runs.main() == 1
    shown = capsys.readouterr().out.splitlines()
    assert "=== goed: passed" in "\n".join(shown) and "=== fout: FAILED" in "\n".join(shown)
    assert shown[-2] == "failed in fout:"
    assert shown[-1].startswith("FAILED ") and "test_kapot" in shown[-1] and "opzettelijk" in shown[-1]


def test_a_clocked_run_runs_under_faketime_in_a_folder_of_its_own(tmp_path):
    runs = test_runs.runs(test_runs.dt.date(2027, 1, 1))
    commands = [test_runs.command(run, tmp_path / str(number)) for number, run in enumerate(runs)]
    assert [c[:3] for c in commands if c[0] == "faketime"] == [["faketime", "-f", r.clock] for r in runs if r.clock]
    assert len({next(a for a in c if a.startswith("--basetemp=")) for c in commands}) == len(runs)
