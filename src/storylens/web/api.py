"""The JSON API (``/api``), described by the app's OpenAPI spec at ``/api/openapi.json``.

Stories and articles are returned as the report contract's objects
(``src/storylens/report/schema.json``); lists and jobs have their own small models.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from pydantic import BaseModel, Field

from ..entities.aliases import AliasRule
from ..store._queries import StoreReader, StoryFilter, StorySummary
from .jobs import Job
from .service import (
    AliasEdit,
    edit_aliases,
    queue_coverage,
    reader,
    require_writer,
    runner_of,
    search_articles,
    settings_of,
)
from .views import items


class ErrorOut(BaseModel):
    """Why a request failed, in words that say what to do."""

    detail: Any


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    words = {401: "Write token missing or wrong", 403: "Cross-site write refused",
             404: "No such object", 411: "Content-Length missing",
             413: "Body over the upload limit", 503: "Store unreadable"}
    return {code: {"model": ErrorOut, "description": words[code]} for code in codes}


WRITE_ERRORS = _errors(401, 403, 411, 413)
router = APIRouter(prefix="/api", tags=["api"], responses=_errors(503))
Reader = Annotated[StoreReader, Depends(reader)]
# Path parameters are ids: printable, no slash; the store looks them up as bound values.
Id = Annotated[str, Field(min_length=1, max_length=200)]


class StoryListOut(BaseModel):
    """A page of stories and how many match in all."""

    total: int
    stories: list[StorySummary]


class SearchHit(BaseModel):
    """An article matching a search, with a snippet of the match."""

    id: str
    title: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    snippet: str | None = None


class AliasEditIn(BaseModel):
    """Merge names into one entity, split a name out, or rename one."""

    action: Literal["merge", "split", "rename"]
    names: list[Annotated[str, Field(min_length=1, max_length=300)]] = Field(
        min_length=1, max_length=50)
    canonical: Annotated[str, Field(max_length=300)] | None = None
    note: Annotated[str, Field(max_length=2000)] | None = None


class AliasEditOut(BaseModel):
    """The rule and the job deriving the affected stories again."""

    rule: AliasRule
    job: Job


@router.get("/stories", response_model=StoryListOut)
def list_stories(
    store: Reader,
    q: Annotated[str, Query(max_length=500, description="Words in articles, claims, aliases")] = "",
    language: Annotated[str, Query(max_length=20)] = "",
    outlet: Annotated[str, Query(max_length=300)] = "",
    since: Annotated[str, Query(max_length=10, description="YYYY-MM-DD")] = "",
    until: Annotated[str, Query(max_length=10, description="YYYY-MM-DD")] = "",
    entity: Annotated[str, Query(max_length=300)] = "",
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    """Stories, biggest first, filtered and searched (FTS5 over articles, claims, aliases)."""
    found, total = store.list_stories(
        StoryFilter(q, language, outlet, since, until, entity, limit, offset))
    return {"total": total, "stories": [asdict(s) for s in found]}


@router.get("/stories/{story_id}", response_model=dict[str, Any], responses=_errors(404))
def get_story(story_id: Id, store: Reader) -> dict[str, Any]:
    """One story as the report contract's story object (an absorbed id gives its survivor)."""
    story = store.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id}")
    return story


@router.get("/stories/{story_id}/entities/{entity_id}", response_model=dict[str, Any],
            responses=_errors(404))
def get_entity(story_id: Id, entity_id: Id, store: Reader) -> dict[str, Any]:
    """One entity of a story: name, type, aliases, mentions, merge evidence."""
    story = store.story(story_id)
    entity = next((e for e in items(story, "entities") if e.get("id") == entity_id), None)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id} in story {story_id}")
    return entity


@router.get("/articles/{article_id}", response_model=dict[str, Any], responses=_errors(404))
def get_article(article_id: Id, store: Reader) -> dict[str, Any]:
    """One article as the report contract's article object (clean text, cut boilerplate)."""
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    return article


@router.get("/search", response_model=list[SearchHit])
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=500)],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    """Articles matching every word (the search of ``storylens search``)."""
    return search_articles(settings_of(request), q, limit)


@router.post("/jobs", response_model=Job, status_code=202, responses=WRITE_ERRORS,
             dependencies=[Depends(require_writer)])
async def post_job(
    request: Request,
    files: Annotated[list[UploadFile] | None, File(description="Article files")] = None,
    urls: Annotated[str, Form(max_length=200_000, description="http(s) URLs, one a line")] = "",
) -> dict[str, Any]:
    """Queue files and URLs for analysis (as ``analyze --append``); poll the job for status."""
    job = await queue_coverage(settings_of(request), runner_of(request), files or [], urls)
    return job.as_dict()


@router.get("/jobs/{job_id}", response_model=Job, responses=_errors(404))
def get_job(job_id: Id, request: Request) -> dict[str, Any]:
    """A job's progress, and the stories it changed once done."""
    job = runner_of(request).get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}")
    return job.as_dict()


@router.post("/aliases", response_model=AliasEditOut, status_code=202, responses=WRITE_ERRORS,
             dependencies=[Depends(require_writer)])
def post_alias(edit: AliasEditIn, request: Request) -> dict[str, Any]:
    """Write a merge / split / rename to the alias file and derive the affected stories again."""
    rule, job = edit_aliases(settings_of(request), runner_of(request),
                             AliasEdit(edit.action, edit.names, edit.canonical, edit.note))
    return {"rule": asdict(rule), "job": job.as_dict()}
