"""A fourth set of layout phrasings, written blind to the rules (nothing under cleaning/ was read to
write them) and apart from the dev phrasings of `layout.V` and from OWN: what other real Arabic news
sites print (Gulf, Levantine, Maghreb and Egyptian sites, with the English or French widget strings
some of them keep: Disqus, Facebook's plugin, a WordPress theme). The dev pages laid out with these
are a second structure check: `python scripts/evaluate.py --real dev --phrasings fresh`. Same keys
and value shapes as the dev entries of `layout.V`; the generator's structure (what goes where) is
unchanged, only what the lines say. tests/test_disjoint.py checks these against the lexicons too."""

from __future__ import annotations

from .own_phrasings import swapped_phrasings

FRESH = {
    "sections": ["وطني", "مال وأعمال", "ملاعب", "ثقافة وفنون", "عرب وعالم", "تقنية", "حوادث وقضايا"],
    "home": ["الرئيسة", "Accueil"],
    "menu_seps": [" • ", " · ", " || "],
    "controls": [["تغيير حجم الخط", "+", "-"], ["نسخة للطبع"], ["أرسل عبر الإيميل"],
                 ["استمع إلى الخبر", "▶ 00:00 / 02:47"]],
    "share": ["فيس بوك", "تويتر", "تيليغرام"],
    "related": ["لا يفوتك", "ننصحك بقراءة"],
    "footer": ["© {year} {site} — يحظر الاقتباس دون ذكر المصدر", "تواصل معنا · للإعلان لدينا · اتفاقية الاستخدام · الأرشيف"],
    "slogan": ["{site} — أخبار على مدار الساعة", "{site}، نافذتك على العالم"],
    "stamp": ["تم النشر: {d} | {t}", "Le {d} à {t}"],
    "tags": ["مصنف ضمن: {a} ، {b}", "هاشتاغ: #{a} #{b}"],
    # comment sections
    "form": [["ما رأيك في الخبر؟", "الاسم (مطلوب)", "الإيميل (لن يُعرض)",
              "الآراء المنشورة تعبر عن أصحابها فقط", "إضافة"],
             ["Réagir à cet article", "Nom", "Votre commentaire", "Envoyer"]],
    "empty": ["لا تعليقات حتى الآن، ابدأ النقاش"],
    "header_word": ["تفاعل القراء", "Vos avis"],
    "fb_actions": ["Like · Reply · Mark as spam · {n}w", "أعجبني · رد · مشاركة · {n} أسبوع"],
    "fb_plugin": ["المكون الإضافي للتعليقات على فيسبوك"],
    "disqus_top": ["{n} commentaires", "Trier par : Meilleurs", "Se connecter"],
    "disqus_time": ["il y a {n} heures", "il y a {n} jours"],
    "disqus_act": ["ردّ • شارك ›"],
    "by": ["{name} قال في {date}:"],
    "wp_time": ["منذ {n} أيام", "قبل {n} أسابيع"],
    "wp_reply": ["Reply ↓"],
    "votes": ["إعجاب ({a}) عدم إعجاب ({b})", "▲ {a}  ▼ {b}"],
    "reply_to": ["تعقيباً على {name}"],
    "date_place": ["من {place} بتاريخ {date}", "{time} {date} ({place})"],
}


def fresh_phrasings():
    """The dev phrasings of `layout.V` replaced by FRESH while the block runs."""
    return swapped_phrasings(FRESH)
