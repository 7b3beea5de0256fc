import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { extract, type Statement } from "../src/extract/index.ts";
import { loadGold } from "./eval/gold.ts";
import { score } from "./eval/score.ts";

/** The statement's words, in order, between its offsets: the whole span, or its pieces around an interrupting attribution. */
function assertOffsetsHoldText(text: string, s: Statement): void {
  let at = s.start;
  s.text.split(" … ").forEach((piece, k) => {
    const found = text.indexOf(piece, at);
    assert.ok(k === 0 ? found === s.start : found >= at, `"${piece}" stands at its place in the text`);
    at = found + piece.length;
  });
  assert.equal(at, s.end, "offsets point at the text as given");
}

function only(text: string): Statement[] {
  const { statements } = extract(text);
  for (const s of statements) assertOffsetsHoldText(text, s);
  return statements;
}

/** Each row's first statement has the row's speaker and kind. */
function assertSpeakersAndKinds(cases: [string, string, string][]): void {
  for (const [text, speaker, kind] of cases) {
    const [statement] = only(text);
    assert.deepEqual([statement!.speaker, statement!.speakerKind], [speaker, kind], text);
  }
}

/** One test per row: what `only(text)` gives, each statement reduced by `pick`, equals the row's expectation. */
function table<T>(cases: [string, T[]][], pick: (statement: Statement) => T): void {
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(only(text).map(pick), expected));
}

describe("extraction, Arabic: the speaker is a noun phrase", () => {
  // [sentence, speaker, content]: prepositional phrases, adverbials and documents never head a speaker.
  const cases: [string, string | null, string][] = [
    ['وقال لـ"الوطن" مصدر مسؤول في الوزارة، إن القرار نهائي.', "مصدر مسؤول في الوزارة", "القرار نهائي"],
    ["وقال الوزير تعليقا على القرار إن الحكومة ستستأنف.", "الوزير", "الحكومة ستستأنف"],
    ["وقال الوزير ردا على سؤال إن الحكومة ستستأنف.", "الوزير", "الحكومة ستستأنف"],
    ["وقال تقرير لمنظمة العمل الدولية إن البطالة ارتفعت.", "منظمة العمل الدولية", "البطالة ارتفعت"],
    // A document in a construct chain speaks for the chain's definite owner; data nouns are documents too.
    ["وقال بيان وزارة النقل إن الطريق سيفتتح قريبا.", "وزارة النقل", "الطريق سيفتتح قريبا"],
    ["وتشير بيانات هيئة الإحصاء إلى أن الأسعار استقرت.", "هيئة الإحصاء", "الأسعار استقرت"],
    // «رد» after a preposition is a noun: «في رد مكتوب» is a circumstance, not a cue ending the speaker.
    ["من جهتها، أوضحت أمانة المنطقة في رد مكتوب أن فرق الصيانة باشرت العمل.", "أمانة المنطقة", "فرق الصيانة باشرت العمل"],
    // A verb that both introduces and reports («ردت», «اعترف») reports when its clause follows a circumstance.
    ['وردت لجنة المسابقات في بيان مقتضب بأنها "ستراجع الحالات المثيرة للجدل".', "لجنة المسابقات", "ستراجع الحالات المثيرة للجدل"],
    ["واعترف المدرب في المؤتمر الصحفي بأن الفريق لم يكن في يومه.", "المدرب", "الفريق لم يكن في يومه"],
    // Roles of commentary and the professions («الخبير», «محامي», «كبير الاقتصاديين») take the name after them.
    ["وقال الخبير في المصرف سامي الراشد إن الخفض سيدعم السيولة.", "سامي الراشد", "الخفض سيدعم السيولة"],
    ["وقال محامي المتهمة ريم حداد إن موكلتها ستطعن.", "ريم حداد", "موكلتها ستطعن"],
    ["وقال كبير المفاوضين سامر الخوري إن الجولة فشلت.", "سامر الخوري", "الجولة فشلت"],
    ["وقال رجل الأعمال سمير فرحات إن الاستثمار تراجع.", "سمير فرحات", "الاستثمار تراجع"],
    // «باسمه», «باسمها»: «باسم» with its owner's pronoun is the role's; the name follows, and the object after it.
    ["ودعا المتحدث باسمه ماركو فيرني الأطراف إلى ضبط النفس.", "ماركو فيرني", "الأطراف إلى ضبط النفس"],
    ["وقالت المتحدثة باسمها إن الاجتماع تأجل.", "المتحدثة باسمها", "الاجتماع تأجل"],
    // «الله» closes a compound name.
    ["وقال الروائي يوسف فضل الله إن الرواية اكتملت.", "يوسف فضل الله", "الرواية اكتملت"],
    // A royal title inside an institution's name takes the name after it.
    ["وقالت جامعة الملك خالد إن التسجيل يبدأ الأحد.", "جامعة الملك خالد", "التسجيل يبدأ الأحد"],
    // …but a role's own phrase before a title and a name stays the role's.
    ["وأوضح الباحث الرئيسي في الدراسة الدكتور سامر النجار أن النتائج مقلقة.", "سامر النجار", "النتائج مقلقة"],
    // After a definite role, an indefinite word in ية before a name word is a given name, not an adjective.
    ["قالت الناشطة الحقوقية سمية حداد إن آلاف الأسر نزحت.", "سمية حداد", "آلاف الأسر نزحت"],
    // «لم تسمه», «لم يكشف عن اسمه»: anonymity clauses; their «عن» is not the cue's.
    ['ونقلت الإذاعة عن مصدر حكومي لم تسمه قوله إن الميناء "سيغلق".', "مصدر حكومي", 'الميناء "سيغلق"'],
    ["وكشف مسؤول لم يكشف عن اسمه أن الميناء سيغلق.", "مسؤول", "الميناء سيغلق"],
    // The verbal noun of an anonymity aside is no object of the cue.
    ["وأكد متحدث باسم البلدية، فضل عدم الكشف عن اسمه، أن الطريق سيفتح.", "متحدث باسم البلدية", "الطريق سيفتح"],
    // «للشرق الأوسط» after an institution's head in construct is its name, not the newspaper told.
    ["ورأت الباحثة في معهد هدسون للشرق الأوسط ريم سالم أن الهدنة هشة.", "ريم سالم", "الهدنة هشة"],
    ["وقال مدير المعهد للشرق الأوسط إن الهدنة هشة.", "مدير المعهد", "الهدنة هشة"],
    ['وقالت منظمة "أطباء بلا حدود في المنطقة" إن الوضع خطير.', "منظمة أطباء بلا حدود في المنطقة", "الوضع خطير"],
    ["وكشف مصدر مطلع في مجمع الأمل الطبي بالدمام، إن هناك إصابات.", "مصدر مطلع في مجمع الأمل الطبي بالدمام", "هناك إصابات"],
    ["وقال وزير التخطيط المصري، هاني سعيد، إن النمو تحسن.", "هاني سعيد", "النمو تحسن"],
    ["وقالت الإعلامية سلوى حسن إن الصحيفة أخطأت.", "سلوى حسن", "الصحيفة أخطأت"],
    ["وقال التركي أوزكان أوزكيليك إن الأسعار ارتفعت.", "أوزكان أوزكيليك", "الأسعار ارتفعت"],
    ["وقال الدكتور عبد الرحمن الفايز، عضو لجنة التجارة، إن السوق مستقرة.", "عبد الرحمن الفايز", "السوق مستقرة"],
    ["وقال لـCNN مسؤول أمريكي إن المفاوضات متعثرة.", "مسؤول أمريكي", "المفاوضات متعثرة"],
    ["لكن الشركة حذرت الشهر الماضي من أن الجهاز قد يسبب أعطالا.", "الشركة", "الجهاز قد يسبب أعطالا"],
    ["وقال ممثلو العمال في النقابة إن الإضراب مستمر.", "ممثلو العمال في النقابة", "الإضراب مستمر"],
    ["وقال مسؤولي شركة النفط الوطنية إن الإنتاج ارتفع.", "مسؤولي شركة النفط الوطنية", "الإنتاج ارتفع"],
    ["وقال مسؤول أمريكي إن المفاوضات متعثرة.", "مسؤول أمريكي", "المفاوضات متعثرة"],
    ["وقال موظفي وزارة الصحة إن الرواتب تأخرت.", "موظفي وزارة الصحة", "الرواتب تأخرت"],
    ["أما رئيس الاتحاد فقد أكد أن الفريق جاهز للمباراة.", "رئيس الاتحاد", "الفريق جاهز للمباراة"],
    ['وأكدت مصادر لـ"عكاظ" أن الاتفاق قريب.', "مصادر", "الاتفاق قريب"],
    ["ونقلت وكالة رويترز عن مسؤول قوله إن المحادثات مستمرة.", "مسؤول", "المحادثات مستمرة"],
    ['وقال المسؤول الذي تحدث لـ"الوطن" إن الاتفاق قريب.', "المسؤول", "الاتفاق قريب"],
    ["وقال الوزير الذي يزور البلاد منذ يومين إن الاتفاق قريب.", "الوزير", "الاتفاق قريب"],
    ["وقال سامي حداد إن الرواتب تأخرت.", "سامي حداد", "الرواتب تأخرت"],
    ["وقال لاعبو الدوري الإسباني إن الإضراب ممكن.", "لاعبو الدوري الإسباني", "الإضراب ممكن"],
    ["وقال ماريو دراغي إن التضخم تراجع.", "ماريو دراغي", "التضخم تراجع"],
    ["وأكد سمو أمير المنطقة الأمير فيصل بن بندر أن المشروع مهم.", "فيصل بن بندر", "المشروع مهم"],
    ["وقال فضيلة الشيخ عبدالله المطلق إن الفتوى واضحة.", "عبدالله المطلق", "الفتوى واضحة"],
    ["وأوضح سعادة السفير أن العلاقات قوية.", "السفير", "العلاقات قوية"],
    ["وأكد صاحب السمو الملكي الأمير خالد الفيصل أن المشروع مهم.", "خالد الفيصل", "المشروع مهم"],
    ["وقال صاحب الشركة إن الأسعار سترتفع.", "صاحب الشركة", "الأسعار سترتفع"],
    ["وتوقع الخبير الاقتصادي محمد العمران أن ترتفع الأسعار.", "محمد العمران", "ترتفع الأسعار"],
    ["وقال المواطن اليوناني نيكوس بابادوبولوس، الذي يملك مقهى، إن الحال سيء.", "نيكوس بابادوبولوس", "الحال سيء"],
    ["وقال أحمد أبو الغيط أمين عام الجامعة إن القمة ناجحة.", "أحمد أبو الغيط", "القمة ناجحة"],
    ["وقال آد ستون مدير علماء المسبار إن المركبة غادرت.", "آد ستون", "المركبة غادرت"],
    ["وقال مصطفى كامل إن الرواتب تأخرت.", "مصطفى كامل", "الرواتب تأخرت"],
    ["وقال مسؤول، طلب عدم الكشف عن اسمه، إن القرار نهائي.", "مسؤول", "القرار نهائي"],
    ["وبحسب الوزارة فإن عدد الإصابات ارتفع إلى مئة حالة.", "الوزارة", "عدد الإصابات ارتفع إلى مئة حالة"],
    ['وبحسب مصادر لـ"الوطن" تم عزل المرضى في قسم خاص.', "مصادر", "تم عزل المرضى في قسم خاص"],
    ["ووفقا لوزارة الصحة، فإن الحالات مستقرة.", "وزارة الصحة", "الحالات مستقرة"],
    ["وأشار التقرير إلى أن الحالات مستقرة، وفقا لما نقلته صحيفة الحياة.", "التقرير", "الحالات مستقرة"],
    [
      "فيما قال النائب سامي حداد، إذا تأخرت الحكومة في إقرار الموازنة فسيكون ذلك مخالفا للدستور.",
      "سامي حداد",
      "إذا تأخرت الحكومة في إقرار الموازنة فسيكون ذلك مخالفا للدستور",
    ],
    ["وأعلن المتحدث باسم الجيش، العقيد أحمد المسماري، في بيان، أن القوات سيطرت على المدينة.", "أحمد المسماري", "القوات سيطرت على المدينة"],
    ["وقال المدير التنفيذي، في تلميح إلى المنافسين، إن السوق مفتوحة.", "المدير التنفيذي", "السوق مفتوحة"],
    ["وتطرق الوزير للحديث عن الأزمة، مؤكدا أن الحل قريب.", "الوزير", "الحل قريب"],
    ["ومن بينهم العراقي حسن جبار، الذي قال إن عمله في المدينة صار متعبا.", "حسن جبار", "عمله في المدينة صار متعبا"],
    ["وبحسب ما أفاد به شهود عيان لـ«الشرق الأوسط»، فإن القصف استمر ساعات.", "شهود عيان", "القصف استمر ساعات"],
    ["ونقلت وكالة الأنباء السعودية (واس) عن الوزير خالد العمري قوله إن المشروع ناجح.", "خالد العمري", "المشروع ناجح"],
    ["وأوضحت الوزارة عبر حسابها في تويتر أن المدارس ستغلق.", "الوزارة", "المدارس ستغلق"],
    ["ونفى المتحدث باسم الوزارة أن تكون الحكومة قد وافقت على الخطة.", "المتحدث باسم الوزارة", "تكون الحكومة قد وافقت على الخطة"],
    ['ومن ناحيتها، كانت صحيفة العاصمة طهران "كيهان" أكثر هدوءا بالقول بأن "اللاعبين ليسوا آلات".', "صحيفة العاصمة طهران كيهان", "اللاعبين ليسوا آلات"],
    ['ومن ناحيتها، كانت صحيفة العاصمة لندن "التايمز" أكثر هدوءا بالقول بأن "اللاعبين ليسوا آلات".', "صحيفة العاصمة لندن التايمز", "اللاعبين ليسوا آلات"],
    ['وتطرق حارس "الذئاب" للحديث عن إصابته، مؤكدا: "أنا حزين جدا".', "حارس الذئاب", "أنا حزين جدا"],
    ["وحذر المدير التنفيذي لعملاق الاتصالات الكوري من أن الأسعار سترتفع.", "المدير التنفيذي لعملاق الاتصالات الكوري", "الأسعار سترتفع"],
    ['وقال سامر، في مقابلة مع شبكة "أخبار الخليج اليوم" المحلية، سجلت أمس: "نحن مستعدون".', "سامر", "نحن مستعدون"],
    ["وقالت رابطة لاعبي كرة السلة إن الموسم سيتأخر.", "رابطة لاعبي كرة السلة", "الموسم سيتأخر"],
    ["وقالت جمعية حماية المستهلك إن الأسعار ارتفعت.", "جمعية حماية المستهلك", "الأسعار ارتفعت"],
    ["وقال منسقو حملة التبرعات إن المبلغ كبير.", "منسقو حملة التبرعات", "المبلغ كبير"],
    ["وقال منتجو زيت الزيتون إن الموسم جيد.", "منتجو زيت الزيتون", "الموسم جيد"],
    ["وقال محمد عبدالله الحربي إن الطلب تراجع.", "محمد عبدالله الحربي", "الطلب تراجع"],
    ["وقال مدير العلاقات العامة بصحة تبوك خالد الرشيدي إن الخبر غير صحيح.", "خالد الرشيدي", "الخبر غير صحيح"],
    ["وقال مدير الإعلام بجامعة الملك سعود خالد العتيبي إن الدراسة مستمرة.", "خالد العتيبي", "الدراسة مستمرة"],
    ["وقال مدير فرع الوزارة بمنطقة تبوك إن العمل مستمر.", "مدير فرع الوزارة بمنطقة تبوك", "العمل مستمر"],
    ["وقال موظف بوزارة المالية إن الرواتب تأخرت.", "موظف بوزارة المالية", "الرواتب تأخرت"],
    ["وقال الوزير بصراحة إن الوضع صعب.", "الوزير", "الوضع صعب"],
    ["وصرح المدير بشكل مقتضب بأن الاتفاق قريب.", "المدير", "الاتفاق قريب"],
    ["وقال مدير المدرسة بسعادة إن النتائج ممتازة.", "مدير المدرسة", "النتائج ممتازة"],
    [
      "وبعد أن أصدرت الوزارة بيانا عن الحادثة، فنّد نجل المتوفى ما جاء فيه، واصفا إياه بالتضليل الكامل والمتعمد.",
      "نجل المتوفى",
      "إياه بالتضليل الكامل والمتعمد",
    ],
    ["وقال العمري لرويترز إن العمل سيتواصل.", "العمري", "العمل سيتواصل"],
    ["وقال متحدث باسم الشرطة لفرانس برس إن التحقيق مستمر.", "متحدث باسم الشرطة", "التحقيق مستمر"],
    ["وأكد الوزير للحضور أن المشروع ناجح.", "الوزير", "المشروع ناجح"],
    ["وأفصح الوزير عن أن الأسعار سترتفع.", "الوزير", "الأسعار سترتفع"],
    ["وقال الوزير مخاطبا الحضور إن المشروع ناجح.", "الوزير", "المشروع ناجح"],
    ["وأكدت وزارة الطاقة في بيان نشرته على موقعها الإلكتروني أن العمل سيتواصل.", "وزارة الطاقة", "العمل سيتواصل"],
    ["وأكد الوزير على أهمية أن يتواصل العمل.", "الوزير", "أهمية أن يتواصل العمل"],
    ["وأكد وزير الطاقة السعودي، الأمير خالد العمري، أن العمل سيتواصل.", "خالد العمري", "العمل سيتواصل"],
    ["وجاء في بيان الوزارة أن العمل سيتواصل.", "الوزارة", "العمل سيتواصل"],
    ["وورد في تقرير الأمم المتحدة أن العمل سيتواصل.", "الأمم المتحدة", "العمل سيتواصل"],
    ['وتواجه ثلاثة آلاف وظيفة خطر الزوال، بحسب معهد "فريزر" الكندي.', "معهد فريزر", "تواجه ثلاثة آلاف وظيفة خطر الزوال"],
    ["«نعمل على تطوير الخدمات في كل المناطق»، على ما قال الوزير خالد العمري لوكالة فرانس برس.", "خالد العمري", "نعمل على تطوير الخدمات في كل المناطق"],
    ["«نعمل على تطوير الخدمات في كل المناطق»، حسبما قال الوزير خالد العمري.", "خالد العمري", "نعمل على تطوير الخدمات في كل المناطق"],
    ["وتعمل الحكومة، بحسب الوزير خالد العمري، على تطوير الخدمات.", "خالد العمري", "تعمل الحكومة، بحسب الوزير خالد العمري، على تطوير الخدمات"],
    ["وتعمل الحكومة بحسب الوزير على تطوير الخدمات.", "الوزير", "تعمل الحكومة بحسب الوزير على تطوير الخدمات"],
    ["وارتفع عدد الضحايا بحسب وزارة الصحة إلى خمسين قتيلا.", "وزارة الصحة", "ارتفع عدد الضحايا بحسب وزارة الصحة إلى خمسين قتيلا"],
    ["وبلغ عدد المصابين وفقا للوزارة 300 شخص.", "الوزارة", "بلغ عدد المصابين وفقا للوزارة 300 شخص"],
    ["وارتفع عدد الضحايا إلى خمسين قتيلا بحسب وزارة الصحة في غزة.", "وزارة الصحة في غزة", "ارتفع عدد الضحايا إلى خمسين قتيلا"],
    ['وقال رئيس الجمعية "سامي الحربي" إن التبرعات زادت.', "سامي الحربي", "التبرعات زادت"],
    ['وقال مؤسس "فيسبوك" إن الخصوصية مهمة.', "مؤسس فيسبوك", "الخصوصية مهمة"],
    ["وقال مسؤول كبير إن القرار نهائي.", "مسؤول كبير", "القرار نهائي"],
    ["وقالت مديرة إدارة الطوارئ في المنظمة ماريا فان كيرخوف إن الوباء لم ينته.", "ماريا فان كيرخوف", "الوباء لم ينته"],
    ["وقال الأمين العام لحلف شمال الأطلسي (الناتو) ينس ستولتنبرغ إن الحلف موحد.", "ينس ستولتنبرغ", "الحلف موحد"],
    ["أعلنت وزارة الصحة، اليوم الاثنين، تسجيل 120 إصابة جديدة بفيروس كورونا.", "وزارة الصحة", "تسجيل 120 إصابة جديدة بفيروس كورونا"],
    ["وأكد كل من وزير الخارجية السعودي ونظيره الأمريكي أن العلاقات متينة.", "وزير الخارجية السعودي ونظيره الأمريكي", "العلاقات متينة"],
    ["ونقلت الصحيفة عن مصادر مطلعة تأكيدها أن المفاوضات متعثرة.", "مصادر مطلعة", "المفاوضات متعثرة"],
    ["وقال مسؤول طلب عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام إن المفاوضات متعثرة.", "مسؤول", "المفاوضات متعثرة"],
    ["وكشفت دراسة حديثة أجرتها جامعة هارفارد أن القهوة تقلل خطر الإصابة بالسكري.", "جامعة هارفارد", "القهوة تقلل خطر الإصابة بالسكري"],
    ["وأضاف المصدر، الذي اشترط عدم ذكر اسمه، أن المفاوضات متعثرة.", "المصدر", "المفاوضات متعثرة"],
    ["واتهمت المعارضة الحكومة بالفشل في إدارة الأزمة.", "المعارضة", "الحكومة بالفشل في إدارة الأزمة"],
    ["واتهم الوزير المعارضة بالفشل في إدارة الأزمة.", "الوزير", "المعارضة بالفشل في إدارة الأزمة"],
    ["وحذرت وزارة الصحة المواطنين من الإفراط في تناول السكريات.", "وزارة الصحة", "المواطنين من الإفراط في تناول السكريات"],
    ["ووصف المدرب سامي حداد المباراة بالصعبة.", "سامي حداد", "المباراة بالصعبة"],
    ["وقال عضو مجلس النواب، النائب أحمد علي، إن الجلسة تأجلت.", "أحمد علي", "الجلسة تأجلت"],
    ["وقال النائب أحمد علي إن الجلسة تأجلت.", "أحمد علي", "الجلسة تأجلت"],
    ["وقال مدرب ريال مدريد، كارلو أنشيلوتي، إن الفريق جاهز.", "كارلو أنشيلوتي", "الفريق جاهز"],
    ["وذكرت وكالة الأنباء الفرنسية نقلا عن مصدر أمني أن الهجوم أسفر عن مقتل خمسة جنود.", "مصدر أمني", "الهجوم أسفر عن مقتل خمسة جنود"],
    ["وذكرت الوكالة، نقلا عن مصادر طبية، أن الهجوم أسفر عن مقتل خمسة جنود.", "مصادر طبية", "الهجوم أسفر عن مقتل خمسة جنود"],
    ["وقال الوزير، بحسب الوكالة، إن الهجوم أسفر عن مقتل خمسة جنود.", "الوزير", "الهجوم أسفر عن مقتل خمسة جنود"],
    ["وبحسب المتحدث الرسمي، فقد تم نقل المصابين إلى المستشفى.", "المتحدث الرسمي", "تم نقل المصابين إلى المستشفى"],
    ["وحسب الوكالة، فقد أكد المسؤول أن العمل مستمر.", "المسؤول", "العمل مستمر"],
    // A verb introducing a source after an indefinite noun opens a clause that describes it; the outlet it spoke to stays there.
    ["وبحسب مصدر مطلع تحدث لوكالة الأنباء، فإن الاتفاق بات وشيكا.", "مصدر مطلع", "الاتفاق بات وشيكا"],
    ["وقال محلل مالي تحدث للنشرة إن الأسهم ستتعافى.", "محلل مالي", "الأسهم ستتعافى"],
    // «في عددها الصادر اليوم»: the issue a newspaper reported in is a circumstance, not part of its name.
    ['ذكرت صحيفة "المساء" في عددها الصادر اليوم أن الجسر سيغلق.', "صحيفة المساء", "الجسر سيغلق"],
    ["وقال الوزير إن القوات انتشرت على الحدود مع النيجر، وهي دولة متاخمة تشهد اضطرابات.", "الوزير", "القوات انتشرت على الحدود مع النيجر"],
    ["وقال الوزير إن الخطة جاهزة، وهي تهدف إلى خفض البطالة.", "الوزير", "الخطة جاهزة، وهي تهدف إلى خفض البطالة"],
    ["وأكد الوزير على أن الجلسة تأجلت.", "الوزير", "الجلسة تأجلت"],
    ["وقال الوزير إن الهجوم كان متوقعا منذ أسابيع.", "الوزير", "الهجوم كان متوقعا منذ أسابيع"],
    ["وقال الوزير إن الأمر لا يزال مؤكدا.", "الوزير", "الأمر لا يزال مؤكدا"],
    ['وكتب الرئيس الأمريكي على منصة "إكس": "سنفوز في هذه المعركة".', "الرئيس الأمريكي", "سنفوز في هذه المعركة"],
    ["وقالت الوزارة على موقعها الإلكتروني إن الخدمة متوقفة.", "الوزارة", "الخدمة متوقفة"],
    ['وكتبت صحيفة "الغارديان" في افتتاحيتها أن الحرب يجب أن تتوقف.', "صحيفة الغارديان", "الحرب يجب أن تتوقف"],
    ["وتساءل الكاتب في مقاله: هل تستطيع الحكومة الوفاء بوعودها؟", "الكاتب", "هل تستطيع الحكومة الوفاء بوعودها"],
    ["وقال مسؤول أمني رفيع إن القرار نهائي.", "مسؤول أمني رفيع", "القرار نهائي"],
    ['وقالت جمعية رعاية "الأمل" التي يقع مقرها في الرباط، إن الإصابات ارتفعت.', "جمعية رعاية الأمل", "الإصابات ارتفعت"],
  ];
  for (const [sentence, speaker, content] of cases) {
    it(sentence, () => {
      const [statement, ...rest] = only(sentence);
      assert.equal(rest.length, 0);
      assert.equal(statement!.text, content);
      assert.equal(statement!.speaker, speaker);
    });
  }

  // [text, the speaker every statement resolves to]: a fronted phrase leaves the subject dropped.
  const dropped: [string, string][] = [
    ["أعلن الوزير سالم أحمد القرار. وقال في السياق ذاته إن الحكومة ستعمل على ذلك.", "سالم أحمد"],
    ['وقال المدرب كريم يوسف إن الفريق جاهز. وحول المباراة المقبلة قال: "سنلعب من أجل الفوز".', "كريم يوسف"],
    ['وقال المدرب كريم يوسف إن الفريق جاهز. وأضاف ساخرا: "هذا ليس جديدا".', "كريم يوسف"],
    ['وقال المدرب كريم يوسف إن الفريق جاهز. وأضاف المدرب مبتسما: "هذا ليس جديدا".', "كريم يوسف"],
    ["وقال المدرب كريم يوسف إن الفريق جاهز. وأضاف خلال لقاء صحفي عقد أمس بالرياض، أن الإصابات قليلة.", "كريم يوسف"],
    ['وقال المدرب كريم يوسف "نحن سعداء بالفوز"، وفقا لما أفاد موقع "هدف" الرياضي. وأضاف "كان الهدف تسللا واضحا".', "كريم يوسف"],
    ["وذكر بيان لوزارة الصحة أن الحالات ارتفعت. وأضاف البيان أن الوضع مستقر.", "وزارة الصحة"],
    ["قالت منظمة الصحة العالمية إن الوباء ينتشر. وأوضح التقرير أن الحالات تضاعفت.", "منظمة الصحة العالمية"],
    [
      'وجه الرئيس التنفيذي لشركة النور سامر حداد انتقادات للمنافسين. وقال حداد إن السوق تتسع. وأكد الرئيس التنفيذي لـ"النور" إن المنافسة شريفة. وأضاف أن الأسعار ستنخفض.',
      "سامر حداد",
    ],
    // The verb that introduces the speaker has an object carrying «ه»: the subject ends before it.
    ['في المقابل، أبدى قائد الفريق الضيف سعادته بالفوز، وقال: "النقاط الثلاث ثمينة".', "قائد الفريق الضيف"],
    ["وأبدى المحافظ ارتياحه للأرقام، وقال إن الموسم كان ناجحا.", "المحافظ"],
    // A masdar of speech after a comma («مكتفيا بالقول») has its own statement; the negated verb before it reports nothing.
    ["ولم يعلق الحارس على أنباء انتقاله، مكتفيا بالقول إن تركيزه على الموسم.", "الحارس"],
    // A verbal noun after the introduced name is the verb's object: the surname later is that person.
    ["أعلن محافظ البنك المركزي كريم عبد الرحمن تثبيت أسعار الفائدة. وأوضح عبد الرحمن أن التضخم يتراجع.", "كريم عبد الرحمن"],
    // «أمين» after a role's definite complement, before a family name, is a given name, not «secretary».
    ["وقال الرئيس التنفيذي للمجموعة أمين الفارس إن الطلب قوي. وأشار الفارس إلى أن الخطط ماضية.", "أمين الفارس"],
    // A definite family name in ـي alone is the person the article named with a given name before it.
    ['أثار تصريح لاعب النادي فهد العنزي بعد المباراة جدلا واسعا. وكان العنزي قد قال: "الحكم ظلمنا".', "فهد العنزي"],
    // A plural in ات in construct after the name opens the verb's object.
    ['وانتقد المحلل الرياضي سامي الحربي قرارات الحكم، واصفا إياها بـ"الكارثية".', "سامي الحربي"],
    // A plural body's verbs agree in the feminine singular; a demonstrative opens the first verb's object.
    ["نفت قوات الحرس الوطني هذه الرواية، وقالت في بيان إن وحداتها صدت الهجوم.", "قوات الحرس الوطني"],
    ["ونفت الأجهزة الأمنية هذه الأنباء، وقالت إن التحقيق مستمر.", "الأجهزة الأمنية"],
  ];
  for (const [text, speaker] of dropped) {
    it(text, () => {
      const statements = only(text);
      assert.ok(statements.length >= 1);
      assert.deepEqual(
        statements.map((s) => s.speaker),
        statements.map(() => speaker),
      );
    });
  }
});

describe("extraction, English: the words that name the source", () => {
  it("ranks a judgement of a bare object below one that gives its grounds", () => {
    const [bare] = only("The mayor criticized the plan.");
    const [grounded] = only("The mayor criticized the plan for its cost.");
    assert.ok(bare!.confidence < grounded!.confidence, `${bare!.confidence} < ${grounded!.confidence}`);
  });

  it("keeps a negated report, as attribution corpora count it, but below the one that asserts", () => {
    const [negated] = only("The mayor did not say whether the plan would pass.");
    const [asserted] = only("The mayor said the plan would pass.");
    assert.equal(negated!.text, "whether the plan would pass");
    assert.ok(negated!.confidence < 0.6 && asserted!.confidence >= 0.8, `${negated!.confidence} / ${asserted!.confidence}`);
  });

  it("gives a participle clause the subject of the clause it hangs on, and never takes an opening participle for the subject", () => {
    const [adding] = only("Senator Jane Doe spoke on Monday, adding that the vote would be close.");
    assert.deepEqual([adding!.speaker, adding!.speakerMention, adding!.text], ["Jane Doe", "Jane Doe", "the vote would be close"]);
    const [lashing] = only("Lashing out, Trump said the justice\u2019s \u201cmind is shot.\u201d");
    assert.equal(lashing!.speaker, "Trump");
    const [, noting] = only("This Thursday the Commission on Religious Freedom (CRF) also criticized the move, noting that the building is a museum.");
    assert.deepEqual([noting!.speaker, noting!.text], ["Commission on Religious Freedom", "the building is a museum"]);
    assert.deepEqual(only("Post-war, he was involved in weapons research, observing a bomb test from a raft."), [], "observing a test is no statement");
  });

  it("goes on with a quotation that opens the next paragraph, even with another attribution after it", () => {
    const text =
      "\u201cShe is the best candidate in years,\u201d Smith tells the paper in an exclusive interview at his home in Ohio on Tuesday.\n\n\u201cShe is what we have waited for. She checks all our boxes.\u201d\n\n\u201cShe unites the party like nobody else,\u201d Smith adds.";
    const statements = only(text);
    assert.equal(statements.length, 2);
    assert.equal(statements[0]!.text, "She is the best candidate in years, … She is what we have waited for. She checks all our boxes.");
  });

  it("carries an interrupted quotation past a long attribution, even when the next paragraph opens with a statement", () => {
    const statements = only(
      '"Some courses are adapting," said Paul Chipok, a lawyer in Orlando who specializes in land-use and environmental issues. "It costs $100,000 a month to run one."\n\nAt private courses, members pay more "because they expect service," Mr. Chipok said.',
    );
    assert.equal(statements[0]?.text, "Some courses are adapting, … It costs $100,000 a month to run one.");
  });

  it("ends an interrupted quotation at a participle of the attribution that reports on its own", () => {
    const statements = only(
      '"Hillary cannot win that way," Jealous said, suggesting that a bolder platform would help. "We need more than a promise from her now."',
    );
    assert.deepEqual(
      statements.map((s) => [s.cue, s.text]),
      [
        ["said", "Hillary cannot win that way,"],
        ["suggesting", "a bolder platform would help"],
        ["", "We need more than a promise from her now."],
      ],
    );
  });

  it("leaves the attribution that interrupts a quotation out of the statement's words", () => {
    const text = '"Some courses are adapting," said Paul Chipok, a lawyer in Orlando who handles land use. "It costs $100,000 a month to run one."';
    const [statement] = only(text);
    assert.equal(statement?.text, "Some courses are adapting, … It costs $100,000 a month to run one.");
    assert.equal(text.slice(statement.start, statement.end).includes("lawyer in Orlando"), true, "the offsets still span the whole passage");
  });

  describe("the subject is the phrase next to the cue; before a comma it may be an apposition", () => {
    // [sentence, speaker as written]
    const cases: [string, string][] = [
      ["During a town hall meeting in Cedar Rapids, Iowa, Dana Ruiz told reporters that the actions undermine rights.", "Dana Ruiz"],
      ["On Sunday night in South Carolina, Clara Webb said the crisis had its roots in race.", "Clara Webb"],
      ["First, party officials said the caucus would begin.", "party officials"],
      ["Jeff Moran, Sanders\u2019 campaign manager, said the plan works.", "Jeff Moran"],
      ['"The plan works," Jeff Moran, Sanders\' campaign manager, said.', "Jeff Moran"],
      ["The Vice President, Tom Hale, said the plan works.", "Tom Hale"],
      ["Jo Anne Tilburg of the University of California, Los Angeles said the seeps matter.", "Jo Anne Tilburg"],
      ["Clara Webb has since said she attended for fun.", "Clara Webb"],
      ['Clara Webb issued a statement Tuesday saying, "I do not feel that way."', "Clara Webb"],
      ["As word of the results came in, Dana Ruiz gave a speech, predicting she would win.", "Dana Ruiz"],
      // A number between capitalised words is part of the name.
      ["The Lost 52 Project announced on Sunday that the wreck was the Grayback.", "Lost 52 Project"],
      // A statement issued somewhere, then "saying": the issuer says it, not the place.
      ['Trump issued a statement at his golf club outside Washington, D.C. saying, "The election is far from over."', "Trump"],
      // "speaking to …" between the subject and its verb is an aside.
      ['On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think tank called the deal "void".', "Kyriakos Mitsotakis"],
      // A name coordinated with a modifier of one noun modifies it too.
      ["New Orleans and Jefferson Parish officials have said they are not concerned about the levees.", "New Orleans and Jefferson Parish officials"],
      // Who joins the subject is not the subject.
      ["Planned Parenthood, along with the American Civil Liberties Union have announced plans to sue.", "Planned Parenthood"],
      ["The mayor, joined by two council members, said the plan would fail.", "The mayor"],
      // A name before a capitalised institution word names the institution.
      ["According to the New York Times, the wreck lies 100 miles away.", "New York Times"],
      ["According to the National Golf Foundation, there are fewer players.", "National Golf Foundation"],
    ];
    for (const [text, mention] of cases) it(text, () => assert.equal(only(text)[0]?.speakerMention, mention));
  });

  it("gives a verb after a quotation that ends in an exclamation the subject of the verb before it", () => {
    const statements = only('Clara Webb declared "What a night!" and said the campaign goes on.');
    assert.deepEqual(
      statements.map((s) => [s.cue, s.speakerMention]),
      [
        ["declared", "Clara Webb"],
        ["said", "Clara Webb"],
      ],
    );
  });

  it("reports a relative pronoun as the words that name the source, and the phrase it stands for as the speaker", () => {
    const text = "Carla Mendez, who said the vote was rigged, left early.";
    const [statement] = only(text);
    assert.deepEqual(
      [statement!.speaker, statement!.speakerMention, text.slice(statement!.speakerStart!, statement!.speakerEnd!)],
      ["Carla Mendez", "who", "who"],
    );
  });

  it("reports the pronoun the text uses, and whom it resolves to", () => {
    const text = 'Mayor Jane Doe said the bridge would reopen on Monday. "It is safe," she said.';
    const [first, second] = only(text);
    assert.equal(first!.speaker, "Jane Doe");
    assert.equal(second!.speaker, "Jane Doe");
    assert.equal(second!.speakerMention, "she");
    assert.equal(text.slice(second!.speakerStart!, second!.speakerEnd!), "she");
  });
});

describe("extraction, English: verbs generated from their lemmas, and frames", () => {
  // [sentence, the statements' [content, cue]]
  const cases: [string, [string, string][]][] = [
    ["A new poll shows that Clinton leads by five points.", [["Clinton leads by five points", "shows"]]],
    ["The weather shows no sign of improving.", []],
    ["Reporters file reports every day.", []],
    ["The church was fined for covering up and protecting alleged abusers.", []],
    ["The people attending claimed that the vote was rigged.", [["the vote was rigged", "claimed"]]],
    ["Smith told Channel 4 News the plan had failed.", [["the plan had failed", "told"]]],
    [
      'His support in key states means "he must be doing something right," she says, "but I do not know if I would vote for him."',
      [['His support in key states means "he must be doing something right," … but I do not know if I would vote for him.', "says"]],
    ],
    ['Kerpen needled the CNN "reporter," saying, "A reporter who tweets on request!"', [["A reporter who tweets on request!", "saying"]]],
    ["The suspect told officers he acted alone.", [["he acted alone", "told"]]],
    ["Officials said only that the investigation was ongoing.", [["the investigation was ongoing", "said"]]],
    ["Sanders proposed just that in 2013.", [["just that in 2013", "proposed"]]],
    ['The crowd, reacting to the verdict, shouted, "Stop the coverup!"', [["Stop the coverup!", "shouted"]]],
    ['Yang Shu, director of the institute, calls Horgos "a mistake."', [['Horgos "a mistake."', "calls"]]],
    ["The phone calls, calls from donors, continued.", []],
    ["The economy is recovering, Smith says every day.", [["The economy is recovering", "says"]]],
    ["Smith said every child deserves a chance.", [["every child deserves a chance", "said"]]],
    ["Jake Sullivan said in a video message to the convention.", []],
    ["Officials said on Monday the plan will fail.", [["the plan will fail", "said"]]],
    ["A new Quinnipiac poll released Tuesday found that Clinton leads Trump.", [["Clinton leads Trump", "found"]]],
    ["Smith et al cite research from 2014 showing that sponges survive with little oxygen.", []],
    ["Most Republicans believe that the election is rigged.", [["the election is rigged", "believe"]]],
    ["Most Republicans believe in God.", []],
    ["\u201cWe will win,\u201d he continued.", [["We will win,", "continued"]]],
    ["He continued to work on the bill.", []],
    ["\u201cYou lie!\u201d he yelled.", [["You lie!", "yelled"]]],
    ["\u201cYou lie!\u201d The crowd cheered.", []],
    ["\u201cThat is absurd,\u201d he scoffed.", [["That is absurd,", "scoffed"]]],
    ["The party did not immediately announce whom it would support.", []],
    ["The plan will fail, said the senator from Ohio, a Republican.", [["The plan will fail", "said"]]],
    [
      "He says Obama ignores attacks in the U.S. He says Americans need facts.",
      [
        ["Obama ignores attacks in the U.S", "says"],
        ["Americans need facts", "says"],
      ],
    ],
    ["The U.S. Senate voted on Monday, officials said.", [["The U.S. Senate voted on Monday", "said"]]],
    [
      "Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is \u201cpeanuts.\u201d",
      [["waterboarding is \u201cpeanuts.\u201d", "told"]],
    ],
    [
      "Clinton accuses Sanders of a smear while Sanders suggests she is a captive of Wall Street.",
      [
        ["Sanders of a smear", "accuses"],
        ["she is a captive of Wall Street", "suggests"],
      ],
    ],
    ["It was great to be home. A man yelled \u201cStay there!\u201d", [["Stay there!", "yelled"]]],
    ["\u201cSometimes we need our fix!\u201d Clinton said to People.", [["Sometimes we need our fix!", "said"]]],
    [
      'On his podcast "The Files" out Thursday, Henry said her union is going into \u201chyperdrive.\u201d',
      [["her union is going into \u201chyperdrive.\u201d", "said"]],
    ],
    [
      "According to a count by the agency, Clinton leads Sanders by 271 pledged delegates.",
      [["Clinton leads Sanders by 271 pledged delegates", "according to"]],
    ],
    ["The senator retorted: \u201cNever, not while I am alive.\u201d", [["Never, not while I am alive.", "retorted"]]],
    ["Trump: \u201cWe will build the wall.\u201d", [["We will build the wall.", ":"]]],
    ["Sanders asks: \u201cAny questions I can answer?\u201d", [["Any questions I can answer?", "asks"]]],
    [
      "Clinton also bemoaned the climate in which people \u201cliterally hate each other\u201d because they differ.",
      [["the climate in which people \u201cliterally hate each other\u201d because they differ", "bemoaned"]],
    ],
    ["The company launched its \u201cThink Different Every Single Day\u201d campaign in May.", []],
    ["Beyond that, he said, the bank will raise rates.", [["Beyond that … the bank will raise rates", "said"]]],
    ["The plan, critics say, is doomed.", [["The plan … is doomed", "say"]]],
    ["The vote failed, officials said, on Monday.", [["The vote failed", "said"]]],
    ["Analysts expect that rates will rise.", [["rates will rise", "expect"]]],
    ["Officials fear the virus will spread.", [["the virus will spread", "fear"]]],
    ["The court ruled that the law is void.", [["the law is void", "ruled"]]],
    ["He reaffirmed that the deal stands.", [["the deal stands", "reaffirmed"]]],
    ["He hopes to win the seat.", []],
    ["She did not know the address.", []],
    ["The union expects a vote on Tuesday.", []],
    [
      "Trump said things \u201cshould be wrapped up by Cleveland,\u201d referring to the convention.",
      [
        ["things \u201cshould be wrapped up by Cleveland,\u201d", "said"],
        ["the convention", "referring to"],
      ],
    ],
    ["Clinton answered, pointing to her record in the Senate.", [["her record in the Senate", "pointing to"]]],
    ["Mr. Goldberg pointed out, the returns can be released.", [["the returns can be released", "pointed out"]]],
  ];
  table(cases, (s) => [s.text, s.cue]);
});

describe("extraction, English: a quotation waiting for its attribution, and what an attribution is not", () => {
  // [text, the statements' [content, cue, speaker as written]]: any verb attributes in the frame; the attribution is never content;
  // an addressee, a written object or a surname in -ly is no content either.
  const cases: [string, [string, string, string | null][]][] = [
    [
      "The mayor arrived late.\n\n\u201cGo back to your seat,\u201d Dana Whitfield barked and a guard stepped in.",
      [["Go back to your seat,", "barked", "Dana Whitfield"]],
    ],
    ["\u201cThe budget is balanced,\u201d Rep. Ann Corso (D-Ore.) said.", [["The budget is balanced,", "said", "Ann Corso"]]],
    // Whom and where it was told, then the quotation: the quotation is the content.
    ['Johnson told the public via Twitter, "Corbyn wants to cancel the referendum."', [["Corbyn wants to cancel the referendum.", "told", "Johnson"]]],
    ['She told a crowd in Ohio: "We will win."', [["We will win.", "told", "She"]]],
    // To contend for something is to compete for it.
    ["Congressman Amash contended for the Libertarian nomination but dropped out.", []],
    // Between a capitalised word and a lowercase one, "Said" is a name.
    ["His successor, Haitham bin Tariq Al Said, attended funeral prayers in Muscat.", []],
    // A capitalised time noun past the clause's first word is a surname.
    ['In a 2006 interview with The Bark, Day said, "I have been through everything."', [["I have been through everything.", "said", "Day"]]],
    // What is said of something follows "that".
    ["Maher said of the scandal that the report was bad.", [["the report was bad", "said", "Maher"]]],
    // The terms a source spoke on report nothing, so the quotation after them still continues the statement.
    [
      "\u201cWe lost the room,\u201d said a party official who requested anonymity to discuss the talks. \u201cNobody wants to admit how bad the numbers are.\u201d",
      [["We lost the room, \u2026 Nobody wants to admit how bad the numbers are.", "said", "a party official"]],
    ],
    [
      "\u201cThe race is over,\u201d said a county chairman, asking for anonymity to speak freely. \u201cHe cannot win the state without the suburbs.\u201d",
      [["The race is over, \u2026 He cannot win the state without the suburbs.", "said", "a county chairman"]],
    ],
    [
      "Smith said the plan was good, while Jones rejected it, telling reporters it was a mistake.",
      [
        ["the plan was good", "said", "Smith"],
        ["it was a mistake", "telling", "Jones"],
      ],
    ],
    ["\u201cWho do they think they are?\u201d Mr. Lind said of the banks in February.", [["Who do they think they are?", "said", "Lind"]]],
    // After a comma, "called" and a name that closes the clause say what a thing is called.
    ["He crossed the Channel on a device attached to his feet, called Flyboard Air.", []],
    ["The mayor, called Trump a liar.", [["Trump a liar", "called", "The mayor"]]],
    // A think tank is a body, not a verb of position.
    [
      'Charles Ellinas of the Atlantic Council think tank called the agreement "null and void".',
      [['the agreement "null and void"', "called", "Charles Ellinas"]],
    ],
    // "reports of …" is a noun; "accused of" with no object between is a passive that names no accuser.
    ["Police fired amid reports of a protester being shot with live ammunition.", []],
    ["Although she had a trust fund worth US$5 million that she shared with one half-sister, she worked.", []],
    ["Pope Francis instructs reporting of sexual abuse to higher church authorities", []],
    ["Amongst reported incidents of sexual abuse, Cardinal George Pell was convicted.", []],
    ["The law would have allowed the extradition of people accused of crimes to the mainland.", []],
    ["Trump accused Clinton of lying about the emails.", [["Clinton of lying about the emails", "accused", "Trump"]]],
    // A passive that raises its subject reports no one; a storm that claimed lives made no claim.
    ["Hurricane Maria devastated Puerto Rico in 2017, estimated to have done $90 billion in damage and claimed about 3000 lives.", []],
    ["Hurricane Maria, estimated to have done $90 billion in damage, hit the island.", []],
    ["The storm claimed about 3000 lives.", []],
    ["Trump vowed to be tougher on immigration.", [["to be tougher on immigration", "vowed", "Trump"]]],
    // A phrase of time or place before the subject is no content; the medium after any verb is not either.
    [
      "In a livestream, Sanders shared with his supporters his reasoning, pointing out he had fewer delegates.",
      [["he had fewer delegates", "pointing out", "Sanders"]],
    ],
    [
      'In a livestream, Sanders shared with his supporters his reasoning, saying "the path toward victory is virtually impossible".',
      [["the path toward victory is virtually impossible", "saying", "Sanders"]],
    ],
    ["In Miami, Mr. Regalado said, Mr. Trump is seen as a bully.", [["In Miami \u2026 Mr. Trump is seen as a bully", "said", "Regalado"]]],
    [
      'Mick Jagger reacted on Twitter, "Sad news hearing that Ginger Baker has died."',
      [["Sad news hearing that Ginger Baker has died.", "reacted", "Mick Jagger"]],
    ],
    // Headlines and briefs name a source by bare nouns after "says" or a present cue.
    ["Ancient Egyptians collected wild ibis birds for sacrifice, says study", [["Ancient Egyptians collected wild ibis birds for sacrifice", "says", "study"]]],
    ["The fire was set deliberately, say police.", [["The fire was set deliberately", "say", "police"]]],
    // A role or a plural opens the attribution's subject in lowercase; a clause inside it makes it no subject.
    ["\u201cBut why would he do that?\u201d reporter Jackie Nespral asked him.", [["But why would he do that?", "asked", "Jackie Nespral"]]],
    ["\u201cBuild the wall!\u201d supporters chanted as he spoke.", [["Build the wall!", "chanted", "supporters"]]],
    ["\u201cTales From the Crypt,\u201d an HBO series that first aired in 1989, will be resurrected on TNT.", []],
    // A connective opening the next sentence leaves its quotation to the statement before it.
    [
      "\u201cIt is not do or die,\u201d Ryan said outside the building. But \u201cthe candidacy is strengthened with an endorsement. It helps.\u201d",
      [["It is not do or die, \u2026 the candidacy is strengthened with an endorsement. It helps.", "said", "Ryan"]],
    ],
    [
      "Brafman said the judge erred. Indeed, \u201cWe cite in our memo a dozen cases far worse than this one.\u201d",
      [
        ["the judge erred", "said", "Brafman"],
        ["We cite in our memo a dozen cases far worse than this one.", "", "Brafman"],
      ],
    ],
    // A state's abbreviation ends the attribution's sentence before the quotation that goes on with the statement.
    [
      "\u201cThe record is not good,\u201d Sanders said at a rally in Binghamton, N.Y. \u201cHer department worked to export fracking throughout the world.\u201d",
      [["The record is not good, \u2026 Her department worked to export fracking throughout the world.", "said", "Sanders"]],
    ],
    [
      "\u201cWe need more time,\u201d Tom Ruiz, the county clerk since 2004 and a former teacher, said as the count went on.",
      [["We need more time,", "said", "Tom Ruiz"]],
    ],
    ["\u201cI can name only two results,\u201d Halvorsen answers.", [["I can name only two results,", "answers", "Halvorsen"]]],
    ["\u201cThey came for the free food,\u201d Pat Greer shot back with a laugh.", [["They came for the free food,", "shot", "Pat Greer"]]],
    ["\u201cYou lie!\u201d Wilson was escorted out by guards.", []],
    [
      "He said that he would offer a prayer for the nominee, but did not suggest it would be Trump.",
      [["he would offer a prayer for the nominee", "said", "He"]],
    ],
    ["He said the vote would come at the convention, where delegates pick a nominee.", [["the vote would come at the convention", "said", "He"]]],
    ["Kasich said the person would not get hurt at his rally, a swipe at his rival.", [["the person would not get hurt at his rally", "said", "Kasich"]]],
    ["Ryan said the party must offer ideas, and has championed cuts to Medicare.", [["the party must offer ideas", "said", "Ryan"]]],
    [
      "Rubio said the real extremist on abortion is Hillary Clinton, and he railed against the moderators.",
      [["the real extremist on abortion is Hillary Clinton", "said", "Rubio"]],
    ],
    [
      "The rise may have been more surprising to the community than to anyone else, said several observers.",
      [["The rise may have been more surprising to the community than to anyone else", "said", "several observers"]],
    ],
    [
      "\u201cWe have started all those conversations,\u201d Mr. Manafort said, adding, \u201cHe cares about the united team.\u201d",
      [
        ["We have started all those conversations,", "said", "Manafort"],
        ["He cares about the united team.", "adding", "Manafort"],
      ],
    ],
    ["\u201cIt is fine,\u201d the embattled senator said on Monday.", [["It is fine,", "said", "the embattled senator"]]],
    [
      "\u201cThe law is clear,\u201d said Ed Moss, the judge; he described the case as \u201ca simple one\u201d.",
      [
        ["The law is clear,", "said", "Ed Moss"],
        ["the case as \u201ca simple one\u201d", "described", "he"],
      ],
    ],
    ["''We wanted to own the land,'' Michael C. Varga, the city manager, said of the course.", [["We wanted to own the land,", "said", "Michael C. Varga"]]],
    [
      "According to early results of the exit poll conducted by Edison Research for the networks and the wire services, Clinton led in both states.",
      [["Clinton led in both states", "according to", "Edison Research"]],
    ],
    [
      "At the heart of the dispute, according to Dana Ross, another former envoy, was a decision by the mayor.",
      [["At the heart of the dispute … was a decision by the mayor", "according to", "Dana Ross"]],
    ],
    ["The tax cut emissions, according to a study, and it did not hurt growth.", [["The tax cut emissions", "according to", "a study"]]],
    ["Campaign chair Ada Moss dismissed the whole affair as \u201cabsurd.\u201d", [["the whole affair as \u201cabsurd.\u201d", "dismissed", "Ada Moss"]]],
    [
      "He has also called on the council to act and proposed a new tax.",
      [
        ["the council to act", "called on", "He"],
        ["a new tax", "proposed", "He"],
      ],
    ],
    ["He is comparing the rules to a ban and says the mayor is wrong.", [["the mayor is wrong", "says", "He"]]],
    [
      "''We would have stayed,'' Mr. Dalton, now 81 and retired in Cambridge, Mass., said by telephone this week.",
      [["We would have stayed,", "said", "Dalton"]],
    ],
    [
      "Nor are tariffs likely to bring the jobs back, said Dana Autor, a professor of economics, who is one of the foremost specialists on trade.",
      [["Nor are tariffs likely to bring the jobs back", "said", "Dana Autor"]],
    ],
    ["Trump said to cheers.", []],
    ["She wrote the memo last year.", []],
    ["The plan will fail, Donnelly said.", [["The plan will fail", "said", "Donnelly"]]],
    ["Donnelly said the plan will fail.", [["the plan will fail", "said", "Donnelly"]]],
    ["A new report said the plan will fail.", [["the plan will fail", "said", "A new report"]]],
    [
      "Dr. Lee Ward stated:\n\n\u201cThe department is not about justice anymore. It is about politics.\u201d",
      [["The department is not about justice anymore. It is about politics.", "stated", "Lee Ward"]],
    ],
    [
      "The surge does not surprise pollster Dana Shaw: \u201cLesser-known candidates get the biggest boost.\u201d",
      [["Lesser-known candidates get the biggest boost.", ":", "Dana Shaw"]],
    ],
  ];
  table(cases, (s) => [s.text, s.cue, s.speakerMention]);
});

describe("extraction: limits", () => {
  it("keeps nothing of a long paste alive once its extraction is done", () => {
    setFlagsFromString("--expose-gc");
    const collect = runInNewContext("gc") as () => void;
    // A word seen for the first time, then 40 MB of blank: remembering the word must not keep the paste.
    const word = `Zq${Date.now().toString(36)}internationalization`;
    collect();
    const before = process.memoryUsage().heapUsed;
    // The paste lives only inside this call.
    const extractPaste = () =>
      extract(`${word} said the plan was fine.${" ".repeat(40_000_000)}${word}s said it was fine.`, { language: "en", singleArticle: true });
    assert.equal(extractPaste().statements.length, 2);
    collect();
    assert.ok(process.memoryUsage().heapUsed - before < 10_000_000, "the paste is still held");
  });

  it("keeps every statement's offsets, mention and words true to the input, whatever the input", () => {
    // Random mixes of both languages' cue words, names, every quotation mark, controls and lone surrogates.
    const pieces = [
      "said",
      "told",
      "\u0642\u0627\u0644",
      "\u0648\u0642\u0627\u0644",
      "\u0625\u0646",
      "the",
      "minister",
      "\u0627\u0644\u0648\u0632\u064a\u0631",
      "Smith",
      "he",
      "\u00ab",
      "\u00bb",
      "\u201c",
      "\u201d",
      '"',
      "'",
      "\u2019",
      "\u2018",
      "\u201e",
      "\u2033",
      ",",
      ".",
      ":",
      "\u2014",
      "(",
      ")",
      "\n",
      "\n\n",
      "\u200f",
      "\u0640",
      "\u064b",
      "\ud83d\ude00",
      "\ud800",
      "\u0000",
      "according to",
      "\u0628\u062d\u0633\u0628",
      "adding",
      "that",
      "who",
      "Trump's",
      "Sanders'",
      "U.S.",
      "2016",
      "?",
      "\u2026",
      ";",
      "x".repeat(70),
    ];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 3000; n++) {
      let text = "";
      for (let k = 1 + Math.floor(random() * 120); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)]! + (random() < 0.6 ? " " : "");
      for (const s of extract(text).statements) {
        assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `offsets ${s.start}–${s.end} of ${JSON.stringify(text)}`);
        if (s.speakerStart !== null) assert.equal(text.slice(s.speakerStart, s.speakerEnd!), s.speakerMention, JSON.stringify(text));
        assertOffsetsHoldText(text, s);
      }
    }
  });

  it("reads a text that stops right after a cue and its comma", () => {
    for (const text of ["Sanders said,", "Headline\n\nThe senator told reporters, "]) assert.deepEqual(extract(text).statements, [], JSON.stringify(text));
  });

  it("reports no statement for an empty quotation or one of marks only", () => {
    for (const text of ['"" said Smith.', "\u201c \u201d he added.", "\u00ab\u00bb \u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631."]) {
      assert.deepEqual(
        extract(text).statements.map((s) => s.text),
        [],
        text,
      );
    }
  });

  it("reads one paragraph of 150,000 statements without overflowing the call stack", () => {
    const { statements } = extract("Al said so. ".repeat(150_000), { language: "en", singleArticle: true });
    assert.equal(statements.length, 150_000);
    assert.equal(statements.at(-1)!.speaker, "Al");
  });
});

describe("extraction: paragraphs one per line", () => {
  it("ends an unclosed quotation with its line, so the next paragraph's statement is found", () => {
    const text =
      'وقال المدير سامي يوسف: "سنفتح المصنع الجديد في الربيع المقبل بعد انتهاء الأعمال كلها.\nوأضاف يوسف أن المصنع سيوفر ألف وظيفة جديدة للشباب في المنطقة خلال العامين المقبلين على الأقل.';
    const statements = only(text);
    assert.deepEqual(
      statements.map((s) => s.text),
      ["سنفتح المصنع الجديد في الربيع المقبل بعد انتهاء الأعمال كلها.", "المصنع سيوفر ألف وظيفة جديدة للشباب في المنطقة خلال العامين المقبلين على الأقل"],
    );
  });

  it("keeps a hard-wrapped sentence whole", () => {
    const text = "The minister said the new factory would open next spring after all the\nwork on the site had been finished.";
    const [statement, ...rest] = only(text);
    assert.equal(rest.length, 0);
    assert.match(statement!.text, /had been finished$/);
  });

  it("ends a headline of wrapped length on its line when a paragraph on one long line follows", () => {
    const text =
      "Scientists report two life-saving treatments for Ebola\nOn Monday morning, Director Anthony Fauci of the United States National Institute of Allergy and Infectious Diseases (NIAID), announced a trial of four possible drugs was stopped early.";
    const { statements } = extract(text, { singleArticle: true });
    assert.equal(statements[0]?.text, "two life-saving treatments for Ebola");
  });
});

describe("extraction, Arabic: speech verbs generated from their lemmas", () => {
  // [sentence, the statements' contents]: forms nobody listed by hand, and senses that are no speech.
  const cases: [string, string[]][] = [
    ["وبين المدير العام أن المشروع سينتهي قريبا.", ["المشروع سينتهي قريبا"]],
    ["وقال الوزير إن الخطة جاهزة، مبينا أن التنفيذ يبدأ غدا.", ["الخطة جاهزة", "التنفيذ يبدأ غدا"]],
    ["ونوهت الوزارة إلى أن المدارس ستفتح أبوابها.", ["المدارس ستفتح أبوابها"]],
    ["وأبرزت الدراسة أن معدلات التدخين تراجعت.", ["معدلات التدخين تراجعت"]],
    ["ويرجحون أن الأسعار سترتفع.", ["الأسعار سترتفع"]],
    ['وأكمل: "لن نتراجع عن موقفنا".', ["لن نتراجع عن موقفنا"]],
    ["وناشدت الجمعية الحكومة أن تتدخل فورا.", ["تتدخل فورا"]],
    ["وتبين أن المتهم كان خارج البلاد.", []],
    // «رد» (replied) reports only with a clause after it; «ردا على سؤال» and «في رده» are circumstances.
    ['ولدى سؤاله عن المفاوضات، رد الوزير بأن "الحوار لا يزال الخيار الأفضل".', ["الحوار لا يزال الخيار الأفضل"]],
    ["وردت الهيئة بأن التقرير غير دقيق.", ["التقرير غير دقيق"]],
    ["وجاء ذلك في رد على سؤال للصحفيين.", []],
    ["وقعت الحادثة قبل مباراة سبارتاك ومضيفه أتلتيك بيلباو في الدوري الأوروبي.", []],
    ['ونفى الوزير ما جاء في التقرير واصفا إياه بـ"التلفيق".', [['إياه بـ"التلفيق"', "واصفا"]].map(([c]) => c!)],
    ["وقعت اتفاقية بين الطرفين أمس تنص على أن الحدود مفتوحة.", []],
    ["ونفى وجود مفاوضات بينه وبين مسؤولي النادي.", ["وجود مفاوضات بينه وبين مسؤولي النادي"]],
    ["وقال الخبير إن السوق مستقرة، وإن المستثمرين يعلنون ثقتهم بها.", ["السوق مستقرة، وإن المستثمرين يعلنون ثقتهم بها"]],
    ["وأوضح المصدر أن القسم لم يتغير، حيث استبعدت الخطة تطويره.", ["القسم لم يتغير، حيث استبعدت الخطة تطويره"]],
    ["وتوقع محللون أن ترتفع الأرباح، فيما تعتبر المؤسسة من أكبر المؤسسات.", ["ترتفع الأرباح"]],
    ["واعترف الوزير بأن الحكومة أخطأت في تقدير الأزمة.", ["الحكومة أخطأت في تقدير الأزمة"]],
    ["وأجابت المتحدثة بأن الفريق لم يكن في يومه.", ["الفريق لم يكن في يومه"]],
    ["وبرر المسؤول القرار بأن الميزانية لا تسمح بذلك.", ["الميزانية لا تسمح بذلك"]],
    ["ويطمئن الأطباء المرضى إلى أن العلاج متوفر.", ["العلاج متوفر"]],
    ["وبلغت قيمة الصفقة مليار دولار مقسمة بين مبلغ نقدي وأسهم في الشركة.", []],
    ["وعلقت الحكومة الدراسة في المدارس.", []],
    ["وصرح الوزير بشكل مقتضب بأن الفريق سيعود أقوى.", ["الفريق سيعود أقوى"]],
    ["وخرجت المدربة بعد المباراة لتقول إن الفريق قدم أداء جيدا.", ["الفريق قدم أداء جيدا"]],
  ];
  table(cases, (s) => s.text);
});

describe("extraction, Arabic: one speaker phrase in three frames", () => {
  // [speaker phrase, speaker]: each phrase before «إن», before «، في بيان، أن» and before «لـ"الشرق الأوسط" أن».
  const phrases: [string, string][] = [
    ["المتحدث باسم وزارة الخارجية الأمريكية نيد برايس", "نيد برايس"],
    ["المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم غيبريسوس", "تيدروس أدهانوم غيبريسوس"],
    ["أمير منطقة الرياض الأمير فيصل بن بندر", "فيصل بن بندر"],
    ["المحلل الاقتصادي فضل البوعينين", "فضل البوعينين"],
    ["عضو مجلس الشورى الدكتور عبدالله الفوزان", "عبدالله الفوزان"],
    ["الرئيس التنفيذي لشركة أرامكو أمين الناصر", "أمين الناصر"],
    ["المرشد الإيراني علي خامنئي", "علي خامنئي"],
    ["مصادر دبلوماسية غربية", "مصادر دبلوماسية غربية"],
    ["مسؤول كبير في الإدارة الأمريكية", "مسؤول كبير في الإدارة الأمريكية"],
    ["صندوق النقد الدولي", "صندوق النقد الدولي"],
    ["تقرير لمنظمة هيومن رايتس ووتش", "منظمة هيومن رايتس ووتش"],
    ["رئيس هيئة الترفيه تركي آل الشيخ", "تركي آل الشيخ"],
    ["وكيل وزارة الصحة للشؤون التنفيذية الدكتور عبدالعزيز بن سعيد", "عبدالعزيز بن سعيد"],
    ["مساعد المدير العام للشؤون الصحية بمنطقة عسير الدكتور محمد العمري", "محمد العمري"],
    ["رئيس مجلس إدارة الغرفة التجارية الصناعية بجدة صالح كامل", "صالح كامل"],
    ["مدير مستشفى النور بمكة الدكتور عبدالعزيز الحربي", "عبدالعزيز الحربي"],
    ["الأميرة ريما بنت بندر", "ريما بنت بندر"],
    ["المواطن محمد علي الحربي", "محمد علي الحربي"],
    ["المعلم محمد سالم الحربي", "محمد سالم الحربي"],
  ];
  for (const [phrase, speaker] of phrases) {
    for (const frame of [`وقال ${phrase} إن الوضع مستقر.`, `وأكد ${phrase}، في بيان، أن الوضع مستقر.`, `وأوضح ${phrase} لـ"الشرق الأوسط" أن الوضع مستقر.`]) {
      it(frame, () =>
        assert.deepEqual(
          only(frame).map((s) => [s.speaker, s.text]),
          [[speaker, "الوضع مستقر"]],
        ),
      );
    }
  }
});

describe("extraction, Arabic: where the speaker phrase ends", () => {
  // [text, speaker]: an addressee after the subject, a circumstance after it.
  const cases: [string, string][] = [
    ["وأبلغ الوزير الصحفيين أن القرار نهائي.", "الوزير"],
    ["وأبلغ المتحدث باسم الخارجية الأمريكية الصحفيين أن القرار نهائي.", "المتحدث باسم الخارجية الأمريكية"],
    ["وأبلغ المسؤولون الأمريكيون الصحفيين أن القرار نهائي.", "المسؤولون الأمريكيون"],
    ["وأبلغ الخبراء الاقتصاديون الصحفيين أن القرار نهائي.", "الخبراء الاقتصاديون"],
    ["وطمأن وزير الصحة المواطنين إلى أن الوضع تحت السيطرة.", "وزير الصحة"],
    ["وقال الوزير على هامش المؤتمر إن القرار نهائي.", "الوزير"],
    ["وعاد الوزير ليؤكد أن الحكومة لن تتراجع.", "الوزير"],
    ["ولم يخف الوزير قلقه، مؤكدا أن الوضع خطير.", "الوزير"],
    ["ولم يخف الوزير قلقه من الوضع، مضيفا أن الحكومة تتابع.", "الوزير"],
    ["واختتم الرئيس زيارته، مؤكدا أن العلاقات متينة.", "الرئيس"],
    ["وختم الرئيس كلمته بالقول إن المرحلة المقبلة صعبة.", "الرئيس"],
  ];
  for (const [text, speaker] of cases)
    it(text, () =>
      assert.deepEqual(
        only(text).map((s) => s.speakerMention),
        [speaker],
      ),
    );
});

describe("extraction, Arabic: a quotation frame opened by any verb", () => {
  // [text, [speaker, content] of each statement]: verb, subject (or none), circumstances, colon, quotation.
  const cases: [string, [string | null, string][]][] = [
    ['وعلق الوزير خالد العمري: "سنواصل العمل حتى النهاية".', [["خالد العمري", "سنواصل العمل حتى النهاية"]]],
    ['"نحن مستعدون"، قالت الوزيرة سلمى خالد، "لكننا ننتظر الرد".', [["سلمى خالد", "نحن مستعدون … لكننا ننتظر الرد"]]],
    [
      'وقالت الوزيرة سلمى خالد: "نحن مستعدون"، وأضافت، "لكننا ننتظر الرد".',
      [
        ["سلمى خالد", "نحن مستعدون"],
        ["سلمى خالد", "لكننا ننتظر الرد"],
      ],
    ],
    ['وأوصى الطبيب سامي حداد: "اغسلوا أيديكم قبل الطعام دائما".', [["سامي حداد", "اغسلوا أيديكم قبل الطعام دائما"]]],
    ['وعلق العمري على القرار في تصريح لـ"الوطن": "هذا قرار صائب ومنتظر".', [["العمري", "هذا قرار صائب ومنتظر"]]],
    ['قرر الوزير سامي حداد إغلاق المصنع. وعلق: "هذا قرار صائب ومنتظر".', [["سامي حداد", "هذا قرار صائب ومنتظر"]]],
    ['وتحدث الوزير خالد العمري: "سنواصل العمل حتى النهاية".', [["خالد العمري", "سنواصل العمل حتى النهاية"]]],
    ['"نحن نعمل ليلا ونهارا من أجل الوطن"، هكذا علق الوزير خالد العمري على القرار.', [["خالد العمري", "نحن نعمل ليلا ونهارا من أجل الوطن"]]],
    ["«الوضع تحت السيطرة» - هكذا علق المتحدث العسكري على الأحداث.", [["المتحدث العسكري", "الوضع تحت السيطرة"]]],
    // A role with its prepositional phrase, then the name, before the verb's object.
    ['"المخيمات بلا ماء"، بهذه الكلمات وصف منسق الإغاثة في المنظمة الدولية كارل بيترسون ما يجري.', [["كارل بيترسون", "المخيمات بلا ماء"]]],
    ['"نحن نعمل ليلا ونهارا من أجل الوطن"، بهذه الكلمات ودع اللاعب سامي حداد جمهوره.', [["سامي حداد", "نحن نعمل ليلا ونهارا من أجل الوطن"]]],
    ['"نحن نعمل ليلا ونهارا من أجل الوطن". هذا ما قاله الوزير خالد العمري للصحفيين.', [["خالد العمري", "نحن نعمل ليلا ونهارا من أجل الوطن"]]],
    ["وكان الوضع هكذا منذ سنوات.", []],
    ['وغرد ترامب قائلا: "الوضع تحت السيطرة ولن نسمح بأي تجاوز".', [["ترامب", "الوضع تحت السيطرة ولن نسمح بأي تجاوز"]]],
    [
      "وقال الوزير خالد العمري إن العمل مستمر. «نحن نعمل ليلا ونهارا من أجل الوطن»، أضاف.",
      [
        ["خالد العمري", "العمل مستمر"],
        ["خالد العمري", "نحن نعمل ليلا ونهارا من أجل الوطن"],
      ],
    ],
    ['وردد الفنان أول تلك الألحان من قصيدة: "يا طير الحمام الجميل هناك".', []],
    ['وقد قدمت المغنية أغنية يحفظها الجمهور هي: "عصفور طل من الشباك".', []],
    ["وكانت الشرطة تبحث عن معلومة مؤكدة وسط غياب أي دليل على هويته.", []],
    ["ولم يذكر التقرير أي معلومات عن المتهم الموقوف.", []],
    ["وأشار الوزير إلى ذلك في كلمته.", []],
    ['وحمل المتظاهرون لافتات كتب عليها "لا للفساد".', []],
    ["وحمل التقرير ادعاءات غير مؤكدة بتلقي الهدايا.", []],
  ];
  table(cases, (s) => [s.speaker, s.text]);
});

describe("extraction, Arabic: verbal nouns, participles and object pronouns", () => {
  // [text, [speaker, content] of each statement]
  const cases: [string, [string | null, string][]][] = [
    ['واختتم الرئيس التونسي سامي حداد جولته في عمان، بالتأكيد على "استعداد بلاده" للتعاون.', [["سامي حداد", '"استعداد بلاده" للتعاون']]],
    ["وختم الطبيب كلامه بتأكيده على أنه حاول الاتصال بالإدارة.", [["الطبيب", "أنه حاول الاتصال بالإدارة"]]],
    ["وكانت صحيفة الأخبار أكثر وضوحا بالقول إن المشجعين ليسوا أبرياء.", [["صحيفة الأخبار", "المشجعين ليسوا أبرياء"]]],
    ["وافتتح الوزير هاني سالم المعرض، مؤكدا أن الصناعة تنمو.", [["هاني سالم", "الصناعة تنمو"]]],
    ["وجدد الوزير سامي حداد تأكيده على أن المشروع سيكتمل.", [["سامي حداد", "المشروع سيكتمل"]]],
    ["وجددت الوزارة تحذيرها من أن الوضع خطير.", [["الوزارة", "الوضع خطير"]]],
    [
      "طالب المدير سامي حداد، بتوسيع الميناء، مشيرا إلى أن الشركة ستضع ذلك بين أولوياتها، مطالبة البلدية بتسريع التراخيص.",
      [
        ["سامي حداد", "بتوسيع الميناء"],
        ["سامي حداد", "الشركة ستضع ذلك بين أولوياتها، مطالبة البلدية بتسريع التراخيص"],
      ],
    ],
    [
      "وقالت الوزيرة سلمى خالد إن العمل مستمر، مطالبة الحكومة بالدعم.",
      [
        ["سلمى خالد", "العمل مستمر"],
        ["سلمى خالد", "الحكومة بالدعم"],
      ],
    ],
    ["وجدد الوزير سامي حداد نفيه أن تكون هناك خلافات.", [["سامي حداد", "تكون هناك خلافات"]]],
    [
      "وقال الوزير سامي حداد إن العمل مستمر. وجاء ذلك بعد اعترافه بأن الحكومة أخطأت.",
      [
        ["سامي حداد", "العمل مستمر"],
        ["سامي حداد", "الحكومة أخطأت"],
      ],
    ],
    [
      "وقال الوزير سامي حداد إن العمل مستمر. وفي تأكيده أن المشروع سيكتمل، أشار إلى أن التمويل متوفر.",
      [
        ["سامي حداد", "العمل مستمر"],
        ["سامي حداد", "المشروع سيكتمل"],
        ["سامي حداد", "التمويل متوفر"],
      ],
    ],
    [
      'وقال مسؤول "نحن سعداء بالنتيجة"، مضيفا أن الصناعة تنمو.',
      [
        ["مسؤول", "نحن سعداء بالنتيجة"],
        ["مسؤول", "الصناعة تنمو"],
      ],
    ],
    [
      "وقالت الوزيرة سلمى خالد إن الملف اكتمل. وأوضح لها المدير أن الطلب مرفوض.",
      [
        ["سلمى خالد", "الملف اكتمل"],
        ["المدير", "الطلب مرفوض"],
      ],
    ],
    [
      "وقال وزير الصحة عبدالله الربيعة إن الحالات مستقرة. وأوضح معاليه أن الوزارة جاهزة.",
      [
        ["عبدالله الربيعة", "الحالات مستقرة"],
        ["عبدالله الربيعة", "الوزارة جاهزة"],
      ],
    ],
    [
      "وقال المدير سامي حداد إن الموعد تحدد. وتواصلت الزوجة معه وأكد أنه يستطيع المساعدة.",
      [
        ["سامي حداد", "الموعد تحدد"],
        ["سامي حداد", "أنه يستطيع المساعدة"],
      ],
    ],
    [
      'وقال المدير سامي حداد إن الموعد تحدد، وقال" حصلنا على الموافقة من اللجنة العليا".',
      [
        ["سامي حداد", "الموعد تحدد"],
        ["سامي حداد", "حصلنا على الموافقة من اللجنة العليا"],
      ],
    ],
    [
      'وقال المدير سامي حداد إن الحصة هي الأكبر في المنطقة" موضحا أن التحدي يتمثل بالتمويل.',
      [
        ["سامي حداد", "الحصة هي الأكبر في المنطقة"],
        ["سامي حداد", "التحدي يتمثل بالتمويل"],
      ],
    ],
    [
      'وقالت الوزارة إن القرار نهائي. واعتبرت السفير "شخصا غير مقبول" وطلبت منه المغادرة خلال يومين.',
      [
        ["الوزارة", "القرار نهائي"],
        ["الوزارة", "شخصا غير مقبول"],
      ],
    ],
    [
      'أما الحساب الرسمي للنادي الأهلي، فاتهم اللجنة المنظمة بـ"افتقارها إلى التنظيم".',
      [["الحساب الرسمي للنادي الأهلي", 'اللجنة المنظمة بـ"افتقارها إلى التنظيم"']],
    ],
    ['ومن ناحيتها، كانت صحيفة "الصباح" أكثر وضوحا بالقول إن "الإدارة ليست بريئة".', [["صحيفة الصباح", "الإدارة ليست بريئة"]]],
    ['ودافعت الصحف عن اللاعبين ومن بينها الموقع الرسمي "الأولى" الذي اعتبر أن "الحكم أخطأ".', [["الموقع الرسمي الأولى", "الحكم أخطأ"]]],
    [
      'وقالت الوزارة إن القرار نهائي. واعتبرت السفير الهولندي "شخصا غير مقبول".',
      [
        ["الوزارة", "القرار نهائي"],
        ["الوزارة", "شخصا غير مقبول"],
      ],
    ],
    [
      "وقال المعلم إن المبلغ “25″ ألف ريال في المدينة، وأضاف أن الموظف طلب المال.",
      [
        ["المعلم", "المبلغ “25″ ألف ريال في المدينة"],
        ["المعلم", "الموظف طلب المال"],
      ],
    ],
    ["وقال الوزير: 'الوضع تحت السيطرة تماما'.", [["الوزير", "الوضع تحت السيطرة تماما"]]],
    ['وعلق الوزير على القرار بقوله: "نحن مستعدون".', [["الوزير", "نحن مستعدون"]]],
    ["وقال الوزير: »الوضع تحت السيطرة تماما«.", [["الوزير", "الوضع تحت السيطرة تماما"]]],
    [
      "وقال سامر يوسف إن الموظف اتصل بزوجته. وأبلغها بأن الطلب قبل.",
      [
        ["سامر يوسف", "الموظف اتصل بزوجته"],
        ["سامر يوسف", "الطلب قبل"],
      ],
    ],
    ["جاء ذلك في تصريح صحفي لمدير عام التعليم بالمنطقة، أكد فيه أن المدارس جاهزة.", [["مدير عام التعليم بالمنطقة", "المدارس جاهزة"]]],
    ["وأشاد الوزير بجهود العاملين، مؤكدا أن النجاح جماعي.", [["الوزير", "النجاح جماعي"]]],
    ["وأدلى المتحدث باسم الوزارة بتصريح لوكالة الأنباء قال فيه إن الوضع هادئ.", [["المتحدث باسم الوزارة", "الوضع هادئ"]]],
    ["وقالت الهيئة في تقريرها الشهري إن الأسعار ارتفعت.", [["الهيئة", "الأسعار ارتفعت"]]],
    ['وتوقعت مؤسسة "كابيتال إيكونوميكس" في مذكرة بحثية أن يبدأ خفض الفائدة قريبا.', [["مؤسسة كابيتال إيكونوميكس", "يبدأ خفض الفائدة قريبا"]]],
    ["وذكرت المنظمة في نشرتها الأسبوعية أن الإصابات تراجعت.", [["المنظمة", "الإصابات تراجعت"]]],
    ["وأشار الباحثون في دراسة حديثة إلى أن النوم يحمي القلب.", [["الباحثون", "النوم يحمي القلب"]]],
    ["وجاء في تقرير الهيئة أن الأسعار ارتفعت.", [["الهيئة", "الأسعار ارتفعت"]]],
    ["وبين مدير إدارة المرور العقيد خالد الحربي أن الحملة ستستمر.", [["خالد الحربي", "الحملة ستستمر"]]],
    ["ويقع الخلاف بين الحكومة والمعارضة على أن الانتخابات يجب أن تؤجل.", []],
    ["وقال مسؤولون أمريكيون، طلبوا عدم الكشف عن هويتهم، إن واشنطن تدرس الخيارات.", [["مسؤولون أمريكيون", "واشنطن تدرس الخيارات"]]],
    ["وقال مصدر لم يشأ الكشف عن هويته إن الاجتماع تأجل.", [["مصدر", "الاجتماع تأجل"]]],
    ['وقال أحدهم، ويدعى أحمد الزهراني، إن "بعض المطاعم لا تلتزم".', [["أحمد الزهراني", "بعض المطاعم لا تلتزم"]]],
    ["وقالت إحدى الأمهات، واسمها سارة، إن المدرسة أغلقت.", [["سارة", "المدرسة أغلقت"]]],
    ["ويدعي المتهم أنه كان خارج المدينة.", [["المتهم", "أنه كان خارج المدينة"]]],
    ["وتحدث الوزير عن أهمية المشروع، وقال إنه سيغير وجه المدينة.", [["الوزير", "إنه سيغير وجه المدينة"]]],
    ['"لن نتراجع"، بهذه الكلمات اختتم الوزير حديثه.', [["الوزير", "لن نتراجع"]]],
    ["ووفقا للبيان، فإن الشركة حققت أرباحا قياسية.", [["البيان", "الشركة حققت أرباحا قياسية"]]],
    ["الوزارة كانت قد أعلنت أن المدارس ستغلق.", [["الوزارة", "المدارس ستغلق"]]],
    ["والرئيس كان قد أكد أن الانتخابات ستجرى.", [["الرئيس", "الانتخابات ستجرى"]]],
    ["والوزارة أعلنت أن المدارس ستغلق.", [["الوزارة", "المدارس ستغلق"]]],
    ["وجدد الرئيس التأكيد على أن بلاده لن تتخلى عن حقوقها.", [["الرئيس", "بلاده لن تتخلى عن حقوقها"]]],
    ["وكررت الوزارة التحذير من أن الأمطار ستستمر.", [["الوزارة", "الأمطار ستستمر"]]],
    ["ومن المهم التأكيد على أن الوضع مستقر.", []],
    ["وكشف التقرير النقاب عن تجاوزات مالية كبيرة.", [["التقرير", "تجاوزات مالية كبيرة"]]],
    ["وقالت وكالة سانا إن الصفقة بلغت مليار دولار.", [["وكالة سانا", "الصفقة بلغت مليار دولار"]]],
    ["وبحسب وكالة رويترز للأنباء، فإن الصفقة بلغت مليار دولار.", [["وكالة رويترز", "الصفقة بلغت مليار دولار"]]],
    ["وأكد عضو هيئة التدريس بجامعة الملك سعود أ.د. خالد الفهد أن البحث العلمي ضرورة.", [["خالد الفهد", "البحث العلمي ضرورة"]]],
    ["وتأهل المنتخب عن المجموعة أ. وقال المدرب إن الفريق جاهز.", [["المدرب", "الفريق جاهز"]]],
    [
      'وأكد المتحدث أن "لا صحة لهذه الأنباء"، وأن الوزير "يمارس مهامه بشكل طبيعي".',
      [["المتحدث", '"لا صحة لهذه الأنباء"، وأن الوزير "يمارس مهامه بشكل طبيعي"']],
    ],
    [
      'وقال الوزير: "الوضع مستقر"، وأضاف أن الحكومة مستعدة.',
      [
        ["الوزير", "الوضع مستقر"],
        ["الوزير", "الحكومة مستعدة"],
      ],
    ],
    ["وارتفع عدد الإصابات إلى 300، وفقا للتقرير.", [["التقرير", "ارتفع عدد الإصابات إلى 300"]]],
    ["والمشروع سيكتمل قريبا، حسب قوله.", [[null, "المشروع سيكتمل قريبا"]]],
    ["واشنطن ستفرض عقوبات جديدة، بحسب الوكالة.", [["الوكالة", "واشنطن ستفرض عقوبات جديدة"]]],
    ["وزير الخارجية سيزور باريس، حسب الوكالة.", [["الوكالة", "وزير الخارجية سيزور باريس"]]],
    ['"لن نتراجع"، بهذه العبارة ختم رئيس الوزراء كلمته أمام البرلمان.', [["رئيس الوزراء", "لن نتراجع"]]],
    ["واستقبل الرئيس السفير الأمريكي، وأكد أن العلاقات متينة.", [["الرئيس", "العلاقات متينة"]]],
    ["وارتفعت الأسعار بشكل كبير، وقال إن التضخم سيستمر.", [[null, "التضخم سيستمر"]]],
    ["وزار الرئيس المستشفى، وأضافت أن الخدمات تحسنت.", [[null, "الخدمات تحسنت"]]],
    [
      "وحضر الوزير الحفل الذي ألقى فيه المدير كلمة أكد فيها أن العام حافل، وشدد على أن العمل مستمر.",
      [
        ["المدير", "العام حافل"],
        ["المدير", "العمل مستمر"],
      ],
    ],
    ["وقال مسؤول لا يرغب في ذكر اسمه إن الاجتماع تأجل.", [["مسؤول", "الاجتماع تأجل"]]],
    ["وقالت مصادر لم تشأ الكشف عن هويتها إن الاجتماع تأجل.", [["مصادر", "الاجتماع تأجل"]]],
    ['وقال مسؤولو النادي في مؤتمر صحفي إنهم "سيعلنون التشكيلة غدا".', [["مسؤولو النادي", "سيعلنون التشكيلة غدا"]]],
    [
      'وأكد الوزير أنه "لا تراجع عن القرار"، مشيرا إلى أن الحكومة متماسكة.',
      [
        ["الوزير", "لا تراجع عن القرار"],
        ["الوزير", "الحكومة متماسكة"],
      ],
    ],
    ['وأكد الوزير أنه "لا تراجع عن القرار"، وأن الحكومة متماسكة.', [["الوزير", 'أنه "لا تراجع عن القرار"، وأن الحكومة متماسكة']]],
    ['وأوضحت الوزيرة أنها "لن تقبل بأي تسوية" مع المعارضة.', [["الوزيرة", 'أنها "لن تقبل بأي تسوية" مع المعارضة']]],
  ];
  table(cases, (s) => [s.speaker, s.text]);
});

describe("extraction, Arabic", () => {
  it("separates the speaker from an apposition and a circumstance, and carries it to «وأضاف»", () => {
    const [first, second, ...rest] = only(
      "وقال سامي الخطيب، وزير الصحة، في مؤتمر صحفي، إن المستشفيات جاهزة لاستقبال المرضى. وأضاف أن الأدوية متوفرة في كل المحافظات.",
    );
    assert.equal(rest.length, 0);
    assert.equal(first!.speaker, "سامي الخطيب");
    assert.equal(first!.speakerRole, "وزير الصحة");
    assert.equal(first!.text, "المستشفيات جاهزة لاستقبال المرضى");
    assert.equal(first!.type, "indirect");
    assert.equal(second!.speaker, "سامي الخطيب");
    assert.equal(second!.speakerMention, null, "the subject of «وأضاف» is dropped");
  });

  it("reads a role before the name", () => {
    const [statement] = only("قال المتحدث باسم الشرطة عمر الحسن إن الطريق أعيد فتحه.");
    assert.equal(statement!.speaker, "عمر الحسن");
    assert.equal(statement!.speakerRole, "المتحدث باسم الشرطة");
  });

  it("finds the speaker after a quotation in « »", () => {
    const [statement] = only("وصل الوفد إلى العاصمة صباح اليوم.\n\n«الوضع مستقر تماما»، قالت ليلى منصور.");
    assert.equal(statement!.type, "direct");
    assert.equal(statement!.text, "الوضع مستقر تماما");
    assert.equal(statement!.speaker, "ليلى منصور");
  });

  it("keeps an anonymous source anonymous", () => {
    const statements = only("وقال مسؤول حكومي طلب عدم الكشف عن هويته إن الاتفاق سيوقع الأسبوع المقبل.");
    assert.equal(statements.length, 1, "the request for anonymity is not a statement");
    const [statement] = statements;
    assert.equal(statement!.speakerKind, "anonymous");
    assert.equal(statement!.text, "الاتفاق سيوقع الأسبوع المقبل");
  });

  it("does not take scare quotes or a quoted name for a statement", () => {
    assert.deepEqual(only("أطلقت الشركة تطبيق “سلامة” الجديد أمس."), []);
  });

  it("gives two speakers in one sentence two statements with quoted fragments", () => {
    const statements = only("قال الوزير إن المحادثات “بناءة”، بينما قال نظيره إنها “صعبة”.");
    assert.equal(statements.length, 2);
    assert.deepEqual(
      statements.map((s) => s.type),
      ["mixed", "mixed"],
    );
    assert.notEqual(statements[0]!.speaker, statements[1]!.speaker);
  });

  it("resolves «وأضافت» to the woman who spoke before, with a colon and « »", () => {
    const statements = only("وقالت الوزيرة هدى سالم إن الخطة جاهزة. وأضافت: «سنبدأ التنفيذ غدا».");
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.type]),
      [
        ["هدى سالم", "indirect"],
        ["هدى سالم", "direct"],
      ],
    );
  });

  it("merges spelling variants of one name", () => {
    const statements = only("“ثمة تقدم”، قال بلينكن. وأضاف بلينكين أن الجولة المقبلة ستكون في القاهرة.");
    assert.equal(statements.length, 2);
    assert.equal(statements[0]!.speaker, statements[1]!.speaker);
  });

  it("carries a quotation into the next paragraph when that paragraph closes it without opening another", () => {
    const text = "وقال الوزير: «نحن نعمل ليلا ونهارا من أجل الوطن.\n\nولن نتوقف أبدا عن خدمة المواطنين».\n\nوفي خبر آخر، افتتح المتحف أبوابه.";
    const [statement, ...rest] = only(text);
    assert.equal(rest.length, 0);
    assert.equal(statement!.type, "direct");
    assert.ok(statement!.text.endsWith("خدمة المواطنين"), "the quotation ends at its closing mark in the second paragraph");
  });

  it("never lets an unbalanced quotation mark swallow the next paragraph", () => {
    const text = "قال الوزير: “المحادثات بناءة.\n\nوفي خبر آخر، افتتح المتحف الوطني أبوابه للزوار بعد الترميم.";
    const [statement] = only(text);
    assert.ok(statement!.end <= text.indexOf("\n\n"), "the statement ends with its paragraph");
  });

  it("keeps a story whole when a teaser or a line cut mid-sentence is set off by a line break only", () => {
    const text = [
      "ماذا قال المدرب عن الموسم الجديد؟",
      "سامي يوسف – الرياض",
      "وقال المدرب كريم يوسف إن الفريق جاهز تماما للموسم الجديد بعد معسكر طويل في الخارج وتدريبات مكثفة شملت كل اللاعبين دون استثناء.",
      "لأول مرة، معسكر للفريق يقام في كوريا الجنوبية",
      "وأضاف أن الإدارة وفرت كل ما يحتاجه اللاعبون من دعم مادي ومعنوي خلال فترة الإعداد الطويلة التي امتدت لشهرين.",
      "وكان الاتحاد والنادي أعلنا",
      "أن الموسم يبدأ في أغسطس.",
    ].join("\n");
    const result = extract(text);
    assert.equal(result.articles.length, 1);
    assert.equal(result.articles[0]!.title, "ماذا قال المدرب عن الموسم الجديد؟");
    assert.deepEqual(
      result.statements.slice(0, 2).map((s) => s.speaker),
      ["كريم يوسف", "كريم يوسف"],
    );
  });

  it("never starts an article at a quotation signed by a dash", () => {
    const text = [
      "Fact check: claims from the town hall",
      "",
      "The candidates traded figures on wages, housing and schools at the town hall on Tuesday night, before a crowd of about four hundred residents. We checked three of the claims they made against county records and state data.",
      "",
      '"We built more homes last year than in the previous decade combined." — Tom Becker, at the town hall',
      "",
      "Permits filed with the county show 410 new homes last year and 2,900 in the ten years before that, so the claim is false.",
    ].join("\n");
    const result = extract(text);
    assert.equal(result.articles.length, 1);
    assert.deepEqual(
      result.statements.map((s) => [s.speaker, s.cue]),
      [["Tom Becker", "—"]],
    );
  });

  it("splits a paste of several articles and never resolves across them", () => {
    const text = [
      "الوزير يعد بخطة جديدة",
      "وقال وزير الصحة سامي الخطيب إن الخطة ستعلن قريبا في مؤتمر صحفي يعقد في العاصمة بحضور ممثلين عن النقابات والمستشفيات الخاصة والعامة، وسط ترقب واسع في الأوساط الطبية التي تنتظر تفاصيل التمويل والجدول الزمني منذ أشهر طويلة. وأكد أن الميزانية مرصودة بالكامل منذ بداية العام الحالي وأن التنفيذ سيبدأ فور إقرار الخطة في مجلس الوزراء.",
      "",
      "أمطار غزيرة في الشمال",
      "وأضاف أن الطرق ستبقى مغلقة حتى صباح الغد.",
    ].join("\n");
    const result = extract(text);
    assert.equal(result.articles.length, 2);
    assert.equal(result.articles[1]!.title, "أمطار غزيرة في الشمال");
    const last = result.statements.at(-1)!;
    assert.equal(last.article, 1);
    assert.equal(last.speaker, null, "the dropped subject has no speaker in its own article");
    assert.ok(
      result.statements.every((s) => !s.text.includes("يعد بخطة")),
      "a headline is not a statement",
    );
  });

  it("returns nothing for empty input", () => {
    assert.deepEqual(extract("").statements, []);
    assert.deepEqual(extract("   \n\n ").statements, []);
  });
});

describe("extraction, Arabic noun phrases and antecedents", () => {
  it("ends the speaker where definiteness says a new phrase starts", () => {
    const called = only("ودعت المنظمة دول العالم إلى توخي الحذر.")[0];
    assert.equal(called!.speakerMention, "المنظمة", "«دول العالم» is the object, not part of the speaker");
    const [met] = only("وقالت روسيف في اجتماعها مع حكام الولايات إن الإصلاحات باتت ضرورية.");
    assert.equal(met!.speaker, "روسيف", "a circumstance after a name is not the name");
  });

  it("takes the name after a long role and drops the descriptor after an institution", () => {
    const [adviser] = only("وقال مستشار الرئيس لشؤون الاتصالات صبري صيدم إن المواقع تعرضت لهجوم.");
    assert.equal(adviser!.speaker, "صبري صيدم");
    assert.equal(adviser!.speakerRole, "مستشار الرئيس لشؤون الاتصالات");
    const [paper] = only('قالت صحيفة " هآرتس " الإسرائيلية إن الرسالة أرسلت.');
    assert.equal(paper!.speaker, "صحيفة هآرتس");
  });

  it("lets a told outlet in quotation marks stand between «وبين» and its «أن»", () => {
    assert.deepEqual(
      only("قال الوزير إن العمل مستمر. وبين لـ«الجزيرة» أن الدراسة مستمرة.").map((s) => [s.speaker, s.text]),
      [
        ["الوزير", "العمل مستمر"],
        ["الوزير", "الدراسة مستمرة"],
      ],
    );
  });

  it("keeps a quoted name's closing mark in the words that name the source", () => {
    assert.equal(only('وقال مؤسس "فيسبوك" إن الخصوصية مهمة.')[0]?.speakerMention, 'مؤسس "فيسبوك"');
  });

  // [text, the speaker of each statement]: who a dropped subject, a participle or a definite description takes up.
  const antecedents: [string, string[]][] = [
    ["أعلنت الحكومة إغلاق المعبر الحدودي، حسب بيان لوزارة الداخلية. وأعادت فتحه بعد ساعات، وفق البيان الصادر صباح الاثنين.", ["الحكومة", "الحكومة"]],
    ["وقال الرئيس إن الأزمة ستنتهي. وقال رئيس الوزراء إن الحلول صعبة.", ["الرئيس", "رئيس الوزراء"]],
    ["وقال الوزير إن الأزمة ستنتهي. وقال وزير المالية إن الحلول صعبة.", ["الوزير", "وزير المالية"]],
    ["وقال وزير المالية إن الحلول صعبة. وأضاف الوزير أن الأزمة ستنتهي.", ["وزير المالية", "وزير المالية"]],
    ["قال الرئيس عبد الفتاح السيسي إن مصر تدعم الحل. وأضاف عبدالفتاح السيسي أن الاقتصاد يتعافى.", ["عبد الفتاح السيسي", "عبد الفتاح السيسي"]],
    ["من جانبهم، أشاد مواطنون بقرار البلدية. وقالوا إن القرار صائب.", ["مواطنون"]],
    ["يعاني التاجر سامي حداد من تراجع المبيعات منذ أشهر. وقال إن الزبائن اختفوا.", ["سامي حداد"]],
    ["وأشاد الوزير الأول بالقرار. وقال إن القرار صائب.", ["الوزير الأول"]],
    ["قال الوزير خالد العمري إن العمل مستمر. وبحسبه، فإن المشروع سيكتمل قريبا.", ["خالد العمري", "خالد العمري"]],
    ["قال الوزير خالد العمري إن العمل مستمر. والمشروع سيكتمل قريبا، حسب قوله.", ["خالد العمري", "خالد العمري"]],
    [
      "وقال مدير المركز خالد الرشيدي إن الشكوى كيدية. جدير بالذكر أن المراجعة ذكرت أن شقيقها تقدم ببلاغ وذكرت مدير المركز بالاسم، مبينة أنه منح الموظفين المجال.",
      ["خالد الرشيدي", "المراجعة", "المراجعة"],
    ],
    [
      'وقال رئيس الرابطة ناصر الشهري إن النظام واضح. وبعد أن بعث المحامي سعود العنزي خطابا إلى الرابطة، قال في تصريح خاص "النص الحالي للنظام لا يسمح بالإيقاف".',
      ["ناصر الشهري", "المحامي سعود العنزي"],
    ],
    [
      'وقال زوج الطبيبة ماجد الحربي إن الوزارة أخطأت. وأشار إلى أنه سيقدم شكوى بشأن ما ذكره الناطق الرسمي للوزارة عن نقل زوجته، وقال "هذا كلام غير دقيق ويخالف الحقيقة".',
      ["ماجد الحربي", "ماجد الحربي", "ماجد الحربي"],
    ],
    [
      "وقال الرئيس دونالد ترامب إن الرسوم ستبقى. وفي البازار القديم بمدينة أنقرة، يعاني أوزان يلماز من نفس المتاعب. وذكر أن الزبائن قلة.",
      ["دونالد ترامب", "أوزان يلماز"],
    ],
    ["وقال مسؤول في الوزارة، طلب عدم ذكر اسمه، إن الاتفاق قريب. وأضاف المسؤول أن التوقيع سيتم الأسبوع المقبل.", ["مسؤول في الوزارة", "مسؤول في الوزارة"]],
    ["وقال الوزير سامي حداد إن الاتفاق سيء. ورد الوزير خالد العمري قائلا إن الاتفاق جيد.", ["سامي حداد", "خالد العمري"]],
    ["وتمنى العتيبي لسالم الدوسري التوفيق مع الهلال. وأكد العتيبي أن الاسم أطلقه المشجعون.", ["العتيبي"]],
    [
      "وأكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أن المملكة ماضية في الإصلاح. وأوضح حفظه الله أن الشباب هم الثروة.",
      ["سلمان بن عبدالعزيز", "سلمان بن عبدالعزيز"],
    ],
    [
      "قال رئيس الوزراء إن الحكومة ستخفض الضرائب. وانتقد زعيم المعارضة الخطة، قائلا إنها تخدم الأغنياء. ورد رئيس الوزراء بأن الخطة تخدم الجميع.",
      ["رئيس الوزراء", "زعيم المعارضة", "رئيس الوزراء"],
    ],
    [
      'وقالت منظمة الصحة إن الوباء تراجع. وأوضح بيان الخارجية الأردنية أن الإجراءات قانونية. واستهجنت الخارجية الأردنية مطالبة هولندا "بالإطلاق العاجل" للمحتجزين. وقالت إن هذه اللغة مرفوضة.',
      ["منظمة الصحة", "الخارجية الأردنية", "الخارجية الأردنية", "الخارجية الأردنية"],
    ],
  ];
  for (const [text, speakers] of antecedents)
    it(text, () =>
      assert.deepEqual(
        only(text).map((s) => s.speaker),
        speakers,
      ),
    );

  it("lets a source named without a statement of its own be the speaker of the next «وقالت»", () => {
    const statements = only('وصل الوفد أمس. وعبرت شقيقة جاكسون تويا في حديث مع صحيفة بريطانية عن شكوكها وقالت "أعتقد أنه قتل".');
    assert.equal(statements.length, 1);
    assert.equal(statements[0]!.speaker, "تويا");
    assert.equal(statements[0]!.speakerRole, "شقيقة جاكسون");
  });

  describe("according-to frames the annotation guide lists, closing the sentence they attribute", () => {
    // [text, [content, speaker] of each statement]
    const cases: [string, [string, string | null][]][] = [
      ["وصل الوفد أمس. «الوضع مستقر تماما في المدينة» على حد تعبير الوزير.", [["الوضع مستقر تماما في المدينة", "الوزير"]]],
      ["وصل الوفد أمس. الوضع مستقر تماما في المدينة، كما قال الوزير.", [["الوضع مستقر تماما في المدينة", "الوزير"]]],
      ["وصل الوفد أمس. الأسعار سترتفع، حسب ما ذكره المحلل.", [["الأسعار سترتفع", "المحلل"]]],
      // A frame between commas inside the clause, which goes on with a quotation: its closing mark stays.
      ['ويعيش النادي، وفق ما يقول رئيسه، "أفضل أيامه منذ عقد".', [['يعيش النادي، وفق ما يقول رئيسه، "أفضل أيامه منذ عقد"', "رئيسه"]]],
      [
        'وقال الرئيس: "علينا أن نساعد المتضررين"، مشيرا إلى المصابين الذين وصل عددهم 412 شخصا، كما يفيد التقرير الأخير.',
        [
          ["علينا أن نساعد المتضررين", "الرئيس"],
          ["المصابين الذين وصل عددهم 412 شخصا", "الرئيس"],
        ],
      ],
    ];
    for (const [text, expected] of cases)
      it(text, () =>
        assert.deepEqual(
          only(text).map((s) => [s.text, s.speaker]),
          expected,
        ),
      );
  });

  describe("a verb opening its sentence names the subject a later dropped subject continues", () => {
    // [text, the last statement's speaker]: the subject of any verb, not only of a speech verb.
    const cases: [string, string | null][] = [
      ["وقال وزير الصحة إن الوضع مستقر. وكانت منظمة العمل الدولية قد دقت ناقوس الخطر، وأوضحت في تقرير أن البطالة تشكل أزمة.", "منظمة العمل الدولية"],
      ["وقال وزير الصحة إن الوضع مستقر. واستدعت وزارة الخارجية المغربية سفيرها في باريس للتشاور. وقالت إن العبارة مؤسفة.", "وزارة الخارجية المغربية"],
      ["وقال وزير الصحة إن الوضع مستقر. واستدعت وزارة الخارجية المغربية السفير الفرنسي. وقالت إن العبارة مؤسفة.", "وزارة الخارجية المغربية"],
      [
        "قدّر الاتحاد الأوروبي الخسائر بمليار يورو. وقالت وزارة الزراعة إن الأرقام مبالغ فيها. وكان الاتحاد الأوروبي قد أصدر تقريرا، وقال فيه إن الخسائر كبيرة.",
        "الاتحاد الأوروبي",
      ],
      ['وقالت لجنة الانضباط إن القرار نهائي. وكانت "المدينة" قد كشفت الثغرة في اللائحة، وأشارت إلى أن الاتحاد قد يعدلها.', "المدينة"],
      ["وأشاد الوزير بجهود العاملين، مؤكدا أن النجاح جماعي.", "الوزير"],
    ];
    for (const [text, speaker] of cases) it(text, () => assert.equal(only(text).at(-1)!.speaker, speaker));
  });

  it("keeps a name after its role whole, never a known person's surname followed by an object", () => {
    const statements = only("وقالت الإعلامية سلوى حسن إن الصحيفة أخطأت. من جانبه، قال الإعلامي محمد الشمري إن القرار صائب.");
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["سلوى حسن", "محمد الشمري"],
    );
  });

  it("resolves a role noun to the person who held it, and a given name to the full name", () => {
    const statements = only(
      "صرح ليو وي مين المتحدث باسم وزارة الخارجية الصينية أن بلاده ترفض العقوبات. وأكد المتحدث باسم الخارجية الصينية أن الواردات طبيعية.",
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["ليو وي مين", "ليو وي مين"],
    );
    const named = only("اتهم تيري ديران مدير العمليات المدعي بتقديم معلومات مغلوطة. وقال تيري إن ذلك ليس صحيحا.");
    assert.equal(named[named.length - 1]!.speaker, "تيري ديران");
  });
});

describe("extraction, Arabic clause edges and nominal content", () => {
  it("ends a statement where another speech verb opens its own clause", () => {
    const statements = only(
      "أكدت الوكالة أن الحالات وصلت إلى 1004، ومؤخرا أعلنت منظمة الصحة العالمية أن المرض أصبح وباء. ورأى الناقد أن الأغنية لا تحتاج إلى تصفيق ومرة قال: إن الأغنية يلزمها صوت أدفأ.",
    );
    assert.deepEqual(
      statements.map((s) => s.text),
      ["الحالات وصلت إلى 1004", "المرض أصبح وباء", "الأغنية لا تحتاج إلى تصفيق", "الأغنية يلزمها صوت أدفأ"],
    );
    assert.equal(statements[1]!.speaker, "منظمة الصحة العالمية");
    const [who] = only("وصفت المنظمة الوضع بأنه يشكل حالة طوارئ، في حين بلغ عدد الضحايا 81 شخصا.");
    assert.equal(who!.text, "الوضع بأنه يشكل حالة طوارئ", "وصف's content starts at its object, as the annotation guide has it");
  });

  // [text, contents]: after a comma the narrator goes on with a consequence, a circumstance, an apposition or a gloss.
  const narrator: [string, string[]][] = [
    // Inside a clause, with no comma, «وفق الخطة» says how: a plan is no agent, and the frame takes nothing.
    ["وقال المدرب إن الفريق جاهز، مؤكدا أن التحضيرات تسير وفق الخطة.", ["الفريق جاهز", "التحضيرات تسير وفق الخطة"]],
    ["ويتم توزيع المساعدات حسب الأولوية.", []],
    // «دون أن» and a verb of what was left out or could not be checked: the narrator's caveat.
    ["وأشارت تقارير محلية إلى غرق قاربين، دون أن يتسنى التحقق منها بشكل مستقل.", ["غرق قاربين"]],
    ["وقال المتحدث إن المعبر سيغلق، دون أن يقدم تفاصيل إضافية.", ["المعبر سيغلق"]],
    ["وقال المتحدث إن البلدية رفعت الرسوم دون أن تستشير المجلس.", ["البلدية رفعت الرسوم دون أن تستشير المجلس"]],
    ["وأكد الوسيط أن قيمة العقد كبيرة، مما دفع الزوجة إلى مطالبته بالاتصال بأخيها.", ["قيمة العقد كبيرة"]],
    ["وتطالب لندن بإطلاق سراحه فورا، وسط تجاهل تام من جانب الحكومة.", ["بإطلاق سراحه فورا"]],
    ["وتطالب باريس بإطلاق سراحه فورا، وسط تجاهل تام من جانب الحكومة.", ["بإطلاق سراحه فورا"]],
    ["وأعرب الباحث عن قلقه من تفشي الأمراض في إندونيسيا، ذلك البلد الذي يبلغ عدد سكانه مئتي مليون.", ["قلقه من تفشي الأمراض في إندونيسيا"]],
    ["وأعلنت الجماعة أنها ألقت السلاح، واضعة بذلك حدا لآخر نزاع مسلح.", ["أنها ألقت السلاح"]],
    ["وأكد الكاتب أن البيان، ورفضها وصف القتلى بالأبطال أدى لاستياء واسع.", ["البيان، ورفضها وصف القتلى بالأبطال أدى لاستياء واسع"]],
    ["وقال الوزير إن الوضع صعب ووصف القرار بأنه خاطئ.", ["الوضع صعب", "القرار بأنه خاطئ"]],
    ["وأشارت المعارضة إلى أن الإغلاق محاولة لتكميم الأفواه، فيما رفضت الحكومة الاتهامات.", ["الإغلاق محاولة لتكميم الأفواه"]],
    ["وقال الوزير إن الحكومة ستواصل دعم القطاع الخاص، وذلك خلال مؤتمر صحفي عقده أمس.", ["الحكومة ستواصل دعم القطاع الخاص"]],
    ["وقال الوزير إن الحكومة ستواصل دعم القطاع الخاص، جاء ذلك في كلمة ألقاها أمام المنتدى.", ["الحكومة ستواصل دعم القطاع الخاص"]],
    ["وقال الوزير إن الحكومة ستواصل دعم القطاع الخاص، خلال افتتاحه المنتدى الاقتصادي.", ["الحكومة ستواصل دعم القطاع الخاص"]],
    ["وقال الوزير إن الحكومة ستواصل دعم القطاع الخاص، علما بأن الخطة ستكلف المليارات.", ["الحكومة ستواصل دعم القطاع الخاص"]],
    ["وقال الوزير إن الحكومة ستواصل دعم القطاع الخاص، وكانت الحكومة قد أعلنت خطة مماثلة.", ["الحكومة ستواصل دعم القطاع الخاص"]],
    ["وقال الوزير إن الحكومة ستواصل دعم القطاع الخاص (وفق وكالة الأنباء الرسمية).", ["الحكومة ستواصل دعم القطاع الخاص"]],
    ["وقال الوزير، في مقابلة تلفزيونية سجلت الأربعاء، إن الحكومة ستواصل دعم القطاع الخاص.", ["الحكومة ستواصل دعم القطاع الخاص"]],
    ['وقال الوزير "ستستمر الملاحقات"، و"لن ينجو أحد من المحاسبة".', ['ستستمر الملاحقات"، و"لن ينجو أحد من المحاسبة']],
    ['ودعت الوزيرة كل الجهات إلى "اتخاذ الخطوات اللازمة".', ['كل الجهات إلى "اتخاذ الخطوات اللازمة"']],
    ["ودعا الوزير المواطنين إلى الالتزام بالتعليمات.", ["المواطنين إلى الالتزام بالتعليمات"]],
    ["ودعت الأمم المتحدة الأطراف إلى الحوار.", ["الأطراف إلى الحوار"]],
    // A verb after the circumstance's indefinite noun («في تقرير صدر الثلاثاء») describes it; the cue's «من» brings the content.
    ["حذر البنك الدولي في تقرير صدر الثلاثاء من تباطؤ النمو.", ["تباطؤ النمو"]],
    ["وقد حثت البلدية مؤخرا السكان على ترشيد المياه.", ["السكان على ترشيد المياه"]],
    // An institution's head in construct after the definite subject opens the object.
    ['كما دعت الرابطة الإقليمية مجلس الأمن الدولي إلى "تحمل مسؤولياته".', ['مجلس الأمن الدولي إلى "تحمل مسؤولياته"']],
  ];
  table(narrator, (s) => s.text);

  it("takes a verbal noun or an agreeing possessive as the content of أعلن, أكد and نفى", () => {
    const [deal] = only('أعلنت شركة " فيسبوك " استحواذها على تطبيق " واتس آب " في صفقة كبيرة.');
    assert.equal(deal!.speaker, "شركة فيسبوك");
    assert.equal(deal!.text, 'استحواذها على تطبيق " واتس آب " في صفقة كبيرة');
    const [talks] = only("أكد وكيل اللاعب كرستيان أولجادي وجود مفاوضات بينه وبين مسؤولي فالنسيا.");
    assert.equal(talks!.speaker, "كرستيان أولجادي");
    assert.equal(talks!.text, "وجود مفاوضات بينه وبين مسؤولي فالنسيا");
    // A possessive inside a circumstance («خلال اجتماعه») is not the content when a complementiser follows.
    const [met] = only("أكد الوزير خلال اجتماعه أن الاتفاق قريب.");
    assert.equal(met!.text, "الاتفاق قريب");
  });

  it("finds the group behind «هذه المجموعة» and keeps a different group apart", () => {
    const statements = only(
      'وقد أفيد بأن مجموعة " أنونيموس " الدولية هي التي تبنت الهجوم. وكانت هذه المجموعة قد أعلنت عزمها مهاجمة المواقع و" محوها من الوجود " في السابع من أبريل، حسب ما أفادت به الإذاعة. بالمقابل، أعلنت مجموعة قراصنة إسرائيليين أنها تمكنت من شن هجوم مضاد، وهذا ما أكده المستشار صبري صيدم.',
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["مجموعة أنونيموس", "مجموعة قراصنة إسرائيليين"],
    );
    assert.equal(statements[0]!.text, 'عزمها مهاجمة المواقع و" محوها من الوجود " في السابع من أبريل');
    assert.equal(statements[1]!.text, "أنها تمكنت من شن هجوم مضاد");
  });

  it("names a role's earlier holder from a later mention, and speaks for a document's owner", () => {
    const statements = only(
      "أكد وكيل أعمال المهاجم الشيلي إدواردو فارجاس وجود مفاوضات مع فالنسيا. وقال وكيل اللاعب كرستيان أولجادي إن الاتفاق قريب. ومع التقرير السنوي للنقابة الوطنية للصحفيين، صرحت فيه بوجود تراجع في الحريات.",
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["كرستيان أولجادي", "كرستيان أولجادي", "النقابة الوطنية للصحفيين"],
    );
    const [father] = only('وقال والده جو إن ابنه كان " ضحية جريمة قتل ".');
    assert.equal(father!.speaker, "جو");
  });
});

describe("extraction, English", () => {
  it("finds the subject past intro phrases and takes the name from a role's apposition", () => {
    const [pence] = only('The Vice President, Mike Pence, said on Friday the country is "in the midst of a crisis."');
    assert.equal(pence!.speaker, "Mike Pence");
    assert.equal(pence!.speakerRole, "Vice President");
    const [unesco] = only("In an interview with Sputnik News, UNESCO also said that this change would require its approval.");
    assert.equal(unesco!.speaker, "UNESCO");
    const [miller] = only("Doug Miller of Milltech Marine, a firm specialising in AIS, told our correspondent the transponder broadcasts automatically.");
    assert.equal(miller!.speaker, "Doug Miller");
    assert.equal(miller!.text, "the transponder broadcasts automatically");
  });

  it("never reads a noun in -s after a participle as the verb of a trailing attribution", () => {
    const statements = only('Marchers went by, chanting "No Hill," raising fresh questions about the party.');
    assert.deepEqual(
      statements.filter((s) => s.cue === "questions"),
      [],
    );
  });

  it("walks a subject past a quoted title inside it, but not past a quotation its attribution follows", () => {
    const cases: [string, string | null][] = [
      ['Bill Eastland, wearing a cowboy hat and "Ted Cruz" campaign pins, said the convention was weak.', "Bill Eastland"],
      ['Hemsley, the co-author of "Going Viral," about the spread of information, said the days of one story are gone.', "Hemsley"],
      ['The "Hamilton" star said the show would go on.', '"Hamilton" star'],
      ["The French are big fans of ''Prison Break,'' David Madden said.", "David Madden"],
    ];
    for (const [text, speaker] of cases) assert.equal(only(text)[0]?.speaker ?? null, speaker, text);
  });

  it("keeps the subject of a view's verb used as an act as the antecedent of a later pronoun", () => {
    const statements = only("Trump maintained the campaign theme of law and order. In addition, he announced the creation of a special park.");
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.cue]),
      [["Trump", "announced"]],
    );
  });

  it("keeps who said nothing as the antecedent of a later pronoun", () => {
    const statements = only("Trump and Lewandowski have said little about the incident. They asserted that he never touched the reporter.");
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.text]),
      [["Trump and Lewandowski", "he never touched the reporter"]],
    );
  });

  it("gives a question put to someone to whoever asked it, or to no one", () => {
    const asked = only('Blumenthal was asked, "If you had known about the server, would you have told her it was a bad idea?" He answered, "I have no idea."');
    assert.deepEqual(
      asked.map((s) => [s.speaker, s.cue]),
      [["Blumenthal", "answered"]],
    );
    const byHost = only('Sanders was asked by host Bill Maher, who backs him, "Now, you famously said you were tired of hearing about the emails."');
    assert.deepEqual(
      byHost.map((s) => [s.speaker, s.cue]),
      [["Bill Maher", "asked"]],
    );
  });

  it("names a body's spokesman or justice by the role, and a justice with a name by the name", () => {
    const cases: [string, string][] = [
      ["The Supreme Court justice said the ruling was narrow.", "Supreme Court justice"],
      ["Labor Department officials said the rule would stand.", "Labor Department officials"],
      ["Supreme Court Justice Ruth Bader Ginsburg said the ruling was narrow.", "Ruth Bader Ginsburg"],
      ["The Justice Department said investigators were looking into it.", "Justice Department"],
      ["The White House said the visit would go ahead.", "White House"],
    ];
    for (const [text, speaker] of cases) assert.equal(only(text)[0]?.speaker, speaker, text);
  });

  it('keeps two people joined by "and" together, titles and all, but not an office of two parts', () => {
    const cases: [string, string][] = [
      ["Sen. Susan Collins and Rep. Louie Gohmert suggested the plan was flawed.", "Sen. Susan Collins and Rep. Louie Gohmert"],
      ["Donald J. Trump and House Speaker Paul Ryan said the plan was flawed.", "Donald J. Trump and House Speaker Paul Ryan"],
      ["Clinton and Sen. Bernie Sanders said the plan was flawed.", "Clinton and Sen. Bernie Sanders"],
      ["Former Secretary of State and Democratic frontrunner Hillary Clinton said the plan was flawed.", "Hillary Clinton"],
      ["Trade and Industry Minister Jane Roe said the plan was flawed.", "Jane Roe"],
    ];
    for (const [text, speaker] of cases) assert.equal(only(text)[0]?.speaker, speaker, text);
  });

  it("reads an office «from» a place before a name as the office of that person", () => {
    assert.equal(only("United States Senator from Vermont Bernie Sanders said the plan was flawed.")[0]?.speaker, "Bernie Sanders");
    assert.equal(only("A senator from Vermont said the plan was flawed.")[0]?.speaker, "A senator from Vermont");
  });

  it("names the person after a long role whose brackets hold commas", () => {
    const [cash] = only(
      'The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), Mick Cash, said the measure was "nowhere near enough."',
    );
    assert.equal(cash!.speaker, "Mick Cash");
  });

  it("finds the subject after an opening phrase that no comma closes", () => {
    const cases: [string, string | null][] = [
      ["At the rally Smith said the plan had failed.", "Smith"],
      ["At 5 p.m. Smith said the plan had failed.", "Smith"],
      ["At about 5:17 p.m. his daughter reported to the police that he had left home.", "his daughter"],
      ["In an interview with CNN Trump said the plan had failed.", null],
    ];
    for (const [text, speaker] of cases) assert.equal(only(text)[0]?.speaker ?? null, speaker, text);
  });

  it("gives a participle aside between a subject and its verb of speech that subject, and keeps the subject", () => {
    const statements = only("Durbin, noting that the list was large, said the party would benefit.");
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.cue]),
      [
        ["Durbin", "noting"],
        ["Durbin", "said"],
      ],
    );
    const after = only(
      "So far, Sanders has shown little inclination. But Sen. Richard J. Durbin (D-Ill.), noting the size of the list, said the party would benefit.",
    );
    assert.deepEqual([...new Set(after.map((s) => s.speaker))], ["Richard J. Durbin"]);
    assert.deepEqual([...new Set(after.map((s) => s.speakerRole))], ["Sen."], "what the speaker did is no role");
    const [placed] = only(
      "Officials familiar with the server taken from her house in Chappaqua, N.Y., speaking on the condition of anonymity, said it was secure.",
    );
    assert.equal(placed!.speaker, "Officials familiar with the server taken from her house in Chappaqua, N.Y.");
  });

  it("leaves where and when it was said out of the speaker, but keeps a phrase that says who", () => {
    const cases: [string, string][] = [
      ['Trump in his announcement speech called immigrants "rapists."', "Trump"],
      ["Clinton during the debate said the plan was dead.", "Clinton"],
      ["The senator at a rally in Iowa said the plan was dead.", "senator"],
      ["Officials in the city said the plan was dead.", "Officials in the city"],
    ];
    for (const [text, speaker] of cases) assert.equal(only(text)[0]?.speaker, speaker, text);
  });

  it("reads the subject after a conjunction that opens the sentence, and a name in a titled apposition, but no participle or pair", () => {
    const cases: [string, string | null][] = [
      ["But Sen. Richard J. Durbin (D-Ill.), noting the size of the list, said the party would benefit.", "Richard J. Durbin"],
      ["But the other candidate on the stage, former Secretary of State Hillary Clinton, said the plan was reckless.", "Hillary Clinton"],
      ["And the mayor's spokesman, a former reporter, said the budget was balanced.", "mayor's spokesman"],
      ["The aides, led by campaign manager Terry Sullivan, told the group that they would not win Iowa.", "aides"],
      ["The candidates, Jane Roe and Senator John Doe, said the deal was a mistake.", "candidates"],
    ];
    for (const [text, speaker] of cases) assert.equal(only(text).find((s) => s.cue !== "noting")?.speaker ?? null, speaker, text);
  });

  it("calls a source a person only when it ends on a name or a title, not when a capital only opens the sentence", () => {
    const cases: [string, string, string][] = [
      ["Early reports suggested police used simple tools to rescue people.", "Early reports", "unknown"],
      ["The Ipsos poll found that voters were split on the plan.", "Ipsos poll", "unknown"],
      ["The Florida senator said the bill passed.", "Florida senator", "person"],
      ["Jane Smith said the bill passed.", "Jane Smith", "person"],
      // "WHO" is the organisation, not the relative pronoun; an initialism is a body.
      ["The WHO said the virus is spreading.", "WHO", "organization"],
      ["According to the CDC, cases rose.", "CDC", "organization"],
    ];
    assertSpeakersAndKinds(cases);
  });

  it("leaves the subject before an aside that follows its auxiliary", () => {
    const [statement] = only("The United States had not, as of yesterday, announced any plans to remove the troops.");
    assert.deepEqual([statement?.speaker, statement?.text], ["United States", "any plans to remove the troops"]);
  });

  describe("resolves each statement to its speaker", () => {
    // [text, every statement's speaker]: a given name tells a gender, a body is never "he" or "she", and two names
    // that only begin alike are two speakers.
    const cases: [string, (string | null)[]][] = [
      [
        'Kanye West said he would run for president. Michelle Tidball said the campaign was ready. "She is not special like me," he said.',
        ["Kanye West", "Michelle Tidball", "Kanye West"],
      ],
      [
        'Senator Jane Smith said the deal was void. The Atlantic Council called the agreement illegal. "It ignores our islands," she added.',
        ["Jane Smith", "Atlantic Council", "Jane Smith"],
      ],
      // A capitalised word that opens a sentence («Without», «Because», «Yet») is no part of a name found after it.
      ['Nigeria previously announced it planned to join. Issoufou said, "Without Nigeria the zone would have been handicapped."', ["Nigeria", "Issoufou"]],
      [
        "The United States House of Representatives said the census question was unlawful. The United States Supreme Court ruled that the justification was contrived. Rep. Jim McDermott said the party must unite. Rep. Jim Clyburn said it is a problem.",
        ["United States House of Representatives", "United States Supreme Court", "Jim McDermott", "Jim Clyburn"],
      ],
    ];
    for (const [text, speakers] of cases)
      it(text, () =>
        assert.deepEqual(
          only(text).map((s) => s.speaker),
          speakers,
        ),
      );
  });

  it("never resolves a singular pronoun to a description with a plural head", () => {
    const statements = only(
      'Drummer Ginger Baker said he was born in London. His classmates encouraged him to play the drums. "I could play right away, and everyone was excited," he recalled.',
    );
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention]),
      [
        ["Drummer Ginger Baker", "Drummer Ginger Baker"],
        ["His classmates", "His classmates"],
        ["Drummer Ginger Baker", "he"],
      ],
    );
  });

  it("does not give a quotation that is its own sentence to the next cue with content", () => {
    const statements = only('Trump said on Friday "I may do it." Trump also said that he would prefer a deal.');
    assert.deepEqual(
      statements.map((s) => [s.text, s.type]),
      [
        ["I may do it.", "direct"],
        ["he would prefer a deal", "indirect"],
      ],
    );
  });

  it("gives a participle after a comma to the main clause's speaker", () => {
    const statements = only("Regional Governor Mujiv Hataman agreed, saying only this group was capable of the attack.");
    assert.equal(statements.length, 1);
    assert.equal(statements[0]!.speaker, "Mujiv Hataman");
  });

  it("drops titles from the speaker and resolves «she»", () => {
    const statements = only('Mayor Jane Doe said the city would recover quickly. "We are ready for the next storm," she said.');
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.type]),
      [
        ["Jane Doe", "indirect"],
        ["Jane Doe", "direct"],
      ],
    );
    assert.equal(statements[0]!.speakerRole, "Mayor");
  });

  it("reads according-to frames and trailing attributions", () => {
    const [frame] = only("According to the fire service, four victims were from a single family.");
    assert.equal(frame!.text, "four victims were from a single family");
    const [trailing] = only("The bridge will reopen next week, officials said.");
    assert.equal(trailing!.text, "The bridge will reopen next week");
    assert.equal(trailing!.speaker, "officials");
  });
});

describe("extraction, English subjects and colons", () => {
  it("reads a common-noun subject, a cue before its speaker and a quotation after a colon", () => {
    const statements = only(
      'The archaeologists say that the statues mark fresh water. Remarked Center for Biological Diversity scientist Tierra Curry, "This reprieve is a thank-you." Former CIA deputy director Michael Morell praised Mendez on Twitter: "Tony was one of the best officers."',
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["archaeologists", "Tierra Curry", "Michael Morell"],
    );
    assert.equal(statements[1]!.text, "This reprieve is a thank-you.");
    assert.equal(statements[1]!.speakerRole, "Center for Biological Diversity scientist");
  });

  it("keeps generic heads, passives' agents and an introduced full name straight", () => {
    const statements = only(
      'One interviewee said they wanted change. One MP told the BBC, "We know that people wanted to stay." Gutierrez was described by the CBCP as "a strong advocate for the environment." The group claimed responsibility for the attack.',
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["One interviewee", "One MP", "CBCP"],
    );
    const naming = only(
      'He removed people from danger, a process called "exfiltration." They posed as a film crew working on a supposed movie called Argo. Smith called the disappearance an "interesting" case.',
    );
    assert.deepEqual(
      naming.map((s) => s.speaker),
      ["Smith"],
    );
    const mendez = only(
      "Former CIA agent Tony Mendez died on Saturday. Mendez once told The Washington Post he considered himself an artist. Mendez's wife Jonna Mendez said he could be from anywhere.",
    );
    assert.deepEqual(
      mendez.map((s) => s.speaker),
      ["Tony Mendez", "Jonna Mendez"],
    );
  });
});

describe("extraction, numbers and naming", () => {
  it("keeps a decimal number inside its statement in both languages", () => {
    const [price] = only("The association reports a value of US$473.60 per metric ton as of November.");
    assert.equal(price!.text, "a value of US$473.60 per metric ton as of November");
    const [vote] = only("وأشار إلى أن الانتخابات جرت بحضور 98.9 % من أعضاء مجلس الشورى.");
    assert.equal(vote!.text, "الانتخابات جرت بحضور 98.9 % من أعضاء مجلس الشورى");
  });

  it("does not take naming, nouns, passives or signs for speech", () => {
    const statements = only(
      'The statues dot Rapa Nui, also called Easter Island. She spliced these into DNA sequences called plasmids. He was recalled to Scripps where he worked. Ian Campbell, whose screen credits include Star Trek, had a booth. Protesters carried a banner saying "put it to the people". Smith called the disappearance an "interesting" case.',
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["Smith"],
    );
    assert.deepEqual(only('الملصقات التي تنتشر في شوارع العاصمة تقول " شعب واحد، أمة واحدة " لم تعد تخدع أحدا.'), []);
  });
});

describe("extraction, Arabic agreement, objects and appointed roles", () => {
  it("gives a participle the subject that «إلا أن» or «لكن» puts before its verb", () => {
    const statements = only(
      "وكانت الصحيفة قد كشفت الثغرة، إلا أن لجنة المسابقات رفضت رفع الإيقاف بعد أن تلقت طلبا من الناديين، مشيرة إلى أنها تستند على المادة الرابعة.",
    );
    assert.equal(statements.find((s) => s.cue === "مشيرة")?.speaker, "لجنة المسابقات");
    const [but] = only("لكن الوزارة رفضت الطلب، مؤكدة أن القرار نهائي.");
    assert.deepEqual([but!.speaker, but!.text], ["الوزارة", "القرار نهائي"]);
    const quoted = only(
      'وتابعت "حاولنا بشتى الطرق، إلا أن الصحيفة لم تلتزم". من جانبه، بين الإعلامي سامي الراشد أن الإغلاق درس، مؤكدا أن المقال أدى لغضب شعبي.',
    );
    assert.equal(quoted.find((s) => s.cue === "مؤكدا")?.speaker, "سامي الراشد", "a contrast inside an earlier quotation is not the participle's");
  });

  it("gives a masculine dropped subject, the unmarked form, to whoever spoke last when no one agrees with it", () => {
    const statements = only('وقالت وزيرة الخارجية هند السالم إن بلادها لن تتراجع. وأضاف: "نهجنا هو أننا لن نصعد".');
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["هند السالم", "هند السالم"],
    );
    const feminine = only('وقال المتحدث باسم الوزارة إن الاجتماع سيعقد غدا. وأضافت: "لن نتراجع".');
    assert.equal(feminine[1]!.speaker, null, "a feminine verb never falls back on a man");
  });

  it("reads a plural verb's subject before it and gives a later plural cue to the group", () => {
    const [accuse] = only("لكن المقربين من المغني يتهمون الأطباء بأنهم تسببوا بوفاته.");
    assert.equal(accuse!.speaker, "المقربين من المغني");
    assert.equal(accuse!.text, "الأطباء بأنهم تسببوا بوفاته");
    const statements = only(
      "وأكد أعضاء الجماعة على الاستمرار بنهجها، وأشاروا أن الانتخاب دليل على قوتها. رغم أن العديد من المصادر غير الرسمية أكدت أن الشرطة قررت ذلك.",
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["أعضاء الجماعة", "أعضاء الجماعة", "العديد من المصادر غير الرسمية"],
    );
    assert.equal(statements[0]!.speakerKind, "group");
  });

  it("takes a plural source after «عن» for the group it is, never for a name that runs on into «قولهم»", () => {
    const cases: [string, string, string][] = [
      ["ونقلت الصحيفة عن مسؤولين قولهم إن لندن ستنضم للتحالف.", "مسؤولين", "anonymous"],
      ["ونقلت الصحيفة عن دبلوماسيين قولهم إن لندن ستنضم للتحالف.", "دبلوماسيين", "anonymous"],
      ["ونقلت الصحيفة عن محللين قولهم إن الأسواق ستتعافى.", "محللين", "group"],
      ["وقالت بلينكين إن الوضع جيد.", "بلينكين", "person"],
    ];
    assertSpeakersAndKinds(cases);
  });

  it("never takes a minister for the ministry whose name differs from her title by a letter", () => {
    const statements = only(
      "أعلنت وزارة الصحة السعودية تسجيل 120 إصابة جديدة.\n\nمن جانبها، أكدت وزيرة الصحة الإماراتية أن بلادها تتابع الوضع. وأشارت إلى أن التنسيق مستمر.",
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["وزارة الصحة السعودية", "وزيرة الصحة الإماراتية", "وزيرة الصحة الإماراتية"],
    );
  });

  it("takes a later short form of an unnamed description for the same source, past a time phrase", () => {
    const statements = only(
      "وقال المتحدث باسم وزارة الخارجية الأمريكية إن الإدارة منفتحة على الحوار. وأضاف المتحدث أن الخطة قابلة للنقاش.\n\nوقال الرئيس الفلسطيني محمود عباس إن القدس ليست للبيع.\n\nوقال الرئيس الفلسطيني في وقت لاحق إن السلطة ستتوجه إلى مجلس الأمن.",
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["المتحدث باسم وزارة الخارجية الأمريكية", "المتحدث باسم وزارة الخارجية الأمريكية", "محمود عباس", "محمود عباس"],
    );
  });

  it("keeps two holders of one role apart when each names another country", () => {
    const statements = only(
      "أكد مدرب المنتخب السعودي هيرفي رينارد أن فريقه جاهز.\n\nفي المقابل، اعترف مدرب اليابان بصعوبة المهمة، وقال إن الأجواء ستكون صعبة.\n\nوقال مدرب اليابان إن فريقه استعد جيدا.",
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["هيرفي رينارد", "مدرب اليابان", "مدرب اليابان"],
    );
  });

  it("remembers a name given in apposition to an opening role for a later pronoun", () => {
    const statements = only('The company\'s chief executive, Sarah Lin, defended the layoffs on Monday. "These decisions were necessary," she wrote.');
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention]),
      [["Sarah Lin", "she"]],
    );
    const married = only("She was also married to George Weidler, Marty Melcher, and Barry Comden. She said Jorden had been abusive.");
    assert.notEqual(married[0]?.speaker, "Marty Melcher", "a clause with a verb is no role");
  });

  it("gives a relative clause after a name and its apposition the name, not the apposition", () => {
    const statements = only('"The Fed is behind the curve," said Diane Swonk, chief economist at KPMG, who argued that rates should have come down.');
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention]),
      [
        ["Diane Swonk", "Diane Swonk"],
        ["Diane Swonk", "who"],
      ],
    );
  });

  it("names the person elected to a role a later sentence only titles", () => {
    const statements = only("أعلنت الجماعة عن انتخاب محمد عبادي أمينا عاما للمنظمة. وشدد الأمين العام المنتخب على التزام الجماعة بالمبادئ.");
    assert.equal(statements[1]!.speaker, "محمد عبادي");
    assert.equal(statements[1]!.speakerRole, "الأمين العام المنتخب");
  });

  it("leaves the object of وصف to the content once the speaker is known, and keeps محمد apart from أحمد", () => {
    const statements = only('أعلنت شركة كاسبرسكي لاب أمس عن اكتشاف فيروس جديد. ووصفت كاسبرسكي لاب فيروس ميني فليم الجديد بأنه " برنامج مؤذ صغير ".');
    assert.equal(statements[1]!.speaker, "شركة كاسبرسكي لاب");
    assert.equal(statements[1]!.speakerMention, "كاسبرسكي لاب");
    assert.equal(statements[1]!.text, 'فيروس ميني فليم الجديد بأنه " برنامج مؤذ صغير "');
    const pair = only("وقال أحمد عصيد إن الرسالة قديمة. ودعا محمد الفزازي، وهو فقيه مغربي، إلى محاكمة أحمد عصيد.");
    assert.deepEqual(
      pair.map((s) => s.speaker),
      ["أحمد عصيد", "محمد الفزازي"],
    );
  });

  it("reads roles with quoted institutions, outlets named «… اليوم», speeches given «فيها» and «كما قال»", () => {
    const statements = only(
      'وقال مؤسس فيسبوك مارك زوكربيرغ إن الصفقة مهمة. وأوضح مؤسس " فيسبوك " أن الاستحواذ سيساعد شركته. كما أفادت مراسلة قناة روسيا اليوم أن إسرائيل شنت حملة. وأخيرا كلمة جيمي ويلز، التي ذكر فيها عددا من التطورات الهامة. استهل الفنان اللبناني مارسيل خليفة حفلة بأغنية لمحمود درويش الذي " رحل لكنه حاضر اليوم معنا "، كما قال.',
    );
    assert.equal(statements[1]!.speakerRole, "مؤسس فيسبوك");
    assert.equal(statements[2]!.speaker, "مراسلة قناة روسيا اليوم");
    assert.deepEqual([statements[3]!.speaker, statements[3]!.text], ["جيمي ويلز", "عددا من التطورات الهامة"]);
    assert.deepEqual([statements[4]!.speaker, statements[4]!.text], ["مارسيل خليفة", "رحل لكنه حاضر اليوم معنا"]);
  });

  it("takes nominal objects and a dropped subject's «واعتبر X Y-an», and ends at «ولكنه أكد»", () => {
    const statements = only(
      "اقترح رئيس المجلس سامي الخطيب أمس خلال اجتماع مع حكام الولايات تنظيم استفتاء عام. واعتبر أن الحديث عن الأسماء مازال مبكرا ولكنه أكد أن القائد يجب أن يكون شخصية توافقية واعتبر الحوار مع موسكو أمرا ضروريا.",
    );
    assert.deepEqual(
      statements.map((s) => s.text),
      ["تنظيم استفتاء عام", "الحديث عن الأسماء مازال مبكرا", "القائد يجب أن يكون شخصية توافقية", "الحوار مع موسكو أمرا ضروريا"],
    );
    assert.ok(statements.every((s) => s.speaker === "سامي الخطيب"));
  });
});

describe("extraction, English subjects, coordination and continued quotations", () => {
  it("names the person after a title, not a longer run of capitals before it", () => {
    assert.deepEqual(
      only("Polk County GOP Chairman Bill Rogers said the visit helped.").map((s) => s.speaker),
      ["Bill Rogers"],
    );
    assert.deepEqual(
      only("Former Pennsylvania governor Ed Rendell said the visit helped.").map((s) => s.speaker),
      ["Ed Rendell"],
    );
  });

  it("takes the object before a relative pronoun as the speaker when the clause names no other", () => {
    const statements = only("Trump was out-brutalizing Ted Cruz, who said he would only use waterboarding sparingly.");
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention]),
      [["Ted Cruz", "who"]],
    );
  });

  it("continues the statement whose quotation resumed after its attribution into the next paragraph's quotation", () => {
    const statements = only(
      '"But to divide and conquer is just sad," Barkley said. "Do we have issues? Of course we have issues."\n\n"Then you have these people who love that, because they are afraid to look in the mirror."',
    );
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.text.slice(-20)]),
      [["Barkley", " look in the mirror."]],
    );
  });

  it("reads a quotation reopened at each paragraph, as news copy marks a long one, as one statement to its closing mark", () => {
    const text =
      'Dr. Ward stated:\n\n"The department has lost its way. It serves a vision, not the law.\n\n"The latest example is the lawsuit against the state. It is overreach. It is wrong.\n\n"Let owners decide. This is government gone wild.\n\n"The Senate was meant to guard the states. I will."\n\nThe law took effect in March.';
    const statements = only(text);
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.text.slice(0, 15), s.text.slice(-15)]),
      [["Ward", "The department ", "states. I will."]],
    );
  });

  it("points a quotation that goes on after a participle clause at the words that named its source", () => {
    const text =
      'Helen Ferre met the delegates. "I think that speaks volumes," she said, adding that the campaign will work hard. "I think they are waiting to be courted."';
    const statements = only(text);
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention, s.speakerStart === null ? null : text.slice(s.speakerStart, s.speakerEnd!)]),
      [
        ["Helen Ferre", "she", "she"],
        ["Helen Ferre", "she", "she"],
        ["Helen Ferre", "she", "she"],
      ],
    );
  });

  it("does not continue a statement past a sentence that names another source", () => {
    const statements = only(
      'Cross called the vote "a citizenship election."\n\nDianne Bystrom agreed. "Mainstream Republicans are running out of time to find an alternative."',
    );
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.text]),
      [
        ["Cross", 'the vote "a citizenship election."'],
        ["Dianne Bystrom", "Mainstream Republicans are running out of time to find an alternative."],
      ],
    );
  });

  it("resolves a pronoun to a person named as a sentence's subject, and a whole-sentence quotation to the last speaker", () => {
    const statements = only(
      'Emma Caufield talked of being cast in a pilot. "It was a good day," she recalls.\n\nJohn Rhys-Davies broke news when he revealed that a reboot is being considered. "Jerry and I are talking to NBC at the moment about the rights."',
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["Emma Caufield", "John Rhys-Davies", "John Rhys-Davies"],
    );
    assert.equal(statements[2]!.type, "direct");
  });

  it("splits «and said», reads «went on to add», «pointed out» and parenthetical attributions", () => {
    const statements = only(
      'Tom Watson called the deal "lousy" and said he would only vote for it. Dittmar went on to add, "If we want to see parity, we need more." The new jet was not airworthy, investigators have said, and should not have taken off. Princess Ubolratana pointed out she had "relinquished my royal titles."',
    );
    assert.deepEqual(
      statements.map((s) => s.text),
      [
        'the deal "lousy"',
        "he would only vote for it",
        "If we want to see parity, we need more.",
        "The new jet was not airworthy … and should not have taken off",
        'she had "relinquished my royal titles."',
      ],
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["Tom Watson", "Tom Watson", "Dittmar", "investigators", "Ubolratana"],
    );
    assert.equal(statements[4]!.cue, "pointed out");
  });

  it("takes the subject before a verb that governs the cue's infinitive, and a quoted title as the addressee", () => {
    const statements = only(
      'The Vermont senator declined to say whether the remarks were fair. But he told ABC\'s "Good Morning America" that he agrees Trump is a "total opportunist."',
    );
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention, s.text]),
      [
        ["Vermont senator", "The Vermont senator", "whether the remarks were fair"],
        ["Vermont senator", "he", 'he agrees Trump is a "total opportunist."'],
      ],
    );
  });

  it("never names a source with a word that cannot end one, nor reads a participle after a preposition or a number as a verb", () => {
    const statements = only(
      'Any decision would involve Attorney General Loretta Lynch, who told Congress when asked last month about the inquiry: "That matter is being handled by career agents." He pledged "cooperation" toward shared objectives and a "deep and sincere" bond. Thirteen years earlier, she had voted for the war from "the perspective of a senator from New York who has seen the consequences."',
    );
    for (const s of statements) assert.ok(!/^(when|toward|thirteen)$/i.test(s.speakerMention?.split(" ").at(-1) ?? ""), `${s.speakerMention}`);
    assert.ok(!statements.some((s) => s.cue === "shared" || s.cue === "years"));
    assert.ok(statements.some((s) => s.text === "That matter is being handled by career agents."));
  });

  it("reads «before saying», «while adding» as the main clause's subject reporting, unless that subject cannot speak", () => {
    const statements = only(
      "Mr. McConnell deflected questions about Mr. Trump before saying it is time to quit attacking people. The jet took off late. It hit the ocean at speed shortly after asking air traffic control to return.",
    );
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.cue, s.text]),
      [["McConnell", "saying", "it is time to quit attacking people"]],
    );
  });

  it("finds the main clause's subject past «went», and a pronoun after a dash as the subject of coordinated verbs", () => {
    const statements = only(
      'Mitt Romney went after Donald Trump on Wednesday over his taxes, calling it "disqualifying." For that she drew Trump\'s ire - he called her "weak" and said she had "zero support" in New Hampshire.',
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.cue]),
      [
        ["Mitt Romney", "calling"],
        ["he", "called"],
        ["he", "said"],
      ],
    );
  });

  it("ends a statement where «while» brings in another source's report, however long its subject", () => {
    const statements = only(
      'The campaign said she would "support the nominee," while Maine Sen. Susan Collins and Texas Rep. Louis Gohmert suggested they would only offer conditional support.',
    );
    assert.deepEqual(
      statements.map((s) => s.text),
      ['she would "support the nominee,"', "they would only offer conditional support"],
    );
  });

  it("ends a quotation's attribution, and a content, where «before insisting» reports on its own", () => {
    const statements = only(
      '"There\'s great danger," Trump told reporters, before insisting he had a great relationship with Latinos. Trump said the plan was bad before insisting it would pass.',
    );
    assert.deepEqual(
      statements.map((s) => [s.cue, s.text]),
      [
        ["told", "There's great danger,"],
        ["insisting", "he had a great relationship with Latinos"],
        ["said", "the plan was bad"],
        ["insisting", "it would pass"],
      ],
    );
  });

  it("gives a quotation signed by a dash and a name, on its line or the next, to that name", () => {
    const statements = only(
      '"Americans are worried about the future of their kids."\n\n- Bernie Sanders.\n\nThe senator relies on an outdated statistic.\n\n"I will look into it. I don\'t know the status." — Hillary Clinton, at the debate\n\n"That is a lie," he said.\n\n- Trump is lying, he says.',
    );
    assert.deepEqual(
      statements.slice(0, 2).map((s) => [s.speaker, s.text]),
      [
        ["Bernie Sanders", "Americans are worried about the future of their kids."],
        ["Hillary Clinton", "I will look into it. I don't know the status."],
      ],
    );
    assert.ok(!statements.some((s) => s.speaker === "Trump"), "a dash before a sentence with a verb signs nothing");
  });

  it("reads «reads» as framing a document's quotation, with a time word inside its subject, and a cue after an article as a noun", () => {
    const statements = only(
      '"There are invertebrates that have shown more spine than Sen. Charles Grassley," reads a Wednesday editorial in The Des Moines Register. Bennett shot back with a laugh and left.',
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.cue]),
      [["a Wednesday editorial", "reads"]],
    );
  });

  it("pairs single quotations closed before punctuation inside a double one, and reads the attribution after them", () => {
    const statements = only(
      '“No American would ever say ‘back of the queue’. Americans don’t use the word ‘queue’, they use the word ‘line’,” Mr Farage told the BBC.\n\n"He just stopped and said, \'We’ve got to win Loudoun. How do we win Loudoun?’" Will Estrada, the county chairman, said of the encounter.\n\n“He is like, ‘Let’s go write all new songs,’ and we look at each other like, ‘Dude, we already wrote the songs, bro,’” Kiedis continued.',
    );
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.text.slice(0, 24)]),
      [
        ["Farage", "No American would ever s"],
        ["Will Estrada", "He just stopped and said"],
        ["Kiedis", "He is like, ‘Let’s go wr"],
      ],
    );
  });

  it("reads more verbs of the table: «determined that», «related that», «charged that», «protested that»", () => {
    const statements = only(
      "A federal judge determined that the agency had acted in bad faith. The pastor related that the idea came to him in prayer. Critics charged that the vote was rigged. The mayor protested that nobody had told her. The plan will protect the object from harm.",
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.cue]),
      [
        ["A federal judge", "determined"],
        ["The pastor", "related"],
        ["Critics", "charged"],
        ["The mayor", "protested"],
      ],
    );
  });

  it("sets aside participle and relative appositions and opening phrases when finding the subject, and questions report nothing", () => {
    const statements = only(
      "Cruz, leading narrowly in Iowa polls and focusing most of his time there, questioned whether the senator was eligible. It was three years ago that Michael Bloomberg, who's thinking about running, said the city was safe. Continuing to explain his view, Carson rejected the notion, saying the public deserved answers. Shortly after the call ended, Rubio's campaign sent out a release saying the senator had voted for the funding. Asked if he believed the situation was as bad, Carson said it was worse.",
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.cue]),
      [
        ["Cruz", "questioned"],
        ["Michael Bloomberg", "said"],
        ["Carson", "saying"],
        ["Rubio's campaign", "saying"],
        ["Carson", "said"],
      ],
    );
  });

  it("gives «…, X added, saying» to X, and keeps brackets, «Neither» and an owner's name out of a source", () => {
    const statements = only(
      'Comey cannot say that "from his perspective," Lewandowski added, saying the director had become the judge.\n\n(Grayson\'s spokeswoman challenged the claim, and said he had supported her.)\n\nNeither Alan Grayson nor his wife returned calls. Grayson said he was innocent.',
    );
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention, s.cue]),
      [
        ["Lewandowski", "Lewandowski", "added"],
        ["Lewandowski", "Lewandowski", "saying"],
        ["Grayson's spokeswoman", "Grayson's spokeswoman", "said"],
        ["Alan Grayson", "Grayson", "said"],
      ],
    );
  });

  it("finds the subject of «and said» inside an opening «When» clause and past a relative aside, and ends the clause at its quoted comma", () => {
    const statements = only(
      'When Trump later referred to the massacre in Orlando and said he would "protect our LGBTQ citizens," the crowd cheered. Priebus, who has been in daily contact with the campaign for months, arrived at a breakfast with no clear explanation and acknowledged that he had only "read the passages real quickly."',
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.cue, s.text]),
      [
        ["Trump", "said", 'he would "protect our LGBTQ citizens,"'],
        ["Priebus", "acknowledged", 'he had only "read the passages real quickly."'],
      ],
    );
  });

  it("reads «reported to someone» as working for them and «reminds us of» as a likeness, not as reports", () => {
    const statements = only(
      "Josh Brolin reported daily to Louis B. Mayer. She reported to police that her car had been stolen. Kasich reminds us of the houseguest who will not leave.",
    );
    assert.deepEqual(
      statements.map((s) => [s.cue, s.text]),
      [["reported", "her car had been stolen"]],
    );
  });

  it("gives what an opening «Citing …» cites to the main clause's subject", () => {
    const statements = only(
      'Citing "obligations in Tennessee," the former vice president\'s spokeswoman told POLITICO that Gore plans to skip the festivities.',
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.cue, s.text]),
      [
        ["the former vice president's spokeswoman", "Citing", "obligations in Tennessee,"],
        ["the former vice president's spokeswoman", "told", "Gore plans to skip the festivities"],
      ],
    );
  });

  it("reads «had this to say about X:» and «apologized for what happened:» as framing the quotation after the colon", () => {
    const statements = only(
      'A paper from the Brookings Institution had this to say about his proposal: "The plan would benefit affluent households more than poorer ones." Clinton has since apologized for what happened: "I take full responsibility for it."',
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.cue, s.text]),
      [
        ["A paper from the Brookings Institution", "say", "The plan would benefit affluent households more than poorer ones."],
        ["Clinton", "apologized", "I take full responsibility for it."],
      ],
    );
  });

  it("resolves «she» past a group and «they» to the group, not to one person", () => {
    const statements = only(
      "The mayor, Jane Smith, spoke first. Critics charged that the vote was rigged. She protested that nobody had told her. They said the count was wrong.",
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.speaker]),
      [
        ["Critics", "Critics"],
        ["She", "Jane Smith"],
        ["They", "Critics"],
      ],
    );
  });

  it("keeps two named people who speak together as one plural source, not the second name with the first as a role", () => {
    const statements = only("Health and Human Services Secretary Alex Azar said the rule was final. Susan Collins and Louis Gohmert said they would wait.");
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerRole, s.speakerKind]),
      [
        ["Alex Azar", "Health and Human Services Secretary", "person"],
        ["Susan Collins and Louis Gohmert", null, "group"],
      ],
    );
  });

  it("gives estimates to whoever made them", () => {
    const statements = only("Estimates by event organizers indicate roughly one million people marched in London on Saturday.");
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention]),
      [["event organizers", "event organizers"]],
    );
  });

  it("keeps a possessive's owner apart: «Clinton's campaign» is not «Trump's campaign», «Wald» is still «MSNBC's Alex Wald»", () => {
    const statements = only(
      "Donald Trump's campaign said the rally would go ahead. Clinton's campaign said the rally was a stunt. Trump's campaign added that it was sold out. MSNBC's Alex Wald said the crowd was small. Wald later said it had grown. Sanders' campaign said it would not attend.",
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["Donald Trump's campaign", "Clinton's campaign", "Donald Trump's campaign", "MSNBC's Alex Wald", "MSNBC's Alex Wald", "Sanders' campaign"],
    );
  });

  it("keeps «the Trump campaign» apart from Trump, and «Boris» with Boris Johnson", () => {
    const statements = only(
      "Donald Trump said the vote was rigged. The Trump campaign accused Biden of lying. Trump said he would win. Boris Johnson said it was fine. Boris said so again.",
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["Donald Trump", "Trump campaign", "Donald Trump", "Boris Johnson", "Boris Johnson"],
    );
  });

  it("reads «this source» and «these officials» as pointing back to a source named before, as a pronoun does", () => {
    const statements = only(
      'Maria Lopez, a campaign aide, said the race was close. "The kids do not like him," this source told the Post. Two union leaders said they would strike. "The offer is too low," these officials said. This week the mayor said the offer stands.',
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.speaker]),
      [
        ["Maria Lopez", "Maria Lopez"],
        ["this source", "Maria Lopez"],
        ["Two union leaders", "Two union leaders"],
        ["these officials", "Two union leaders"],
        ["the mayor", "mayor"],
      ],
    );
  });

  it("keeps institutions, titled people and subjects after time phrases straight", () => {
    const statements = only(
      'NASA Administrator Jim Bridenstine said the flight went well. The crew will fly a mission which NASA said might take place this summer. At the meeting in Orlando, Florida, scientists have disclosed new steps. UpGuard emailed Amazon again, with Amazon Web Services responding that they would investigate. On Friday the government announced the region would govern itself. They released a statement which said, "The monument must stay a museum."',
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["Jim Bridenstine", "NASA", "scientists", "Amazon Web Services", "government", "government"],
    );
    assert.equal(statements[0]!.speakerRole, "NASA Administrator");
  });

  it("takes the noun before a relative aside as the source, never the aside or a place inside it", () => {
    const statements = only(
      "The report, which was published on Monday, said the economy grew. The company, which is based in Ohio, said the plan was good. The government statement, which was posted on Twitter, announced a day of mourning. A local organizer, who requested anonymity to discuss the plans, said the doors would open at noon.",
    );
    assert.deepEqual(
      statements.map((s) => s.speakerMention),
      ["The report", "The company", "The government statement", "A local organizer"],
    );
    // A relative clause describes; it is no role.
    assert.deepEqual(
      statements.map((s) => s.speakerRole),
      [null, null, null, null],
    );
  });

  it("reads «One resident told Paul Rivera of WESH 2 news» as the resident speaking, not Paul Rivera", () => {
    const statements = only('One resident told Paul Rivera of WESH 2 news, "We are used to it." Seismologists have buried sensors.');
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.speakerMention]),
      [["One resident", "One resident"]],
    );
  });

  it("sets a stretch of time or an opening word aside from the subject, with or without its comma", () => {
    const statements = only(
      "Party officials said the caucus would begin. A few minutes later they reversed themselves and said they would register voters. Two years ago Smith wrote that the plan would fail.",
    );
    assert.deepEqual(
      statements.map((s) => [s.speakerMention, s.speaker]),
      [
        ["Party officials", "Party officials"],
        ["they", "Party officials"],
        ["Smith", "Smith"],
      ],
    );
  });

  it("takes the name in apposition to an according-to source as the source's, not as the statement's first words", () => {
    const statements = only(
      "According to the El Paso mayor, Dee Margo, police were investigating a manifesto. According to an FBI summary, Cheryl Mills, a top aide, sent the email.",
    );
    assert.deepEqual(
      statements.map((s) => [s.speaker, s.text]),
      [
        ["Dee Margo", "police were investigating a manifesto"],
        ["an FBI summary", "Cheryl Mills, a top aide, sent the email"],
      ],
    );
  });

  it("names «the White House» as an institution, not a person called «House»", () => {
    const statements = only("The White House said the president would veto the bill. White House Press Secretary Sarah Sanders said the talks would resume.");
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["White House", "Sarah Sanders"],
    );
    assert.equal(statements[0]!.speakerKind, "organization");
  });
});

describe('extraction, English: a quotation inside a clause, a clause that a colon ends, an "as" frame', () => {
  // [text, the statements' [content, cue, speaker as written]]
  const cases: [string, [string, string, string | null][]][] = [
    [
      "No Child Left Behind was \u201cvery assertive,\u201d said Gary Orfield, a law professor.",
      [["No Child Left Behind was \u201cvery assertive,\u201d", "said", "Gary Orfield"]],
    ],
    ['Manafort "has taken on a tough task," Black said.', [['Manafort "has taken on a tough task,"', "said", "Black"]]],
    ['This is a "raw time," said Democratic strategist Dan Axel, who has known him for years.', [['This is a "raw time,"', "said", "Dan Axel"]]],
    ['He called it a "disaster," Smith said, and left.', [['He called it a "disaster,"', "said", "Smith"]]],
    [
      "Trump\u2019s \u201cexcesses\u201d are sickening, Hollande said Tuesday in Paris, noting that the rhetoric hurt.",
      [
        ["Trump\u2019s \u201cexcesses\u201d are sickening", "said", "Hollande"],
        ["the rhetoric hurt", "noting", "Hollande"],
      ],
    ],
    [
      'The scheduling was so odd that a spokesman for the senator could only quip: "I guess Christmas Eve was booked."',
      [["I guess Christmas Eve was booked.", "quip", "a spokesman for the senator"]],
    ],
    [
      'Senate leader Mitch McConnell, R-Ky., delivered a blunt message to Donald Trump: "It is time to get on message."',
      [["It is time to get on message.", "delivered", "Mitch McConnell"]],
    ],
    ["The vote was close (38 to 40, as of Oct.). He said it was over.", [["it was over", "said", "He"]]],
    [
      "As House Speaker Paul Ryan (R-Wis.) has pointed out, that is the \u201ctextbook definition\u201d of racism.",
      [["that is the \u201ctextbook definition\u201d of racism", "pointed", "Paul Ryan"]],
    ],
    [
      "As reported by Western Journalism, the operative found both issues disqualifying.",
      [["the operative found both issues disqualifying", "reported", "Western Journalism"]],
    ],
    ["As Vulture put it, \u201cHello, it\u2019s the Biebs.\u201d", [["Hello, it\u2019s the Biebs.", "put", "Vulture"]]],
    ["As Trump arrived, the crowd cheered.", []],
    ["As expected, the bill passed.", []],
    ["Smith has criticized Clinton for accepting fees from Wall Street firms.", [["Clinton for accepting fees from Wall Street firms", "criticized", "Smith"]]],
    ["The mayor dismissed the report as a smear.", [["the report as a smear", "dismissed", "The mayor"]]],
    ["The commission also criticized the move.", [["the move", "criticized", "The commission"]]],
    ["The senator has not criticized the move.", []],
    ["Critics blasted the plan.", [["the plan", "blasted", "Critics"]]],
    ["Trump slammed Clinton over her emails.", [["Clinton over her emails", "slammed", "Trump"]]],
    ["He slammed the door.", []],
    ["He reminded voters that the plan failed.", [["the plan failed", "reminded", "He"]]],
    ["She assured donors that the campaign was solvent.", [["the campaign was solvent", "assured", "She"]]],
    ["He portrayed Trump as a danger.", [["Trump as a danger", "portrayed", "He"]]],
    ["Clinton expressed concern that the deal would hurt workers.", [["the deal would hurt workers", "expressed", "Clinton"]]],
    ["The attendees expressed their support for Trump.", [["their support for Trump", "expressed", "The attendees"]]],
    ["Many lawmakers claim it will cost jobs.", [["it will cost jobs", "claim", "Many lawmakers"]]],
    ["The governor chided lawmakers for the delay.", [["lawmakers for the delay", "chided", "The governor"]]],
    ["The team defended its title.", []],
    ["For the first time, a poll shows Senator Dana Ross leading nationally.", [["Senator Dana Ross leading nationally", "shows", "a poll"]]],
    ["Footage from the game shows several students in flag garb.", [["several students in flag garb", "shows", "Footage from the game"]]],
    ["The show shows no sign of ending.", []],
    ["Early polls show voters in the area rejecting the plan.", [["voters in the area rejecting the plan", "show", "Early polls"]]],
    ["A Fox News poll, conducted with two firms, shows Sanders with 47 percent.", [["Sanders with 47 percent", "shows", "Fox News"]]],
    ["The researchers found that areas hit by imports moved to the far right.", [["areas hit by imports moved to the far right", "found", "The researchers"]]],
    [
      "Unless countries develop better plans, they say, the world could suffer.",
      [["Unless countries develop better plans … the world could suffer", "say", "they"]],
    ],
    [
      "The paper said the emails were exchanges between Carter and Eric Fanning, who was his chief of staff at the time.",
      [["the emails were exchanges between Carter and Eric Fanning", "said", "The paper"]],
    ],
    ["He said the bill, which passed in May, was flawed.", [["the bill, which passed in May, was flawed", "said", "He"]]],
    [
      '"We want the voters to feel part of it," she said, adding that "the party will come together in July."',
      [
        ["We want the voters to feel part of it,", "said", "she"],
        ["the party will come together in July.", "adding", "she"],
      ],
    ],
    ["He\u2019s predicting he will do \u201cvery, very well\u201d in Nevada.", [["he will do \u201cvery, very well\u201d in Nevada", "predicting", "He"]]],
    ["Trump is claiming that he won.", [["he won", "claiming", "Trump"]]],
    ["He is reporting from Iowa.", []],
    [
      'The paper ran a piece that noted his "plan would benefit affluent households more."',
      [['his "plan would benefit affluent households more."', "noted", "a piece"]],
    ],
    ["He said that noted experts agree.", [["noted experts agree", "said", "He"]]],
    ["The senator has made clear that he will vote no.", [["he will vote no", "made clear", "The senator"]]],
    ['She also said, without evidence, that "they recruit online."', [["they recruit online.", "said", "She"]]],
    ["He said, however, that he hopes the deal will pass.", [["he hopes the deal will pass", "said", "He"]]],
    [
      "Most said they were worried, and more than 4 in 10 said Trump would be best.",
      [
        ["they were worried", "said", "Most"],
        ["Trump would be best", "said", "more than 4 in 10"],
      ],
    ],
    ["Half said yes, compared with 23 percent in March.", [["yes", "said", "Half"]]],
    [
      'Mr. Trump stood by his comment Monday that "Islam hates us and we have to be careful."',
      [['by his comment Monday that "Islam hates us and we have to be careful."', "stood", "Trump"]],
    ],
    ["47 percent said they would vote for Clinton.", [["they would vote for Clinton", "said", "47 percent"]]],
    ["She quickly noted her years as senator.", [["her years as senator", "noted", "She"]]],
    ["Jason Sims \u2014 a teacher \u2014 says he made a decision.", [["he made a decision", "says", "Jason Sims"]]],
    [
      'Christie, New Jersey\'s governor, repeated his attacks, calling him a "talented guy" who recites lines.',
      [['him a "talented guy" who recites lines', "calling", "Christie"]],
    ],
    [
      "In an interview on Thursday, the senator criticized the plan and said allies were worried.",
      [
        ["the plan", "criticized", "the senator"],
        ["allies were worried", "said", "the senator"],
      ],
    ],
    ["Sanders, a senator from Vermont and self-described socialist, said stagnation is the source.", [["stagnation is the source", "said", "Sanders"]]],
    ["Trump, who has relied on fervor and rhetoric in his bid, has said Britain had parallels.", [["Britain had parallels", "said", "Trump"]]],
    [
      "More than 40 percent of the money arrived in February, new fundraising reports show.",
      [["More than 40 percent of the money arrived in February", "show", "new fundraising reports"]],
    ],
    [
      "Many officials believe meaningful debt relief is possible only in bankruptcy.",
      [["meaningful debt relief is possible only in bankruptcy", "believe", "Many officials"]],
    ],
    [
      "Most say they are paying attention; 26 percent of Democrats say they have not been.",
      [
        ["they are paying attention", "say", "Most"],
        ["they have not been", "say", "26 percent of Democrats"],
      ],
    ],
    ["Clinton camp: Trump's rhetoric threatens national security.", [["Trump's rhetoric threatens national security", ":", "Clinton camp"]]],
    ["CLINTON: I feel a great deal of sympathy for the families.", [["I feel a great deal of sympathy for the families", ":", "CLINTON"]]],
    [
      "FALLIN: I think he is trying to campaign as a healer. I think that has been part of his message.",
      [["I think he is trying to campaign as a healer. I think that has been part of his message", ":", "FALLIN"]],
    ],
    [
      '"It was bad," said one Democrat, who added that the house seemed "rattled" and "frustrated" by the opposition.',
      [
        ["It was bad,", "said", "one Democrat"],
        ['the house seemed "rattled" and "frustrated" by the opposition', "added", "who"],
      ],
    ],
    ['"It was bad," said Smith, who is a senator from Ohio.', [["It was bad,", "said", "Smith"]]],
    [
      "Janet Yellen, speaking in Chicago, said she saw \u201cno signs\u201d of a recession, though she cautioned that risks remained.",
      [
        ["she saw \u201cno signs\u201d of a recession", "said", "Janet Yellen"],
        ["risks remained", "cautioned", "she"],
      ],
    ],
    [
      'Rep. Trey Gowdy (R-S.C.):"I have not heard anyone cite that figure. Who told you that?"',
      [["I have not heard anyone cite that figure. Who told you that?", ":", "Trey Gowdy"]],
    ],
    [
      "LONDON (Reuters) - Britain's Labour Party on Tuesday accused the government of incompetence.",
      [["the government of incompetence", "accused", "Britain's Labour Party"]],
    ],
    ["The senator - a Democrat from Ohio - said the bill would pass.", [["the bill would pass", "said", "The senator"]]],
    ["The senator, a Democrat from Ohio, said the bill would pass.", [["the bill would pass", "said", "The senator"]]],
    [
      "Analysts at Goldman Sachs wrote in a note to clients that the cuts could save money.",
      [["the cuts could save money", "wrote", "Analysts at Goldman Sachs"]],
    ],
    ["Peter Welch said to Vermont Edition that he planned to vote for Sanders.", [["he planned to vote for Sanders", "said", "Peter Welch"]]],
    [
      "The judge agreed to hear cases that advocacy groups hoped would help them.",
      [["to hear cases that advocacy groups hoped would help them", "agreed", "The judge"]],
    ],
    ["Sanders pledged to stay in the primary through that contest.", [["to stay in the primary through that contest", "pledged", "Sanders"]]],
    ["\u201cWar is a reminder,\u201d Will wrote.", [["War is a reminder,", "wrote", "Will"]]],
    ["George Will said the war is a reminder.", [["the war is a reminder", "said", "George Will"]]],
    ["\u201cThe deal is dead,\u201d May said.", [["The deal is dead,", "said", "May"]]],
    ["In May, officials said the war was over.", [["the war was over", "said", "officials"]]],
    [
      "Superdelegates: Clinton is backed by 520 of them. \u201cThe concern would be that the process erodes democracy,\u201d Devine said.",
      [
        ["Clinton is backed by 520 of them", ":", "Superdelegates"],
        ["The concern would be that the process erodes democracy,", "said", "Devine"],
      ],
    ],
    [
      "The general \u201cwas handled so lightly for his offense,\u201d said a former official who oversaw counterintelligence investigations.",
      [["The general \u201cwas handled so lightly for his offense,\u201d", "said", "a former official"]],
    ],
    [
      "\u201cNobody told the parents what papers to keep,\u201d said Kessel, whose group is pushing for a bill.",
      [["Nobody told the parents what papers to keep,", "said", "Kessel"]],
    ],
    ['More from Jones: "The partisanship of the state is a starting point."', [["The partisanship of the state is a starting point.", ":", "Jones"]]],
    [
      'From the report: "Samples with longer field periods produced more accurate results."',
      [["Samples with longer field periods produced more accurate results.", ":", "the report"]],
    ],
    ["Bellwether County Says Trump Should Win GOP Nomination.", [["Trump Should Win GOP Nomination", "Says", "Bellwether County"]]],
    ["Hillary Clinton Slams Donald Trump On Abortion.", []],
    ["Viguerie notes that Reagan Democrats can play a key role.", [["Reagan Democrats can play a key role", "notes", "Viguerie"]]],
    ['Sanders replied evenly, "I think she knows that is disingenuous."', [["I think she knows that is disingenuous.", "replied", "Sanders"]]],
    ['The crowd chanted back at him, "Send them home."', [["Send them home.", "chanted back", "The crowd"]]],
    ['Canova wrote to his 20,000 Twitter followers, "It is time to end her career."', [["It is time to end her career.", "wrote", "Canova"]]],
    [
      'Others, reacting to the gap between the Van Dyke shooting and the release of the video, shouted, "Stop the coverup!"',
      [["Stop the coverup!", "shouted", "Others"]],
    ],
    ['In another tweet, Trump called Cruz the "ultimate hypocrite," linking to a story.', [['Cruz the "ultimate hypocrite,"', "called", "Trump"]]],
    ["But dumping Trump is easier said than done in New York City.", []],
    ["She has said little about the plan in recent months.", []],
    ["We collected nine things the candidate had said about Latinos in the last year.", []],
    ["He said about the budget that it was too large.", [["it was too large", "said", "He"]]],
    [
      "The budget office said about half of the rise reflected lower revenue.",
      [["about half of the rise reflected lower revenue", "said", "The budget office"]],
    ],
    ['"It will cost a million dollars," Tenney said about the money spent against her.', [["It will cost a million dollars,", "said", "Tenney"]]],
    ["Clinton was quoted by the Times as saying the deal was dead.", [["the deal was dead", "saying", "Clinton"]]],
    [
      'Trump asserted France had lost its identity: "France is no longer France," he claimed.',
      [
        ["France had lost its identity", "asserted", "Trump"],
        ["France is no longer France,", "claimed", "he"],
      ],
    ],
    [
      '"Only you, Dinesh," she said, would use the occasion of a harsh sentence to reaffirm your love of country.',
      [["Only you, Dinesh, … would use the occasion of a harsh sentence to reaffirm your love of country", "said", "she"]],
    ],
    ['"It is fine," Trump said, laughing at the question.', [["It is fine,", "said", "Trump"]]],
    ["How would you describe your role as vice presidential nominee?", []],
    ["Could you please elaborate the procedure?", []],
    [
      "If these findings are accurate, scientists say, containing the virus will be hard.",
      [["If these findings are accurate … containing the virus will be hard", "say", "scientists"]],
    ],
    ["My career highlights have been opting for civil services at a young age.", []],
    ["Several vessels were located, three or four by varying reports, using Navy data.", []],
    ["University have maintained top spot on the ladder with a 22 points to 10 win.", []],
    ["Trump maintains the wall will be built.", [["the wall will be built", "maintains", "Trump"]]],
    [
      "According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP on defence.",
      [["Hungary spent 1.15% of its GDP on defence", "according to", "NATO"]],
    ],
    [
      "According to the report, released Monday by the inspector general, the agency failed to act.",
      [["the agency failed to act", "according to", "the report"]],
    ],
    ["He muttered that the deal was dead.", [["the deal was dead", "muttered", "He"]]],
    ["There was a whisper of scandal.", []],
    ["Scientists from the fund estimate the population by observing the area.", []],
    [
      '"Today the kingdom leads in combating terrorism," the Saudis state in the white paper.',
      [["Today the kingdom leads in combating terrorism,", "state", "Saudis"]],
    ],
    ['"She will stand up to the gun lobby," a voice-over in the ad states.', [["She will stand up to the gun lobby,", "states", "a voice-over in the ad"]]],
    ["A spokeswoman for the ministry declined to comment.", []],
    ["Advocates in the transgender community called for his dismissal.", [["his dismissal", "called for", "Advocates in the transgender community"]]],
    ["On Sunday, Dana Ruiz, the front-runner, called on tech companies to act.", [["tech companies to act", "called on", "Dana Ruiz"]]],
    ["It is a process called for by the law.", []],
    ["Clinton pointed to the times Sanders has laid out a plan.", [["the times Sanders has laid out a plan", "pointed to", "Clinton"]]],
    ['Bush referred to Rubio as "a bright, charismatic leader."', [['Rubio as "a bright, charismatic leader."', "referred to", "Bush"]]],
    ["He pointed at the sky.", []],
    ["Bringing the show back now, he said, feels right at a time of change.", [["Bringing the show back now … feels right at a time of change", "said", "he"]]],
    ["The deal was signed, he said, this week.", [["The deal was signed", "said", "he"]]],
    ["Although he said that the era of big government was over, Obama won the nomination.", [["the era of big government was over", "said", "he"]]],
    ["(The French are big fans of the show, Mr. Madden said.)", [["The French are big fans of the show", "said", "Madden"]]],
    [
      "Support is strong among the unions, teachers and union officials told POLITICO.",
      [["Support is strong among the unions", "told", "teachers and union officials"]],
    ],
    [
      "Get serious about clean energy, the young generation says by an overwhelming margin.",
      [["Get serious about clean energy", "says", "the young generation"]],
    ],
    [
      'Ryan and Trump will meet next week, Spicer said, adding, "They need to sit down."',
      [
        ["Ryan and Trump will meet next week", "said", "Spicer"],
        ["They need to sit down.", "adding", "Spicer"],
      ],
    ],
    ["Marco Rubio says, win or lose in Florida, he is staying in the race.", [["win or lose in Florida, he is staying in the race", "says", "Marco Rubio"]]],
    ["On Monday, Dana Ruiz said, if elected, she would cut taxes.", [["if elected, she would cut taxes", "said", "Dana Ruiz"]]],
    ["Officials said that, during the storm, the dam held.", [["during the storm, the dam held", "said", "Officials"]]],
    ["The golf industry, she said, is doing much better.", [["The golf industry … is doing much better", "said", "she"]]],
    ["The force will grow, Defense Secretary Ash Carter told a Senate panel Wednesday.", [["The force will grow", "told", "Ash Carter"]]],
    ["This is not about me, Obama told his closest advisers as he worked.", [["This is not about me", "told", "Obama"]]],
    ["Dana Ruiz said Wednesday night that she would run.", [["she would run", "said", "Dana Ruiz"]]],
    [
      'The governor was wrong about the budget, he said Wednesday morning on MSNBC\'s "Morning Joe."',
      [["The governor was wrong about the budget", "said", "he"]],
    ],
    ["Sanders calls Clinton unqualified.", [["Clinton unqualified", "calls", "Sanders"]]],
    [
      "Carson took the stage on Tuesday and called the political system \u201crotten to the core.\u201d",
      [["the political system \u201crotten to the core.\u201d", "called", "Carson"]],
    ],
    [
      "A spokesman for the campaign called a report about the donors \u201coutrageous.\u201d",
      [["a report about the donors \u201coutrageous.\u201d", "called", "A spokesman for the campaign"]],
    ],
    [
      "The campaign called AP\u2019s report a \u201crush to judgment,\u201d because delegates can change their minds.",
      [["AP\u2019s report a \u201crush to judgment,\u201d because delegates can change their minds", "called", "The campaign"]],
    ],
    // An apostrophe that pairs with nothing («Sanders\u2019 campaign») is no quotation mark before the next cue word.
    ["Sanders\u2019 campaign called Smith\u2019s report \u201cfalse.\u201d", [["Smith\u2019s report \u201cfalse.\u201d", "called", "Sanders\u2019 campaign"]]],
    ["She ran a shop called Macy\u2019s \u201cGift Corner\u201d for years.", []],
    ["He set up a website called \u201cCape Breton If Trump Wins\u201d for the island.", []],
    ["The town held a festival and called it Pies.", []],
    ['The former first lady calls it her "responsibility gene".', [['it her "responsibility gene"', "calls", "The former first lady"]]],
    [
      "Beck called the senator \u201cthe next George Washington\u201d in a radio show on Monday.",
      [["the senator \u201cthe next George Washington\u201d", "called", "Beck"]],
    ],
    [
      "Gowdy called the request \u201cmeritless\u201d and \u201cimproper\u201d and left the room.",
      [["the request \u201cmeritless\u201d and \u201cimproper\u201d", "called", "Gowdy"]],
    ],
    ["The mayor described the protesters as \u201cpeaceful\u201d during the march.", [["the protesters as \u201cpeaceful\u201d", "described", "The mayor"]]],
    [
      "Diament called the \u201ccrooked\u201d nominating process a disgrace to the party.",
      [["the \u201ccrooked\u201d nominating process a disgrace to the party", "called", "Diament"]],
    ],
    ["Clinton called for \u201cflexibility\u201d for advisers in Iraq.", [["for \u201cflexibility\u201d for advisers in Iraq", "called for", "Clinton"]]],
    ["Obama's calls for gun control failed.", []],
    ["The failure is across the board, in Bolton's view.", [["The failure is across the board", "in Bolton's view", "Bolton"]]],
    [
      "But according to interviews with his friends, he wants to campaign this fall.",
      [["he wants to campaign this fall", "according to", "interviews with his friends"]],
    ],
    ["It has not gone unnoticed: According to recent polls, Trump holds 14 percent.", [["Trump holds 14 percent", "according to", "recent polls"]]],
    ["In a Marist poll released Monday, 50 percent of voters chose Clinton.", [["50 percent of voters chose Clinton", "In", "a Marist poll released Monday"]]],
    ["In the morning, the mayor left.", []],
    ["In her opinion, the vote was rigged.", [["the vote was rigged", "In her opinion", "her"]]],
    [
      'In a later tweet, the candidate boasted that "everyone" is now following his lead.',
      [['"everyone" is now following his lead', "boasted", "the candidate"]],
    ],
    ['When he returned he began by saying, "I do not think that jail is necessary."', [["I do not think that jail is necessary.", "saying", "he"]]],
    ["Trump was out-brutalizing Ted Cruz, who said he would only use waterboarding sparingly.", [["he would only use waterboarding sparingly", "said", "who"]]],
    ["Cruz, for his part, said he would win.", [["he would win", "said", "Cruz"]]],
    ["County chairman Will Rogers said the visit helped.", [["the visit helped", "said", "Will Rogers"]]],
    ["The crowd cheered when Trump spotted a sign and said it was great.", [["it was great", "said", "Trump"]]],
    [
      'A flabbergasted Noah quipped, "It is like a lawyer with the dumbest client ever."',
      [["It is like a lawyer with the dumbest client ever.", "quipped", "Noah"]],
    ],
    ['Lee declared in the debate spin room, "It is time to unite."', [["It is time to unite.", "declared", "Lee"]]],
    [
      'That would create a "summer of agony" for Clinton, forcing her to fend off Sanders, said Brad Bannon, a pollster.',
      [['That would create a "summer of agony" for Clinton, forcing her to fend off Sanders', "said", "Brad Bannon"]],
    ],
    [
      "Matt Bennett, a founder of the think tank Third Way, said Mrs. Clinton had avoided tacking too far left.",
      [["Mrs. Clinton had avoided tacking too far left", "said", "Matt Bennett"]],
    ],
    ["The plan is dead, said an unnamed official.", [["The plan is dead", "said", "an unnamed official"]]],
    [
      "The group is $9 million short, said former Pennsylvania governor Ed Rendell, who chairs the committee.",
      [["The group is $9 million short", "said", "Ed Rendell"]],
    ],
    [
      "Sen. Marco Rubio, speaking on Fox News, said Obama failed to address public concerns.",
      [["Obama failed to address public concerns", "said", "Marco Rubio"]],
    ],
    [
      "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the family deserved better.",
      [["the family deserved better", "said", "John Kasich"]],
    ],
    [
      "Derek Mitchell, who served as ambassador to Burma until this year, said Clinton reached out to McConnell.",
      [["Clinton reached out to McConnell", "said", "Derek Mitchell"]],
    ],
    [
      "People who have battled other online threats say it could be doing more.",
      [["it could be doing more", "say", "People who have battled other online threats"]],
    ],
    ["Mrs. Clinton shook her head and said the answer was no.", [["the answer was no", "said", "Clinton"]]],
    ['When asked about the race, Ms. Sherry smiled and said, "I am waiting for Bloomberg."', [["I am waiting for Bloomberg.", "said", "Sherry"]]],
    ["On economic issues, 42% say they are liberal.", [["they are liberal", "say", "42%"]]],
    ["Rubio hit back again, saying Christie was too focused on his campaign.", [["Christie was too focused on his campaign", "saying", "Rubio"]]],
    [
      "The Wisconsin Republican did give Trump some credit, saying he should be congratulated.",
      [["he should be congratulated", "saying", "The Wisconsin Republican"]],
    ],
    [
      'The secretary will play the "woman card," Fiorina said, adding that the way to go after it is her record.',
      [
        ['The secretary will play the "woman card,"', "said", "Fiorina"],
        ["the way to go after it is her record", "adding", "Fiorina"],
      ],
    ],
    [
      "\u201cWe\u2019re extremely happy\u201d about the decision, said RoseAnn DeMoro, the union's director.",
      [["\u201cWe\u2019re extremely happy\u201d about the decision", "said", "RoseAnn DeMoro"]],
    ],
    [
      "Golf clubs are \u201cjust scratching out a profit,\u201d Mr. Hedge said from his office in Orlando.",
      [["Golf clubs are \u201cjust scratching out a profit,\u201d", "said", "Hedge"]],
    ],
    ["Sexton, after previous Trump rallies, wrote that someone could get hurt.", [["someone could get hurt", "wrote", "Sexton"]]],
    ["Clubs adapt to what she said is growing demand for pools.", [["is growing demand for pools", "said", "she"]]],
    [
      "Clinton talked up her \u201c50-state strategy,\u201d promising to campaign across the country.",
      [["to campaign across the country", "promising", "Clinton"]],
    ],
    ['Joe Wilson gained attention when he yelled "You lie!" at the president.', [["You lie!", "yelled", "he"]]],
    ['Protesters interrupted her speech, shouting "she wins, we lose!"', [["she wins, we lose!", "shouting", "Protesters"]]],
    ["Image: Nicholas Moreau.", []],
    ["The Latest: Cruz to give away an engraved shotgun at his rally.", []],
    ["EXCLUSIVE \u2013 Roger Stone: Don\u2019t Trust the Voting Machines.", [["Don\u2019t Trust the Voting Machines", ":", "Roger Stone"]]],
    ["Clinton to Planned Parenthood: Trump will reverse the ruling.", [["Trump will reverse the ruling", ":", "Clinton"]]],
    ["FIX IS IN: PBS Moderators Ignore Clinton Scandals.", []],
    ["Update: The road was closed for three hours on Monday.", []],
    ["Video footage from the scene showed wooden pews broken.", []],
    ["Most voters believe in miracles.", []],
    ['The maker has also developed "a way".', []],
    ['The company launched its "Think Different Every Single Day" campaign in May.', []],
    ['While many offered discounts, one business focused on "pushing the boundaries of suit technology."', []],
    // A phrase after the cue runs to the content's "the", "that" or quotation, not only to a head word it knows.
    ["Ortiz said on a local radio program the count was far from over.", [["the count was far from over", "said", "Ortiz"]]],
    ["Ms. Lund said on the same call The new rules will not end the shortage.", [["The new rules will not end the shortage", "said", "Lund"]]],
    ["The council argued at the hearing in Tulsa that the fees were unfair.", [["the fees were unfair", "argued", "The council"]]],
    ['Okafor said on the evening show "Late Edition" that the vote was rigged.', [["the vote was rigged", "said", "Okafor"]]],
    ["Mills reported at least four towns lost power overnight.", [["at least four towns lost power overnight", "reported", "Mills"]]],
    ["The union responded on Monday to claims that its members had walked out.", [["to claims that its members had walked out", "responded", "The union"]]],
    ["The panel concluded in that report that the dam was safe.", [["the dam was safe", "concluded", "The panel"]]],
    ['Reyes said matter-of-factly "We have done this before," and left the stage.', [["We have done this before,", "said", "Reyes"]]],
    // A stretch of time counted back opens the sentence; the attribution between commas is a parenthesis.
    ["Three weeks ago, the mayor said, the shelter had no beds left.", [["the shelter had no beds left", "said", "the mayor"]]],
    // A verb of attack with "back" answers when a quotation follows it.
    [
      'Asked about the cuts, Mendez shot back, "Nobody has a better plan than we do." The hall went quiet.',
      [["Nobody has a better plan than we do.", "shot back", "Mendez"]],
    ],
    ['The campaign fired back: "These attacks are desperate."', [["These attacks are desperate.", "fired back", "The campaign"]]],
    ["The guards fired back at the gunmen.", []],
    // '"…," he wrote, "…"' after 'fired back:' stays one interrupted quotation.
    ['Mora fired back: "We saw the figures," she wrote, "and they are wrong."', [["We saw the figures, … and they are wrong.", "wrote", "she"]]],
    // A quotation its own clause brought in, closing on "!", ends that sentence: the capital after it opens another.
    ['The fans chanted "Bring him home!" Grant smiled.', [["Bring him home!", "chanted", "The fans"]]],
    ["The wins were big enough to add to her lead in the count.", []],
    // A dash sets off a participle clause, and a pair of dashes an aside before the content, as commas do.
    [
      'Okafor says the levy raised $200,000 and "there is nothing wrong with that" — asserting that the donors changed nothing.',
      [
        ['the levy raised $200,000 and "there is nothing wrong with that"', "says", "Okafor"],
        ["the donors changed nothing", "asserting", "Okafor"],
      ],
    ],
    [
      "The senator argued forcefully — citing the audit twice — that the agency had misled the public.",
      [["the agency had misled the public", "argued", "The senator"]],
    ],
    ["The ad played on voters' fears rather than their hopes.", []],
    // A negated auxiliary ("wouldn’t") is no part of the subject; "only that" before a quotation is skipped.
    [
      "Dana Ortiz wouldn’t say how the board would vote, saying only that “the question is open” for now.",
      [
        ["how the board would vote", "say", "Dana Ortiz"],
        ["“the question is open” for now", "saying", "Dana Ortiz"],
      ],
    ],
    // A subject, an according-to frame between commas, then the subject's verb: the whole clause is said.
    [
      "The vaccine, according to the manufacturer, cut hospital stays by a third.",
      [["The vaccine, according to the manufacturer, cut hospital stays by a third", "according to", "the manufacturer"]],
    ],
    // After a possessive a present form is a noun, unless "that" brings in what was claimed.
    ["The firm's shares fell 12 percent after it warned that sales would slow.", [["sales would slow", "warned", "it"]]],
    ["Despite Mayor Lin's claims that the budget is balanced, the deficit grew.", [["the budget is balanced", "claims", "Lin"]]],
    // After a word of degree the -ing form is an adjective.
    ["The most telling answer she gave is that she will not run.", []],
    // …but not after a progressive: "was hiring … and calling back" is one content.
    ["Lund said the plant was hiring again and calling back former staff.", [["the plant was hiring again and calling back former staff", "said", "Lund"]]],
    [
      'The mayor answered by calling the plan "reckless" and accusing the council of haste.',
      [
        ['the plan "reckless"', "calling", "The mayor"],
        ["the council of haste", "accusing", "The mayor"],
      ],
    ],
    // A phrase after a quoted name goes on with it, unless it is a circumstance of the naming.
    [
      'Lindqvist called the treaty "a turning point" in the long fight against overfishing.',
      [['the treaty "a turning point" in the long fight against overfishing', "called", "Lindqvist"]],
    ],
    ['Lindqvist called the treaty "a turning point" in an interview on Friday.', [['the treaty "a turning point"', "called", "Lindqvist"]]],
    ['Lindqvist called the treaty "a turning point" in Oslo.', [['the treaty "a turning point"', "called", "Lindqvist"]]],
    // After a quotation's comma or a dash, an apposition or a relative clause closing the sentence is the narrator's.
    ['Ortega called him a "drifter," a jab at a rival who came into politics late.', [['him a "drifter,"', "called", "Ortega"]]],
    [
      'The mayor said the city would close what critics call the "parking gap," which lets drivers avoid fees.',
      [['the city would close what critics call the "parking gap,"', "said", "The mayor"]],
    ],
    [
      "The minister said rents would fall by 6 percent within two years — a target no government has met since 1990.",
      [["rents would fall by 6 percent within two years", "said", "The minister"]],
    ],
    [
      "The minister said the reform — a plan drafted last spring — would cut waiting lists.",
      [["the reform — a plan drafted last spring — would cut waiting lists", "said", "The minister"]],
    ],
    // "and" before a judgement in the past is the speaker's next act: a statement of its own.
    [
      'The senator lamented the "bitter" tone of the race and criticized the attacks on the judge.',
      [
        ['the "bitter" tone of the race', "lamented", "The senator"],
        ["the attacks on the judge", "criticized", "The senator"],
      ],
    ],
    ["The firm announced layoffs and continued cost-cutting.", [["layoffs and continued cost-cutting", "announced", "The firm"]]],
    // "and" or "but" before a participle of the table opens a second participle clause: two statements.
    [
      'The aide struck back, saying the rival is experienced "on paper" but suggesting that it might not be enough.',
      [
        ['the rival is experienced "on paper"', "saying", "The aide"],
        ["it might not be enough", "suggesting", "The aide"],
      ],
    ],
    [
      "Ruiz answered the critics, warning that the agency was short of staff and insisting that the budget was never cut.",
      [
        ["the agency was short of staff", "warning", "Ruiz"],
        ["the budget was never cut", "insisting", "Ruiz"],
      ],
    ],
  ];
  table(cases, (s) => [s.text, s.cue, s.speakerMention]);
});

describe("extraction, frames, article-wide names and clause edges", () => {
  it("names 'the party' and 'the princess' from the article, reads issued statements, inserted 'according to', relative clauses and joined quotations", () => {
    const statements = only(
      'On Saturday, Thailand\'s Thai Raksa Chart Party withdrew Princess Ubolratana Mahidol as its candidate. Shortly after, the palace issued a statement to the effect the king considered it inappropriate. "We comply with the royal command," the party informed the press. This past Friday, the princess, 67, announced her candidacy. Longer term, according to Jim Bridenstine, the goal is to render space accessible. Toronto Police, which indicated on Monday a development was likely, face allegations they failed to react. As revealed at trial, the children were kept indoors. The new model indicated oxygen could enter the seeps. Chuck Schumer said on Friday "We made a plea to the president." and "He resisted." Kurdi and his mother died in 2015; they had, his surviving father says, paid smugglers to take them to Greece. "This day is very hard for me," said his father, Abdullah Kurdi.',
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["palace", "Thai Raksa Chart Party", "Ubolratana Mahidol", "Jim Bridenstine", "Toronto Police", "Chuck Schumer", "Abdullah Kurdi", "Abdullah Kurdi"],
    );
    assert.equal(statements[0]!.text, "the king considered it inappropriate");
    assert.equal(statements[2]!.speakerKind, "person");
    assert.equal(statements[3]!.text, "the goal is to render space accessible");
    assert.equal(statements[4]!.text, "a development was likely");
    assert.equal(statements[5]!.text, 'We made a plea to the president." and "He resisted.');
    assert.equal(statements[6]!.text, "they had … paid smugglers to take them to Greece");
  });

  it("takes an object after the speaker's apposition, «ولخصها بثلاث عبارات:» with a dropped subject, and ends at «، بالإشارة إلى»", () => {
    const statements = only(
      'اتهم تيري ديران مدير العمليات في منظمة أطباء بلا حدود، لويس مورينو أوكامبو مدعي المحكمة الجنائية بتقديم معلومات مغلوطة. وشدد الأمين العام على التزام الجماعة بالمبادئ، ولخصها بثلاث عبارات: "لا للعنف، لا للسرية". وصرحت وزارة الخارجية الإسرائيلية أنها تعتبره تمييزا، بالإشارة إلى القانون الأوروبي.',
    );
    assert.deepEqual(
      statements.map((s) => s.speaker),
      ["تيري ديران", "الأمين العام", "الأمين العام", "وزارة الخارجية الإسرائيلية"],
    );
    assert.equal(statements[0]!.text, "لويس مورينو أوكامبو مدعي المحكمة الجنائية بتقديم معلومات مغلوطة");
    assert.equal(statements[2]!.text, "لا للعنف، لا للسرية");
    assert.equal(statements[3]!.text, "أنها تعتبره تمييزا");
    assert.equal(statements[3]!.speakerKind, "organization");
  });
});

describe("extraction, English: words that look like cues", () => {
  describe("reads a cue's noun after a determiner as the subject's head, and a cue after a plain noun as the verb", () => {
    // [text, [speaker, cue, content] of every statement]
    table<(string | null)[]>(
      [
        [
          "Another report from the Mexican government said eight Mexicans died in the attack.",
          [["Another report from the Mexican government", "said", "eight Mexicans died in the attack"]],
        ],
        ["A new report by the agency says prices rose.", [["A new report by the agency", "says", "prices rose"]]],
        [
          "Initial reports from Omsk hospital reported no traces of poison were found.",
          [["Initial reports from Omsk hospital", "reported", "no traces of poison were found"]],
        ],
        ["The candidate claims his net worth is in excess of $10 billion.", [["candidate", "claims", "his net worth is in excess of $10 billion"]]],
        ["The suit claims Gowdy made statements that damaged her reputation.", [["suit", "claims", "Gowdy made statements that damaged her reputation"]]],
        // Right after a finite verb, a cue's noun is its object.
        ["Biden, during his conference, also countered claims about his mental acuity.", []],
        [
          "Experts cited reports Mateen said in a call that his actions were in retaliation for strikes.",
          [["Mateen", "said", "his actions were in retaliation for strikes"]],
        ],
        // An -ing word right before a finite verb heads a noun phrase, unless a form of "be" makes it a verb.
        ["Attendees ran for cover, as heavy rains and a severe thunderstorm warning put a damper on festivities.", []],
        ["A thunderstorm warning was issued for the city.", []],
        // The noun phrase after «according to» is the source, and a cue word inside it is a noun.
        [
          "The outbreak killed at least 62, including, according to government reports, 54 small children.",
          [["government reports", "according to", "The outbreak killed at least 62, including"]],
        ],
        // A participle between commas after a noun describes it; the verb after the aside reports.
        [
          'The opinion of the Court, released on Wednesday, read in part, "It is concluded that the oath is unconstitutional."',
          [["opinion of the Court", "read", "It is concluded that the oath is unconstitutional."]],
        ],
        ["The report, released on Monday, said prices rose.", [["report", "said", "prices rose"]]],
        // To add to something is to increase it; a cue coordinated with another verb has no content of its own.
        ["The cycle had new features added to it before the release.", []],
        ["He added to reporters that the plan was dead.", [[null, "added", "the plan was dead"]]],
        ["Fedora was adopted in RHEL, which the Red Hat maintained and provided support for.", []],
        // A passive naming with no agent reports no one.
        ['Tomorrow, a Tuesday, is referred to as "Super Tuesday" in the context of US elections.', []],
        // A name governed by a preposition right before «called "…"» is a thing being named; a day there is when.
        ['The University had been hosting a program about rehabilitation at the Hall called "Learning Together".', []],
        ['Much of his ire was directed at Bannon, who Beck on Wednesday called "a horrible human being."', [["Beck", "called", "a horrible human being."]]],
        ["Officials spoke, warning residents would be evacuated.", [["Officials", "warning", "residents would be evacuated"]]],
      ],
      (s) => [s.speaker, s.cue, s.text],
    );
  });

  describe("reads a capitalised «Said» after a name or its particle as the name", () => {
    // [text, [speaker, content] of every statement]
    table<(string | null)[]>(
      [
        ["On Friday, Qaboos bin Said, the long-serving Sultan of Oman, died aged 79.", []],
        ["Qaboos bin Said said the talks would go on.", [["Qaboos bin Said", "the talks would go on"]]],
        ["Edward Said said the talks would go on.", [["Edward Said", "the talks would go on"]]],
        ["The ministry in Port Said said the canal was open.", [["ministry in Port Said", "the canal was open"]]],
      ],
      (s) => [s.speaker, s.text],
    );
  });
});

describe("extraction, English: a name in apposition to an according-to source", () => {
  describe("gives the statement to the name even past a phrase of time, but not to a name whose verb follows", () => {
    // [text, [speaker, content] of every statement]
    table<(string | null)[]>(
      [
        [
          "According to the El Paso mayor, Dee Margo, during the weekend, police were investigating the manifesto.",
          [["Dee Margo", "police were investigating the manifesto"]],
        ],
        ["According to an FBI summary, Cheryl Mills, on Monday, sent the emails.", [["an FBI summary", "Cheryl Mills, on Monday, sent the emails"]]],
        ["According to the mayor, Dee Margo, police were investigating the manifesto.", [["Dee Margo", "police were investigating the manifesto"]]],
        // A place's state and a named source's role between commas belong to the source.
        [
          "According to police in Baytown, Texas, Zhukovskyy has been involved in traffic collisions before.",
          [["police in Baytown", "Zhukovskyy has been involved in traffic collisions before"]],
        ],
        [
          "According to a Twitter post by Amy Cook, director of the Learning Together event, the tusk came from the wall in the hall.",
          [["Amy Cook", "the tusk came from the wall in the hall"]],
        ],
        ["According to police in Paris, officers arrived.", [["police in Paris", "officers arrived"]]],
        [
          "According to Professor Sergey Dydykin, who is both co-chairman of the organizing committee and head of the department of surgery of the First MSMU, in Europe it is not customary to teach manual skills.",
          [["Sergey Dydykin", "in Europe it is not customary to teach manual skills"]],
        ],
        // A frame around another source's report leaves the statement to that source.
        [
          'According to news agency ISNA, the prosecutor general of Tehran, Ali Alghasi Mehr, said the 36 must face "murder and terrorism charges".',
          [["Ali Alghasi Mehr", 'the 36 must face "murder and terrorism charges"']],
        ],
        [
          "According to investigators, Zhukovskyy said he had over-corrected after being cut off by another driver.",
          [["Zhukovskyy", "he had over-corrected after being cut off by another driver"]],
        ],
      ],
      (s) => [s.speaker, s.text],
    );
  });
});

describe("extraction, English: a participle after a quotation", () => {
  describe("reports what follows it, with the subject of the cue the quotation belongs to", () => {
    // [text, [speaker, cue, content] of every statement]
    table<(string | null)[]>(
      [
        [
          'Ebrard said, "As far as I know, this would be the first case", adding, "For Mexico, this individual is a terrorist".',
          [
            ["Ebrard", "said", "As far as I know, this would be the first case"],
            ["Ebrard", "adding", "For Mexico, this individual is a terrorist"],
          ],
        ],
        [
          "On the day that footage emerged of a man punching a protester, Mr. Trump said of the episode, ''I don't like it,'' adding that ''they have anger that's unbelievable.''",
          [
            ["Trump", "said", "I don't like it,"],
            ["Trump", "adding", "they have anger that's unbelievable."],
          ],
        ],
        [
          'He also vowed, "We are going to defeat the barbarians of ISIS," referring to the Islamic State.',
          [[null, "vowed", "We are going to defeat the barbarians of ISIS,"]],
        ],
      ],
      (s) => [s.speaker, s.cue, s.text],
    );
  });
});

describe("extraction, English: a quotation interrupted without commas", () => {
  describe("goes on past the cue and the name when the quotation resumes in lowercase", () => {
    // [text, content of every statement]
    table(
      [
        [
          '"We stand ready" tweeted Johnson "to provide whatever help we can to bring them under control."',
          ["We stand ready … to provide whatever help we can to bring them under control."],
        ],
        ['"We stand ready" Johnson tweeted "to provide whatever help we can."', ["We stand ready … to provide whatever help we can."]],
        ['"Your own success is up to you," says Michelle Stevens, who sees "two different flip sides to it."', ["Your own success is up to you,"]],
      ],
      (s) => s.text,
    );
  });
});

describe("extraction, English: a dash after a trailing attribution, and a cue's noun after «no»", () => {
  describe("ends the content before the attribution, and reads «no doubt» as no cue", () => {
    // [text, [cue, content] of every statement]
    table(
      [
        [
          "State prosecutors charged the suspect with capital murder, they said Sunday — murder carrying the possibility of the death penalty.",
          [["said", "State prosecutors charged the suspect with capital murder"]],
        ],
        ["He said — without evidence — that the vote was rigged.", [["said", "the vote was rigged"]]],
        [
          "The results of nationwide surveys indicate that — at least for now — Republicans seem to be unifying.",
          [["indicate", "at least for now — Republicans seem to be unifying"]],
        ],
        ["An impossible combination, they complain - and there would no doubt emerge some other quality.", [["complain", "An impossible combination"]]],
      ],
      (s) => [s.cue, s.text],
    );
  });
});

describe("extraction, English: a year inside the subject", () => {
  describe("reads «The 2015 decision» as a noun phrase, not a phrase of time", () => {
    // [text, speaker of every statement]
    table(
      [
        ["A 2015 federal court decision said citizenship can only be resolved by Congress.", ["A 2015 federal court decision"]],
        ["The 2016 campaign said it would appeal.", ["2016 campaign"]],
        ["The 1990s saw growth, the report said.", ["report"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: Arabic names with a hyphened article", () => {
  describe("reads «al-Jahafi», «el-Sisi» as words of the name", () => {
    // [text, speaker of every statement]
    table(
      [
        ["The city's security chief, Abdullah al-Jahafi, announced on Facebook on Tuesday there were suspects in custody.", ["Abdullah al-Jahafi"]],
        ["An extremist cleric, Anwar al-Awlaki, said the West should take heed.", ["Anwar al-Awlaki"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: a participle right after a written object", () => {
  describe("reports for the issuer with any participle of the table, as «saying» does", () => {
    // [text, [speaker, cue, content] of every statement]
    table<(string | null)[]>(
      [
        [
          "The government issued a statement agreeing the issue should be decided by Congress.",
          [["government", "agreeing", "the issue should be decided by Congress"]],
        ],
        [
          "The government issued a statement insisting that the issue should be decided by Congress.",
          [["government", "insisting", "the issue should be decided by Congress"]],
        ],
      ],
      (s) => [s.speaker, s.cue, s.text],
    );
  });
});

describe("extraction, English: «both X and Y» as one subject", () => {
  describe("keeps both coordinated phrases in the speaker when «both» opens the subject", () => {
    // [text, speaker of every statement]
    table(
      [
        ["Both the council and the government called for an inquiry.", ["council and the government"]],
        ["The new poll counts both Democrats and independent voters who said they would vote.", ["independent voters"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: «…, reported the BBC.»", () => {
  describe("reads a news outlet after «reported» as the speaker of the clause before", () => {
    // [text, [speaker, content] of every statement]
    table<(string | null)[]>(
      [
        ["A gunman shot shoppers at a store, reports the BBC.", [["BBC", "A gunman shot shoppers at a store"]]],
        ["A gunman shot shoppers at a store, reported Reuters.", [["Reuters", "A gunman shot shoppers at a store"]]],
        ["Candidates, including Senator Ted Cruz, criticized the trade.", [["Candidates", "the trade"]]],
      ],
      (s) => [s.speaker, s.text],
    );
  });
});

describe("extraction, English: a verb that takes the infinitive of a cue", () => {
  describe("finds the subject before «were able to», «was prompted to»", () => {
    // [text, [speaker, cue] of every statement]
    table<(string | null)[]>(
      [
        ["Northamptonshire police were able to determine the Volvo had come from RAF Croughton.", [["Northamptonshire police", "determine"]]],
        ["The debate was so subdued that Mr. Trump was prompted to say, ''So far, I cannot believe how civil it's been.''", [["Trump", "say"]]],
      ],
      (s) => [s.speaker, s.cue],
    );
  });
});

describe("extraction, English: «Late on Sunday,» opening the sentence", () => {
  describe("reads it as when, and an adjective «early» before a noun as part of the subject", () => {
    // [text, speaker of every statement]
    table(
      [
        [
          "Late on Sunday, the United States President Donald Trump, in a statement delivered via the press secretary, announced US troops would be leaving Syria.",
          ["Donald Trump"],
        ],
        ["Early polls show voters rejecting him.", ["Early polls"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: a perfect participle", () => {
  describe("reads a participle after a comma and an adverb as after the comma alone", () => {
    // [text, [speaker, cue, content] of every statement]
    table<(string | null)[]>(
      [
        [
          'Okey Oramah said the use of other currencies "costs Africa billions," further saying, "Beyond that, it also reduces trade."',
          [
            ["Okey Oramah", "said", 'the use of other currencies "costs Africa billions,"'],
            ["Okey Oramah", "saying", "Beyond that, it also reduces trade."],
          ],
        ],
        [
          "Oramah said prices rose, later adding that trade fell.",
          [
            ["Oramah", "said", "prices rose"],
            ["Oramah", "adding", "trade fell"],
          ],
        ],
        // After an opening phrase with no verb, the participle opens the sentence and reports nothing here.
        ["In 2014, also suggesting life could exist on Mars, de Vera et al studied some lichens.", []],
      ],
      (s) => [s.speaker, s.cue, s.text],
    );
  });

  describe("never takes «having» for a speaker: the participle's subject is the main clause's", () => {
    // [text, [speaker mention, cue, content] of every statement]
    table<(string | null)[]>(
      [
        ["She quit the job, having said the pay was too low.", [["She", "said", "the pay was too low"]]],
        ["Having said the pay was too low, she quit the job.", [[null, "said", "the pay was too low"]]],
      ],
      (s) => [s.speakerMention, s.cue, s.text],
    );
  });
});

describe("extraction, English: when, after an according-to source", () => {
  describe("leaves a closing phrase of time out of the source, and keeps an author after it", () => {
    // [text, speaker of every statement]
    table(
      [
        ["The typhoon killed at least 20 according to Philippine officials on Thursday, and left 15,000 stranded.", ["Philippine officials"]],
        ["The tax cut emissions, according to a study last year by economists at Duke University.", ["a study last year by economists at Duke University"]],
        // Opening the sentence, the frame still runs to its comma.
        ["According to officials on Saturday, the virus may have killed two visitors.", ["officials"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: when it was said is not what was said", () => {
  describe("skips a month and a reduced clause of time after the cue", () => {
    // [text, content of every statement]
    table(
      [
        ['The International Monetary Fund said in May the AfCFTA might be an "economic game changer".', ['the AfCFTA might be an "economic game changer"']],
        ["He said while visiting Paris that the deal was done.", ["the deal was done"]],
        ["Warnings come from ''people aligned with the left,'' as the host Steve Doocy said in April while promoting a film.", []],
        [
          "The union head said while polling of his members showed support lagging, it was higher than usual.",
          ["while polling of his members showed support lagging, it was higher than usual"],
        ],
      ],
      (s) => s.text,
    );
  });
});

describe("extraction, English: a long subject", () => {
  describe("reads a subject with a bracketed initialism, a coordination and a place aside", () => {
    // [text, the words naming the speaker in every statement]
    table(
      [
        [
          "Researchers from the Georgia Institute of Technology (GT) and University of South Carolina Beaufort, both in the United States, reported warming seas weaken corals.",
          ["Researchers from the Georgia Institute of Technology (GT) and University of South Carolina Beaufort"],
        ],
        [
          "Director Anthony Fauci of the National Institute of Allergy and Infectious Diseases (NIAID), announced a trial was stopped early.",
          ["Anthony Fauci"],
        ],
      ],
      (s) => s.speakerMention,
    );
  });
});

describe("extraction, English: marks inside a source", () => {
  describe("reads past a plural's apostrophe and a short quoted name", () => {
    // [text, [speaker, content] of every statement]
    table<(string | null)[]>(
      [
        [
          "According to the United Nations' Food and Agriculture Organization's chief veterinary officer, it was completely unnecessary.",
          [["United Nations", "it was completely unnecessary"]],
        ],
        [
          'Anna Franowska of "Have no fear", an abuse victim support charity, told Reuters "it almost appears as if the statement was prepared."',
          [["Anna Franowska", "it almost appears as if the statement was prepared."]],
        ],
        ["The French are big fans of ''Prison Break,'' David Madden said.", [["David Madden", "The French are big fans of ''Prison Break,''"]]],
      ],
      (s) => [s.speaker, s.text],
    );
  });
});

describe("extraction, English: the place of an office", () => {
  describe("leaves the place after «Mayor of» out of the name", () => {
    // [text, speaker of every statement]
    table(
      [
        ['"I am in awe of the people," tweeted Mayor of London Sadiq Khan.', ["Sadiq Khan"]],
        ["Secretary of State John Kerry said the talks would go on.", ["John Kerry"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: a cue inside reported content", () => {
  describe("keeps a report inside the content of the cue that governs it, whatever comma stands before that cue", () => {
    // [text, [speaker, cue, content] of every statement]
    table<(string | null)[]>(
      [
        ["Notably, in the book, Bolton claims Trump asked Xi Jinping for help.", [["Bolton", "claims", "Trump asked Xi Jinping for help"]]],
        [
          "As a result of Saturday's unrest, according to a report citing the mayor's office, twenty people were arrested.",
          [["a report citing the mayor's office", "according to", "As a result of Saturday's unrest … twenty people were arrested"]],
        ],
        ["In July, the Labor Department announced it added 255,000 jobs.", [["Labor Department", "announced", "it added 255,000 jobs"]]],
        ['"We will win," Smith said, Jones told reporters.', [["Smith", "said", "We will win,"]]],
      ],
      (s) => [s.speaker, s.cue, s.text],
    );
  });
});

describe("extraction, English: how it was said is not what was said", () => {
  describe("leaves an adverb of manner between the cue and its clause out of the content", () => {
    // [text, content of every statement]
    table(
      [
        ["Bolsonaro has said publicly the Amazon rainforest should be opened up to agriculture.", ["the Amazon rainforest should be opened up to agriculture"]],
        ["Bolsonaro said repeatedly the rainforest should be opened.", ["the rainforest should be opened"]],
        ["Bolsonaro said again he would open the rainforest.", ["he would open the rainforest"]],
        ["The agency said nearly 100 people died.", ["nearly 100 people died"]],
        // Reporting on a topic says nothing; complaining about one keeps the topic without the adverb.
        ["He was 34 and reported extensively on the civil war.", []],
        ["The envoy complained bitterly about the backing for Kosovo.", ["about the backing for Kosovo"]],
      ],
      (s) => s.text,
    );
  });
});

describe("extraction, English: a counted subject", () => {
  describe("reads a number of people, with or without a word of approximation, as the subject", () => {
    // [text, speaker of every statement]
    table(
      [
        ["12 senators said the plan was bad.", ["12 senators"]],
        ["In the letter, 50 protesters said the plan was bad.", ["50 protesters"]],
        ["About 40 percent of voters said the plan was bad.", ["About 40 percent of voters"]],
        ["Nearly 200 people said the plan was bad.", ["Nearly 200 people"]],
        ["Just 28 percent of voters said they had a positive view of Clinton.", ["Just 28 percent of voters"]],
        // A year and a span of time stay time, and a number before a verb counts nothing.
        ["In 2015, officials said the plan was bad.", ["officials"]],
        ["For 30 days, officials said nothing was wrong.", ["officials"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: quotations joined under one cue", () => {
  describe("reads two quotations joined by «and» after a cue or a shout as one statement", () => {
    // [text, [speaker, cue, content] of every statement]
    table<(string | null)[]>(
      [
        ['Smith said "we will win" and "they will lose."', [["Smith", "said", 'we will win" and "they will lose.']]],
        [
          'On Broad Street, the marchers chanted "stop killing black people" and "no justice, no peace."',
          [["marchers", "chanted", 'stop killing black people" and "no justice, no peace.']],
        ],
        // The sentence's stop may stand outside the quotation a shout ends with.
        ['About 50 protesters gathered outside, chanting "no contract, no peace".', [["About 50 protesters", "chanting", "no contract, no peace"]]],
        // A quotation that goes on after "and" with words of the narrator's is no joined quotation.
        ['The crowd chanted "USA!" and waved flags.', []],
      ],
      (s) => [s.speaker, s.cue, s.text],
    );
  });
});

describe("extraction, English: an object cast in quoted words", () => {
  describe("ends the content with the quoted words after «as» or «as a», before the day and what the narrator adds", () => {
    // [text, content of every statement]
    table(
      [
        [
          'Trump defended his campaign manager as a "very decent man" Tuesday, hours after the staffer was charged.',
          ['his campaign manager as a "very decent man"'],
        ],
        ['Clinton described the plan as "reckless" Monday, days after it was announced.', ['the plan as "reckless"']],
        // A quoted word the noun phrase goes on after is a modifier, not the name.
        ['He dismissed the report as a "partisan" attack on the party.', ['the report as a "partisan" attack on the party']],
      ],
      (s) => s.text,
    );
  });
});

describe("extraction, English: a typewriter's dash", () => {
  describe("reads «--» as a dash, as «—» is read", () => {
    // [text, [speaker, cue, content] of every statement]
    table<(string | null)[]>(
      [
        [
          "Tester credits the prospects to the quality of its candidates -- but he said Trump would help.",
          [
            ["Tester", "credits", "the prospects to the quality of its candidates"],
            ["Tester", "said", "Trump would help"],
          ],
        ],
        ["Smith said the talks failed -- a claim the ministry denied.", [["Smith", "said", "the talks failed"]]],
        // A hyphen inside a word is no dash.
        ["Smith said the cease-fire held.", [["Smith", "said", "the cease-fire held"]]],
        // A quotation signed on the line after it.
        [
          '"We will win the election and then the country."\n-- Jane Smith, campaign chair',
          [["Jane Smith", "--", "We will win the election and then the country."]],
        ],
      ],
      (s) => [s.speaker, s.cue, s.text],
    );
  });
});

describe("extraction, English: a relative aside between dashes", () => {
  describe("reads the subject past «— who … —» as past «, who …,»", () => {
    // [text, speaker of every statement]
    table(
      [
        ["The senator — who had opposed the bill — said it was a mistake.", ["senator"]],
        ["The senator -- who had opposed the bill -- said it was a mistake.", ["senator"]],
        ["Joyce — who is listed as an attorney in Illinois — told reporters the case was weak.", ["Joyce"]],
        ["The senator, who had opposed the bill, said it was a mistake.", ["senator"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: a wire story's dateline", () => {
  describe("leaves the place, state and agency before the dash out of the first sentence's content", () => {
    // [text, content of every statement]
    table(
      [
        ["MACAU (Reuters) – Top donor Sheldon Adelson backs the plan, sources said.", ["Top donor Sheldon Adelson backs the plan"]],
        ["MANCHESTER, N.H. -- The plan will fail, Smith said.", ["The plan will fail"]],
        ["WASHINGTON (AP) — A six-year trend will end this year, the budget office reported.", ["A six-year trend will end this year"]],
        // Capitals before a dash that no capitalised sentence follows are no dateline.
        ["NATO — the alliance — will act, Smith said.", ["NATO — the alliance — will act"]],
      ],
      (s) => s.text,
    );
  });
});

describe("extraction, English: a title before a name", () => {
  describe("leaves «Sen.», «Rep.», «Gov.», «Lt.» and occupations («Pastor», «Editor») out of the speaker's name, as «Senator»", () => {
    // [text, speaker of every statement]
    table(
      [
        ["Sen. Chuck Grassley said the bill was bad.", ["Chuck Grassley"]],
        ["The bill is bad, Rep. Earl Blumenauer said.", ["Earl Blumenauer"]],
        ["Texas Lt. Gov. Dan Patrick said the bill was bad.", ["Dan Patrick"]],
        // Occupations written as titles; a surname or an institution's last word that looks like one stays.
        ["Pastor Kevin Swanson said the bill was bad.", ["Kevin Swanson"]],
        ["Breitbart's Washington Political Editor Matthew Boyle said the bill was bad.", ["Matthew Boyle"]],
        ["Hedge fund manager Paul Singer said the bill was bad.", ["Paul Singer"]],
        ["The Brennan Center for Justice said the bill was bad.", ["Brennan Center for Justice"]],
        ["Sen. Bernie Sanders said the plan was bad. Later, Bernie Sanders said it was worse.", ["Bernie Sanders", "Bernie Sanders"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: the antecedent of «, who»", () => {
  describe("is the noun phrase before the comma, never the clause it closes", () => {
    // [text, speaker of every statement]
    table(
      [
        ["Trump spoke with Jeb Bush, who said he is suspending his campaign.", ["Jeb Bush"]],
        ["The number marked a symbolic victory for Obama, who said the economy had recovered.", ["Obama"]],
        // An apposition before «who» keeps the person it describes.
        ["Matt Duss, president of the Foundation for Middle East Peace, who was in Paris, said it was fine.", ["Matt Duss"]],
        // Verbs coordinated inside the relative clause share its antecedent.
        ["The paper spoke to the Navy, who told it the ship was lost and noted no ransom had been sought.", ["Navy", "Navy"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: a word that opens a sentence before a name", () => {
  describe("is no part of the name a later statement resolves to", () => {
    // [text, speaker of every statement]
    table(
      [
        ["Bernie Sanders lost. But Sanders is suggesting he beat expectations.", ["Bernie Sanders"]],
        ["Carly Fiorina spoke first. Then Fiorina is saying she won.", ["Carly Fiorina"]],
        ["Does Rubio, like Tilton, oppose abortions? Rubio has said he does.", ["Rubio"]],
        ["Yet Bloomberg said he would not run.", ["Bloomberg"]],
        ["Maybe Trump is saying he won.", ["Trump"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("extraction, English: an office with «of» before the name", () => {
  describe("names the person after the office, and keeps a place or body after «of» out of the name", () => {
    // [text, speaker of every statement]
    table(
      [
        ["Former secretary of state Hillary Clinton said the plan was bad.", ["Hillary Clinton"]],
        ["RNC Chief of Staff Katie Walsh said the plan was bad.", ["Katie Walsh"]],
        ["Speaker of the House Rep. Paul Ryan said the plan was bad.", ["Paul Ryan"]],
        ["Tom Fitton, president of Judicial Watch, said the damage is done.", ["Tom Fitton"]],
        ["The director of Argentina's Amnesty International, Mariela Belski, said the president had listened.", ["Mariela Belski"]],
        ["The attorney general of the state of New York said the plan was bad.", ["attorney general of the state of New York"]],
      ],
      (s) => s.speaker,
    );
  });
});

describe("evaluation against the annotated news (npm run eval)", () => {
  // Floors are what the extractor reaches today; a change that lowers them fails here.
  const floors = {
    ar: { f1: 0.94, speakerAccuracy: 0.97, endToEndF1: 0.91 },
    en: { f1: 0.93, speakerAccuracy: 0.91, endToEndF1: 0.85 },
  } as const;
  for (const language of ["ar", "en"] as const) {
    it(`${language}: span F1, speaker accuracy and end-to-end F1 stay at or above their floors`, () => {
      const gold = loadGold(language);
      assert.ok(gold.length >= (language === "ar" ? 40 : 30));
      const { scores } = score(language, gold);
      assert.ok(scores.f1 >= floors[language].f1, `span F1 ${scores.f1.toFixed(3)}`);
      assert.ok(scores.speakerAccuracy >= floors[language].speakerAccuracy, `speaker accuracy ${scores.speakerAccuracy.toFixed(3)}`);
      assert.ok(scores.endToEndF1 >= floors[language].endToEndF1, `end-to-end F1 ${scores.endToEndF1.toFixed(3)}`);
    });
  }
});
