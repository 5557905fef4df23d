"""Plain-text pages: the outlet from a copyright line or a masthead, and account or
privacy notices above the story cut (split from test_clean.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens.clean import clean_document
from storylens.config import Settings
from storylens.ingest import read_inputs
from storylens.records import RawDocument

SETTINGS = Settings()

BODY = ("The harbour authority said on Monday that the new ferry terminal would open in "
        "June, two years later than planned, after a dispute over the cost of dredging.\n\n"
        "Engineers found that the seabed was softer than the surveys had shown, and the "
        "piles had to be driven twice as deep, the authority said in a statement.\n")


def outlet_of(content: str) -> str | None:
    return clean_document(RawDocument(source="o.txt", format="text", content=content),
                          SETTINGS).outlet


@pytest.mark.parametrize(("footer", "outlet"), [
    ("© 2031 The Tidewater Ledger. All rights reserved. | Privacy | Terms",
     "The Tidewater Ledger"),
    ("© L'Écho des Falaises 2031 — Tous droits réservés", "L'Écho des Falaises"),
    ("Copyright 2031 El Faro de Poniente. Todos los derechos reservados.",
     "El Faro de Poniente"),
    ("© 2030–2031 «Заречный курьер». Все права защищены. 16+", "Заречный курьер"),
    ("جميع الحقوق محفوظة © 2031 الرائد", "الرائد"),
    ("جميع الحقوق محفوظة لجريدة الضفة 2031", "جريدة الضفة"),
    ("Alle Rechte vorbehalten. © 2031 Der Moorbote", "Der Moorbote"),
    # The years split the site from its publishing company: the site is the outlet.
    ("Copyright © La Gazette.nord 1998-2031 Edinord sa - EDINORD", "La Gazette.nord"),
    ("© Il Faro 2031 Editoriale Faro S.p.A.", "Il Faro"),
    # A typeface's trademark before the mark is no holder; signs and a publishing
    # house's noun are not part of the name (reader pass es, session 9).
    ("Mareas Sans ™ & © 2031 Tidewater Broadcasting Network.",
     "Tidewater Broadcasting Network"),
    ("D.R. ©® El Faro de Poniente. Todos los derechos reservados.", "El Faro de Poniente"),
    ("© El Faro de Poniente Ediciones Todos los derechos reservados", "El Faro de Poniente"),
])
def test_plain_text_outlet_from_the_copyright_line(footer: str, outlet: str) -> None:
    page = f"Home | World | Sport | Culture\n\n{BODY}\nAbout us | Contact\n{footer}\n"
    assert outlet_of(page) == outlet


@pytest.mark.parametrize(("masthead", "menu", "outlet"), [
    ("Kestrel Valley Times", "Home | World | Politics | Sport", "Kestrel Valley Times"),
    ("LA TRIBUNE DES DUNES", "Accueil | Monde | Politique | Sport", "La Tribune des Dunes"),
    ("Heraldo del Páramo", "Inicio | Noticias | Deportes | Cultura", "Heraldo del Páramo"),
    ("Озёрный листок", "Главная | Новости | Политика | Спорт", "Озёрный листок"),
    ("الضفة", "الرئيسية | أخبار | سياسة | رياضة", "الضفة"),
    ("Weserblick", "Startseite | Politik | Wirtschaft | Kultur", "Weserblick"),
])
def test_plain_text_outlet_from_the_masthead(masthead: str, menu: str, outlet: str) -> None:
    assert outlet_of(f"{masthead}\n{menu}\n\n{BODY}") == outlet


def test_masthead_needs_a_menu_under_it_and_a_name_shape() -> None:
    assert outlet_of(f"Kestrel Valley Times\n\n{BODY}") is None
    assert outlet_of(f"breaking news from the coast\nHome | World | Sport\n\n{BODY}") is None


def test_publisher_company_yields_to_the_masthead() -> None:
    page = (f"Moorbote Online\nStartseite | Politik | Kultur | Sport\n\n{BODY}\n"
            "Impressum | Kontakt\n© 2031 Moorbote Verlagshaus GmbH\n")
    assert outlet_of(page) == "Moorbote Online"
    assert outlet_of(f"{BODY}\n© 2031 Moorbote Verlagshaus GmbH\n") == (
        "Moorbote Verlagshaus GmbH")


def test_example_corpus_outlets_from_copyright_or_masthead() -> None:
    folder = Path(__file__).parents[1] / "src" / "storylens" / "data" / "example"
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))["articles"]
    checked = 0
    for path in sorted((folder / "articles").glob("*.txt")):
        content = path.read_text(encoding="utf-8")
        lines = [line for line in content.splitlines() if line.strip()]
        has_menu = len(lines) > 1 and " | " in lines[1]
        if not has_menu and "©" not in content:
            continue
        raw = next(iter(read_inputs([path], SETTINGS)))
        assert clean_document(raw, SETTINGS).outlet == labels[path.name]["outlet"], path.name
        checked += 1
    assert checked >= 9


@pytest.mark.parametrize(("notice", "kind"), [
    ("Saisissez votre adresse e-mail fournie lors de votre inscription. Vous recevrez un "
     "lien pour réinitialiser votre mot de passe.", "login"),
    ("Enter your email address and we will send you a link to reset your password.",
     "login"),
    ("Nous utilisons les témoins de navigation (cookies) pour améliorer nos services.\n\n"
     "Le respect de votre vie privée est important pour nous. Revoyez vos paramètres.",
     "cookie"),
    ("Your privacy is important to us. Please review our partners and your choices.",
     "cookie"),
])
def test_account_and_privacy_notices_above_the_story_are_cut(notice: str, kind: str) -> None:
    page = f"{notice}\n\nNew ferry terminal opens after two years of delays\n\n{BODY}"
    article = clean_document(RawDocument(source="n.txt", format="text", content=page),
                             SETTINGS)
    assert article.title == "New ferry terminal opens after two years of delays"
    assert kind in {r.kind for r in article.removed}
    assert "vie privée" not in article.text and "password" not in article.text


def test_a_publishing_agency_yields_to_the_site_the_page_names() -> None:
    page = (f"© 2019-2031 KLV AGENCY\nAccueil | Monde | Société\n\n{BODY}\n"
            "À propos | Contact | facebook.com/brindille\nTu aimes Brindille.com ?\n"
            "Brindille est une marque déposée.\n© 2019-2031 KLV AGENCY - Merci !\n")
    assert outlet_of(page) == "Brindille.com"
    assert outlet_of(f"{BODY}\n© 2031 KLV Agency\n") == "KLV Agency"  # nothing better
