import subprocess
import sys


def test_cli_lists_every_contract_command():
    out = subprocess.run([sys.executable, "-m", "courtdoc.service.cli", "--help"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "bench" in out.stdout


def test_contracts_case_elements_has_every_field():
    from courtdoc.contracts import CaseElements

    data = CaseElements().to_json()
    for key in ("schema", "document_type", "court", "case_number", "cause_of_action", "charges", "parties",
                "claims", "amount_claimed", "facts_and_reasons", "evidence", "filed_on", "fee", "checks",
                "provenance"):
        assert key in data
    assert data["schema"] == "courtdoc.case/1"
