"""Under the story: links to other articles against the story's own labelled lines
(`cleaning/foot_links.py`), and the story's closing lines over the first line the site repeats
(`closing.tail_over_furniture`). Each test shows the page's furniture in the same place still
going. Lines written for these tests."""

from __future__ import annotations

from cleaning.pipeline import clean_page
from cleaning.repetition import LineCounter
from test_body_closing import FIRST, SECOND, footer

SHARE = "شارك على فيسبوك"
HEADLINE = "سوق المزارعين يفتح أبوابه"


def test_a_book_s_record_of_fields_under_the_text_stays():
    record = ["تأليف: سليم الحداد", "الناشر: دار الينابيع للنشر والتوزيع، 2019", "عدد الصفحات: 212 صفحة"]
    assert footer(FIRST, SECOND, *record, SHARE) == [FIRST, SECOND, *record]


def test_labelled_headlines_under_one_prompt_are_links_not_a_record():
    # (the same label over each line: the site's prompt, however unknown to the lexicon)
    links = ["ننصحك بقراءة: البلدية تعيد تأهيل حديقة الحي الشرقي",
             "ننصحك بقراءة: افتتاح مكتبة عامة في مبنى البريد القديم"]
    assert footer(FIRST, SECOND, *links, SHARE) == [FIRST, SECOND]
    # (each under another label, all of them headlines with no figure: sections' links, no record)
    links = ["زراعة: البلدية تعيد تأهيل حديقة الحي الشرقي", "ثقافة: افتتاح مكتبة عامة في مبنى البريد القديم",
             "رياضة: مهرجان الزيتون يعود إلى القرى الجبلية"]
    assert footer(FIRST, SECOND, *links, SHARE) == [FIRST, SECOND]


def test_a_dialogue_s_turns_under_the_text_stay():
    turns = ["سأله الزائر: متى يفتح السوق في الشتاء؟", "أجابه البائع: في الساعة الثامنة صباحا كل جمعة",
             "فقال الزائر: سأعود مع أولادي"]
    assert footer(FIRST, SECOND, *turns, SHARE) == [FIRST, SECOND, *turns]


def test_a_lone_labelled_headline_the_story_never_names_still_goes():
    other = "ننصحك بقراءة: البلدية تعيد تأهيل حديقة الحي الشرقي"
    assert footer(FIRST, SECOND, other, SHARE) == [FIRST, SECOND]


def _site_counter(bar: str) -> LineCounter:
    counter = LineCounter()
    for n in range(12):
        paragraph = f"{FIRST} وهذا هو الخبر رقم {n} من أخبار الموقع عن الزراعة والمياه في الواحات."
        counter.add("site", [f"عنوان الخبر رقم {n} عن الواحات", paragraph, bar])
    return counter


def test_up_to_eight_closing_lines_over_the_share_bar_stay():
    # (six lines, two of them headline-like: more lines than a subhead and its point, fewer links
    # than a list of them)
    closing = ["مواعيد الشتاء", "من الثامنة صباحا حتى الظهر", "الدخول مجاني", "المواقف متاحة",
               "الحافلة رقم 12 تصل إلى الساحة", "باعة القرى"]
    assert footer(FIRST, SECOND, *closing, SHARE) == [FIRST, SECOND, *closing]
    # (a run longer than the article's closing lines go, `tail_max_lines`: the page's)
    longer = closing + ["المشاركة مفتوحة", "التسجيل مجانا", "لجنة الأسعار"]
    kept = footer(FIRST, SECOND, *longer, SHARE)
    assert not any(line in kept for line in longer[1:])  # (the first, a name's shape, is read as a signature)


def test_closing_lines_over_the_site_s_repeated_bar_stay():
    bar = "تابعوا صفحتنا الرسمية على انستغرام"
    counter = _site_counter(bar)
    for closing in (["مواعيد السوق الأسبوعية", "الدخول مجاني للجميع"], ["سامر الخوري", "* صحفي مختص بالشأن الزراعي"]):
        text = clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, *closing, bar]).encode(), boilerplate=counter).text
        assert all(line in text for line in closing) and bar not in text


def test_readers_keywords_and_teasers_over_the_site_s_repeated_line_still_go():
    # (the site's repeated line may head its comment area or its widgets: over it, a block of names
    # or of other stories' teasers is the page's)
    rules = "يرجى الالتزام بآداب الحوار"
    counter = _site_counter(rules)
    readers = ["أبو علي", "الله يكون بعون الناس", "أم يوسف", "وين الضمير عند التجار", "خالد المصري", "حملة متأخرة كالعادة"]
    keywords = ["أسعار الخبز", "قطاع غزة", "وزارة التجارة", "حماية المستهلك"]
    teasers = ["البلدية تعلن عن مشروع جديد لتأهيل...", "مزارعو الواحات يطالبون بدعم...",
               "افتتاح مكتبة عامة في مبنى..."]
    controls = ["انسخ عنوان الصفحة", "شاركه مع أصدقائك على تويتر"]  # (a network named: the page's share bar)
    address = ["احفظ الخبر لوقت لاحق", "رابط الخبر المختصر: sq.ly/k2p7"]
    for block in (readers, keywords, teasers, controls, address):
        text = clean_page("site/1", "\n".join([HEADLINE, FIRST, SECOND, *block, rules]).encode(), boilerplate=counter).text
        # (the readers' first name, right under the text over a line that is no name, is read as the
        # writer's signature: a known leak of `closing.signature`, older than this rule)
        assert not any(line in text for line in (block[1:] if block is readers else block)), block


def test_lines_under_the_story_s_credit_are_no_closing_lines_of_it():
    # the story closed on its wire's credit; what stands under it, a reader's words over a form the
    # comment step did not read, is no story's, even over the site's repeated line
    bar = "تابعوا صفحتنا الرسمية على انستغرام"
    counter = _site_counter(bar)
    reader = ("السوق فكرة جيدة لكن المواقف قليلة جدا ولا تكفي للزوار يوم الجمعة، ونتمنى من البلدية أن "
              "تجد حلا قبل الشتاء.")
    form = ["رأيك في الخبر يهمنا", "الاسم ثم البريد ثم نص التعليق"]
    page = "\n".join([HEADLINE, FIRST, SECOND, "(رويترز)", reader, *form, bar]).encode()
    text = clean_page("site/1", page, boilerplate=counter).text
    assert not any(line in text for line in form)


def test_a_story_cut_to_a_few_words_keeps_them_the_site_s_bar_and_tags_still_go():
    # (no line reads as text: the footer cannot tell where the story ends, so only furniture by its
    # shape goes, the site's bar and its tags; before, the whole page was kept, bar and tags too)
    from cleaning.edges import remove_footer
    from cleaning.repetition import shuffled_fingerprint
    from test_cleaners import doc_of, texts
    cut, tags = "وأوضح المتحدث باسم البلدية أن السوق", "كلمات البحث: أسواق، زراعة"
    bar = "احفظ الرابط  غرد في تويتر  انشر في فيسبوك"
    doc = remove_footer(doc_of(cut, tags, bar), boilerplate=frozenset({shuffled_fingerprint(bar)}))
    assert texts(doc) == [cut]
