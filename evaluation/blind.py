"""A blind noisy corpus: other sites, other chrome, other comment styles, other attributions.

Written without looking at the cleaner's rules or lexicons, to check that the figures of
`evaluation/corpus.py` (written by the author of the rules) carry over to pages phrased
differently. Some of its phrases were later copied into the lexicons; they have since been
rephrased so that no line or phrase of 8 characters or more here is a row of `cleaning/data/` or
inside one, nor in a literal of `cleaning/*.py` (tests/test_disjoint.py; month and weekday names
are language and exempt). Every article body is written for this corpus (none is a seed page's
text, issue 12). It writes the same layout and the same `truth.json` format, so the project's
scorer reads it unchanged:

    python -m evaluation.blind --out DIR [--pages 420] [--seed 7]
    python scripts/evaluate.py --corpus DIR

Ground-truth conventions (see docs/blind-evaluation.md):

* body: every paragraph of the article, including short quoted sentences on their own line
  («لن نتراجع»), subheads, numbered-list items and their colon-ended introduction, a dateline
  paragraph ("دمشق - (رويترز) - ..."), and paragraphs that merely begin with or mention words such
  as المصدر, التعليقات, إعلان, الكاتب, تحرير, شاهد.
* body text is expected exactly as written before the noise: entities unescaped, presentation
  forms back to letters, bidi/zero-width controls gone, NBSP as a plain space, lines stripped.
  Persian ZERO WIDTH NON-JOINER (U+200C) is part of the spelling and must be kept.
* sources: the agencies a wire dateline credits ("دمشق - (رويترز) - ..." -> Reuters, "... - وكالات:"
  -> agencies; "– خاص:" credits nothing) and those of the attribution line, in the order the page
  prints them (the dateline heads the body, the attribution line follows it), each once; never
  from a photo caption. Canonical names of the schema (AFP, AP, Reuters, DPA, Xinhua, Anadolu,
  KUNA, SPA, QNA, MENA, RT, Sputnik, Al Jazeera, "agencies" for وكالات); a credit not in that list
  is expected kept as written (e.g. "مواقع إلكترونية").
* title: the headline printed at the top, without a site suffix; exact and near repeats of it are
  labelled "title" (to be removed). No headline -> null.
* site_key: first folder for INPUT/<site>/<page>.txt; for flat pages the site named in a
  "Name | section" first line, else null.
"""

from __future__ import annotations

import argparse
import html
import json
import random
from collections import defaultdict
import re
import unicodedata
from pathlib import Path


NOISES = ["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp1256", "iso-8859-6",
          "mojibake-cp1252", "mojibake-cp1256", "html-entities", "presentation-forms",
          "bidi-marks", "nbsp"]
ENCODING_OF = {"utf-8-bom": "utf-8-sig", "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be",
               "cp1256": "cp1256", "iso-8859-6": "iso8859-6"}
LEGACY = {"cp1256", "iso-8859-6"}

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

# ------------------------------------------------------------------------------------------
# Slot values
# ------------------------------------------------------------------------------------------
CITIES = ["دمشق", "بيروت", "عمّان", "القاهرة", "بغداد", "الرباط", "تونس", "الخرطوم", "صنعاء",
          "الدوحة", "الرياض", "الجزائر", "الكويت", "مسقط", "طرابلس", "أربيل", "حلب", "الإسكندرية"]
PEOPLE = ["سامر الحلبي", "منى عبد الرحيم", "خالد بن سالم", "يوسف الأمين", "ليلى مراد",
          "عمر الشريف", "حسن العطار", "رنا حداد", "طارق الزين", "هالة فهمي", "جمال الدين بوزيد",
          "ماجد العنزي", "سلوى الخطيب", "فراس نعمة", "إبراهيم الكبيسي", "نادية بن عمر"]
COUNTRY_ADJ = ["الأردني", "المصري", "العراقي", "الكويتي", "المغربي", "التونسي", "اللبناني",
               "القطري", "العماني", "الجزائري", "السوداني", "التركي", "الروسي", "الفرنسي"]
COUNTRIES = ["فرنسا", "الإمارات", "البرازيل", "اليابان", "مالطا", "الجزائر", "سويسرا", "غانا"]
ORGS = ["جامعة الدول العربية", "الأمم المتحدة", "منظمة التعاون الإسلامي", "الاتحاد الأوروبي",
        "اللجنة الدولية للصليب الأحمر", "منظمة الصحة العالمية", "الاتحاد الأفريقي"]
DAYS = ["اليوم الأحد", "اليوم الإثنين", "أمس الثلاثاء", "اليوم الأربعاء", "أمس الخميس",
        "مساء الجمعة", "صباح السبت"]
DAYS_FUTURE = ["الأحد المقبل", "الإثنين المقبل", "بعد غد الثلاثاء", "الأربعاء المقبل",
               "الخميس المقبل", "نهاية الأسبوع الجاري"]
REGIONS = ["المناطق الشمالية", "المرتفعات الجبلية", "السواحل الغربية", "المناطق الداخلية",
           "محافظات الجنوب", "العاصمة وضواحيها"]
TEAMS = ["الوحدات", "الفيصلي", "الزمالك", "الإسماعيلي", "الرجاء", "الوداد", "الترجي",
         "الصفاقسي", "القوة الجوية", "الشرطة", "السد", "العربي", "الهلال", "النصر"]
WEEKDAYS = ["الأحد", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
MONTHS_EG = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]
MONTHS_LEV = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MONTHS_MA = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
             "أكتوبر", "نونبر", "دجنبر"]


def fill(rng: random.Random, template: str) -> str:
    def pick(name: str) -> str:
        if name in ("person", "person2"):
            return rng.choice(PEOPLE)
        if name in ("city", "city2"):
            return rng.choice(CITIES)
        if name in ("country_adj", "country_adj2"):
            return rng.choice(COUNTRY_ADJ)
        if name == "country":
            return rng.choice(COUNTRIES)
        if name == "org":
            return rng.choice(ORGS)
        if name == "day":
            return rng.choice(DAYS)
        if name == "day_future":
            return rng.choice(DAYS_FUTURE)
        if name == "region":
            return rng.choice(REGIONS)
        if name in ("team", "team2"):
            return rng.choice(TEAMS)
        if name == "n":
            return str(rng.randint(12, 980))
        if name == "n_ar":
            return str(rng.randint(12, 980)).translate(AR_DIGITS)
        if name == "bp":
            return str(rng.choice([25, 50, 75, 100, 150, 200]))
        if name == "pct":
            return f"{rng.randint(2, 39)}.{rng.randint(1, 9)}"
        if name == "small":
            return str(rng.randint(3, 9))
        if name == "small2":
            return str(rng.randint(11, 45))
        if name == "score":
            return f"{rng.randint(1, 4)}-{rng.randint(0, 1)}"
        if name == "round":
            return str(rng.randint(5, 33))
        if name == "minute":
            return str(rng.randint(3, 90))
        if name == "year":
            return str(rng.randint(2019, 2024))
        raise KeyError(name)

    seen: dict[str, str] = {}

    def sub(m):
        name = m.group(1)
        if name not in seen:
            seen[name] = pick(name)
        return seen[name]

    return re.sub(r"\{(\w+)\}", sub, template)


# ------------------------------------------------------------------------------------------
# Body text (written for this corpus)
# ------------------------------------------------------------------------------------------
AR_PARAS = {
    "politics": [
        "قال وزير الخارجية {country_adj} {person} إن بلاده ستواصل اتصالاتها مع الأطراف المعنية من أجل التوصل إلى تسوية سياسية تنهي الأزمة، مشيراً إلى أن الأيام المقبلة ستشهد جولة جديدة من المشاورات في {city}.",
        "وأوضح {person} في مؤتمر صحفي عقده {day} مع نظيره {country_adj2} أن المباحثات تناولت سبل تعزيز التعاون الثنائي في مجالات الطاقة والتجارة والنقل، إضافة إلى تطورات الأوضاع في المنطقة.",
        "وكانت {org} قد دعت في بيان صدر {day} جميع الأطراف إلى ضبط النفس والامتناع عن أي خطوات من شأنها تأجيج التوتر، مؤكدة أن الحوار هو السبيل الوحيد لتجاوز الخلافات.",
        "وبحسب مصادر دبلوماسية مطلعة، فإن مسودة الاتفاق تتضمن {n} بنداً، أبرزها وقف شامل لإطلاق النار وتبادل الأسرى وفتح المعابر أمام المساعدات الإنسانية.",
        "ويأتي هذا التطور بعد أسابيع من التصعيد الميداني الذي أسفر عن سقوط {n} قتيلاً على الأقل ونزوح آلاف العائلات من القرى الحدودية، وفق أرقام الأمم المتحدة.",
        "في المقابل، رفضت المعارضة المقترح واعتبرته محاولة لكسب الوقت، وقال المتحدث باسمها {person} إن أي اتفاق لا يضمن عودة النازحين إلى مدنهم لن يكتب له النجاح.",
        "ومن المقرر أن يعقد مجلس الأمن الدولي جلسة طارئة {day_future} لمناقشة التطورات، بطلب من {country} التي تتولى الرئاسة الدورية للمجلس هذا الشهر.",
        "وشهدت {city} خلال الأيام الماضية حراكاً دبلوماسياً مكثفاً، إذ استقبلت وفوداً من {n} دولة لبحث ترتيبات المرحلة الانتقالية وضمانات تنفيذ أي اتفاق محتمل.",
        "ولم يصدر حتى الآن أي تعليق رسمي من الحكومة على هذه التصريحات، غير أن نائباً في البرلمان وصفها بأنها \"تدخل سافر في الشؤون الداخلية\".",
    ],
    "economy": [
        "أعلن البنك المركزي {country_adj} رفع سعر الفائدة الرئيسي بمقدار {bp} نقطة أساس، في خطوة تهدف إلى كبح التضخم الذي بلغ {pct} في المئة على أساس سنوي خلال الشهر الماضي.",
        "وأظهرت بيانات رسمية نشرت {day} أن الصادرات غير النفطية ارتفعت بنسبة {pct} في المئة خلال الربع الأول من العام، مدفوعة بزيادة الطلب على المنتجات الزراعية والأسمدة.",
        "ويرى خبراء اقتصاديون أن استمرار ارتفاع أسعار المواد الغذائية سيضغط على ميزانيات الأسر محدودة الدخل، داعين الحكومة إلى توسيع برامج الدعم النقدي المباشر.",
        "وتراجع سعر صرف العملة المحلية في السوق الموازية إلى {n} مقابل الدولار الأمريكي، في حين حافظ السعر الرسمي على استقراره للأسبوع الثالث على التوالي.",
        "وقال رئيس غرفة تجارة {city} {person} إن قطاع الأعمال ينتظر إقرار قانون الاستثمار الجديد، الذي يمنح إعفاءات ضريبية للمشروعات الصغيرة والمتوسطة لمدة خمس سنوات.",
        "وبلغ حجم التبادل التجاري بين البلدين نحو {n} مليون دولار العام الماضي، ويطمح الجانبان إلى مضاعفته خلال السنوات الثلاث المقبلة عبر خط ملاحي جديد.",
        "وسجلت البورصة المحلية ارتفاعاً بنسبة {pct} في المئة في ختام تعاملات {day}، بدعم من أسهم المصارف وشركات الاتصالات، وسط تداولات نشطة.",
    ],
    "weather": [
        "توقعت هيئة الأرصاد الجوية أن تشهد {region} منخفضاً جوياً اعتباراً من مساء {day_future}، يصاحبه هطول أمطار غزيرة ورياح نشطة قد تثير الغبار في المناطق المفتوحة.",
        "ودعت الهيئة المواطنين إلى توخي الحذر أثناء القيادة والابتعاد عن مجاري السيول والأودية، مشيرة إلى أن درجات الحرارة ستنخفض بمقدار {small} درجات عن معدلاتها.",
        "وأعلنت فرق الدفاع المدني أنها تعاملت خلال الساعات الماضية مع {n} بلاغاً عن تجمعات مياه وانهيارات جزئية في بعض المباني القديمة، دون تسجيل إصابات خطيرة.",
        "وقررت وزارة التربية تعليق الدوام في مدارس {city} يوم {day_future} حرصاً على سلامة الطلاب، على أن يستأنف الدوام بشكل طبيعي فور تحسن الأحوال الجوية.",
        "وأفاد سكان في أحياء {city} الشرقية بأن التيار الكهربائي انقطع لساعات طويلة بسبب سقوط أعمدة الكهرباء، فيما عملت الورش الفنية على إصلاح الأعطال.",
    ],
    "health": [
        "أطلقت وزارة الصحة حملة وطنية للتطعيم تستهدف أكثر من {n} ألف طفل دون سن الخامسة في المحافظات كافة، وتستمر الحملة مدة أسبوعين.",
        "وأكد مدير المستشفى {person} أن الطواقم الطبية تعمل على مدار الساعة، وأن المستشفى استقبل خلال الأسبوع الماضي {n} حالة، معظمها حالات متوسطة غادرت بعد تلقي العلاج.",
        "وأشارت دراسة أعدتها جامعة {city} إلى أن نسبة الطلاب الذين يستخدمون منصات التعلم الإلكتروني ارتفعت إلى {pct} في المئة، مقارنة بما كانت عليه قبل ثلاث سنوات.",
        "ونصحت الوزارة المواطنين بمراجعة أقرب مركز صحي عند ظهور أعراض الحمى أو السعال المستمر، وعدم تناول المضادات الحيوية من دون وصفة طبية.",
        "وافتتحت الجامعة هذا العام {small} تخصصات جديدة في الذكاء الاصطناعي والطاقة المتجددة، استجابة لحاجات سوق العمل في {city} والمدن المجاورة.",
    ],
    "sports": [
        "حقق فريق {team} فوزاً ثميناً على ضيفه {team2} بنتيجة {score} في المباراة التي جمعتهما {day} ضمن الجولة {round} من الدوري، ليرتقي إلى المركز الثالث في جدول الترتيب.",
        "وسجل هدف الفوز اللاعب {person} في الدقيقة {minute} بعد تمريرة متقنة من زميله، فيما أهدر الفريق الضيف ركلة جزاء في الشوط الثاني.",
        "وقال مدرب الفريق عقب اللقاء إن لاعبيه قدموا أداءً كبيراً رغم الغيابات، مضيفاً أن المنافسة على اللقب ما زالت مفتوحة حتى الجولة الأخيرة.",
        "ويستعد المنتخب لخوض مباراتين وديتين في {city} مطلع الشهر المقبل، ضمن برنامج الإعداد للتصفيات المؤهلة إلى كأس العالم.",
    ],
    "culture": [
        "انطلقت في {city} فعاليات الدورة {round} من معرض الكتاب بمشاركة أكثر من {n} دار نشر من {small2} دولة عربية وأجنبية، وتستمر حتى نهاية الشهر الجاري.",
        "ويتضمن البرنامج الثقافي المصاحب للمعرض ندوات فكرية وأمسيات شعرية وورشاً للأطفال، إلى جانب تكريم عدد من الكتّاب الذين أثروا المكتبة العربية.",
        "وقالت مديرة المعرض {person} إن إدارة المعرض خصصت جناحاً للكتب المترجمة هذا العام، بعد أن سجلت مبيعاتها نمواً لافتاً في الدورة السابقة.",
        "وشهد حفل الافتتاح عرضاً موسيقياً لفرقة من {city2} قدمت مقطوعات من التراث الشعبي، وسط حضور جماهيري كبير.",
    ],
}
# Body paragraphs that begin with or mention words a careless rule would take for chrome.
AR_TRAPS = [
    "وقال المصدر، الذي فضّل عدم الكشف عن هويته، إن الاجتماع سيعقد في موعده رغم التحفظات التي أبدتها بعض الأطراف.",
    "المصدر ذاته أشار إلى أن الوفد سيصل إلى {city} صباح {day_future} لاستكمال المباحثات.",
    "ونقلت الصحيفة عن المصدر قوله إن الاتفاق بات قريباً، وإن الخلاف ما زال قائماً حول بندين فقط.",
    "التعليقات التي نشرها الوزير على حسابه في منصة إكس أثارت موجة من الانتقادات في الأوساط السياسية.",
    "وتصدرت التعليقات الساخرة مواقع التواصل الاجتماعي بعد انتشار مقطع الفيديو، فيما طالب ناشطون بفتح تحقيق.",
    "إعلان وقف إطلاق النار جاء بعد وساطة استمرت أسابيع، وشاركت فيها {country} إلى جانب {org}.",
    "إعلان الحكومة عن الموازنة الجديدة تأخر شهرين بسبب الخلافات بين الكتل النيابية.",
    "الكاتب {country_adj} {person} فاز بجائزة الرواية العربية هذا العام عن روايته الأخيرة التي تتناول سنوات الحرب.",
    "تحرير سعر الصرف كان أحد شروط صندوق النقد الدولي للموافقة على القرض الجديد.",
    "شاهد عيان أكد أن الانفجار وقع قرب السوق المركزي في {city} قبيل الظهر، وأن سيارات الإسعاف وصلت بعد دقائق.",
    "اقرأ ما بين السطور تجد أن البيان لم يحدد موعداً للانسحاب، بحسب ما قاله محللون.",
    "تابع الرئيس {day} سير العمل في مشروع الطريق الدائري، واطلع على نسب الإنجاز في مراحله الثلاث.",
    "وأكد مصدر في الوزارة أن التعليقات الواردة من المواطنين ستؤخذ بعين الاعتبار عند إعداد الصيغة النهائية للقانون.",
]
AR_QUOTES = ["«لن نتراجع»", "«الحوار هو الطريق الوحيد»", "«نحن أمام لحظة فارقة»", "«لا أحد فوق القانون»",
             "«سنعيد بناء ما تهدم»", "«نريد أفعالاً لا أقوالاً»", "\"لن نتراجع\"", "«الشعب يستحق الأفضل»",
             "«الوقت ليس في صالح أحد»", "«أبوابنا مفتوحة للجميع»", "\"الأرقام لا تكذب\"", "«هذا يوم تاريخي»"]
AR_QUOTE_INTROS = ["وختم {person} حديثه بالقول:", "وردد المحتجون هتافاً واحداً:", "وكتب الوزير على حسابه:",
                   "وقال أحد المتظاهرين:"]
AR_SUBHEADS = ["خلفية الأزمة", "ردود الفعل", "ماذا بعد؟", "أرقام ودلالات", "موقف المعارضة",
               "تحذيرات دولية", "مخاوف اقتصادية", "الطريق إلى الاتفاق", "شهادات من الميدان"]
AR_LIST_INTROS = ["وتتضمن الخطة الحكومية المحاور التالية:", "وحدد البيان الصادر {day} الخطوات الآتية:",
                  "وأبرز ما جاء في القرار الذي أعلنه {person}:", "وتشمل خطة وزارة الاقتصاد في {city} ما يلي:"]
AR_LIST_ITEMS = ["دعم صغار المزارعين بقروض ميسرة", "إنشاء صندوق لتمويل المشروعات الناشئة",
                 "تحديث شبكات الري في المحافظات الجنوبية", "خفض الرسوم الجمركية على المواد الأولية",
                 "تدريب {n} ألف شاب على المهن الرقمية", "إعادة تأهيل المدارس المتضررة",
                 "تسريع إجراءات تسجيل الشركات إلكترونياً"]
LIST_STYLES = ["{i}- {t}.", "{i}. {t}.", "{ia}- {t}", "({i}) {t}.", "{ord}: {t}."]
ORDINALS = ["أولاً", "ثانياً", "ثالثاً", "رابعاً", "خامساً"]
DATELINES = [("{city} - (رويترز) - ", ["Reuters"]), ("{city} (أ ف ب) - ", ["AFP"]), ("{city} - وكالات: ", ["agencies"]),
             ("{city} – خاص: ", [])]  # (printed lead, agencies it credits)

AR_HEADLINES = [
    "الوزير {country_adj} يدعو إلى هدنة شاملة قبل جولة مفاوضات {city}",
    "البنك المركزي يرفع الفائدة {bp} نقطة أساس لكبح التضخم",
    "أمطار غزيرة متوقعة في {region} وتحذيرات من السيول",
    "{team} يتغلب على {team2} ويقترب من صدارة الدوري",
    "انطلاق معرض {city} للكتاب بمشاركة {n} دار نشر",
    "حملة تطعيم وطنية تستهدف {n} ألف طفل",
    "وزير الخارجية {country_adj} يلتقي نظيره في {city}",
    "{org} تحذر من تدهور الأوضاع الإنسانية",
    "ارتفاع الصادرات غير النفطية {pct} في المئة",
    "هل تنجح وساطة {country} في إنهاء الأزمة؟",
    "تعليق الدوام المدرسي في {city} بسبب الأحوال الجوية",
    "المعارضة ترفض مقترح التسوية وتطالب بضمانات",
    "مجلس الأمن يعقد جلسة طارئة بشأن التصعيد",
    "قانون الاستثمار الجديد: إعفاءات للمشروعات الصغيرة",
]

# ------------------------------------------------------------------------------------------
# Other languages (written for this corpus)
# ------------------------------------------------------------------------------------------
EN_PARAS = [
    "The foreign minister said on {dayen} that his government would keep talking to all sides in the hope of reaching a political settlement, adding that a new round of consultations would be held in {cityen} next week.",
    "According to diplomats familiar with the draft, the proposal contains {n} points, chief among them a nationwide ceasefire, a prisoner exchange and the reopening of border crossings to aid convoys.",
    "The central bank raised its main interest rate by {bp} basis points, its third increase this year, as annual inflation climbed to {pct} percent last month.",
    "Residents of {cityen} said power had been cut for hours after storms brought down electricity poles, while repair crews worked through the night.",
    "The opposition rejected the plan, calling it an attempt to buy time. \"Any deal that does not guarantee the return of displaced families will fail,\" its spokesman said.",
    "Officials expect the book fair, which runs until the end of the month, to draw more than {n} thousand visitors from across the region.",
    "Economists warn that rising food prices will squeeze low-income households and have urged the government to expand direct cash transfers.",
    "The Security Council is due to hold an emergency session on {dayfut} at the request of several member states.",
    "{personen}, a spokesperson for the ministry in {cityen}, told reporters that the delegation would arrive on {dayfut} to finalise the arrangements.",
    "Flooding in the eastern districts of {cityen} forced schools to close on {dayen}, and {personen}, the local governor, asked residents to avoid the riverbanks.",
    "In a statement on {dayen}, {personen} said the opposition would only return to the table if detainees were released first.",
    "Traders in the old market of {cityen} told us that prices of bread and cooking oil have nearly doubled since the start of the year, according to {personen}, who runs a bakery there.",
]
EN_HEADLINES = ["Minister calls for ceasefire ahead of talks in {cityen}", "Central bank raises rates by {bp} basis points",
                "Storms cut power across {cityen}", "Opposition rejects settlement proposal",
                "Book fair opens with {n} publishers", "Will mediation end the crisis?"]
FR_PARAS = [
    "Le ministre des Affaires étrangères a déclaré {dayfr} que son gouvernement poursuivrait le dialogue avec toutes les parties afin de parvenir à un règlement politique de la crise.",
    "Selon des diplomates ayant eu accès au projet, le texte comporte {n} points, dont un cessez-le-feu général, un échange de prisonniers et la réouverture des points de passage.",
    "La banque centrale a relevé son principal taux directeur de {bp} points de base, alors que l'inflation a atteint {pct} % sur un an le mois dernier.",
    "Les habitants de {cityfr} ont été privés d'électricité pendant plusieurs heures après les violentes intempéries qui ont frappé la région.",
    "L'opposition a rejeté la proposition, estimant qu'il s'agissait d'une manœuvre pour gagner du temps.",
    "« Nous ne reculerons pas », a lancé le porte-parole devant des centaines de manifestants rassemblés sur la place centrale.",
    "Le salon du livre, qui se tient jusqu'à la fin du mois, accueille cette année plus de {n} maisons d'édition venues de toute la région.",
    "Les économistes redoutent que la hausse des prix alimentaires ne pèse lourdement sur le budget des ménages les plus modestes.",
    "{personfr}, porte-parole du ministère à {cityfr}, a indiqué {dayfr} que la délégation arriverait avant la fin de la semaine pour finaliser les détails.",
    "À {cityfr}, {personfr}, commerçant dans le vieux souk, affirme que le prix du pain a presque doublé depuis le début de l'année.",
    "Dans un communiqué publié {dayfr}, {personfr} a appelé toutes les parties à la retenue et au respect des engagements pris.",
    "Les écoles de {cityfr} resteront fermées {dayfr} en raison des inondations, a annoncé {personfr}, responsable de l'académie régionale.",
]
FR_HEADLINES = ["Le chef de la diplomatie appelle à une trêve avant les pourparlers", "La banque centrale relève ses taux de {bp} points",
                "Intempéries : {cityfr} privée d'électricité", "L'opposition rejette le plan de sortie de crise",
                "Le salon du livre ouvre ses portes avec {n} éditeurs"]
FA_PARAS = [
    "وزیر امور خارجه روز دوشنبه اعلام کرد که کشورش برای حل بحران منطقه گفت‌وگو با همه‌ی طرف‌ها را ادامه می‌دهد و دور تازه‌ی مذاکرات هفته‌ی آینده در {cityfa} برگزار می‌شود.",
    "به گفته‌ی این مقام، آتش‌بس در مناطق مرزی گام مهمی برای کاهش خشونت‌ها است و باید به همه‌ی استان‌ها گسترش یابد.",
    "بانک مرکزی اعلام کرد نرخ تورم در ماه گذشته به {pct} درصد رسیده و قیمت مواد غذایی بیش از سایر کالاها افزایش یافته است.",
    "قیمت نان و برنج در بازارهای {cityfa} طی هفته‌ی گذشته بالا رفت و بسیاری از خریداران از گرانی گلایه دارند.",
    "سازمان هواشناسی برای روزهای آینده در استان‌های شمالی بارش باران و کاهش محسوس دما پیش‌بینی کرده است.",
    "مدارس در چند شهر به دلیل آلودگی شدید هوا تا پایان هفته تعطیل خواهند بود و کلاس‌ها به صورت مجازی برگزار می‌شود.",
    "کارشناسان می‌گویند موفقیت این طرح به پایبندی همه‌ی طرف‌ها به توافق و نظارت دقیق بین‌المللی بستگی دارد.",
    "نمایشگاه کتاب {cityfa} امسال با حضور {n} ناشر داخلی و خارجی برگزار می‌شود و تا پایان ماه ادامه دارد.",
]
FA_HEADLINES = ["ادامه‌ی گفت‌وگوها برای حل بحران منطقه", "نرخ تورم به {pct} درصد رسید", "تعطیلی مدارس {cityfa} به دلیل آلودگی هوا",
                "پیش‌بینی بارش باران در استان‌های شمالی"]
UR_PARAS = [
    "وزیر اعظم نے پیر کے روز اسلام آباد میں کابینہ کے اجلاس کی صدارت کی اور مہنگائی پر قابو پانے کے لیے نئے اقدامات کا اعلان کیا۔",
    "محکمہ موسمیات کے مطابق آئندہ دو دنوں میں {cityur} اور گرد و نواح میں تیز بارش کا امکان ہے اور شہریوں کو احتیاط برتنے کی ہدایت کی گئی ہے۔",
    "حکام نے بتایا کہ سیلاب سے متاثرہ علاقوں میں امدادی سرگرمیاں جاری ہیں اور {n} خاندانوں کو محفوظ مقامات پر منتقل کر دیا گیا ہے۔",
    "کرکٹ ٹیم کے کپتان نے کہا کہ کھلاڑی اگلے میچ کے لیے پوری طرح تیار ہیں اور شائقین کو مایوس نہیں کریں گے۔",
    "ماہرین کا کہنا ہے کہ بجلی کی قیمتوں میں اضافے سے عام آدمی پر بوجھ مزید بڑھ جائے گا۔",
    "اسٹیٹ بینک نے شرح سود {pct} فیصد پر برقرار رکھنے کا فیصلہ کیا ہے جبکہ مہنگائی کی شرح میں معمولی کمی دیکھی گئی۔",
    "{cityur} میں کتاب میلہ شروع ہو گیا ہے جس میں ملک بھر سے {n} ناشرین شرکت کر رہے ہیں۔",
    "وزیر خارجہ نے کہا کہ پاکستان خطے میں امن کے لیے ہر ممکن کوشش جاری رکھے گا۔",
]
UR_HEADLINES = ["مہنگائی پر قابو پانے کے لیے نئے اقدامات کا اعلان", "{cityur} میں تیز بارش کا امکان", "سیلاب متاثرین کی امدادی سرگرمیاں جاری",
                "شرح سود برقرار رکھنے کا فیصلہ"]
XSLOTS = {
    "dayen": ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday"],
    "dayfut": ["Monday", "Wednesday", "Friday"],
    "cityen": ["Amman", "Beirut", "Baghdad", "Tunis", "Doha", "Khartoum", "Erbil", "Aleppo", "Sidon", "Mosul"],
    "personen": ["Rami Nasser", "Dalia Mansour", "Ahmed Youssef", "Hiba Saleh", "Khaled Aziz", "Maya Rahal", "Omar Fares"],
    "personfr": ["Karim Benali", "Leïla Haddad", "Samir Touati", "Nadia Cherif", "Youssef Amrani", "Inès Belkacem"],
    "dayfr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "cityfr": ["Beyrouth", "Tunis", "Alger", "Rabat", "Amman", "Oran", "Sfax", "Tripoli", "Fès"],
    "cityfa": ["تهران", "اصفهان", "شیراز", "تبریز", "مشهد", "کرمان", "رشت", "یزد"],
    "cityur": ["لاہور", "کراچی", "پشاور", "کوئٹہ", "ملتان", "فیصل آباد", "حیدرآباد", "سیالکوٹ"],
}


def xfill(rng, template):
    for key, values in XSLOTS.items():
        if "{" + key + "}" in template:
            template = template.replace("{" + key + "}", rng.choice(values))
    return fill(rng, template)


# ------------------------------------------------------------------------------------------
# Attribution lines: (printed, expected sources)
# ------------------------------------------------------------------------------------------
AR_ATTRIBUTIONS = [
    ("المصدر: وكالة الأنباء الفرنسية", ["AFP"]),
    ("المصدر : أ ف ب + الجزيرة نت", ["AFP", "Al Jazeera"]),
    ("(د ب أ)", ["DPA"]),
    ("المصدر: وكالة شينخوا", ["Xinhua"]),
    ("نقلا عن رويترز", ["Reuters"]),
    ("المصدر: مواقع إلكترونية", ["مواقع إلكترونية"]),
    ("المصدر: رويترز، أ ب", ["Reuters", "AP"]),
    ("المصدر: وكالة الأناضول", ["Anadolu"]),
    ("المصدر: وكالة الأنباء الكويتية (كونا)", ["KUNA"]),
    ("المصدر: وكالات + سبوتنيك", ["agencies", "Sputnik"]),
    ("المصدر: روسيا اليوم", ["RT"]),
    ("المصدر: أ ش أ", ["MENA"]),
    ("المصدر: وكالة الأنباء الألمانية", ["DPA"]),
    ("المصدر: أسوشيتد برس", ["AP"]),
    ("(أ ف ب)", ["AFP"]),
    ("المصدر: الجزيرة + وكالات", ["Al Jazeera", "agencies"]),
    ("المصدر: قنا", ["QNA"]),
    ("المصدر: وكالة الأنباء السعودية (واس)", ["SPA"]),
    ("نقلاً عن وكالة الأناضول", ["Anadolu"]),
    ("المصدر: شينخوا + مواقع إلكترونية", ["Xinhua", "مواقع إلكترونية"]),
    ("المصدر: صحيفة الشرق الأوسط", ["صحيفة الشرق الأوسط"]),
    ("المصدر- رويترز", ["Reuters"]),
]
EN_ATTRIBUTIONS = [("Source: Reuters", ["Reuters"]), ("Source: AFP, AP", ["AFP", "AP"]), ("(Xinhua)", ["Xinhua"])]
FR_ATTRIBUTIONS = [("Source : AFP", ["AFP"]), ("Avec Reuters", ["Reuters"]), ("(AFP)", ["AFP"])]


# ------------------------------------------------------------------------------------------
# Comments
# ------------------------------------------------------------------------------------------
AR_USERS = ["أبو خالد", "ابن البلد 🇪🇬", "sara_k", "Mohammed99 ✌️", "زائر", "متابع من الأردن", "Hamza.B",
            "نور 🌸", "عبدالله العتيبي", "مواطن غيور", "أم يوسف", "Karim Dz", "ahmad.2010 🔥", "سامي"]
AR_COMMENT_TEXTS = [
    "كلام جميل ولكن أين التنفيذ على أرض الواقع؟",
    "الله يحمي البلد وأهلها",
    "نفس الوعود كل سنة وما في شي تغير",
    "شكرا على التغطية الممتازة 👏",
    "هذا الخبر غير دقيق، الأرقام الحقيقية أكبر بكثير.",
    "متى يفهم المسؤولون أن الشعب تعب من الانتظار",
    "أتمنى أن تنجح المفاوضات هذه المرة",
    "ليش ما حدا بيحكي عن الأسعار؟؟",
    "مقال رائع، ننتظر المزيد من التفاصيل.",
    "الحل بيد الشعب وحده",
    "والله العظيم صار الوضع ما ينطاق",
    "😂😂 مين بيصدق هالحكي",
    "تحية للكاتب على هذا التحليل الموضوعي",
    "يا ريت تنشروا الخبر كاملاً بدون اقتطاع",
]
EN_USERS = ["John_D", "layla.h", "M. Haddad", "truthseeker77", "Nadia 🌍"]
EN_COMMENTS = ["Same promises every year, nothing changes.", "Great coverage, thank you.",
               "Let's hope the talks work this time", "Where is the UN in all of this?"]
FR_USERS = ["Karim75", "Sophie L.", "abdel_13", "Yasmine 🌿"]
FR_COMMENTS = ["Toujours les mêmes promesses...", "Merci pour cet article très clair.",
               "Espérons que cette fois soit la bonne", "Et les prix, on en parle ?"]
FA_USERS = ["علی", "مریم ۱۳۶۵", "ناشناس", "reza_t"]
FA_COMMENTS = ["همیشه همین وعده‌ها را می‌دهند", "ممنون از گزارش خوبتان", "امیدوارم این بار نتیجه بدهد"]
UR_USERS = ["احمد", "فاطمہ خان", "ali_khan92", "پاکستانی"]
UR_COMMENTS = ["ہر سال یہی وعدے کیے جاتے ہیں", "بہت اچھی خبر ہے", "اللہ خیر کرے"]


def ar_time(rng):
    kind = rng.randrange(6)
    if kind == 0:
        return f"منذ {str(rng.randint(2, 9)).translate(AR_DIGITS)} ساعات"
    if kind == 1:
        return f"قبل {rng.randint(3, 10)} دقائق" if rng.random() < 0.5 else f"قبل {rng.randint(11, 50)} دقيقة"
    if kind == 2:
        return f"{rng.choice(WEEKDAYS)}، {rng.randint(1, 28)} {rng.choice(MONTHS_EG)} 2023 {rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice('صم')}"
    if kind == 3:
        return rng.choice(["منذ يومين", "منذ ساعة", "قبل أسبوع", "أمس"])
    if kind == 4:
        return f"{rng.randint(1, 28):02d}/0{rng.randint(1, 9)}/2023 - {rng.randint(10, 23)}:{rng.randint(10, 59)}".translate(AR_DIGITS)
    return f"قبل {rng.randint(11, 23)} ساعة"


def votes(rng):
    return rng.choice([f"👍 {rng.randint(0, 60)} 👎 {rng.randint(0, 20)}",
                       f"أعجبني ({str(rng.randint(1, 40)).translate(AR_DIGITS)})",
                       f"{rng.randint(0, 30)} إعجاب"])


def ar_comments(rng, style):
    n = rng.randint(1, 5)
    out = []
    if style == "A":   # قراؤنا يعلّقون (n) / name / time / text / votes / رد
        out.append(("comment", f"قراؤنا يعلّقون ({str(n).translate(AR_DIGITS)})"))
        for _ in range(n):
            out += [("comment", rng.choice(AR_USERS)), ("comment", ar_time(rng)),
                    ("comment", rng.choice(AR_COMMENT_TEXTS))]
            if rng.random() < 0.7:
                out.append(("comment", votes(rng)))
            out.append(("comment", "رد"))
    elif style == "B":  # form first, then "أصوات القراء (n)" with "name - time" on one line
        out += [("chrome", "علّق هنا"), ("chrome", "اسمك"), ("chrome", "بريدك الإلكتروني"),
                ("chrome", "رأيك"), ("chrome", "إرسال")]
        out.append(("comment", f"أصوات القراء ({str(n).translate(AR_DIGITS)})"))
        for i in range(n):
            out += [("comment", f"{rng.choice(AR_USERS)} - {ar_time(rng)}"), ("comment", rng.choice(AR_COMMENT_TEXTS))]
            if i and rng.random() < 0.5:
                out.insert(len(out) - 2, ("comment", "ردّ على هذا الرأي"))
    elif style == "C":  # "شارك برأيك" / numbered entries
        out.append(("comment", f"{n} تعليق" if n > 10 else f"{n} تعليقات" if n > 2 else "تعليقان" if n == 2 else "تعليق واحد"))
        for i in range(n):
            out += [("comment", f"{i + 1} - {rng.choice(AR_USERS)}"), ("comment", ar_time(rng)),
                    ("comment", rng.choice(AR_COMMENT_TEXTS))]
            if rng.random() < 0.5:
                out.append(("comment", votes(rng)))
        out += [("chrome", "شارك في النقاش"), ("chrome", "الاسم المستعار"), ("chrome", "بريدك (لن نعرضه)"),
                ("chrome", "انشر رأيك")]
    elif style == "D":  # Facebook-style box
        out.append(("comment", "تعليقات عبر فيسبوك"))
        for _ in range(n):
            out += [("comment", rng.choice(AR_USERS)), ("comment", rng.choice(AR_COMMENT_TEXTS)),
                    ("comment", f"أعجبني · رد · {ar_time(rng)}")]
    return out


def other_comments(rng, lang):
    n = rng.randint(1, 3)
    if lang == "en":
        out = [("comment", f"Reader responses ({n})")]
        for _ in range(n):
            out += [("comment", f"{rng.choice(EN_USERS)} · {rng.randint(2, 9)} hours ago"),
                    ("comment", rng.choice(EN_COMMENTS)), ("comment", "Reply")]
        out += [("chrome", "Have your say"), ("chrome", "Name"), ("chrome", "Email"), ("chrome", "Post comment")]
    elif lang == "fr":
        out = [("comment", f"Vos avis ({n})")]
        for _ in range(n):
            out += [("comment", f"{rng.choice(FR_USERS)} · il y a {rng.randint(2, 9)} heures"),
                    ("comment", rng.choice(FR_COMMENTS)), ("comment", "Réagir")]
    elif lang == "fa":
        out = [("comment", f"نظرات ({str(n).translate(FA_DIGITS)})")]
        for _ in range(n):
            out += [("comment", rng.choice(FA_USERS)), ("comment", f"{str(rng.randint(2, 9)).translate(FA_DIGITS)} ساعت پیش"),
                    ("comment", rng.choice(FA_COMMENTS)), ("comment", "پاسخ")]
    else:
        out = [("comment", f"تبصرے ({n})")]
        for _ in range(n):
            out += [("comment", rng.choice(UR_USERS)), ("comment", f"{rng.randint(2, 9)} گھنٹے پہلے"),
                    ("comment", rng.choice(UR_COMMENTS)), ("comment", "جواب دیں")]
    return out


# ------------------------------------------------------------------------------------------
# Sites
# ------------------------------------------------------------------------------------------
def ar_date(rng, months, digits=True):
    s = f"{rng.choice(WEEKDAYS)} {rng.randint(1, 28)} {rng.choice(months)} {rng.randint(2019, 2024)}"
    t = f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice('صم')}"
    if digits:
        s, t = s.translate(AR_DIGITS), t.translate(AR_DIGITS)
    return s, t


def headlines(rng, k, lang="ar"):
    pool = {"ar": AR_HEADLINES, "en": EN_HEADLINES, "fr": FR_HEADLINES, "fa": FA_HEADLINES, "ur": UR_HEADLINES}[lang]
    return [xfill(rng, h) for h in rng.sample(pool, k)]


SITES = {
    # folder, Arabic name, language(s), weight
    "sawt-alnahar": {"name": "صوت النهار", "langs": ["ar"], "weight": 60},
    "almarsad24": {"name": "المرصد 24", "langs": ["ar"], "weight": 55},
    "bawabat-alkhaleej": {"name": "بوابة الخليج", "langs": ["ar"], "weight": 55},
    "nabaa-press": {"name": "نبأ بريس", "langs": ["ar"], "weight": 50},
    "alyoum-alakhar": {"name": "اليوم الآخر", "langs": ["ar"], "weight": 50},
    "levant-dispatch": {"name": "The Levant Dispatch", "langs": ["en"], "weight": 32},
    "le-matin-arabe": {"name": "Le Matin Arabe", "langs": ["fr"], "weight": 32},
    "pars-aalam": {"name": "پارس عالم", "langs": ["fa", "fa", "ur", "ur", "ar"], "weight": 56},
    "@wahat": {"name": "الواحة نيوز", "langs": ["ar"], "weight": 22},   # flat, with "Name | section" header
    "@scrape": {"name": None, "langs": ["ar"], "weight": 16},            # flat, no header
}


def top_chrome(rng, site, lang, title):
    """Lines above the headline, below it and around the body, as the site prints them."""
    L = []
    name = SITES[site]["name"]
    if site == "sawt-alnahar":
        L.append(("chrome", "صوت النهار.. الخبر كما هو"))
        L.append(("chrome", f"الرئيسية ‹ {rng.choice(['الشأن العربي', 'اقتصاد', 'رياضة', 'ثقافة'])} ‹ {rng.choice(['سوريا', 'لبنان', 'الأردن', 'العراق'])}"))
        return L, []
    if site == "almarsad24":
        L.append(("chrome", "المرصد 24 - عين على الحدث"))
        L.append(("chrome", "الرئيسية | سياسة | اقتصاد | رياضة | ثقافة | فيديو"))
        return L, []
    if site == "bawabat-alkhaleej":
        L.append(("chrome", f"الصفحة الأولى ← {rng.choice(['الخليج', 'العالم العربي', 'اقتصاد', 'رياضة'])} ← {rng.choice(['الإمارات', 'الكويت', 'قطر', 'عُمان'])}"))
        return L, []
    if site == "nabaa-press":
        L.append(("chrome", "نبأ بريس : جريدة إلكترونية مستقلة"))
        L.append(("chrome", rng.choice(["سياسة", "مجتمع", "اقتصاد", "رياضة", "جهات"])))
        return L, []
    if site == "alyoum-alakhar":
        L.append(("chrome", "اليوم الآخر | بوابة الخبر المصري"))
        return L, []
    if site == "levant-dispatch":
        L.append(("chrome", "The Levant Dispatch — News without borders"))
        L.append(("chrome", "Home › World › Middle East"))
        return L, []
    if site == "le-matin-arabe":
        L.append(("chrome", "Le Matin Arabe – L'actualité du monde arabe"))
        L.append(("chrome", "Accueil › Monde › Proche-Orient"))
        return L, []
    if site == "pars-aalam":
        L.append(("chrome", "پارس عالم | صدای جهان"))
        L.append(("chrome", {"fa": "خانه › جهان › خاورمیانه", "ur": "ہوم › پاکستان › خبریں",
                             "ar": "الواجهة › العالم › الشرق الأوسط"}[lang]))
        return L, []
    if site == "@wahat":
        L.append(("chrome", f"الواحة نيوز | {rng.choice(['محليات', 'العالم العربي', 'اقتصاد', 'منوعات'])}"))
        L.append(("chrome", "الواحة نيوز.. نافذتك على العالم"))
        return L, []
    return L, []


def meta_lines(rng, site, lang):
    """Byline/date/tools lines printed between the headline and the body."""
    L = []
    if site == "sawt-alnahar":
        d, t = ar_date(rng, MONTHS_LEV)
        L.append(("chrome", f"صدر في {d} - {t}"))
        if rng.random() < 0.6:
            L.append(("chrome", "النص: أ+ | أ-"))
        if rng.random() < 0.5:
            L.append(("chrome", f"{str(rng.randint(120, 9800)).translate(AR_DIGITS)} مشاهدة"))
    elif site == "almarsad24":
        L.append(("chrome", f"بقلم: {rng.choice(PEOPLE)}"))
        d, t = ar_date(rng, MONTHS_EG)
        L.append(("chrome", f"محدَّث {d} {t}"))
        if rng.random() < 0.5:
            L.append(("chrome", f"{str(rng.randint(120, 9800)).translate(AR_DIGITS)} مشاهدة"))
    elif site == "bawabat-alkhaleej":
        L.append(("chrome", f"الكاتب: {rng.choice(PEOPLE)}"))
        if rng.random() < 0.5:
            L.append(("chrome", f"تحرير: {rng.choice(PEOPLE)}"))
        L.append(("chrome", f"مدة القراءة {str(rng.randint(2, 7)).translate(AR_DIGITS)} دقائق"))
    elif site == "nabaa-press":
        L.append(("chrome", rng.choice(["أسرة التحرير", f"{rng.choice(PEOPLE)}"])))
        L.append(("chrome", f"{rng.randint(1, 28)} {rng.choice(MONTHS_MA)} {rng.randint(2019, 2024)} - {rng.randint(8, 23)}:{rng.randint(10, 59)}"))
        L.append(("chrome", "طباعة"))
    elif site == "alyoum-alakhar":
        L.append(("chrome", f"كتب - {rng.choice(PEOPLE)}"))
        d, t = ar_date(rng, MONTHS_EG, digits=False)
        L.append(("chrome", f"{d.split(' ', 1)[0]}، {d.split(' ', 1)[1]} {t}"))
        if rng.random() < 0.5:
            L.append(("chrome", f"{rng.randint(100, 5000)} قراءة"))
    elif site == "levant-dispatch":
        L.append(("chrome", f"By {rng.choice(['Rana Haddad', 'Omar Khalil', 'Sarah Malik'])}"))
        L.append(("chrome", f"Posted Sunday, March {rng.randint(1, 28)}, 2023 - {rng.randint(1, 12)}:{rng.randint(10, 59)} AM"))
        L.append(("chrome", f"{rng.randint(2, 8)} min read"))
    elif site == "le-matin-arabe":
        L.append(("chrome", f"Par {rng.choice(['Karim Benali', 'Sophie Lambert', 'Nour Saadi'])}"))
        L.append(("chrome", f"Mis en ligne le dimanche {rng.randint(1, 28)} mars 2023 à {rng.randint(8, 22)}h{rng.randint(10, 59)}"))
        L.append(("chrome", f"Lecture : {rng.randint(2, 8)} min"))
    elif site == "pars-aalam":
        if lang == "fa":
            L.append(("chrome", f"زمان انتشار ۱۴۰۱/{str(rng.randint(1, 12)).translate(FA_DIGITS)}/{str(rng.randint(1, 29)).translate(FA_DIGITS)} - ۱۰:۳۰"))
            L.append(("chrome", f"کد خبر: {str(rng.randint(100000, 999999)).translate(FA_DIGITS)}"))
        elif lang == "ur":
            L.append(("chrome", f"تاریخ اشاعت {rng.randint(1, 28)} مارچ 2023"))
        else:
            d, t = ar_date(rng, MONTHS_EG)
            L.append(("chrome", f"أُدرج في {d}"))
    elif site == "@wahat":
        d, t = ar_date(rng, MONTHS_EG)
        L.append(("chrome", f"{d} | {t}"))
        L.append(("chrome", "شارك:"))
        L.append(("chrome", "فيسبوك واتساب تويتر تلغرام"))
    elif site == "@scrape":
        if rng.random() < 0.5:
            d, t = ar_date(rng, MONTHS_EG, digits=rng.random() < 0.5)
            L.append(("chrome", f"{d} {t}"))
    return L


def inline_chrome(rng, site, lang):
    """Chrome printed between two paragraphs of the body."""
    if lang == "en":
        return rng.choice([("chrome", "Advertisement"), ("chrome", f"Don't miss: {headlines(rng, 1, 'en')[0]}")])
    if lang == "fr":
        return rng.choice([("chrome", "Espace publicitaire"), ("chrome", f"Sur le même thème : {headlines(rng, 1, 'fr')[0]}")])
    if lang == "fa":
        return ("chrome", f"در همین زمینه: {headlines(rng, 1, 'fa')[0]}")
    if lang == "ur":
        return ("chrome", f"اس موضوع پر مزید: {headlines(rng, 1, 'ur')[0]}")
    return rng.choice([
        ("chrome", "إعلان"), ("chrome", "~ إعلان ~"), ("chrome", "▶ الفيديو الكامل"),
        ("chrome", f"مقال ذو صلة: {headlines(rng, 1)[0]}"), ("chrome", f"لا تفوّت: {headlines(rng, 1)[0]}"),
        ("chrome", f"ربما يثير اهتمامك.. {headlines(rng, 1)[0]}"),
        ("chrome", "من أرشيف الصور"), ("chrome", f"صورة من موقع الحادث في {rng.choice(CITIES)} (أ ف ب)"),
        ("chrome", "محتوى بالشراكة"),
    ])


def bottom_chrome(rng, site, lang):
    L = []
    name = SITES[site]["name"]
    if site == "sawt-alnahar":
        L.append(("chrome", "قناتنا على تلغرام: انضم الآن"))
        L.append(("chrome", "مقالات تستحق القراءة"))
        L += [("chrome", h) for h in headlines(rng, 3)]
        return L, [("chrome", "© ٢٠٢٣ صوت النهار - الحقوق كافة محفوظة")]
    if site == "almarsad24":
        L.append(("chrome", "تغطيات مرتبطة"))
        L += [("chrome", h) for h in headlines(rng, rng.randint(2, 4))]
        L.append(("chrome", "نشرتنا البريدية تصلك كل صباح مجاناً"))
        return L, [("chrome", "عن المرصد | راسلونا | الخصوصية | للمعلنين"), ("chrome", "© المرصد 24 - 2023")]
    if site == "bawabat-alkhaleej":
        L.append(("chrome", f"الكلمات الرئيسية: {' - '.join(rng.sample(['سوريا', 'الخليج', 'الاقتصاد', 'الطقس', 'الرياضة', 'التعليم'], 3))}"))
        L.append(("chrome", f"رابط الصفحة: https://bkh.ae/{rng.randint(10000, 99999)}"))
        L.append(("chrome", "تطبيق بوابة الخليج متوفر على المتاجر"))
        return L, [("chrome", "يمنع النسخ دون إذن مسبق من بوابة الخليج 2023")]
    if site == "nabaa-press":
        L.append(("chrome", "قناة نبأ بريس على واتساب متاحة الآن"))
        L.append(("chrome", "من القسم نفسه"))
        L += [("chrome", h) for h in headlines(rng, 3)]
        return L, [("chrome", "© نبأ بريس 2023")]
    if site == "alyoum-alakhar":
        L.append(("chrome", "على صلة بالموضوع"))
        L += [("chrome", h) for h in headlines(rng, 3)]
        L.append(("chrome", "صفحتنا على فيسبوك تنتظر متابعتكم"))
        return L, [("chrome", "تصميم وتطوير: شركة النيل للحلول الرقمية")]
    if site == "levant-dispatch":
        L.append(("chrome", "More from the region"))
        L += [("chrome", h) for h in headlines(rng, 2, "en")]
        L.append(("chrome", "Find us on Telegram"))
        return L, [("chrome", "© 2023 The Levant Dispatch – reproduction prohibited")]
    if site == "le-matin-arabe":
        L.append(("chrome", "Nos autres articles"))
        L += [("chrome", h) for h in headlines(rng, 2, "fr")]
        L.append(("chrome", "Recevez notre lettre d'information"))
        return L, [("chrome", "© Le Matin Arabe 2023 – reproduction interdite")]
    if site == "pars-aalam":
        if lang == "fa":
            L += [("chrome", "ارسال برای دوستان"), ("chrome", "خبرهای دیگر")] + [("chrome", h) for h in headlines(rng, 2, "fa")]
            L.append(("chrome", "کانال تلگرام پارس عالم"))
        elif lang == "ur":
            L += [("chrome", "دوستوں تک پہنچائیں"), ("chrome", "اسی موضوع پر")] + [("chrome", h) for h in headlines(rng, 2, "ur")]
            L.append(("chrome", "ٹیلیگرام پر ہمارے ساتھ رہیں"))
        else:
            L += [("chrome", "في الموضوع نفسه")] + [("chrome", h) for h in headlines(rng, 2)]
            L.append(("chrome", "جرّب تطبيق الموقع"))
        return L, [("chrome", "© ۲۰۲۳ پارس عالم")]
    if site == "@wahat":
        L.append(("chrome", "الأوسع انتشاراً"))
        L += [("chrome", h) for h in headlines(rng, 3)]
        return L, [("chrome", "الواحة نيوز © الحقوق كافة محفوظة")]
    if rng.random() < 0.5:
        L.append(("chrome", "للاطلاع على التفاصيل كاملة"))
    return L, []


COMMENT_STYLE = {"sawt-alnahar": "A", "almarsad24": "B", "bawabat-alkhaleej": "A", "nabaa-press": "C",
                 "alyoum-alakhar": "D", "@wahat": "C", "@scrape": "A", "pars-aalam": "A"}


# ------------------------------------------------------------------------------------------
# One article
# ------------------------------------------------------------------------------------------
def ar_body(rng):
    """Body lines (all labelled body), a title and the agencies a dateline credits."""
    topic = rng.choice(list(AR_PARAS))
    paras = [fill(rng, p) for p in rng.sample(AR_PARAS[topic], min(len(AR_PARAS[topic]), rng.randint(3, 6)))]
    groups = [[("body", p)] for p in paras]   # blocks that stay together
    credited = []
    if rng.random() < 0.3:  # dateline: stays body, credits its agency
        lead, credited = rng.choice(DATELINES)
        groups[0] = [("body", fill(rng, lead) + paras[0])]
    if rng.random() < 0.5:  # trap paragraph(s)
        for t in rng.sample(AR_TRAPS, rng.randint(1, 2)):
            groups.insert(rng.randint(1, len(groups)), [("body", fill(rng, t))])
    if rng.random() < 0.35:  # subhead before a later paragraph
        groups.insert(rng.randint(1, len(groups) - 1), [("body", rng.choice(AR_SUBHEADS))])
    if rng.random() < 0.3:  # numbered list
        style = rng.choice(LIST_STYLES)
        items = rng.sample(AR_LIST_ITEMS, rng.randint(3, 4))
        block = [("body", fill(rng, rng.choice(AR_LIST_INTROS)))]
        for k, item in enumerate(items, 1):
            block.append(("body", style.format(i=k, ia=str(k).translate(AR_DIGITS), ord=ORDINALS[k - 1], t=fill(rng, item))))
        groups.insert(rng.randint(1, len(groups) - 1), block)
    if rng.random() < 0.35:  # short quote on its own line; sometimes the last line of the article
        block = [("body", fill(rng, rng.choice(AR_QUOTE_INTROS))), ("body", rng.choice(AR_QUOTES))]
        groups.insert(len(groups) if rng.random() < 0.4 else rng.randint(1, len(groups) - 1), block)
    title = xfill(rng, rng.choice(AR_HEADLINES))
    return groups, title, list(credited)


def other_body(rng, lang):
    paras = {"en": EN_PARAS, "fr": FR_PARAS, "fa": FA_PARAS, "ur": UR_PARAS}[lang]
    body = [[("body", xfill(rng, p))] for p in rng.sample(paras, rng.randint(3, 5))]
    return body, headlines(rng, 1, lang)[0]


def teaser(rng, first):
    words = first.split()
    if len(words) < 14:
        return None
    return " ".join(words[: rng.randint(9, 13)]) + rng.choice(["...", "…", " ..."])


def title_repeats(rng, title, site, lang):
    name = SITES[site]["name"] or "الخبر"
    opts = [title, f"{title} - {name}", f"{title} | {name}"]
    if lang == "ar":
        words = title.split()
        if len(words) > 5:
            opts.append(" ".join(words[:-1]))           # last word dropped
        opts.append(f"{title}.")
    return rng.choice(opts)


HEADLINE_DRAWS = 20


def build_page(rng, site, lang):
    credited = []
    if lang == "ar":
        body, title, credited = ar_body(rng)
        attributions = AR_ATTRIBUTIONS
    else:
        body, title = other_body(rng, lang)
        attributions = {"en": EN_ATTRIBUTIONS, "fr": FR_ATTRIBUTIONS}.get(lang, [])
    lines: list = []
    top, _ = top_chrome(rng, site, lang, title)
    lines += top
    has_title = rng.random() < 0.9
    if has_title:
        lines.append(("title", title))
        if rng.random() < 0.3:
            lines.append(("title", title_repeats(rng, title, site, lang)))
    lines += meta_lines(rng, site, lang)
    if rng.random() < 0.25:
        t = teaser(rng, body[0][0][1])
        if t:
            lines.insert(rng.randint(len(top), len(lines)), ("chrome", t))
    # inline chrome
    groups = list(body)
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        groups.insert(rng.randint(1, len(groups) - 1) if len(groups) > 1 else 1, [inline_chrome(rng, site, lang)])
    lines += [line for g in groups for line in g]
    sources = list(credited)  # page order: the dateline heads the body, the attribution line follows it
    if attributions and rng.random() < 0.55:
        printed, credits = rng.choice(attributions)
        lines.append(("attribution", printed))
        sources = list(dict.fromkeys(sources + credits))
    bottom, footer = bottom_chrome(rng, site, lang)
    bottom = [(label, t) for label, t in bottom if not (label == "chrome" and t == title)]  # a related link is never the page's own headline
    if has_title and rng.random() < 0.12:
        bottom.insert(0, ("title", title_repeats(rng, title, site, lang)))
    lines += bottom
    if rng.random() < 0.55:
        if lang == "ar":
            lines += ar_comments(rng, COMMENT_STYLE.get(site, "A"))
        else:
            lines += other_comments(rng, lang)
    lines += footer
    return lines, (title if has_title else None), sources


# ------------------------------------------------------------------------------------------
# Noise
# ------------------------------------------------------------------------------------------
def clean_truth(text: str) -> str:
    text = text.replace("\u00a0", " ")
    text = "".join(c for c in text if c not in "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u061c\u200b\ufeff\u2066\u2067\u2068\u2069")
    return text.strip()


SANITIZE = {"«": '"', "»": '"', "–": "-", "—": "-", "…": "...", "“": '"', "”": '"', "›": ">", "‹": "<",
            "←": "<", "ی": "ي", "ک": "ك", "۔": ".", "©": "(c)", "·": "-", "é": "e", "è": "e", "à": "a",
            "ç": "c", "ê": "e", "œ": "oe", "É": "E", "À": "A"}


def sanitize(text: str, encoding: str) -> str:
    out = []
    for c in text:
        try:
            c.encode(encoding)
            out.append(c)
            continue
        except UnicodeEncodeError:
            pass
        r = SANITIZE.get(c)
        if r is None and unicodedata.category(c) == "Nd":
            r = str(unicodedata.digit(c))
        if r is not None:
            try:
                r.encode(encoding)
                out.append(r)
                continue
            except UnicodeEncodeError:
                pass
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def _presentation_table():
    table = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFF00)):
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if not d.startswith("<"):
            continue
        form, *codes = d.split()
        if len(codes) == 1 and form in ("<isolated>", "<initial>", "<medial>", "<final>"):
            table.setdefault((chr(int(codes[0], 16)), form[1:-1]), c)
    return table


PRES = _presentation_table()


def shape(text: str) -> str:
    def joins_after(c):   # connects to the following letter
        return (c, "initial") in PRES or (c, "medial") in PRES

    def joins_before(c):  # connects to the preceding letter
        return (c, "final") in PRES

    out = []
    i = 0
    while i < len(text):
        c = text[i]
        prev = text[i - 1] if i else ""
        nxt = text[i + 1] if i + 1 < len(text) else ""
        p = prev and joins_after(prev) and joins_before(c)
        if c == "ل" and nxt in "اأإآ" and nxt:
            lig = {"ا": "\ufefb", "أ": "\ufef7", "إ": "\ufef9", "آ": "\ufef5"}[nxt]
            out.append(chr(ord(lig) + 1) if p else lig)
            i += 2
            continue
        n = nxt and joins_after(c) and joins_before(nxt)
        form = "medial" if p and n else "final" if p else "initial" if n else "isolated"
        out.append(PRES.get((c, form)) or PRES.get((c, "isolated")) or c)
        i += 1
    return "".join(out)


def noisy_line(rng, text: str, noise: str) -> str:
    if noise == "html-entities":
        def ent(m):
            c = m.group(0)
            r = rng.random()
            if c == '"':
                return "&quot;"
            if c == "«":
                return "&laquo;"
            if c == "»":
                return "&raquo;"
            if c == "&":
                return "&amp;"
            if c == " ":
                return "&nbsp;" if r < 0.08 else " "
            if r < 0.1:
                return f"&#{ord(c)};" if r < 0.06 else f"&#x{ord(c):x};"
            return c
        return re.sub(r'["«»& ]|[\u0621-\u064a]', ent, text)
    if noise == "presentation-forms":
        return shape(text)
    if noise == "bidi-marks":
        marks = ["\u200f", "\u200e", "\u061c", "\u200b"]
        words = text.split(" ")
        for k in range(len(words)):
            if rng.random() < 0.15:
                words[k] = rng.choice(marks) + words[k]
        s = " ".join(words)
        if rng.random() < 0.5:
            s = "\u200f" + s
        if rng.random() < 0.3:
            s = "\u202b" + s + "\u202c"
        if rng.random() < 0.1:
            s = s + "\u200e"
        return s
    if noise == "nbsp":
        s = "".join("\u00a0" if c == " " and rng.random() < 0.3 else c for c in text)
        if rng.random() < 0.3:
            s = s + rng.choice([" ", "  ", "\u00a0", "\t"])
        if rng.random() < 0.15:
            s = rng.choice([" ", "\u00a0", "  "]) + s
        return s
    return text


def sloppy_cp1252(data: bytes) -> str:
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def encode_page(text: str, noise: str) -> bytes:
    if noise in ("utf-8", "html-entities", "presentation-forms", "bidi-marks", "nbsp"):
        return text.encode("utf-8")
    if noise == "utf-8-bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if noise == "utf-16-le":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if noise == "utf-16-be":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if noise in LEGACY:
        return text.encode(ENCODING_OF[noise])
    if noise == "mojibake-cp1252":
        return sloppy_cp1252(text.encode("utf-8")).encode("utf-8")
    if noise == "mojibake-cp1256":
        return text.encode("utf-8").decode("cp1256").encode("utf-8")
    raise ValueError(noise)


# ------------------------------------------------------------------------------------------
# Corpus
# ------------------------------------------------------------------------------------------
def plan(n_pages: int, rng: random.Random) -> list[tuple[str, str]]:
    total = sum(s["weight"] for s in SITES.values())
    out = []
    for site, s in SITES.items():
        k = max(1, round(n_pages * s["weight"] / total))
        for j in range(k):
            out.append((site, s["langs"][j % len(s["langs"])]))
    rng.shuffle(out)
    return out[:n_pages] if len(out) > n_pages else out


def make_corpus(out_dir: Path, n_pages: int = 420, seed: int = 7) -> dict:
    rng = random.Random(seed)
    out_dir = Path(out_dir)
    input_dir = out_dir / "input"
    input_dir.mkdir(parents=True, exist_ok=True)
    used_titles: dict = defaultdict(set)
    noise_count = {n: 0 for n in NOISES}
    counters: dict[str, int] = {}
    pages = []
    for site, lang in plan(n_pages, rng):
        counters[site] = counters.get(site, 0) + 1
        k = counters[site]
        if site.startswith("@"):
            page_id = f"{site[1:]}-{k:04d}"
            site_key = SITES[site]["name"]
            site_key_source = "header" if site_key else None
        else:
            page_id = f"{site}/{k:04d}"
            site_key, site_key_source = site, "folder"
        allowed = [n for n in NOISES if lang == "ar" or n not in LEGACY]
        low = min(noise_count[n] for n in allowed)
        noise = rng.choice([n for n in allowed if noise_count[n] == low])
        noise_count[noise] += 1
        crlf = rng.random() < 0.2
        # a site prints each headline once: a headline is its article's, not the site's furniture
        for _ in range(HEADLINE_DRAWS):
            lines, title, sources = build_page(rng, site, lang)
            if title is None or title not in used_titles[site]:
                break
        used_titles[site].add(title)
        if noise in LEGACY:
            enc = ENCODING_OF[noise]
            lines = [(label, sanitize(t, enc)) for label, t in lines]
            title = sanitize(title, enc) if title else title
            sources = [sanitize(s, enc) for s in sources]
        rendered: list[str] = []
        truth_lines = []
        for label, text in lines:
            text = clean_truth(text)
            if not text:
                continue
            if rendered and rng.random() < 0.45:
                rendered.append("")
            rendered.append(noisy_line(rng, text, noise))
            truth_lines.append([len(rendered), label, text])
        page_text = ("\r\n" if crlf else "\n").join(rendered) + ("\r\n" if crlf else "\n")
        path = input_dir / f"{page_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(encode_page(page_text, noise))
        pages.append({"id": page_id, "site_key": site_key, "site_key_source": site_key_source, "noise": noise,
                      "encoding": ENCODING_OF.get(noise, "utf-8"), "crlf": crlf, "title": title,
                      "sources": sources, "language": lang, "lines": truth_lines})
    truth = {"seed": seed, "generator": "evaluation/blind.py", "labels": ["body", "chrome", "comment", "attribution", "title"],
             "noises": NOISES, "pages": pages}
    (out_dir / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return truth


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Write a blind noisy corpus with ground truth: python -m evaluation.blind --out DIR")
    ap.add_argument("--out", required=True)
    ap.add_argument("--pages", type=int, default=420)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    truth = make_corpus(Path(a.out), a.pages, a.seed)
    print(f"{len(truth['pages'])} pages in {a.out}/input, truth in {a.out}/truth.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
