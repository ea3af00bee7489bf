"""The article's own closing lines under its last paragraph (`cleaning/closing.py`): what stands
above the wire's sign-off, a lead-in and the line it announces, the writer's signature, a subhead
quoting someone the story names. Each test also shows the page's furniture in the same place
still going. Lines written for these tests."""

from __future__ import annotations

import pytest

from cleaning.attribution import extract_attribution
from cleaning.chrome import remove_lexicon_chrome, remove_menus
from cleaning.edges import remove_footer
from cleaning.pipeline import clean_page
from test_cleaners import doc_of, texts

FIRST = ("افتتحت بلدية المدينة صباح أمس سوق المزارعين الأسبوعي في ساحة المحطة القديمة، بمشاركة "
         "أكثر من ستين مزارعا من القرى المجاورة يعرضون الخضار والفواكه والعسل.")
SECOND = ("وقال رئيس البلدية فادي الخطيب إن السوق سيفتح أبوابه كل يوم جمعة حتى نهاية الخريف، "
          "وإن البلدية ستتكفل بتنظيف الساحة وتأمين مواقف السيارات للزوار.")


def footer(*lines: str) -> list[str]:
    """The page under the text: the attribution, the lexicon's furniture and the menus taken first,
    as the pipeline does, then the footer rule."""
    return texts(remove_footer(remove_menus(remove_lexicon_chrome(extract_attribution(doc_of(*lines))))))


def test_lines_above_the_wire_sign_off_stay():
    subhead, hours = "ساعات العمل", "من 7 صباحا إلى 12 ظهرا"
    assert footer(FIRST, SECOND, subhead, hours, "(رويترز)", "شارك على فيسبوك") == [FIRST, SECOND, subhead, hours]


def test_the_same_lines_over_the_share_bar_stay():
    subhead, hours = "ساعات العمل", "من 7 صباحا إلى 12 ظهرا"
    assert footer(FIRST, SECOND, subhead, hours, "شارك على فيسبوك") == [FIRST, SECOND, subhead, hours]


def test_the_same_lines_at_the_foot_of_the_page_lose_the_lower_one():
    assert "من 7 صباحا إلى 12 ظهرا" not in footer(FIRST, SECOND, "ساعات العمل", "من 7 صباحا إلى 12 ظهرا")


def test_a_subhead_over_its_paragraph_cut_by_the_feed_stays_over_the_tags():
    subhead, cut = "جناح للحرف اليدوية", "وتخصص البلدية جناحا للحرفيين في"
    assert footer(FIRST, SECOND, subhead, cut, "وسوم: أسواق، زراعة") == [FIRST, SECOND, subhead, cut]


def test_three_links_over_the_tags_still_go():
    links = ["البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم",
             "مهرجان الزيتون يعود إلى القرى الجبلية"]
    assert footer(FIRST, SECOND, *links, "وسوم: أسواق، زراعة") == [FIRST, SECOND]


def test_lines_over_the_readers_comments_are_no_lines_of_the_story():
    heading = ["ماذا قال زوار الموقع", "الآراء المنشورة تعبر عن أصحابها وحدهم"]
    comments = ["سامي العلي", "فكرة ممتازة ننتظرها من زمان", "أعجبني · رد · 2 ي",
                "ريم حداد", "نتمنى أن تكون الأسعار في متناول الجميع", "أعجبني · رد · 5 ي"]
    doc = clean_page("x/3", "\n".join(["سوق المزارعين يفتح أبوابه", FIRST, SECOND, *heading, *comments]).encode())
    assert SECOND in doc.text and len(doc.comments) == 2
    assert not any(line in doc.text for line in heading)


def test_the_first_point_a_paragraph_announces_stays_though_shaped_as_tags():
    announcing = "ويرى أصحاب المحلات أن أمام البلدية خيارين لا ثالث لهما في تنظيم الساحة:"
    point = "الخيار الأول: تأجيل المشروع – كلفة أقل"
    assert footer(FIRST, SECOND, announcing, point, "شارك المقال") == [FIRST, SECOND, announcing, point]
    assert footer(FIRST, SECOND, announcing, "وسوم: أسواق - زراعة") == [FIRST, SECOND, announcing]


def test_a_short_address_is_no_tag_line():
    from cleaning.closing import is_tag_line
    assert not is_tag_line("رابط مختصر: bld.ly/q3z") and is_tag_line("وسوم: أسواق / زراعة")


def test_lead_in_whose_list_the_page_left_out_stays_and_the_widget_under_it_goes():
    lead_in = "وجاء في البيان الذي وزعته البلدية على الصحفيين:"
    assert footer(FIRST, SECOND, lead_in, "شارك المقال") == [FIRST, SECOND, lead_in]


def test_short_widget_label_with_a_colon_still_goes():
    assert footer(FIRST, SECOND, "تابعونا على حساباتنا:") == [FIRST, SECOND]


def test_line_a_paragraph_announces_stays_under_it():
    announcing = ("ويرى أصحاب المحلات المجاورة للساحة أن افتتاح السوق سيحمل للمنطقة واحدا من ثلاثة "
                  "احتمالات لا رابع لها:")
    first_point = "الأول: انتعاش حركة البيع في الشارع التجاري"
    assert footer(FIRST, SECOND, announcing, first_point, "شارك المقال") == [FIRST, SECOND, announcing, first_point]


def test_writer_signature_of_a_long_name_stays():
    for name in ("د. منى الحلبي", "سليمان بن عبد الله الراشد"):
        assert footer(FIRST, SECOND, name, "العدد 1432") == [FIRST, SECOND, name]


def test_signature_with_the_writer_role_under_an_asterisk_stays():
    name, role = "هالة الأيوبي", "* كاتبة وباحثة في شؤون البيئة"
    assert footer(FIRST, SECOND, name, role, "شارك على فيسبوك") == [FIRST, SECOND, name, role]


def test_four_word_label_over_links_is_no_signature():
    lines = [FIRST, SECOND, "اقرأ في نفس الملف", "البلدية تعيد تأهيل حديقة الحي الشرقي",
             "افتتاح مكتبة عامة في مبنى البريد القديم"]
    assert footer(*lines) == [FIRST, SECOND]


def test_a_run_of_names_is_a_menu_not_a_signature():
    assert footer(FIRST, SECOND, "محليات", "رياضة", "ثقافة") == [FIRST, SECOND]


def test_subhead_quoting_someone_the_story_names_is_no_link():
    subhead = "الخطيب: السوق فرصة للمزارعين الصغار"
    page = "\n".join([FIRST, SECOND, subhead, "", "شارك على فيسبوك"]).encode()
    assert subhead in clean_page("x/1", page).text
    other = "لا تفوت: البلدية تعيد تأهيل حديقة الحي الشرقي"
    page = "\n".join([FIRST, SECOND, other, "", "شارك على فيسبوك"]).encode()
    assert other not in clean_page("x/2", page).text


def test_what_a_closing_colon_announces_stays_down_to_the_widget():
    announcing = "وأصدرت البلدية بيانا مساء أمس حول تنظيم السوق وساعات عمله، وفيما يلي نصه:"
    statement = ["بسم الله الرحمن الرحيم", "إلى أهالي المدينة الكرام:", "يسر البلدية أن تعلن افتتاح السوق"]
    assert footer(FIRST, SECOND, announcing, *statement, "شارك المقال") == [FIRST, SECOND, announcing, *statement]


def test_a_long_label_over_links_is_their_heading_not_a_lead_in():
    links = ["البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم"]
    for label in ("مواضيع أخرى قد تهمك في الموقع:", "وصلات ذات صلة بالخبر:"):
        assert footer(FIRST, SECOND, label, *links) == [FIRST, SECOND]


def test_a_paragraph_ending_with_a_colon_keeps_what_it_announces_even_headline_like():
    announcing = ("وعرض رئيس البلدية في ختام المؤتمر الصحفي أسماء المشاريع التي ستنجز قبل نهاية العام، "
                  "وهي:")
    projects = ["إعادة تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم"]
    assert footer(FIRST, SECOND, announcing, *projects) == [FIRST, SECOND, announcing, *projects]


def test_a_link_list_above_a_sign_off_still_goes_a_two_line_subhead_stays():
    links = ["البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم",
             "مهرجان الزيتون يعود إلى القرى الجبلية"]
    assert footer(FIRST, SECOND, *links, "(رويترز)") == [FIRST, SECOND]
    subhead = ["أسعار الخضار اليوم", "الكيلو الواحد بعشرة دنانير"]
    assert footer(FIRST, SECOND, *subhead, "(د ب أ)") == [FIRST, SECOND, *subhead]


def test_the_story_s_closing_lines_stay_over_a_line_the_site_repeats():
    from cleaning.repetition import LineCounter
    bar = "تابعوا صفحتنا الرسمية على انستغرام"
    counter = LineCounter()
    for n in range(12):
        paragraph = f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع عن الزراعة والمياه في الواحات."
        counter.add("site", [f"عنوان الخبر رقم {n} عن الواحات", paragraph, bar])
    cut = "وكان المجلس البلدي قد ناقش في جلسته الأخيرة،"
    page = "\n".join(["سوق المزارعين يفتح أبوابه", FIRST, SECOND, cut, bar]).encode()
    text = clean_page("site/1", page, boilerplate=counter).text
    assert cut in text and bar not in text
    # a subhead and its first point right under the text, over the first line the site repeats under
    # every story (its bar, printed word for word on each page): the story's own closing lines
    page = "\n".join(["سوق المزارعين يفتح أبوابه", FIRST, SECOND, "مواعيد السوق الأسبوعية", "الدخول مجاني للجميع",
                      bar]).encode()
    text = clean_page("site/1", page, boilerplate=counter).text
    assert "مواعيد السوق الأسبوعية" in text and "الدخول مجاني للجميع" in text and bar not in text
    # three headlines there are the page's list of links, whatever stands under them
    links = ["البلدية تعيد تأهيل حديقة الحي الشرقي", "افتتاح مكتبة عامة في مبنى البريد القديم",
             "مهرجان الزيتون يعود إلى القرى الجبلية"]
    text = clean_page("site/1", "\n".join(["سوق المزارعين يفتح أبوابه", FIRST, SECOND, *links, bar]).encode(),
                      boilerplate=counter).text
    assert not any(link in text for link in links)


MASTHEAD = "جريدة الفجر الجديد"
MASTHEAD_PAGE = [MASTHEAD, "الرئيسية | سياسة | اقتصاد | رياضة | ثقافة | منوعات", MASTHEAD + ": صوت الناس", "",
                 "الرئيسية » اقتصاد", "نشر في 12/03/2019 الساعة 10:15",
                 "وزارة الزراعة تطلق برنامجا لدعم صغار المزارعين في الجنوب", "",
                 "أعلنت وزارة الزراعة أمس عن برنامج جديد لدعم صغار المزارعين في المحافظات الجنوبية، يشمل قروضا ميسرة وبذورا محسنة وتدريبا على أساليب الري الحديثة.",
                 "وقال وزير الزراعة في مؤتمر صحفي إن البرنامج يستهدف نحو عشرين ألف مزارع خلال العامين المقبلين، وإن التمويل سيأتي من ميزانية الدولة ومن منحة دولية.",
                 "وأضاف أن الوزارة ستفتح مكاتب في القرى لتسجيل المزارعين الراغبين في الاستفادة، على أن تبدأ عملية التسجيل مطلع الشهر المقبل وتستمر ستة أسابيع.",
                 "ويشكو المزارعون في الجنوب منذ سنوات من ارتفاع كلفة الأسمدة وشح المياه، ما دفع كثيرين منهم إلى هجر أراضيهم والانتقال إلى المدن بحثا عن عمل.", ""]


def test_links_under_the_masthead_repeated_at_the_foot_still_go():
    # (a single page names no headline: the title step takes the masthead, and its repeat at the
    # foot, the site's name that its slogan and copyright line carry too, parts the foot as
    # furniture does, no line of the story's)
    related = ["الحكومة تقرر رفع الأجور في القطاع العام", "مطر غزير يغرق شوارع العاصمة"]
    page = [*MASTHEAD_PAGE, MASTHEAD, *related, "كلمات دالة: زراعة، مزارعون، الجنوب",
            "جميع الحقوق محفوظة © 2024 " + MASTHEAD]
    text = clean_page("x/t", "\n".join(page).encode()).text
    assert not any(line in text for line in related) and all(line in text for line in MASTHEAD_PAGE[8:12])


def test_a_bare_address_under_the_line_a_paragraph_announces_still_goes():
    announcing = ("ويمكن للمزارعين الراغبين في المشاركة تسجيل أسمائهم وأنواع منتجاتهم عبر استمارة "
                  "البلدية على العنوان التالي:")
    line = "استمارة التسجيل متاحة للجميع مجانا"
    assert footer(FIRST, SECOND, announcing, line, "https://example.org/souq/register", "وسوم: أسواق، زراعة") \
        == [FIRST, SECOND, announcing, line]


def test_readers_names_over_their_words_are_no_writer_s_signature():
    from cleaning.repetition import LineCounter
    # readers over the site's share bar as the repetition took it: names over their words go, the
    # first name too, which alone over a line of words would read as the writer's signature
    bar = "شارك الخبر على فيسبوك"
    counter = LineCounter()
    for n in range(12):
        counter.add("site", [f"عنوان الخبر رقم {n} عن الواحات", f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع.", bar])
    readers = ["أبو علي", "الله يكون بعون الناس", "أم يوسف", "وين الضمير عند التجار", "خالد المصري", "حملة متأخرة كالعادة"]
    text = clean_page("site/1", "\n".join(["سوق المزارعين يفتح أبوابه", FIRST, SECOND, *readers, bar]).encode(),
                      boilerplate=counter).text
    assert SECOND in text and not any(line in text for line in readers)
    # the writer's name over a line of the page's and a section's name is still the signature
    assert footer(FIRST, SECOND, "سلمى الخطيب", "انشر المقال على حساباتك", "رياضة") == [FIRST, SECOND, "سلمى الخطيب"]


@pytest.mark.parametrize("reader", [["الله يحفظ البلد", "مواطن غيور"], ["الله المستعان", "سارة", "@watani_88"],
                                    ["أم خالد", "من جدة", "abuali1975@hotmail.com"], ["عبد الله العتيبي", "كلام جميل"]])
def test_a_readers_words_name_or_address_under_the_story_are_no_writer_s_closing(reader):
    # (a column's closing formula over its writer's name, and a writer's address under it, have these
    # shapes too: a rule keeping them published readers on a reviewer's pages, and was taken back)
    assert footer(FIRST, SECOND, *reader) == [FIRST, SECOND]
