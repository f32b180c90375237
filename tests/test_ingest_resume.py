"""A real `eventwire ingest` killed (SIGKILL) after its first batch commits, then run again:
every article is stored exactly once, no orphan rows, and the counts add up."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
N_ARTICLES, BATCH = 80, 8
TOWNS = ("Mogadishu", "Kismayo", "Baidoa", "Maiduguri", "Kano", "Gao", "Timbuktu", "Benghazi",
         "Misrata", "Sirte")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SCRIPT = Path(sys.executable).parent / "eventwire"


def article(i: int) -> str:
    town, day, n = TOWNS[i % len(TOWNS)], DAYS[i % len(DAYS)], 3 + i
    return (f"Attack number {i} reported in {town}\nPublished: 2024-04-{1 + i % 28:02d}\n\n"
            f"Gunmen attacked a police post in {town} on {day}, killing {n} officers, a local "
            f"official said. The attackers arrived in two pickup trucks shortly after dawn and "
            f"opened fire on the guards at the gate. Residents said the shooting lasted for "
            f"about {i % 5 + 1} hours before reinforcements arrived from the regional base. "
            f"Police arrested {i % 4 + 2} suspects later that evening. The governor condemned "
            f"the attack in a statement and promised to rebuild the post. Hospital staff said "
            f"{n + 4} people were wounded, several of them seriously. It was the {i}th such "
            f"raid reported in the area this year, according to a tally kept by the council.\n")


def ingest_cmd(folder: Path, db: Path) -> list[str]:
    head = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "eventwire.cli"]
    return head + ["ingest", str(folder), "--db", str(db), "--batch", str(BATCH)]


def wal_size(db: Path) -> int:
    wal = db.with_name(db.name + ".wal")
    return wal.stat().st_size if wal.exists() else 0


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        q = {"articles": "SELECT count(*) FROM articles",
             "distinct": "SELECT count(DISTINCT id) FROM articles",
             "events": "SELECT count(*) FROM events",
             "orphan_events": "SELECT count(*) FROM events e ANTI JOIN articles a "
                              "ON a.id = e.article_id",
             "orphan_places": "SELECT count(*) FROM places p ANTI JOIN articles a "
                              "ON a.id = p.article_id",
             "unclustered": "SELECT count(*) FROM events e ANTI JOIN event_clusters c "
                            "USING (article_id, event_id)",
             "clustered_twice": "SELECT count(*) FROM (SELECT article_id, event_id "
                                "FROM event_clusters GROUP BY ALL HAVING count(*) > 1)"}
        return {k: con.execute(v).fetchone()[0] for k, v in q.items()}
    finally:
        con.close()


def test_killed_ingest_resumes_without_duplicates(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(N_ARTICLES):
        (folder / f"a{i:03d}.txt").write_text(article(i), encoding="utf-8")
    db = tmp_path / "resume.duckdb"
    env = {**os.environ, "COLUMNS": "300", "NO_COLOR": "1"}

    first = subprocess.Popen(ingest_cmd(folder, db), env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    baseline, deadline = None, time.monotonic() + 120
    try:
        while time.monotonic() < deadline and first.poll() is None:
            size = wal_size(db)
            if baseline is None and size:
                baseline = size  # schema + the run row, written before any batch
            elif baseline and size > baseline + 4000:  # a batch of 8 articles is > 8 kB
                time.sleep(0.05)  # let that commit finish writing
                break
            time.sleep(0.01)
        assert first.poll() is None, "ingest finished before it could be killed; " \
            f"stderr: {first.stderr.read().decode()[-500:]}"
        first.send_signal(signal.SIGKILL)
    finally:
        first.kill()
        first.wait()
        first.stderr.close()

    after_kill = counts(db)
    assert 0 < after_kill["articles"] < N_ARTICLES
    assert after_kill["articles"] % BATCH == 0, after_kill  # whole batches only
    print("stored before the kill:", after_kill)
    assert after_kill["orphan_events"] == after_kill["orphan_places"] == 0

    second = subprocess.run(ingest_cmd(folder, db), env=env, capture_output=True, text=True,
                            timeout=240)
    assert second.returncode == 0, second.stderr[-1000:]
    summary = re.search(r"ingested (\d+) article\(s\), skipped (\d+) already stored, "
                        r"(\d+) new article event", " ".join(second.stderr.split()))
    assert summary, second.stderr[-1000:]
    added, skipped, new_events = map(int, summary.groups())
    assert (added, skipped) == (N_ARTICLES - after_kill["articles"], after_kill["articles"])

    final = counts(db)
    assert final["articles"] == final["distinct"] == N_ARTICLES
    assert final["events"] == after_kill["events"] + new_events > 0
    assert final["orphan_events"] == final["orphan_places"] == 0
    assert final["unclustered"] == final["clustered_twice"] == 0
