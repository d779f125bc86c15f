"""A tagged PDF (PDF/UA-1, ISO 14289-1) on ReportLab's canvas: marked content and a structure tree.

ReportLab's open-source release writes no structure tree, so this module adds one. The section
builders only say what a flowable is; everything PDF is here:

- `tag(flowable, role, alt=None)` names a flowable's structure role ("H1", "P", "LI", "Figure", ...;
  `ARTIFACT` for decoration). Without one, a Paragraph is a `P`, a Drawing an artifact (a figure needs
  its `/Alt`, so `figure(drawing, alt)`), any other flowable that draws a `P`. A Table carries a
  `TableTags` (`renderCB`, ReportLab's table-drawing hook) that makes `Table`/`TR`/`TH`/`TD` (or the
  contents' `TOC`/`TOCI`, or a layout grid's `P`s) and marks its backgrounds and rules as artifacts.
- `TaggedFrame` (a platypus Frame) wraps what each flowable draws in a marked-content sequence
  (`/P <</MCID n>> BDC … EMC`) and adds its structure element to the document's, in drawing order,
  which is the reading order (one frame per page). Consecutive `LI`s become one `L`.
- `Tagger.artifact(canv)` wraps page furniture (running header, footer, page numbers, rules) as
  `/Artifact`, and a link annotation drawn inside a structure element becomes its `Link` (`/OBJR`).
- `Tagger.write(canv)`, just before the canvas saves, writes the StructTreeRoot, the ParentTree
  (page `/StructParents` and annotation `/StructParent` keys), `/MarkInfo <</Marked true>>`,
  XMP metadata (dc:title, `pdfuaid:part` 1) and `/Tabs /S` on every page.

The canvas must have a `tagger` attribute (builder._Canvas). Output stays deterministic: element
order is the drawing order and nothing depends on object identity or time.
"""

from __future__ import annotations

import datetime as _dt
import struct
import zlib
from array import array
from contextlib import contextmanager
from xml.sax.saxutils import escape as _xml_escape

from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFObject
from reportlab.platypus import Frame, Paragraph
from reportlab.platypus.flowables import Spacer
from reportlab.platypus.tables import TableRenderCB

ARTIFACT = "Artifact"
_TAG_ATTR = "_pdf_tag"


class Element:
    """A structure element: its role, parent, kids (elements, marked content, link annotations), attributes."""

    __slots__ = ("role", "parent", "kids", "alt", "lang", "attributes", "number", "size")

    def __init__(self, role: str, parent: Element | None = None, *, alt: str | None = None,
                 lang: str | None = None, attributes: dict | None = None):
        self.role = role
        self.parent = parent
        # Element | marked content: page index << 24 | MCID | ("annot", annotation object) | a table cell of its
        # own (a TD element with one marked content, no attributes): ~(page index << 24 | MCID), a negative int.
        # (A report has a TD per table cell, 350 000 at 64x: a number each instead of an element and its list;
        # a row of such cells only keeps them in an array of 8-byte numbers: Tagger.begin_cell.)
        self.kids: list | array = []
        self.alt = alt
        self.lang = lang
        self.attributes = attributes
        self.number = 0  # its object number (Tagger.write)
        self.size = 0  # how many elements it and those under it are (Tagger.write)
        if parent is not None:
            kids = parent.kids
            if type(kids) is not list:  # a row's array of cells: a list again, to hold an element
                kids = parent.kids = list(kids)
            kids.append(self)

    def elements(self) -> list[Element]:
        """This element and every element under it, in order (not the cells kept as numbers)."""
        found, stack = [], [self]
        while stack:
            element = stack.pop()
            found.append(element)
            stack.extend(kid for kid in reversed(element.kids) if isinstance(kid, Element))
        return found

    def numbered(self, number: int, owners: list) -> int:
        """Number this element and those under it in order from `number` (object numbers); `owners[page][MCID]`
        gets the number of the element each marked content belongs to. Returns the next free number."""
        self.number = number
        number += 1
        for kid in self.kids:
            if type(kid) is int:
                if kid < 0:  # a cell of its own
                    kid = ~kid
                    owners[kid >> 24][kid & 0xFFFFFF] = number
                    number += 1
                else:
                    owners[kid >> 24][kid & 0xFFFFFF] = self.number
            elif isinstance(kid, Element):
                number = kid.numbered(number, owners)
        self.size = number - self.number
        return number


def tag(flowable, role: str | None, alt: str | None = None, lang: str | None = None):
    """Give a flowable its structure role (and for a Figure its alternative text); returns the flowable.
    None: the flowable tags what it draws itself (it draws a table with a `TableTags`)."""
    setattr(flowable, _TAG_ATTR, (role, alt, lang))
    return flowable


def figure(drawing, alt: str):
    """A chart or diagram as a Figure whose /Alt is `alt` (say what it shows, in the report's language)."""
    return tag(drawing, "Figure", alt)


def _flowable_tag(flowable) -> tuple[str | None, str | None, str | None]:
    given = getattr(flowable, _TAG_ATTR, None)
    if given is not None:
        return given
    if getattr(flowable, "_renderCB", None) is not None or isinstance(flowable, Spacer):
        return None, None, None  # a table tags itself; a spacer draws nothing
    if isinstance(flowable, Paragraph):
        return ("LI" if flowable.bulletText else "P"), None, None
    if isinstance(flowable, Drawing):
        return ARTIFACT, None, None
    return "P", None, None


class Tagger:
    """Collects the structure tree while the story is drawn, and writes it into the PDF."""

    def __init__(self, lang: str, title: str, created: _dt.date, *, author: str = "", subject: str = "",
                 creator: str = ""):
        self.lang = lang
        self.title = title
        self.created = created
        self.author = author
        self.subject = subject
        self.creator = creator
        self.root = Element("Document")
        self.pages: list[int] = []  # page index -> how many MCIDs it has
        self.annotations: list[tuple[object, Element]] = []  # (annotation, its Link element)
        # the element whose content is being drawn; (row, index): the cell at row.kids[index] (kept as a number)
        self.current: Element | tuple | None = None
        self._after: list = []  # drawn at the end of the current marked content (see after())
        self._last: Element | None = None  # the last element the frame added (to group LIs into an L)

    # ------------------------------------------------------------ marked content

    def _next(self, canv) -> tuple[int, int]:
        """(page index, MCID) of the next marked content on the current page."""
        index = canv._pageNumber - 1
        pages = self.pages
        while len(pages) <= index:
            pages.append(0)
        mcid = pages[index]
        pages[index] = mcid + 1
        return index, mcid

    def _mcid(self, canv, element: Element) -> int:
        index, mcid = self._next(canv)
        element.kids.append(index << 24 | mcid)  # an int, not a tuple: one per table cell
        return mcid

    def begin_cell(self, canv, row: Element) -> None:
        """Start the marked content of a table cell (TD, no attributes) of `row` (end it with `end`)."""
        index, mcid = self._next(canv)
        kids = row.kids
        if not kids and type(kids) is list:
            kids = row.kids = array("q")
        self.current = (row, len(kids))
        kids.append(~(index << 24 | mcid))
        canv._code.append(f"/TD <</MCID {mcid}>> BDC")

    def begin(self, canv, element: Element) -> None:
        """Start a marked-content sequence of `element` (end it with `end`)."""
        canv._code.append(f"/{element.role} <</MCID {self._mcid(canv, element)}>> BDC")
        self.current = element

    def end(self, canv) -> None:
        self.flush(canv)
        canv._code.append("EMC")
        self.current = None

    def after(self, draw) -> None:
        """Draw `draw(canv)` at the end of the current marked content, after what is being drawn (a paragraph's
        onDraw callback runs before the paragraph's text is put on the page: a contents entry's dots and page
        number follow its text in reading order)."""
        self._after.append(draw)

    def flush(self, canv) -> None:
        after, self._after = self._after, []
        for draw in after:
            draw(canv)

    @contextmanager
    def artifact(self, canv, kind: str = "Layout"):
        """What is drawn inside is an artifact (page furniture, decoration)."""
        canv._code.append(f"/Artifact <</Type /{kind}>> BDC")
        try:
            yield
        finally:
            canv._code.append("EMC")

    def link(self, annotation) -> None:
        """A link annotation made while drawing an element's content: a Link element with its /OBJR."""
        parent = self.current
        if isinstance(parent, tuple):  # a cell kept as a number: it becomes an element of its own now
            row, index = parent
            if type(row.kids) is not list:
                row.kids = list(row.kids)
            parent = Element("TD")
            parent.parent = row
            parent.kids.append(~row.kids[index])
            row.kids[index] = self.current = parent
        link = Element("Link", parent or self.root)
        link.kids.append(("annot", annotation))
        self.annotations.append((annotation, link))

    # ------------------------------------------------------------ flowables (TaggedFrame)

    def place(self, role: str, alt: str | None = None, lang: str | None = None) -> Element:
        """A new element in reading order (an LI goes into the L just before it, or a new one)."""
        if role == "LI":
            last = self._last
            if last is not None and last.role == "L" and self.root.kids and self.root.kids[-1] is last:
                lst = last
            else:
                lst = Element("L", self.root)
            item = Element("LI", lst)
            self._last = lst
            return Element("LBody", item, lang=lang)
        element = Element(role, self.root, alt=alt, lang=lang)
        self._last = element
        return element

    def container(self, role: str) -> Element:
        element = Element(role, self.root)
        self._last = element
        return element

    # ------------------------------------------------------------ writing

    def write(self, canv) -> None:
        """The structure tree, parent tree, catalog entries, XMP metadata and page entries.

        The structure elements (a report has one per table cell: tens of thousands in a large plan, more
        than half a million at 64x) are one block of consecutive object numbers, registered with ReportLab
        as a single `_Block`: each element's indirect object is made here as ready-made bytes (its
        dictionary one f-string), joined into chunks with the offsets inside them, and the elements are let
        go; `_TaggedDocument.format` puts the chunks in the file and their offsets in the cross-reference
        table. (A ReportLab object per element, registered in its dictionaries, took about 500 bytes
        each while the file was formatted: 290 MiB at 64x.)"""
        doc = canv._doc
        pages = doc.Pages.pages
        numbers = doc.idToObjectNumberAndVersion

        def number(obj) -> int:
            return numbers[doc.Reference(obj).name][0]

        page_numbers = [number(page) for page in pages]
        block = _Block()
        first = number(block)
        owners = [array("l", [0]) * count for count in self.pages[:len(pages)]]  # page -> MCID -> element number
        owners += [array("l")] * (len(pages) - len(owners))
        total = self.root.numbered(first, owners) - first
        streams = -(-total // _PER_STREAM)
        block.elements = total
        block.count = total + streams
        doc.objectcounter += block.count - 1  # the block's numbers: elements, then their object streams
        root = _Raw()
        root_number = number(root)
        link_keys: dict[int, int] = {}
        for n, (annotation, _link) in enumerate(self.annotations):
            key = len(pages) + n
            link_keys[id(annotation)] = key
            if isinstance(annotation, PDFDictionary):  # a URL link (canvas.linkURL)
                annotation["StructParent"] = key
            else:
                annotation.permitted = tuple(annotation.permitted) + ("StructParent",)
                annotation.otherkw["StructParent"] = key
        annotation_pages = {}
        for index, page in enumerate(pages):
            for ref in page.Annots or ():
                annotation_pages[getattr(ref, "name", None)] = index
        heads: list[str] = []  # "number offset" of each element in the object stream being made
        bodies: list[str] = []
        size = 0  # characters (= bytes, ASCII) of `bodies`

        def put(number: int, text: str) -> None:
            nonlocal size, heads, bodies
            heads.append(f"{number} {size}")
            bodies.append(text)
            size += len(text)
            if len(bodies) == _PER_STREAM:
                block.add_stream(first + block.elements + len(block.offsets), heads, bodies)
                heads, bodies, size = [], [], 0

        def write(element: Element, parent: int) -> None:
            kids = []
            first_page = None
            cursor = element.number + 1  # the number of the next element under this one
            for kid in element.kids:
                if isinstance(kid, Element):
                    kids.append(f"{kid.number} 0 R")
                    cursor = kid.number + kid.size
                elif isinstance(kid, int):
                    if kid < 0:
                        kids.append(f"{cursor} 0 R")
                        cursor += 1
                        continue
                    index, mcid = kid >> 24, kid & 0xFFFFFF
                    if first_page is None:
                        first_page = index
                    if index == first_page:
                        kids.append(str(mcid))
                    else:
                        kids.append(f"<</Type/MCR/Pg {page_numbers[index]} 0 R/MCID {mcid}>>")
                else:
                    ref = doc.Reference(kid[1])
                    page = page_numbers[annotation_pages.get(ref.name, 0)]
                    kids.append(f"<</Type/OBJR/Obj {numbers[ref.name][0]} 0 R/Pg {page} 0 R>>")
            text = [f"<</S/{element.role}/P {parent} 0 R"]
            if first_page is not None:
                text.append(f"/Pg {page_numbers[first_page]} 0 R")
            if kids:
                text.append(f"/K {kids[0]}" if len(kids) == 1 else f"/K[{' '.join(kids)}]")
            if element.alt:
                text.append("/Alt " + _text_string(element.alt))
            if element.lang:
                text.append("/Lang " + _text_string(element.lang))
            if element.attributes:
                attrs = "".join(f"/{k}/{v}" if isinstance(v, str) else f"/{k} {v}"
                                for k, v in element.attributes.items())
                text.append(f"/A<</O/Table{attrs}>>")
            text.append(">>\n")
            put(element.number, "".join(text))
            cursor = element.number + 1
            for kid in element.kids:
                if isinstance(kid, Element):
                    write(kid, element.number)
                    cursor = kid.number + kid.size
                elif isinstance(kid, int) and kid < 0:  # a cell of its own: a TD with its one marked content
                    kid = ~kid
                    put(cursor, f"<</S/TD/P {element.number} 0 R/Pg {page_numbers[kid >> 24]} 0 R"
                                f"/K {kid & 0xFFFFFF}>>\n")
                    cursor += 1
            element.kids = []  # written: its kids' memory goes now

        write(self.root, root_number)
        if bodies:
            block.add_stream(first + block.elements + len(block.offsets), heads, bodies)
        doc.__class__ = _TaggedDocument
        nums = []
        for index, marked in enumerate(owners[:len(self.pages)]):
            nums.append(f"{index}[{' '.join(f'{n} 0 R' for n in marked)}]")
        del owners
        for annotation, link in self.annotations:
            nums.append(f"{link_keys[id(annotation)]} {link.number} 0 R")
        parent_tree = _Raw()
        parent_tree.data = ("<</Nums[" + "\n".join(nums) + "]>>").encode("latin-1")
        root.data = (f"<</Type/StructTreeRoot/K {self.root.number} 0 R"
                     f"/ParentTree {number(parent_tree)} 0 R"
                     f"/ParentTreeNextKey {len(pages) + len(self.annotations)}>>").encode("latin-1")
        catalog = doc.Catalog
        catalog.StructTreeRoot = root
        catalog.MarkInfo = PDFDictionary({"Marked": "true"})
        catalog.Metadata = pdfdoc.XMP(creator=lambda _doc: self.xmp())
        for index, page in enumerate(pages):
            page.__NoDefault__ = list(page.__NoDefault__) + ["StructParents", "Tabs"]
            page.StructParents = index
            page.Tabs = PDFName("S")
        # the tree is in the objects' bytes now: let the elements go before the file is formatted
        self.root, self.pages, self.annotations, self._last = Element("Document"), [], [], None

    def xmp(self) -> bytes:
        """XMP metadata: title, author, subject, language, dates and the PDF/UA-1 identification."""
        date = f"{self.created.isoformat()}T00:00:00Z"
        x = _xml_escape
        return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x(self.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{x(self.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(self.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{x(self.lang)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>{x(self.creator)}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode("utf-8")


class _Raw(PDFObject):
    """An object written as the bytes it was given (`data`); slots, no instance dictionary (one per
    structure element: tens of thousands)."""

    __slots__ = ("data", "__InternalName__")

    def __init__(self, data: bytes = b""):
        self.data = data

    def format(self, document):
        return self.data


_ROW = struct.Struct(">BIH")  # a cross-reference stream row: type, offset or stream, 0 or index
_PER_STREAM = 200  # structure elements per object stream


class _Block(PDFObject):
    """The structure elements' objects: `count` consecutive object numbers from this one's, the `elements`
    first (compressed, in object streams of _PER_STREAM), then the object streams, which
    `_TaggedDocument.format` writes as they are (`chunks`; `offsets`: where each starts, counted from the
    first one's start)."""

    def __init__(self):
        self.count = self.elements = self.size = 0
        self.chunks: list[bytes] = []
        self.offsets = array("q")

    def add_stream(self, number: int, heads: list[str], bodies: list[str]) -> None:
        head = " ".join(heads) + "\n"
        data = zlib.compress((head + "".join(bodies)).encode("ascii"))
        chunk = (f"{number} 0 obj\n<</Type/ObjStm/N {len(heads)}/First {len(head)}/Filter/FlateDecode"
                 f"/Length {len(data)}>>\nstream\n").encode("ascii") + data + b"\nendstream\nendobj\n"
        self.offsets.append(self.size)
        self.size += len(chunk)
        self.chunks.append(chunk)


class _TaggedDocument(pdfdoc.PDFDocument):
    """ReportLab's document, formatted as ReportLab does (`PDFDocument.format`), except that the `_Block`
    of structure elements is many objects in object streams, and the cross-reference table is a
    (compressed) cross-reference stream, which objects in object streams need (PDF 1.5)."""

    def format(self):
        self.encrypt.prepare(self)
        cat, info = self.Catalog, self.info
        self.Reference(cat)
        self.Reference(info)
        if self.encrypt.info():
            raise ValueError("a tagged report is not encrypted")
        numbertoid, idToOb, idToOf = self.numberToId, self.idToObject, self.idToOffset  # noqa: N806
        rows = bytearray(_ROW.pack(0, 0, 65535))  # the cross-reference stream's rows, by object number
        self._pdfVersion = (1, 7)  # object streams (1.5); PDF/UA-1 is on ISO 32000-1
        self.__accum__ = out = pdfdoc.PDFFile(self._pdfVersion)
        counter = 0
        extra = 0  # numbers of a block beyond its first
        while True:
            counter += 1
            if counter not in numbertoid:
                break
            oid = numbertoid[counter]
            obj = idToOb[oid]
            if isinstance(obj, _Block):
                for index in range(obj.elements):
                    rows += _ROW.pack(2, counter + obj.elements + index // _PER_STREAM, index % _PER_STREAM)
                start = out.offset
                for chunk in obj.chunks:
                    out.add(chunk)
                for offset in obj.offsets:
                    rows += _ROW.pack(1, start + offset, 0)
                idToOf[oid] = start
                counter += obj.count - 1
                extra += obj.count - 1
                obj.chunks, obj.offsets = [], array("q")
                continue
            offset = out.add(pdfdoc.PDFIndirectObject(oid, obj).format(self))
            idToOf[oid] = offset
            rows += _ROW.pack(1, offset, 0)
        del self.__accum__
        total = len(numbertoid) + extra
        if counter - 1 != total or len(rows) != (total + 1) * _ROW.size:
            raise ValueError(f"{counter - 1} objects written, {total} numbered")
        xref_number, xref_offset = total + 1, out.offset
        rows += _ROW.pack(1, xref_offset, 0)
        data = zlib.compress(bytes(rows))
        del rows
        ids = self.ID()
        ids = ids[ids.index(b"["):ids.index(b"]") + 1]
        root, info_ref = (self.Reference(o).format(self) for o in (cat, info))
        out.add(b"%d 0 obj\n<</Type/XRef/Size %d/W[1 4 2]/Root %s/Info %s/ID%s/Filter/FlateDecode/Length %d>>\n"
                b"stream\n" % (xref_number, xref_number + 1, root, info_ref, ids, len(data)) + data
                + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_offset)
        return out.format(self)


def _text_string(text: str) -> str:
    """A PDF text string: UTF-16BE with a byte order mark, in hexadecimal (any character, no escaping)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class TaggedFrame(Frame):
    """A Frame that wraps each flowable's drawing in marked content and adds its structure element."""

    def _add(self, flowable, canv, trySplit=0):
        if isinstance(flowable, Drawing) and "initialFontName" not in flowable.__dict__:
            # a Drawing starts in the canvas's own font (ReportLab's default would add the standard,
            # non-embedded Helvetica to the PDF even when every string names another font)
            flowable.initialFontName = canv._initialFontName
        tagger = getattr(canv, "tagger", None)
        role = None
        if tagger is not None and not getattr(flowable, "frameAction", None):
            role, alt, lang = _flowable_tag(flowable)
        if role is None:
            return super()._add(flowable, canv, trySplit)
        start = len(canv._code)
        element = Element(role, alt=alt, lang=lang) if role != ARTIFACT else None
        tagger.current = element
        try:
            added = super()._add(flowable, canv, trySplit)
        finally:
            tagger.current = None
        if added:
            tagger.flush(canv)
        else:
            tagger._after.clear()
        if not added or len(canv._code) == start:
            return added
        if element is None:
            canv._code.insert(start, "/Artifact <</Type /Layout>> BDC")
        else:
            placed = tagger.place(role, alt, lang)
            placed.kids.extend(element.kids)  # links made while drawing
            for kid in element.kids:
                if isinstance(kid, Element):
                    kid.parent = placed
            mcid = tagger._mcid(canv, placed)
            placed.kids.insert(0, placed.kids.pop())  # the content first, then its links
            canv._code.insert(start, f"/{placed.role} <</MCID {mcid}>> BDC")
        canv._code.append("EMC")
        return added

    add = _add  # (Frame.add is an alias of Frame._add)


class TableTags(TableRenderCB):
    """A table's structure, made as ReportLab draws it (`Table(..., renderCB=TableTags(...))`).

    kind "table": Table / TR / TH (header rows: /Scope /Column; `row_heads`: the first column,
    /Scope /Row) / TD, with /ColSpan and /RowSpan; one Table element over all the pages it splits
    over, the header rows repeated on a later page being artifacts. kind "toc": the contents, TOC /
    TOCI (a row each). kind "layout": a grid that only places things (the cover's facts, the headline
    cards): each cell with content is a P. Backgrounds and rules are artifacts."""

    def __init__(self, kind: str = "table", header_rows: int = 1, row_heads: bool = False):
        if kind not in ("table", "toc", "layout"):
            raise ValueError(kind)
        self.kind = kind
        self.header_rows = header_rows
        self.row_heads = row_heads
        self.element: Element | None = None
        self.parts = 0
        self._repeat = 0
        self._row: Element | None = None
        self._skip = False

    def _tagger(self, T) -> Tagger | None:
        return getattr(T.canv, "tagger", None)

    def startTable(self, T):  # noqa: N802 - ReportLab API
        tagger = self._tagger(T)
        self.parts += 1
        self._repeat = T.repeatRows if self.parts > 1 and isinstance(T.repeatRows, int) else 0
        if tagger is not None and self.element is None and self.kind != "layout":
            self.element = tagger.container("TOC" if self.kind == "toc" else "Table")

    def startBG(self, T):  # noqa: N802
        if self._tagger(T) is not None:
            T.canv._code.append("/Artifact <</Type /Layout>> BDC")

    def endBG(self, T):  # noqa: N802
        if self._tagger(T) is not None:
            T.canv._code.append("EMC")

    startLines = startBG  # noqa: N815
    endLines = endBG  # noqa: N815

    def startRow(self, T, rowNo):  # noqa: N802, N803
        self._row = None
        self._skip = rowNo < self._repeat
        if self._tagger(T) is not None and not self._skip and self.kind == "table":
            self._row = Element("TR", self.element)

    def endRow(self, T):  # noqa: N802
        self._row = None

    def startCell(self, T, rowNo, colNo, cellval, cellstyle, pos, size):  # noqa: N802, N803
        tagger = self._tagger(T)
        self._open = False
        if tagger is None:
            return
        canv = T.canv
        if self._skip:
            canv._code.append("/Artifact <</Type /Pagination>> BDC")
            self._open = True
            return
        if self.kind != "table" and _empty(cellval):
            return
        if self.kind == "toc":
            element = Element("TOCI", self.element)
        elif self.kind == "layout":
            element = tagger.place("P")
        else:
            head = self.parts == 1 and rowNo < self.header_rows
            row_head = self.row_heads and colNo == 0 and not head
            attributes = {}
            if head or row_head:
                attributes["Scope"] = "Column" if head else "Row"
            span = getattr(T, "_spanRanges", {}).get((colNo, rowNo)) if T._spanCmds else None
            if span:
                sc, sr, ec, er = span
                if ec > sc:
                    attributes["ColSpan"] = ec - sc + 1
                if er > sr:
                    attributes["RowSpan"] = er - sr + 1
            if not (head or row_head or attributes):
                tagger.begin_cell(canv, self._row)
                self._open = True
                return
            element = Element("TH" if head or row_head else "TD", self._row, attributes=attributes or None)
        tagger.begin(canv, element)
        self._open = True

    def endCell(self, T):  # noqa: N802
        if self._open:
            tagger = self._tagger(T)
            if tagger is not None:
                tagger.flush(T.canv)
                tagger.current = None
            T.canv._code.append("EMC")
            self._open = False

    def endTable(self, T):  # noqa: N802
        pass


def _empty(cellval) -> bool:
    if cellval is None or cellval == "":
        return True
    if isinstance(cellval, (list, tuple)):
        return all(_empty(v) for v in cellval)
    return isinstance(cellval, Spacer)


__all__ = ["ARTIFACT", "Element", "TableTags", "TaggedFrame", "Tagger", "figure", "tag"]
