"""Every bad-input kind gives the exact record and message a user can act on (docs/troubleshooting.md)."""
from __future__ import annotations

import hashlib

import pytest
from click.testing import CliRunner

from minutebook.cli import main
from minutebook.extract.emit import record_dict
from minutebook.models.errors import PageFailed
from minutebook.extract.limits import Limits
from minutebook.extract.pipeline import extract
from minutebook.extract.pdf.read import load_pdf, read_pages

from conftest import core, fixture_pdf, sample

ENGINES = ["pdfium", "pdfplumber"]


def run(name: str, **kw) -> list[dict]:
    return core([record_dict(r) for r in extract(fixture_pdf(name), **kw)])


def sha(name: str) -> str:
    return hashlib.sha256(fixture_pdf(name).read_bytes()).hexdigest()


def the_error(name: str, **kw) -> dict:
    """The one record a file that cannot be read gives."""
    records = run(name, **kw)
    assert [r["record_type"] for r in records] == ["error"], records
    error = records[0]
    digest = sha(name)
    assert error["source"] == {"file": name, "sha256": digest, "pages": []}
    assert error["pack_id"] == f"{digest[:12]}/pack"
    assert error["id"] == f"{digest[:12]}/error/{error['kind']}"
    return error


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(
    "name,kind,message",
    [
        ("empty.pdf", "empty", "empty.pdf: the file is empty (the file has no bytes; download it again)"),
        ("html-saved-as.pdf", "not_a_pdf",
         "html-saved-as.pdf: an HTML page (the file does not start with %PDF-; is it an HTML error page or "
         "another format saved as .pdf?)"),
        ("truncated.pdf", "truncated",
         "truncated.pdf: the file ends before the PDF end marker %%EOF (the download was cut short; "
         "download the file again)"),
        ("encrypted.pdf", "encrypted",
         "encrypted.pdf: encrypted (the PDF is password-protected; pass its password with --password)"),
        ("zero-pages.pdf", "no_pages",
         "zero-pages.pdf: the PDF has no pages (the PDF holds no pages; download it again or ask the "
         "publisher for the full document)"),
    ],
)
def test_unreadable_file_gives_one_error_record(name, kind, message, engine):
    error = the_error(name, engine=engine)
    assert (error["stage"], error["kind"], error["message"]) == ("read", kind, message)


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_pdf_opens_with_its_password(engine):
    records = run("encrypted.pdf", engine=engine, password="minutebook")
    assert [r["record_type"] for r in records] == ["pack", "page", "page"]
    assert records[1]["text"].startswith("PARISH COUNCIL\nMinutes of the meeting held on 4 March 2024")


@pytest.mark.parametrize("engine", ENGINES)
def test_pdf_that_only_restricts_copying_reads_without_a_password(engine):
    records = run("restricted.pdf", engine=engine)
    assert [r["record_type"] for r in records] == ["pack", "page", "page"]
    assert records[2]["text"] == "4. Correspondence: a letter from the county council was noted.\n5. Date of next meeting: 1 April 2024."


@pytest.mark.parametrize("engine", ENGINES)
def test_wrong_password_is_told_apart_from_no_password(engine):
    error = the_error("encrypted.pdf", engine=engine, password="not-it")
    assert error["kind"] == "wrong_password"
    assert error["message"] == ("encrypted.pdf: encrypted and the password is wrong (the password given "
                                "with --password does not open it; check the password)")


def test_too_many_pages_is_refused_before_reading():
    from pdfgen import pages_pdf

    claim = pages_pdf([["one real page"]], claim_count=1_000_000)
    records = core([record_dict(r) for r in extract(claim, name="claim.pdf")])
    assert [(r["record_type"], r["kind"]) for r in records] == [("error", "too_many_pages")]
    assert records[0]["message"] == (
        "claim.pdf: the PDF claims 1000000 pages, over the limit of 5000 (the PDF claims more pages than the "
        "page limit; raise it with --max-pages if you trust the file)")


def test_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(sample("milburn-pc-minutes-2020-07-14.pdf").read_bytes())
    records = core([record_dict(r) for r in extract(big, limits=Limits(max_bytes=50_000))])
    assert [(r["record_type"], r["kind"]) for r in records] == [("error", "too_large")]
    assert records[0]["message"] == (
        "big.pdf: 0.1 MB is over the limit of 0 MB (the file is bigger than the size limit; raise it with "
        "--max-mb if you trust the file, or split it)")


def test_a_pack_with_no_resolved_gives_its_pages_and_no_read_problem():
    records = [record_dict(r) for r in extract(fixture_pdf("no-resolved.pdf"))]
    assert [r["record_type"] for r in core(records)] == ["pack", "page", "page"]
    assert "resolved" not in " ".join(r.get("text", "") for r in records).lower()
    assert not [r for r in records if r["record_type"] == "error"
                or (r["record_type"] == "resolution" and r["formula"] == "resolved")]
    # its one decision is worded without the word: "The minutes of the last meeting were approved and signed."
    assert [(r["formula"], r["subject"]) for r in records if r["record_type"] == "resolution"] == [
        ("approved", "The minutes of the last meeting")]
    # Where the resolutions stage is part of the pipeline, it says it found none, and nothing else does.
    from importlib.util import find_spec

    said = [(r["stage"], r["message"]) for r in records if r["record_type"] == "warning"]
    if find_spec("minutebook.extract.resolutions.find"):
        assert ("resolutions", "no RESOLVED statement found") in said
    assert [stage for stage, _ in said if stage in ("read", "ocr")] == []


@pytest.mark.parametrize("engine", ENGINES)
def test_scanned_page_without_ocr_gives_a_warning_naming_the_page(engine):
    records = run("scanned.pdf", engine=engine, ocr=False)
    assert [r["record_type"] for r in records] == ["pack", "page", "warning"]
    page, warning = records[1], records[2]
    assert page["text"] == "" and page["ocr"] is False
    digest = sha("scanned.pdf")
    assert warning == {
        "record_type": "warning", "id": f"{digest[:12]}/warning/no_text_layer-p1", "schema_version": "1",
        "pack_id": f"{digest[:12]}/pack", "stage": "ocr", "kind": "no_text_layer",
        "message": "scanned.pdf: page 1 has no text layer and OCR is turned off (run without --no-ocr to "
                   "read scanned pages with Tesseract)",
        "source": {"file": "scanned.pdf", "sha256": digest, "pages": [1]},
    }


def test_scanned_page_without_tesseract_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr("minutebook.extract.pdf.ocr.shutil.which", lambda name: None)
    warning = run("scanned.pdf")[-1]
    assert warning["kind"] == "no_text_layer"
    assert warning["message"] == (
        "scanned.pdf: page 1 has no text layer and Tesseract is not installed (install Tesseract to read "
        "scanned pages: apt-get install tesseract-ocr (or your system's package))")


def test_blank_page_is_not_taken_for_a_scan():
    from pdfgen import pages_pdf

    records = core([record_dict(r) for r in extract(pages_pdf([["Some minutes text on the first page"], []]), name="b.pdf")])
    assert [r["record_type"] for r in records] == ["pack", "page", "page"]


def _fail_page_two(monkeypatch, engine):
    """Make the engine's per-page work fail on page 2 only, as a damaged page does."""
    if engine == "pdfium":
        import minutebook.extract.pdf.pdfium_engine as mod

        real = mod._read_page

        def flaky(doc, index):
            if index == 1:
                raise ValueError("bad content stream")
            return real(doc, index)

        monkeypatch.setattr(mod, "_read_page", flaky)
    else:
        import pdfplumber.page

        real = pdfplumber.page.Page.extract_text_lines

        def flaky(self, *a, **k):
            if self.page_number == 2:
                raise ValueError("bad content stream")
            return real(self, *a, **k)

        monkeypatch.setattr(pdfplumber.page.Page, "extract_text_lines", flaky)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_page_that_fails_is_skipped_with_a_warning_and_the_pack_goes_on(monkeypatch, engine):
    _fail_page_two(monkeypatch, engine)
    pdf = sample("milburn-pc-minutes-2020-07-14.pdf")
    records = core([record_dict(r) for r in extract(pdf, engine=engine)])
    assert [(r["record_type"], r.get("number")) for r in records] == [
        ("pack", None), ("page", 1), ("page", 3), ("warning", None)]
    warning = records[-1]
    assert warning["kind"] == "page_failed" and warning["stage"] == "read"
    assert warning["source"]["pages"] == [2]
    assert warning["id"].endswith("/warning/page_failed-p2")
    assert warning["message"] == (
        "milburn-pc-minutes-2020-07-14.pdf: page 2 could not be read (ValueError: bad content stream) (the "
        "page is damaged and was skipped; the other pages were read; repair the PDF (e.g. qpdf) to read it)")
    # Evidence still points at the right printed labels after the gap.
    assert records[2]["source"]["pages"] == [3]


@pytest.mark.parametrize("engine", ENGINES)
def test_read_pages_without_a_callback_raises_the_page_failure(monkeypatch, engine):
    _fail_page_two(monkeypatch, engine)
    with pytest.raises(PageFailed) as info:
        list(read_pages(load_pdf(sample("milburn-pc-minutes-2020-07-14.pdf")), engine))
    assert info.value.pages == (2,)


def test_every_page_failing_gives_an_error_after_the_warnings(monkeypatch):
    import minutebook.extract.pdf.pdfium_engine as mod

    monkeypatch.setattr(mod, "_read_page", lambda doc, index: (_ for _ in ()).throw(ValueError("broken")))
    records = core([record_dict(r) for r in extract(sample("milburn-pc-minutes-2020-07-14.pdf"))])
    assert [r["record_type"] for r in records] == ["warning", "warning", "warning", "error"]
    assert records[-1]["kind"] == "corrupt"
    assert records[-1]["message"].startswith("milburn-pc-minutes-2020-07-14.pdf: no page could be read (")


def test_a_later_stage_bug_is_an_internal_error_not_a_crash(monkeypatch):
    import minutebook.extract.pipeline as pipeline

    def broken(ctx, doc):
        yield pipeline.pack_record(ctx, doc.engine)
        raise KeyError("oops")

    monkeypatch.setattr(pipeline, "records_for", broken)
    records = core([record_dict(r) for r in extract(sample("milburn-pc-minutes-2020-07-14.pdf"))])
    assert [r["record_type"] for r in records] == ["pack", "error"]
    assert (records[1]["kind"], records[1]["stage"]) == ("internal", "pipeline")
    assert records[1]["message"] == ("milburn-pc-minutes-2020-07-14.pdf: KeyError: 'oops' (this is a bug in "
                                     "minutebook; please report it with the file)")


# --- the CLI: exit 1 for a file that gave nothing, 0 for records with warnings -------------------------

def cli(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.mark.parametrize("name", ["empty.pdf", "html-saved-as.pdf", "truncated.pdf", "encrypted.pdf", "zero-pages.pdf"])
def test_cli_exits_1_and_says_why_for_a_file_that_gave_nothing(name):
    result = cli("extract", str(fixture_pdf(name)))
    assert result.exit_code == 1
    error = the_error(name)
    assert f"minutebook: {error['message']}" in result.stderr


def test_cli_exits_0_for_records_with_warnings_and_echoes_the_warning():
    result = cli("extract", "--no-ocr", str(fixture_pdf("scanned.pdf")))
    assert result.exit_code == 0
    assert "minutebook: warning: scanned.pdf: page 1 has no text layer and OCR is turned off" in result.stderr


def test_cli_password_opens_the_encrypted_fixture():
    result = cli("extract", "--password", "minutebook", str(fixture_pdf("encrypted.pdf")))
    assert result.exit_code == 0
    assert result.stdout.count('"record_type":"page"') == 2


def test_cli_limits_are_options():
    result = cli("extract", "--max-pages", "2", str(sample("milburn-pc-minutes-2020-07-14.pdf")))
    assert result.exit_code == 1
    assert "the PDF claims 3 pages, over the limit of 2" in result.stderr


def test_a_readable_file_without_its_end_marker_gives_its_pages_and_a_truncated_warning():
    data = fixture_pdf("no-resolved.pdf").read_bytes()
    assert data.endswith(b"%%EOF\n")
    records = core([record_dict(r) for r in extract(data[: -len(b"%%EOF\n")], name="cut.pdf")])
    assert [r["record_type"] for r in records] == ["pack", "page", "page", "warning"]
    assert (records[-1]["kind"], records[-1]["stage"]) == ("truncated", "read")
    assert records[-1]["message"] == ("cut.pdf: the file ends before the PDF end marker %%EOF; pages may be "
                                      "missing (the download was cut short; download the file again)")


def test_another_format_saved_as_pdf_is_not_a_pdf():
    png = b"\x89PNG\r\n\x1a\n" + bytes(200)
    records = core([record_dict(r) for r in extract(png, name="scan.pdf")])
    assert [(r["record_type"], r["kind"]) for r in records] == [("error", "not_a_pdf")]
    assert records[0]["message"].startswith("scan.pdf: not a PDF (the file does not start with %PDF-")


def test_committed_fixtures_are_what_make_fixtures_builds(tmp_path, monkeypatch):
    import make_fixtures

    monkeypatch.setattr(make_fixtures.shutil, "which", lambda name: None)  # the qpdf-made files are committed
    for built in make_fixtures.build(tmp_path):
        assert built.read_bytes() == fixture_pdf(built.name).read_bytes(), built.name


def test_a_warning_about_many_pages_has_a_short_stable_id():
    from minutebook.models.errors import NoTextLayer
    from minutebook.extract.pdf.read import load_pdf
    from minutebook.extract.problems import warning_record

    pdf = load_pdf(fixture_pdf("scanned.pdf"))
    record = warning_record(NoTextLayer("x", [*range(1, 401), 403, 405, 406]), pdf.name, pdf.sha256)
    assert record.id == f"{pdf.sha256[:12]}/warning/no_text_layer-p1-400.403.405-406"
    assert record.source.pages[-3:] == [403, 405, 406]
