"""The report is a tagged PDF (PDF/UA-1): read back with pikepdf, its structure tree, marked content,
artifacts, alternative texts, catalog entries and fonts are checked."""

from __future__ import annotations

import io
import re

import pytest

pikepdf = pytest.importorskip("pikepdf")

STANDARD_ROLES = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct",
    "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD",
    "THead", "TBody", "TFoot", "Span", "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby",
    "RB", "RT", "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
}
# operators that put something on the page: text showing, path painting, images and shadings
PAINTING = {"Tj", "TJ", "'", '"', "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "Do", "sh", "BI"}


class Tree:
    """The structure tree of a PDF read back: elements in order with their role, page content and kids."""

    def __init__(self, data: bytes):
        self.pdf = pikepdf.open(io.BytesIO(data))
        self.root = self.pdf.Root.StructTreeRoot
        self.page_index = {page.objgen: i for i, page in enumerate(self.pdf.pages)}
        self.elements: list[pikepdf.Dictionary] = []
        self.mcids: dict[tuple[int, int], pikepdf.Dictionary] = {}  # (page, mcid) -> its element
        self._walk(self.root.K)

    def _walk(self, node, page=None) -> None:
        if isinstance(node, pikepdf.Array):
            for kid in node:
                self._walk(kid, page)
            return
        if isinstance(node, int):
            raise AssertionError("an MCID directly under the root")
        if _is_element(node):
            self.elements.append(node)
            page = self.page_index[node.Pg.objgen] if "/Pg" in node else None
            kids = node.get("/K")
            if kids is None:
                return
            for kid in (kids if isinstance(kids, pikepdf.Array) else [kids]):
                if isinstance(kid, int):
                    self.mcids[(page, int(kid))] = node
                elif kid.get("/Type") == "/MCR":
                    self.mcids[(self.page_index[kid.Pg.objgen], int(kid.MCID))] = node
                elif kid.get("/Type") == "/OBJR":
                    continue
                else:
                    self._walk(kid, page)

    def role(self, element) -> str:
        return str(element.S)[1:]

    def kids(self, element, role: str | None = None) -> list:
        kids = element.get("/K")
        if kids is None:
            return []
        kids = list(kids) if isinstance(kids, pikepdf.Array) else [kids]
        return [k for k in kids if _is_element(k) and (role is None or self.role(k) == role)]



def _is_element(node) -> bool:
    """A structure element dictionary (its /Type is optional; marked-content and object references have theirs)."""
    return isinstance(node, pikepdf.Dictionary) and "/S" in node and node.get("/Type", "/StructElem") == "/StructElem"


def _marked_content(pdf) -> list[list[tuple[str, object, int]]]:
    """Per page: (operator, innermost marked-content tag, MCID or -1) for every painting operator."""
    pages = []
    for page in pdf.pages:
        stack: list[tuple[str, int]] = []
        found = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BDC", "BMC"):
                tag = str(operands[0])[1:]
                mcid = -1
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary) and "/MCID" in operands[1]:
                    mcid = int(operands[1].MCID)
                stack.append((tag, mcid))
            elif op == "EMC":
                assert stack, "EMC without BDC"
                stack.pop()
            elif op in PAINTING:
                found.append((op, stack[:], -1))
        assert not stack, "marked content left open at the end of a page"
        pages.append(found)
    return pages


@pytest.fixture(params=[("keusote", "fi"), ("hyvaks", "en")], ids=["keusote-fi", "hyvaks-en"])
def built(request, demo_report):
    return demo_report(*request.param)


def test_catalog_marks_a_tagged_pdf_ua_document(built):
    pdf = pikepdf.open(io.BytesIO(built.data))
    root = pdf.Root
    assert bool(root.MarkInfo.Marked) is True
    assert str(root.Lang) == {"fi": "fi-FI", "en": "en-GB"}[built.lang]
    assert bool(root.ViewerPreferences.DisplayDocTitle) is True
    xmp = root.Metadata.read_bytes().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert f">{built.plan.project.name}</rdf:li>" in xmp
    assert str(pdf.docinfo.Title) == built.plan.project.name
    for page in pdf.pages:
        assert page.obj.Tabs == "/S"
    assert "/RoleMap" not in root.StructTreeRoot  # standard roles only


def test_every_font_is_embedded(built):
    pdf = pikepdf.open(io.BytesIO(built.data))
    names = set()
    for page in pdf.pages:
        for name, font in page.obj.Resources.Font.items():
            fonts = [font] + list(font.get("/DescendantFonts", []))
            descriptors = [f.FontDescriptor for f in fonts if "/FontDescriptor" in f]
            assert descriptors and any("/FontFile2" in d or "/FontFile" in d or "/FontFile3" in d
                                       for d in descriptors), (name, font.BaseFont)
            names.add(str(font.BaseFont))
    assert not any("Helvetica" in n for n in names), names


def test_every_painting_operator_is_tagged_or_an_artifact(built):
    tree = Tree(built.data)
    parent_tree = _parent_tree(tree.pdf)
    for index, ops in enumerate(_marked_content(tree.pdf)):
        assert ops, f"page {index + 1} draws nothing"
        for op, stack, _ in ops:
            assert stack, f"page {index + 1}: {op} outside marked content"
            tags = [t for t, _ in stack]
            if "Artifact" in tags:
                continue
            mcids = [m for _, m in stack if m >= 0]
            assert len(mcids) == 1, (index, op, stack)  # never nested MCIDs
            mcid = mcids[0]
            element = parent_tree[tree.pdf.pages[index].obj.StructParents][mcid]
            assert tree.mcids[(index, mcid)].objgen == element.objgen, (index, mcid)
    # and every element the parent tree names holds that content
    for (index, mcid), element in tree.mcids.items():
        assert parent_tree[tree.pdf.pages[index].obj.StructParents][mcid].objgen == element.objgen


def _parent_tree(pdf) -> dict[int, object]:
    nums = pdf.Root.StructTreeRoot.ParentTree.Nums
    return {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}


def test_structure_roles_headings_and_contents(built):
    tree = Tree(built.data)
    roles = [tree.role(e) for e in tree.elements]
    assert roles[0] == "Document"
    assert set(roles) <= STANDARD_ROLES
    headings = [e for e in tree.elements if tree.role(e) in ("H1", "H2", "H3")]
    outline = []

    def walk(item, level):
        outline.append((level, str(item.title)))
        for kid in item.children:
            walk(kid, level + 1)

    with tree.pdf.open_outline() as o:
        for item in o.root:
            walk(item, 1)
    assert [f"H{level}" for level, _ in outline] == [tree.role(h) for h in headings]
    levels = [int(tree.role(h)[1]) for h in headings]
    assert levels[0] == 1 and all(b <= a + 1 for a, b in zip(levels, levels[1:]))  # no level skipped
    # the contents: one TOC, a TOCI per heading, each with a Link to it
    (toc,) = [e for e in tree.elements if tree.role(e) == "TOC"]
    items = tree.kids(toc, "TOCI")
    assert len(items) == len(headings)
    for item in items:
        links = tree.kids(item, "Link")
        assert links
    for page in tree.pdf.pages:
        for annot in page.obj.get("/Annots", []):
            assert str(annot.Contents).strip()
            link = _parent_tree(tree.pdf)[int(annot.StructParent)]
            assert tree.role(link) == "Link"


def test_tables_have_header_cells_and_all_their_rows(built):
    tree = Tree(built.data)
    tables = [e for e in tree.elements if tree.role(e) == "Table"]
    assert tables
    for table in tables:
        rows = tree.kids(table, "TR")
        assert rows
        widths = set()
        for row in rows:
            cells = tree.kids(row)
            assert {tree.role(c) for c in cells} <= {"TH", "TD"}
            widths.add(sum(int(c.A.get("/ColSpan", 1)) if "/A" in c else 1 for c in cells))
        spans_rows = any("/RowSpan" in c.get("/A", {}) for row in rows for c in tree.kids(row))
        assert spans_rows or len(widths) == 1, widths  # a regular table: every row as wide
    # the parties table: a header row of column heads, then one row per party
    parties = len(built.plan.parties)
    found = False
    for table in tables:
        rows = tree.kids(table, "TR")
        head = tree.kids(rows[0])
        if len(head) == 3 and len(rows) == parties + 1 and all(tree.role(c) == "TH" for c in head):
            assert all(str(c.A.Scope) == "/Column" for c in head)
            assert all(tree.role(c) == "TD" for r in rows[1:] for c in tree.kids(r))
            found = True
    assert found


def test_figures_say_what_they_show(built):
    tree = Tree(built.data)
    figures = [e for e in tree.elements if tree.role(e) == "Figure"]
    assert figures
    for figure in figures:
        alt = str(figure.get("/Alt", ""))
        assert len(alt) > 40, alt
    alts = [str(f.Alt) for f in figures]
    money = re.compile(r"\d[\d\u00a0 ]*,\d\d\u00a0€|€\u00a0?\d|\d[\d,]*\.\d\d")
    settled = [r for r in built.plan.commercial.periods if r.actual is not None]
    if settled:
        gain_pain = [a for a in alts if settled[0].name in a and money.search(a)]
        assert gain_pain, alts


def test_an_empty_section_does_not_take_a_page_of_its_own():
    from pypdf import PdfReader

    from alliance_desktop.reports.builder import render_report
    from alliance_desktop.templates import load_template

    from .conftest import CREATED

    data, pages = render_report(load_template("blank"), lang="en", created=CREATED)
    texts = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    assert pages <= 5  # cover, contents, overview with the empty timeline and chains, commercial, ...
    on = {title: next(i for i, t in enumerate(texts) if title in t and i > 1)
          for title in ("2  Timeline", "3  Service chains", "5  Risks", "6  Procurement")}
    assert on["2  Timeline"] == on["3  Service chains"] == 2  # after the overview, on its page
    assert on["5  Risks"] == on["6  Procurement"]
