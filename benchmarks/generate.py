"""Template-based MAP-style articles (Arabic and French) for benchmarks and load tests.

Varied programmes, organisations, places, people, amounts, targets and dates in Moroccan usage,
5 to 8 paragraphs each (about 130-260 words, like a short wire dispatch). Deterministic for a given seed.
These are synthetic texts written for this project, not real articles.

    python benchmarks/generate.py 2000 -o /tmp/generated.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys

PROGRAMS = [("Intelaka", "انطلاقة"), ("Forsa", "فرصة"), ("Awrach", "أوراش"), ("Tahfiz", "تحفيز"),
            ("Idmaj", "إدماج"), ("Taehil", "تأهيل"), ("Moukawalati", "مقاولتي"), ("Tadaroj", "تدرج")]
ORGS = [("l'ANAPEC", "الوكالة الوطنية لإنعاش التشغيل والكفاءات"), ("le Centre régional d'investissement", "المركز الجهوي للاستثمار"),
        ("la Banque Populaire", "البنك الشعبي"), ("la Chambre de commerce, d'industrie et de services", "غرفة التجارة والصناعة والخدمات"),
        ("l'INDH", "المبادرة الوطنية للتنمية البشرية"), ("la Caisse centrale de garantie", "صندوق الضمان المركزي"),
        ("l'OFPPT", "مكتب التكوين المهني وإنعاش الشغل"), ("Maroc PME", "المغرب للمقاولات الصغرى والمتوسطة")]
PLACES = [("Agadir", "أكادير", "Souss-Massa", "سوس ماسة"), ("Oujda", "وجدة", "l'Oriental", "الشرق"),
          ("Fès", "فاس", "Fès-Meknès", "فاس مكناس"), ("Tanger", "طنجة", "Tanger-Tétouan-Al Hoceima", "طنجة تطوان الحسيمة"),
          ("Laâyoune", "العيون", "Laâyoune-Sakia El Hamra", "العيون الساقية الحمراء"),
          ("Béni Mellal", "بني ملال", "Béni Mellal-Khénifra", "بني ملال خنيفرة"),
          ("Marrakech", "مراكش", "Marrakech-Safi", "مراكش آسفي"), ("Errachidia", "الرشيدية", "Drâa-Tafilalet", "درعة تافيلالت")]
PERSONS = [("Karim Benali", "كريم بنعلي"), ("Fatima Zahra El Idrissi", "فاطمة الزهراء الإدريسي"), ("Youssef Amrani", "يوسف العمراني"),
           ("Nadia Berrada", "نادية برادة"), ("Hicham Tazi", "هشام التازي"), ("Samira Ouazzani", "سميرة الوزاني")]
ROLES = [("directeur régional", "المدير الجهوي"), ("wali de la région", "والي الجهة"), ("président du conseil régional", "رئيس مجلس الجهة"),
         ("directrice générale", "المديرة العامة"), ("gouverneur de la province", "عامل الإقليم")]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
DAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]

FR_PARAS = [
    "{city} - {org} et {org2} ont signé, {day} à {city}, une convention de partenariat pour le déploiement du "
    "programme {prog} dans la région {region}, avec une enveloppe budgétaire de {amount_fr}.",
    "Cette convention vise l'accompagnement de {n} porteurs de projets et la création de {m} emplois d'ici {year2}, "
    "a précisé {person}, {role}, lors d'une cérémonie organisée au siège de la wilaya.",
    "Selon les chiffres présentés à cette occasion, le programme {prog} a permis depuis son lancement en {year0} de "
    "financer {k} très petites entreprises, pour un montant global de {amount2_fr}.",
    "Le {date_fr}, une caravane régionale sillonnera les provinces de la région pour informer les jeunes des "
    "mécanismes d'appui à l'entrepreneuriat et à l'auto-emploi, notamment dans le monde rural.",
    "Intervenant à cette occasion, {person2} a souligné que {org2} mobilisera ses équipes pour faciliter l'accès au "
    "financement, à la formation et à l'accompagnement post-création.",
    "Les bénéficiaires pourront obtenir des prêts à taux préférentiel de 2% en milieu urbain et 1,75% en milieu "
    "rural, avec un différé de remboursement allant jusqu'à trois ans.",
    "La rencontre a été marquée par la présence d'élus, de responsables d'établissements publics et de représentants "
    "du secteur bancaire et de la société civile.",
    "Au titre de l'année {year1}, l'objectif est d'atteindre {n2} bénéficiaires, dont au moins 30% de femmes, "
    "a ajouté le responsable.",
]
AR_PARAS = [
    "{city_ar} - وقعت {org_ar} و{org2_ar}، يوم {day_ar} ب{city_ar}، اتفاقية شراكة لتنزيل برنامج \"{prog_ar}\" بجهة "
    "{region_ar}، بغلاف مالي قدره {amount_ar}.",
    "وتهدف هذه الاتفاقية إلى مواكبة {n} من حاملي المشاريع وإحداث {m} منصب شغل في أفق سنة {year2}، حسب ما أفاد به "
    "السيد {person_ar}، {role_ar}، خلال حفل نظم بمقر الولاية.",
    "وحسب المعطيات التي تم تقديمها بهذه المناسبة، مكن برنامج \"{prog_ar}\" منذ إطلاقه سنة {year0} من تمويل {k} "
    "مقاولة صغيرة جدا، بمبلغ إجمالي بلغ {amount2_ar}.",
    "وفي {date_ar}، ستجوب قافلة جهوية أقاليم الجهة لتعريف الشباب بآليات دعم المقاولة والتشغيل الذاتي، لا سيما "
    "بالعالم القروي.",
    "وأكد {person2_ar}، في كلمة بالمناسبة، أن {org2_ar} ستعبئ فرقها لتسهيل الولوج إلى التمويل والتكوين والمواكبة "
    "بعد إحداث المقاولات.",
    "ويمكن للمستفيدين الحصول على قروض بنسبة فائدة تفضيلية تبلغ 2 في المائة بالوسط الحضري و1,75 في المائة بالوسط "
    "القروي، مع فترة إعفاء من السداد تصل إلى ثلاث سنوات.",
    "وتميز هذا اللقاء بحضور منتخبين ومسؤولي مؤسسات عمومية وممثلين عن القطاع البنكي وفعاليات المجتمع المدني.",
    "وبرسم سنة {year1}، يتمثل الهدف في بلوغ {n2} مستفيد، ضمنهم 30 في المائة على الأقل من النساء، يضيف المسؤول.",
]


def _amount(rng: random.Random, lang: str) -> str:
    value = rng.choice([1.5, 2, 3.2, 12, 25, 50, 120, 350, 800])
    if lang == "fr":
        unit = rng.choice(["millions de dirhams", "MDH", "millions DH"]) if value >= 1 else "dirhams"
        return f"{str(value).replace('.', ',').removesuffix(',0')} {unit}"
    unit = rng.choice(["مليون درهم", "مليون درهم"])
    return f"{str(value).replace('.', ',').removesuffix(',0')} {unit}"


def article(i: int, rng: random.Random) -> dict:
    lang = "ar" if i % 2 else "fr"
    (prog, prog_ar), ((org, org_ar), (org2, org2_ar)) = rng.choice(PROGRAMS), rng.sample(ORGS, 2)
    city, city_ar, region, region_ar = rng.choice(PLACES)
    (person, person_ar), (person2, person2_ar) = rng.sample(PERSONS, 2)
    role, role_ar = rng.choice(ROLES)
    year = rng.randint(2019, 2025)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    fields = dict(
        prog=prog, prog_ar=prog_ar, org=org, org_ar=org_ar, org2=org2, org2_ar=org2_ar, city=city, city_ar=city_ar,
        region=region, region_ar=region_ar, person=person, person_ar=person_ar, person2=person2, person2_ar=person2_ar,
        role=role, role_ar=role_ar, day=rng.choice(DAYS_FR), day_ar=rng.choice(DAYS_AR),
        amount_fr=_amount(rng, "fr"), amount2_fr=_amount(rng, "fr"), amount_ar=_amount(rng, "ar"),
        amount2_ar=_amount(rng, "ar"), n=f"{rng.randint(2, 40) * 50:,}".replace(",", " "), m=rng.randint(100, 5000),
        k=rng.randint(50, 3000), n2=rng.randint(500, 20000), year0=year - rng.randint(1, 3), year1=year,
        year2=year + rng.randint(1, 5), date_fr=f"{day} {MONTHS_FR[month - 1]} {year}",
        date_ar=f"{day} {MONTHS_AR[month - 1]} {year}",
    )
    templates = AR_PARAS if lang == "ar" else FR_PARAS
    chosen = [templates[0]] + rng.sample(templates[1:], rng.randint(4, 7))
    text = "\n".join(t.format(**fields) for t in chosen)
    title = (f"{prog}: convention de partenariat à {city}" if lang == "fr" else f"اتفاقية لتنزيل برنامج {prog_ar} ب{city_ar}")
    return {"doc_id": f"gen-{lang}-{i:05d}", "title": title, "text": text,
            "publication_date": f"{year}-{month:02d}-{day:02d}"}


def generate(n: int, seed: int = 0) -> list[dict]:
    rng = random.Random(seed)
    return [article(i, rng) for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    fh = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for item in generate(args.n, args.seed):
        fh.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
