"""The floor for the year's figures: the same numbers from hand-written SQL on the driver.

No ORM, no SQLAlchemy Core: literal count queries on a DB-API connection,
each the plainest indexed query a person would write for the figure, and
Python only to put the rows in place. What FiguresService costs above this is
SQLAlchemy and the shape of its queries. The result has the shape of
YearFigures.to_json(), so the run also checks that both give the same figures.
"""

from __future__ import annotations

# Age on the housing date from slices of the ISO text (cheaper than strftime).
AGE = (
    "CAST(substr(housed_on, 1, 4) AS INTEGER) - CAST(substr(birth_date, 1, 4) AS INTEGER)"
    " - (substr(housed_on, 6) < substr(birth_date, 6))"
)
PLURAL = {"participant": "participants", "trainer": "trainers", "coach": "coaches"}
ACTIVE = "active_from <= :d AND (active_until IS NULL OR active_until >= :d)"


def _half_up(numerator: int, denominator: int) -> int:
    return (2 * numerator + denominator) // (2 * denominator) if denominator > 0 else 0


def figures(conn, year: int) -> dict:
    """Every figure of figures.md for `year`, as nested dicts (YearFigures.to_json())."""
    first, last = f"{year}-01-01", f"{year}-12-31"
    y = {"first": first, "last": last}
    one = lambda sql, **p: conn.execute(sql, {**y, **p}).fetchone()  # noqa: E731
    rows = lambda sql, **p: conn.execute(sql, {**y, **p}).fetchall()  # noqa: E731

    total, adults, children, men, women, boys, girls, other = one(
        f"SELECT count(*), count(CASE WHEN a >= 18 THEN 1 END), count(CASE WHEN a < 18 THEN 1 END),"
        " count(CASE WHEN a >= 18 AND sex = 'M' THEN 1 END),"
        " count(CASE WHEN a >= 18 AND sex = 'F' THEN 1 END),"
        " count(CASE WHEN a < 18 AND sex = 'M' THEN 1 END),"
        " count(CASE WHEN a < 18 AND sex = 'F' THEN 1 END), count(CASE WHEN sex = 'X' THEN 1 END)"
        f" FROM (SELECT sex, {AGE} AS a FROM client WHERE housed_on BETWEEN :first AND :last)"
    )
    housed = {
        "total": total,
        "adults": adults,
        "children": children,
        "men": men,
        "women": women,
        "boys": boys,
        "girls": girls,
        "other_sex": other,
        "by_nationality": dict(
            rows(
                "SELECT nationality, count(*) FROM client WHERE housed_on BETWEEN :first AND :last"
                " GROUP BY nationality ORDER BY count(*) DESC, nationality"
            )
        ),
        "dwellings": one("SELECT count(*) FROM household WHERE housed_on BETWEEN :first AND :last")[
            0
        ],
    }

    targets = {
        t: (n, o) for t, n, o in rows("SELECT year, target, opening_backlog FROM housing_target")
    }
    target = {"backlog_start": None, "target": None, "backlog_end": None}
    if year in targets:
        start_year = year
        while start_year - 1 in targets:
            start_year -= 1
        per_year = dict(
            rows(
                "SELECT CAST(substr(housed_on, 1, 4) AS INTEGER), count(*) FROM client"
                " WHERE housed_on BETWEEN :a AND :last GROUP BY 1",
                a=f"{start_year}-01-01",
            )
        )
        backlog = targets[start_year][1] or 0
        for t in range(start_year, year + 1):
            begin, backlog = backlog, backlog + targets[t][0] - per_year.get(t, 0)
        target = {"backlog_start": begin, "target": targets[year][0], "backlog_end": backlog}

    kinds = dict(
        rows("SELECT kind, count(*) FROM contact WHERE date BETWEEN :first AND :last GROUP BY kind")
    )
    by_location = rows(
        "SELECT l.name, count(DISTINCT s.id), count(c.id) FROM consultation_session s"
        " JOIN location l ON l.id = s.location_id LEFT JOIN contact c ON c.session_id = s.id"
        " WHERE s.date BETWEEN :first AND :last AND s.cancelled = 0"
        " GROUP BY l.name ORDER BY l.name"
    )
    dossier = "SELECT count(*) FROM reunification_dossier WHERE "
    opened = "opened_on BETWEEN :first AND :last"
    trajectory = (
        "SELECT count(*) FROM trajectory WHERE kind = :k AND started_on BETWEEN :first AND :last"
    )
    projects: dict[str, dict[str, int]] = {}
    for name, role, n in rows(
        "SELECT p.name, m.role,"
        " count(DISTINCT coalesce('c' || m.client_id, 'v' || m.volunteer_id))"
        " FROM project_membership m JOIN project p ON p.id = m.project_id"
        " WHERE m.from_on <= :last AND (m.until_on IS NULL OR m.until_on >= :first)"
        " GROUP BY p.name, m.role"
    ):
        projects.setdefault(name, {"participants": 0, "trainers": 0, "coaches": 0})
        projects[name][PLURAL[role]] = n
    return {
        "housed": housed,
        "target": target,
        "contacts": {k: kinds.get(k, 0) for k in ("social_guidance", "info_point", "legal")},
        "sessions": {"avg_contacts_by_location": {n: _half_up(c, s) for n, s, c in by_location}},
        "reunification": {
            "new": one(dossier + opened)[0],
            "new_nidos": one(dossier + opened + " AND nidos = 1")[0],
            "total": one(
                dossier + "opened_on <= :last AND (closed_on IS NULL OR closed_on >= :first)"
            )[0],
            "successful": one(
                dossier + "closed_on BETWEEN :first AND :last AND outcome = 'successful'"
            )[0],
        },
        "trajectories": {
            "settlement_started": one(trajectory, k="settlement")[0],
            "integration_started": one(trajectory, k="integration")[0],
        },
        "projects": dict(sorted(projects.items())),
        "home_visits": {
            "total": one(
                "SELECT count(*) FROM contact WHERE channel = 'home_visit'"
                " AND date BETWEEN :first AND :last"
            )[0],
            "pool_size": one(
                "SELECT count(*) FROM volunteer WHERE paid = 0 AND home_visit_pool = 1"
                f" AND {ACTIVE}",
                d=last,
            )[0],
        },
        "volunteers": {
            "start": one(f"SELECT count(*) FROM volunteer WHERE paid = 0 AND {ACTIVE}", d=first)[0],
            "end": one(f"SELECT count(*) FROM volunteer WHERE paid = 0 AND {ACTIVE}", d=last)[0],
        },
        "staff": {
            "paid_start": one(
                f"SELECT count(*) FROM volunteer WHERE paid = 1 AND {ACTIVE}", d=first
            )[0]
        },
        "referrals": {
            "by_partner": dict(
                rows(
                    "SELECT p.name, count(*) FROM referral r JOIN partner p ON p.id = r.partner_id"
                    " WHERE r.date BETWEEN :first AND :last"
                    " GROUP BY p.name ORDER BY count(*) DESC, p.name"
                )
            )
        },
        "debt": {
            "checklists_started": one(
                "SELECT count(*) FROM checklist c JOIN checklist_template t"
                " ON t.id = c.template_id WHERE t.key = 'debt_prevention'"
                " AND c.started_on BETWEEN :first AND :last"
            )[0],
            "payment_arrangements": one(
                "SELECT count(*) FROM checklist_item WHERE key = 'payment_arrangement'"
                " AND status = 'done' AND done_on BETWEEN :first AND :last"
            )[0],
        },
        "pvt": {
            "signed": one(
                "SELECT count(*) FROM client WHERE pvt_signed_on BETWEEN :first AND :last"
            )[0]
        },
    }


def differences(a: dict, b: dict, prefix: str = "") -> list[str]:
    """Dotted keys whose values differ between two figure trees."""
    out = []
    for key in sorted(set(a) | set(b)):
        x, y = a.get(key), b.get(key)
        if isinstance(x, dict) and isinstance(y, dict):
            out += differences(x, y, f"{prefix}{key}.")
        elif x != y:
            out.append(f"{prefix}{key}: {x!r} != {y!r}")
    return out
