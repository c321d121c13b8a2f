"""The two contracts between stages (see DESIGN.md).

* ``Dossier``: what ocr/ produces and extraction/ reads: pages -> lines with text, box, score,
  plus the catalogue of document segments.
* ``CaseElements``: what extraction/ produces and generation/, guide/ and service/ read
  (schema ``courtdoc.case/1``). Every field is always present, null or [] when unknown.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page pixels (PDF points * dpi/72 for text layers)


class Line(BaseModel):
    text: str
    box: Box
    score: float = 1.0
    # Layout marks set by ocr.layout; not part of the public JSON of `courtdoc ocr`.
    role: Literal["body", "header", "footer", "page_number", "seal"] = Field(default="body", exclude=True)


class Page(BaseModel):
    index: int
    width: float
    height: float
    source: Literal["text-layer", "ocr"]
    lines: list[Line] = []
    text: str = ""
    # Seal (印章) text read separately so it never pollutes the body lines.
    seals: list[str] = Field(default_factory=list, exclude=True)
    rotation: int = Field(default=0, exclude=True)


class Segment(BaseModel):
    """One document inside a dossier file (卷宗目录 entry)."""

    type: str  # 起诉状, 答辩状, 上诉状, 民事判决书, 刑事判决书, 证据目录, 身份证明, 营业执照, 授权委托书, 送达回证, 庭审笔录, 其他
    first_page: int
    last_page: int
    title: str = ""


class Dossier(BaseModel):
    file: str | None = None
    pages: list[Page] = []
    text: str = ""
    seconds: float = 0.0
    catalogue: list[Segment] = Field(default_factory=list, exclude=True)

    def ocr_json(self) -> dict:
        """The JSON of `courtdoc ocr FILE --json`, exactly as DESIGN.md gives it."""
        return {
            "file": self.file,
            "pages": [
                {
                    "index": p.index,
                    "width": p.width,
                    "height": p.height,
                    "source": p.source,
                    "lines": [{"text": ln.text, "box": list(ln.box), "score": ln.score} for ln in p.lines],
                    "text": p.text,
                }
                for p in self.pages
            ],
            "text": self.text,
            "seconds": self.seconds,
        }


# ---------------------------------------------------------------------------------------------
# CaseElements (courtdoc.case/1)

DocumentType = Literal["起诉状", "答辩状", "民事判决书", "刑事判决书", "上诉状", "其他"]


class LegalRepresentative(BaseModel):
    name: str
    title: str | None = None


class Agent(BaseModel):
    name: str
    type: str  # 委托诉讼代理人 | 法定代理人 | 辩护人
    firm: str | None = None
    title: str | None = None


AddressKind = Literal["住所地", "户籍地", "经常居住地", "现住", "住", "身份证住址", "注册地", "主要办事机构所在地", "其他"]


class Address(BaseModel):
    """One address written for a party, its label normalised (``kind``) and its text as written."""

    kind: AddressKind = "其他"
    text: str


class Party(BaseModel):
    role: str
    kind: Literal["person", "organization"] = "person"
    name: str
    gender: Literal["男", "女"] | None = None
    birth_date: str | None = None
    ethnicity: str | None = None
    id_number: str | None = None
    credit_code: str | None = None
    # The 住所 in law (民法典 art. 25, 民诉法解释 arts. 3-4): the registered address, or the habitual
    # residence (经常居住地) where one is stated; every address written is in `addresses`.
    address: str | None = None
    addresses: list[Address] = []
    phone: str | None = None
    occupation: str | None = None
    legal_representative: LegalRepresentative | None = None
    agents: list[Agent] = []


class Fee(BaseModel):
    acceptance_fee: float | None = None
    basis: str | None = None


class Check(BaseModel):
    field: str
    level: Literal["error", "warning"]
    message: str


class SourceSpan(BaseModel):
    page: int
    start: int
    end: int
    box: Box | None = None


class CaseElements(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    schema_: Literal["courtdoc.case/1"] = Field(default="courtdoc.case/1", alias="schema")
    document_type: DocumentType = "其他"
    court: str | None = None
    case_number: str | None = None
    cause_of_action: str | None = None
    charges: list[str] = []
    parties: list[Party] = []
    claims: list[str] = []
    amount_claimed: float | None = None
    facts_and_reasons: str | None = None
    evidence: list[str] = []
    filed_on: str | None = None
    fee: Fee | None = None
    checks: list[Check] = []
    provenance: dict[str, SourceSpan] = {}

    def to_json(self) -> dict:
        """The public JSON: every field present, `schema` under its contract name."""
        return self.model_dump(by_alias=True, mode="json")
