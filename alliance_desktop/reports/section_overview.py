"""Overview section: project, buyer, target group, goals, parties, areas, key dates, headline numbers."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from ..core.summary import summarize
from ..i18n import translate
from . import labels
from .context import Context, Later, empty_note
from .escape import para
from .fonts import SANS
from .tagging import TableTags
from .styles import BORDER, FRAME_WIDTH, ROLE_COLOURS, colors


def build(ctx: Context) -> list[Flowable]:
    lang, s = ctx.lang, ctx.styles
    plan = ctx.plan
    project = plan.project
    summary = summarize(plan, today=ctx.created)
    story: list[Flowable] = [ctx.heading(translate("Report", "Overview"), 0)]

    # key facts
    facts = [
        (translate("Report", "Project"), project.name),
        (translate("Report", "Buyer"), project.buyer),
        (translate("Report", "Target group"), project.target_group),
        (translate("Report", "Service phase"), ctx.span(summary.service_start, summary.service_end)),
        (translate("Report", "Version"), ctx.version_label),
        (translate("Report", "Report date"), ctx.date(ctx.created)),
    ]
    rows = [[ctx.cell(k, bold=True), ctx.cell(v)] for k, v in facts if v]
    story.append(ctx.table(rows, [40 * mm, FRAME_WIDTH - 40 * mm], header_rows=0, zebra=False, row_heads=True,
                           extra=[("LINEABOVE", (0, 0), (-1, 0), 0.4, BORDER)]))

    # headline numbers
    story.append(ctx.heading(translate("Report", "Headline numbers"), 1))
    story.append(_cards(ctx, summary))
    if summary.overdue:
        story.append(ctx.heading(translate("Report", "Overdue on {date}").format(date=ctx.date(ctx.created)), 1))
        story.append(ctx.p(para(translate(
            "Report", "{count} dates have passed without the milestone or deadline being marked done, the decision "
                      "gate decided or the procurement task done, the oldest first:").format(
            count=len(summary.overdue))), s.muted))
        story.append(Later(lambda: [Paragraph(f'<font color="#c62828">{para(o.message)}</font>', s.bullet,
                                              bulletText="•") for o in summary.overdue]))

    if project.description.strip():
        story.append(ctx.heading(translate("Report", "Description"), 1))
        for chunk in _paragraphs(project.description):
            story.append(ctx.text(chunk))

    story.append(ctx.heading(translate("Report", "Goals"), 1))
    goals = [g for g in project.goals if g.strip()]
    if goals:
        for n, goal in enumerate(goals, 1):
            story.append(Paragraph(para(goal), s.bullet, bulletText=f"{n}."))
    else:
        story.append(empty_note(ctx, translate("Report", "No goals have been written down yet.")))

    story.append(ctx.heading(translate("Report", "Parties"), 1))
    if plan.parties:
        rows = [[ctx.head(translate("Report", "Name")), ctx.head(translate("Report", "Role")),
                 ctx.head(translate("Report", "Notes"))]]
        extra = []
        for i, party in enumerate(plan.parties, 1):
            rows.append([ctx.cell(party.name, bold=True), ctx.cell(labels.role(party.role, lang)),
                         ctx.cell(party.notes, muted=True)])
            colour = ROLE_COLOURS.get(party.role, colors.grey)
            extra.append(("LINEBEFORE", (0, i), (0, i), 3, colour))
        story.append(ctx.table(rows, [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.38], extra=extra))
    else:
        story.append(empty_note(ctx, translate("Report", "No parties yet.")))

    story.append(ctx.heading(translate("Report", "Areas"), 1))
    if plan.areas:
        rows = [[ctx.head(translate("Report", "Area")), ctx.head(translate("Report", "Status")),
                 ctx.head(translate("Report", "Notes"))]]
        for area in plan.areas:
            rows.append([ctx.cell(area.name, bold=True), ctx.cell(labels.area_status(area.status, lang)),
                         ctx.cell(area.notes, muted=True)])
        story.append(ctx.table(rows, [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.2, FRAME_WIDTH * 0.38]))
    else:
        story.append(empty_note(ctx, translate("Report", "No areas yet.")))

    story.append(ctx.heading(translate("Report", "Key dates"), 1))
    markers = sorted((x for x in plan.markers if x.date), key=lambda x: (x.date, x.time, x.name))
    undated = [x for x in plan.markers if not x.date]
    if markers or undated:
        def key_dates() -> list[Flowable]:  # made when the layout reaches it (a long plan has many)
            rows = [[ctx.head(translate("Report", "When")), ctx.head(translate("Report", "What")),
                     ctx.head(translate("Report", "Type")), ctx.head(translate("Report", "Owner"))]]
            for x in markers + undated:
                kind = labels.marker_kind(x.kind, lang)
                if x.kind == "gate":
                    kind = f"{kind}: {labels.gate_state(x.state, lang)}"
                what = para(x.name)
                if x.notes:
                    what += f'<br/><font size="7" color="#5c6b7a">{para(x.notes)}</font>'
                rows.append([ctx.cell(ctx.datetime(x.date, x.time, x.time_end) or "–"), ctx.p(what, s.cell),
                             ctx.cell(kind), ctx.cell(x.owner, muted=True)])
            return [ctx.table(rows, [FRAME_WIDTH * 0.22, FRAME_WIDTH * 0.44, FRAME_WIDTH * 0.16, FRAME_WIDTH * 0.18])]

        story.append(Later(key_dates))
    else:
        story.append(empty_note(ctx, translate("Report", "No milestones or deadlines yet.")))
    return story


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs (single line breaks stay inside a paragraph)."""
    chunks, current = [], []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            chunks.append("\n".join(current))
            current = []
    if current:
        chunks.append("\n".join(current))
    return chunks


def _years(start, end) -> str:
    if start is None or end is None:
        return "–"
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


def _cards(ctx: Context, summary) -> Table:
    """Headline numbers as a 3 × 3 grid of cards: a big value and a caption."""
    s, plan = ctx.styles, ctx.plan
    included = sum(1 for a in plan.areas if a.status == "included")
    options = sum(1 for a in plan.areas if a.status == "option")
    producers = sum(1 for p in plan.parties if p.role == "producer")
    open_risks = sum(1 for r in plan.risks if r.status in ("open", "realised"))
    done = sum(1 for t in plan.procurement_tasks if t.done)

    def marker_text(marker) -> tuple[str, str]:
        if marker is None:
            return "–", translate("Report", "None ahead")
        return ctx.datetime(marker.date, marker.time), marker.name

    deadline_value, deadline_caption = marker_text(summary.next_deadline)
    gate_value, gate_caption = marker_text(summary.next_gate)
    cards = [
        (translate("Report", "Total target cost"), ctx.money(summary.total_target_cost, None),
         translate("Report", "over {count} service periods").format(count=summary.period_count)),
        (translate("Report", "Service phase"), _years(summary.service_start, summary.service_end),
         ctx.span(summary.service_start, summary.service_end)),
        (translate("Report", "Parties"), str(summary.party_count),
         translate("Report", "of which producers {count}").format(count=producers)),
        (translate("Report", "Areas"), str(included),
         translate("Report", "in the alliance; options {count}").format(count=options)),
        (translate("Report", "Service chains and metrics"), f"{summary.chain_count} / {summary.metric_count}",
         translate("Report", "care steps {count}").format(count=summary.step_count)),
        (translate("Report", "Risks"), str(summary.risk_count),
         translate("Report", "open or realised {count}").format(count=open_risks)),
        (translate("Report", "Next deadline"), deadline_value, deadline_caption),
        (translate("Report", "Next decision gate"), gate_value, gate_caption),
        (translate("Report", "Procurement tasks"), f"{done} / {len(plan.procurement_tasks)}",
         translate("Report", "done")),
    ]
    if not plan.procurement_tasks:
        cards.pop()
    cells = []
    for label, value, caption in cards:
        cells.append([ctx.p(para(label), s.card_label), ctx.p(para(value), s.card_value),
                      ctx.p(para(caption), s.card_label)])
    columns = 3
    width = FRAME_WIDTH / columns
    rows = []
    for i in range(0, len(cells), columns):
        row = cells[i:i + columns]
        row += [""] * (columns - len(row))
        rows.append(row)
    t = Table(rows, colWidths=[width] * columns, hAlign="LEFT", renderCB=TableTags("layout"))
    cmds = [
        ("FONT", (0, 0), (-1, -1), SANS, 10),  # (the cells' own font: never the standard Helvetica)
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
    for i in range(len(cells)):
        r, c = divmod(i, columns)
        cmds += [("BOX", (c, r), (c, r), 0.6, BORDER), ("BACKGROUND", (c, r), (c, r), colors.HexColor("#f7f9fb"))]
    t.setStyle(TableStyle(cmds))
    return t
