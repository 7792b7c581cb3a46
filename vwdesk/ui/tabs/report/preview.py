"""The report model as rich text for the tab's preview (Qt's HTML subset, no drawing).

The PDF is ReportLab's job; here every section reads in the same order with
the same sentences, and each chart becomes a small table of its numbers, so
the preview works offscreen and never renders a page.
"""

from __future__ import annotations

from html import escape

from vwdesk.export.report_charts import Chart
from vwdesk.export.report_model import ReportModel, Section
from vwdesk.ui import theme

BAR_WIDTH = 220  # pixels for the largest value of a one-series chart
_LIST_MARKS = ("- ", "• ", "* ", "– ")


def model_to_html(model: ReportModel) -> str:
    parts = [
        f"<div style='color:{theme.MUTED}'>{escape(model.organisation)}</div>",
        f"<h1 style='color:{theme.TEXT}'>{escape(model.title)}</h1>",
        f"<p style='color:{theme.MUTED}'><i>{escape(model.subject)} · "
        f"{escape(model.generated)}</i></p>",
        _highlights(model),
    ]
    parts += [_section(s) for s in model.sections]
    return "\n".join(p for p in parts if p)


def _highlights(model: ReportModel) -> str:
    if not model.highlights:
        return ""
    cells = "".join(
        f"<td style='padding:6px 18px 6px 0'><span style='font-size:18pt;font-weight:600;"
        f"color:{theme.ACCENT}'>{escape(h.value)}</span><br>{escape(h.label)}</td>"
        for h in model.highlights
    )
    return f"<table cellspacing='0'><tr>{cells}</tr></table>"


def _section(section: Section) -> str:
    out = [f"<h2 style='color:{theme.ACCENT}'>{escape(section.title)}</h2>"]
    if section.lead:
        out.append(f"<p>{escape(section.lead)}</p>")
    if section.bullets_intro:
        out.append(f"<p>{escape(section.bullets_intro)}</p>")
    if section.bullets:
        items = "".join(f"<li>{escape(b)}</li>" for b in section.bullets)
        out.append(f"<ul>{items}</ul>")
    out += [_chart(c) for c in section.charts]
    out.append(_prose(section.prose))
    return "\n".join(p for p in out if p)


def _prose(lines: tuple[str, ...]) -> str:
    out: list[str] = []
    items: list[str] = []
    for line in (*lines, ""):
        if line[:2] in _LIST_MARKS:
            items.append(f"<li>{escape(line[2:].strip())}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if line:
            out.append(f"<p>{escape(line)}</p>")
    return "\n".join(out)


def _chart(chart: Chart) -> str:
    title = f"<p style='margin-top:14px'><b>{escape(chart.title)}</b></p>"
    if len(chart.series) == 1:
        values = chart.series[0].values
        top = max(values, default=0) or 1
        rows = "".join(
            f"<tr><td style='padding-right:12px'>{escape(c)}</td>"
            f"<td align='right' style='padding-right:8px'>{v}</td>"
            f"<td><table cellspacing='0' cellpadding='0'><tr>"
            f"<td bgcolor='{theme.ACCENT}' width='{max(1, BAR_WIDTH * v // top)}' height='10'>"
            f"</td></tr></table></td></tr>"
            for c, v in zip(chart.categories, values, strict=False)
        )
        return f"{title}<table cellspacing='2' style='margin-bottom:10px'>{rows}</table>"
    head = "".join(f"<th align='right'>{escape(c)}</th>" for c in chart.categories)
    body = "".join(
        f"<tr><td style='padding-right:12px'>{escape(s.name)}</td>"
        + "".join(f"<td align='right'>{v}</td>" for v in s.values)
        + "</tr>"
        for s in chart.series
    )
    return (
        f"{title}<table cellspacing='0' cellpadding='3' style='margin-bottom:10px'>"
        f"<tr><th></th>{head}</tr>{body}</table>"
    )
