"""The scan refusals every workflow page shares sit under a translation context the app
looks up: lupdate files them under WorkflowPage, the base of every page that says them
(a `tr` on a variable named `widget` was filed under "widget", looked up by nobody)."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import ui.inventory.common as common
from ui.inventory.common import WorkflowPage
from ui.inventory.receiving_page import ReceivingPage

REFUSALS = {
    "“{code}” is not a valid EAN-13: rescan it.",
    "There is no bin “{bin}” at {center}.",
    "Unknown code “{code}”.",
}


def test_lupdate_files_the_refusals_under_workflow_page(tmp_path: Path) -> None:
    ts = tmp_path / "common.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-silent", str(Path(common.__file__)), "-ts", str(ts)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    contexts = {
        context.findtext("name"): {m.findtext("source") for m in context.iter("message")}
        for context in ElementTree.parse(ts).getroot().iter("context")
    }
    found = {name for name, sources in contexts.items() if sources & REFUSALS}
    assert found == {"WorkflowPage"}
    assert contexts["WorkflowPage"] >= REFUSALS
    assert WorkflowPage in ReceivingPage.__mro__  # where PySide's tr looks at run time
