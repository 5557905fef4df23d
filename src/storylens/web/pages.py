"""Server-rendered pages: stories, a story, a claim, an article, an entity, add coverage, jobs.

Every value from the store is untrusted and reaches the page only through Jinja's
autoescaping; the only script is ``static/app.js``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..report import grouped_entities, no_brief_reason
from ..store._queries import StoreReader, StoryFilter
from .charts import actor_graph, timeline_chart
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
from .views import (
    CLAIMS_SHOWN,
    brief_lines,
    citations,
    claim_rows,
    entity_names,
    highlight,
    items,
    mention_contexts,
    status_counts,
)

router = APIRouter(include_in_schema=False)
Reader = Annotated[StoreReader, Depends(reader)]
PAGE = 50


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200,
            ) -> HTMLResponse:
    settings = settings_of(request)
    page: HTMLResponse = request.app.state.templates.TemplateResponse(
        request, name, {**context, "needs_token": settings.token is not None},
        status_code=status)
    return page


def _story(store: StoreReader, story_id: str) -> dict[str, Any]:
    story = store.story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id}")
    return story


@router.get("/", response_class=HTMLResponse)
def stories_page(
    request: Request, store: Reader,
    q: Annotated[str, Query(max_length=500)] = "",
    language: Annotated[str, Query(max_length=20)] = "",
    outlet: Annotated[str, Query(max_length=300)] = "",
    since: Annotated[str, Query(max_length=10)] = "",
    until: Annotated[str, Query(max_length=10)] = "",
    entity: Annotated[str, Query(max_length=300)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> HTMLResponse:
    """The story list with search and filters."""
    wanted = StoryFilter(q, language, outlet, since, until, entity, PAGE, (page - 1) * PAGE)
    found, total = store.list_stories(wanted)
    hits = search_articles(settings_of(request), q, 20) if q.strip() else []
    return _render(request, "stories.html", {
        "stories": found, "total": total, "filter": wanted, "page": page,
        "pages": max(1, -(-total // PAGE)), "facets": store.facets(), "hits": hits})


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, story_id: str, store: Reader,
               claims: Annotated[str, Query(max_length=10)] = "") -> HTMLResponse:
    """A story: brief with citations, claims, disagreements, sources, timeline, graph."""
    story = _story(store, story_id)
    ids = [str(i) for i in story.get("article_ids", []) if isinstance(i, str)]
    heads = store.article_heads(ids)
    cited = {str(s.get("article_id")) for c in items(story, "claims")
             for s in items(c, "sources")}
    texts = store.article_texts(sorted(cited & set(ids)))
    language, lines = brief_lines(story, heads, texts)
    framing = {str(f.get("article_id")): f for f in items(story, "framing")}
    nodes, edges, graph_height = actor_graph(story)
    rows, total = claim_rows(story, heads, None if claims == "all" else CLAIMS_SHOWN)
    return _render(request, "story.html", {
        "story": story, "articles": [heads[i] for i in ids if i in heads],
        "brief_language": language, "brief": lines, "no_brief": no_brief_reason(story),
        "claims": rows,
        "claims_shown": len(rows), "claims_total": total,
        "claims_by_id": {c.get("id"): c for c in items(story, "claims")},
        "disagreements": items(story, "disagreements"), "framing": framing,
        "names": entity_names(story), "heads": heads, "counts": status_counts(story),
        "timeline": timeline_chart(story), "nodes": nodes, "edges": edges,
        "graph_height": graph_height,
        "entity_rows": grouped_entities(items(story, "entities"))})


@router.get("/stories/{story_id}/claims/{claim_id}", response_class=HTMLResponse)
def claim_page(request: Request, story_id: str, claim_id: str, store: Reader) -> HTMLResponse:
    """A claim with its source sentences, beside the claims it conflicts with."""
    story = _story(store, story_id)
    by_id = {str(c.get("id")): c for c in items(story, "claims")}
    claim = by_id.get(claim_id)
    if claim is None:
        raise HTTPException(404, f"no claim {claim_id} in story {story_id}")
    group = [claim, *(by_id[c] for c in claim.get("conflicts_with") or [] if c in by_id)]
    ids = sorted({str(s.get("article_id")) for c in group for s in items(c, "sources")})
    heads, texts = store.article_heads(ids), store.article_texts(ids)
    return _render(request, "claim.html", {
        "story": story, "claim": claim, "names": entity_names(story),
        "columns": [(c, citations(c, heads, texts)) for c in group],
        "disagreements": [d for d in items(story, "disagreements")
                          if claim_id in (d.get("claim_ids") or [])]})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, store: Reader) -> HTMLResponse:
    """An article's clean text with entity and claim marks; the cut boilerplate apart."""
    article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    story = store.story(article["story_id"]) if article.get("story_id") else None
    return _render(request, "article.html", {
        "article": article, "story": story,
        "segments": highlight(str(article.get("text", "")), article_id, story),
        "claims_by_id": {c.get("id"): c for c in items(story, "claims")}})


@router.get("/stories/{story_id}/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, story_id: str, entity_id: str, store: Reader) -> HTMLResponse:
    """An entity: aliases, mentions in context, merge evidence, and the correction forms."""
    story = _story(store, story_id)
    entity = next((e for e in items(story, "entities") if e.get("id") == entity_id), None)
    if entity is None:
        raise HTTPException(404, f"no entity {entity_id} in story {story_id}")
    ids = sorted({str(m.get("article_id")) for m in items(entity, "mentions")})
    # The row the story page lists it on: a country with its peoples, or a people's country.
    row = next((r for r in grouped_entities(items(story, "entities"))
                if entity_id in {r.entity.get("id"), *(p.get("id") for p in r.people)}), None)
    country = row.entity if row and row.entity.get("id") != entity_id else None
    return _render(request, "entity.html", {
        "story": story, "entity": entity, "heads": store.article_heads(ids),
        "mentions": mention_contexts(entity, store.article_texts(ids)),
        "country": country, "people": row.people if row and not country else (),
        "others": [e for e in items(story, "entities") if e.get("id") != entity_id]})


@router.post("/stories/{story_id}/entities/{entity_id}",
             dependencies=[Depends(require_writer)])
def entity_edit(
    request: Request, story_id: str, entity_id: str,
    action: Annotated[str, Form()], name: Annotated[str, Form(max_length=300)],
    canonical: Annotated[str, Form(max_length=300)] = "",
    also: Annotated[str, Form(max_length=3000)] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """Form post of an alias edit: merge (``also`` lists names, one a line), split, rename."""
    names = [name, *(n.strip() for n in also.splitlines() if n.strip())]
    _, job = edit_aliases(settings_of(request), runner_of(request),
                          AliasEdit(action, names, canonical or None, note or None))
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/add", response_class=HTMLResponse)
def add_page(request: Request) -> HTMLResponse:
    """The add-coverage form."""
    return _render(request, "add.html", {"limit": settings_of(request).max_upload_bytes})


@router.post("/add", dependencies=[Depends(require_writer)])
async def add_post(
    request: Request,
    files: Annotated[list[UploadFile] | None, File()] = None,
    urls: Annotated[str, Form(max_length=200_000)] = "",
) -> Response:
    """Queue the uploads and URLs, then show the job."""
    job = await queue_coverage(settings_of(request), runner_of(request), files or [], urls)
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str, store: Reader) -> HTMLResponse:
    """A job's progress; once done, the stories it changed."""
    job = runner_of(request).get(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}")
    titles = {sid: (store.story(sid) or {}).get("title", sid) for sid in job.changed_stories}
    return _render(request, "job.html", {"job": job, "titles": titles})
