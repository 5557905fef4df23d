"""Page furniture found by its shape: teaser lists, link-language notes, code, credits."""

from __future__ import annotations

from storylens.clean._plain import clean_plain
from storylens.clean._teasers import is_headline_like, teaser_lines

_ARTICLE = [
    "Le conseil municipal de Montclair a voté jeudi soir la fermeture de la piscine "
    "Jean-Moulin, fermée depuis l'hiver pour des fuites que personne n'a su réparer.",
    "Selon l'adjointe aux sports, Hélène Varin, les travaux coûteraient plus de deux "
    "millions d'euros, une somme que la commune ne peut pas avancer cette année.",
    "Les clubs de natation devront s'entraîner à Saint-Aubin, à vingt minutes en car, "
    "jusqu'à l'ouverture du nouveau bassin intercommunal prévue en 2027.",
]
_TEASERS = [
    "Un chat coincé dans un arbre pendant trois jours à Lorient",
    "Les dix plus belles plages du Finistère selon nos lecteurs !",
    "Faut-il avoir peur des frelons asiatiques cet été ?",
    "La recette du far breton de ma grand-mère",
    "Un festival de jazz annulé faute de bénévoles…",
    "Pourquoi les prix des billets de train s'envolent",
]


def test_a_headline_list_under_the_article_is_cut_as_related() -> None:
    page = "\n\n".join([*_ARTICLE, "Les articles du jour", *_TEASERS])
    cleaned = clean_plain(page)
    assert "Saint-Aubin" in cleaned.text
    assert "frelons" not in cleaned.text and "far breton" not in cleaned.text
    related = "\n".join(r.text for r in cleaned.removed if r.kind == "related")
    assert "Les dix plus belles plages" in related and "Les articles du jour" in related


def test_a_headline_column_above_the_article_is_not_its_body() -> None:
    page = "\n\n".join([*_TEASERS, *_TEASERS[:3], *_ARTICLE])
    cleaned = clean_plain(page)
    assert cleaned.text.startswith("Le conseil municipal de Montclair")
    assert "festival de jazz" not in cleaned.text


def test_a_page_that_is_only_a_headline_list_has_no_body() -> None:
    assert clean_plain("\n\n".join(_TEASERS * 2)).text == ""


def test_short_lists_and_the_article_own_items_stay() -> None:
    subheads = ["Un vote serré", "Des clubs inquiets", "Un bassin neuf en 2027",
                "Et après ?"]
    assert not teaser_lines([_ARTICLE[0], *subheads, *_ARTICLE[1:]])
    chronology = ["2019 : premières fuites dans le bassin",
                  "2021 : un audit chiffre les travaux", "2023 : la piscine ferme l'hiver",
                  "2024 : le département refuse de payer", "2025 : le vote de fermeture"]
    assert not teaser_lines(chronology)
    prose = ("Le maire a promis une réunion publique. Les parents d'élèves y seront invités.")
    assert not is_headline_like(prose)
    assert not is_headline_like("La séance a été levée à minuit.")


def test_a_site_bio_link_and_a_like_prompt_are_furniture() -> None:
    page = "\n\n".join([*_ARTICLE, "Tous ses articles",
                        "Cet article vous a plu ? Soutenez la rédaction en vous abonnant !"])
    cleaned = clean_plain(page)
    assert "Tous ses articles" not in cleaned.text and "abonnant" not in cleaned.text


def test_teasers_with_their_cut_snippets_are_a_list_too() -> None:
    pairs = []
    for head, snippet in ([
            ("Le port de Brevane rouvre ses quais", "Brevane, 3 mai. Après six mois, les"),
            ("Grève des dockers : la mairie (Adj. Roux) répond", "Brevane, 2 mai. La mairie a"),
            ("Un cargo échoué devant la digue nord", "Brevane, 28 avril. Un cargo de"),
            ("Les pêcheurs inquiets pour la saison", "Brevane, 25 avril. Les pêcheurs du")]):
        pairs += [head, f"{snippet}…"]
    page = "\n\n".join([*pairs, *_ARTICLE])
    cleaned = clean_plain(page)
    assert cleaned.text.startswith("Le conseil municipal") and "cargo" not in cleaned.text


def test_link_language_notes_leave_the_text_and_the_title() -> None:
    from storylens.clean._link_notes import is_link_note, strip_link_notes

    text, removed = strip_link_notes(
        "Le maire [fr], cité par Radio Lune [en, comme tous les liens sauf mention contraire], "
        "a parlé des tests [en anglais] et de l'audit [enanglais] [sic].")
    assert text == ("Le maire, cité par Radio Lune, a parlé des tests et de l'audit [sic].")
    assert removed and removed[0].text.count("\n") == 3
    assert is_link_note("in inglese") and is_link_note("en/ar")
    assert not any(map(is_link_note, ["sic", "AP", "1", "la foto", "es decir", "..."]))


def test_a_source_credit_or_the_site_about_itself_is_no_title() -> None:
    from storylens.cluster.titles import is_furniture

    assert is_furniture("Fonte: rivista-lunare.eu (ABC)")
    assert is_furniture("Questo sito contribuisce all'audience di")
    assert not is_furniture("Piscine Jean-Moulin : le conseil vote la fermeture")


def test_style_sheets_and_data_blobs_are_no_body_text() -> None:
    from storylens.clean._lines import is_code

    css = ("/*<![CDATA[*/.album .viewport{margin-bottom:1rem}.album .cell{width:100%}"
           ".album .caption{font-size:12px;color:#333}/*]]>*/")
    blob = ('{"type":"album","object":{"title":"Piscine Jean-Moulin","uri":"https:\\/\\/'
            'example.org\\/album\\/1","items":[{"id":1},{"id":2}]}}')
    page = "\n\n".join([_ARTICLE[0], css, _ARTICLE[1], blob, _ARTICLE[2]])
    cleaned = clean_plain(page)
    assert "margin-bottom" not in cleaned.text and '"type"' not in cleaned.text
    assert "Saint-Aubin" in cleaned.text and "Hélène Varin" in cleaned.text
    assert is_code(css) and is_code(blob)
    assert not is_code('Le maire a dit : « Non, ce n\'est pas vrai » ; puis : "Nous verrons" '
                       "{sic}, avant de partir.")


def test_text_wrapped_at_forty_columns_is_joined_into_paragraphs() -> None:
    import textwrap

    page = "\n\n".join(textwrap.fill(p, 40) for p in _ARTICLE)
    assert max(map(len, page.split("\n"))) <= 40
    cleaned = clean_plain(page)
    assert cleaned.text.split("\n\n") == _ARTICLE
