"""Procurement section: the tasks by stage of the procurement process (open ones past their due date on the
report date marked overdue), then the documents."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..core import model as m
from ..core import timeline as tl
from ..i18n import translate
from . import labels
from .context import Context, empty_note
from .escape import para
from .styles import BAD_LIGHT, FRAME_WIDTH, GOOD_LIGHT, WARN_LIGHT


def build(ctx: Context) -> list[Flowable]:
    lang = ctx.lang
    plan = ctx.plan
    tasks = plan.procurement_tasks
    story: list[Flowable] = [ctx.heading(translate("Report", "Procurement tasks and documents"), 0)]
    if tasks:
        done = sum(1 for t in tasks if t.done)
        late = sum(1 for t in tasks if tl.is_overdue_task(t, ctx.created))
        text = translate("Report", "{done} of {total} tasks done.").format(done=done, total=len(tasks))
        if late:
            text += " " + translate("Report", "{count} open tasks are past their due date on {date} (overdue)."
                                    ).format(count=late, date=ctx.date(ctx.created))
        story.append(ctx.p(para(text), ctx.styles.muted))
    else:
        story.append(empty_note(ctx, translate("Report", "No procurement tasks yet.")))
    stages = list(m.TASK_STAGES) + sorted({t.stage for t in tasks} - set(m.TASK_STAGES))
    for stage in stages:
        group = [t for t in tasks if t.stage == stage]
        if not group:
            continue
        story.append(ctx.heading(labels.task_stage(stage, lang), 1))
        rows = [[ctx.head(translate("Report", "Status")), ctx.head(translate("Report", "Task")),
                 ctx.head(translate("Report", "Due")), ctx.head(translate("Report", "Notes"))]]
        extra = []
        for i, task in enumerate(group, 1):
            late = tl.is_overdue_task(task, ctx.created)
            status = (translate("Report", "Done") if task.done else
                      translate("Report", "Overdue") if late else translate("Report", "Open"))
            rows.append([ctx.cell(status, bold=task.done or late), ctx.cell(task.name),
                         ctx.cell(ctx.date(task.due), bold=late), ctx.cell(task.notes, muted=True)])
            extra.append(("BACKGROUND", (0, i), (0, i), GOOD_LIGHT if task.done else BAD_LIGHT if late else WARN_LIGHT))
        w = FRAME_WIDTH
        story.append(ctx.table(rows, [0.11 * w, 0.43 * w, 0.15 * w, 0.31 * w], zebra=False, extra=extra))

    story.append(ctx.heading(translate("Report", "Documents"), 1))
    if plan.documents:
        rows = [[ctx.head(translate("Report", "Document")), ctx.head(translate("Report", "Status")),
                 ctx.head(translate("Report", "Notes"))]]
        extra = []
        for i, doc in enumerate(plan.documents, 1):
            rows.append([ctx.cell(doc.name, bold=True), ctx.cell(labels.document_status(doc.status, lang)),
                         ctx.cell(doc.notes, muted=True)])
            if doc.status == "ready":
                extra.append(("BACKGROUND", (1, i), (1, i), GOOD_LIGHT))
        w = FRAME_WIDTH
        story.append(ctx.table(rows, [0.4 * w, 0.14 * w, 0.46 * w], extra=extra))
    else:
        story.append(empty_note(ctx, translate("Report", "No documents listed yet.")))
    return story
