import json
import os
import random
import subprocess
import sys
import time

import pytest

from storylens.dedupe import find_copies, mark_duplicates
from storylens.records import Article

WIRE = (
    "Rescue teams worked through the night in the mountain villages after the earthquake "
    "struck on Saturday evening, officials said. The regional governor said that at least "
    "300 homes had collapsed and that the road to the valley was blocked by rockfalls. "
    "Aid convoys left the capital on Sunday morning with tents, blankets and water."
)

# One wire story per language (sentences), and the same event told by another outlet: same
# names and figures, its own wording.
STORIES: dict[str, tuple[list[str], str]] = {
    "en": ([
        "The port authority of Marseille said on Tuesday that a fire broke out on the cargo "
        "ship Aurora late on Monday night while it was unloading fertiliser at berth 14.",
        "Firefighters brought the blaze under control after six hours, and no one was hurt.",
        "According to the authority, 120 containers were damaged and 40 tonnes of fuel oil "
        "leaked into the harbour before booms were laid around the hull.",
        "The harbour master, Claire Dumas, told reporters that traffic would resume on "
        "Wednesday morning once divers had inspected the quay.",
        "Environmental groups asked for an independent inquiry into how the cargo was stored.",
        "The ship's owner, a shipping company based in Piraeus, declined to comment.",
    ], "Six hours of firefighting were needed at berth 14 in Marseille, where the Aurora, a "
       "cargo vessel carrying fertiliser, caught fire overnight into Tuesday. Harbour master "
       "Claire Dumas expects ships to move again on Wednesday after divers check the quay. "
       "Some 120 containers are ruined and 40 tonnes of fuel oil spilled, the port says; "
       "nobody was injured. Greens want an independent inquiry, while the Piraeus owner "
       "stays silent."),
    "fr": ([
        "Le conseil municipal de Lyon a adopté lundi soir un budget de 850 millions d'euros "
        "pour l'année prochaine, après un débat de plus de cinq heures.",
        "La maire, Sophie Bernard, a défendu une hausse de 12 % des dépenses consacrées aux "
        "transports publics et à la rénovation des écoles.",
        "L'opposition a voté contre le texte, jugeant que la dette de la ville augmenterait "
        "trop vite et que les impôts locaux finiraient par suivre.",
        "Selon l'adjoint aux finances, aucune hausse de la taxe foncière n'est prévue avant "
        "la fin du mandat.",
        "Les syndicats des agents municipaux ont salué la création de 200 postes.",
        "Le budget doit encore être transmis à la préfecture avant la fin du mois.",
    ], "Après cinq heures de discussions, les élus lyonnais ont voté le budget : 850 millions "
       "d'euros. Sophie Bernard, la maire, assume 12 % de plus pour les bus, les tramways et "
       "les écoles à rénover. Pour l'opposition, la dette va s'envoler et les impôts aussi. "
       "L'adjoint aux finances promet pourtant de ne pas toucher à la taxe foncière, et 200 "
       "postes seront créés, ce que les syndicats approuvent."),
    "ru": ([
        "В понедельник вечером в Новосибирске из-за сильного снегопада были закрыты две "
        "взлётно-посадочные полосы аэропорта Толмачёво.",
        "По данным пресс-службы аэропорта, задержаны 35 рейсов, ещё 12 отправлены на "
        "запасные аэродромы в Омске и Кемерове.",
        "Мэр города Анатолий Локоть поручил коммунальным службам работать круглосуточно и "
        "вывести на улицы 400 единиц техники.",
        "Синоптики обещают, что снегопад продлится до среды, а температура опустится до "
        "минус двадцати пяти градусов.",
        "Жителей просят по возможности не пользоваться личными автомобилями.",
        "В школах города отменены занятия для учеников начальных классов.",
    ], "Аэропорт Толмачёво остался без двух полос: Новосибирск засыпало снегом. Тридцать "
       "пять рейсов задерживаются, двенадцать самолётов ушли в Омск и Кемерово. Анатолий "
       "Локоть требует, чтобы 400 машин коммунальщиков чистили улицы днём и ночью. Снег "
       "будет идти до среды, мороз усилится до минус двадцати пяти, а младшие школьники "
       "остаются дома."),
    "ar": ([
        "أعلنت وزارة الصحة في الأردن يوم الثلاثاء افتتاح مستشفى جديد في مدينة إربد بسعة "
        "ثلاثمئة سرير بتكلفة بلغت خمسين مليون دينار.",
        "وقال وزير الصحة فراس الهواري إن المستشفى سيخدم أكثر من مليون نسمة في شمال المملكة.",
        "وأضاف الوزير أن المستشفى يضم قسما للطوارئ ووحدة لعلاج السرطان وعشر غرف للعمليات.",
        "وأوضح أن الوزارة عينت ستمئة من الأطباء والممرضين للعمل في المستشفى الجديد.",
        "ومن المتوقع أن يستقبل المستشفى أول المرضى في بداية الشهر المقبل.",
        "وكانت أعمال البناء قد بدأت قبل ثلاث سنوات بتمويل من صندوق التنمية.",
    ], "في إربد، مستشفى بثلاثمئة سرير كلف خمسين مليون دينار يفتح أبوابه، بحسب ما قاله "
       "الوزير فراس الهواري الذي يرى أن مليون شخص في الشمال سيستفيدون منه. الطوارئ وعلاج "
       "السرطان وعشر غرف عمليات، وستمئة طبيب وممرض، والمرضى الأوائل مطلع الشهر المقبل."),
}
MASTHEAD = "From our correspondent — wire service"
FOOTER = "Copyright 2026. All rights reserved. Follow us for more news. Read more on our site."


def _article(text: str, published: str | None = None, ident: str | None = None) -> Article:
    return Article(id=ident or Article.make_id(text), source="x", text=text, published=published)


def _pair(copy_text: str, lang: str) -> tuple[Article, Article]:
    original = _article(" ".join(STORIES[lang][0]), "2026-03-14")
    copy = _article(copy_text, "2026-03-15")
    mark_duplicates([copy, original], threshold=0.6)
    return original, copy


def test_copy_with_new_masthead_points_at_earliest_original() -> None:
    original = _article(WIRE, "2026-03-14")
    copy = _article("From our wire service. " + WIRE.replace("Sunday", "Sunday."), "2026-03-15")
    other = _article(
        "The central bank left its main interest rate unchanged on Thursday, citing slower "
        "inflation and a weaker labour market, and said it would watch the data closely."
    )
    mark_duplicates([copy, other, original], threshold=0.6)
    assert copy.duplicate_of == original.id
    assert original.duplicate_of is None
    assert other.duplicate_of is None


def test_rewritten_story_on_same_event_is_not_a_copy() -> None:
    a = _article(WIRE)
    b = _article(
        "Villagers dug through rubble with their hands as the death toll rose. The governor "
        "spoke of hundreds of destroyed houses; convoys with tents were expected on Sunday."
    )
    mark_duplicates([a, b], threshold=0.6)
    assert a.duplicate_of is None and b.duplicate_of is None


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_added_masthead_and_boilerplate_is_still_a_copy(lang: str) -> None:
    original, copy = _pair("\n".join([MASTHEAD, *STORIES[lang][0], FOOTER]), lang)
    assert copy.duplicate_of == original.id and original.duplicate_of is None


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_light_rewrite_is_still_a_copy(lang: str) -> None:
    sentences = list(STORIES[lang][0])
    words = sentences[1].split()
    words[1], words[2] = words[2], words[1]  # a reordering
    sentences[1] = " ".join(words[:-2] + words[-1:])  # and a dropped word
    del sentences[4]  # one sentence cut
    original, copy = _pair(" ".join(sentences), lang)
    assert copy.duplicate_of == original.id


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_truncated_copy_is_still_a_copy(lang: str) -> None:
    original, copy = _pair("\n".join([MASTHEAD, *STORIES[lang][0][:4]]), lang)
    assert copy.duplicate_of == original.id


@pytest.mark.parametrize("lang", sorted(STORIES))
def test_same_event_by_another_outlet_is_not_a_copy(lang: str) -> None:
    original, other = _pair(STORIES[lang][1], lang)
    assert other.duplicate_of is None and original.duplicate_of is None


def test_copy_in_a_script_without_spaces() -> None:
    story = ("上海市政府周二宣布，将在未来三年投资两百亿元建设十条新的地铁线路，"
             "预计每天可多运送三百万名乘客。市长表示，新线路将连接浦东机场和虹桥枢纽，"
             "并在二零二八年前全部通车。")
    other = ("北京市气象台周三发布暴雨预警，预计全市平均降雨量将达到八十毫米，"
             "部分山区可能发生山洪和泥石流。相关部门已经关闭了十二个景区，并提醒市民减少外出。")
    original = _article(story, "2026-01-01")
    reworded = story.replace("两百亿元", "200亿元")
    copy = _article("新华社电 " + reworded + " 责任编辑：王明", "2026-01-02")
    unrelated = _article(other, "2026-01-01")
    mark_duplicates([copy, unrelated, original], threshold=0.6)
    assert copy.duplicate_of == original.id and unrelated.duplicate_of is None


def _synthetic(count: int, seed: int) -> tuple[list[Article], dict[str, str]]:
    """Random-word articles, one in ten a masthead-and-cut copy of an earlier one."""
    rng = random.Random(seed)
    vocab = [f"w{n}" for n in range(5000)]
    articles: list[Article] = []
    expected: dict[str, str] = {}
    for n in range(count):
        if n % 10 == 9:
            source = articles[rng.randrange(len(articles) - 1)]
            words = source.text.split()
            text = "Wire report " + " ".join(words[: int(len(words) * 0.8)])
            articles.append(_article(text, f"2026-02-{n % 28 + 1:02d}", f"a{n:05d}"))
            expected[f"a{n:05d}"] = expected.get(source.id, source.id)
        else:
            text = " ".join(rng.choices(vocab, k=rng.randint(80, 400)))
            articles.append(_article(text, "2026-01-01", f"a{n:05d}"))
    return articles, expected


def test_two_thousand_articles_run_quickly_and_find_every_copy() -> None:
    articles, expected = _synthetic(2000, seed=5)
    start = time.perf_counter()
    copies = find_copies(articles, 0.6)
    elapsed = time.perf_counter() - start
    assert copies == expected
    assert elapsed < 15.0  # about 1 s on a laptop core; generous for loaded CI machines


def test_results_are_identical_across_processes() -> None:
    articles, _expected = _synthetic(300, seed=11)
    here = find_copies(articles, 0.6)
    script = (
        "import json, sys; sys.path.insert(0, 'tests'); import test_dedupe as t; "
        "from storylens.dedupe import find_copies; a, _ = t._synthetic(300, seed=11); "
        "print(json.dumps(find_copies(a, 0.6), sort_keys=True))"
    )
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, check=True,
                             capture_output=True, text=True).stdout
        assert json.loads(out) == here
