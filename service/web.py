"""Server-rendered pages (Jinja2, Chinese): the clerk's page, the judge's page and the robot chat.
Staff pages log in with a token once; the signed session cookie (SameSite=strict) stands for it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from .auth import ROLE_NAMES, principal_for

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
templates = Jinja2Templates(directory=str(HERE / "templates"))
router = APIRouter(include_in_schema=False)


def _user(request: Request) -> dict | None:
    sess = request.scope.get("session") or {}
    if sess.get("role"):
        return {"role": sess["role"], "role_name": ROLE_NAMES.get(sess["role"], sess["role"])}
    return None


def _page(request: Request, name: str, roles: tuple[str, ...] | None = None, **ctx):
    user = _user(request)
    if roles is not None and (user is None or user["role"] not in roles):
        return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
    return templates.TemplateResponse(request, name, {"user": user, **ctx})


@router.get("/", response_class=HTMLResponse)
def index(request: Request):
    return _page(request, "index.html")


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/"):
    return _page(request, "login.html", next=next if next.startswith("/") and not next.startswith("//") else "/",
                 error=None)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, token: str = Form(...), next: str = Form("/")):
    p = principal_for(request.app.state.sessions, token.strip())
    if p is None:
        return templates.TemplateResponse(request, "login.html", {"user": None, "next": next,
                                                                  "error": "令牌无效或已注销。"}, status_code=401)
    request.session.clear()
    request.session.update({"token_id": p.token_id, "role": p.role})
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    return RedirectResponse(target, status_code=303)


@router.post("/logout")
def logout(request: Request):
    request.session.clear()
    return RedirectResponse("/", status_code=303)


@router.get("/clerk", response_class=HTMLResponse)
def clerk(request: Request):
    return _page(request, "clerk.html", roles=("clerk", "admin"))


@router.get("/judge", response_class=HTMLResponse)
def judge(request: Request):
    return _page(request, "judge.html", roles=("judge", "admin"))


@router.get("/guide", response_class=HTMLResponse)
def guide(request: Request):
    return _page(request, "guide.html")
