"""Build Alliance Planner as a one-folder program on this OS, self-test it and measure it.

    python packaging/build.py               # clean build into dist/alliance-desktop/, self-test, size, start time
    python packaging/build.py --zip         # also the portable zip: dist/AlliancePlanner-<version>-<os>-portable.zip
    python packaging/build.py --installer   # also the Inno Setup installer (Windows, needs ISCC.exe)
    python packaging/build.py --sign "signtool sign /a /fd SHA256 /tr http://timestamp.example /td SHA256"
                                            # sign the .exe files (and the installer and its uninstaller)
    python packaging/build.py --no-build    # only the checks, on the dist/ that is there

Needs `pip install -e '.[package]'` (PyInstaller). Takes a minute or two; it is a separate
check, not part of .ci/run (docs/packaging.md). Exits non-zero if the build, the frozen
self-test, the start with a demo or the installer fails.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import version_info  # noqa: E402 - packaging/version_info.py

SPEC = HERE / "alliance-desktop.spec"
ISS = HERE / "installer.iss"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "alliance-desktop"
IS_WIN = sys.platform == "win32"
EXE_SUFFIX = ".exe" if IS_WIN else ""
START_RUNS = 3
MIN_PYINSTALLER = (6, 10)


def say(text: str = "") -> None:
    print(text, flush=True)


def fail(text: str, code: int = 1) -> int:
    say(f"build: FAILED: {text}")
    return code


def program(name: str) -> Path:
    return BUNDLE / f"{name}{EXE_SUFFIX}"


def platform_tag() -> str:
    import platform

    machine = platform.machine().lower() or "unknown"
    machine = {"amd64": "x64", "x86_64": "x64"}.get(machine, machine)
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    return f"{system}-{machine}"


# ------------------------------------------------------------------ build


def clean() -> None:
    for folder in (WORK, DIST):
        if folder.exists():
            shutil.rmtree(folder)


def check_pyinstaller() -> str | None:
    try:
        import PyInstaller
    except ImportError:
        return "PyInstaller is not installed: pip install -e '.[package]'"
    version = tuple(int(p) for p in PyInstaller.__version__.split(".")[:2] if p.isdigit())
    if version < MIN_PYINSTALLER:
        return f"PyInstaller {PyInstaller.__version__} is too old; {'.'.join(map(str, MIN_PYINSTALLER))} or newer needed"
    return None


def build() -> int:
    problem = check_pyinstaller()
    if problem:
        return fail(problem)
    clean()
    say(f"build: PyInstaller {SPEC.relative_to(ROOT)} -> {BUNDLE.relative_to(ROOT)}/")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                             "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)], cwd=ROOT)
    if result.returncode != 0:
        return fail(f"PyInstaller exited with {result.returncode}")
    if not program(version_info.EXE_NAME).is_file():
        return fail(f"{program(version_info.EXE_NAME)} was not made")
    say(f"build: done in {time.perf_counter() - started:.0f} s")
    return 0


# ------------------------------------------------------------------ checks


def frozen_env(data_dir: Path, offscreen: bool) -> dict[str, str]:
    """The frozen program's environment: a throwaway app-data folder, offscreen Qt where asked."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["ALLIANCE_DESKTOP_DATA_DIR"] = str(data_dir)
    if offscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def self_test(tmp: Path) -> int:
    """Run the frozen `--self-test` (its lines are printed); on Windows through both programs."""
    failures = 0
    names = [version_info.CLI_EXE_NAME, version_info.EXE_NAME] if IS_WIN else [version_info.EXE_NAME]
    for name in names:
        data = tmp / f"selftest-{name}"
        exe = program(name)
        say(f"self-test: {exe.relative_to(ROOT)} --self-test")
        try:
            # the self-test writes UTF-8 whatever the console (Windows pipes are in the ANSI code page otherwise)
            result = subprocess.run([str(exe), "--self-test"], env=frozen_env(data, offscreen=False),
                                    capture_output=True, encoding="utf-8", errors="replace", timeout=300)
        except subprocess.TimeoutExpired:
            say("  FAIL: no answer within 300 s")
            failures += 1
            continue
        output = result.stdout
        report = data / "self-test.txt"  # a windowed program has no console: it writes the lines here
        if not output.strip() and report.is_file():
            output = report.read_text("utf-8")
        for line in (output + result.stderr).splitlines():
            say(f"  {line}")
        if result.returncode != 0:
            say(f"  exit code {result.returncode}")
            failures += 1
    return failures


def bundle_size() -> tuple[float, int]:
    total = files = 0
    for path in BUNDLE.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            files += 1
    return total / 1e6, files


def start_time(tmp: Path) -> tuple[list[float], str | None]:
    """Seconds for `--demo keusote --screenshot PNG` (start, open a demo, render, save, exit)."""
    times = []
    exe = program(version_info.EXE_NAME)
    env = frozen_env(tmp / "start", offscreen=not IS_WIN and not os.environ.get("QT_QPA_PLATFORM"))
    for run in range(START_RUNS + 1):  # the first run warms the disk cache; it is reported apart
        shot = tmp / f"start-{run}.png"
        began = time.perf_counter()
        result = subprocess.run([str(exe), "--demo", "keusote", "--screenshot", str(shot)], env=env,
                                capture_output=True, encoding="utf-8", errors="replace", timeout=120)
        times.append(time.perf_counter() - began)
        if result.returncode != 0 or not shot.is_file() or shot.stat().st_size < 10_000:
            return times, f"exit code {result.returncode}, {result.stderr.strip()[:300]}"
    return times, None


# ------------------------------------------------------------------ signing, zip, installer


def sign(command: str) -> int:
    for name in (version_info.EXE_NAME, version_info.CLI_EXE_NAME):
        exe = program(name)
        if exe.is_file():
            say(f"sign: {exe.name}")
            if subprocess.run(f'{command} "{exe}"', shell=True).returncode != 0:
                return fail(f"signing {exe.name} failed")
    return 0


def portable_zip(meta: dict[str, str]) -> Path:
    """dist/AlliancePlanner-<version>-<os>-portable.zip holding the folder alliance-desktop/ (symlinks kept)."""
    target = DIST / f"AlliancePlanner-{meta['version']}-{platform_tag()}-portable.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(BUNDLE.rglob("*")):
            name = path.relative_to(DIST).as_posix()
            if path.is_symlink():  # Linux bundles link libraries; unzip restores the links
                info = zipfile.ZipInfo(name)
                info.create_system = 3
                info.external_attr = 0o120777 << 16
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    return target


def find_iscc(given: str | None) -> str | None:
    candidates = [given, os.environ.get("ISCC"), shutil.which("iscc"), shutil.which("ISCC")]
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base:
            candidates.append(os.path.join(base, "Inno Setup 6", "ISCC.exe"))
    return next((c for c in candidates if c and Path(c).is_file()), None)


def installer(meta: dict[str, str], iscc: str | None, sign_command: str | None) -> int:
    if not IS_WIN:
        return fail("the Inno Setup installer is built on Windows")
    compiler = find_iscc(iscc)
    if compiler is None:
        return fail("ISCC.exe (Inno Setup 6) not found: choco install innosetup, or --iscc PATH")
    command = [compiler, "/Qp",
               f"/DAppVersion={meta['version']}", f"/DAppNumericVersion={meta['numeric_version']}",
               f"/DAppPublisher={meta['company']}", f"/DSourceDir={BUNDLE}", f"/DOutputDir={DIST}"]
    if sign_command:
        command += [f"/Ssigntool={sign_command} $f", "/DSignTool=signtool"]
    command.append(str(ISS))
    say("installer: " + " ".join(command))
    if subprocess.run(command).returncode != 0:
        return fail("ISCC failed")
    setup = DIST / f"AlliancePlanner-{meta['version']}-setup.exe"
    if not setup.is_file():
        return fail(f"{setup.name} was not made")
    say(f"installer: {setup.relative_to(ROOT)} ({setup.stat().st_size / 1e6:.1f} MB)")
    return 0


# ------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--zip", action="store_true", help="also make the portable zip")
    parser.add_argument("--installer", action="store_true", help="also make the Inno Setup installer (Windows)")
    parser.add_argument("--iscc", help="path of ISCC.exe (default: PATH, ISCC, the usual install folders)")
    parser.add_argument("--sign", metavar="COMMAND", help="sign each .exe: COMMAND \"FILE\" (e.g. signtool sign ...)")
    parser.add_argument("--no-build", action="store_true", help="skip the build; check the dist/ that is there")
    args = parser.parse_args(argv)
    if not sys.stdout.isatty():  # a CI log or a pipe reads UTF-8; Windows would write its ANSI code page there
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")
    meta = version_info.metadata()
    say(f"build: {meta['product']} {meta['version']} on {platform_tag()}, Python {sys.version.split()[0]}")

    if not args.no_build:
        code = build()
        if code:
            return code
    elif not program(version_info.EXE_NAME).is_file():
        return fail(f"{program(version_info.EXE_NAME)} is missing; build first")

    if args.sign and sign(args.sign):
        return 1

    failed = []
    with tempfile.TemporaryDirectory(prefix="alliance-build-", ignore_cleanup_errors=True) as tmp_name:
        tmp = Path(tmp_name)
        if self_test(tmp):
            failed.append("frozen self-test")
        size, files = bundle_size()
        say(f"bundle: {BUNDLE.relative_to(ROOT)}/ {size:.1f} MB in {files} files")
        times, problem = start_time(tmp)
        if problem:
            failed.append("start with a demo")
            say(f"start: FAIL --demo keusote --screenshot: {problem}")
        else:
            warm = statistics.median(times[1:])
            say(f"start: --demo keusote --screenshot PNG: {warm:.2f} s (median of {START_RUNS}; "
                f"first run {times[0]:.2f} s)")

    if failed:
        return fail(", ".join(failed))
    if args.zip:
        archive = portable_zip(meta)
        say(f"zip: {archive.relative_to(ROOT)} ({archive.stat().st_size / 1e6:.1f} MB)")
    if args.installer:
        code = installer(meta, args.iscc, args.sign)
        if code:
            return code
    say("build: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
