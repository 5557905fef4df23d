"""Clean: body kept, boilerplate cut with the right kind, metadata found, on real pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.clean import _html as html_module
from storylens.clean import clean_document, strong_kind
from storylens.config import Settings
from storylens.errors import ExtractionError
from storylens.records import REMOVED_KINDS, Article, RawDocument

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
SETTINGS = Settings()
ALL_KINDS = {"navigation", "login", "comment", "author_bio", "related", "share", "cookie"}


def clean_file(name: str, **meta: str) -> Article:
    content = (FIXTURES / name).read_text(encoding="utf-8")
    fmt = "html" if name.endswith(".html") else "text"
    raw = RawDocument(source=name, format=fmt, content=content, **meta)  # type: ignore[arg-type]
    return clean_document(raw, SETTINGS)


def kinds_of(article: Article) -> dict[str, str]:
    """Each removed line -> its kind."""
    return {line: r.kind for r in article.removed for line in r.text.split("\n")}


# name, title, author, published, first words of the body, last words of the body
SCRAPED = [
    ("en_scraped.txt", "Flood barrier fails as river Wend reaches record height",
     "Maria Keller", "2024-03-03", "Residents of Lowbridge were told",
     "why the work was delayed."),
    ("fr_scraped.txt", "Les cheminots de la ligne des Trois Vallées en grève jusqu'à jeudi",
     "Jean Dupont", "2024-03-12", "VALENCE, 12 mars 2024 (AFP) - Les conducteurs",
     "trop tard pour éviter le mouvement."),
    ("ar_scraped.txt", "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل", "سلمى حداد",
     "2024-03-05", "افتتحت وزارة المياه يوم الثلاثاء", "مقارنة بالمحطات القديمة."),
    ("ru_scraped.txt", "В Архангельске открыли новый мост через Северную Двину",
     "Иван Петров", "2024-02-14", "Новый автомобильный мост через Северную Двину",
     "из-за ледохода."),
]

# For each language, one line of each removed kind that must be cut with that kind.
EXPECTED_CUTS = {
    "en_scraped.txt": {
        "Home | World | Politics | Business | Sport | Culture": "navigation",
        "Forgot password?": "login", "Sign up": "login",
        "Accept all": "cookie",
        "WhatsApp": "share",
        "Read more: Why the Wend barrier was built in 1984": "related",
        "Farmers count the cost of a wet winter": "related",
        "Maria Keller is a reporter at The Harbour Courier covering climate and local "
        "government.": "author_bio",
        "Follow her on Twitter @mkeller": "author_bio",
        "Leave a reply": "comment",
        "Peter Hollis says: March 3, 2024 at 9:14 pm": "comment",
        "The repairs should have been done years ago, everyone in town knew it was failing.":
            "comment",
        "About us | Contact | Privacy policy | Terms of use": "navigation",
        "© 2024 The Harbour Courier. All rights reserved.": "other",
    },
    "fr_scraped.txt": {
        "Actualités": "navigation", "Mot de passe oublié ?": "login", "Se connecter": "login",
        "Tout accepter": "cookie", "Partager sur Facebook": "share",
        "À lire aussi : La région promet 40 millions d'euros pour moderniser les petites "
        "lignes": "related",
        "Une nouvelle gare à l'étude près de Crest": "related",
        "À propos de l'auteur": "author_bio",
        "Marc Lefèvre 12 mars 2024 à 14:05": "comment", "Répondre": "comment",
        "Soutien total aux cheminots, les ateliers manquent de personnel depuis des années.":
            "comment",
    },
    "ar_scraped.txt": {
        "الرئيسية | أخبار | سياسة | اقتصاد | رياضة | ثقافة": "navigation",
        "تسجيل الدخول": "login", "موافق": "cookie", "مشاركة": "share",
        "اقرأ أيضا: ارتفاع أسعار المياه المعبأة في الأسواق المحلية": "related",
        "جفاف غير مسبوق في السهول الجنوبية": "related",
        "سلمى حداد صحفية في صحيفة الوادي تغطي شؤون البيئة والطاقة.": "author_bio",
        "أحمد يقول: 5 مارس 2024 في 10:20": "comment", "رد": "comment",
    },
    "ru_scraped.txt": {
        "Новости": "navigation", "Забыли пароль?": "login", "Войти": "login",
        "Принять": "cookie", "Поделиться": "share",
        "Читайте также: Как менялся транспорт Архангельска за последние десять лет":
            "related",
        "В области построят три новые школы": "related",
        "Об авторе": "author_bio",
        "Ольга 14 февраля 2024 в 12:31": "comment", "Ответить": "comment",
    },
}


@pytest.mark.parametrize(("name", "title", "author", "published", "first", "last"), SCRAPED)
def test_scraped_text_body_and_metadata(name: str, title: str, author: str, published: str,
                                        first: str, last: str) -> None:
    article = clean_file(name)
    assert article.title == title
    assert article.author == author
    assert article.published == published
    assert article.text.startswith(first)
    assert article.text.endswith(last)
    assert article.id == Article.make_id(article.text)
    assert all(p.strip() == p and p for p in article.text.split("\n\n"))
    # Every kept paragraph is a line of the input, verbatim: nothing invented.
    source_lines = set((FIXTURES / name).read_text(encoding="utf-8").splitlines())
    assert set(article.text.split("\n\n")) <= source_lines
    # The title, the byline and every removed kind stay out of the text.
    assert title not in article.text and author not in article.text.split("\n\n")[0][:40]
    assert {r.kind for r in article.removed} >= ALL_KINDS
    assert {r.kind for r in article.removed} <= set(REMOVED_KINDS)


@pytest.mark.parametrize("name", sorted(EXPECTED_CUTS))
def test_each_boilerplate_kind_is_cut_with_its_kind(name: str) -> None:
    article = clean_file(name)
    cut = kinds_of(article)
    for line, kind in EXPECTED_CUTS[name].items():
        assert cut.get(line) == kind, line
        assert line not in article.text


def test_scraped_body_keeps_every_article_paragraph() -> None:
    article = clean_file("en_scraped.txt")
    assert article.text.split("\n\n") == [
        "Residents of Lowbridge were told to leave their homes on Sunday night after a flood "
        "barrier on the river Wend gave way, sending water into the old town for the first "
        "time in forty years.",
        "The county council said about 1,200 people had been moved to two schools and a "
        "sports hall. No one was reported hurt, but several streets near the market square "
        "were under more than a metre of water by midnight.",
        "\"We were told the barrier would hold for another decade,\" said Tom Ashby, who runs "
        "a bakery on Mill Lane. \"Now the whole shop is under water.\"",
        "Engineers from the Environment Office said the barrier had been scheduled for "
        "repairs in the summer. An inquiry will look at why the work was delayed.",
    ]


@pytest.mark.parametrize(("name", "title", "author", "published", "kinds"), [
    ("es_scraped.txt", "El puerto de Almería amplía su terminal de contenedores",
     "Lucía Fernández", None, {"navigation", "login", "cookie", "share", "related", "comment"}),
    ("de_scraped.txt", "Neue Radwege für die Innenstadt von Kassel", "Anna Schmidt",
     "2024-03-07", {"navigation", "login", "cookie", "share", "related", "comment"}),
    ("it_scraped.txt", "Riapre il museo archeologico di Taranto dopo due anni di lavori",
     "Marco Rossi", None, {"navigation", "login", "cookie", "share", "related", "comment"}),
])
def test_es_de_it_pages(name: str, title: str, author: str, published: str | None,
                        kinds: set[str]) -> None:
    article = clean_file(name)
    assert (article.title, article.author, article.published) == (title, author, published)
    assert len(article.text.split("\n\n")) == 2
    assert kinds <= {r.kind for r in article.removed}


def test_hard_wrapped_text_mid_body_bio_and_ambiguous_date() -> None:
    article = clean_file("en_wrapped.txt")
    assert article.title == "City council votes to keep the night buses running"
    assert article.published is None  # 03/04/2024 could be March or April
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == (
        "The city council voted on Tuesday to keep the three night bus routes that were due "
        "to close in May, after a petition signed by more than 9,000 residents.")
    # A bio-like sentence in the middle of the article is body text, not a cut bio.
    assert "Ruth Okafor is a reporter at Radio Wend and sits on the transport committee." \
        in paragraphs
    assert paragraphs[-1].startswith("A final decision on the timetable")
    # A comment counter above the article does not end the article.
    assert kinds_of(article)["12 comments"] == "comment"


def test_input_metadata_wins_over_guesses() -> None:
    article = clean_file("fr_scraped.txt", title="Grève sur la ligne des Trois Vallées",
                         author="Rédaction", published="2024-03-11", outlet="Journal du Val",
                         url="https://www.journalduval.example/a/1", language_hint="fr")
    assert (article.title, article.author, article.published, article.outlet) == (
        "Grève sur la ligne des Trois Vallées", "Rédaction", "2024-03-11", "Journal du Val")
    assert article.url == "https://www.journalduval.example/a/1"
    assert article.language_hint == "fr"


def test_plain_text_outlet_comes_from_the_url_domain() -> None:
    article = clean_file("de_scraped.txt", url="https://www.stadtbote.example/news/rad")
    assert article.outlet == "stadtbote.example"
    assert clean_file("de_scraped.txt").outlet is None
    # A name printed on the page beats the bare domain.
    named = clean_file("ru_scraped.txt", url="https://www.sevvestnik.example/news/most")
    assert named.outlet == "Северный вестник"



BREADCRUMB_PAGE = """<html><head><title>Crue historique de la Loire</title></head><body>
<nav class="menu"><a href="/">Accueil</a> <a href="/france">France</a></nav>
<main><article>
<ol class="breadcrumb"><li>Accueil</li><li>France</li><li>Régions</li></ol>
<p class="kicker">Orléans</p>
<p>Inondations</p>
<h1>Crue historique de la Loire</h1>
<p>Par Lucie Marchal</p>
<p>La Loire a atteint mardi son plus haut niveau depuis 1907 à Orléans, selon Vigicrues,
et plusieurs quartiers riverains ont été évacués dans la nuit par les pompiers.</p>
<p>Les digues ont tenu, mais la préfecture a demandé aux habitants de ne pas revenir avant
jeudi, le temps que les ingénieurs vérifient les ouvrages les plus anciens.</p>
</article></main></body></html>"""


def test_html_breadcrumbs_and_kickers_are_cut_as_navigation() -> None:
    raw = RawDocument(source="b.html", format="html", content=BREADCRUMB_PAGE)
    article = clean_document(raw, SETTINGS)
    assert article.text.startswith("La Loire a atteint mardi")
    assert article.title == "Crue historique de la Loire"
    cut = kinds_of(article)
    for crumb in ("Orléans", "Inondations", "Régions"):
        assert cut[crumb] == "navigation"


def test_example_french_page_loses_its_breadcrumb_trail() -> None:
    from storylens.ingest import read_inputs

    path = (Path(__file__).parents[1] / "src" / "storylens" / "data" / "example" / "articles"
            / "03_journal_du_matin.html")
    article = clean_document(next(iter(read_inputs([path], SETTINGS))), SETTINGS)
    assert article.text.startswith("Le tremblement de terre de magnitude 6,4")
    assert kinds_of(article)["Monde > Afrique"] == "navigation"


def test_html_page_main_text_metadata_and_removed() -> None:
    article = clean_file("en_page.html", url="https://www.harbourcourier.example/gull-point")
    assert article.title == "Lighthouse keepers return to Gull Point"
    assert article.author == "Daniel Price"
    assert article.published == "2024-05-21"
    assert article.outlet == "The Harbour Courier"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 4
    assert paragraphs[0].startswith("For the first time since 1989, the lighthouse")
    assert paragraphs[-1].endswith("according to the trust.")
    for chrome in ("Sign in", "Related articles", "Sam Hart", "Privacy policy", "cookies",
                   "Lighthouse keepers return", "By Daniel Price"):
        assert chrome not in article.text
    cut = kinds_of(article)
    assert cut["Home"] == "navigation"
    assert cut["Sign in Register"] == "login"
    assert cut["Share Facebook Twitter"] == "share"
    assert cut["Storm damage closes coastal path"] == "related"
    assert cut["Sam Hart says: May 21, 2024 at 11:02 am"] == "comment"
    assert cut["Three hundred applicants for one cottage shows how many people want a "
               "quieter life."] == "comment"
    assert cut["Accept all"] == "cookie"
    assert cut["About us | Contact | Privacy policy"] == "navigation"
    assert cut["© 2024 The Harbour Courier. All rights reserved."] == "other"
    assert article.url == "https://www.harbourcourier.example/gull-point"


def test_html_outlet_falls_back_to_the_url_domain() -> None:
    page = ("<html><body><article><p>" + "The river rose by two metres overnight. " * 8
            + "</p></article></body></html>")
    raw = RawDocument(source="p.html", format="html", content=page,
                      url="https://www.wendgazette.example/river")
    assert clean_document(raw, SETTINGS).outlet == "wendgazette.example"
    raw.url = None
    assert clean_document(raw, SETTINGS).outlet is None


@pytest.mark.parametrize(("head", "outlet"), [
    # The page's masthead beats the publisher's company record trafilatura may prefer.
    ('<meta property="og:site_name" content="La Gaceta del Río"/><script type="application/'
     'ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "publisher": '
     '{"@type": "NewsMediaOrganization", "name": "Ediciones Gaceta del Río S.L."}}</script>',
     "La Gaceta del Río"),
    # A section in og:site_name ("World") loses to the publisher the page's address spells.
    ('<meta property="og:site_name" content="World"/><script type="application/'
     'ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "publisher": '
     '{"@type": "NewsMediaOrganization", "name": "Wend Gazette"}}</script>',
     "Wend Gazette"),
    # Without one: a social handle as trafilatura names the site reads as its longest part.
    ('<meta name="twitter:site" content="@wendgazette_en"/>', "Wendgazette"),
])
def test_html_outlet_is_the_masthead_not_a_company_or_a_handle(head: str, outlet: str) -> None:
    page = (f"<html><head>{head}</head><body><article><p>"
            + "The river rose by two metres overnight. " * 8 + "</p></article></body></html>")
    raw = RawDocument(source="p.html", format="html", content=page,
                      url="https://www.wendgazette.example/river")
    assert clean_document(raw, SETTINGS).outlet == outlet


def test_html_falls_back_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(html_module, "_trafilatura", lambda page, url: None)
    article = clean_file("en_page.html")
    assert article.text.startswith("For the first time since 1989, the lighthouse")
    assert "Related articles" not in article.text
    assert "Sam Hart" not in article.text


def test_no_usable_text_raises_extraction_error() -> None:
    menu_only = "Home | World | Politics | Sport\nLog in\nSign up\nShare\nFacebook\n"
    with pytest.raises(ExtractionError, match="no article text"):
        clean_document(RawDocument(source="m.txt", format="text", content=menu_only), SETTINGS)
    short = "A short note.\n\nIt has two sentences only, nothing else."
    with pytest.raises(ExtractionError, match=r"min_article_chars is 80") as info:
        clean_document(RawDocument(source="s.txt", format="text", content=short), SETTINGS)
    assert info.value.source == "s.txt"
    with pytest.raises(ExtractionError):
        clean_document(RawDocument(source="e.html", format="html",
                                   content="<html><body><nav>Home</nav></body></html>"),
                       SETTINGS)


def test_same_text_same_id_and_idempotent() -> None:
    first = clean_file("ar_scraped.txt")
    again = clean_document(RawDocument(source="other", format="text", content=first.text),
                           SETTINGS)
    assert again.text == first.text
    assert again.id == first.id


@pytest.mark.parametrize(("line", "kind"), [
    ("Iniciar sesión", "login"), ("Anmelden", "login"), ("Accedi", "login"),
    ("Compartir", "share"), ("Teilen", "share"), ("Condividi", "share"),
    ("Te puede interesar", "related"), ("Lesen Sie auch", "related"),
    ("Leggi anche", "related"), ("Check also", "related"),
    ("One thought on “Flood barrier fails”", "comment"), ("5 comments", "comment"),
    ("About the author", "author_bio"), ("Über den Autor", "author_bio"),
    ("Wir verwenden Cookies, um die Website zu verbessern.", "cookie"),
])
def test_vocabulary_kinds(line: str, kind: str) -> None:
    tag = strong_kind(line)
    assert tag is not None and tag.kind == kind


@pytest.mark.parametrize("line", [
    "The minister said she would sign in the new law before the summer recess.",
    "Share prices fell by 3 per cent on Monday after the announcement.",
    "Le ministre a déclaré que la réforme serait présentée au Parlement en juin.",
    "Sport and culture budgets will both be cut next year, the council said.",
])
def test_body_sentences_are_not_chrome(line: str) -> None:
    assert strong_kind(line) is None
