"""The annual figures of shared/spec/figures.md as one plain structure.

The figures service fills it with SQL aggregates; the PDF builder and
`vwdesk report --json` both read it. Keys and nesting follow figures.md
exactly: `to_json()` is the JSON contract.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass


@dataclass(frozen=True)
class Housed:
    total: int = 0
    adults: int = 0
    children: int = 0
    men: int = 0
    women: int = 0
    boys: int = 0
    girls: int = 0
    other_sex: int = 0
    by_nationality: dict[str, int] = field(default_factory=dict)  # ISO alpha-2 -> count
    dwellings: int = 0


@dataclass(frozen=True)
class Target:
    """None everywhere when no target is configured for the year."""

    backlog_start: int | None = None
    target: int | None = None
    backlog_end: int | None = None


@dataclass(frozen=True)
class Contacts:
    social_guidance: int = 0
    info_point: int = 0
    legal: int = 0


@dataclass(frozen=True)
class Sessions:
    avg_contacts_by_location: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Reunification:
    new: int = 0
    new_nidos: int = 0
    total: int = 0
    successful: int = 0


@dataclass(frozen=True)
class Trajectories:
    settlement_started: int = 0
    integration_started: int = 0


@dataclass(frozen=True)
class ProjectFigures:
    participants: int = 0
    trainers: int = 0
    coaches: int = 0


@dataclass(frozen=True)
class HomeVisits:
    total: int = 0
    pool_size: int = 0


@dataclass(frozen=True)
class Volunteers:
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Staff:
    paid_start: int = 0


@dataclass(frozen=True)
class Referrals:
    by_partner: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Debt:
    checklists_started: int = 0
    payment_arrangements: int = 0


@dataclass(frozen=True)
class Pvt:
    signed: int = 0


@dataclass(frozen=True)
class YearFigures:
    year: int
    housed: Housed = field(default_factory=Housed)
    target: Target = field(default_factory=Target)
    contacts: Contacts = field(default_factory=Contacts)
    sessions: Sessions = field(default_factory=Sessions)
    reunification: Reunification = field(default_factory=Reunification)
    trajectories: Trajectories = field(default_factory=Trajectories)
    projects: dict[str, ProjectFigures] = field(default_factory=dict)  # project name -> figures
    home_visits: HomeVisits = field(default_factory=HomeVisits)
    volunteers: Volunteers = field(default_factory=Volunteers)
    staff: Staff = field(default_factory=Staff)
    referrals: Referrals = field(default_factory=Referrals)
    debt: Debt = field(default_factory=Debt)
    pvt: Pvt = field(default_factory=Pvt)

    def to_json(self) -> dict:
        """Nested objects, one level per dot of the figure keys (figures.md)."""
        out = _as_json(self)
        out.pop("year")
        return out

    def flat(self) -> dict[str, object]:
        """`{"housed.total": 106, ...}`; object-valued figures stay dicts."""
        return _flatten(self.to_json(), "")

    def get(self, key: str):
        """One figure by its dotted key, e.g. `projects.VIP.participants`."""
        node: object = self.to_json()
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(key)
            node = node[part]
        return node


# Figures whose value is an object (name -> count) rather than a number.
OBJECT_FIGURES = frozenset(
    {
        "housed.by_nationality",
        "sessions.avg_contacts_by_location",
        "referrals.by_partner",
    }
)


def _as_json(value):
    if is_dataclass(value):
        return {f.name: _as_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, dict):
        return {str(k): _as_json(v) for k, v in value.items()}
    return value


def _flatten(node: dict, prefix: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in node.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict) and dotted not in OBJECT_FIGURES:
            out.update(_flatten(value, dotted + "."))
        else:
            out[dotted] = value
    return out


def round_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounded half up (figures.md), without float surprises."""
    if denominator <= 0:
        return 0
    return (2 * numerator + denominator) // (2 * denominator)
