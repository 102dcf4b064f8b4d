"""Regression tests for general entity rules: plural place cues, place levels, titled persons over
place names, lower-case heads with proper names, French organisation extents, untitled persons."""

from __future__ import annotations

import pytest

from maroc_entrepreneuriat_nlp.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipe = Pipeline()
    return lambda text: pipe(text)


def _levels(rec):
    return {l.name: l.level for l in rec.locations}


def test_arabic_plural_and_dual_cues_list_places_of_one_level(run):
    rec = run(
        "تازة - أعطيت الانطلاقة بجماعتي أولاد برحيل وتالوين، كما تستهدف القافلة جماعات البير الجديد "
        "وأولاد احسين وسيدي علي بن حمدوش، مع عناية خاصة بإقليمي شفشاون ووزان اللذين يسجلان معدلات مرتفعة."
    )
    levels = _levels(rec)
    assert levels["تالوين"] == "commune"
    assert levels["سيدي علي بن حمدوش"] == "commune"
    assert levels["أولاد برحيل"] == "commune"  # a town named as the commune it is
    assert levels["شفشاون"] == "province" and levels["وزان"] == "province"
    assert not any("يسجلان" in n or "اللذين" in n for n in levels)


def test_dual_cue_adjective_is_no_place(run):
    rec = run("وقال مسؤول إقليمي للتشغيل إن البرنامج سيمكن من خلق فرص شغل جديدة بمدينة تازة.")
    assert [l.name for l in rec.locations] == ["تازة"]


def test_french_plural_cue_gives_the_level_to_each_listed_place(run):
    rec = run("Le programme cible en priorité les jeunes des provinces de Taza, Guercif et Taourirt, "
              "a indiqué le responsable.")
    levels = _levels(rec)
    assert levels["Taza"] == levels["Guercif"] == levels["Taourirt"] == "province"


def test_city_stays_city_when_its_region_is_named(run):
    rec = run("Tanger - La direction régionale de la région de Tanger-Tétouan-Al Hoceïma a réuni "
              "mardi à Tanger une centaine de porteurs de projets.")
    assert _levels(rec)["Tanger"] == "city"


def test_full_prefecture_name_does_not_turn_the_dateline_city_into_it(run):
    rec = run("وجدة - نظمت المديرية الجهوية، اليوم الخميس بوجدة، لقاء لفائدة حاملي المشاريع المنحدرين "
              "من عمالة وجدة أنجاد وإقليم بركان.")
    levels = {l.id: l.level for l in rec.locations}
    assert levels.get("loc:ma:oujda") == "city"


def test_titled_person_wins_over_a_place_or_surname_inside_the_name(run):
    rec = run("Intervenant à cette occasion, M. Karim Benslimane, directeur provincial de l'ANAPEC, a "
              "salué l'engagement des banques. Mme Hassan Amrani a pour sa part présenté le bilan.")
    persons = {p.name for p in rec.persons}
    assert "Karim Benslimane" in persons
    assert not any(l.name in ("Benslimane", "Hassan") for l in rec.locations)


def test_lower_case_head_with_quoted_or_capitalised_name_is_an_organisation(run):
    rec = run("La présidente de l'association « Atlas Jeunes Entreprendre », Mme Nadia Fikri, a présenté "
              "le bilan. Le GIE « Nour Tissage » et la coopérative agricole Zaitoun Ziz, ainsi que "
              "l'incubateur Draa Lab, ont été primés.")
    orgs = {o.name for o in rec.organizations}
    assert {"Atlas Jeunes Entreprendre", "Nour Tissage", "Zaitoun Ziz", "Draa Lab"} <= orgs
    assert {p.name for p in rec.persons} == {"Nadia Fikri"}


def test_french_organisation_stops_before_a_verb_or_a_new_phrase(run):
    rec = run("Le projet est financé par la Banque mondiale au titre de l'appui aux jeunes. La Banque "
              "africaine de développement finance aussi la Fondation à Meknès.")
    names = {o.name for o in rec.organizations}
    assert not any("titre" in n or "finance" in n or "Meknès" in n for n in names)


def test_first_name_and_surname_make_a_person_without_title(run):
    rec = run("Témoignant de son parcours, Samira Ait Lahcen, 31 ans, a raconté comment un crédit "
              "l'a aidée. Le formateur Youssef El Amrani a ensuite animé un atelier.")
    persons = {p.name for p in rec.persons}
    assert {"Samira Ait Lahcen", "Youssef El Amrani"} <= persons


def test_commune_cue_on_a_small_town(run):
    rec = run("Une antenne sera ouverte dans la commune d'Oulad Teima d'ici la fin de l'année.")
    assert _levels(rec).get("Oulad Teima") == "commune"
