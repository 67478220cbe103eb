//! The temporal layer, phenomenon by phenomenon: named cases, each a sentence of our own with the
//! publication date it is read against, and the expressions expected in it as (evidence, TIMEX3).
//! An empty `want` is a negative case: nothing may be found.

use arabic_timeline::{Document, Extractor, Modifier, ModifierValues};
use chrono::NaiveDate;

struct Case {
    name: &'static str,
    /// Publication date, or `None` for a document without one.
    published: Option<&'static str>,
    text: &'static str,
    want: &'static [(&'static str, &'static str)],
}

/// Wednesday 30 January 2019, ISO week 2019-W05.
const JAN: Option<&str> = Some("2019-01-30");
/// Wednesday 14 February 2018, ISO week 2018-W07.
const FEB: Option<&str> = Some("2018-02-14");
/// Thursday 8 June 2023.
const JUN: Option<&str> = Some("2023-06-08");
/// Saturday 9 November 2019, ISO week 2019-W45.
const NOV: Option<&str> = Some("2019-11-09");

const fn case(
    name: &'static str,
    published: Option<&'static str>,
    text: &'static str,
    want: &'static [(&'static str, &'static str)],
) -> Case {
    Case {
        name,
        published,
        text,
        want,
    }
}

static CASES: &[Case] = &[
    // ----- The tense of news verbs of events -----
    case(
        "past_event_verb_takes_the_last_weekday",
        JAN,
        "وسقط الصاروخ ليل الأحد على المدينة.",
        &[("ليل الأحد", "2019-01-27")],
    ),
    case(
        "a_feminine_scheduled_outweighs_the_past_verb_before_it",
        JAN,
        "وتأجلت القمة التي كانت مقررة في 20 آذار إلى موعد لم يحدد.",
        &[("20 آذار", "2019-03-20")],
    ),
    case(
        "past_event_verb_takes_the_last_december",
        JAN,
        "واندلعت المواجهات في كانون الأول.",
        &[("كانون الأول", "2018-12")],
    ),
    // ----- The one before the last -----
    case(
        "week_before_last",
        JAN,
        "التقى الوفدان الأسبوع قبل الماضي.",
        &[("الأسبوع قبل الماضي", "2019-W03")],
    ),
    case(
        "year_before_last",
        JAN,
        "وعقدت القمة العام قبل الماضي.",
        &[("العام قبل الماضي", "2017")],
    ),
    case(
        "weekday_before_last",
        JAN,
        "ووصل الوفد يوم الأحد قبل الماضي.",
        &[("يوم الأحد قبل الماضي", "2019-01-20")],
    ),
    // ----- A weekday chooses the year that the tense alone would guess -----
    case(
        "weekday_chooses_the_year_over_the_tense",
        JAN,
        "أعلن الوزير يوم الأحد 3 فبراير موعد القمة.",
        &[("يوم الأحد 3 فبراير", "2019-02-03")],
    ),
    case(
        "weekday_agrees_with_the_tense",
        JAN,
        "اجتمع الوزراء يوم السبت 3 فبراير.",
        &[("يوم السبت 3 فبراير", "2018-02-03")],
    ),
    // ----- A weekday with a numeric date -----
    case(
        "weekday_corresponding_to_a_numeric_date",
        JAN,
        "تنطلق الأعمال يوم الثلاثاء الموافق 12/2/2019 في الرياض.",
        &[("يوم الثلاثاء الموافق 12/2/2019", "2019-02-12")],
    ),
    case(
        "weekday_before_a_numeric_date",
        JAN,
        "وصل الوفد الأحد 27/1/2019 إلى الرياض.",
        &[("الأحد 27/1/2019", "2019-01-27")],
    ),
    // ----- Month families, with and without a year -----
    case(
        "gregorian_day_month_year",
        JAN,
        "وقع الاتفاق في 5 مارس 2017 بالعاصمة.",
        &[("5 مارس 2017", "2017-03-05")],
    ),
    case(
        "gregorian_alef_variant",
        JAN,
        "انتهى العمل في 3 ابريل 2016.",
        &[("3 ابريل 2016", "2016-04-03")],
    ),
    case(
        "gregorian_hamza_variant",
        JAN,
        "انتهى العمل في 3 إبريل 2016.",
        &[("3 إبريل 2016", "2016-04-03")],
    ),
    case(
        "gregorian_yunyah",
        JAN,
        "صدر القرار في 9 يونيه 2015.",
        &[("9 يونيه 2015", "2015-06-09")],
    ),
    case(
        "gregorian_yulyah",
        JAN,
        "صدر القرار في 9 يوليه 2015.",
        &[("9 يوليه 2015", "2015-07-09")],
    ),
    case(
        "gregorian_august",
        JAN,
        "زار الوفد المدينة في 2 أغسطس 2010.",
        &[("2 أغسطس 2010", "2010-08-02")],
    ),
    case(
        "gregorian_october",
        JAN,
        "أعلن ذلك في 12 أكتوبر 2012.",
        &[("12 أكتوبر 2012", "2012-10-12")],
    ),
    case(
        "gregorian_january",
        JAN,
        "انطلقت المحادثات في 1 يناير 2000.",
        &[("1 يناير 2000", "2000-01-01")],
    ),
    case(
        "levantine_shubat",
        JAN,
        "عقدت الجلسة في 14 شباط 2016.",
        &[("14 شباط 2016", "2016-02-14")],
    ),
    case(
        "levantine_adhar_madda",
        JAN,
        "عقدت الجلسة في 2 آذار 2016.",
        &[("2 آذار 2016", "2016-03-02")],
    ),
    case(
        "levantine_nisan",
        JAN,
        "عقدت الجلسة في 20 نيسان 2016.",
        &[("20 نيسان 2016", "2016-04-20")],
    ),
    case(
        "levantine_ayyar",
        JAN,
        "عقدت الجلسة في 20 أيار 2016.",
        &[("20 أيار 2016", "2016-05-20")],
    ),
    case(
        "levantine_haziran",
        JAN,
        "عقدت الجلسة في 20 حزيران 2016.",
        &[("20 حزيران 2016", "2016-06-20")],
    ),
    case(
        "levantine_tammuz",
        JAN,
        "عقدت الجلسة في 20 تموز 2016.",
        &[("20 تموز 2016", "2016-07-20")],
    ),
    case(
        "levantine_ab",
        JAN,
        "عقدت الجلسة في 20 آب 2016.",
        &[("20 آب 2016", "2016-08-20")],
    ),
    case(
        "levantine_aylul",
        JAN,
        "عقدت الجلسة في 20 أيلول 2016.",
        &[("20 أيلول 2016", "2016-09-20")],
    ),
    case(
        "levantine_tishrin_awwal",
        JAN,
        "عقدت الجلسة في 20 تشرين الأول 2016.",
        &[("20 تشرين الأول 2016", "2016-10-20")],
    ),
    case(
        "levantine_tishrin_thani",
        JAN,
        "عقدت الجلسة في 20 تشرين الثاني 2016.",
        &[("20 تشرين الثاني 2016", "2016-11-20")],
    ),
    case(
        "levantine_kanun_awwal",
        JAN,
        "عقدت الجلسة في 20 كانون الأول 2016.",
        &[("20 كانون الأول 2016", "2016-12-20")],
    ),
    case(
        "levantine_kanun_thani",
        JAN,
        "عقدت الجلسة في 20 كانون الثاني 2016.",
        &[("20 كانون الثاني 2016", "2016-01-20")],
    ),
    case(
        "maghrebi_janfi",
        JAN,
        "افتتح المعرض يوم 20 جانفي 2017.",
        &[("يوم 20 جانفي 2017", "2017-01-20")],
    ),
    case(
        "maghrebi_alfatih_is_the_first",
        Some("2022-09-04"),
        "ستنعقد القمة يومي الفاتح والثاني من نوفمبر المقبل.",
        &[(
            "يومي الفاتح والثاني من نوفمبر المقبل",
            "2022-11-01/2022-11-02",
        )],
    ),
    case(
        "moroccan_fatih_without_the_article",
        Some("2022-09-04"),
        "تدخل الاتفاقية حيز التنفيذ في فاتح يوليوز المقبل.",
        &[("فاتح يوليوز المقبل", "2023-07-01")],
    ),
    case(
        "maghrebi_fifri",
        JAN,
        "افتتح المعرض يوم 20 فيفري 2017.",
        &[("يوم 20 فيفري 2017", "2017-02-20")],
    ),
    case(
        "maghrebi_afril",
        JAN,
        "افتتح المعرض يوم 20 أفريل 2017.",
        &[("يوم 20 أفريل 2017", "2017-04-20")],
    ),
    case(
        "maghrebi_may",
        JAN,
        "افتتح المعرض يوم 20 ماي 2017.",
        &[("يوم 20 ماي 2017", "2017-05-20")],
    ),
    case(
        "maghrebi_juan",
        JAN,
        "افتتح المعرض يوم 20 جوان 2017.",
        &[("يوم 20 جوان 2017", "2017-06-20")],
    ),
    case(
        "maghrebi_juilliya",
        JAN,
        "افتتح المعرض يوم 20 جويلية 2017.",
        &[("يوم 20 جويلية 2017", "2017-07-20")],
    ),
    case(
        "maghrebi_ut",
        JAN,
        "افتتح المعرض يوم 20 أوت 2017.",
        &[("يوم 20 أوت 2017", "2017-08-20")],
    ),
    case(
        "moroccan_yulyuz",
        JAN,
        "نظم اللقاء يوم 3 يوليوز 2018.",
        &[("يوم 3 يوليوز 2018", "2018-07-03")],
    ),
    case(
        "moroccan_ghusht",
        JAN,
        "نظم اللقاء يوم 3 غشت 2018.",
        &[("يوم 3 غشت 2018", "2018-08-03")],
    ),
    case(
        "moroccan_shutanbir",
        JAN,
        "نظم اللقاء يوم 3 شتنبر 2018.",
        &[("يوم 3 شتنبر 2018", "2018-09-03")],
    ),
    case(
        "moroccan_nunbir",
        JAN,
        "نظم اللقاء يوم 3 نونبر 2018.",
        &[("يوم 3 نونبر 2018", "2018-11-03")],
    ),
    case(
        "moroccan_dujanbir",
        JAN,
        "نظم اللقاء يوم 3 دجنبر 2018.",
        &[("يوم 3 دجنبر 2018", "2018-12-03")],
    ),
    // ----- Paired month names -----
    case(
        "pair_slash",
        JAN,
        "عقد المؤتمر في 4 شباط/فبراير 2015.",
        &[("4 شباط/فبراير 2015", "2015-02-04")],
    ),
    case(
        "pair_parenthesis",
        JAN,
        "عقد المؤتمر في 4 نيسان (أبريل) 2015.",
        &[("4 نيسان (أبريل) 2015", "2015-04-04")],
    ),
    case(
        "pair_juxtaposed",
        JAN,
        "تأسس التحالف في سبتمبر أيلول 2014.",
        &[("سبتمبر أيلول 2014", "2014-09")],
    ),
    case(
        "pair_month_year",
        JAN,
        "بدأت الحملة في تموز/يوليو 2018.",
        &[("تموز/يوليو 2018", "2018-07")],
    ),
    case(
        "pair_two_word_month",
        JAN,
        "صدر القرار في 19 كانون الأول/ديسمبر 2018.",
        &[("19 كانون الأول/ديسمبر 2018", "2018-12-19")],
    ),
    case(
        "pair_parenthesis_month_year",
        JAN,
        "أعلنت المساهمة في أغسطس (آب) 2018.",
        &[("أغسطس (آب) 2018", "2018-08")],
    ),
    // ----- Digits of three scripts -----
    case(
        "arabic_indic_digits",
        JAN,
        "انعقدت القمة في ١٢ نيسان ٢٠١٩.",
        &[("١٢ نيسان ٢٠١٩", "2019-04-12")],
    ),
    case(
        "eastern_arabic_indic_digits",
        JAN,
        "انعقدت القمة في ۱۲ نیسان ۲۰۱۹.",
        &[("۱۲ نیسان ۲۰۱۹", "2019-04-12")],
    ),
    case(
        "arabic_indic_era_glued",
        JAN,
        "صدر في ١٩ مايو ٢٠٢٣م.",
        &[("١٩ مايو ٢٠٢٣م", "2023-05-19")],
    ),
    case(
        "era_mark_spaced",
        JAN,
        "صدر في 15 ابريل 2018 م.",
        &[("15 ابريل 2018 م", "2018-04-15")],
    ),
    // ----- Ordinal day words -----
    case(
        "ordinal_sixth_next",
        JAN,
        "يعقد الاجتماع في السادس من فبراير المقبل.",
        &[("السادس من فبراير المقبل", "2019-02-06")],
    ),
    case(
        "ordinal_nineteenth",
        JAN,
        "أعلن القرار في التاسع عشر من كانون الأول/ديسمبر 2018.",
        &[("التاسع عشر من كانون الأول/ديسمبر 2018", "2018-12-19")],
    ),
    case(
        "ordinal_first",
        JAN,
        "بدأ العمل في الأول من تشرين الثاني/نوفمبر 2022.",
        &[("الأول من تشرين الثاني/نوفمبر 2022", "2022-11-01")],
    ),
    case(
        "ordinal_twenty_seventh",
        JAN,
        "عقد أول اجتماع في السابع والعشرين من آذار/مارس 2016.",
        &[("السابع والعشرين من آذار/مارس 2016", "2016-03-27")],
    ),
    case(
        "ordinal_thirtieth",
        Some("2019-10-29"),
        "تبدأ الجلسات في الثلاثين من تشرين الأول الجاري.",
        &[("الثلاثين من تشرين الأول الجاري", "2019-10-30")],
    ),
    case(
        "ordinal_thirty_first",
        JAN,
        "انتهت المهلة في الحادي والثلاثين من كانون الأول 2018.",
        &[("الحادي والثلاثين من كانون الأول 2018", "2018-12-31")],
    ),
    case(
        "ordinal_feminine_teen",
        JAN,
        "تنتهي الدورة في الثالثة عشرة من آذار 2020.",
        &[("الثالثة عشرة من آذار 2020", "2020-03-13")],
    ),
    case(
        "ordinal_fifth_with_year",
        JAN,
        "عقد المؤتمر الأول في الخامس من نيسان 2017.",
        &[("الخامس من نيسان 2017", "2017-04-05")],
    ),
    // ----- Relative month words -----
    case(
        "month_current",
        Some("2017-03-10"),
        "يجتمع الوزراء يوم 22 مارس الجاري.",
        &[("يوم 22 مارس الجاري", "2017-03-22")],
    ),
    case(
        "month_current_hali",
        Some("2017-03-10"),
        "يجتمع الوزراء في 22 مارس الحالي.",
        &[("22 مارس الحالي", "2017-03-22")],
    ),
    case(
        "month_next_year_rolls",
        Some("2019-11-20"),
        "تعقد القمة في 10 فبراير المقبل.",
        &[("10 فبراير المقبل", "2020-02-10")],
    ),
    case(
        "month_next_same_year",
        JAN,
        "تعقد القمة في 10 مارس القادم.",
        &[("10 مارس القادم", "2019-03-10")],
    ),
    case(
        "month_past_year_rolls",
        JUN,
        "عقد الاجتماع في 7 ديسمبر الماضي.",
        &[("7 ديسمبر الماضي", "2022-12-07")],
    ),
    case(
        "month_past_same_year",
        JUN,
        "عقد الاجتماع في 7 مايو الماضي.",
        &[("7 مايو الماضي", "2023-05-07")],
    ),
    case(
        "month_past_munsarim",
        JUN,
        "عقد الاجتماع في 7 مايو المنصرم.",
        &[("7 مايو المنصرم", "2023-05-07")],
    ),
    case(
        "month_only_past",
        NOV,
        "أعلن ذلك في فبراير الماضي.",
        &[("فبراير الماضي", "2019-02")],
    ),
    case(
        "month_of_last_year",
        JUN,
        "عقد الاجتماع السابق في مايو من العام الماضي.",
        &[("مايو من العام الماضي", "2022-05")],
    ),
    case(
        "day_month_of_last_year",
        Some("2022-05-11"),
        "عقد الاجتماع في 28 يونيو من العام الماضي.",
        &[("28 يونيو من العام الماضي", "2021-06-28")],
    ),
    case(
        "month_of_this_year",
        JUN,
        "يعقد اللقاء في أكتوبر من هذا العام.",
        &[("أكتوبر من هذا العام", "2023-10")],
    ),
    case(
        "day_of_current_month_ya",
        Some("2017-03-10"),
        "يستمر حتى الـ 23 من الجاري.",
        &[("الـ 23 من الجاري", "2017-03-23")],
    ),
    case(
        "day_of_current_month_bare",
        Some("2017-03-10"),
        "يصل الوفد يوم 13 الجاري.",
        &[("يوم 13 الجاري", "2017-03-13")],
    ),
    case(
        "ordinal_day_of_current_month",
        Some("2017-03-10"),
        "تنطلق الدورة في الثالث عشر من الشهر الجاري.",
        &[("الثالث عشر من الشهر الجاري", "2017-03-13")],
    ),
    case(
        "day_of_next_month",
        Some("2017-03-10"),
        "تنطلق الدورة في الخامس من الشهر المقبل.",
        &[("الخامس من الشهر المقبل", "2017-04-05")],
    ),
    // ----- Year inferred from the verb's tense -----
    case(
        "past_tense_moves_month_back",
        JAN,
        "استقال المبعوث في كانون الأول احتجاجا.",
        &[("كانون الأول", "2018-12")],
    ),
    case(
        "past_tense_moves_day_back",
        JAN,
        "وكان الرئيس قد أعلن في 19 ديسمبر قرارا.",
        &[("19 ديسمبر", "2018-12-19")],
    ),
    case(
        "future_tense_moves_day_forward",
        Some("2019-11-20"),
        "سيعقد المؤتمر في 3 فبراير.",
        &[("3 فبراير", "2020-02-03")],
    ),
    case(
        "no_tense_keeps_reference_year",
        FEB,
        "موعد التسليم 20 مارس.",
        &[("20 مارس", "2018-03-20")],
    ),
    case(
        "day_month_without_reference",
        None,
        "يعقد الاجتماع في 6 فبراير.",
        &[("6 فبراير", "XXXX-02-06")],
    ),
    case(
        "month_without_reference",
        None,
        "يعقد الاجتماع في شهر فبراير.",
        &[("شهر فبراير", "XXXX-02")],
    ),
    case(
        "feb_29_without_reference",
        None,
        "ولد في 29 شباط.",
        &[("29 شباط", "XXXX-02-29")],
    ),
    // ----- Weekdays -----
    case(
        "weekday_next",
        NOV,
        "يلتقي الوزراء الخميس المقبل.",
        &[("الخميس المقبل", "2019-11-14")],
    ),
    case(
        "weekday_next_with_yawm",
        NOV,
        "يعقد الاجتماع يوم الخميس المقبل.",
        &[("يوم الخميس المقبل", "2019-11-14")],
    ),
    case(
        "weekday_next_qadim",
        NOV,
        "يعقد الاجتماع الأحد القادم.",
        &[("الأحد القادم", "2019-11-10")],
    ),
    case(
        "weekday_last",
        JAN,
        "وقع الهجوم يوم الجمعة الماضي.",
        &[("يوم الجمعة الماضي", "2019-01-25")],
    ),
    case(
        "weekday_last_monday",
        Some("2017-05-25"),
        "أعلن الاثنين الماضي موقفه.",
        &[("الاثنين الماضي", "2017-05-22")],
    ),
    case(
        "weekday_today",
        FEB,
        "اختتم المؤتمر اليوم الأربعاء.",
        &[("اليوم الأربعاء", "2018-02-14")],
    ),
    case(
        "weekday_yesterday",
        FEB,
        "عقد الاجتماع أمس الثلاثاء.",
        &[("أمس الثلاثاء", "2018-02-13")],
    ),
    case(
        "weekday_tomorrow",
        FEB,
        "يغادر الوفد غدا الخميس.",
        &[("غدا الخميس", "2018-02-15")],
    ),
    case(
        "weekday_tomorrow_yawm_ghad",
        FEB,
        "يستمر حتى يوم غد الخميس.",
        &[("يوم غد الخميس", "2018-02-15")],
    ),
    case(
        "bare_weekday_past_verb",
        FEB,
        "وكان المسؤولون قد أعلنوا الاثنين أن الحاجات كبيرة.",
        &[("الاثنين", "2018-02-12")],
    ),
    case(
        "bare_weekday_past_verb_feminine",
        FEB,
        "بدأت فعاليات المؤتمر الإثنين.",
        &[("الإثنين", "2018-02-12")],
    ),
    case(
        "bare_weekday_future_verb",
        Some("2019-12-02"),
        "على أن تعقد الجلسة الرئيسية الأربعاء في منتجع.",
        &[("الأربعاء", "2019-12-04")],
    ),
    case(
        "bare_weekday_future_sa",
        Some("2021-06-27"),
        "سيعقد لقاء في روما الاثنين أيضا.",
        &[("الاثنين", "2021-06-28")],
    ),
    case(
        "bare_weekday_without_verb",
        FEB,
        "الجمعة: حفل الختام.",
        &[("الجمعة", "2018-02-16")],
    ),
    case(
        "weekday_with_date",
        Some("2019-03-29"),
        "تنطلق القمة يوم الأحد 31 مارس الجاري.",
        &[("يوم الأحد 31 مارس الجاري", "2019-03-31")],
    ),
    case(
        "weekday_with_date_no_year",
        Some("2023-05-19"),
        "اجتمع الوزراء يوم الأربعاء ١٧ مايو.",
        &[("يوم الأربعاء ١٧ مايو", "2023-05-17")],
    ),
    case(
        "today_weekday_full_date",
        FEB,
        "اختتم اليوم الأربعاء ١٤ شباط ٢٠١٨ المؤتمر.",
        &[("اليوم الأربعاء ١٤ شباط ٢٠١٨", "2018-02-14")],
    ),
    case(
        "weekday_comma_date",
        FEB,
        "الاربعاء، 13 شباط 2013 موعد الجلسة.",
        &[("الاربعاء، 13 شباط 2013", "2013-02-13")],
    ),
    case(
        "weekday_of_last_week",
        FEB,
        "عقد اللقاء الأحد من الأسبوع الماضي.",
        &[("الأحد من الأسبوع الماضي", "2018-02-11")],
    ),
    case(
        "weekday_without_reference",
        None,
        "يعقد الاجتماع الخميس المقبل.",
        &[("الخميس المقبل", "XXXX-WXX-4")],
    ),
    case(
        "weekday_with_prefix_waw",
        NOV,
        "ويعقد الاجتماع والخميس المقبل موعده.",
        &[("الخميس المقبل", "2019-11-14")],
    ),
    // ----- Deictic days -----
    case(
        "today",
        FEB,
        "يصل الوفد اليوم إلى المدينة.",
        &[("اليوم", "2018-02-14")],
    ),
    case("yesterday", FEB, "وصل الوفد أمس.", &[("أمس", "2018-02-13")]),
    case(
        "last_night",
        FEB,
        "وقع الانفجار الليلة الماضية في المدينة.",
        &[("الليلة الماضية", "2018-02-13")],
    ),
    case(
        "tomorrow_ghadan",
        FEB,
        "يصل الوفد غدا.",
        &[("غدا", "2018-02-15")],
    ),
    case(
        "tomorrow_tanween",
        FEB,
        "يصل الوفد غداً.",
        &[("غداً", "2018-02-15")],
    ),
    case(
        "day_before_yesterday",
        FEB,
        "وصل الوفد أول أمس.",
        &[("أول أمس", "2018-02-12")],
    ),
    case(
        "day_before_yesterday_min",
        FEB,
        "وصل الوفد أول من أمس.",
        &[("أول من أمس", "2018-02-12")],
    ),
    case(
        "day_after_tomorrow",
        FEB,
        "يصل الوفد بعد غد.",
        &[("بعد غد", "2018-02-16")],
    ),
    case(
        "evening_yesterday",
        FEB,
        "وصل الوفد مساء أمس.",
        &[("مساء أمس", "2018-02-13")],
    ),
    case(
        "dawn_of_day_and_weekday",
        FEB,
        "ووقع الهجوم فجر يوم الأحد، وعقد الاجتماع مساء يوم أمس.",
        &[
            ("فجر يوم الأحد", "2018-02-11"),
            ("مساء يوم أمس", "2018-02-13"),
        ],
    ),
    case(
        "day_word_before_a_numeric_date",
        FEB,
        "وصل الوفد يوم ١٣-٢-٢٠١٨.",
        &[("يوم ١٣-٢-٢٠١٨", "2018-02-13")],
    ),
    case(
        "years_in_words_after_the_word_for_year",
        FEB,
        "تأسس الحلف عام ألف وتسعمائة وتسعة وأربعين، وتوسع في العام ألفين وأربعة.",
        &[
            ("عام ألف وتسعمائة وتسعة وأربعين", "1949"),
            ("العام ألفين وأربعة", "2004"),
        ],
    ),
    case(
        "a_quoted_newspaper_name_is_no_day",
        FEB,
        "وقال الوزير لصحيفة \"الغد\" وصحيفة «اليوم» إنه وصل أمس.",
        &[("أمس", "2018-02-13")],
    ),
    case(
        "two_weekdays_as_a_range",
        JAN,
        "تعقد القمة يومي الأحد والاثنين المقبلين، وعقدت اللجنة اجتماعاتها من الأحد إلى الثلاثاء الماضيين.",
        &[
            ("يومي الأحد والاثنين المقبلين", "2019-02-03/2019-02-04"),
            ("من الأحد إلى الثلاثاء الماضيين", "2019-01-27/2019-01-29"),
        ],
    ),
    case(
        "two_weekdays_joined_by_a_plural_direction",
        JAN,
        "تعقد القمة الأحد والاثنين المقبلين، بعد اجتماعات الأحد والاثنين.",
        &[
            ("الأحد والاثنين المقبلين", "2019-02-03/2019-02-04"),
            ("الأحد", "2019-02-03"),
            ("الاثنين", "2019-02-04"),
        ],
    ),
    case(
        "numeric_hijri_dates",
        JAN,
        "عقد الاجتماع يوم الثلاثاء 5-7-1440هـ، ويعقد الثاني في 12/3/1441 هـ.",
        &[
            ("يوم الثلاثاء 5-7-1440هـ", "2019-03-12"),
            ("12/3/1441 هـ", "2019-11-09"),
        ],
    ),
    case(
        "about_so_long_ago",
        JAN,
        "وقع الهجوم قبل نحو شهرين، ويعود الوفد بعد حوالي أسبوع.",
        &[
            ("قبل نحو شهرين", "2018-11"),
            ("بعد حوالي أسبوع", "2019-02-06"),
        ],
    ),
    case(
        "plural_periods_without_a_count_are_no_period",
        JAN,
        "وسيتواصل الحوار في الأسابيع المقبلة كما في الأشهر الماضية.",
        &[],
    ),
    case(
        "noon_today",
        FEB,
        "يصل الوفد ظهر اليوم.",
        &[("ظهر اليوم", "2018-02-14")],
    ),
    case(
        "tonight",
        FEB,
        "يصل الوفد الليلة.",
        &[("الليلة", "2018-02-14")],
    ),
    case(
        "yesterday_without_reference",
        None,
        "وصل الوفد أمس.",
        &[("أمس", "PAST_REF")],
    ),
    case(
        "tomorrow_without_reference",
        None,
        "يصل الوفد غدا.",
        &[("غدا", "FUTURE_REF")],
    ),
    // ----- Weeks, months, years relative to the reference -----
    case(
        "next_week",
        JAN,
        "يعقد الاجتماع الأسبوع المقبل.",
        &[("الأسبوع المقبل", "2019-W06")],
    ),
    case(
        "last_week",
        NOV,
        "قال في مؤتمر صحفي الأسبوع الماضي.",
        &[("الأسبوع الماضي", "2019-W44")],
    ),
    case(
        "this_week",
        NOV,
        "يصل هذا الأسبوع.",
        &[("هذا الأسبوع", "2019-W45")],
    ),
    case(
        "current_week",
        NOV,
        "يصل خلال الأسبوع الجاري.",
        &[("الأسبوع الجاري", "2019-W45")],
    ),
    case(
        "next_month",
        Some("2017-05-25"),
        "ينضم الشهر المقبل.",
        &[("الشهر المقبل", "2017-06")],
    ),
    case(
        "last_month",
        Some("2019-12-02"),
        "أعلن ذلك الشهر الماضي.",
        &[("الشهر الماضي", "2019-11")],
    ),
    case(
        "last_month_across_year",
        JAN,
        "أعلن ذلك الشهر الماضي.",
        &[("الشهر الماضي", "2018-12")],
    ),
    case(
        "current_year",
        Some("2019-03-14"),
        "تعهد المانحون بمبالغ العام الجاري.",
        &[("العام الجاري", "2019")],
    ),
    case(
        "next_year",
        Some("2019-03-14"),
        "تعهد المانحون بمبالغ العام المقبل.",
        &[("العام المقبل", "2020")],
    ),
    case(
        "last_year_feminine",
        Some("2019-03-14"),
        "تراجعت الأرقام في السنة الماضية.",
        &[("السنة الماضية", "2018")],
    ),
    case(
        "this_year_feminine",
        Some("2019-03-14"),
        "ترتفع الأرقام هذه السنة.",
        &[("هذه السنة", "2019")],
    ),
    case(
        "week_with_lil_prefix",
        JAN,
        "يستعد للأسبوع المقبل.",
        &[("للأسبوع المقبل", "2019-W06")],
    ),
    // ----- Modifiers, kept in the span -----
    case(
        "start_of_current_year",
        Some("2019-03-29"),
        "هي القمة الثالثة منذ مطلع العام الجاري.",
        &[("مطلع العام الجاري", "2019")],
    ),
    case(
        "late_in_month",
        Some("2019-10-29"),
        "قدم استقالته أواخر تشرين الأول/أكتوبر 2019.",
        &[("أواخر تشرين الأول/أكتوبر 2019", "2019-10")],
    ),
    case(
        "modifier_half_of_a_month_is_the_month",
        JAN,
        "سيعقد الاجتماع في النصف الثاني من مارس.",
        &[("النصف الثاني من مارس", "2019-03")],
    ),
    case(
        "modifier_half_of_a_year_is_the_year",
        JAN,
        "ينتهي المشروع في النصف الأول من العام المقبل.",
        &[("النصف الأول من العام المقبل", "2020")],
    ),
    case(
        "end_of_the_current_month_by_akhir",
        JAN,
        "تنتهي المهلة آخر الشهر الجاري.",
        &[("آخر الشهر الجاري", "2019-01")],
    ),
    case(
        "late_time_of_last_month",
        Some("2017-03-10"),
        "عقد في وقت متأخر من الشهر الماضي.",
        &[("وقت متأخر من الشهر الماضي", "2017-02")],
    ),
    case(
        "mid_year",
        JAN,
        "تنتهي الأعمال منتصف 2020.",
        &[("منتصف 2020", "2020")],
    ),
    case(
        "end_of_year",
        JAN,
        "تنتهي الأعمال نهاية العام المقبل.",
        &[("نهاية العام المقبل", "2020")],
    ),
    case(
        "early_month",
        JAN,
        "تبدأ الأعمال في أوائل آذار المقبل.",
        &[("أوائل آذار المقبل", "2019-03")],
    ),
    case(
        "earlier_this_month",
        Some("2017-03-10"),
        "أعلن في وقت سابق من الشهر الجاري.",
        &[("وقت سابق من الشهر الجاري", "2017-03")],
    ),
    case(
        "later_this_year",
        Some("2017-03-10"),
        "يصدر في وقت لاحق من العام الجاري.",
        &[("وقت لاحق من العام الجاري", "2017")],
    ),
    case(
        "later_alone_is_vague",
        Some("2017-03-10"),
        "يصدر في وقت لاحق.",
        &[("وقت لاحق", "FUTURE_REF")],
    ),
    case(
        "end_of_the_year_is_this_year",
        Some("2017-03-10"),
        "تنسحب القوات قبل نهاية العام.",
        &[("نهاية العام", "2017")],
    ),
    case(
        "start_of_next_week",
        Some("2017-03-10"),
        "تبدأ المحادثات مطلع الأسبوع المقبل.",
        &[("مطلع الأسبوع المقبل", "2017-W11")],
    ),
    // ----- Years -----
    case(
        "year_aam",
        JAN,
        "تأسس التحالف عام 2014.",
        &[("عام 2014", "2014")],
    ),
    case(
        "year_sana",
        JAN,
        "تأسس التحالف سنة 2014.",
        &[("سنة 2014", "2014")],
    ),
    case(
        "year_arabic_indic",
        JAN,
        "علقت العضوية عام ٢٠١١.",
        &[("عام ٢٠١١", "2011")],
    ),
    case(
        "year_era_glued",
        JAN,
        "تأسس في ٢٠١٤م.",
        &[("٢٠١٤م", "2014")],
    ),
    case(
        "year_after_fi",
        JAN,
        "تأسس في 2014، وتوسع لاحقا.",
        &[("2014", "2014")],
    ),
    case(
        "year_after_fi_before_a_count_in_words",
        JAN,
        "وكان الحلف يضم في 2004 ستا وعشرين دولة.",
        &[("2004", "2004")],
    ),
    case(
        "year_with_lam",
        JAN,
        "الميزانية لعام 2020 كبيرة.",
        &[("عام 2020", "2020")],
    ),
    // ----- Hijri -----
    case(
        "hijri_with_weekday",
        Some("2018-04-15"),
        "تنعقد القمة الأحد 29 رجب 1439 هـ.",
        &[("الأحد 29 رجب 1439 هـ", "2018-04-15")],
    ),
    case(
        "hijri_glued_era",
        Some("2023-05-19"),
        "تنعقد القمة الجمعة ٢٩ شوال ١٤٤٤هـ.",
        &[("الجمعة ٢٩ شوال ١٤٤٤هـ", "2023-05-19")],
    ),
    case(
        "hijri_muwafiq_both_sides",
        Some("2019-05-30"),
        "صدر البيان الخميس ٢٥ رمضان ١٤٤٠ هـ الموافق ٣٠ مايو ٢٠١٩ م.",
        &[
            ("الخميس ٢٥ رمضان ١٤٤٠ هـ", "2019-05-30"),
            ("٣٠ مايو ٢٠١٩ م", "2019-05-30"),
        ],
    ),
    case(
        "hijri_two_word_month",
        JAN,
        "ولد في 12 ربيع الأول 1440 هـ.",
        &[("12 ربيع الأول 1440 هـ", "2018-11-20")],
    ),
    case(
        "hijri_month_and_year",
        JAN,
        "يبدأ الصيام في رمضان 1440 هـ.",
        &[("رمضان 1440 هـ", "2019-05-06/2019-06-03")],
    ),
    case(
        "hijri_month_without_a_year_takes_the_references_hijri_year",
        JAN,
        "تتواصل المفاوضات خلال شهر رمضان.",
        &[("شهر رمضان", "2019-05-06/2019-06-03")],
    ),
    case(
        "hijri_month_with_a_direction",
        JAN,
        "وكانت الهدنة قد أعلنت في رمضان الماضي.",
        &[("رمضان الماضي", "2018-05-16/2018-06-14")],
    ),
    case(
        "hijri_day_without_a_year",
        JAN,
        "يبدأ الحج في العاشر من ذي الحجة.",
        &[("العاشر من ذي الحجة", "2019-08-11")],
    ),
    case(
        "hijri_month_name_as_a_persons_name",
        JAN,
        "وقال الرئيس التركي رجب طيب أردوغان إن بلاده مستعدة.",
        &[],
    ),
    case(
        "hijri_month_without_any_year_or_reference",
        None,
        "تتواصل المفاوضات خلال شهر رمضان.",
        &[],
    ),
    case(
        "hijri_bare_month_without_a_year_may_be_a_name",
        JAN,
        "يبدأ الصيام في رمضان.",
        &[],
    ),
    // ----- Ranges -----
    case(
        "range_from_to_current",
        Some("2019-03-14"),
        "عقد المؤتمر في الفترة من 12 إلى 14 آذار الجاري.",
        &[("من 12 إلى 14 آذار الجاري", "2019-03-12/2019-03-14")],
    ),
    case(
        "range_arabic_indic",
        FEB,
        "يعقد المؤتمر من ١٢ إلى ١٤ شباط.",
        &[("من ١٢ إلى ١٤ شباط", "2018-02-12/2018-02-14")],
    ),
    case(
        "range_yawmay",
        Some("2019-03-29"),
        "عقدت القمة يومي 24 و25 فيفري.",
        &[("يومي 24 و25 فيفري", "2019-02-24/2019-02-25")],
    ),
    case(
        "range_two_days_in_digits_joined_by_and",
        Some("2018-11-20"),
        "يعقد الاجتماع في 7 و8 كانون الأول/ديسمبر.",
        &[("7 و8 كانون الأول/ديسمبر", "2018-12-07/2018-12-08")],
    ),
    case(
        "range_two_ordinals_joined_by_and",
        Some("2018-11-20"),
        "يعقد الاجتماع في الحادي عشر والثاني عشر من كانون الأول.",
        &[(
            "الحادي عشر والثاني عشر من كانون الأول",
            "2018-12-11/2018-12-12",
        )],
    ),
    case(
        "range_bayna",
        Some("2019-12-02"),
        "تعقد القمة بين 3 و4 ديسمبر الجاري.",
        &[("بين 3 و4 ديسمبر الجاري", "2019-12-03/2019-12-04")],
    ),
    case(
        "range_hatta",
        JAN,
        "تستمر الدورة من 3 حتى 7 آذار 2019.",
        &[("من 3 حتى 7 آذار 2019", "2019-03-03/2019-03-07")],
    ),
    case(
        "range_two_months",
        JAN,
        "تستمر الدورة من 28 شباط إلى 2 آذار 2019.",
        &[("من 28 شباط إلى 2 آذار 2019", "2019-02-28/2019-03-02")],
    ),
    case(
        "range_dash",
        JAN,
        "تستمر الدورة 12-14 شباط 2019.",
        &[("12-14 شباط 2019", "2019-02-12/2019-02-14")],
    ),
    case(
        "range_without_reference",
        None,
        "يعقد المؤتمر من 12 إلى 14 شباط.",
        &[("من 12 إلى 14 شباط", "XXXX-02-12/XXXX-02-14")],
    ),
    case(
        "range_ordinals",
        JAN,
        "تستمر من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر 2019.",
        &[(
            "من الثالث والعشرين وحتى السادس والعشرين من شهر أكتوبر 2019",
            "2019-10-23/2019-10-26",
        )],
    ),
    // ----- Durations and shifts -----
    case(
        "duration_dual_days",
        NOV,
        "ومن المقرر أن يستمر الاجتماع مدة يومين.",
        &[("مدة يومين", "P2D")],
    ),
    case(
        "duration_lam_mudda",
        NOV,
        "يستمر الاجتماع لمدة يومين.",
        &[("مدة يومين", "P2D")],
    ),
    case(
        "duration_dual_weeks",
        JAN,
        "ينسحب خلال أسبوعين.",
        &[("خلال أسبوعين", "P2W")],
    ),
    case(
        // A preposition is left out of the span; only «خلال» stays with a duration.
        "duration_over_the_course_of",
        JAN,
        "استمرت المفاوضات على مدى ثلاثة أيام.",
        &[("ثلاثة أيام", "P3D")],
    ),
    case(
        "duration_plural_years",
        JAN,
        "استمرت الحرب 4 سنوات.",
        &[("4 سنوات", "P4Y")],
    ),
    case(
        "duration_word_days",
        JAN,
        "استمر المؤتمر ثلاثة أيام.",
        &[("ثلاثة أيام", "P3D")],
    ),
    case(
        "duration_feminine_years",
        JAN,
        "بعد غياب دام ثلاث سنوات.",
        &[("ثلاث سنوات", "P3Y")],
    ),
    case(
        "duration_accusative",
        JAN,
        "للمرة الأولى منذ ١٢ عاما.",
        &[("١٢ عاما", "P12Y")],
    ),
    case(
        "duration_tens_words",
        JAN,
        "يحتفل الحلف بمرور سبعين عاما.",
        &[("سبعين عاما", "P70Y")],
    ),
    case(
        "duration_months",
        JAN,
        "تستمر المهمة ستة أشهر.",
        &[("ستة أشهر", "P6M")],
    ),
    case(
        "duration_dual_months",
        JAN,
        "تستمر المهمة شهرين.",
        &[("شهرين", "P2M")],
    ),
    case(
        "duration_hours",
        JAN,
        "استمر الاجتماع 48 ساعة.",
        &[("48 ساعة", "PT48H")],
    ),
    case(
        "duration_compound_words",
        JAN,
        "منذ خمسة وعشرين عاما.",
        &[("خمسة وعشرين عاما", "P25Y")],
    ),
    case(
        "years_ago",
        Some("2024-04-04"),
        "تأسس الحلف قبل 75 عاما.",
        &[("قبل 75 عاما", "1949")],
    ),
    case(
        "days_ago",
        JAN,
        "وصل قبل ثلاثة أيام.",
        &[("قبل ثلاثة أيام", "2019-01-27")],
    ),
    case(
        "week_ago",
        JAN,
        "وصل قبل أسبوع.",
        &[("قبل أسبوع", "2019-01-23")],
    ),
    case(
        "in_two_days",
        JAN,
        "يصل بعد يومين.",
        &[("بعد يومين", "2019-02-01")],
    ),
    case(
        "next_three_days",
        JAN,
        "خلال الأيام الثلاثة المقبلة.",
        &[("الأيام الثلاثة المقبلة", "2019-01-31/2019-02-02")],
    ),
    case(
        "next_ten_days_and_last_twenty_days",
        JAN,
        "في غضون الأيام العشرة المقبلة وخلال الأيام العشرين الماضية.",
        &[
            ("الأيام العشرة المقبلة", "2019-01-31/2019-02-09"),
            ("الأيام العشرين الماضية", "2019-01-10/2019-01-29"),
        ],
    ),
    case(
        "next_two_days_by_a_definite_dual",
        JAN,
        "ويتوقع وصول الوفود خلال اليومين المقبلين.",
        &[("اليومين المقبلين", "2019-01-31/2019-02-01")],
    ),
    case(
        "last_two_weeks_by_a_definite_dual",
        JAN,
        "وتصاعدت المواجهات خلال الأسبوعين الماضيين.",
        &[("الأسبوعين الماضيين", "2019-01-14/2019-01-27")],
    ),
    case(
        "a_definite_dual_alone_is_no_duration",
        JAN,
        "وناقش الوزراء خلال اليومين ملفات عدة.",
        &[],
    ),
    // ----- Vague references -----
    case(
        "vague_now",
        JAN,
        "لدينا الآن تركيز متزايد.",
        &[("الآن", "PRESENT_REF")],
    ),
    case(
        "vague_currently",
        JAN,
        "يعمل حاليا على الملف.",
        &[("حاليا", "PRESENT_REF")],
    ),
    case(
        "vague_future",
        JAN,
        "يناقش الإجراءات في المستقبل.",
        &[("المستقبل", "FUTURE_REF")],
    ),
    // ----- Nth weekdays and weeks of a month -----
    case(
        "nth_weekday",
        JAN,
        "يعقد في ثالث ثلاثاء من أيلول 2014.",
        &[("ثالث ثلاثاء من أيلول 2014", "2014-09-16")],
    ),
    case(
        "last_weekday",
        JAN,
        "يعقد في آخر اثنين من شهر آذار 2019.",
        &[("آخر اثنين من شهر آذار 2019", "2019-03-25")],
    ),
    case(
        "weekday_ordinal_mismatch_is_nth",
        JAN,
        "يعقد الثلاثاء الثالث من شهر أيلول من عام 2014.",
        &[("الثلاثاء الثالث من شهر أيلول من عام 2014", "2014-09-16")],
    ),
    case(
        "last_day_of_month",
        JAN,
        "تنتهي المهلة آخر يوم من شهر شباط 2020.",
        &[("آخر يوم من شهر شباط 2020", "2020-02-29")],
    ),
    // ----- Numeric dates -----
    case(
        "numeric_dmy",
        JAN,
        "صدر المرسوم بتاريخ 12/3/2019.",
        &[("12/3/2019", "2019-03-12")],
    ),
    case(
        "numeric_iso",
        JAN,
        "صدر المرسوم بتاريخ 2019-03-12.",
        &[("2019-03-12", "2019-03-12")],
    ),
    // ----- Several in one sentence -----
    case(
        "two_dates",
        JAN,
        "بدأ في 11 سبتمبر 2014 وانتهى في 5 مارس 2017.",
        &[
            ("11 سبتمبر 2014", "2014-09-11"),
            ("5 مارس 2017", "2017-03-05"),
        ],
    ),
    case(
        "date_then_duration",
        NOV,
        "يعقد الاجتماع يوم الخميس المقبل ويستمر مدة يومين.",
        &[("يوم الخميس المقبل", "2019-11-14"), ("مدة يومين", "P2D")],
    ),
    // ----- Impossible dates give nothing -----
    case("impossible_feb_31", JAN, "في 31 شباط 2019 لا يحدث شيء.", &[]),
    case(
        "impossible_feb_30_no_year",
        None,
        "في 30 فبراير لا يحدث شيء.",
        &[],
    ),
    case(
        "impossible_day_zero_keeps_month",
        JAN,
        "في 0 مارس 2019.",
        &[("مارس 2019", "2019-03")],
    ),
    case("impossible_hijri_day", JAN, "في 31 رمضان 1440 هـ.", &[]),
    case("hijri_out_of_table", JAN, "في 1 رمضان 9999 هـ.", &[]),
    case(
        "five_digit_number_is_no_year",
        JAN,
        "في 3 مارس 99999.",
        &[("3 مارس", "2019-03-03")],
    ),
    // ----- Words that merely contain a month or weekday name -----
    case(
        "not_month_marastahu",
        JAN,
        "الضغط الذي مارسته أميركا كبير.",
        &[],
    ),
    case(
        "not_month_muntashirin",
        JAN,
        "عدد المنتشرين في المنطقة كبير.",
        &[],
    ),
    case(
        "not_month_baghdadi",
        JAN,
        "قتل زعيم التنظيم أبو بكر البغدادي.",
        &[],
    ),
    case("not_month_himaya", JAN, "أكد على حماية المدنيين.", &[]),
    case(
        "not_weekday_ahad_kibar",
        JAN,
        "قال أحد كبار المسؤولين إن الوضع صعب.",
        &[],
    ),
    case("not_month_bare_verb", JAN, "مارس الضغط على الحكومة.", &[]),
    case("not_month_ab_father", JAN, "تحدث الأب عن ابنه.", &[]),
    // ----- Numbers that are not times -----
    case("not_date_count_of_states", JAN, "يضم التحالف 76 دولة.", &[]),
    case("not_date_money", JAN, "تعهدت بتقديم 200 مليون دولار.", &[]),
    case("not_date_phone", JAN, "للاتصال 0096522334455.", &[]),
    case(
        "not_date_percentage",
        JAN,
        "ارتفعت النسبة إلى 30 بالمئة.",
        &[],
    ),
    case(
        "not_date_conference_name",
        JAN,
        "انتهت أعمال مؤتمر الكويت الدولي.",
        &[],
    ),
    case("not_date_empty", JAN, "", &[]),
    case("not_date_latin", JAN, "The meeting is on 6 February.", &[]),
    case(
        "not_date_year_number_before_noun",
        JAN,
        "وصل في 2014 جنديا إلى القاعدة.",
        &[],
    ),
];

fn published(p: Option<&str>) -> Option<NaiveDate> {
    p.map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test dates are valid"))
}

/// The cases of `cases` whose expressions `extractor` reads otherwise, described.
fn failures(extractor: &Extractor, cases: &[Case]) -> Vec<String> {
    let mut failures = Vec::new();
    for case in cases {
        let doc = Document::new(case.name, case.text).published_opt(published(case.published));
        let got: Vec<(String, String)> = extractor
            .extract(&doc)
            .dates
            .iter()
            .map(|d| (case.text[d.span.clone()].to_owned(), d.value.to_string()))
            .collect();
        let want: Vec<(String, String)> = case
            .want
            .iter()
            .map(|&(e, v)| (e.to_owned(), v.to_owned()))
            .collect();
        if got != want {
            failures.push(format!(
                "{}: want {want:?}\n{:>width$}  got  {got:?}",
                case.name,
                "",
                width = case.name.len()
            ));
        }
    }
    failures
}

#[test]
fn every_phenomenon_reads_as_the_guidelines_say() {
    let failures = failures(&Extractor::new(), CASES);
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

/// `ModifierValues::Narrow`: the part of the month a modifier names.
static NARROW_CASES: &[Case] = &[
    case(
        "narrow_start_point",
        JAN,
        "تبدأ الأعمال مطلع آذار 2019.",
        &[("مطلع آذار 2019", "2019-03-01")],
    ),
    case(
        "narrow_early_days",
        JAN,
        "تبدأ الأعمال في أوائل شهر مارس المقبل.",
        &[("أوائل شهر مارس المقبل", "2019-03-01/2019-03-10")],
    ),
    case(
        "narrow_middle",
        JAN,
        "يعقد المؤتمر منتصف شباط 2020.",
        &[("منتصف شباط 2020", "2020-02-15")],
    ),
    case(
        "narrow_middle_days",
        JAN,
        "يعقد المؤتمر في أواسط أيار 2019.",
        &[("أواسط أيار 2019", "2019-05-11/2019-05-20")],
    ),
    case(
        "narrow_late_days_of_a_leap_february",
        JAN,
        "يعقد المؤتمر أواخر شباط 2020.",
        &[("أواخر شباط 2020", "2020-02-21/2020-02-29")],
    ),
    case(
        "narrow_end_point",
        JAN,
        "ينتهي العمل نهاية شباط 2019.",
        &[("نهاية شباط 2019", "2019-02-28")],
    ),
    case(
        "narrow_late_in_the_month",
        JAN,
        "وصل في وقت متأخر من الشهر الماضي.",
        &[("وقت متأخر من الشهر الماضي", "2018-12-21/2018-12-31")],
    ),
    case(
        "narrow_keeps_a_year",
        JAN,
        "ارتفعت الأسعار منذ مطلع العام الجاري.",
        &[("مطلع العام الجاري", "2019")],
    ),
    case(
        "narrow_first_half",
        JAN,
        "تبدأ الأعمال في النصف الأول من شباط 2019.",
        &[("النصف الأول من شباط 2019", "2019-02-01/2019-02-15")],
    ),
    case(
        "narrow_second_half",
        JAN,
        "تبدأ الأعمال في النصف الثاني من آذار 2019.",
        &[("النصف الثاني من آذار 2019", "2019-03-16/2019-03-31")],
    ),
    case(
        "narrow_without_a_year",
        None,
        "يعقد المؤتمر أواخر آذار.",
        &[("أواخر آذار", "XXXX-03-21/XXXX-03-31")],
    ),
    case(
        "narrow_february_without_a_year_keeps_the_month",
        None,
        "يعقد المؤتمر أواخر شباط.",
        &[("أواخر شباط", "XXXX-02")],
    ),
    case(
        "narrow_leaves_dates_without_modifiers",
        JAN,
        "يعقد المؤتمر في آذار 2019.",
        &[("آذار 2019", "2019-03")],
    ),
];

#[test]
fn narrow_modifiers_name_a_part_of_the_month() {
    let narrow = Extractor::builder()
        .modifier_values(ModifierValues::Narrow)
        .build();
    let failures = failures(&narrow, NARROW_CASES);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The modifier is still reported, and the default reading keeps the whole month.
    let doc = Document::new("m", "أواخر آذار 2019");
    assert_eq!(narrow.dates(&doc)[0].modifier, Some(Modifier::End));
    assert_eq!(Extractor::new().dates(&doc)[0].value.to_string(), "2019-03");
}

#[test]
fn there_are_enough_cases_and_negatives() {
    assert!(CASES.len() >= 150, "{} cases", CASES.len());
    assert!(CASES.iter().filter(|c| c.want.is_empty()).count() >= 20);
    let mut names: Vec<&str> = CASES.iter().map(|c| c.name).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), CASES.len(), "case names are unique");
}
