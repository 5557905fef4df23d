"""Titles of scraped plain text: a dateline or a time stamp above the body is not one.

Fixtures are written for these tests.
"""

from __future__ import annotations

from storylens.clean import clean_plain


def test_a_dateline_or_a_time_stamp_is_not_the_title() -> None:
    # Scraped agency copy: headline, a two-digit-year stamp, then "à <city> (AGENCY)".
    text = ("Inondations: des milliers d'habitants évacués dans la vallée du Rhône\n"
            "12-03-19 à 09h15\n"
            "à La Rochelle (AFP)\n"
            "Des milliers d'habitants ont été évacués mardi dans la vallée du Rhône après "
            "des pluies torrentielles, ont annoncé les autorités locales.\n\n"
            "Les secours ont porté assistance à plusieurs centaines de personnes bloquées "
            "sur les toits, selon la préfecture, qui redoute une nouvelle crue jeudi.")
    cleaned = clean_plain(text)
    assert cleaned.title == ("Inondations: des milliers d'habitants évacués dans la vallée "
                             "du Rhône")


def test_a_page_speaking_about_itself_is_not_the_title_nor_the_source_label() -> None:
    from storylens.report._common import outlet_label

    text = ("Ce billet fait partie de notre dossier spécial sur les crues de la Loire.\n"
            "Les habitants de Saumur ont passé la nuit sur les digues pour surveiller le "
            "fleuve, qui a atteint mardi son plus haut niveau depuis trente ans.\n\n"
            "La préfecture a ouvert trois gymnases pour accueillir les familles évacuées.")
    cleaned = clean_plain(text)
    assert cleaned.title is None or "billet" not in cleaned.title
    label = outlet_label({"title": cleaned.title, "text": text})
    assert "billet" not in label and label.startswith("“Les habitants de Saumur")


def test_a_more_articles_heading_cuts_the_teaser_list_after_the_body() -> None:
    body = ("Les habitants de Saumur ont passé la nuit sur les digues pour surveiller le "
            "fleuve, qui a atteint mardi son plus haut niveau depuis trente ans.\n\n"
            "La préfecture a ouvert trois gymnases pour accueillir les familles évacuées, "
            "et les écoles de la rive gauche resteront fermées jusqu'à jeudi.\n\n")
    teasers = ("Plus d'articles de : L'actu de la région et d'ailleurs\n"
               "Le prix du gazole recule pour la troisième semaine\n"
               "Plus de 90 morts dans un attentat sur un marché\n"
               "431 arrestations après une vague de cambriolages\n"
               "Un chef étoilé ouvre une table à Angers\n"
               "Un lecteur écrit : je trouve cette crue bien plus grave que celle de 1982, "
               "et personne ne nous a prévenus à temps, comme toujours dans ce pays.\n")
    cleaned = clean_plain(body + teasers)
    assert "90 morts" not in cleaned.text and "431" not in cleaned.text
    assert "gymnases" in cleaned.text
    assert any(r.kind == "related" and "Plus d'articles" in r.text for r in cleaned.removed)


_ES_BODY = ("Los vecinos de Valdeluna cortaron el lunes la carretera del puerto para exigir "
            "que se reabra el puente cerrado desde la riada del invierno pasado.\n\n"
            "El alcalde prometió que las obras empezarán antes del verano, aunque la "
            "diputación aún no ha aprobado el presupuesto necesario para la reparación.")


def test_a_widget_message_under_the_headline_is_not_the_title() -> None:
    # Session 6 reader pass (es): the line on where share links open sat between the
    # headline and the body and was taken as the title, the headline being cut.
    text = ("Vecinos de Valdeluna cortan la carretera para exigir el puente\n"
            "Comparte esta actualización en\n"
            "Copiar el vínculo\n"
            "Estos son vínculos a páginas externas y abrirán en una nueva ventana\n"
            + _ES_BODY)
    cleaned = clean_plain(text)
    assert cleaned.title == "Vecinos de Valdeluna cortan la carretera para exigir el puente"


def test_a_notification_offer_a_loading_error_or_a_credit_is_not_the_title() -> None:
    for chrome in ("Reciba notificaciones de El Diario de Valdeluna\n"
                   "¿Desea activar las notificaciones en el escritorio?\n",
                   "Estamos cargando tus noticias\nNo hemos podido cargar tus noticias\n"
                   "Intentalo de nuevo más tarde.\n",
                   "Fuente de la imagen, Agencia Norte\n"):
        cleaned = clean_plain(chrome + _ES_BODY)
        assert cleaned.title is None, cleaned.title
        assert "nueva ventana" not in cleaned.text and "Intentalo" not in cleaned.text
