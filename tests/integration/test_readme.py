"""The README's examples, run in order in a fresh folder as a new user would paste them after `make demo`.

The commands are read from the README's fenced ``sh`` and ``python`` blocks, so this test follows the
README as it changes. A block may carry a marker on the line before its fence:
``<!-- readme-test: skip (why) -->`` (not run: set-up, a cluster, the network) or
``<!-- readme-test: needs java -->`` (run when Java is installed). `dragoman serve` is started in the
background on a free port, asked for its articles over HTTP, then stopped. The dictionaries the README
says a user brings are invented stand-ins; the `eval` lines need the dev gold sets (DRAGOMAN_EVAL_DIR).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, eval_dir
from tests.unit.test_cameo_import import TOY as INVENTED_CAMEO
from tests.unit.test_kb import INVENTED as INVENTED_PHOENIX

pytestmark = pytest.mark.integration
MARKER = re.compile(r"<!--\s*readme-test:\s*(skip|needs java)\b.*?-->")
FENCE = re.compile(r"^```(\w+)\s*$")
COMMENT = re.compile(r"\s+#\s.*$")


@dataclass
class Block:
    lang: str
    lines: list[str]
    marker: str | None
    line: int


def readme_blocks(text: str) -> list[Block]:
    """Every fenced sh/python block, with the marker on the line before its fence."""
    blocks: list[Block] = []
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        fence = FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        end = next(j for j in range(index + 1, len(lines)) if lines[j].startswith("```"))
        before = MARKER.search(lines[index - 1]) if index else None
        if fence.group(1) in ("sh", "python"):
            blocks.append(Block(fence.group(1), lines[index + 1:end], before.group(1) if before else None, index + 1))
        index = end + 1
    return blocks


def shell_commands(block: Block) -> list[str]:
    """The block's commands: continuation lines joined, comment lines and trailing comments dropped."""
    commands, pending = [], ""
    for raw in block.lines:
        line = raw.rstrip()
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        command = COMMENT.sub("", line).strip()
        if command and not command.startswith("#"):
            commands.append(command)
    return commands


def test_readme_blocks_are_found():
    blocks = readme_blocks((REPO / "README.md").read_text("utf-8"))
    commands = [c for b in blocks if b.lang == "sh" and b.marker is None for c in shell_commands(b)]
    assert commands[0] == "dragoman demo" and commands[1].startswith("dragoman demo --copy")
    assert any(c.startswith("dragoman export") for c in commands)
    assert any(b.marker == "skip" for b in blocks) and any(b.lang == "python" for b in blocks)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _serve(command: str, cwd: Path, env: dict[str, str]) -> str | None:
    """Run a command ending in `dragoman serve` in the background, ask it for its articles, stop it."""
    port = _free_port()
    process = subprocess.Popen(["bash", "-c", f"{command} --port {port}"], cwd=cwd, env=env, start_new_session=True,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return f"exited {process.returncode}: {process.stdout.read().decode()[-2000:]}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/articles", timeout=5) as response:
                    body = json.loads(response.read())
                return None if body else "no articles served"
            except OSError:
                time.sleep(1)
        return "no answer within 300 s"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)  # the session this test started for it
            process.wait(timeout=30)


def test_readme_examples_run_in_order(tmp_path: Path):
    work = tmp_path / "work"
    work.mkdir()
    gold = eval_dir()
    if gold is not None:  # the README's `../shared/eval`, as beside a checkout
        (tmp_path / "shared").symlink_to(gold.parent, target_is_directory=True)
    (work / "Phoenix.Invented.actors.txt").write_text(INVENTED_PHOENIX, encoding="utf-8")
    (work / "CAMEO.2.0.txt").write_text(INVENTED_CAMEO, encoding="utf-8")
    import dragoman

    here = str(Path(dragoman.__file__).resolve().parents[1])  # the commands run the Dragoman under test
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHONPATH": os.pathsep.join(p for p in (here, os.environ.get("PYTHONPATH")) if p)}

    failures, ran, skipped = [], [], []
    for block in readme_blocks((REPO / "README.md").read_text("utf-8")):
        if block.marker == "skip" or (block.marker == "needs java" and shutil.which("java") is None):
            skipped.append(f"README line {block.line}: {block.marker}")
            continue
        if block.lang == "python":
            script = work / f"readme_line_{block.line}.py"
            script.write_text("\n".join(block.lines) + "\n", encoding="utf-8")
            commands = [f"python {script.name}"]
        else:
            commands = shell_commands(block)
        for command in commands:
            if "../shared/eval" in command and gold is None:
                skipped.append(f"{command}: no gold sets (DRAGOMAN_EVAL_DIR)")
                continue
            ran.append(command)
            if "dragoman serve" in command:
                problem = _serve(command, work, env)
                if problem:
                    failures.append(f"$ {command}\n{problem}")
                continue
            result = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=work, env=env,
                                    capture_output=True, timeout=900)
            stderr = result.stderr.decode(errors="replace")
            if result.returncode != 0 or "Traceback" in stderr:
                failures.append(f"$ {command}\nexit {result.returncode}\n{stderr[-2000:]}")
    assert len(ran) > 20, (ran, skipped)
    assert not failures, "\n\n".join(failures)
