//! The event extractors, kind by kind, on sentences of our own, with sentences that must yield
//! nothing.

use arabic_timeline::{Document, Event, Extractor, Level, Qualifier, Status, WhenSource};
use chrono::NaiveDate;

/// Thursday 14 March 2024.
fn extract(text: &str) -> Vec<Event> {
    let doc = Document::new("t", text).published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap());
    Extractor::new().extract(&doc).events
}

fn statements(text: &str) -> Vec<(String, String)> {
    extract(text)
        .into_iter()
        .filter_map(|e| match e {
            Event::Statement(s) => Some((
                s.speaker.map(|m| m.text).unwrap_or_default(),
                s.when.map(|w| w.value.to_string()).unwrap_or_default(),
            )),
            _ => None,
        })
        .collect()
}

/// What each statement says, as its `content`.
fn contents(text: &str) -> Vec<Option<String>> {
    extract(text)
        .into_iter()
        .filter_map(|e| match e {
            Event::Statement(s) => Some(s.content.map(|c| c.text)),
            _ => None,
        })
        .collect()
}

/// The place each meeting is given, empty when none.
fn places(text: &str) -> Vec<String> {
    meetings(text).into_iter().map(|m| m.1).collect()
}

/// The coalition each size names, as its `coalition`.
fn coalition_names(text: &str) -> Vec<String> {
    extract(text)
        .into_iter()
        .filter_map(|e| match e {
            Event::CoalitionSize(c) => c.coalition.map(|m| m.text),
            _ => None,
        })
        .collect()
}

fn sizes(text: &str) -> Vec<(u64, Qualifier, String)> {
    extract(text)
        .into_iter()
        .filter_map(|e| match e {
            Event::CoalitionSize(c) => Some((
                c.count,
                c.qualifier,
                c.when.map(|w| w.value.to_string()).unwrap_or_default(),
            )),
            _ => None,
        })
        .collect()
}

fn meetings(text: &str) -> Vec<(String, String, Level, Status)> {
    extract(text)
        .into_iter()
        .filter_map(|e| match e {
            Event::Meeting(m) => Some((
                m.when.map(|w| w.value.to_string()).unwrap_or_default(),
                m.location.map(|l| l.text).unwrap_or_default(),
                m.level,
                m.status,
            )),
            _ => None,
        })
        .collect()
}

fn s(a: &str, b: &str) -> (String, String) {
    (a.to_owned(), b.to_owned())
}

#[test]
fn statement_speaker_after_the_verb() {
    assert_eq!(
        statements("وقال وزير الخارجية الأردني أيمن الصفدي إن الحل سياسي."),
        [s("وزير الخارجية الأردني أيمن الصفدي", "2024-03-14")]
    );
}

#[test]
fn an_outlets_name_in_quotation_marks_opens_nothing() {
    // «لـ"المدى"» names whom he spoke to: the day after it is the speaking's, and what is said
    // begins at «إن».
    let text = "وقال النائب محمد الغبان في حديث لـ\"المدى\" أمس الأربعاء، إن \"التحالف بات القوة الثانية\".";
    assert_eq!(statements(text), [s("النائب محمد الغبان", "2024-03-13")]);
    let content = extract(text).into_iter().find_map(|e| match e {
        Event::Statement(st) => st.content.map(|c| c.text),
        _ => None,
    });
    assert_eq!(content.as_deref(), Some("إن \"التحالف بات القوة الثانية\""));
}

#[test]
fn a_prepositional_object_before_the_titled_subject() {
    assert_eq!(
        statements(
            "ويعد التحالف، الذي أعلن عن تأسيسه ولي العهد السعودي في ديسمبر 2015، أكبر تحالف."
        ),
        [s("ولي العهد السعودي", "2015-12")]
    );
}

#[test]
fn a_pronoun_object_before_the_subject_is_not_the_speaker() {
    assert_eq!(
        statements("وحسب ما أفادت به وكالة الأنباء الرسمية، فإن الاجتماع ناقش سبل التعاون."),
        [s("وكالة الأنباء الرسمية", "2024-03-14")]
    );
    assert_eq!(
        statements("وقال لهم الوزير إن الاجتماع مهم."),
        [s("الوزير", "2024-03-14")]
    );
    // Nor an adverbial with a pronoun before a titled subject.
    assert_eq!(
        statements("وعقد الجانبان مؤتمرا صحفيا، قال خلاله الرئيس التركي إن الاجتماع مهم."),
        [s("الرئيس التركي", "2024-03-14")]
    );
}

#[test]
fn what_was_said_as_the_verbs_pronoun() {
    assert_eq!(
        statements("وهو ما أكدته وزارة الخارجية في بيان."),
        [s("وزارة الخارجية", "2024-03-14")]
    );
    assert_eq!(
        statements("وهذا ما قاله الرئيس الأمريكي جو بايدن الأسبوع الماضي."),
        [s("الرئيس الأمريكي جو بايدن", "2024-W10")]
    );
    assert_eq!(
        statements("ووفق ما ذكرته وكالة رويترز، فإن الاجتماع سيعقد."),
        [s("وكالة رويترز", "2024-03-14")]
    );
    // Without «ما», «ذكّره» reminds someone.
    assert!(statements("وذكره الوزير بالاتفاق.").is_empty());
}

#[test]
fn speaker_names_end_where_the_name_ends() {
    // A coalition's name and where an office is belong to the title; where one spoke does not.
    for (text, speaker) in [
        (
            "أعلن المتحدث باسم قوات تحالف دعم الشرعية في اليمن العقيد تركي المالكي أن الصاروخ أسقط.",
            "المتحدث باسم قوات تحالف دعم الشرعية في اليمن العقيد تركي المالكي",
        ),
        ("وقال مسؤول في العراق إن الاجتماع مهم.", "مسؤول في العراق"),
        // «في» a coalition, its name with a plus.
        (
            "وقالت مصادر في تحالف أوبك+ إن الاجتماع مهم.",
            "مصادر في تحالف أوبك+",
        ),
        ("وقال الوزير في القاهرة إن الاجتماع مهم.", "الوزير"),
        // A member for a bloc or a province; not «عن» of what is spoken about.
        (
            "وقال النائب عن ائتلاف دولة القانون، في تصريح صحفي، إن الاجتماع مهم.",
            "النائب عن ائتلاف دولة القانون",
        ),
        (
            "وقال عضو مجلس النواب عن محافظة البصرة إن الاجتماع مهم.",
            "عضو مجلس النواب عن محافظة البصرة",
        ),
        (
            "وأوضح عضو اللجنة عن المنطقة الشرقية اللواء خيري التميمي أن الاجتماع مهم.",
            "عضو اللجنة عن المنطقة الشرقية اللواء خيري التميمي",
        ),
        ("وقال النائب عن الموضوع إن الاجتماع مهم.", "النائب"),
        ("وأضاف كاتلين في العراق إن الاجتماع مهم.", "كاتلين"),
        // «آن» with madda is a name, never the conjunction.
        (
            "وقالت وزيرة الخارجية السويدية آن ليندي إن بلادها تدعم الحل.",
            "وزيرة الخارجية السويدية آن ليندي",
        ),
        // A verbal noun with its pronoun is the object; «بعثة» is a title's.
        ("وفي بيان له، أكد الحزب رفضه للقرار.", "الحزب"),
        ("وأكدت الوزارة التزامها بالاتفاق.", "الوزارة"),
        (
            "وقال رئيس بعثة الاتحاد الأوروبي إن الاجتماع مهم.",
            "رئيس بعثة الاتحاد الأوروبي",
        ),
        // A pronoun object before the subject, a quantifier after it.
        ("ودعا إليها الوزير جميع الأطراف.", "الوزير"),
        ("وشدد عليه الرئيس في كلمته.", "الرئيس"),
        // A time of day ends a name: «عشية الذكرى» is when, not who.
        (
            "وأعلن المفوض الأوروبي خريستوس ستيليانيدس عشية الذكرى الثامنة للاحتجاجات أن الاتحاد سيقدم مساعدات.",
            "المفوض الأوروبي خريستوس ستيليانيدس",
        ),
    ] {
        assert_eq!(statements(text), [s(speaker, "2024-03-14")], "{text}");
    }
    // The outlet spoken to, by name or by kind; a title's «لـ» stays.
    for (text, speaker) in [
        (
            "وأكدت مصادر مطلعة للجزيرة أن المفاوضات متعثرة.",
            "مصادر مطلعة",
        ),
        ("وقال مسؤول عراقي لرويترز إن الاجتماع سيعقد.", "مسؤول عراقي"),
        ("وقال مسؤول كردي لرووداو إن الاجتماع سيعقد.", "مسؤول كردي"),
        ("وقال الوزير لبي بي سي إن الاجتماع سيعقد.", "الوزير"),
        ("وقال مسؤول لواشنطن بوست إن الاجتماع سيعقد.", "مسؤول"),
        ("وقال المتحدث للوكالة إن الوفد وصل.", "المتحدث"),
        (
            "وقال الأمين العام للجامعة العربية إن القمة ستعقد.",
            "الأمين العام للجامعة العربية",
        ),
    ] {
        assert_eq!(statements(text), [s(speaker, "2024-03-14")], "{text}");
    }
    // A source's request for anonymity, what is welcomed.
    assert_eq!(
        statements("وقال مصدر مطلع طلب عدم الكشف عن اسمه إن الاجتماع سيعقد في الرياض."),
        [s("مصدر مطلع", "2024-03-14")]
    );
    assert_eq!(
        statements("ورحب الاتحاد الأوروبي بنتائج الاجتماع."),
        [s("الاتحاد الأوروبي", "2024-03-14")]
    );
    assert_eq!(
        statements("ورحب المتحدث باسم الخارجية بالقرار."),
        [s("المتحدث باسم الخارجية", "2024-03-14")]
    );
    // Whom a speaker calls on or warns, after the speaker's name.
    assert_eq!(
        statements("ودعا وزير الخارجية الأمريكي مايك بومبيو الدول الأعضاء إلى زيادة مساهماتها."),
        [s("وزير الخارجية الأمريكي مايك بومبيو", "2024-03-14")]
    );
    assert_eq!(
        statements("وحذر السيناتور ميتش ماكونيل إدارة الرئيس من الانسحاب."),
        [s("السيناتور ميتش ماكونيل", "2024-03-14")]
    );
    assert_eq!(
        statements("ودعا رئيس الوزراء عادل عبد المهدي الحكومة إلى الاستقالة."),
        [s("رئيس الوزراء عادل عبد المهدي", "2024-03-14")]
    );
    // A title's complement is no one addressed.
    assert_eq!(
        statements("ودعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط إلى الحوار."),
        [s(
            "الأمين العام لجامعة الدول العربية أحمد أبو الغيط",
            "2024-03-14"
        )]
    );
    // An envoy's post is part of the title; another «إلى» is not.
    assert_eq!(
        statements("وأكد المبعوث الأممي إلى سوريا غير بيدرسون أن اللجنة ستجتمع قريبا."),
        [s("المبعوث الأممي إلى سوريا غير بيدرسون", "2024-03-14")]
    );
    assert_eq!(
        statements("وقال الوزير إلى جانب نظيره إن الاجتماع مهم."),
        [s("الوزير", "2024-03-14")]
    );
    assert_eq!(
        statements("وقال السفير الأمريكي في بغداد دوغلاس سيليمان إن الاجتماع مهم."),
        [s("السفير الأمريكي في بغداد دوغلاس سيليمان", "2024-03-14")]
    );
    assert_eq!(
        statements("وقالت السفارة الأمريكية في بغداد في بيان إن الاجتماع مهم."),
        [s("السفارة الأمريكية في بغداد", "2024-03-14")]
    );
}

#[test]
fn a_subject_opening_the_sentence_before_its_speech_verb() {
    for (text, speaker) in [
        ("ترامب يقول إن القوات ستعود", "ترامب"),
        ("الوزير أكد أن الاجتماع سيعقد.", "الوزير"),
        (
            "الخارجية الأمريكية قالت: الاجتماع في موعده.",
            "الخارجية الأمريكية",
        ),
        // What is said may be a verbal noun: it is not the subject after the verb.
        ("الوزير أكد التزام بلاده.", "الوزير"),
    ] {
        assert_eq!(statements(text), [s(speaker, "2024-03-14")], "{text}");
    }
    // A meeting word is no speaker.
    assert!(statements("الاجتماع أكد أن التحالف ملتزم.").is_empty());
    // A count opens the subject of a clause: the speaker before is not the one who confirmed.
    assert_eq!(
        statements("وأعلن الوزير أن 13 من القادة العرب أكدوا حضورهم."),
        [
            s("الوزير", "2024-03-14"),
            s("13 من القادة العرب", "2024-03-14")
        ]
    );
    // What is welcomed, right after «رحب», is no subject.
    assert_eq!(
        statements("وصرح الناطق بأن الرئيس رحب بضيفه."),
        [s("الناطق", "2024-03-14"), s("الرئيس", "2024-03-14")]
    );
    assert_eq!(
        statements("وصرح الناطق بأن 13 رئيس دولة أكدوا حضورهم."),
        [s("الناطق", "2024-03-14"), s("13 رئيس دولة", "2024-03-14")]
    );
}

#[test]
fn what_is_said_begins_where_the_verb_takes_it() {
    // A later «إلى» is where the speaker went, not what was said: the time before «إن» dates
    // the speaking.
    assert_eq!(
        statements("وقال الوزير خلال زيارته إلى باريس الشهر الماضي إن الاجتماع سيعقد."),
        [s("الوزير", "2024-02")]
    );
    let content = |text: &str| -> Vec<String> {
        extract(text)
            .into_iter()
            .filter_map(|e| match e {
                Event::Statement(st) => Some(st.content.map(|c| c.text).unwrap_or_default()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        content("وأعرب الوزير الأسبوع الماضي عن أمله في نجاح الاجتماع."),
        ["عن أمله في نجاح الاجتماع"]
    );
    assert_eq!(
        content("وقال الوزير على هامش المؤتمر: الحل سياسي."),
        [": الحل سياسي"]
    );
}

#[test]
fn the_day_of_what_is_welcomed_does_not_date_the_welcome() {
    assert_eq!(
        statements("ورحب ولي العهد بنتائج القمة العربية التي استضافتها المملكة في 16 مايو."),
        [s("ولي العهد", "2024-03-14")]
    );
    // The day of the occasion one spoke at does.
    assert_eq!(
        statements("وتعهدت الدول المانحة خلال المؤتمر الذي عقد في نيسان 2018 بتقديم المساعدات."),
        [s("الدول المانحة", "2018-04")]
    );
    // So does a day past the speaker's own relative clause, after a comma.
    assert_eq!(
        statements("قال التحالف الذي تقوده السعودية في بيان، أمس الأربعاء، إنه اعترض طائرة."),
        [s("التحالف", "2024-03-13")]
    );
}

#[test]
fn a_statement_is_not_dated_by_the_next_clause() {
    assert_eq!(
        statements("وكان الرئيس تعهد بهزيمة التنظيم، وأرسل قادة الجيش خطة جديدة الشهر الماضي."),
        [s("الرئيس", "2024-03-14")]
    );
    // Nor by an aside on the speaker between commas.
    assert_eq!(
        statements("وقال الوزير، الذي وصل إلى بغداد أمس، إن الزيارة مهمة."),
        [s("الوزير", "2024-03-14")]
    );
    // Nor by a day after the report.
    assert_eq!(
        statements("ويعقد مجلس الأمن جلسة مغلقة يوم الجمعة المقبل، بحسب ما ذكر دبلوماسيون."),
        [s("دبلوماسيون", "2024-03-14")]
    );
}

#[test]
fn the_topic_after_amma_speaks() {
    assert_eq!(
        statements("أما وزير الخارجية الفرنسي جان إيف لودريان فقال إن باريس ستشارك."),
        [s("وزير الخارجية الفرنسي جان إيف لودريان", "2024-03-14")]
    );
    assert_eq!(
        statements("أما روسيا، فأكدت أنها لن تشارك."),
        [s("روسيا", "2024-03-14")]
    );
    // A topic that is no one: the speaker follows the verb.
    assert_eq!(
        statements("أما بالنسبة للاجتماع، فقال الوزير إنه سيعقد الأحد."),
        [s("الوزير", "2024-03-14")]
    );
}

#[test]
fn a_document_issued_by_someone_is_theirs() {
    assert_eq!(
        statements("وذكر بيان صادر عن الرئاسة أن الرئيس سيزور باريس."),
        [s("الرئاسة", "2024-03-14")]
    );
    assert_eq!(
        statements("وقال البيان الصادر عن وزارة الخارجية المصرية إن الاجتماع سيعقد."),
        [s("وزارة الخارجية المصرية", "2024-03-14")]
    );
    // Issued by the verb, after an adjective: its issuer after «عن»; else the document's name
    // ends at the verb.
    assert_eq!(
        statements("وقال بيان مشترك صدر عن الوزارتين إن الطرفين اتفقا على التعاون."),
        [s("الوزارتين", "2024-03-14")]
    );
    assert_eq!(
        statements("وأفاد بلاغ مشترك صدر عقب اللقاء بأن القادة قرروا الاجتماع شهريا."),
        [s("بلاغ مشترك", "2024-03-14")]
    );
    // A gathering issues no statement: the document speaks for it.
    assert_eq!(
        statements("وقال البيان الختامي الصادر عن القمة إن القادة جددوا دعمهم."),
        [s("البيان الختامي", "2024-03-14")]
    );
    // The document named again is its issuer; a common noun keeps its name in brackets, a
    // full name leaves its short name out.
    assert_eq!(
        statements(
            "وذكر بيان صادر عن الرئاسة أن الرئيس سيزور باريس. وأضاف البيان أن الزيارة تستغرق يومين."
        ),
        [s("الرئاسة", "2024-03-14"), s("الرئاسة", "2024-03-14")]
    );
    assert_eq!(
        statements("وقالت تقرير لفضائية (الحرة) إنه سيناقش الأزمات."),
        [s("فضائية (الحرة)", "2024-03-14")]
    );
    // The issuer after «ل», past the «ل» the look-up left on an unknown word.
    assert_eq!(
        statements("وذكر بيان لمكتب رئيس الوزراء أن الكاظمي استقبل القائد."),
        [s("مكتب رئيس الوزراء", "2024-03-14")]
    );
    assert_eq!(
        statements("وقال بيان لوزارة الخارجية إن الاجتماع مهم."),
        [s("وزارة الخارجية", "2024-03-14")]
    );
}

#[test]
fn statement_speaker_stops_at_the_object() {
    // The verbal noun that opens the object is not part of the name.
    assert_eq!(
        statements("وأكد رئيس الوزراء الماليزي أنور إبراهيم ضرورة وقف إطلاق النار."),
        [s("رئيس الوزراء الماليزي أنور إبراهيم", "2024-03-14")]
    );
    assert_eq!(
        statements("وأعلنت منظمة أطباء بلا حدود مقتل ثلاثة من موظفيها."),
        [s("منظمة أطباء بلا حدود", "2024-03-14")]
    );
    // «إلغاء» opens what was announced.
    assert_eq!(
        statements("وأعلنت رئاسة الحكومة إلغاء الاجتماع الوزاري."),
        [s("رئاسة الحكومة", "2024-03-14")]
    );
    // Nor is the complement after «ب», nor a verbal noun of action.
    assert_eq!(
        statements("وتعهد الرئيس الفرنسي إيمانويل ماكرون بدعم لبنان."),
        [s("الرئيس الفرنسي إيمانويل ماكرون", "2024-03-14")]
    );
    assert_eq!(
        statements("وأكد وزير الخارجية تعزيز التعاون بين البلدين."),
        [s("وزير الخارجية", "2024-03-14")]
    );
    // A body addressed after the name: «الكونغرس», «المجتمع الدولي».
    assert_eq!(
        statements("ودعا الرئيس الأمريكي دونالد ترامب الكونغرس إلى تمويل الجدار."),
        [s("الرئيس الأمريكي دونالد ترامب", "2024-03-14")]
    );
    // A demonstrative object: «ذلك» is what was confirmed.
    assert_eq!(
        statements("وأكدت المتحدثة باسم الوزارة هيذر ناورت ذلك في إفادة صحفية."),
        [s("المتحدثة باسم الوزارة هيذر ناورت", "2024-03-14")]
    );
    // The same noun with the article or a proclitic stays in the name.
    assert_eq!(
        statements("وقال المفوض الأوروبي للتجارة والدعم الفني ماروش شفتشوفيتش إن الاتفاق قريب."),
        [s(
            "المفوض الأوروبي للتجارة والدعم الفني ماروش شفتشوفيتش",
            "2024-03-14"
        )]
    );
}

#[test]
fn statement_speaker_with_a_name_between_commas() {
    assert_eq!(
        statements("وقال وزير الخارجية الأردني، أيمن الصفدي، إن الحل سياسي."),
        [s("وزير الخارجية الأردني، أيمن الصفدي", "2024-03-14")]
    );
    // An anonymous source's clause between commas is no name.
    assert_eq!(
        statements("وقال مصدر دبلوماسي، طلب عدم كشف هويته، إن المحادثات متعثرة."),
        [s("مصدر دبلوماسي", "2024-03-14")]
    );
}

#[test]
fn the_name_ali_is_told_from_the_preposition_by_the_texts_spelling() {
    // A text that spells the preposition «على» with alef maqsura spells the name with yeh: the
    // name belongs to the speaker, and the day after it dates the statement.
    assert_eq!(
        statements("وأكد الرئيس علي ناصر أمس أن الحكومة ستعمل على الحل."),
        [s("الرئيس علي ناصر", "2024-03-13")]
    );
    // A text that writes the preposition with yeh gives no such sign: «علي» stays the
    // preposition, which ends the speaker.
    assert_eq!(
        statements("وأكد الرئيس علي أهمية الحل، وشدد علي ضرورة العمل."),
        [s("الرئيس", "2024-03-14"), s("الرئيس", "2024-03-14")]
    );
    // «إلى» spelled with alef maqsura is the same sign.
    assert_eq!(
        statements("ولفت عضو الكتلة النائب علي خريس إلى أن الاتصالات مستمرة."),
        [s("عضو الكتلة النائب علي خريس", "2024-03-14")]
    );
    // After an honorific only a name comes, whatever the text's spelling.
    assert_eq!(
        statements("وأكد وزير المالية السيد علي بن أحمد الكواري أن الاجتماع سيناقش العمل."),
        [s("وزير المالية السيد علي بن أحمد الكواري", "2024-03-14")]
    );
}

#[test]
fn bayyana_reports_speech_only_as_a_verb_opening_its_clause() {
    assert_eq!(
        statements("وبيّن المتحدث باسم الوزارة أن الاجتماع سيعقد في موعده."),
        [s("المتحدث باسم الوزارة", "2024-03-14")]
    );
    assert_eq!(
        statements("وقد بين التقرير أن الأوضاع تتدهور."),
        [s("التقرير", "2024-03-14")]
    );
    // A day between the speaker and «أن».
    assert_eq!(
        statements("وبين وزير الخارجية أيمن الصفدي أمس أن الوضع خطير."),
        [s("وزير الخارجية أيمن الصفدي", "2024-03-13")]
    );
    // The preposition: inside a noun phrase, or with no «أن» after its noun.
    assert!(statements("يمكن للتعاون بين البلدين أن يسهم في الحل.").is_empty());
    assert!(statements("وبين الطرفين خلافات كبيرة.").is_empty());
}

#[test]
fn a_statement_made_in_a_speech_or_a_release_is_its_issuers() {
    // «بيانا», «كلمة» are what the subject issued; the speech verb after them with «فيه»
    // has that subject as speaker, not the document.
    assert_eq!(
        statements("وأصدرت وزارة الخارجية بيانا أكدت فيه أن الاجتماع سيعقد."),
        [s("وزارة الخارجية", "2024-03-14")]
    );
    assert_eq!(
        statements("وألقى الرئيس كلمة دعا فيها إلى الحوار."),
        [s("الرئيس", "2024-03-14")]
    );
}

#[test]
fn statement_reported_by_an_agency_from_a_source() {
    assert_eq!(
        statements("ونقلت وكالة الأنباء الألمانية عن مسؤول أوروبي قوله إن المحادثات مستمرة."),
        [s("مسؤول أوروبي", "2024-03-14")]
    );
    // The agency's short name in brackets or quotes.
    for text in [
        "ونقلت وكالة الأنباء السعودية (واس) عن مصدر مسؤول قوله إن المملكة ترحب بالاتفاق.",
        "ونقلت وكالة الأنباء السعودية \"واس\" عن مصدر مسؤول أن المملكة ترحب بالاتفاق.",
    ] {
        assert_eq!(statements(text), [s("مصدر مسؤول", "2024-03-14")], "{text}");
    }
    // Something called for in a relative clause is no statement.
    assert!(statements("وتنطلق القمة الطارئة التي دعا إليها الملك سلمان.").is_empty());
    // «نقل» without «عن» moves something: no statement.
    assert!(statements("ونقلت السلطات المصابين إلى المستشفى.").is_empty());
    // A preposition standing alone ends the speaker: «لـ"الحياة"».
    assert_eq!(
        statements("وصرح مصدر مطلع لـ\"الحياة\" بأن الاجتماع تأجل."),
        [s("مصدر مطلع", "2024-03-14")]
    );
}

#[test]
fn a_verb_that_speaks_with_bilqawl() {
    assert_eq!(
        statements("وقال الوزير إن الاجتماع مهم. وختم بالقول إن الحل سياسي."),
        [s("الوزير", "2024-03-14"), s("الوزير", "2024-03-14")]
    );
    assert_eq!(
        statements("واختتم الوزير كلمته بالقول إن الحل سياسي."),
        [s("الوزير", "2024-03-14")]
    );
    assert_eq!(
        statements("ورد المتحدث على سؤال بالقول إن الحل سياسي."),
        [s("المتحدث", "2024-03-14")]
    );
    assert!(statements("ويمكن تلخيص الموقف بالقول إن الحل سياسي.").is_empty());
}

#[test]
fn statement_continued_with_tabaa_and_ardafa() {
    assert_eq!(
        statements("وأكد الوزير أن الحل سياسي. وتابع قائلا إن الحوار مستمر. وأردف أن الوقت يضيق."),
        [
            s("الوزير", "2024-03-14"),
            s("الوزير", "2024-03-14"),
            s("الوزير", "2024-03-14")
        ]
    );
    // «تابع» with an object follows something: no statement.
    assert!(statements("وتابع الوزير الاجتماع عن كثب.").is_empty());
}

#[test]
fn statement_in_a_headline_title_and_colon() {
    assert_eq!(
        statements("انطلاق أعمال القمة ووزير الخارجية الفرنسي: الحل سياسي"),
        [s("وزير الخارجية الفرنسي", "2024-03-14")]
    );
    assert_eq!(
        statements("مصدر دبلوماسي: المفاوضات متوقفة"),
        [s("مصدر دبلوماسي", "2024-03-14")]
    );
    // A speech verb before the title makes one statement, not two; a title spoken to, a
    // source line or a list heading makes none.
    assert_eq!(
        statements("وقال وزير الخارجية: الحل سياسي."),
        [s("وزير الخارجية", "2024-03-14")]
    );
    assert!(statements("رسالة لوزير الخارجية: عودوا إلى طاولة الحوار").is_empty());
    assert!(statements("المصدر: وكالة الأنباء").is_empty());
    assert!(statements("أبرز النقاط: وقف إطلاق النار وتبادل الأسرى").is_empty());
    // The outlet spoken to, in quotes, between the title and the colon; its name is no day.
    assert_eq!(
        statements("وزير الخارجية الأردني لـ\"الغد\": الاجتماع سيعقد في موعده"),
        [s("وزير الخارجية الأردني", "2024-03-14")]
    );
    // A bare name opening the line; a label or a known place does not speak.
    assert_eq!(
        statements("بومبيو: لن نغادر سوريا قبل هزيمة داعش"),
        [s("بومبيو", "2024-03-14")]
    );
    assert!(statements("عاجل: انفجار في بغداد").is_empty());
    assert!(statements("سوريا: مقتل عشرة جنود").is_empty());
    // A name and its verb are no bare name: «بريكس تتوسع».
    assert!(statements("بريكس تتوسع: ستة أعضاء جدد مطلع العام المقبل").is_empty());
    assert_eq!(
        statements("نتنياهو: لن نوقف الحرب"),
        [s("نتنياهو", "2024-03-14")]
    );
}

#[test]
fn statement_speaker_before_the_verb_with_its_time() {
    assert_eq!(
        statements("وكان المتحدث باسم الحكومة قد أكد الأسبوع الماضي أن المفاوضات مستمرة."),
        [s("المتحدث باسم الحكومة", "2024-W10")]
    );
}

#[test]
fn a_speech_verb_inside_what_was_said_is_not_the_speakers() {
    // The verb's subject is in the content, before it: the minister said one thing.
    assert_eq!(
        statements("وأوضح الوزير أن ما يزيد على 75 دولة ومنظمة أكدت مشاركتها في المؤتمر."),
        [s("الوزير", "2024-03-14")]
    );
    // «إلا أنه اعترف»: the pronoun of «أنه» is the speaker again.
    assert_eq!(
        statements("وأكد المسؤول أن التنظيم يتلقى ضربات متتالية، إلا أنه اعترف بأن تهديده تمدد."),
        [s("المسؤول", "2024-03-14"), s("المسؤول", "2024-03-14")]
    );
    // A verbal noun right after the verb is its object, no speaker.
    assert_eq!(
        statements("وكانت الوزارة قد أعلنت أمس تأجيل الاجتماع."),
        [s("الوزارة", "2024-03-13")]
    );
}

#[test]
fn statement_continued_and_short_names_resolve() {
    let got = statements(
        "وقالت وزارة الخارجية المصرية أمس إن الاتصالات جارية. وأضافت أن الوفد يصل قريبا. وأكدت الوزارة أن الموعد لم يحدد.",
    );
    assert_eq!(
        got,
        [
            s("وزارة الخارجية المصرية", "2024-03-13"),
            s("وزارة الخارجية المصرية", "2024-03-13"),
            s("وزارة الخارجية المصرية", "2024-03-13"),
        ]
    );
    // An honorific pronoun is the last speaker, or the titled subject of the sentence before.
    assert_eq!(
        statements(
            "أكد وزير الخارجية الشيخ صباح الخالد أن التحالف حقق إنجازات. وأضاف معاليه أن الكويت تدعمه."
        ),
        [
            s("وزير الخارجية الشيخ صباح الخالد", "2024-03-14"),
            s("وزير الخارجية الشيخ صباح الخالد", "2024-03-14"),
        ]
    );
    assert_eq!(
        statements(
            "افتتح الأمير محمد بن سلمان ولي العهد الاجتماع. وأكد سموه أن التحالف سيلاحق الإرهاب."
        ),
        [s("الأمير محمد بن سلمان ولي العهد", "2024-03-14")]
    );
    assert_eq!(
        statements(
            "التقى جلالة الملك عبدالله الثاني اليوم وزير الخارجية. وأكد جلالته ضرورة وقف الحرب."
        ),
        [s("جلالة الملك عبدالله الثاني", "2024-03-14")]
    );
}

#[test]
fn statement_from_a_quoted_source_and_a_document() {
    assert_eq!(
        statements("وأشارت الصحيفة إلى التطورات، نقلا عن مصدر دبلوماسي رفيع."),
        [
            s("الصحيفة", "2024-03-14"),
            s("مصدر دبلوماسي رفيع", "2024-03-14")
        ]
    );
    assert_eq!(
        statements("وجاء في بيان الرئاسة التونسية أن اللقاء كان مثمرا."),
        [s("الرئاسة التونسية", "2024-03-14")]
    );
    // The document with the article and its adjective, the issuer after «ل».
    assert_eq!(
        statements("وجاء في البيان المشترك لوزراء الخارجية أن الحل سياسي."),
        [s("وزراء الخارجية", "2024-03-14")]
    );
    // «للقمة» leaves no span that reads «القمة»: no speaker to give.
    assert!(statements("وجاء في البيان الختامي للقمة أن القادة يدعمون الحل.").is_empty());
}

#[test]
fn statement_negatives() {
    // «قال» inside a quoted title, impersonal «يذكر أن», a participle, and no verb at all.
    assert!(statements("نشر الكاتب أمس مقالا بعنوان \"قال الراوي\" في مجلة أدبية.").is_empty());
    assert!(statements("يذكر أن التحالف تأسس عام 2014.").is_empty());
    assert!(statements("وصل الوفد إلى العاصمة مؤكدا رغبته في الحوار.").is_empty());
    assert!(statements("").is_empty());
}

#[test]
fn coalition_sizes_with_qualifiers_and_times() {
    assert_eq!(
        sizes("ويضم التحالف 68 دولة."),
        [(68, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    assert_eq!(
        sizes("التحالف الذي يصل عدد أعضائه إلى نحو 76 دولة."),
        [(76, Qualifier::Approximately, "2024-03-14".to_owned())]
    );
    assert_eq!(
        sizes("ويضم الحلف أكثر من ثلاثين دولة."),
        [(30, Qualifier::MoreThan, "2024-03-14".to_owned())]
    );
    assert_eq!(
        sizes("بدأ التحالف مسيرته في سبتمبر 2014 بـ 11 دولة فقط."),
        [(11, Qualifier::Exact, "2014-09".to_owned())]
    );
    // «انطلق» with its members after «ب»; not a meeting that began before its guests.
    assert_eq!(
        sizes("وتشارك الكويت في التحالف منذ تأسيسه عام 2014 حين انطلق بأربع وثلاثين دولة فقط."),
        [(34, Qualifier::Exact, "2014".to_owned())]
    );
    assert!(sizes("انطلق اجتماع التحالف الدولي اليوم في واشنطن بحضور 74 دولة.").is_empty());
    assert_eq!(
        sizes("والتحالف المؤلف من تسعة وسبعين عضوا."),
        [(79, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    // «يتجاوز», «ما يفوق» are more than; «ما يناهز» about.
    let qualifier = |text: &str| sizes(text).into_iter().map(|s| s.1).collect::<Vec<_>>();
    assert_eq!(
        qualifier("ويضم التحالف عددا من الدول يتجاوز 70 دولة."),
        [Qualifier::MoreThan]
    );
    assert_eq!(
        qualifier("ويضم التحالف ما يفوق 70 دولة."),
        [Qualifier::MoreThan]
    );
    assert_eq!(
        qualifier("ويضم التحالف ما يناهز 70 دولة."),
        [Qualifier::Approximately]
    );
    // The count's article stands between: «قرابة الـ70»; «نيفا وسبعين» is seventy-odd.
    assert_eq!(
        qualifier("ويضم التحالف قرابة الـ70 دولة."),
        [Qualifier::Approximately]
    );
    assert_eq!(
        qualifier("ويضم التحالف نيفا وسبعين دولة."),
        [Qualifier::MoreThan]
    );
    // The number of members went past the count: the verb before «عدد».
    assert_eq!(
        qualifier("وتجاوز عدد أعضاء التحالف 80 دولة في 2019."),
        [Qualifier::MoreThan]
    );
    assert_eq!(
        qualifier("وقد تخطى عدد أعضاء التحالف ثمانين دولة."),
        [Qualifier::MoreThan]
    );
    assert_eq!(
        qualifier("وبلغ عدد أعضاء التحالف 80 دولة."),
        [Qualifier::Exact]
    );
}

#[test]
fn a_coalition_formed_with_its_members() {
    assert_eq!(
        sizes("أعلن الوزير تشكيل التحالف بعضوية عشر دول في البداية."),
        [(10, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    // After a comma, «بعضوية» tells the clause before it, and its day.
    assert_eq!(
        sizes("أعلن الوزير تشكيل التحالف في 18 كانون الأول، بعضوية عشر دول."),
        [(10, Qualifier::Exact, "2023-12-18".to_owned())]
    );
}

#[test]
fn a_coalition_known_by_its_name_alone() {
    assert_eq!(
        sizes("ويضم الإطار التنسيقي، الذي شكل الحكومة، نحو 130 نائبا."),
        [(130, Qualifier::Approximately, "2024-03-14".to_owned())]
    );
}

#[test]
fn a_size_that_holds_now_since_a_day_holds_on_the_report() {
    assert_eq!(
        sizes("ويضم الحلف 31 دولة منذ انضمام فنلندا في نيسان الماضي."),
        [(31, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    // In the past, the day is the size's.
    assert_eq!(
        sizes("وبدأ التحالف مسيرته في أيلول 2014 بـ 11 دولة فقط."),
        [(11, Qualifier::Exact, "2014-09".to_owned())]
    );
}

#[test]
fn a_size_told_with_when_it_was_is_of_the_clause_before() {
    assert_eq!(
        sizes("وكان الاجتماع الأول قد عقد في تشرين الثاني 2017، حين كان التحالف يضم أربعين دولة."),
        [(40, Qualifier::Exact, "2017-11".to_owned())]
    );
}

#[test]
fn coalition_sizes_by_the_number_of_partners_and_what_it_includes() {
    let counts = |text: &str| {
        sizes(text)
            .into_iter()
            .map(|s| (s.0, s.1))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        counts("ووصل عدد الشركاء في التحالف إلى خمسة وثمانين شريكا."),
        [(85, Qualifier::Exact)]
    );
    assert_eq!(
        counts("ويشمل التحالف قرابة 70 دولة ومنظمة."),
        [(70, Qualifier::Approximately)]
    );
    // What a plan or an agreement includes is no membership.
    assert!(counts("وتشمل خطة التحالف 12 مشروعا. ويشمل الاتفاق 20 بندا.").is_empty());
}

#[test]
fn coalition_sizes_by_the_number_of_members() {
    let names = |text: &str| -> Vec<(u64, String, String)> {
        extract(text)
            .into_iter()
            .filter_map(|e| match e {
                Event::CoalitionSize(c) => Some((
                    c.count,
                    c.coalition.map(|m| m.text).unwrap_or_default(),
                    c.when.map(|w| w.value.to_string()).unwrap_or_default(),
                )),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        names("ارتفع عدد أعضاء حلف شمال الأطلسي (الناتو) إلى 32 دولة يوم الخميس الماضي."),
        [(
            32,
            "حلف شمال الأطلسي (الناتو)".to_owned(),
            "2024-03-07".to_owned()
        )]
    );
    // Another coalition word before the name, across «أن», is not part of it.
    assert_eq!(
        names("وأكد مسؤول في الأمانة العامة للتحالف أن التحالف بدأ مسيرته عام 2014 بـ 12 دولة.")
            .into_iter()
            .map(|n| n.1)
            .collect::<Vec<_>>(),
        ["التحالف"]
    );
    // Parties count as members; «في عضويته» and «من نحو» are not part of the name.
    assert_eq!(
        names("ويتكون الائتلاف من نحو 40 حزبا.")
            .into_iter()
            .map(|n| (n.0, n.1))
            .collect::<Vec<_>>(),
        [(40, "الائتلاف".to_owned())]
    );
    assert_eq!(
        names("ويضم التحالف في عضويته ستا وستين دولة ومنظمة.")
            .into_iter()
            .map(|n| (n.0, n.1))
            .collect::<Vec<_>>(),
        [(66, "التحالف".to_owned())]
    );
    // A date after the name is not part of it.
    assert_eq!(
        names("وانضمت فنلندا إلى الحلف في نيسان 2023 ليصبح عدد أعضائه 31 دولة."),
        [(31, "الحلف".to_owned(), "2023-04".to_owned())]
    );
    // «المنضوية في» says membership; who joins is not part of the name.
    assert_eq!(
        names("وبذلك يرتفع عدد الدول المنضوية في التحالف إلى 81 دولة.")
            .into_iter()
            .map(|n| (n.0, n.1))
            .collect::<Vec<_>>(),
        [(81, "التحالف".to_owned())]
    );
    assert_eq!(
        names("وأعلن التحالف انضمام دولتين جديدتين ليصل عدد أعضائه إلى 83.")
            .into_iter()
            .map(|n| (n.0, n.1))
            .collect::<Vec<_>>(),
        [(83, "التحالف".to_owned())]
    );
    // A membership phrase that begins well before the name and ends beside it.
    assert_eq!(
        names("ويبلغ عدد الدول الأعضاء في التحالف 79 دولة.")
            .into_iter()
            .map(|n| (n.0, n.1))
            .collect::<Vec<_>>(),
        [(79, "التحالف".to_owned())]
    );
    // A count in words is not part of the name.
    assert_eq!(
        names("ويضم التحالف ثلاثا وعشرين دولة.")
            .into_iter()
            .map(|n| (n.0, n.1))
            .collect::<Vec<_>>(),
        [(23, "التحالف".to_owned())]
    );
    // «ينضوي تحت لواء», «يتشكل من», and the entities of a political coalition.
    for (text, count) in [
        ("وينضوي تحت لواء التحالف 79 دولة ومنظمة.", 79),
        ("ويتشكل التحالف من أربعة عشر حزبا معارضا.", 14),
        ("يضم ائتلاف قوى الحرية والتغيير أكثر من 20 كيانا سياسيا.", 20),
        ("ويضم تحالف الفتح 48 نائبا في البرلمان.", 48),
    ] {
        assert_eq!(
            names(text).into_iter().map(|n| n.0).collect::<Vec<_>>(),
            [count],
            "{text}"
        );
    }
    // «الدول الـ79 الأعضاء في التحالف»: digits with the article before the members.
    assert_eq!(
        names("واجتمع ممثلو الدول الـ79 الأعضاء في التحالف في الرياض.")
            .into_iter()
            .map(|n| n.0)
            .collect::<Vec<_>>(),
        [79]
    );
    // «دول التحالف الـ14»: the count after the name, with the article.
    assert_eq!(
        names("واجتمع وزراء دفاع دول التحالف الـ41 في الرياض.")
            .into_iter()
            .map(|n| (n.0, n.1))
            .collect::<Vec<_>>(),
        [(41, "التحالف".to_owned())]
    );
    // Taking part in the coalition itself is belonging to it.
    assert_eq!(
        sizes("وتشارك في التحالف الدولي ضد داعش أكثر من ستين دولة."),
        [(60, Qualifier::MoreThan, "2024-03-14".to_owned())]
    );
}

#[test]
fn a_coalitions_name_keeps_its_plus_and_leaves_the_counted_noun() {
    let names = coalition_names;
    assert_eq!(
        names("يعقد تحالف \"أوبك+\" الذي يضم 23 دولة منتجة للنفط اجتماعه."),
        ["تحالف \"أوبك+\""]
    );
    assert_eq!(names("ويضم تحالف أوبك+ 23 دولة."), ["تحالف أوبك+"]);
    // A name that opens a quotation leaves its closing mark out.
    assert_eq!(
        names("وأعلنت الحكومة أن \"تحالف الطائرات المسيرة\" الذي تقوده لاتفيا يضم 18 دولة."),
        ["تحالف الطائرات المسيرة"]
    );
    // The meeting it holds is its verb's object.
    assert_eq!(
        names(
            "يعقد التحالف الإسلامي العسكري لمحاربة الإرهاب اجتماعه الثاني بحضور الدول الأعضاء البالغ عددها 41 دولة."
        ),
        ["التحالف الإسلامي العسكري لمحاربة الإرهاب"]
    );
    assert_eq!(names("ويضم التحالف الدول الـ13 الأعضاء."), ["التحالف"]);
    // «بين» opens a range of counts, no part of the name.
    assert_eq!(
        names("ويضم التحالف بين 70 و80 دولة."),
        ["التحالف", "التحالف"]
    );
    // What is said of the coalition is not its name; parliamentary blocs are members.
    assert_eq!(
        names("وأعلن تحالف سائرون أن كتلته تضم 54 نائبا."),
        ["تحالف سائرون"]
    );
    assert_eq!(
        names("تشكل تحالف الإصلاح والإعمار من 16 كتلة برلمانية."),
        ["تحالف الإصلاح والإعمار"]
    );
    // The verb of reaching after the name is not part of it.
    assert_eq!(
        names("وأعلن أن عدد الدول المنضوية في التحالف ارتفع إلى ثمانين دولة."),
        ["التحالف"]
    );
    // «عدد نوابه» counts a parliamentary coalition's members; «عن» after the name is the
    // verb's.
    assert_eq!(
        names("كشف تحالف \"الفتح\" عن انضمام ثلاث كتل إليه، ليصبح عدد نوابه سبعة وأربعين نائبا."),
        ["تحالف \"الفتح\""]
    );
    // A time after the name («عند تأسيسه», «قبل عامين») is not part of it.
    assert_eq!(
        names("وكان عدد أعضاء التحالف عند تأسيسه نحو ستين دولة."),
        ["التحالف"]
    );
}

#[test]
fn founded_with_a_count_of_members() {
    assert_eq!(
        sizes(
            "ويعد التحالف، الذي أعلن عن تأسيسه ولي العهد في ديسمبر 2015 بأربع وثلاثين دولة، أكبر تحالف."
        ),
        [(34, Qualifier::Exact, "2015-12".to_owned())]
    );
}

#[test]
fn a_rise_from_one_count_to_another_dates_each() {
    assert_eq!(
        sizes("وارتفع عدد أعضاء التحالف من 60 دولة في 2015 إلى 79 دولة حاليا."),
        [
            (60, Qualifier::Exact, "2015".to_owned()),
            (79, Qualifier::Exact, "2024-03-14".to_owned())
        ]
    );
    assert_eq!(
        sizes("وارتفع عدد أعضاء التحالف من 60 دولة في 2015 إلى أكثر من 79 دولة في 2018."),
        [
            (60, Qualifier::Exact, "2015".to_owned()),
            (79, Qualifier::MoreThan, "2018".to_owned())
        ]
    );
}

#[test]
fn a_present_membership_verb_in_a_relative_clause_holds_now() {
    // «الذي يضم» has its own tense inside «وكان … قد عقد», whose day is the meeting's.
    assert_eq!(
        sizes(
            "وكان تحالف أوبك+ الذي يضم 22 دولة منتجة قد عقد اجتماعه الوزاري في 30 نوفمبر الماضي."
        ),
        [(22, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    // «كان التحالف يضم» still holds then.
    assert_eq!(
        sizes("وكان التحالف يضم 40 دولة في تشرين الثاني 2017."),
        [(40, Qualifier::Exact, "2017-11".to_owned())]
    );
}

#[test]
fn a_present_membership_verb_holds_now_not_at_the_date_before_it() {
    assert_eq!(
        sizes("التحالف الإسلامي العسكري، الذي تأسس في ديسمبر 2015 ويضم 41 دولة."),
        [(41, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    // After «كان», the clause is the dated past.
    assert_eq!(
        sizes("وفي عام 2016 كان التحالف يضم 60 دولة."),
        [(60, Qualifier::Exact, "2016".to_owned())]
    );
    assert_eq!(
        sizes("وكان الحلف يضم في 2004 ستا وعشرين دولة."),
        [(26, Qualifier::Exact, "2004".to_owned())]
    );
}

#[test]
fn a_coalition_made_of_its_members() {
    assert_eq!(
        sizes("أعلنت السعودية في 15 ديسمبر 2015 تشكيل تحالف إسلامي عسكري من 34 دولة."),
        [(34, Qualifier::Exact, "2015-12-15".to_owned())]
    );
    assert_eq!(
        sizes("وشكلت الأحزاب ائتلافا من أكثر من عشرين حزبا."),
        [(20, Qualifier::MoreThan, "2024-03-14".to_owned())]
    );
    // Representatives from 30 states at the coalition's meeting are no count of it.
    assert!(sizes("وشارك في اجتماع التحالف ممثلون من 30 دولة.").is_empty());
    // Nor are those taking part in it; taking part in forming it is belonging.
    assert!(
        sizes("انطلقت اليوم أعمال الاجتماع الوزاري للتحالف الدولي بمشاركة ممثلين عن 74 دولة.")
            .is_empty()
    );
    assert!(sizes("انطلقت اليوم أعمال اجتماع التحالف الدولي بمشاركة 74 دولة.").is_empty());
    // The meeting may be named after the coalition, as what it held.
    assert!(sizes("وسبق أن عقد التحالف اجتماعا مماثلا في مراكش، بمشاركة 80 دولة.").is_empty());
    assert_eq!(
        sizes("أعلنت السعودية تشكيل التحالف بمشاركة 34 دولة."),
        [(34, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    assert_eq!(
        statements("أعلنت السعودية تشكيل التحالف بمشاركة 34 دولة."),
        [s("السعودية", "2024-03-14")]
    );
}

#[test]
fn the_newest_members_rank_is_the_count() {
    assert_eq!(
        sizes("أصبحت فنلندا العضو الـ31 في حلف الناتو في الرابع من أبريل 2023."),
        [(31, Qualifier::Exact, "2023-04-04".to_owned())]
    );
    assert_eq!(
        sizes("انضمت أفغانستان إلى التحالف الدولي لتصبح العضو الثمانين فيه."),
        [(80, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    assert_eq!(
        sizes("وأصبحت مقدونيا الشمالية الدولة الثلاثين في الحلف."),
        [(30, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    // The rank as «رقم» and a number; the coalition joined, named before the rank.
    assert_eq!(
        sizes("وأصبحت كولومبيا العضو رقم 81 في التحالف الدولي ضد داعش."),
        [(81, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    assert_eq!(
        sizes("وانضمت الفلبين إلى التحالف لتكون العضو الثمانين."),
        [(80, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    assert!(sizes("وفاز التحالف بالمركز الثاني وكان العضو الثالث.").is_empty());
    assert_eq!(
        sizes("ويضم ناتو 31 دولة."),
        [(31, Qualifier::Exact, "2024-03-14".to_owned())]
    );
    // A rank in a body that is no coalition.
    assert!(sizes("وانتخب العضو الـ32 في مجلس الأمن.").is_empty());
    // Nor is a body of the coalition the coalition.
    assert!(sizes("وتضم المجموعة المصغرة للتحالف 9 دول فقط.").is_empty());
    // A member to come is no count yet.
    assert!(
        sizes("ومن المنتظر أن تنضم السويد إلى الحلف الشهر المقبل، لتصبح العضو الـ32 فيه.")
            .is_empty()
    );
    // Joined after the coalition is named («قبل أن تلتحق بها»), in the subjunctive of a past;
    // not one that is to join («على أن تنضم إليه»).
    assert_eq!(
        sizes(
            "وأصبحت فنلندا العضو الحادي والثلاثين في حلف شمال الأطلسي، قبل أن تلتحق بها السويد \
             في مارس 2024 لتصبح العضو الـ32."
        ),
        [
            (31, Qualifier::Exact, "2024-03-14".to_owned()),
            (32, Qualifier::Exact, "2024-03".to_owned())
        ]
    );
    assert_eq!(
        sizes("ويضم الحلف 29 دولة حاليا، على أن تنضم إليه مقدونيا لتصبح العضو الثلاثين.")
            .into_iter()
            .map(|s| s.0)
            .collect::<Vec<_>>(),
        [29]
    );
}

#[test]
fn members_joined_by_wa_are_one_count() {
    for text in [
        "ويبلغ عدد أعضاء التحالف الدولي حاليا 74 دولة وخمس منظمات دولية.",
        "وبلغ عدد الدول المشاركة في التحالف 74 دولة و5 منظمات.",
        "ويضم التحالف 74 عضوا من بينها 4 منظمات دولية.",
        // Parts after a comma, each with words of its own between.
        "ويضم التحالف 74 دولة، منها ثلاث عشرة دولة عضوا في المنظمة وعشر دول من خارجها.",
    ] {
        let counts: Vec<u64> = sizes(text).into_iter().map(|s| s.0).collect();
        assert_eq!(counts, [74], "{text}");
    }
}

#[test]
fn coalition_negatives() {
    // A count of states that is no coalition's, a committee's head-count, money.
    assert!(sizes("شاركت 76 دولة في مؤتمر المانحين.").is_empty());
    assert!(sizes("اللجنة التي تضم 150 عضوا تبدأ أعمالها غدا.").is_empty());
    assert!(sizes("وقدم التحالف 200 مليون دولار.").is_empty());
    // How many join is not how many the coalition has.
    assert!(sizes("وأعلن التحالف انضمام 5 دول جديدة.").is_empty());
    // An anniversary is no count of members.
    assert!(sizes("وفي الذكرى الـ70 لتأسيس الحلف.").is_empty());
    // Taking part in the coalition's meeting is not belonging to it.
    assert!(sizes("ويشارك في اجتماع التحالف الدولي ممثلو 79 دولة.").is_empty());
}

#[test]
fn meetings_planned_held_ongoing() {
    assert_eq!(
        meetings("تستضيف العاصمة الأردنية عمان الأحد المقبل اجتماعا وزاريا لدول التحالف."),
        [(
            "2024-03-17".to_owned(),
            "عمان".to_owned(),
            Level::Ministerial,
            Status::Planned
        )]
    );
    assert_eq!(
        meetings("عقد وزراء الدفاع اجتماعا في بروكسل أمس."),
        [(
            "2024-03-13".to_owned(),
            "بروكسل".to_owned(),
            Level::Ministerial,
            Status::Held
        )]
    );
    assert_eq!(
        meetings("انطلقت اليوم في جنيف أعمال القمة."),
        [(
            "2024-03-14".to_owned(),
            "جنيف".to_owned(),
            Level::Summit,
            Status::Ongoing
        )]
    );
    // An agreement's end after «حتى» is not the meeting's last day.
    assert_eq!(
        meetings("واتفق الوزراء في اجتماعهم في يناير على تمديد الاتفاق حتى مارس 2025."),
        [(
            "2024-01".to_owned(),
            String::new(),
            Level::Ministerial,
            Status::Held
        )]
    );
    // A symposium opened yesterday whose closing is still to come is under way; «أشغال» are
    // a body's works as «أعمال» are.
    let text = "أشرف الوزير أمس على افتتاح أشغال الندوة الوطنية بالجزائر. ومن المرتقب أن تختتم \
                أشغال الندوة مساء اليوم.";
    assert_eq!(
        meetings(text)
            .into_iter()
            .map(|m| (m.0, m.3))
            .collect::<Vec<_>>(),
        [
            ("2024-03-13".to_owned(), Status::Ongoing),
            ("2024-03-13".to_owned(), Status::Ongoing)
        ]
    );
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    // The end or middle of this month, still to come on the 14th; the middle has come.
    assert_eq!(
        status("يلتقي الرئيس نظيره الصيني في بكين نهاية الشهر الجاري."),
        [Status::Planned]
    );
    assert_eq!(
        status("يعقد الوزراء اجتماعا في الرياض منتصف الشهر الجاري."),
        [Status::Ongoing]
    );
    // «كان … قد عقد» had been held, even on the day of the report; an opening so told has not
    // ended.
    assert_eq!(
        status("وكان وزراء الخارجية العرب قد عقدوا اجتماعا تحضيريا في جدة اليوم."),
        [Status::Held]
    );
    assert_eq!(
        status("وكانت القمة قد انطلقت اليوم في جدة."),
        [Status::Ongoing]
    );
    // Held or chaired today in the past tense: held, as «عقد» says; opened today: under way.
    assert_eq!(
        status("ترأس رئيس الجمهورية، السيد عبد المجيد تبون، اليوم، اجتماعا لمجلس الوزراء."),
        [Status::Held]
    );
    assert_eq!(
        status("عقد وزراء الخارجية العرب اليوم اجتماعهم التحضيري في جدة."),
        [Status::Held]
    );
    assert_eq!(
        status("انطلقت اليوم في جدة أعمال القمة العربية."),
        [Status::Ongoing]
    );
    assert_eq!(
        status("التأم في العاصمة العمانية مسقط، اليوم، الاجتماع الوزاري الخليجي."),
        [Status::Ongoing]
    );
    // Closing today, told in the present: still under way; in the past: over.
    assert_eq!(
        status("تختتم اليوم في جدة أعمال القمة العربية."),
        [Status::Ongoing]
    );
    assert_eq!(
        status("اختتمت اليوم في جدة أعمال القمة العربية."),
        [Status::Held]
    );
    // Talks held today by a minister with his counterpart, the title before the commas; and
    // a meeting the two agreed to hold, which is none of today's.
    let got = meetings(
        "أجرى وزير الشؤون الخارجية، السيد ناصر بوريطة، اليوم بالرباط، مباحثات مع نظيره الإسباني. وأوضح بيان للوزارة أن الجانبين اتفقا على عقد الاجتماع رفيع المستوى قبل متم السنة الجارية.",
    );
    assert_eq!(
        got,
        [
            (
                "2024-03-14".to_owned(),
                "الرباط".to_owned(),
                Level::Ministerial,
                Status::Held
            ),
            (
                "2024".to_owned(),
                String::new(),
                Level::Other,
                Status::Planned
            )
        ]
    );
    // A meeting that began yesterday and continues («ويستمر ثلاثة أيام», «وتتواصل») is
    // under way; one that began a week ago for two days is over.
    assert_eq!(
        status("وانطلق أمس في الكويت المؤتمر الدولي لإعادة الإعمار الذي يستمر ثلاثة أيام."),
        [Status::Ongoing]
    );
    assert_eq!(
        status("انطلقت أمس في جنيف أعمال المؤتمر وتتواصل أشغاله."),
        [Status::Ongoing]
    );
    // The future of a listed verb is listed too; it does not make a meeting that began
    // yesterday one to come.
    assert_eq!(
        status("انطلق أمس في الرياض المؤتمر الذي سيستمر ثلاثة أيام."),
        [Status::Ongoing]
    );
    assert_eq!(
        status("انطلقت قبل أسبوع في جنيف أعمال المؤتمر ويستمر يومين."),
        [Status::Held]
    );
    // A closing day after the report is neither the first day nor a meeting to come.
    assert_eq!(
        meetings("وتختتم غدا الجمعة في فيينا جولة المحادثات النووية."),
        [(
            String::new(),
            "فيينا".to_owned(),
            Level::Other,
            Status::Ongoing
        )]
    );
    // A period that has begun, for a meeting still to come.
    assert_eq!(
        meetings("ومن المقرر أن تعقد اللجنة اجتماعها الأول في جنيف نهاية الشهر الجاري."),
        [(
            "2024-03".to_owned(),
            "جنيف".to_owned(),
            Level::Other,
            Status::Planned
        )]
    );
}

#[test]
fn negotiations_and_consultations_held_somewhere_are_meetings() {
    assert_eq!(
        meetings("وتستأنف المفاوضات بين الجانبين في الدوحة يوم السبت المقبل."),
        [(
            "2024-03-16".to_owned(),
            "الدوحة".to_owned(),
            Level::Other,
            Status::Planned
        )]
    );
    assert_eq!(
        meetings("وانطلقت في ستوكهولم اليوم مشاورات السلام برعاية الأمم المتحدة.").len(),
        1
    );
    // A round of a dialogue meets; a call for dialogue does not.
    assert_eq!(
        meetings("وعقدت الجولة الأولى من الحوار الاستراتيجي بين البلدين في الرياض أمس."),
        [(
            "2024-03-13".to_owned(),
            "الرياض".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
    assert!(meetings("ودعا الوزير إلى الحوار بين البلدين في الرياض.").is_empty());
    // A round held, opened or closed is a meeting of its own, never the next or the last one.
    let text = "اختتمت في الدوحة مساء أمس الجولة السابعة من المحادثات. وأعلن المبعوث أن الجولة \
                المقبلة ستنطلق في الأسبوع الأول من أبريل المقبل. وكانت الجولة السادسة قد عقدت في \
                الدوحة مطلع يناير الماضي.";
    assert_eq!(
        meetings(text)
            .into_iter()
            .map(|m| (m.0, m.3))
            .collect::<Vec<_>>(),
        [
            ("2024-03-13".to_owned(), Status::Held),
            ("2024-W14".to_owned(), Status::Planned),
            ("2024-01".to_owned(), Status::Held)
        ]
    );
    assert_eq!(
        meetings("ويعيد ذلك إلى الأذهان جولة \"جنيف 4\" التي افتتحها المبعوث في 23 شباط 2017.")
            .len(),
        1
    );
    // The works of the round of talks named after them are those talks, one meeting; the
    // venue given with «في» is its place, not the city the talks are named after.
    let text = "انطلقت اليوم في العاصمة الكازاخية نور سلطان أعمال الجولة الثانية عشرة من محادثات \
                أستانا بشأن التسوية السورية.";
    assert_eq!(
        meetings(text),
        [(
            "2024-03-14".to_owned(),
            "نور سلطان".to_owned(),
            Level::Other,
            Status::Ongoing
        )]
    );
    // The gatherings of a round of a series of talks are one meeting.
    let text = "بدأت في نور سلطان اليوم اجتماعات الجولة الثانية عشرة من محادثات أستانا حول سوريا.";
    assert_eq!(
        meetings(text),
        [(
            "2024-03-14".to_owned(),
            "نور سلطان".to_owned(),
            Level::Other,
            Status::Ongoing
        )]
    );
    // Not a round that follows another gathering word from afar.
    let text = "ويأتي الاجتماع قبل أسبوع من الجولة الخامسة من اجتماعات اللجنة الدستورية المقررة في 25 الشهر الجاري.";
    assert_eq!(
        meetings(text),
        [(
            "2024-03-25".to_owned(),
            String::new(),
            Level::Other,
            Status::Planned
        )]
    );
    // The closing of a round ranked in its series is that round, held.
    assert_eq!(
        meetings("وكان قد أكد في ختام الجولة السابقة في تشرين الثاني الماضي أن بلاده ماضية."),
        [(
            "2023-11".to_owned(),
            String::new(),
            Level::Other,
            Status::Held
        )]
    );
    // «جولة محادثات»: the talks name the round, one meeting.
    assert_eq!(meetings("وعقد الطرفان جولة محادثات في جنيف أمس.").len(), 1);
    // A tour is no meeting.
    assert!(meetings("وبدأ الوزير جولة خليجية في الرياض أمس.").is_empty());
    assert!(meetings("وفي ختام الجولة الخليجية للرئيس، عاد إلى بلاده.").is_empty());
    // Talks as a topic, with no time, place or parties of their own, are not a meeting.
    assert!(meetings("وأكد أن المفاوضات متعثرة منذ أشهر.").is_empty());
    assert!(meetings("ودعا الوزير إلى استئناف المفاوضات المباشرة.").is_empty());
}

#[test]
fn the_host_before_an_in_sabaqa_li() {
    let places = |text: &str| meetings(text).into_iter().map(|m| m.1).collect::<Vec<_>>();
    assert_eq!(
        places("وسبق لتونس أن احتضنت قمة عربية عام 1979 وأخرى عام 2004."),
        ["تونس", "تونس"]
    );
    // Someone, not a place, before «أن»: no venue.
    assert_eq!(places("وسبق للوزير أن حضر قمة عربية عام 2004."), [""]);
}

#[test]
fn a_convening_verb_and_the_gathering_it_convenes_are_one_meeting() {
    for text in [
        "انعقدت يوم الأحد في الجزائر الدورة الـ36 لمجلس وزراء الداخلية العرب.",
        "انعقدت بالعاصمة الجزائرية الجزائر، يوم الأحد 10 مارس 2024، أشغال الدورة الـ36 للمجلس.",
        "والتأم في بروكسل يوم الأحد اجتماع وزراء دفاع الحلف.",
    ] {
        let found = meetings(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "2024-03-10", "{text}");
    }
    // The imperfect forms too.
    for text in [
        "تنعقد حاليا في جنيف جلسات مجلس حقوق الإنسان.",
        "وتلتئم في الرياض يوم الأحد قمة خليجية.",
    ] {
        assert_eq!(meetings(text).len(), 1, "{text}");
    }
}

#[test]
fn an_audience_told_by_its_verbal_noun_or_after_a_date() {
    let place = |text: &str| {
        meetings(text)
            .into_iter()
            .map(|m| (m.0, m.1))
            .collect::<Vec<_>>()
    };
    // «خلال استقباله»: the audience is the meeting «اللقاء» names next (nothing new: not
    // annotated again), not the one named after it; the city of a track of talks is no venue
    // beside the one given with «في».
    assert_eq!(
        place(
            "دمشق - أكد الرئيس خلال استقباله اليوم وزير الخارجية الإيراني أن العلاقات متينة. وجرى خلال اللقاء بحث التحضيرات لاجتماع ضامني مسار أستانا المقرر عقده في نور سلطان يوم 25 آذار الجاري."
        ),
        [
            ("2024-03-14".to_owned(), "دمشق".to_owned()),
            ("2024-03-25".to_owned(), "نور سلطان".to_owned()),
        ]
    );
    // The guest after the date of the audience.
    assert_eq!(
        place("وكان الرئيس استقبل في الرابع والعشرين من شباط الماضي الرئيس الإيراني في طهران."),
        [("2024-02-24".to_owned(), "طهران".to_owned())]
    );
}

#[test]
fn an_audience_is_a_meeting_a_call_or_a_flight_is_not() {
    let text = "دمشق - استقبل الرئيس اليوم وزير الخارجية العماني يوسف بن علوي. وجرى خلال اللقاء \
                بحث العلاقات الثنائية.";
    assert_eq!(
        meetings(text),
        [(
            "2024-03-14".to_owned(),
            "دمشق".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
    assert_eq!(
        meetings("ويستقبل ولي العهد غدا في الرياض الرئيس الفرنسي.").len(),
        1
    );
    for text in [
        "واستقبل الرئيس اتصالا هاتفيا من نظيره الفرنسي أمس.",
        "واستقبلت تركيا أكثر من ثلاثة ملايين لاجئ سوري في إسطنبول.",
        "استقبل مطار بيروت أمس أول رحلة.",
        // A press conference, Maghrebi «ندوة صحفية» too.
        "وأفاد الوزير، في ندوة صحفية عقدها اليوم بمقر الوزارة، بأن التحضيرات تسير.",
        // Talks by telephone meet no one.
        "وأجرى الرئيسان محادثات هاتفية أمس تناولت التطورات.",
        "وأجرى الرئيس مباحثات عبر الهاتف مع نظيره أمس.",
    ] {
        assert!(meetings(text).is_empty(), "{text}");
    }
    // A meeting by video is still a meeting.
    assert_eq!(
        meetings("وعقد الوزراء اجتماعا عبر تقنية الفيديو أمس.").len(),
        1
    );
}

#[test]
fn a_meeting_on_a_visit_is_where_and_when_the_visit_is() {
    assert_eq!(
        meetings("وصل وزير الخارجية الإيراني إلى دمشق اليوم في زيارة رسمية يلتقي خلالها الرئيس."),
        [(
            "2024-03-14".to_owned(),
            "دمشق".to_owned(),
            Level::Other,
            Status::Ongoing
        )]
    );
    assert_eq!(
        meetings("ويزور الرئيس الفرنسي الجزائر الأسبوع المقبل حيث سيلتقي نظيره الجزائري."),
        [(
            "2024-W12".to_owned(),
            "الجزائر".to_owned(),
            Level::Other,
            Status::Planned
        )]
    );
    // A visit in the future tense: «سيصل».
    assert_eq!(
        meetings(
            "وقالت الحركة في بيان إن وفدا سيصل إلى القاهرة يوم الثلاثاء لإجراء مباحثات مع المسؤولين."
        )
        .into_iter()
        .map(|m| (m.0, m.1))
        .collect::<Vec<_>>(),
        [("2024-03-19".to_owned(), "القاهرة".to_owned())]
    );
    // Maghrebi «يحل»: arrives.
    assert_eq!(
        meetings(
            "يحل الوزير الفرنسي بالجزائر يوم الأحد القادم في زيارة يجري خلالها محادثات مع نظيره."
        )
        .into_iter()
        .map(|m| (m.0, m.1))
        .collect::<Vec<_>>(),
        [("2024-03-17".to_owned(), "الجزائر".to_owned())]
    );
    // Talks with no party, time or place of their own are not made a meeting by the visit.
    assert!(
        meetings(
            "ويزور الوزير إيطاليا في إطار جولة أوروبية، ويجري خلالها محادثات مع عدد من المسؤولين."
        )
        .is_empty()
    );
    // A visit someone speaks of is no place of the meeting they announce.
    assert_eq!(
        meetings("وقال الوزير الذي يزور باريس إن اجتماعا سيعقد الشهر المقبل.")[0].1,
        ""
    );
}

#[test]
fn experts_working_groups_and_technical_meetings_are_working_level() {
    let level = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    for text in [
        "يعقد التحالف غدا في عمان اجتماعا على مستوى الخبراء.",
        "تعقد مجموعة العمل الخاصة بالمقاتلين الأجانب اجتماعا غدا في عمان.",
        "يعقد التحالف غدا في عمان اجتماعا فنيا.",
    ] {
        assert_eq!(level(text), [Level::Working], "{text}");
    }
    // Technical support discussed is no technical meeting.
    assert_eq!(
        level("يعقد التحالف غدا في عمان اجتماعا لبحث الدعم الفني."),
        [Level::Other]
    );
}

#[test]
fn the_level_given_right_after_the_noun_is_its_own() {
    let level = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        level("وسيسبق الاجتماع الوزاري اجتماع على مستوى المديرين السياسيين يوم الأربعاء."),
        [Level::PoliticalDirectors]
    );
}

#[test]
fn permanent_delegates_meet_at_a_level_of_their_own() {
    // Reference Thursday 14 March 2024.
    let got = meetings(
        "تعقد الجامعة بعد غد اجتماعا طارئا على مستوى المندوبين الدائمين. وأشار إلى أن وزراء الخارجية سيعقدون اجتماعا مماثلا في وقت لاحق من الشهر الجاري.",
    );
    assert_eq!(
        got.iter().map(|m| (m.0.as_str(), m.2)).collect::<Vec<_>>(),
        [
            ("2024-03-16", Level::Other),
            ("2024-03", Level::Ministerial)
        ]
    );
}

#[test]
fn a_titled_subject_before_the_verb_and_a_title_after_it_meet_at_their_level() {
    let levels = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        levels("وكان جلالته قد التقى الرئيس بايدن آخر مرة في عمان في تشرين الأول الماضي."),
        [Level::Summit]
    );
    // Titles of two levels say nothing.
    assert_eq!(
        levels("وكان وزير الخارجية قد التقى الرئيس بايدن في عمان في تشرين الأول الماضي."),
        [Level::Other]
    );
}

#[test]
fn counterparts_who_meet_give_their_level() {
    let level = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        level("التقى وزير الخارجية الأردني نظيره المصري في عمان أمس."),
        [Level::Ministerial]
    );
    assert_eq!(
        level("يلتقي الرئيس الفرنسي إيمانويل ماكرون نظيره الأمريكي في باريس غدا."),
        [Level::Summit]
    );
    assert_eq!(
        level("اجتمع الملك مع الرئيس الأمريكي في الرياض أمس."),
        [Level::Summit]
    );
    // A king's honorific pronoun, before or after the verb, meets a president.
    assert_eq!(
        level("والتقى جلالته الرئيس الأميركي في واشنطن أمس."),
        [Level::Summit]
    );
    assert_eq!(
        level("وكان جلالته قد التقى الأسبوع الماضي في واشنطن الرئيس الأميركي."),
        [Level::Summit]
    );
    // «رئيس دولة فلسطين» is a head of state.
    assert_eq!(
        level("التقى رئيس دولة فلسطين محمود عباس، اليوم، الرئيس الأميركي في بيت لحم."),
        [Level::Summit]
    );
    // Talks held with «نظيره» after a title, and «وزير الشؤون الخارجية».
    assert_eq!(
        level("أجرى ناصر بوريطة، وزير الشؤون الخارجية، اليوم بالرباط مباحثات مع نظيره الموريتاني."),
        [Level::Ministerial]
    );
    assert_eq!(
        level("عقد الرئيس المصري في القاهرة أمس لقاء مع نظيره الفرنسي."),
        [Level::Summit]
    );
    // The subject before the verb («وكان … قد التقى»), the counterpart after it.
    assert_eq!(
        level("وكان وزير الخارجية قد التقى أمس نظيره النرويجي في القاهرة."),
        [Level::Ministerial]
    );
    // Sides of different rank, or a delegation, set no level.
    assert_eq!(
        level("التقى وزير الخارجية الأردني الرئيس المصري في القاهرة أمس."),
        [Level::Other]
    );
    assert_eq!(
        level("اجتمع رئيس الوزراء مع وفد من صندوق النقد الدولي في بغداد أمس."),
        [Level::Other]
    );
}

#[test]
fn a_meeting_on_the_sidelines_is_where_its_host_is() {
    let text = "افتتحت أمس في الرياض القمة العربية. وعلى هامش القمة، عقد وزراء الخارجية اجتماعا \
                تشاوريا اليوم، تزامن مع اجتماع لوزراء الدفاع في القاهرة.";
    let places: Vec<String> = meetings(text).into_iter().map(|m| m.1).collect();
    assert_eq!(places, ["الرياض", "الرياض", "القاهرة"]);
    // «في إطاره» after a gathering: the next meeting is held within it.
    let text = "يعقد مؤتمر بغداد للتعاون الأسبوع المقبل، ويعقد في إطاره يوم الخميس اجتماع وزاري.";
    let places: Vec<String> = meetings(text).into_iter().map(|m| m.1).collect();
    assert_eq!(places, ["بغداد", "بغداد"]);
    // «لقاء» after its host is a gathering of its own (its «ل» is no preposition), and who it
    // brings together («يضم الأردن والعراق ومصر») are its parties.
    let text = "يستضيف الأردن يوم الثلاثاء المقبل اجتماعا لوزراء الخارجية. وسيعقد على هامش \
                الاجتماع لقاء ثلاثي يضم الأردن والعراق ومصر.";
    let when: Vec<String> = meetings(text).into_iter().map(|m| m.0).collect();
    assert_eq!(when, ["2024-03-19", "2024-03-19"]);
    // The guests' level before «على هامش» is not the host gathering's.
    let text =
        "وسيعقد وزراء المالية اجتماعهم المقبل في واشنطن على هامش اجتماعات الربيع لصندوق النقد.";
    let levels: Vec<Level> = meetings(text).into_iter().map(|m| m.2).collect();
    assert_eq!(levels, [Level::Ministerial, Level::Other]);
}

#[test]
fn a_meeting_to_come_is_none_told_in_the_pluperfect() {
    let text = "وكان الوزيران قد عقدا جلسة مباحثات رسمية قبيل المؤتمر الصحفي. وأوضح الوزير أن \
                جولة جديدة من المفاوضات ستنطلق في القاهرة الأحد المقبل.";
    assert_eq!(
        meetings(text)
            .into_iter()
            .map(|m| (m.0, m.1, m.3))
            .collect::<Vec<_>>(),
        [
            (String::new(), String::new(), Status::Held),
            (
                "2024-03-17".to_owned(),
                "القاهرة".to_owned(),
                Status::Planned
            )
        ]
    );
}

#[test]
fn an_earlier_meeting_told_in_the_pluperfect_is_not_the_one_reported() {
    let text = "وعقد الوزيران محادثات في موسكو اليوم. وكانت موسكو قد استضافت في نوفمبر الماضي \
                اجتماعا بمشاركة ممثلين عن الحركة.";
    let when: Vec<String> = meetings(text).into_iter().map(|m| m.0).collect();
    assert_eq!(when, ["2024-03-14", "2023-11"]);
    // Undated, today's talks in the same city keep no date rather than the earlier one's.
    let text = "وأعلن الوزير استعداد بلاده لاستضافة جولة من المشاورات في موسكو. وكانت موسكو قد \
                استضافت في نوفمبر الماضي اجتماعا بمشاركة ممثلين عن الحركة.";
    let found = meetings(text);
    assert_eq!(found.len(), 2);
    assert_eq!((found[0].0.as_str(), found[1].0.as_str()), ("", "2023-11"));
}

#[test]
fn the_meetings_with_the_article_are_those_named_before() {
    let text = "بدأت في نور سلطان اليوم اجتماعات الجولة الجديدة بمشاركة وفود الدول الضامنة. \
                ويشارك في الاجتماعات المبعوث الأممي.";
    let found = meetings(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1], found[0]);
}

#[test]
fn the_meeting_of_the_two_during_which_they_spoke() {
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    // «خلال لقائهما» between commas joins the clause of those who met.
    assert_eq!(
        status("وبحث الجانبان، خلال لقائهما، تعزيز التعاون.").len(),
        1
    );
    // The dual pronoun names the two as its parties.
    assert_eq!(
        status("وأكد الوزيران خلال لقائهما أهمية التعاون."),
        [Status::Held]
    );
    // The next one is to come, whatever the verb of speaking.
    assert_eq!(
        status("وأكد الوزير أهمية اجتماعهما المقبل."),
        [Status::Planned]
    );
}

#[test]
fn a_committee_or_council_that_meets_is_its_party() {
    for text in [
        "ويجتمع مجلس الأمن لبحث الأزمة.",
        "لجنة المراقبة ستجتمع لبحث التمديد.",
        "وعقد المجلس جلسة طارئة.",
        "وأشار إلى أن اجتماع اللجنة كان مثمرا.",
    ] {
        assert_eq!(meetings(text).len(), 1, "{text}");
    }
    // The body a meeting noun is of: «الاجتماع الأسبوعي للمجلس الحكومي».
    assert_eq!(
        meetings("وأعلن الناطق باسم الحكومة عقب الاجتماع الأسبوعي للمجلس الحكومي أن المشروع أقر.")
            .len(),
        1
    );
    // A committee that is only the topic names no party of the gathering.
    assert!(meetings("وتعود فكرة اللجنة إلى مؤتمر الحوار.").is_empty());
}

#[test]
fn two_who_meet_on_the_sidelines_of_a_summit() {
    let levels = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    // One who meets on the sidelines, named in the next sentence, meets when and where the
    // summit is; the summit named again there is no new mention.
    assert_eq!(
        meetings(
            "تنطلق غدا في الرياض القمة العربية. ومن المقرر أن يلتقي الرئيس على هامش القمة \
             عددا من القادة."
        )
        .into_iter()
        .map(|m| (m.0, m.1, m.2))
        .collect::<Vec<_>>(),
        [
            ("2024-03-15".to_owned(), "الرياض".to_owned(), Level::Summit),
            ("2024-03-15".to_owned(), "الرياض".to_owned(), Level::Other)
        ]
    );
    // The dual names who meet, and their level; the summit keeps its own.
    assert_eq!(
        levels("ومن المقرر أن يلتقي وزيرا الخارجية على هامش القمة."),
        [Level::Ministerial, Level::Summit]
    );
    assert_eq!(
        levels("ومن المقرر أن يلتقي الرئيسان على هامش القمة."),
        [Level::Summit, Level::Summit]
    );
    assert_eq!(
        meetings("يجتمع وزراء الخارجية العرب على هامش القمة العربية في تونس الأحد المقبل."),
        [
            (
                "2024-03-17".to_owned(),
                "تونس".to_owned(),
                Level::Ministerial,
                Status::Planned
            ),
            (
                "2024-03-17".to_owned(),
                "تونس".to_owned(),
                Level::Summit,
                Status::Planned
            )
        ]
    );
}

#[test]
fn places_from_a_future_host_verb_and_a_dateline_with_an_agency() {
    let place = places;
    assert_eq!(
        place("وأعلنت الحكومة أن بغداد ستستضيف اجتماعا وزاريا يوم 20 مارس الجاري."),
        ["بغداد"]
    );
    assert_eq!(
        place("بغداد/ المدى - عقد وزراء الخارجية اجتماعا أمس."),
        ["بغداد"]
    );
    // A meeting by video is in no city: not the dateline's.
    assert_eq!(
        place("الدوحة - قنا\nشارك الأمير مساء أمس في الاجتماع الطارئ الذي عقد عبر الاتصال المرئي."),
        [""]
    );
    assert_eq!(
        place("الدوحة - قنا\nشارك الأمير مساء أمس في الاجتماع الطارئ الذي عقد أمس."),
        ["الدوحة"]
    );
    // Nor is it when named again without the words that told it so.
    assert_eq!(
        place(
            "الرياض - واس\nعقد التحالف اليوم اجتماعه عبر تقنية الاتصال المرئي. \
             وقرر الاجتماع تمديد الخفض حتى نهاية الشهر."
        ),
        ["", ""]
    );
    // The agency after a slash or in brackets may close the dateline's line, with no dash.
    for text in [
        "بغداد/ المدى\nعقد وزراء الخارجية اجتماعا أمس.",
        "بغداد (الصباح)\nعقد وزراء الخارجية اجتماعا أمس.",
    ] {
        assert_eq!(place(text), ["بغداد"], "{text}");
    }
    // Not a city alone on its line with empty brackets.
    assert_eq!(place("بغداد ()\nعقد وزراء الخارجية اجتماعا أمس."), [""]);
    // The agency's bare name after the day, before the dash.
    assert_eq!(
        place("رام الله 12-3-2024 وفا- التقى رئيس الوزراء اليوم في مكتبه القنصل العام."),
        ["رام الله"]
    );
    // A building the sentence names with its dateline's city is in that city.
    assert_eq!(
        place("الكويت (كونا) -- استقبل ولي العهد في قصر بيان صباح اليوم رئيس الوزراء القطري."),
        ["الكويت"]
    );
    // The longest name of a city («مكة المكرمة», not «مكة»); a dateline of its own line with
    // the day in both calendars and the agency after it.
    assert_eq!(
        place(
            "مكة المكرمة 25 رمضان 1440 هـ الموافق 30 مايو 2019 م واس\nوتنطلق القمة الإسلامية يوم غد."
        ),
        ["مكة المكرمة"]
    );
    assert_eq!(
        place("انطلقت اليوم في قصر الصفا بمكة المكرمة أعمال القمة الخليجية."),
        ["مكة المكرمة"]
    );
    // A tatweel standing alone as the dateline's dash.
    assert_eq!(
        place("بيروت ـ «النهار»\nانطلقت اليوم أعمال القمة."),
        ["بيروت"]
    );
    // WAM's and MAP's datelines: the day after «في» or a slash, the agency between slashes.
    for text in [
        "أبوظبي في 30 مايو / وام / انطلقت اليوم أعمال القمة.",
        "الرباط/ 30 ماي 2019/ ومع/ انطلقت اليوم أعمال القمة.",
    ] {
        assert_eq!(place(text).len(), 1, "{text}");
        assert_ne!(place(text)[0], "", "{text}");
    }
    // The day of the report between the city and the agency.
    assert_eq!(
        place("عمان 14 آذار (بترا) - التقى الملك اليوم الخميس الرئيس الفلسطيني محمود عباس."),
        ["عمان"]
    );
    // An earlier meeting told in the pluperfect, a month or more before, may have been
    // anywhere; one of the days before prepared the news where it is.
    assert_eq!(
        place("بيروت - وكان الحريري قد شارك في المؤتمر الذي عقد في نيسان 2018."),
        [""]
    );
    assert_eq!(
        place("تونس - وكان المندوبون الدائمون قد عقدوا الثلاثاء الماضي اجتماعا."),
        ["تونس"]
    );
    // A capital named by its country is most often the dateline's city.
    assert_eq!(
        place("الرياض - وكانت آخر اجتماعاتهم قد عقدت في العاصمة السعودية في تشرين الأول الماضي."),
        ["الرياض"]
    );
    // A word of the meeting rules' lists is no city.
    assert_eq!(
        place("تونس - انطلقت اليوم بقصر المؤتمرات بالعاصمة أشغال القمة العربية."),
        ["تونس"]
    );
}

#[test]
fn a_gathering_after_a_verb_is_not_governed_by_the_one_before() {
    let events = extract(
        "وقال إن الاجتماع يأتي استكمالا لمؤتمر بغداد الذي عقد في آب 2021 بحضور رؤساء تسع دول.",
    );
    let conference = events.iter().find_map(|e| match e {
        Event::Meeting(m) if m.trigger.text == "مؤتمر" => Some(m),
        _ => None,
    });
    let conference = conference.expect("the conference is a mention of its own");
    assert_eq!(
        conference.when.as_ref().unwrap().value.to_string(),
        "2021-08"
    );
    assert_eq!(conference.location.as_ref().unwrap().text, "بغداد");
}

#[test]
fn a_summit_keeps_its_level_when_ministers_meet_on_its_eve() {
    let got = meetings(
        "احتضنت الجزائر القمة العربية يوم 1 مارس الجاري. وسيلتقي وزراء الخارجية في اجتماع تحضيري عشية القمة.",
    );
    assert_eq!(got[0].2, Level::Summit);
}

#[test]
fn political_directors_in_every_case() {
    let level = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    for text in [
        "وعقد المديرون السياسيون لدول التحالف اجتماعا في بروكسل أمس.",
        "وعقد مديرو الإدارات السياسية اجتماعا في بروكسل أمس.",
        "وعقد اجتماع على مستوى المديرين السياسيين في بروكسل أمس.",
    ] {
        assert_eq!(level(text), [Level::PoliticalDirectors], "{text}");
    }
}

#[test]
fn a_council_of_foreign_ministers_is_ministerial_a_cabinet_is_not() {
    let level = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        level("عقد مجلس وزراء الخارجية العرب اجتماعا في القاهرة أمس."),
        [Level::Ministerial]
    );
    assert_eq!(
        level("عقد مجلس الوزراء اجتماعا في القاهرة أمس."),
        [Level::Other]
    );
    // Deputies and assistants of ministers are no ministers.
    for text in [
        "يعقد نواب وزراء خارجية الدول الضامنة اجتماعا في أستانا غدا.",
        "يعقد مساعدو وزراء الخارجية اجتماعا في القاهرة غدا.",
        "يلتقي نائب وزير الخارجية الروسي نظيره التركي غدا.",
    ] {
        assert_eq!(level(text), [Level::Other], "{text}");
    }
}

#[test]
fn a_country_is_a_venue_only_where_a_meeting_is_held() {
    let place = places;
    assert_eq!(place("وعقدت القمة العربية أمس في البحرين."), ["البحرين"]);
    assert_eq!(place("وتستضيف قطر اجتماعا وزاريا الأحد المقبل."), ["قطر"]);
    // What a meeting discusses is not where it is.
    assert_eq!(
        place("وعقد الوزراء اجتماعا أمس لبحث الأوضاع في سوريا."),
        [""]
    );
    assert_eq!(
        place("وعقد الوزراء اجتماعا أمس لبحث التطورات في غزة."),
        [""]
    );
    assert_eq!(place("وعقد الوزراء اجتماعا في غزة أمس."), ["غزة"]);
}

#[test]
fn the_host_before_its_verb_is_the_venue_after_any_sentence() {
    // The host opens its clause, as subject of the hosting verb, after another sentence: that
    // sentence's last mark ends the look-back, and the verb after the host decides.
    let place = places;
    let before = "ويجتمع الوزراء في عمان يوم الاثنين المقبل. ";
    assert_eq!(
        place(&format!(
            "{before}وكانت القاهرة قد استضافت اجتماعا مماثلا في آذار الماضي."
        )),
        ["عمان", "القاهرة"]
    );
    assert_eq!(
        place(&format!(
            "{before}والقاهرة استضافت اجتماعا مماثلا في آذار الماضي."
        )),
        ["عمان", "القاهرة"]
    );
    assert_eq!(
        place(&format!(
            "{before}وكانت مصر قد استضافت اجتماعا مماثلا في آذار الماضي."
        )),
        ["عمان", "مصر"]
    );
}

#[test]
fn a_relative_clause_that_holds_the_meeting_goes_on_after_its_comma() {
    // «، الذي يعقد …» says when and where the meeting is, not the day the minister leaves.
    let got = meetings(
        "ويغادر الوزير الأحد المقبل للمشاركة في اجتماع وزراء الخارجية، الذي يعقد يوم الاثنين في جنيف.",
    );
    assert_eq!(
        got,
        [(
            "2024-03-18".to_owned(),
            "جنيف".to_owned(),
            Level::Ministerial,
            Status::Planned
        )]
    );
}

#[test]
fn a_building_named_for_conferences_is_no_conference() {
    // Reference Thursday 14 March 2024.
    assert_eq!(
        meetings(
            "انطلقت اليوم بالمركز الدولي للمؤتمرات بالجزائر العاصمة أشغال الدورة العادية لمجلس الجامعة على المستوى الوزاري."
        ),
        [(
            "2024-03-14".to_owned(),
            "الجزائر".to_owned(),
            Level::Ministerial,
            Status::Ongoing
        )]
    );
    // A summit held in a palace is a summit.
    assert_eq!(
        meetings("يستضيف الرئيس غدا الأربعاء في قصر الإليزيه قمة حول ليبيا.").len(),
        1
    );
}

#[test]
fn a_place_a_meeting_is_about_is_not_where_it_is() {
    let place = places;
    assert_eq!(place("مجلس الأمن يعقد جلسة طارئة بشأن غزة."), [""]);
    assert_eq!(place("عقد الوزراء اجتماعا حول سوريا أمس."), [""]);
    assert_eq!(place("عقد الوزراء اجتماعا أمس بالرياض."), ["الرياض"]);
    // A place in what it is to discuss, after its verb, is the topic.
    assert_eq!(
        place("وأوضح البيان أن اللقاء سيتناول جهود التوصل إلى وقف إطلاق النار في غزة."),
        Vec::<String>::new()
    );
    assert_eq!(
        place("يعقد الوزراء اجتماعا لبحث الأوضاع في سوريا غدا في القاهرة."),
        ["القاهرة"]
    );
    // Nor is the place it is for, before a hosting verb.
    assert_eq!(
        place("مؤتمر الاستجابة الإنسانية لغزة يعقد في البحر الميت"),
        ["البحر الميت"]
    );
}

#[test]
fn a_council_before_its_hosting_verb_is_who_meets() {
    // A headline names the council before its verb: a mention of its own, in the dateline's
    // city.
    let got = meetings(
        "مجلس الأمن يعقد جلسة طارئة\n\nنيويورك - الأمم المتحدة\nيعقد مجلس الأمن الدولي جلسة طارئة مساء اليوم.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter().all(|m| m.0 == "2024-03-14" && m.1 == "نيويورك"),
        "{got:?}"
    );
}

#[test]
fn the_day_of_a_relative_clause_holding_the_meeting_is_its_own() {
    // Reference Thursday 14 March 2024: the going is on Friday, the conference on the 25th.
    let when = |text: &str| meetings(text).into_iter().map(|m| m.0).collect::<Vec<_>>();
    assert_eq!(
        when(
            "يتوجه الوزير إلى العاصمة البلجيكية بروكسل مساء غد الجمعة، للمشاركة في أعمال مؤتمر بروكسل الثامن لدعم مستقبل سوريا والمنطقة، الذي يعقد يوم الاثنين 25 مارس الجاري."
        ),
        ["2024-03-25"]
    );
}

#[test]
fn an_office_and_a_day_between_commas_are_the_meetings() {
    assert_eq!(
        meetings(
            "التقى الفريق عبد الفتاح البرهان، بمكتبه بالقصر الجمهوري صباح الأربعاء، المبعوث الأممي."
        )
        .into_iter()
        .map(|m| m.0)
        .collect::<Vec<_>>(),
        ["2024-03-13"]
    );
}

#[test]
fn a_name_between_commas_after_a_title_does_not_end_the_clause() {
    // Reference Thursday 14 March 2024.
    assert_eq!(
        meetings(
            "استقبل رئيس الجمهورية، السيد عبد المجيد تبون، يوم الأحد بالجزائر العاصمة، رئيس الوزراء الفلسطيني."
        ),
        [(
            "2024-03-10".to_owned(),
            "الجزائر".to_owned(),
            Level::Summit,
            Status::Held
        )]
    );
}

#[test]
fn the_city_named_with_a_distant_building_is_the_place() {
    let place = places;
    assert_eq!(
        place(
            "رأس الملك الجلسة التي عقدها مجلس الوزراء، بعد ظهر اليوم الثلاثاء 21 شوال 1445 هـ الموافق 30 أبريل 2024 م، في قصر السلام بجدة."
        ),
        ["جدة"]
    );
    assert_eq!(
        place("عقد الوزراء اجتماعا أمس في قصر الإليزيه."),
        ["قصر الإليزيه"]
    );
    // A seat of government the gazetteer knows gives way to the city named with it, in its
    // sentence or in another mention of the meeting.
    assert_eq!(
        place("التقى الرئيس اليوم بالرئيس الفرنسي في قصر الإليزيه بالعاصمة الفرنسية باريس."),
        ["باريس"]
    );
    assert_eq!(
        place(
            "الرئيس يلتقي نظيره الفرنسي في قصر الإليزيه\n\nالتقى الرئيس اليوم بالرئيس الفرنسي في قصر الإليزيه بباريس."
        ),
        ["باريس", "باريس"]
    );
    // A palace or the Levantine seat of government with the article is a building too.
    assert_eq!(
        place("يعقد مجلس الوزراء جلسة صباح غد في السراي الحكومي."),
        ["السراي الحكومي"]
    );
    assert_eq!(
        place("استقبل الرئيس اليوم في القصر الجمهوري وزير الخارجية."),
        ["القصر الجمهوري"]
    );
    // The name ends before an indefinite word: the object.
    assert_eq!(
        place("أكد الملك خلال لقائه اليوم في قصر الحسينية وفدا من الكونغرس ضرورة وقف الحرب."),
        ["قصر الحسينية"]
    );
}

#[test]
fn what_was_done_during_a_meeting_today_tells_it_was_held() {
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status("بحث الرئيس خلال استقباله اليوم وزير الخارجية الإيراني العلاقات الثنائية."),
        [Status::Held]
    );
    assert_eq!(
        status("أكد الملك خلال لقائه اليوم في قصر الحسينية وفدا من الكونغرس ضرورة وقف الحرب."),
        [Status::Held]
    );
    // What is to be done during it does not.
    assert_eq!(
        status("يبحث الرئيس خلال لقائه اليوم وزير الخارجية العلاقات الثنائية."),
        [Status::Ongoing]
    );
}

#[test]
fn a_headlines_present_audience_held_today_in_the_body_was_held() {
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status(
            "الرئيس يستقبل وزير الخارجية الإسباني\n\nنواكشوط - استقبل رئيس الجمهورية صباح اليوم بالقصر الرئاسي في نواكشوط وزير الخارجية الإسباني."
        ),
        [Status::Held, Status::Held]
    );
    // A verb of holding in the present, with the meeting noun.
    assert_eq!(
        status(
            "مجلس الوزراء يعقد جلسته الأسبوعية في جدة\n\nجدة - رأس الملك الجلسة التي عقدها مجلس الوزراء اليوم في قصر السلام بجدة."
        ),
        [Status::Held, Status::Held]
    );
    // A summit that opened today is under way, whatever one of its mentions did today.
    assert_eq!(
        status(
            "القمة تنطلق في جدة\n\nانطلقت في جدة اليوم أعمال القمة. وحضر القمة الرئيس الأوكراني."
        ),
        [Status::Ongoing; 3]
    );
}

#[test]
fn one_who_heads_a_session_today_held_it() {
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status("رأس الملك الجلسة التي عقدها مجلس الوزراء اليوم في قصر السلام بجدة."),
        [Status::Held]
    );
    assert_eq!(
        status("وكان على رأس الحضور في الجلسة التي تعقد اليوم الوزراء."),
        [Status::Ongoing]
    );
    // The verbal noun: «خلال ترؤسه».
    assert_eq!(
        status("أكد رئيس الوزراء، خلال ترؤسه اليوم الاجتماع الاعتيادي لمجلس الوزراء، أهمية المشاريع."),
        [Status::Held]
    );
}

#[test]
fn a_football_summit_is_a_match() {
    assert!(meetings("فاز المنتخب في مباراة القمة أمس على ملعب القاهرة.").is_empty());
    assert!(meetings("يلتقي الأهلي والزمالك في قمة الدوري المصري يوم الجمعة.").is_empty());
    // «اجتماعه الدوري» is a periodic meeting.
    assert_eq!(
        meetings("عقد المجلس الرئاسي مساء الأحد اجتماعه الدوري في طرابلس.").len(),
        1
    );
}

#[test]
fn a_host_named_with_a_place_and_a_day_before_the_guest_receives() {
    assert_eq!(
        meetings("استقبل الشيخ محمد بن زايد في قصر الشاطئ اليوم رئيس وزراء الهند.")
            .into_iter()
            .map(|m| (m.0, m.1, m.3))
            .collect::<Vec<_>>(),
        [(
            "2024-03-14".to_owned(),
            "قصر الشاطئ".to_owned(),
            Status::Held
        )]
    );
}

#[test]
fn kama_before_a_meeting_verb_tells_a_second_audience() {
    let got = meetings(
        "استقبل ولي العهد اليوم في الرياض وزير الخارجية الأمريكي، كما استقبل سموه وزير الدفاع البريطاني.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|m| m.0 == "2024-03-14" && m.1 == "الرياض"));
    // One audience told twice in a sentence is one.
    assert_eq!(
        meetings("استقبل ولي العهد اليوم في الرياض الوزير، وجرى خلال الاستقبال بحث العلاقات.").len(),
        1
    );
}

#[test]
fn a_meeting_instead_of_which_another_is_held_is_none() {
    let got = meetings(
        "قالت مصادر إن الاجتماع المقبل سيعقد عبر الإنترنت في 3 أبريل، بدلا من اجتماع حضوري في فيينا.",
    );
    assert_eq!(
        got,
        [(
            "2024-04-03".to_owned(),
            String::new(),
            Level::Other,
            Status::Planned
        )]
    );
    assert_eq!(
        meetings("وقرر الوزراء الاتصال هاتفيا أمس عوضا عن عقد قمة في بيروت.").len(),
        0
    );
}

#[test]
fn a_day_of_what_the_meeting_comes_after_or_since_is_not_its_own() {
    let when = |text: &str| meetings(text).into_iter().map(|m| m.0).collect::<Vec<_>>();
    assert_eq!(
        when("وتأتي هذه المشاورات في مسقط بعد زيارة قام بها الوفد إلى صنعاء في أبريل 2023."),
        [""]
    );
    assert_eq!(
        when(
            "دعا بري إلى جلسة الأربعاء 20 آذار الجاري. وهي الجلسة الثانية عشرة منذ انتهاء ولاية الرئيس ميشال عون في 31 تشرين الأول 2022."
        ),
        ["2024-03-20"]
    );
    // What comes after a gathering dates that gathering.
    assert_eq!(
        when("ويأتي اجتماع مراكش بعد الاجتماع الذي احتضنته روما في 28 يونيو الماضي."),
        ["", "2023-06-28"]
    );
}

#[test]
fn the_day_of_saying_before_anha_is_not_the_meetings() {
    // «أنها» opens what was said, as «أن» does: the day before it is the announcement's, and
    // the meeting's own day comes after a long description of who meets.
    let got = meetings(
        "أعلنت الأمانة العامة للمنظمة اليوم الخميس أنها ستعقد اجتماعا استثنائيا مفتوح العضوية للجنة التنفيذية على مستوى وزراء الخارجية يوم الأحد المقبل في جدة.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "2024-03-17");
    assert_eq!(got[0].2, Level::Ministerial);
}

#[test]
fn a_gathering_to_come_named_again_with_its_place_is_the_same() {
    let got = meetings(
        "يستضيف الرئيس التركي الثلاثاء المقبل قمة ثلاثية تجمعه بنظيريه الروسي والإيراني. وأعلن المتحدث باسم الرئاسة أن القمة ستعقد في العاصمة أنقرة.",
    );
    assert_eq!(
        got.iter().map(|m| m.0.as_str()).collect::<Vec<_>>(),
        ["2024-03-19", "2024-03-19"],
        "{got:?}"
    );
    // A gathering held before is none of those to come.
    let got = meetings("عقد الوزراء أمس اجتماعا. وسيعقد الاجتماع المقبل في القاهرة.");
    assert_eq!(got[0].0, "2024-03-13");
    assert_eq!(got.last().map(|m| m.0.as_str()), Some(""));
}

#[test]
fn a_hosting_country_named_first_takes_the_city_named_after() {
    let got = meetings(
        "مصر تستضيف مؤتمر المناخ\n\nتنطلق الأحد المقبل في مدينة شرم الشيخ أعمال المؤتمر. ويستمر المؤتمر أسبوعين.",
    );
    assert!(!got.is_empty());
    assert!(
        got.iter()
            .all(|m| m.0 == "2024-03-17" && m.1 == "شرم الشيخ" && m.3 == Status::Planned),
        "{got:?}"
    );
}

#[test]
fn a_city_unknown_to_the_gazetteer_is_named_as_one() {
    let place = places;
    assert_eq!(
        place("عقدت اللجنة اجتماعاتها في مدينة بوزنيقة المغربية أمس."),
        ["بوزنيقة"]
    );
    // A city named after a hosting country is where the meeting is.
    assert_eq!(
        place("وستستضيف البرازيل القمة المقبلة في ريو دي جانيرو في نوفمبر."),
        ["ريو دي جانيرو"]
    );
    // A feminine adjective of «مدينة» is no name.
    assert_eq!(place("عقدت اللجنة اجتماعاتها في مدينة ساحلية أمس."), [""]);
    // An unknown word after «في» and before «ب» and a country is a city in it; not a word
    // with the article.
    assert_eq!(
        place("وقال الوزير إن أعضاء التحالف سيجتمعون في رامشتاين بألمانيا الشهر المقبل."),
        ["رامشتاين"]
    );
    assert_eq!(
        place("وعقد الوزراء اجتماعا في العاصمة بألمانيا أمس."),
        ["ألمانيا"]
    );
    // An island, a town or a resort names one too, nearer than the dateline's city, which is
    // no host before its dash.
    assert_eq!(
        place(
            "روما - تستضيف جزيرة كابري الإيطالية بدءا من الأربعاء المقبل ولمدة ثلاثة أيام اجتماع وزراء خارجية المجموعة."
        ),
        ["كابري"]
    );
    // A building with no city of its own is in the dateline's city.
    assert_eq!(
        place("جنيف - تنطلق غدا الأربعاء في مقر الأمم المتحدة أعمال اللجنة الدستورية."),
        ["جنيف"]
    );
}

#[test]
fn a_meeting_word_after_a_closing_straight_quote_is_a_meeting() {
    let got = meetings(
        "وزراء التحالف ضد \"داعش\" يجتمعون في الرياض\n\nتحتضن الرياض يوم الخميس الاجتماع الوزاري للتحالف.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    // After an opening one, the word begins a name.
    assert!(meetings("وأطلق المنظمون على الحدث اسم \"قمة الأمل\" هذا العام.").is_empty());
}

#[test]
fn an_expected_adjective_after_a_comma_tells_where_and_when() {
    let got = meetings(
        "أجرى الوزير اليوم بالرباط مباحثات مع نظيره الموريتاني. وتناولت المباحثات التحضير لانعقاد الدورة المقبلة للجنة العليا المشتركة، المرتقبة بنواكشوط في فبراير المقبل.",
    );
    assert_eq!(
        got.iter()
            .map(|m| (m.0.as_str(), m.1.as_str(), m.3))
            .collect::<Vec<_>>(),
        [
            ("2024-03-14", "الرباط", Status::Held),
            ("2025-02", "نواكشوط", Status::Planned)
        ]
    );
}

#[test]
fn where_one_goes_to_attend_a_meeting_is_its_place() {
    let place = places;
    // «وذلك» takes the clause up again to tell where; «قصر المؤتمرات» is a building.
    assert_eq!(
        place(
            "افتتح ولي العهد اليوم الاجتماع الأول لمجلس وزراء الدفاع، وذلك بمقر التحالف في الرياض."
        ),
        ["الرياض"]
    );
    assert_eq!(
        place("تحتضن تونس يوم الأحد القمة العربية، وذلك بقصر المؤتمرات بالعاصمة."),
        ["تونس"]
    );
    assert_eq!(
        place("وصل الوزير إلى بروكسل للمشاركة في اجتماع وزراء خارجية الحلف."),
        ["بروكسل"]
    );
    assert_eq!(
        place("ويتوجه الرئيس غدا إلى الرياض لحضور القمة العربية."),
        ["الرياض"]
    );
    // Countries of the wider gazetteer host too.
    assert_eq!(
        place("أعلن المبعوث أن المشاورات ستعقد في السويد مطلع الشهر المقبل."),
        ["السويد"]
    );
    assert_eq!(
        place("سيتوجه الرئيس غدا إلى شرم الشيخ لافتتاح أعمال القمة، التي تستضيفها مصر."),
        ["شرم الشيخ"]
    );
    // Cities of the wider gazetteer; «وجدة» is «و» + «جدة», not Oujda.
    assert_eq!(
        place("وعقدت المجموعة آخر اجتماع لها على المستوى الوزاري في ميونيخ في 14 فبراير 2020."),
        ["ميونيخ"]
    );
    assert_eq!(
        place("يلتقي الرئيس نظيره الصيني في أوساكا على هامش قمة مجموعة العشرين."),
        ["أوساكا", "أوساكا"]
    );
    assert_eq!(
        place("وعقد وزراء الخارجية اجتماعا في الرياض وجدة أمس."),
        ["الرياض"]
    );
    // A city the gazetteer does not know, named as a city; not an adjective of «مدينة».
    assert_eq!(
        place("تعقد قمة مجموعة السبع في مدينة بياريتز الفرنسية الشهر المقبل."),
        ["بياريتز"]
    );
    assert_eq!(place("يعقد الاجتماع في مدينة كبيرة غدا."), [""]);
    assert_eq!(
        place("تنطلق في العاصمة البوركينية واغادوغو غدا أعمال القمة."),
        ["واغادوغو"]
    );
    // A building named as the venue when no city is; the city when one is; not a hall.
    assert_eq!(
        place("عقد الاجتماع في مقر وزارة الخارجية أمس."),
        ["مقر وزارة الخارجية"]
    );
    assert_eq!(
        place("يعقد المجلس اجتماعا طارئا في مقر الجامعة بالقاهرة غدا."),
        ["القاهرة"]
    );
    assert_eq!(
        place("وجلس الوفدان في قاعة واحدة بعد قطيعة خلال اجتماع أمس."),
        [""]
    );
    // A city named as the venue outranks the country that hosts.
    assert_eq!(
        place("يحتضن المغرب الملتقى الدولي للفلاحة في مكناس الشهر المقبل."),
        ["مكناس"]
    );
    assert_eq!(place("تستضيف قطر القمة الخليجية غدا."), ["قطر"]);
    // «للقاء» is «ل» + «لقاء», not «ل» + «ال».
    assert_eq!(
        place("ويتوجه الوزير غدا إلى الرياض للقاء ولي العهد."),
        ["الرياض"]
    );
    // A place the text sends something to is not where the meeting is.
    assert_eq!(
        place("وأرسلت الحكومة رسالة إلى لندن قبل الاجتماع الوزاري المقرر الأحد."),
        [""]
    );
}

#[test]
fn a_period_between_commas_belongs_to_the_meeting_after_it() {
    let got = meetings(
        "تستضيف القاهرة، خلال الفترة من 20 إلى 22 مارس الجاري، اجتماعات الدورة العادية لمجلس الجامعة.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("2024-03-20", "القاهرة")
    );
    // A building and its name between the commas.
    assert_eq!(
        meetings("التقى الملك عبدالله الثاني، في قصر الحسينية اليوم، وزير الخارجية الأمريكي."),
        [(
            "2024-03-14".to_owned(),
            "قصر الحسينية".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
    // The city named as one, with its adjective, between the commas.
    assert_eq!(
        meetings("انطلقت، صباح اليوم بالعاصمة الإثيوبية أديس أبابا، أشغال القمة الإفريقية."),
        [(
            "2024-03-14".to_owned(),
            "أديس أبابا".to_owned(),
            Level::Summit,
            Status::Ongoing
        )]
    );
}

#[test]
fn a_postponed_meeting_is_on_its_new_date_and_to_come() {
    // Thursday 14 March 2024: the Sunday it was set for is gone, the new date is next week.
    assert_eq!(
        meetings("وتأجل الاجتماع الذي كان مقررا يوم الأحد إلى الأسبوع المقبل."),
        [(
            "2024-W12".to_owned(),
            String::new(),
            Level::Other,
            Status::Planned
        )]
    );
    // A day put off to is one to come, whatever the tense of «قررت».
    let got = meetings("وقررت الجامعة تأجيل القمة إلى 20 شباط.");
    assert_eq!(
        (got[0].0.as_str(), got[0].3),
        ("2025-02-20", Status::Planned)
    );
    // What was put off in a meeting («أرجأ في جلسته البت») is not the meeting.
    assert_eq!(
        meetings(
            "وكان المجلس قد أرجأ في جلسته الأخيرة، التي عقدت في 4 آذار/مارس الجاري، البت في الملف."
        ),
        [(
            "2024-03-04".to_owned(),
            String::new(),
            Level::Other,
            Status::Held
        )]
    );
}

#[test]
fn a_future_meeting_this_month_is_planned() {
    // Published on 14 March 2024: «منتصف الشهر الجاري» is March, which has begun.
    let got = meetings("وسيعقد وزراء الدفاع اجتماعا طارئا في الرياض منتصف الشهر الجاري.");
    assert_eq!(got[0].3, Status::Planned);
}

#[test]
fn something_announced_is_no_statement() {
    assert!(statements("وهو التحالف الذي أعلن عنه في كانون الأول 2015.").is_empty());
}

#[test]
fn until_gives_a_meetings_last_day_not_its_first() {
    let got = meetings(
        "وانطلقت أمس في الرياض أعمال الاجتماعات الخليجية. وتستمر الاجتماعات حتى يوم الأحد المقبل.",
    );
    assert_eq!(got.len(), 2);
    // The second mention is the same meeting: its first day, under way until Sunday.
    assert_eq!(got[1].0, "2024-03-13");
    assert_eq!(got[1].3, Status::Ongoing);
    // What a meeting decided to extend «حتى نهاية مارس 2025» ends then, not the meeting:
    // held today, it is over.
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status(
            "عقد التحالف اليوم اجتماعه الوزاري الخامس. وقرر الاجتماع تمديد خفض الإنتاج حتى \
             نهاية مارس 2025."
        )[0],
        Status::Held
    );
    // «على أن تستمر حتى …» takes the gathering up past its clause: opened yesterday, it goes on.
    for text in [
        "افتتحت أمس في دبي أعمال مؤتمر الأطراف، على أن تستمر حتى 20 مارس الجاري.",
        "افتتحت أمس في دبي أعمال مؤتمر الأطراف على أن تستمر حتى 20 مارس الجاري.",
    ] {
        assert_eq!(status(text), [Status::Ongoing], "{text}");
    }
}

#[test]
fn a_session_later_today_is_to_come() {
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status("يعقد مجلس الأمن الدولي، في وقت لاحق اليوم، جلسة مشاورات مغلقة بشأن ليبيا."),
        [Status::Planned]
    );
    assert_eq!(
        status("يعقد مجلس الأمن الدولي اليوم جلسة مشاورات مغلقة بشأن ليبيا."),
        [Status::Ongoing]
    );
}

#[test]
fn an_undated_meeting_with_a_future_cue_is_planned() {
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status("ومن المقرر أن تحتضن الدوحة الاجتماع الوزاري."),
        [Status::Planned]
    );
    assert_eq!(status("وتستضيف الدوحة القمة المقبلة."), [Status::Planned]);
    assert_eq!(status("وتحتضن الدوحة القمة."), [Status::Ongoing]);
}

#[test]
fn the_works_of_a_body_opened_a_few_words_after_the_verb() {
    let got = meetings("تبدأ يوم الأحد المقبل في مدينة جدة أعمال اللجنة المشتركة.");
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].0.as_str(), got[0].1.as_str()),
        ("2024-03-17", "جدة")
    );
    // Another verb between them: the works are not what opens.
    assert!(meetings("تبدأ يوم الأحد المقبل في جدة الشركة التي أنهت أعمال الصيانة.").is_empty());
}

#[test]
fn a_counterpart_makes_a_meeting() {
    let got = meetings("والتقى الوزير نظيره المصري.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].3, Status::Held);
}

#[test]
fn a_meeting_noun_with_a_pronoun_in_the_genitive_makes_a_meeting() {
    // «لقاء» + «ه» is spelled «لقائه» after a preposition; «جاء» and «تناول» are past verbs,
    // so the bare weekday is the one before the publication date (Thursday 14 March 2024).
    let got = meetings("وجاء ذلك عقب لقائه نظيره الأردني مساء الأحد في عمان.");
    assert_eq!(
        got,
        [(
            "2024-03-10".to_owned(),
            "عمان".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
    let got = meetings("وتناول الوزيران خلال لقائهما الأحد تطورات الأزمة.");
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024-03-10", Status::Held));
}

#[test]
fn a_meeting_on_the_sidelines_of_another_is_a_second_meeting_of_its_day() {
    // Two gatherings of one sentence: the bilateral one is held while the other is.
    let got = meetings("والتقى الوزير نظيره المصري على هامش الاجتماع الوزاري في عمان أمس.");
    assert_eq!(
        got,
        [
            (
                "2024-03-13".to_owned(),
                "عمان".to_owned(),
                Level::Other,
                Status::Held
            ),
            (
                "2024-03-13".to_owned(),
                "عمان".to_owned(),
                Level::Ministerial,
                Status::Held
            ),
        ]
    );
}

#[test]
fn another_with_a_date_of_its_own_is_a_second_gathering() {
    let when = |text: &str| meetings(text).into_iter().map(|m| m.0).collect::<Vec<_>>();
    assert_eq!(
        when("وسبق لتونس أن احتضنت قمة عربية عام 1979 وأخرى عام 2004."),
        ["1979", "2004"]
    );
    // «ثم على مستوى …» with a date of its own: the gathering again, at another level.
    let text = "وتسبق القمة اجتماعات تحضيرية على مستوى المندوبين يوم 26 مارس، ثم على مستوى \
                وزراء الخارجية يوم 29 مارس.";
    assert_eq!(
        meetings(text)
            .into_iter()
            .map(|m| (m.0, m.2))
            .collect::<Vec<_>>(),
        [
            ("2024-03-26".to_owned(), Level::Other),
            ("2024-03-29".to_owned(), Level::Ministerial)
        ]
    );
    // Without a date after it, «وأخرى» is no meeting of its own.
    assert_eq!(
        when("وعقدت الهيئة أمس جلسة صباحية وأخرى مسائية."),
        ["2024-03-13"]
    );
}

#[test]
fn a_participant_before_the_meeting_word_makes_a_mention() {
    let first = "تستضيف باريس القمة الأوروبية يوم 20 مارس الجاري.";
    let count = |second: &str| meetings(&format!("{first} {second}")).len();
    assert_eq!(count("ويلقي الرئيس الفرنسي خلال القمة كلمة."), 2);
    // Not someone who speaks of it, nor someone the words are addressed to.
    assert_eq!(count("وأعلن الملك تسمية القمة قمة السلام."), 1);
    assert_eq!(count("وتحدث الوزير أمام القادة عن القمة."), 1);
}

#[test]
fn a_meeting_named_again_with_only_its_level_gives_it() {
    // The second mention is no event of its own, but its level is the meeting's.
    let got = meetings(
        "سيتوجه الوزير إلى موسكو غدا للمشاركة في اجتماع صيغة أستانا. وقال المتحدث إن الاجتماع سيعقد على مستوى وزراء الخارجية.",
    );
    assert_eq!(
        got,
        [(
            "2024-03-15".to_owned(),
            "موسكو".to_owned(),
            Level::Ministerial,
            Status::Planned
        )]
    );
}

#[test]
fn later_mentions_inherit_date_place_and_level() {
    let got = meetings(
        "تستضيف الرباط يوم 20 مارس الجاري اجتماعا وزاريا للتحالف. ويشارك في الاجتماع ممثلو 40 دولة.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(
        got[1],
        (
            "2024-03-20".to_owned(),
            "الرباط".to_owned(),
            Level::Ministerial,
            Status::Planned
        )
    );
    // A meeting verb whose subject is the body that meets is a mention of that meeting.
    let got = meetings(
        "تستضيف الرباط يوم 20 مارس الجاري اجتماعا وزاريا للتحالف. وسيجتمع التحالف لبحث الخطة.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, "2024-03-20");
    assert_eq!(got[1].1, "الرباط");
    // The same verb without the body names nothing new.
    let got =
        meetings("تستضيف الرباط يوم 20 مارس الجاري اجتماعا وزاريا للتحالف. وسيجتمعون لبحث الخطة.");
    assert_eq!(got.len(), 1);
    // The hosting country, undated, after the summit in its capital, is that summit; a
    // summit named with another gathering's council is not named again.
    let got = meetings(
        "نواكشوط - يحتضن قصر المؤتمرات بنواكشوط يوم الأحد المقبل القمة الإفريقية. وتسبق القمة اجتماعات المجلس التنفيذي يوم 20 مارس. وتعد هذه أول قمة تحتضنها موريتانيا.",
    );
    let summits: Vec<(&str, &str)> = got
        .iter()
        .filter(|m| m.2 == Level::Summit)
        .map(|m| (m.0.as_str(), m.1.as_str()))
        .collect();
    assert_eq!(
        summits,
        [("2024-03-17", "نواكشوط"), ("2024-03-17", "نواكشوط")]
    );
    assert_eq!(got.len(), 3);
    // What had been held is none of the meetings to come.
    let got = meetings(
        "بيروت - أعلن بري أن الجلسة المقبلة ستعقد نهاية الأسبوع الجاري. وكان بري قد التقى أول من أمس رئيس الحكومة المكلف.",
    );
    assert_eq!(
        got.iter().map(|m| (m.0.as_str(), m.3)).collect::<Vec<_>>(),
        [("2024-W11", Status::Planned), ("2024-03-12", Status::Held)]
    );
    // A sentence that turns to another story tells of another meeting.
    let got = meetings(
        "ويعقد مجلس الوزراء جلسته الخميس. من جهة أخرى، استقبل رئيس مجلس النواب سفير فرنسا.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!((got[1].0.as_str(), got[1].3), ("", Status::Held));
}

#[test]
fn a_date_after_the_guest_in_its_hosts_frame_is_the_hosts() {
    // «الذي يعقد في إطاره اجتماع …» names the guest; «يقام في الفترة …» takes up the host.
    let got = meetings(
        "وتجدر الإشارة إلى أن مؤتمر الكويت الدولي لإعادة إعمار العراق، الذي يعقد في إطاره اجتماع التحالف يقام في الفترة من 12 إلى 14 مارس الجاري.",
    );
    assert_eq!(
        got,
        [(
            "2024-03-12".to_owned(),
            "الكويت".to_owned(),
            Level::Other,
            Status::Ongoing
        )]
    );
}

#[test]
fn a_conference_one_travels_to_attend() {
    // The purpose after a comma, and the conference's own verb after its name in quotation
    // marks: one meeting, on its first day, where one goes.
    let got = meetings(
        "يغادر الحريري بيروت مساء غد متوجها إلى بروكسل، للمشاركة في مؤتمر \"دعم مستقبل سوريا والمنطقة\" الذي ينعقد يومي 18 و19 آذار الحالي.",
    );
    assert_eq!(
        got,
        [(
            "2024-03-18".to_owned(),
            "بروكسل".to_owned(),
            Level::Other,
            Status::Planned
        )]
    );
}

#[test]
fn maghrebi_until_and_participants_after_a_comma() {
    // «إلى غاية» gives the last day: the symposium opened today is under way.
    let got = meetings(
        "أشرف الوزير الأول صباح اليوم على افتتاح أشغال الندوة الوطنية التي تحتضنها الجزائر العاصمة إلى غاية 20 مارس الجاري.",
    );
    assert_eq!(
        got,
        [(
            "2024-03-14".to_owned(),
            "الجزائر".to_owned(),
            Level::Other,
            Status::Ongoing
        )]
    );
    // «، بمشاركة وزراء خارجية …» tells the meeting's level across the comma; «، بمشاركة عدد
    // من الدول» tells none.
    let level = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        level(
            "وستحتضن الجزائر يوم 5 أبريل المقبل اجتماعا لدول الجوار، بمشاركة وزراء خارجية تونس ومصر."
        ),
        [Level::Ministerial]
    );
    assert_eq!(
        level("وستحتضن الجزائر يوم 5 أبريل المقبل اجتماعا لدول الجوار، بمشاركة عدد من الدول."),
        [Level::Other]
    );
    // «، برئاسة وزيري خارجية البلدين» likewise.
    assert_eq!(
        level("انتظمت أمس أشغال الدورة الثالثة للجنة المشتركة، برئاسة وزيري خارجية البلدين."),
        [Level::Ministerial]
    );
}

#[test]
fn the_gathering_prepared_for_is_another() {
    // «تمهيدا للقمة» names a later gathering: it takes neither the date nor the place of the
    // meeting that prepares it, and is to come.
    assert_eq!(
        meetings(
            "اجتمع الوزراء أمس في القاهرة تمهيدا للقمة العربية المقررة في تونس نهاية الشهر المقبل."
        ),
        [
            (
                "2024-03-13".to_owned(),
                "القاهرة".to_owned(),
                Level::Ministerial,
                Status::Held
            ),
            (
                "2024-04".to_owned(),
                "تونس".to_owned(),
                Level::Summit,
                Status::Planned
            ),
        ]
    );
    // Named again with nothing of its own, it is no new mention.
    assert_eq!(
        meetings("وكان الوزراء قد اجتمعوا في بروكسل في الرابع من مارس الجاري تمهيدا للقمة.").len(),
        1
    );
    // «للتحضير للقمة» likewise.
    assert_eq!(
        meetings("وقال دبلوماسي إن وزراء الدفاع سيجتمعون في بروكسل الشهر المقبل للتحضير للقمة.")
            .into_iter()
            .map(|m| (m.0, m.1, m.2))
            .collect::<Vec<_>>(),
        [(
            "2024-04".to_owned(),
            "بروكسل".to_owned(),
            Level::Ministerial
        )]
    );
    // «البيان الختامي» is a communiqué: its meeting's date is a first day, not a closing day.
    assert_eq!(
        meetings(
            "وأشار إلى أن اجتماعا للوزراء سيعقد مساء السبت لوضع اللمسات الأخيرة على البيان الختامي."
        ),
        [(
            "2024-03-16".to_owned(),
            String::new(),
            Level::Ministerial,
            Status::Planned
        )]
    );
}

#[test]
fn levels_from_the_body_that_meets_and_its_words() {
    let level = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        level("وعقدت الدورة الرابعة للجنة العليا المشتركة في الرباط أمس."),
        [Level::Other]
    );
    assert_eq!(
        level("وعقدت الدورة العادية الثلاثون في تونس أمس."),
        [Level::Summit]
    );
    assert_eq!(
        level("يذكر أن الدورة الأولى للملتقى انعقدت في الرياض عام 2017."),
        [Level::Other]
    );
    // A council's session, unless it meets «على مستوى القمة».
    assert_eq!(
        level("عقد مجلس الجامعة على مستوى المندوبين الدائمين، اليوم الأحد، دورة غير عادية."),
        [Level::Other]
    );
    assert_eq!(
        level("وعقد مجلس الجامعة على مستوى القمة دورة عادية في تونس أمس."),
        [Level::Summit]
    );
    // A session named alone is one of a committee's when the sessions named before were.
    assert_eq!(
        level(
            "وعقدت الدورة الرابعة للجنة العليا المشتركة في الرباط أمس. \
             وتقرر عقد الدورة القادمة بطرابلس خلال شهر أكتوبر المقبل."
        ),
        [Level::Other, Level::Other]
    );
    // «في دورته» is a session of what is named before it: a dialogue's, or a summit's.
    assert_eq!(
        level("وستستضيف الدوحة في العاشر من الشهر المقبل الحوار الاستراتيجي في دورته السادسة."),
        [Level::Other]
    );
    assert_eq!(
        level("وتعقد القمة العربية في دورتها الثالثة والثلاثين في المنامة يوم 16 مايو."),
        [Level::Summit]
    );
    // A president receives a prime minister: heads of state and government, a summit.
    assert_eq!(
        level("استقبل الرئيس عبد الفتاح السيسي اليوم رئيس وزراء العراق عادل عبد المهدي."),
        [Level::Summit]
    );
    // The coalition's small group is a working level.
    assert_eq!(
        level("وترأس الوزير وفد بلاده في اجتماع المجموعة المصغرة للتحالف الذي عقد أمس في كوبنهاغن."),
        [Level::Working]
    );
    assert_eq!(
        level("يذكر أن الاجتماع المقبل للمجموعة المصغرة سيعقد في باريس الشهر المقبل."),
        [Level::Working]
    );
    // A preparatory meeting for a summit is no session of it.
    assert_eq!(
        level("انطلقت اليوم أشغال الاجتماع التحضيري للقمة العربية على مستوى المندوبين."),
        [Level::Other]
    );
    // «مصادر وزارية» are sources in a ministry; «مجلس الوزراء» is the cabinet.
    assert_eq!(
        level("وأكدت مصادر وزارية أن جلسة مجلس الوزراء المقررة يوم الخميس المقبل ستكون حاسمة."),
        [Level::Other]
    );
}

#[test]
fn talks_told_by_bahatha_with_the_other_side() {
    // «بحث X مع Y» is talks, at the level of the two titles; held in the perfect, planned in
    // the imperfect with a date to come.
    assert_eq!(
        meetings("بحث وزير الخارجية، اليوم الخميس، مع نظيره العراقي العلاقات الثنائية."),
        [(
            "2024-03-14".to_owned(),
            String::new(),
            Level::Ministerial,
            Status::Held
        )]
    );
    assert_eq!(
        meetings("ويبحث الرئيس غدا في عمان مع الملك الأوضاع في المنطقة."),
        [(
            "2024-03-15".to_owned(),
            "عمان".to_owned(),
            Level::Summit,
            Status::Planned
        )]
    );
    // Not by telephone, not a purpose, not what a meeting just named discussed, not without
    // the other side.
    let triggers = |text: &str| -> Vec<String> {
        extract(text)
            .into_iter()
            .filter_map(|e| match e {
                Event::Meeting(m) => Some(m.trigger.text),
                _ => None,
            })
            .collect()
    };
    assert!(triggers("بحث وزير الخارجية هاتفيا مع نظيره العراقي العلاقات أمس.").is_empty());
    assert!(triggers("وصل الوزير أمس لبحث التعاون مع العراق.").is_empty());
    assert!(triggers("وبحث الوزير أمس الأوضاع في المنطقة.").is_empty());
    assert_eq!(
        triggers("وخلال اللقاء أمس، بحث الوزير مع ضيفه العلاقات الثنائية."),
        ["اللقاء"]
    );
}

#[test]
fn a_date_after_a_long_name_of_who_meets() {
    assert_eq!(
        meetings(
            "قال مسؤولون إن الوزير سيستضيف اجتماعا لوزراء خارجية الدول الأعضاء في التحالف الدولي ضد تنظيم الدولة الإسلامية في السادس من أبريل."
        ),
        [(
            "2024-04-06".to_owned(),
            String::new(),
            Level::Ministerial,
            Status::Planned
        )]
    );
}

#[test]
fn a_meetings_place_and_time_past_asides_commas_and_dates() {
    // «، الذي يضم 41 دولة،» tells of the coalition; the place and day after it are the
    // meeting's.
    assert_eq!(
        meetings(
            "وأوضح الوزير أن المملكة ستستضيف الاجتماع الوزاري للتحالف، الذي يضم 41 دولة، في الرياض يوم الأحد المقبل."
        ),
        [(
            "2024-03-17".to_owned(),
            "الرياض".to_owned(),
            Level::Ministerial,
            Status::Planned
        )]
    );
    // A level between commas after the gathering is its own.
    assert_eq!(
        meetings(
            "يستضيف مقر الأمانة في برشلونة يومي 27 و28 مارس الجاري المنتدى الإقليمي للاتحاد، على مستوى وزراء الخارجية، برئاسة مشتركة."
        ),
        [(
            "2024-03-27".to_owned(),
            "برشلونة".to_owned(),
            Level::Ministerial,
            Status::Planned
        )]
    );
    // A place with «ب» right after the meeting's date is where it is.
    assert_eq!(
        meetings("وقال إن الدورة المقبلة ستنعقد في السادس والعشرين من أفريل القادم بالجزائر.")
            .into_iter()
            .map(|m| (m.0, m.1))
            .collect::<Vec<_>>(),
        [("2024-04-26".to_owned(), "الجزائر".to_owned())]
    );
    // The day after the place of a hosting verb, past a comma, is the meeting's.
    assert_eq!(
        meetings("وكانت القمة السابقة قد عقدت في طهران، في السابع من أيلول/سبتمبر الماضي."),
        [(
            "2023-09-07".to_owned(),
            "طهران".to_owned(),
            Level::Summit,
            Status::Held
        )]
    );
    // «، بعد ظهر الاثنين،» is a day between commas, the meeting's.
    assert_eq!(
        meetings(
            "التقى الرئيس التركي، بعد ظهر الاثنين، في المجمع الرئاسي بأنقرة، رئيس وزراء المجر."
        )
        .into_iter()
        .map(|m| (m.0, m.1))
        .collect::<Vec<_>>(),
        [("2024-03-11".to_owned(), "أنقرة".to_owned())]
    );
    // After an indefinite meeting noun, «، عقد في …» describes it: its place and day.
    assert_eq!(
        meetings("وتأتي القمة بعد أسابيع من اجتماع لوزراء الرقمنة، عقد في اليابان في أبريل/نيسان.")
            .into_iter()
            .map(|m| (m.0, m.1, m.3))
            .collect::<Vec<_>>(),
        [("2023-04".to_owned(), "اليابان".to_owned(), Status::Held)]
    );
    // A day in both calendars between commas, before the gathering it opens.
    assert_eq!(
        meetings(
            "تنطلق في العاصمة الرياض، يوم الاثنين 8 رمضان 1445هـ الموافق 18 مارس 2024م، أعمال القمة الخليجية."
        ),
        [(
            "2024-03-18".to_owned(),
            "الرياض".to_owned(),
            Level::Summit,
            Status::Planned
        )]
    );
    // A date after a comma at the sentence's end, with no aside before it, stays apart.
    assert_eq!(
        meetings("واختتم المؤتمر أعماله في بروكسل عشية ذكرى الاحتجاجات، في 15 آذار 2011.")
            .into_iter()
            .map(|m| m.0)
            .collect::<Vec<_>>(),
        [String::new()]
    );
}

#[test]
fn venues_seats_of_government_and_buildings() {
    let places = |text: &str| meetings(text).into_iter().map(|m| m.1).collect::<Vec<_>>();
    assert_eq!(
        places("يلتقي الرئيسان في البيت الأبيض بعد ظهر اليوم."),
        ["البيت الأبيض"]
    );
    // A building's name stops where «ب» opens another place.
    assert_eq!(
        places(
            "وكانت اللجنة قد عقدت اجتماعها الأول في مقر قيادة التحالف بالعاصمة السعودية الأسبوع الماضي."
        ),
        ["مقر قيادة التحالف"]
    );
    // «المدينة ذاتها» is the city named last.
    assert_eq!(
        places(
            "احتضنت مدينة مراكش أمس الاجتماع الوزاري. وتستعد المدينة ذاتها لاحتضان المؤتمر الدولي يومي 10 و11 أبريل المقبل."
        ),
        ["مراكش", "مراكش"]
    );
    // The guest may follow the place and the day.
    assert_eq!(
        places("استقبل بوتين في الكرملين أمس الرئيس التركي."),
        ["الكرملين"]
    );
    // A seat of government that speaks is still a speaker.
    assert_eq!(
        statements("وقال البيت الأبيض في بيان إن الرئيس سيلتقي نظيره غدا."),
        [s("البيت الأبيض", "2024-03-14")]
    );
}

#[test]
fn a_round_that_ended() {
    // «انتهت» closes a round as «اختتمت» does.
    assert_eq!(
        meetings("وانتهت الجولة السابقة في جنيف في ديسمبر الماضي دون تحقيق تقدم."),
        [(
            "2023-12".to_owned(),
            "جنيف".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
}

#[test]
fn where_one_goes_and_whom_one_meets_there() {
    let text = "أعلنت الوزارة أن الوزير سيتوجه إلى العاصمة الأمريكية واشنطن الأسبوع المقبل، للمشاركة في اجتماع وزراء خارجية دول الحلف. وأوضحت الوزارة أن الوزير سيلتقي على هامش الاجتماع نظيره الأمريكي.";
    let got = meetings(text);
    // The meeting is where one goes to attend it; the one held on its sidelines, with a
    // counterpart named after the host, is a meeting of its own, there.
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(
        got.iter()
            .all(|m| m.1 == "واشنطن" && m.3 == Status::Planned),
        "{got:?}"
    );
    let triggers: Vec<String> = extract(text)
        .into_iter()
        .filter_map(|e| match e {
            Event::Meeting(m) => Some(m.trigger.text),
            _ => None,
        })
        .collect();
    assert_eq!(triggers, ["اجتماع", "سيلتقي"]);
}

#[test]
fn a_session_of_talks_is_one_meeting() {
    let got = meetings("وعقد الجانبان اليوم جلسة مباحثات موسعة بمشاركة وفدي البلدين.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "2024-03-14");
}

#[test]
fn a_meeting_where_the_last_statement_was_made() {
    // «جاء ذلك خلال …» tells where the statement before was made: on its day.
    let text = "أكد وزير الخارجية أمس الأربعاء أن بلاده ستواصل دعم العراق. جاء ذلك خلال لقائه نظيره العراقي في بغداد.";
    assert_eq!(
        meetings(text)
            .into_iter()
            .map(|m| (m.0, m.1, m.3))
            .collect::<Vec<_>>(),
        [("2024-03-13".to_owned(), "بغداد".to_owned(), Status::Held)]
    );
    // Only a sentence that opens so.
    let text = "أكد وزير الخارجية أمس الأربعاء أن بلاده ستواصل دعم العراق. وعقد لقاء في بغداد.";
    assert_eq!(meetings(text)[0].0, "");
}

#[test]
fn meeting_negatives() {
    // An abstract «الاجتماع», a press conference, a meeting named again with nothing new.
    assert!(meetings("درس علم الاجتماع في جامعة القاهرة.").is_empty());
    assert!(meetings("وقال الوزير في مؤتمر صحفي أمس إن الوضع هادئ.").is_empty());
    assert!(meetings("وأكد أن أجندة الاجتماع طويلة.").is_empty());
    // A market's trading session, a football summit.
    for text in [
        "أغلق المؤشر العام للبورصة جلسة اليوم على ارتفاع.",
        "ارتفعت أسعار النفط في جلسة التداول أمس.",
        "تستضيف القاهرة الأحد المقبل قمة كروية بين الأهلي والزمالك.",
    ] {
        assert!(meetings(text).is_empty(), "{text}");
    }
    assert_eq!(meetings("عقد مجلس الأمن جلسة طارئة اليوم.").len(), 1);
    // «الدوري» is periodic too.
    assert_eq!(
        meetings("ومن المنتظر أن يعقد رؤساء الأركان اجتماعهم الدوري في الرياض منتصف الشهر المقبل.")
            .len(),
        1
    );
}

#[test]
fn when_source_says_where_the_date_came_from() {
    let events = extract("وقال المتحدث إن الوضع هادئ. وكان الوزير قد أعلن أمس أن الوفد وصل.");
    let sources: Vec<WhenSource> = events
        .iter()
        .filter_map(|e| e.when().map(|w| w.source))
        .collect();
    assert_eq!(sources, [WhenSource::Reference, WhenSource::Text]);
    let undated = Document::new("u", "وقال المتحدث إن الوضع هادئ.");
    let e = &Extractor::new().extract(&undated).events[0];
    assert!(e.when().is_none());
    let json = serde_json::to_value(e).unwrap();
    assert_eq!(json["when_source"], "none");
    assert_eq!(json["when"], serde_json::Value::Null);
}

#[test]
fn events_serialize_and_display() {
    let text = "عقد وزراء الدفاع اجتماعا في بروكسل أمس.";
    let events = extract(text);
    let json = serde_json::to_value(&events[0]).unwrap();
    assert_eq!(json["kind"], "meeting");
    assert_eq!(json["location"], "بروكسل");
    assert_eq!(json["level"], "ministerial");
    assert_eq!(json["status"], "held");
    assert_eq!(json["when"]["value"], "2024-03-13");
    assert_eq!(json["when_source"], "text");
    assert_eq!(json["rule"], "meeting");
    let (start, end) = (
        json["start"].as_u64().unwrap() as usize,
        json["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "عقد وزراء الدفاع اجتماعا في بروكسل أمس");
    assert_eq!(
        events[0].to_string(),
        "2024-03-13 meeting «اجتماعا» in بروكسل (Ministerial, Held)"
    );
}

#[test]
fn builder_rejects_entries_that_would_match_everywhere() {
    for bad in ["", "   ", "Paris", "في", "و", "ب", "من في"] {
        let err = Extractor::builder().place(bad).expect_err(bad);
        assert!(err.is_lexicon(), "{err}");
        assert!(
            err.to_string().starts_with("invalid lexicon entry"),
            "{err}"
        );
    }
    assert!(Extractor::builder().speech_verb("قال بحدة").is_err());
    assert!(
        Extractor::builder()
            .title("المستشار")
            .and_then(|b| b.organization("هيئة الأمم"))
            .is_ok()
    );
}

#[test]
fn a_gathering_at_another_level_or_before_another_is_another() {
    // The experts' meeting «قبل الاجتماع الوزاري» is not the ministerial one: it takes none of
    // its date, and the ministerial one, named only to tell when, is not mentioned again.
    // The day before «قبل الاجتماع» is the other event's: the meeting named to tell its time
    // takes none of it.
    assert_eq!(
        meetings("وشهدت المنطقة أمس تصعيدا قبل الاجتماع. وعقد الاجتماع في بغداد يوم الثلاثاء.")
            .into_iter()
            .map(|m| m.0)
            .collect::<Vec<_>>(),
        ["2024-03-12"]
    );
    assert_eq!(
        meetings(
            "قالت مصادر في التحالف يوم الأربعاء إن الاجتماع الوزاري المقرر يوم الأحد المقبل تأجل إلى 30 مارس. \
             ويعقد خبراء التحالف اجتماعا فنيا قبل الاجتماع الوزاري بيومين."
        )
        .into_iter()
        .map(|m| (m.0, m.2))
        .collect::<Vec<_>>(),
        [
            ("2024-03-30".to_owned(), Level::Ministerial),
            (String::new(), Level::Working)
        ]
    );
}

#[test]
fn leaders_of_blocs_or_armies_hold_no_summit() {
    let levels = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        levels("ويستضيف الرئيس في قصر السلام ببغداد، الأربعاء المقبل، اجتماعا لقادة الكتل."),
        [Level::Other]
    );
    assert_eq!(
        levels("وعقد قادة الجيوش اجتماعا في عمان أمس."),
        [Level::Other]
    );
    // Indefinite, in construct: «قادة أحزاب الأغلبية».
    assert_eq!(
        levels("واحتضن مقر الحزب بالرباط أمس لقاء تشاوريا بين قادة أحزاب الأغلبية."),
        [Level::Other]
    );
    assert_eq!(
        levels("وعقد قادة الدول الأعضاء اجتماعا في عمان أمس."),
        [Level::Summit]
    );
}

#[test]
fn a_councils_session_is_no_summit() {
    let levels = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        levels("ومن المنتظر أن تعقد الدورة السادسة للمجلس في بغداد العام المقبل."),
        [Level::Other]
    );
    // The Arab League's council at the summit's level is a summit.
    assert_eq!(
        levels(
            "تحتضن تونس يوم الأحد 31 مارس الجاري أشغال الدورة العادية الثلاثين لمجلس جامعة الدول العربية على مستوى القمة."
        ),
        [Level::Summit]
    );
}

#[test]
fn heads_of_states_and_the_gulf_supreme_council_meet_at_a_summit() {
    let levels = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        levels("واجتمع رؤساء الدول الأعضاء في الرياض أمس."),
        [Level::Summit]
    );
    assert_eq!(
        levels("وعقد اجتماع لرؤساء حكومات المجموعة في الرياض أمس."),
        [Level::Summit]
    );
    // Heads of delegations are not heads of state.
    assert_eq!(levels("واجتمع رؤساء الوفود في الرياض أمس."), [Level::Other]);
    assert_eq!(
        levels(
            "وتنطلق في الدوحة يوم الثلاثاء المقبل أعمال الدورة الرابعة والأربعين للمجلس الأعلى لمجلس التعاون لدول الخليج العربية."
        ),
        [Level::Summit]
    );
    // Another supreme council is no summit.
    assert_eq!(
        levels("ويعقد المجلس الأعلى للقضاء اجتماعا في الرياض غدا."),
        [Level::Other]
    );
}

#[test]
fn a_court_or_house_between_commas_is_where_an_audience_is() {
    // «، بديوان عام الوزارة اليوم،» tells where and when: the clause goes on to the guest.
    let got = meetings(
        "استقبل معالي السيد بدر البوسعيدي وزير الخارجية، بديوان عام الوزارة اليوم، المبعوث الخاص إلى اليمن.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024-03-14", Status::Held));
}

#[test]
fn envoys_and_officials_are_received_in_person() {
    let got = meetings("وكان بري قد استقبل أمس المنسق الخاص للأمم المتحدة في لبنان.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024-03-13", Status::Held));
    // The place told before, named again as «المقر نفسه».
    let got = meetings(
        "التقى رئيس المجلس في مقر الرئاسة بعمان اليوم السفير الأمريكي. وكان قد استقبل أمس في المقر نفسه المنسق الخاص للأمم المتحدة.",
    );
    assert_eq!(
        got.iter().map(|m| m.1.as_str()).collect::<Vec<_>>(),
        ["عمان", "عمان"]
    );
}

#[test]
fn a_title_in_construct_names_who_meets() {
    assert_eq!(
        meetings("ومن المنتظر أن يلتقي رئيس الجمهورية وفدا عن المشاركين في المنتدى."),
        [(String::new(), String::new(), Level::Other, Status::Planned)]
    );
    // «للبرلمان» after the meeting word names the body that meets: a session put off to a
    // later day is still to come, and has no day.
    assert_eq!(
        meetings("كما أرجئت الجلسة العامة للبرلمان التي كانت مبرمجة ليوم الاثنين إلى موعد لاحق."),
        [(String::new(), String::new(), Level::Other, Status::Planned)]
    );
}

#[test]
fn a_later_surname_is_the_speaker_named_in_full_before() {
    let speakers = |text: &str| {
        statements(text)
            .into_iter()
            .map(|s| s.0)
            .collect::<Vec<_>>()
    };
    let full = "الناطق الرسمي باسم الرئاسة نبيل أبو ردينة";
    assert_eq!(
        speakers(
            "وقال الناطق الرسمي باسم الرئاسة نبيل أبو ردينة إن القيادة ستجتمع. \
             وأضاف أبو ردينة أن الرئيس سيسافر."
        ),
        [full, full]
    );
    // Someone new with a name of two words is not the one before.
    assert_eq!(
        speakers("وقال الوزير نبيل أبو ردينة إن القيادة ستجتمع. وقال مسؤول أمريكي إن الاجتماع مهم."),
        ["الوزير نبيل أبو ردينة", "مسؤول أمريكي"]
    );
}

#[test]
fn a_place_that_saw_a_meeting_today_hosted_it() {
    // Published on Thursday 14 March 2024: the city saw it convene today, so it was held.
    assert_eq!(
        meetings("شهدت العاصمة السعودية الرياض، الخميس، انعقاد الاجتماع التشاوري لوزراء الخارجية."),
        [(
            "2024-03-14".to_owned(),
            "الرياض".to_owned(),
            Level::Ministerial,
            Status::Held
        )]
    );
}

#[test]
fn a_document_named_again_is_its_issuer_named_before() {
    let speakers = |text: &str| {
        statements(text)
            .into_iter()
            .map(|s| s.0)
            .collect::<Vec<_>>()
    };
    // No statement told the issuer: the document's «صادر عن» did.
    assert_eq!(
        speakers(
            "يعقد الوزراء اجتماعا في روما الجمعة، وفقا لبيان صادر عن الخارجية الإيطالية. \
             وأوضح البيان أن الاجتماع سيناقش التهديدات."
        ),
        ["الخارجية الإيطالية"]
    );
    // With no issuer named, the document speaks for itself.
    assert_eq!(
        speakers("وأوضح البيان أن الاجتماع سيناقش التهديدات."),
        ["البيان"]
    );
}

#[test]
fn a_meeting_that_took_place_today_was_held() {
    // «جرى» (masculine) and «تجري» take place like «جرت»: held today, not under way.
    let held = meetings(
        "استقبل الرئيس اليوم الخميس وزير الخارجية الإيطالي. وجرى اللقاء بحضور مدير الديوان.",
    );
    assert_eq!(held.len(), 2);
    assert!(
        held.iter()
            .all(|m| m.0 == "2024-03-14" && m.3 == Status::Held)
    );
}

#[test]
fn a_meeting_held_earlier_in_the_reports_month_or_week_was_held() {
    // Published on Thursday 14 March 2024.
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status("استعرض المجلس نتائج القمة التي عقدت في الكويت مطلع الشهر الجاري."),
        [Status::Held]
    );
    assert_eq!(
        status("عقد وزراء الخارجية اجتماعا في الرياض هذا الأسبوع."),
        [Status::Held]
    );
    // What opened this week is under way.
    assert_eq!(
        status("انطلقت أعمال المؤتمر في جنيف هذا الأسبوع."),
        [Status::Ongoing]
    );
}

#[test]
fn a_session_named_alone_is_of_the_meeting_whose_session_was_named_before() {
    let got = meetings(
        "وتنعقد الدورة الرابعة عشرة للاجتماع رفيع المستوى بين البلدين في لشبونة الشهر المقبل. \
         وكان البلدان قد عقدا الدورة السابقة في 12 يونيو 2023 بمدينة الرباط.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, "2023-06-12");
    // A meeting's session, not a summit's.
    assert_eq!((got[1].2, got[1].3), (Level::Other, Status::Held));
}

#[test]
fn a_speaker_inside_what_another_said_is_not_the_one_continued() {
    // Published on Thursday 14 March 2024.
    let got = statements(
        "وصرح الناطق الرسمي باسم القمة محمود الخميري بأن 13 رئيس دولة أكدوا حضورهم. \
         وأضاف أن الرئيس سيستقبل القادة العرب بالمطار.",
    );
    assert_eq!(
        got.last(),
        Some(&s("الناطق الرسمي باسم القمة محمود الخميري", "2024-03-14"))
    );
}

#[test]
fn a_verbal_noun_after_the_named_subject_is_the_object() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        statements("أعلن التحالف الإسلامي العسكري لمحاربة الإرهاب انضمام دولة جديدة إليه."),
        [s("التحالف الإسلامي العسكري لمحاربة الإرهاب", "2024-03-14")]
    );
    // Nor is the verbal noun right after a verb whose subject stands before it the speaker.
    assert_eq!(
        statements("وقال المبعوث إن الوفود أكدت حضورها.")
            .iter()
            .map(|x| x.0.as_str())
            .collect::<Vec<_>>(),
        ["المبعوث", "الوفود"]
    );
}

#[test]
fn a_gathering_named_after_since_has_the_day_that_follows_it() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings("وهي أول قمة عربية حضورية منذ قمة تونس في مارس 2019."),
        [(
            "2019-03".to_owned(),
            "تونس".to_owned(),
            Level::Summit,
            Status::Held
        )]
    );
}

#[test]
fn what_was_said_as_the_verbs_object_is_the_content() {
    assert_eq!(
        contents("وأكد الوزيران ضرورة وقف التصعيد."),
        [Some("ضرورة وقف التصعيد".to_owned())]
    );
    assert_eq!(
        contents("وأكد الوزير في كلمة افتتاحية أهمية تفعيل الاتفاقيات."),
        [Some("أهمية تفعيل الاتفاقيات".to_owned())]
    );
    // A speech given is no matter of what was said, nor is where it was said.
    assert_eq!(contents("وألقى الوزير كلمة."), Vec::<Option<String>>::new());
    assert_eq!(
        contents("وأكدت الوزيرة في كلمتها أمام الاجتماع التزام بلادها."),
        [None]
    );
    assert_eq!(contents("وأكد الوزير ذلك."), [None]);
}

#[test]
fn a_meeting_in_a_hijri_month_is_dated_by_the_month_not_its_first_day() {
    // Published on Thursday 14 March 2024, in Ramadan 1445: the next Shawwal is 1445's.
    assert_eq!(
        meetings("ويعقد مجلس وزراء الدفاع اجتماعه الثاني في الرياض خلال شهر شوال المقبل."),
        [(
            "2024-04-10/2024-05-08".to_owned(),
            "الرياض".to_owned(),
            Level::Ministerial,
            Status::Planned
        )]
    );
}

#[test]
fn the_day_of_the_speaking_is_not_the_day_of_a_meeting_in_what_was_said() {
    // Published on Thursday 14 March 2024: «أول أمس» is when the group spoke.
    let got =
        meetings("أعلنت الجماعة أول أمس عن استعدادها للانخراط في جولة جديدة من المشاورات في مسقط.");
    assert!(got.iter().all(|m| m.0 != "2024-03-12"), "{got:?}");
    // A day inside what was said is the meeting's.
    assert_eq!(
        meetings("أعلنت الوزارة أمس أن الاجتماع سيعقد في الرياض غدا.")[0].0,
        "2024-03-15"
    );
}

#[test]
fn a_session_with_a_two_word_ordinal_governs_its_gathering() {
    // One gathering: the session of the conference, three words apart.
    let got = meetings(
        "تنطلق يوم السبت 16 مارس أعمال الدورة العادية السابعة والثلاثين لمؤتمر رؤساء دول وحكومات الاتحاد الإفريقي في أديس أبابا.",
    );
    assert_eq!(
        got,
        [(
            "2024-03-16".to_owned(),
            "أديس أبابا".to_owned(),
            Level::Summit,
            Status::Planned
        )]
    );
}

#[test]
fn an_outlets_name_in_quotation_marks_is_part_of_the_speaker() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        statements(
            "ذكرت صحيفة \"الغارديان\" البريطانية اليوم أن الوزير سيزور بغداد. \
             وأضافت الصحيفة أن الزيارة تستغرق يومين."
        ),
        [
            s("صحيفة \"الغارديان\" البريطانية", "2024-03-14"),
            s("صحيفة \"الغارديان\" البريطانية", "2024-03-14")
        ]
    );
    assert_eq!(
        statements("وقال موقع «أكسيوس» إن القمة ستعقد."),
        [s("موقع «أكسيوس»", "2024-03-14")]
    );
}

#[test]
fn receiving_a_counterpart_is_a_meeting_whatever_the_word_order() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "أعلن قصر الإليزيه أن الرئيس الفرنسي سيستقبل نظيره اللبناني في باريس الأسبوع المقبل.",
    );
    assert_eq!(
        got,
        [(
            "2024-W12".to_owned(),
            "باريس".to_owned(),
            Level::Summit,
            Status::Planned
        )]
    );
}

#[test]
fn the_maghrebi_title_wali_opens_a_speaker() {
    // Published on Thursday 14 March 2024. «والي» reads like «و» + «إلى».
    assert_eq!(
        statements("وصرح والي بنك المغرب، في ندوة صحفية أمس، بأن الاجتماعات شكلت نجاحا كبيرا."),
        [s("والي بنك المغرب", "2024-03-13")]
    );
    assert_eq!(
        statements("وقال الوزير وإلى جانبه السفير إن الاجتماعات شكلت نجاحا."),
        [s("الوزير", "2024-03-14")]
    );
}

#[test]
fn a_coalition_made_up_of_members_holds_now_whatever_began_since() {
    // Published on Thursday 14 March 2024: «المكون من» holds now, like «يضم».
    assert_eq!(
        sizes("وقالت الوزيرة إن التحالف المكون من 86 عضوا حقق إنجازات منذ تأسيسه قبل تسع سنوات."),
        [(86, Qualifier::Exact, "2024-03-14".to_owned())]
    );
}

#[test]
fn a_minister_told_before_meets_with_the_article() {
    // «الوزير» with the article names who meets, as «وزير» does.
    let got = meetings("كما التقى الوزير السوداني الأمين العام لجامعة الدول العربية.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].3, Status::Held);
}

#[test]
fn a_gathering_with_results_is_over() {
    // Published on Thursday 14 March 2024.
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status("وأطلع الملك المجلس على نتائج استقباله رئيس جمهورية كوريا."),
        [Status::Held]
    );
    assert_eq!(
        status(
            "رأس الملك الجلسة التي عقدها مجلس الوزراء اليوم في الرياض. \
             وفي مستهل الجلسة، أطلع الملك المجلس على نتائج استقباله رئيس جمهورية كوريا."
        ),
        [Status::Held, Status::Held]
    );
}

#[test]
fn a_holding_relative_clause_goes_on_past_a_short_aside() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings(
            "ستشارك 50 دولة في اجتماع مجموعة الاتصال، المعروفة بصيغة رامشتاين، الذي يعقد غدا في ألمانيا."
        ),
        [(
            "2024-03-15".to_owned(),
            "ألمانيا".to_owned(),
            Level::Other,
            Status::Planned
        )]
    );
}

#[test]
fn a_building_named_with_its_country_is_there_not_in_the_dateline_city() {
    // Published on Thursday 14 March 2024.
    let place = places;
    assert_eq!(
        place("ستشارك 50 دولة في اجتماع مجموعة الاتصال الذي يعقد غدا في قاعدة رامشتاين بألمانيا."),
        ["ألمانيا"]
    );
    assert_eq!(
        place(
            "كييف - قال الرئيس إن أكثر من 50 دولة ستشارك في اجتماع مجموعة الاتصال الدفاعية، \
             المعروفة بصيغة رامشتاين، الذي يعقد غدا في القاعدة الجوية الأمريكية بألمانيا."
        ),
        ["ألمانيا"]
    );
}

#[test]
fn the_premiership_is_no_ministers_meeting() {
    let level = |text: &str| meetings(text).into_iter().map(|m| m.2).collect::<Vec<_>>();
    assert_eq!(
        level("سيعقد الإطار التنسيقي اجتماعا مساء الخميس لحسم مرشحه لرئاسة الوزراء."),
        [Level::Other]
    );
    // Chaired by ministers, it is theirs.
    assert_eq!(
        level("عقد مجلس التنسيق اجتماعه الخامس في الرياض برئاسة وزيري الخارجية في البلدين."),
        [Level::Ministerial]
    );
}

#[test]
fn a_coalition_with_a_possessive_pronoun_has_a_size() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        sizes("وستعقد القوى اجتماعا موسعا لتحالفها العريض، الذي يضم أكثر من أربعين حزبا وتنظيما."),
        [(40, Qualifier::MoreThan, "2024-03-14".to_owned())]
    );
}

#[test]
fn a_speaker_who_says_it_will_hold_a_meeting_names_its_party() {
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status("قالت قوى الحرية والتغيير إنها ستعقد اجتماعا موسعا لتحالفها العريض."),
        [Status::Planned]
    );
    assert_eq!(
        status("وأعلن الحزب أنه سيعقد اجتماعا طارئا."),
        [Status::Planned]
    );
    // Impersonal: a meeting will be held, by no one named.
    assert_eq!(status("وأوضح الوزير أنه سيعقد اجتماع قريبا."), []);
}

#[test]
fn an_aside_between_the_holder_and_the_meeting_keeps_one_clause() {
    // Published on Thursday 14 March 2024: held today by the verb across the aside.
    assert_eq!(
        meetings("عقدت اللجنة الخماسية، والمكونة من خمس دول، اجتماعا في الدوحة اليوم."),
        [(
            "2024-03-14".to_owned(),
            "الدوحة".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
}

#[test]
fn what_a_meeting_is_about_before_its_verb_is_no_host() {
    let place = places;
    assert_eq!(
        place("وصرح الوزير بأن الاجتماع المقبل حول سوريا سيعقد في كازاخستان في حزيران."),
        ["كازاخستان"]
    );
}

#[test]
fn the_works_one_chairs_are_a_meeting() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings("ترأس رئيس الحكومة، يوم الخميس 14 مارس 2024 بالرباط، أشغال مجلس الحكومة."),
        [(
            "2024-03-14".to_owned(),
            "الرباط".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
    // «على رأس» is a noun, no chairing.
    assert!(meetings("وتأتي على رأس أعمال الحكومة اليوم مراجعة الميزانية في الرباط.").is_empty());
}

#[test]
fn a_coalitions_name_ends_before_the_verb_of_becoming() {
    let names = coalition_names;
    assert_eq!(
        names("وأعلنت المنسقة أن التحالف بات يضم تسعين عضوا."),
        ["التحالف"]
    );
}

#[test]
fn a_welcome_is_not_dated_by_a_long_objects_relative_clause() {
    // Published on Thursday 14 March 2024: the summit was on the 11th; the welcome today.
    let got = statements(
        "رحب المجلس بنتائج القمة العربية الإسلامية المشتركة غير العادية التي استضافتها الرياض في 11 مارس.",
    );
    assert_eq!(got, [s("المجلس", "2024-03-14")]);
}

#[test]
fn a_quoted_outlet_spoken_to_opens_no_content() {
    assert_eq!(
        contents("وأشار الوزير في حديث لقناة \"الإخبارية\" السورية إلى أن الاجتماع مهم."),
        [Some("إلى أن الاجتماع مهم".to_owned())]
    );
}

#[test]
fn a_document_quoted_by_an_agency_speaks_for_its_issuer() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        statements("ونقلت الوكالة عن بلاغ لوزارة الانتقال الطاقي أن ثلاثين وزيرا سيحضرون."),
        [s("وزارة الانتقال الطاقي", "2024-03-14")]
    );
}

#[test]
fn a_courtesy_title_opens_an_office_not_a_name() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        statements("أعرب سمو رئيس مجلس الوزراء عن تطلعه إلى نجاح القمة."),
        [s("سمو رئيس مجلس الوزراء", "2024-03-14")]
    );
    // The office honoured ends the speaker before the one called on.
    assert_eq!(
        statements("ودعا سمو الأمير الدول الأعضاء إلى الحضور."),
        [s("سمو الأمير", "2024-03-14")]
    );
}

#[test]
fn an_audience_told_with_the_hosts_honorific_is_a_meeting() {
    // Published on Thursday 14 March 2024.
    let got = meetings("جاء ذلك خلال استقبال سموه يوم أمس الأمين العام لمجلس التعاون.");
    assert_eq!(got.len(), 1);
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024-03-13", Status::Held));
    // The bare noun receives refugees too.
    assert!(meetings("أعلنت الوزارة استقبال اللاجئين أمس.").is_empty());
}

#[test]
fn the_occasion_told_after_a_statement_dates_it() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        statements(
            "أكد الوزير أن القمة ستنجح. وأضاف أن التحضيرات اكتملت. \
             جاء ذلك خلال لقائه أمس الأمين العام."
        ),
        [s("الوزير", "2024-03-13"), s("الوزير", "2024-03-13")]
    );
    // Not another speaker's before, nor a statement with a day of its own.
    assert_eq!(
        statements(
            "قال السفير إن الزيارة مهمة. وأكد الوزير أن القمة ستنجح. جاء ذلك خلال لقائه أمس."
        ),
        [s("السفير", "2024-03-14"), s("الوزير", "2024-03-13")]
    );
    assert_eq!(
        statements("أكد الوزير اليوم أن القمة ستنجح. جاء ذلك خلال لقائه أمس الأمين العام."),
        [s("الوزير", "2024-03-14")]
    );
}

#[test]
fn a_definite_name_after_city_without_the_article_is_the_city() {
    let place = places;
    assert_eq!(
        place("انطلقت صباح اليوم بمدينة الحمامات أشغال المنتدى الاقتصادي."),
        ["الحمامات"]
    );
    // After «المدينة», a definite word is its adjective.
    assert_eq!(place("يعقد الاجتماع في المدينة الجديدة غدا."), [""]);
}

#[test]
fn a_gathering_held_before_the_report_is_none_to_come() {
    // Published on Thursday 14 March 2024: the results told are of another meeting than the
    // one to come on the 20th.
    let got = meetings(
        "أعلن الوزير أن الاجتماع سيعقد في 20 مارس الجاري. وأطلع الملك المجلس على نتائج الاجتماع.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[0].0.as_str(), got[0].3),
        ("2024-03-20", Status::Planned)
    );
    assert_eq!((got[1].0.as_str(), got[1].3), ("", Status::Held));
}

#[test]
fn a_later_mention_of_a_meeting_held_today_is_held() {
    // Published on Thursday 14 March 2024.
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status(
            "أكد الملك خلال لقائه اليوم في قصر الحسينية وفدا من الكونغرس ضرورة وقف الحرب. \
             وحضر اللقاء ولي العهد."
        ),
        [Status::Held, Status::Held]
    );
    // What opened today is still under way when named again.
    assert_eq!(
        status("انطلقت اليوم في جدة أعمال القمة العربية. وحضر القمة الرئيس الأوكراني."),
        [Status::Ongoing, Status::Ongoing]
    );
}

#[test]
fn a_verbal_noun_of_starting_is_the_object_not_the_speaker() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        statements("أعلنت الوساطة السعودية الأمريكية استئناف مفاوضات جدة الأسبوع المقبل."),
        [s("الوساطة السعودية الأمريكية", "2024-03-14")]
    );
    assert_eq!(
        statements("أعلن الوزير إطلاق مبادرة جديدة."),
        [s("الوزير", "2024-03-14")]
    );
}

#[test]
fn the_next_session_is_none_of_the_talks_held_today() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "أجرى الوزير اليوم بالرباط مباحثات مع رئيس المفوضية الأوروبية. \
         ومن المقرر أن تنعقد الدورة المقبلة لمجلس الشراكة قبل متم السنة.",
    );
    assert_eq!(got.len(), 2);
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024-03-14", Status::Held));
    assert_eq!((got[1].0.as_str(), got[1].3), ("2024", Status::Planned));
}

#[test]
fn a_city_with_b_past_the_parties_named_with_the_gathering_is_its_place() {
    let place = places;
    assert_eq!(
        place(
            "ومن المقرر أن تنعقد الدورة المقبلة لمجلس الشراكة بين المغرب والاتحاد الأوروبي ببروكسل قبل متم السنة."
        ),
        ["بروكسل"]
    );
}

#[test]
fn a_round_in_construct_with_a_dialogue_is_a_meeting() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings(
            "اختتمت في العاصمة الصينية بكين، اليوم، جولة الحوار الفلسطيني التي استمرت ثلاثة أيام."
        ),
        // Closed today after three days: it began two days before.
        [(
            "2024-03-12".to_owned(),
            "بكين".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
}

#[test]
fn a_meeting_presided_over_today_was_held() {
    // Published on Thursday 14 March 2024.
    let status = |text: &str| meetings(text).into_iter().map(|m| m.3).collect::<Vec<_>>();
    assert_eq!(
        status("أشرف رئيس الجمهورية، صباح اليوم بقصر قرطاج، على اجتماع مجلس الأمن القومي."),
        [Status::Held]
    );
    // Presiding over its opening, it goes on.
    assert_eq!(
        status("أشرف الوزير الأول، صباح اليوم، على افتتاح أشغال الندوة الوطنية بالجزائر العاصمة."),
        [Status::Ongoing]
    );
}

#[test]
fn a_gathering_expected_later_in_the_clause_is_its_own() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "وكان الوزير قد أجرى اليوم محادثات مع ضيفه تناولت التحضير للقمة الحكومية المشتركة \
         المزمع عقدها بروما.",
    );
    let status: Vec<Status> = got.iter().map(|m| m.3).collect();
    assert_eq!(status, [Status::Held, Status::Planned]);
}

#[test]
fn talks_by_telephone_named_after_the_counterpart_meet_no_one() {
    // Published on Thursday 14 March 2024.
    let text = "عمان - بحث وزير الخارجية، الخميس، مع نظيره المصري بدر عبد العاطي، في اتصال \
                هاتفي، التحضيرات للاجتماع الثلاثي المقرر عقده في القاهرة الشهر المقبل.";
    let got = meetings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024-04", Status::Planned));
    // «بحث» opening its clause is the perfect: the bare weekday is the report's day.
    let doc = Document::new("t", text).published(NaiveDate::from_ymd_opt(2024, 3, 14).unwrap());
    let dates = Extractor::new().extract(&doc).dates;
    assert_eq!(dates[0].value.to_string(), "2024-03-14");
}

#[test]
fn a_year_with_lam_after_another_noun_does_not_date_the_meeting() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "استقبل الرئيس صباح اليوم رئيسة الحكومة، وتناول اللقاء الإعداد لمشروع قانون المالية \
         لسنة 2025.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024-03-14", Status::Held));
    // The session's own year still dates it.
    let got = meetings("وستعقد الدورة العادية لعام 2025 في الرباط.");
    assert_eq!(got[0].0, "2025");
}

#[test]
fn ashraf_opening_its_clause_is_the_perfect() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings(
            "تونس - أشرف رئيس الجمهورية، مساء الخميس بقصر قرطاج، على اجتماع مجلس الأمن القومي."
        ),
        [(
            "2024-03-14".to_owned(),
            "تونس".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
}

#[test]
fn works_resumed_in_the_passive_go_on() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings("استؤنفت الخميس في جنيف أعمال اللجنة الدستورية بعد توقف دام أكثر من عام."),
        [(
            "2024-03-14".to_owned(),
            "جنيف".to_owned(),
            Level::Other,
            Status::Ongoing
        )]
    );
}

#[test]
fn ala_an_before_an_imperfect_looks_ahead() {
    // Published on Thursday 14 March 2024: February is next year's.
    let got = meetings("وتستمر المحادثات حتى الجمعة، على أن تعقد الجولة العاشرة في شباط/فبراير.");
    assert_eq!(
        got.last().map(|m| (m.0.as_str(), m.3)),
        Some(("2025-02", Status::Planned))
    );
}

#[test]
fn a_short_quoted_name_after_a_body_is_part_of_the_speaker() {
    assert_eq!(
        statements(
            "وقال التحالف المدني المعارض \"تقدم\"، الذي يضم عشرات الأحزاب، إنه لم يتلق دعوة."
        ),
        [s("التحالف المدني المعارض \"تقدم\"", "2024-03-14")]
    );
    assert_eq!(
        statements("وقالت حركة \"حماس\": \"إن الوفد سيصل غدا\"."),
        [s("حركة \"حماس\"", "2024-03-14")]
    );
    // A body in construct takes the name as its genitive.
    assert_eq!(
        statements("من جهته، رحب نائب رئيس حركة \"حماس\" بالدعوة."),
        [s("نائب رئيس حركة \"حماس\"", "2024-03-14")]
    );
    // After a person, a quotation is what is said.
    assert_eq!(
        contents("وقال الوزير \"نحن ملتزمون\"، مضيفا أن الحكومة ستواصل."),
        [Some("\"نحن ملتزمون\"، مضيفا أن الحكومة ستواصل".to_owned())]
    );
}

#[test]
fn talks_resumed_where_the_delegation_goes_are_there() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings(
            "الخرطوم - أكد المتحدث أن وفد الحكومة سيتوجه إلى جدة الأسبوع القادم لاستئناف \
             المحادثات غير المباشرة."
        ),
        [(
            "2024-W12".to_owned(),
            "جدة".to_owned(),
            Level::Other,
            Status::Planned
        )]
    );
}

#[test]
fn a_round_that_took_place_in_a_report_of_talks_was_held() {
    // Published on Thursday 14 March 2024.
    let text = "وسيستأنف الطرفان المحادثات الأسبوع المقبل. وأوضح المتحدث أن الجولة السابقة التي \
                جرت في شهر يناير الماضي انتهت بتوقيع إعلان مبادئ.";
    let got = meetings(text);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[1].0.as_str(), got[1].3), ("2024-01", Status::Held));
    // An election's round is none.
    assert!(meetings("وأوضح أن الجولة الأولى من الانتخابات التي جرت في يناير انتهت.").is_empty());
}

#[test]
fn what_is_welcomed_with_ba_is_the_content() {
    assert_eq!(
        contents("وفي مستهل الجلسة، رحب سموه بنتائج القمة العربية."),
        [Some("بنتائج القمة العربية".to_owned())]
    );
}

#[test]
fn the_day_of_a_frame_s_relative_clause_is_not_the_meeting_s() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "قال السفير إن الاجتماع الوزاري سيعقد في لندن يوم 16 الشهر الجاري. وأضاف أن الاجتماع \
         يأتي في إطار الحوار الاستراتيجي الذي انطلق قبل خمس سنوات.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(
        (got[0].0.as_str(), got[0].3),
        ("2024-03-16", Status::Planned)
    );
}

#[test]
fn the_preposition_of_an_aside_opens_no_content() {
    // Published on Thursday 14 March 2024.
    let text = "وأكد الوزير، لدى إشرافه أمس على اجتماع تحضيري، أن التحضيرات تسير بوتيرة جيدة.";
    assert_eq!(
        contents(text),
        [Some("أن التحضيرات تسير بوتيرة جيدة".to_owned())]
    );
    // The meeting of the aside is no part of what was said.
    assert_eq!(
        meetings(text),
        [(
            "2024-03-13".to_owned(),
            String::new(),
            Level::Other,
            Status::Held
        )]
    );
    // Without «أن» after the aside, the verb's preposition after it opens what was said.
    assert_eq!(
        contents("وشدد الوزير، في كلمته، على ضرورة وقف التصعيد."),
        [Some("على ضرورة وقف التصعيد".to_owned())]
    );
}

#[test]
fn a_meeting_after_ala_an_is_to_come() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "وكانت اللجنة قد عقدت اجتماعها الأول في عمان في الخامس عشر من شباط الماضي، على أن تعقد \
         اجتماعها الثالث في بغداد.",
    );
    let status: Vec<Status> = got.iter().map(|m| m.3).collect();
    assert_eq!(status, [Status::Held, Status::Planned]);
}

#[test]
fn how_a_body_meets_as_a_rule_is_no_gathering() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "انطلقت اليوم بالرباط أشغال الدورة الحادية عشرة للجنة العليا المشتركة. وتنعقد هذه اللجنة \
         بالتناوب بين البلدين.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    // A gathering told with its day is one.
    assert_eq!(meetings("وتنعقد القمة سنويا في 20 مايو بالرباط.").len(), 1);
}

#[test]
fn a_gathering_closed_after_lasting_n_days_began_n_minus_one_days_before() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings("اختتمت مساء أمس في العقبة أعمال الاجتماعات الأمنية التي استمرت يومين."),
        [(
            "2024-03-12".to_owned(),
            "العقبة".to_owned(),
            Level::Other,
            Status::Held
        )]
    );
    // Without its length, the closing day is the one known.
    assert_eq!(
        meetings("اختتمت مساء أمس في العقبة أعمال الاجتماعات الأمنية.")[0].0,
        "2024-03-13"
    );
}

#[test]
fn more_capitals_and_cities_are_places() {
    // Published on Thursday 14 March 2024.
    let place = places;
    assert_eq!(
        place("سيتوجه رئيس مجلس السيادة الأحد المقبل إلى أسمرا لعقد مباحثات مع الرئيس الإريتري."),
        ["أسمرا"]
    );
    assert_eq!(place("عقد الاجتماع أمس في قازان."), ["قازان"]);
    assert_eq!(
        place("سيعقد الرئيس في سان بطرسبورغ في 19 مارس قمة غير رسمية."),
        ["سان بطرسبورغ"]
    );
}

#[test]
fn whether_it_meets_is_no_gathering() {
    assert!(
        meetings("ولم يوضح المتحدث ما إذا كان بلينكن سيلتقي رئيس الوزراء الإسرائيلي خلال الجولة.")
            .is_empty()
    );
    assert!(meetings("وهل يعقد الاجتماع في موعده؟").is_empty());
    assert_eq!(
        meetings("وسيلتقي بلينكن رئيس الوزراء الإسرائيلي غدا.").len(),
        1
    );
}

#[test]
fn people_spoken_to_are_not_the_speaker() {
    assert_eq!(
        statements("وقال بري لزواره إن الأجواء إيجابية هذه المرة."),
        [s("بري", "2024-03-14")]
    );
    assert_eq!(
        statements("وقال الوزير للمراسلين إن الاجتماع كان مثمرا."),
        [s("الوزير", "2024-03-14")]
    );
}

#[test]
fn a_coalition_named_in_quotation_marks_ends_with_them() {
    assert_eq!(
        coalition_names(
            "وأعلن أن بلاده ستشارك في \"تحالف حارس الازدهار\" البحري الذي يضم أكثر من عشرين دولة."
        ),
        ["تحالف حارس الازدهار"]
    );
}

#[test]
fn a_channel_s_number_is_part_of_the_reporter_s_name() {
    assert_eq!(
        statements("ونقلت القناة 12 الإسرائيلية عن مصادر قولها إن المفاوضات قد تستمر عدة أيام."),
        [s("مصادر", "2024-03-14")]
    );
}

#[test]
fn who_convene_in_a_gathering_hold_that_one() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings("ومن المقرر أن يجتمع قادة الاتحاد في قمة يومي 27 و28 مارس الجاري."),
        [(
            "2024-03-27".to_owned(),
            String::new(),
            Level::Summit,
            Status::Planned
        )]
    );
}

#[test]
fn a_later_audience_and_a_chaired_meeting_are_gatherings_of_their_own() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "بيروت - التقى رئيس الحكومة في السراي اليوم السفيرة الأميركية. ثم استقبل ميقاتي وفدا من \
         البنك الدولي. وفي وقت لاحق، ترأس ميقاتي اجتماعا وزاريا.",
    );
    assert_eq!(got.len(), 3, "{got:?}");
    // Later in a day told in the past: held, and the first audience keeps its own level.
    assert!(got.iter().all(|m| m.3 == Status::Held), "{got:?}");
    assert_eq!(got[0].2, Level::Other);
    assert_eq!(got[2].0, "");
}

#[test]
fn a_ministerial_council_chaired_is_a_meeting() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings("ترأس الملك محمد السادس، اليوم بالقصر الملكي بالرباط، مجلسا وزاريا."),
        [(
            "2024-03-14".to_owned(),
            "الرباط".to_owned(),
            Level::Ministerial,
            Status::Held
        )]
    );
}

#[test]
fn min_ajl_is_part_of_a_coalition_s_name() {
    assert_eq!(
        coalition_names(
            "يعقد التحالف الدولي من أجل حل الدولتين، الذي يضم نحو تسعين دولة ومنظمة، اجتماعه الثاني."
        ),
        ["التحالف الدولي من أجل حل الدولتين"]
    );
}

#[test]
fn a_body_s_quoted_name_opens_no_content() {
    assert_eq!(
        contents("أعلنت الوزارة انضمام ثلاث دول إلى التحالف الدولي لمكافحة تنظيم \"داعش\"."),
        [Some(
            "انضمام ثلاث دول إلى التحالف الدولي لمكافحة تنظيم \"داعش\"".to_owned()
        )]
    );
}

#[test]
fn the_session_a_speech_was_given_before_is_on_its_day() {
    // Published on Thursday 14 March 2024.
    let text = "دعا الأمين العام، مساء الأربعاء، طرفي النزاع إلى وقف فوري لإطلاق النار، وذلك في \
                كلمة أمام جلسة لمجلس الأمن الدولي.";
    assert_eq!(contents(text), [Some("إلى وقف فوري لإطلاق النار".to_owned())]);
    assert_eq!(
        meetings(text),
        [(
            "2024-03-13".to_owned(),
            String::new(),
            Level::Other,
            Status::Held
        )]
    );
}

#[test]
fn a_headline_s_subject_and_present_speech_verb_make_a_statement() {
    assert_eq!(
        statements(
            "غوتيريش يدعو إلى وقف فوري لإطلاق النار\nنيويورك - دعا الأمين العام أمس إلى وقف القتال."
        ),
        [s("غوتيريش", "2024-03-14"), s("الأمين العام", "2024-03-13")]
    );
    // Not inside a sentence of the body, nor after a verb.
    assert!(statements("وبحسب التقرير فإن الاتفاق الذي يدعو إلى وقف القتال صامد.").is_empty());
}

#[test]
fn talks_that_will_go_on_have_begun_where_they_are_held() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "تواصلت في القاهرة، اليوم الخميس، جولة المفاوضات غير المباشرة بشأن التهدئة في غزة. وقال \
         مصدر مطلع إن المفاوضات ستستمر حتى يوم السبت.",
    );
    assert!(!got.is_empty());
    for m in &got {
        assert_eq!((m.1.as_str(), m.3), ("القاهرة", Status::Ongoing), "{got:?}");
    }
    // A place after the topic is the venue when no other is named.
    assert_eq!(
        meetings("وعقدت أمس محادثات حول سوريا في جنيف.")[0].1,
        "جنيف"
    );
}

#[test]
fn a_session_intended_is_to_come_and_its_deadline_is_not_the_speaking_s() {
    // Published on Thursday 14 March 2024.
    let text = "وأكد الجانبان، في بلاغ مشترك، عزمهما عقد الدورة الثالثة عشرة للاجتماع رفيع المستوى \
                قبل نهاية السنة الجارية.";
    let got = meetings(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024", Status::Planned));
    assert_eq!(statements(text), [s("الجانبان", "2024-03-14")]);
}

#[test]
fn a_session_of_a_dialogue_is_no_summit() {
    // Published on Thursday 14 March 2024.
    assert_eq!(
        meetings("تحتضن المنامة يومي 7 و8 ديسمبر المقبل أعمال الدورة العشرين لحوار المنامة."),
        [(
            "2024-12-07".to_owned(),
            "المنامة".to_owned(),
            Level::Other,
            Status::Planned
        )]
    );
}

#[test]
fn an_audience_after_a_host_s_long_style_is_found_and_dated() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "الدوحة - استقبل حضرة صاحب السمو الشيخ تميم بن حمد آل ثاني أمير البلاد المفدى، بمكتبه في \
         قصر البحر صباح اليوم، دولة رئيس وزراء باكستان.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].3), ("2024-03-14", Status::Held));
}

#[test]
fn an_audience_held_today_stays_held_beside_a_meeting_to_come_that_day() {
    // Published on Thursday 14 March 2024.
    let got = meetings(
        "بغداد - استقبل رئيس الجمهورية، في قصر السلام ببغداد، اليوم الخميس، وزير الخارجية \
         الفرنسي. ومن المقرر أن يلتقي الوزير الفرنسي في وقت لاحق اليوم رئيس مجلس الوزراء.",
    );
    let status: Vec<Status> = got.iter().map(|m| m.3).collect();
    assert_eq!(status, [Status::Held, Status::Planned]);
}
