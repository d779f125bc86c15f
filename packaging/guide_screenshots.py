"""Make the user guide's pictures from the demos, as the app draws them (issue 22).

    python packaging/guide_screenshots.py [--out resources/help/images] [--check]

Each view of the Keusote demo is rendered by the app itself (`alliance-desktop --demo keusote --view V
--screenshot P --size 1280x800 --lang L`, offscreen, in its own process) in Finnish and English, then
scaled to 900 px wide and saved as a 128-colour PNG (small enough to commit: the set stays under 2 MB).
The guide's HTML (resources/help/fi, resources/help/en) shows them as ../images/<view>-<lang>.png.
`--check` makes them in a temporary folder and compares their size in pixels with the committed ones
(the pixels of text differ a little between machines' fonts, so the pictures are looked at, not diffed).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "resources" / "help" / "images"
VIEWS = ("overview", "timeline", "chains", "metrics", "commercial", "risks")
LANGS = ("fi", "en")
SIZE = "1280x800"
WIDTH = 900
COLOURS = 128


def shoot(view: str, lang: str, target: Path) -> None:
    """Render one view with the app and save it, scaled and with fewer colours, at `target`."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.png"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALLIANCE_DESKTOP_DATA_DIR=str(Path(tmp) / "data"))
        subprocess.run([sys.executable, "-m", "alliance_desktop", "--demo", "keusote", "--view", view,
                        "--screenshot", str(raw), "--size", SIZE, "--lang", lang],
                       check=True, env=env, capture_output=True, timeout=300)
        with Image.open(raw) as image:
            image = image.convert("RGB")
            height = round(image.height * WIDTH / image.width)
            small = image.resize((WIDTH, height), Image.Resampling.LANCZOS)
            small = small.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
            target.parent.mkdir(parents=True, exist_ok=True)
            small.save(target, optimize=True)


def name(view: str, lang: str) -> str:
    return f"{view}-{lang}.png"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="make them aside and compare sizes with the committed")
    args = parser.parse_args(argv)
    out = Path(tempfile.mkdtemp()) if args.check else args.out
    for view in VIEWS:
        for lang in LANGS:
            shoot(view, lang, out / name(view, lang))
            print(out / name(view, lang))
    if args.check:
        from PIL import Image

        for view in VIEWS:
            for lang in LANGS:
                with Image.open(out / name(view, lang)) as made, Image.open(OUT / name(view, lang)) as kept:
                    if made.size != kept.size:
                        print(f"{name(view, lang)}: {made.size} made, {kept.size} committed", file=sys.stderr)
                        return 1
    total = sum((out / name(v, lang)).stat().st_size for v in VIEWS for lang in LANGS)
    print(f"{len(VIEWS) * len(LANGS)} pictures, {total / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
