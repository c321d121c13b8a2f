"""Roles and API tokens. Tokens are random, shown once, and stored only as their sha256; pages may
log in with a token, which the signed session cookie then stands for."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select

from .db import ApiToken
from .errors import ApiError

ROLES = ("clerk", "judge", "admin")
ROLE_NAMES = {"clerk": "立案庭书记员", "judge": "法官", "admin": "管理员"}


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(sessions, role: str, label: str | None = None) -> str:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    token = "cd_" + secrets.token_urlsafe(32)
    with sessions.begin() as s:
        s.add(ApiToken(token_hash=hash_token(token), role=role, label=label))
    return token


@dataclass(frozen=True)
class Principal:
    token_id: int
    role: str


def principal_for(sessions, token: str) -> Principal | None:
    h = hash_token(token)
    with sessions() as s:
        row = s.scalar(select(ApiToken).where(ApiToken.token_hash == h, ApiToken.revoked_at.is_(None)))
    if row is None or not hmac.compare_digest(row.token_hash, h):
        return None
    return Principal(row.id, row.role)


_bearer = HTTPBearer(auto_error=False, description="API token: `courtdoc token create --role clerk`")


def current_principal(request: Request,
                      creds: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> Principal:
    sessions = request.app.state.sessions
    if creds is not None and creds.scheme.lower() == "bearer":
        p = principal_for(sessions, creds.credentials)
        if p is None:
            raise ApiError(401, "invalid_token", "令牌无效或已注销。")
        return p
    sess = request.scope.get("session") or {}
    if sess.get("token_id") and sess.get("role") in ROLES:
        # The session is only as good as the token behind it: a revoked token ends it.
        with sessions() as s:
            row = s.get(ApiToken, sess["token_id"])
        if row is not None and row.revoked_at is None:
            return Principal(row.id, row.role)
    raise ApiError(401, "unauthorized", "请提供有效的令牌（Authorization: Bearer …）或先登录。")


def require(*roles: str):
    def dep(p: Annotated[Principal, Depends(current_principal)]) -> Principal:
        if p.role not in roles:
            names = "、".join(ROLE_NAMES[r] for r in roles)
            raise ApiError(403, "forbidden", f"此操作仅限{names}。")
        return p

    return dep


ANY_ROLE = require(*ROLES)

ClerkP = Annotated[Principal, Depends(require("clerk", "admin"))]
JudgeP = Annotated[Principal, Depends(require("judge", "admin"))]
AdminP = Annotated[Principal, Depends(require("admin"))]
AnyP = Annotated[Principal, Depends(ANY_ROLE)]
