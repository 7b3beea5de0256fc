import { normalizeWord } from "./normalize.ts";
import type { Gender } from "./types.ts";
import { ARABIC_CUE_EXTRA_FORMS, ARABIC_CUE_MASDARS, ARABIC_CUES, ARABIC_NOT_CUES } from "./lexicon/arabic-cues.ts";
import { tableLines } from "./lexicon/table.ts";

export interface CueEntry {
  lemma: string;
  gender: Gender | null;
  participle: boolean;
  /** Prepositions that introduce a nominal complement ("دعا إلى …", "نفى …"): 'ب' means a ب- prefix. */
  preps: string[];
  /** The verb needs إن/أن, a colon or a quotation to count (زاد، لفت are ordinary verbs otherwise). */
  clauseOnly: boolean;
  /** Takes a verbal noun carrying the subject's pronoun as its content («أعلنت الشركة استحواذها على …»). */
  possessiveObject: boolean;
  /** The form has other, commoner senses unless it opens a clause («وبين أن», never «بين الطرفين»). */
  initialOnly: boolean;
  /** An object may stand between the subject and the content («أبلغ الوزير الصحفيين أن …», «وصف الوضع بأنه …»). */
  takesObject: boolean;
  /** A present form («ويعلنون») is as often part of what was said as the start of a new report. */
  present: boolean;
}

/** The gender and number a verb or participle form carries (ت- and -ت feminine, -وا/-ون/-ين plural). */
export function genderOf(form: string): Gender | null {
  const norm = normalizeWord(form);
  if (/(وا|ون|ين)$/.test(norm) && norm.length > 3) return "plural";
  if (/^ت/.test(norm) && !/^(تابع|توقع)$/.test(norm)) return "f";
  // لفت is a masculine past form that happens to end in ت.
  if (/(ت|ه)$/.test(norm) && norm !== "لفت") return "f";
  return "m";
}

/** Past forms: «قال قالت قالوا», «نفى نفت نفوا», «دعا دعت دعوا». */
function pastForms(past: string): [string, Gender][] {
  const weak = /[اى]$/.test(past) ? past.slice(0, -1) : null;
  return [
    [past, "m"],
    [weak !== null ? `${weak}ت` : `${past}ت`, "f"],
    [weak !== null ? `${weak}وا` : `${past}وا`, "plural"],
  ];
}

/** Present forms: «يقول تقول يقولون», «ينفي تنفي ينفون», «يدعو تدعو يدعون», «يرى ترى يرون». */
function presentForms(present: string): [string, Gender][] {
  const stem = /[يوى]$/.test(present) && present.length > 3 ? present.slice(0, -1) : present;
  return [
    [present, "m"],
    [`ت${present.slice(1)}`, "f"],
    [`${stem}ون`, "plural"],
  ];
}

/** Participles: «قائلا قائلة قائلين», «داعيا داعية داعين». */
function participleForms(participle: string): [string, Gender][] {
  const stem = participle.slice(0, -1);
  return [
    [participle, "m"],
    [`${stem}ة`, "f"],
    [/يا$/.test(participle) ? `${participle.slice(0, -2)}ين` : `${stem}ين`, "plural"],
  ];
}

export const CUES = new Map<string, CueEntry>();
for (const [past, present, participle, prep, ...flags] of tableLines(ARABIC_CUES)) {
  const entry = (gender: Gender, isParticiple: boolean, present = false): CueEntry => ({
    lemma: past!,
    gender,
    participle: isParticiple,
    preps: prep === "-" ? [] : [normalizeWord(prep!)],
    clauseOnly: flags.includes("clause"),
    possessiveObject: flags.includes("possessive"),
    initialOnly: flags.includes("initial"),
    takesObject: flags.includes("object"),
    present,
  });
  for (const [form, gender] of pastForms(past!)) if (!CUES.has(normalizeWord(form))) CUES.set(normalizeWord(form), entry(gender, false));
  if (present !== "-")
    for (const [form, gender] of presentForms(present!)) {
      if (!CUES.has(normalizeWord(form))) CUES.set(normalizeWord(form), entry(gender, false, true));
      // «عاد الوزير ليؤكد أن», «خرج ليقول إن»: ل and the present report as a participle does, for the clause's subject.
      if (!CUES.has(normalizeWord(`ل${form}`))) CUES.set(normalizeWord(`ل${form}`), entry(gender, true));
    }
  if (participle !== "-") for (const [form, gender] of participleForms(participle!)) CUES.set(normalizeWord(form), entry(gender, true));
}
for (const [form, like] of tableLines(ARABIC_CUE_EXTRA_FORMS)) {
  const entry = CUES.get(normalizeWord(like!));
  if (!entry) throw new Error(`arabic-cues: ${form} is read as ${like}, which is no generated form`);
  CUES.set(normalizeWord(form!), entry);
}
for (const [form] of tableLines(ARABIC_NOT_CUES)) CUES.delete(normalizeWord(form!));

/** «بالقول», «بالتأكيد», «بتأكيده», «بتأكيدها», «بإشارته»: a masdar with ب and the article or a pronoun, read as a participle. */
export const MASDAR_CUES = new Map<string, CueEntry>();
for (const [masdar, prep] of tableLines(ARABIC_CUE_MASDARS)) {
  const norm = normalizeWord(masdar!);
  const stem = pronounStem(norm);
  // «بتأكيده أن», and without ب after a verb or «في»: «وجدد الوزير تأكيده أن», «وفي تأكيده أن».
  const forms: [string, Gender | null][] = [
    [`بال${norm}`, null],
    // «وجدد الرئيس التأكيد على أن»: only after a verb of repeating (masdarCue checks it).
    [`ال${norm}`, null],
    [`ب${stem}ه`, "m"],
    [`ب${stem}ها`, "f"],
    [`ب${stem}هم`, "plural"],
    [`${stem}ه`, "m"],
    [`${stem}ها`, "f"],
    [`${stem}هم`, "plural"],
  ];
  for (const [form, gender] of forms) {
    MASDAR_CUES.set(form, {
      lemma: masdar!,
      gender,
      participle: true,
      preps: prep === "-" ? [] : [normalizeWord(prep!)],
      clauseOnly: true,
      possessiveObject: false,
      initialOnly: false,
      takesObject: false,
      present: false,
    });
  }
}

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(normalizeWord));

/** «إشارة» keeps its ت before a pronoun: «إشارته». */
function pronounStem(norm: string): string {
  return norm.endsWith("ه") ? `${norm.slice(0, -1)}ت` : norm;
}

/** Each word, and each with ه / ها / هم / هما after it or after its pronoun stem. */
function withPronouns(words: Set<string>): Set<string> {
  const all = new Set(words);
  for (const word of words)
    for (const pronoun of ["ه", "ها", "هم", "هما"]) {
      all.add(`${word}${pronoun}`);
      all.add(`${pronounStem(word)}${pronoun}`);
    }
  return all;
}

/** Words that end a speaker and begin the reported content. */
export const BARE_COMPLEMENTISERS = set(`
  إن
  أن
  بأن
`);
/** A preposition carrying a pronoun is a whole prepositional phrase («أوضح لها أن», «في تصريح له»). */
export const PRONOUN_OBJECTS = set(`
  له
  لها
  لهم
  لهن
  لنا
  لي
  به
  بها
  بهم
  فيه
  فيها
  عنه
  عنها
  عنهم
  منه
  منها
  منهم
  إليه
  إليها
  إليهم
  عليه
  عليها
  عليهم
  معه
  معها
  معهم
`);
export const PRONOUN_COMPLEMENTISERS = set(`
  إنه
  إنها
  إنهم
  إنهن
  إنهما
  إننا
  إني
  إنني
  أنه
  أنها
  أنهم
  أنهن
  أنهما
  أننا
  أني
  أنني
  بأنه
  بأنها
  بأنهم
  بأنهن
  بأننا
`);
/** Passive or narrator forms that look like cues but have no source. */
export const SOURCELESS = set(`
  أشير
  قيل
  أفيد
  يذكر
  يشار
`);
export const RELATIVE_PRONOUNS = set(`
  الذي
  التي
  الذين
  اللذين
  اللتين
`);
export const TIME_WORDS = set(`
  اليوم
  أمس
  أمسية
  غدا
  الأحد
  الإثنين
  الاثنين
  الثلاثاء
  الأربعاء
  الخميس
  الجمعة
  السبت
  صباح
  مساء
  ظهر
  ليل
  ليلة
  يوم
  فيه
  فيها
  الماضي
  الفائت
  المقبل
  القادم
  الجاري
  مؤخرا
  أيضا
  كذلك
  بدوره
  بدورها
  أخيرا
  سابقا
  لاحقا
  أول
  آخر
  حينها
  مرة
  ومرة
  مرتين
  مرات
`);
/** «بصراحة», «بشكل مقتضب», «بالتفصيل»: after ب, how something was said; never part of a speaker. */
export const MANNER_NOUNS = set(`
  ثلاث
  أربع
  خمس
  عدة
  كلمات
  كلمة
  عبارات
  عبارة
  جملة
  إيجاز
  اختصار
  وضوح
  شدة
  صراحة
  حزم
  سعادة
  حزن
  أسف
  فخر
  حماس
  ثقة
  حدة
  تفصيل
  دقة
  غضب
  مرارة
  أسى
  لهجة
  نبرة
  شكل
  طريقة
  صوت
  لغة
  حسرة
  ألم
  فرح
  تفاؤل
  حذر
  استغراب
  دهشة
  سخرية
  تهكم
  انفعال
  هدوء
`);
/** Words that open a circumstance between the speaker and the content ("في مؤتمر صحفي", "لوكالة …"). */
export const CIRCUMSTANCE_STARTERS = set(`
  خلال
  عبر
  أثناء
  بعد
  قبل
  عقب
  إثر
  لدى
  أمام
  وسط
  منذ
`);
/** «في مقاله», «في افتتاحيتها»: nouns that open a circumstance, each also with its owner's pronoun. */
export const CIRCUMSTANCE_NOUNS = withPronouns(
  set(`
  مؤتمر
  تقرير
  دراسة
  نشرة
  مذكرة
  ورقة
  وثيقة
  تحليل
  تصريح
  تصريحات
  حديث
  مقابلة
  مقال
  مقالة
  افتتاحية
  عمود
  تدوينة
  مداخلة
  كلمة
  بيان
  رسالة
  اجتماع
  معرض
  لقاء
  ندوة
  جلسة
  خطاب
  تغريدة
  منشور
  حسابه
  حسابها
  حسابهم
  صفحة
  منصة
  الموقع
  موقعه
  موقعها
  موقعهم
  قناته
  قناتها
  مدونة
  برنامج
  عددها
  عدده
  نسخة
  طبعة
  ملحق
  تعليق
  رد
  ردا
  رده
  هامش
  خلفية
  صعيد
  ضوء
`),
);
export const MEDIA_PREFIXES = set(`
  لوكالة
  لصحيفة
  لقناة
  لإذاعة
  لموقع
  لمجلة
  للصحفيين
  للصحافيين
  لتلفزيون
  للتلفزيون
  للإذاعة
  للوكالة
  للصحيفة
  لشبكة
  لراديو
`);

/** News outlets told something («وقال الوزير لرويترز», «لفرانس برس», «للجزيرة»): after a speaker, ل before one starts the addressee. */
export const MEDIA_OUTLETS = set(`
  رويترز
  فرانس
  أسوشيتد
  الأناضول
  شينخوا
  نوفوستي
  تاس
  إنترفاكس
  بلومبرغ
  بلومبيرغ
  سي
  بي
  الجزيرة
  العربية
  سكاي
  يورونيوز
  الحرة
  إيلاف
  واس
  كونا
  وام
  بترا
  سانا
  قنا
  بنا
  الشرق
  الأوسط
  النهار
  الحياة
  الأهرام
  عكاظ
  الرياض
  الوطن
  اليوم
  المدينة
  الاقتصادية
  سبق
  هآرتس
  يديعوت
  نيويورك
  واشنطن
  الغارديان
  التايمز
  لوموند
  دويتشه
  مونت
  أخبار
`);

/** Audiences told something («وأكد الوزير للصحفيين», «للحضور»): after a speaker, ل before one starts the addressee. */
export const AUDIENCES = set(`
  الصحفيين
  الصحافيين
  الإعلاميين
  المراسلين
  الحضور
  الحاضرين
  الجمهور
  المواطنين
  المشاركين
  الزوار
  النواب
  الطلاب
`);

/** Kinship and representation nouns: «زوج جاكلين» is a description, «شقيقة جاكسون تويا» names her. */
export const RELATIONAL_HEADS = set(`
  زوج
  زوجة
  والد
  والدة
  شقيق
  شقيقة
  ابن
  ابنة
  محامي
  محامية
  وكيل
  وكيلة
  نجل
  نجلة
  أخ
  أخت
  شقيقه
  حفيد
  حفيدة
  أرملة
  والدا
`);
export const ROLE_HEADS = new Set([
  ...set(`
  رئيس
  رئيسة
  وزير
  وزيرة
  نائب
  نائبة
  مدير
  مديرة
  متحدث
  متحدثة
  المتحدث
  المتحدثة
  ناطق
  ناطقة
  أمين
  أمينة
  مستشار
  مستشارة
  مساعد
  مساعدة
  زعيم
  زعيمة
  قائد
  قائدة
  ممثل
  ممثلة
  سفير
  سفيرة
  مبعوث
  مبعوثة
  مندوب
  مندوبة
  محافظ
  محافظة
  عضو
  عضوة
  مسؤول
  مسؤولة
  باحث
  باحثة
  ناشط
  ناشطة
  عالم
  عالمة
  طبيب
  طبيبة
  مراسل
  مراسلة
  حارس
  مدرب
  مدربة
  مؤسس
  مؤسسة
  مشرف
  مشرفة
  منسق
  منسقة
  مفوض
  مفوضة
  ملك
  ملكة
  أمير
  أميرة
  أحد
  إحدى
  دكتور
  دكتورة
  الدكتور
  الدكتورة
  د
  بروفيسور
  البروفيسور
  أستاذ
  أستاذة
  الأستاذ
  فنان
  فنانة
  مخرج
  مخرجة
  لاعب
  لاعبة
  كاتب
  كاتبة
  شاعر
  شاعرة
  صحفي
  صحفية
  صحافي
  صحافية
  قيادي
  قيادية
  هاكر
  مغني
  مغنية
  موسيقي
  موسيقية
  عميد
  لواء
  جنرال
  عقيد
  رائد
  نقيب
  قاضي
  قاضية
  مدعي
  مدعية
  حاكم
  حاكمة
  عمدة
  والي
  أعضاء
  عضو
  مسؤولو
  ممثلو
  قادة
  زعماء
  المستشار
  الرئيس
  الوزير
  النائب
  المدير
  الأمين
  المسؤول
  الزعيم
  القائد
  السفير
  المبعوث
  الممثل
  الملك
  الأمير
  الشيخ
  دوقة
  دوق
  بابا
  الحاخام
  المطران
  الإمام
  مفتي
  المفتي
  الداعية
  فقيه
  محلل
  محللة
  المحلل
  خبير
  خبيرة
  محامي
  محامية
  اقتصادي
  اقتصادية
  مهندس
  مهندسة
  معلق
  معلقة
  ناقد
  ناقدة
  مؤرخ
  مؤرخة
  أكاديمي
  أكاديمية
  مدون
  مدونة
  مفكر
  مفكرة
  رجل
  سيدة
  المدير
  المشارك
`),
  ...RELATIONAL_HEADS,
]);
/** «كان متوقعا», «لا يزال مؤكدا»: verbs of being, whose predicate a participle after them is. */
/** Short particles that begin with و ف ب ل ك and so look like a clitic and a stem, before a name in running text. */
export const SHORT_PARTICLES = set(`
  فقد
  لقد
  وقد
  كما
  ولم
  فلم
  لكن
  ولا
  فلا
  ولن
  فلن
  بعد
  لدى
  بل
  لم
  لن
  لا
`);
export const BEING_VERBS = set(`
  كان
  كانت
  كانوا
  يكون
  تكون
  يكونوا
  أصبح
  أصبحت
  يصبح
  تصبح
  بات
  باتت
  يبات
  صار
  صارت
  يصير
  تصير
  ظل
  ظلت
  يظل
  تظل
  زال
  زالت
  يزال
  تزال
  ليس
  ليست
  بدا
  بدت
  يبدو
  تبدو
`);
/** «…، وهي دولة متاخمة»: indefinite nouns with which the narrator glosses a place or a body. */
export const GLOSS_NOUNS = set(`
  دولة
  بلد
  مدينة
  بلدة
  قرية
  منطقة
  جزيرة
  ولاية
  إقليم
  محافظة
  عاصمة
  حزب
  جماعة
  حركة
  منظمة
  هيئة
  شركة
  مجموعة
  تنظيم
  وكالة
  صحيفة
  قناة
`);
/** «مسؤول كبير», «دبلوماسي رفيع»: indefinite adjectives that describe a role; never a name after it. */
export const ROLE_ADJECTIVES = set(`
  كبير
  كبيرة
  رفيع
  رفيعة
  بارز
  بارزة
  آخر
  أخرى
  سابق
  سابقة
  مطلع
  مطلعة
  مقرب
  مقربة
  بارز
  مخضرم
  شاب
  شابة
`);
export const STATUS_ADJECTIVES = set(`
  السابق
  السابقة
  المؤقت
  المؤقتة
  الحالي
  الحالية
  الجديد
  الجديدة
  المنتخب
  المنتخبة
  العام
  العامة
  الأول
  الأولى
  المستقيل
  الراحل
  الأعلى
  التنفيذي
  التنفيذية
  المساعد
  الأسبق
  الأسبقة
  الثاني
  الثانية
  الضيف
  الضيفة
`);
export const PLACES = set(`
  مصر
  سوريا
  سورية
  لبنان
  العراق
  الأردن
  فلسطين
  إسرائيل
  إيران
  تركيا
  السعودية
  قطر
  الإمارات
  الكويت
  البحرين
  عمان
  اليمن
  ليبيا
  تونس
  الجزائر
  المغرب
  السودان
  موريتانيا
  الصومال
  فرنسا
  بريطانيا
  ألمانيا
  إيطاليا
  إسبانيا
  روسيا
  الصين
  اليابان
  الهند
  باكستان
  أفغانستان
  أمريكا
  أميركا
  واشنطن
  موسكو
  باريس
  لندن
  برلين
  بنغلاديش
  البرازيل
  تركيا
  اليونان
  أوكرانيا
  كوريا
  كندا
  أستراليا
  نيجيريا
  إثيوبيا
  كينيا
  دمشق
  بيروت
  القاهرة
  بغداد
  الرياض
  الدوحة
  غزة
  القدس
  طهران
  أنقرة
  إسطنبول
  دارفور
  الخرطوم
  جوبا
  أوروبا
  أفريقيا
  آسيا
`);
export const ORGANIZATION_HEADS = set(`
  وزارة
  حلف
  منظمة
  شركة
  حكومة
  الحكومة
  السفارة
  سفارة
  مجلس
  حركة
  جماعة
  حزب
  الجيش
  جيش
  الشرطة
  شرطة
  وكالة
  صحيفة
  معهد
  جامعة
  الائتلاف
  ائتلاف
  الاتحاد
  اتحاد
  مؤسسة
  قناة
  إذاعة
  بعثة
  هيئة
  لجنة
  المحكمة
  محكمة
  البرلمان
  برلمان
  الكونغرس
  النقابة
  نقابة
  مرصد
  مكتب
  القيادة
  قيادة
  الرئاسة
  الأمم
  مصرف
  بنك
  البنك
  المجموعة
  مجموعة
  فريق
  الفريق
  نادي
  النادي
  التحالف
  تحالف
  التنظيم
  تنظيم
  الفيفا
  فيفا
  المنظمة
  الشركة
  الوزارة
  الحركة
  الجماعة
  الحزب
  الوكالة
  الصحيفة
  مستشفى
  قصر
  القصر
  رابطة
  جمعية
  مركز
  دائرة
  مديرية
  ديوان
  صندوق
  سلطة
  غرفة
  أمانة
  أكاديمية
  كلية
`);
export const ANONYMOUS_MARKERS = set(`
  هويته
  هويتها
  اسمه
  اسمها
  أسمائهم
  هويتهم
  مصدر
  مصادر
`);
export const ANONYMOUS_HEADS = set(`
  مسؤول
  مسؤولة
  مسؤولون
  مسؤولين
  مصدر
  مصادر
  دبلوماسي
  دبلوماسيون
  دبلوماسيين
  دبلوماسية
  مسؤولو
  مسؤولي
`);
export const ACCORDING_TO = set(`
  بحسب
  حسب
  حسبما
  وفقا
  وفق
  طبقا
  نقلا
`);
export const PREPOSITIONS = set(`
  في
  من
  عن
  إلى
  على
  باسم
  لدى
  مع
  ضد
  حول
`);
/** Words that open a prepositional phrase; a speaker never starts with one («في السياق ذاته», «لـ"الصحيفة"», «وحول المباراة»). */
export const PHRASE_PREPOSITIONS = set(`
  في
  من
  عن
  إلى
  على
  مع
  حول
  لدى
  ضد
  عبر
  خلال
  أثناء
  بعد
  قبل
  عقب
  إثر
  أمام
  وسط
  منذ
  ل
  ب
  ك
  بين
  تجاه
  بشأن
`);
/** Indefinite accusatives of manner or purpose that sit between a verb and its content («تعليقا على», «ردا على»); never a name. */
export const ADVERBIAL_ACCUSATIVES = set(`
  ردا
  تعليقا
  تعقيبا
  تأكيدا
  توضيحا
  تعبيرا
  حرصا
  أملا
  رغبة
  خلافا
  إضافة
  علاوة
  استنادا
  نقلا
  تحديدا
  سابقا
  لاحقا
  مؤخرا
  مجددا
  مجدداً
  أيضا
  كذلك
  حاليا
  رسميا
  علنا
  صراحة
  بدوره
  بدورها
  شخصيا
  مباشرة
  مخاطبا
  مخاطبة
  متحدثا
  متحدثة
  ساخرا
  ساخرة
  مازحا
  مازحة
  ضاحكا
  ضاحكة
  غاضبا
  غاضبة
  عاتبا
  عاتبة
  باكيا
  باكية
  واثقا
  واثقة
  مبتسما
  مبتسمة
  متهكما
  متهكمة
  مستغربا
  مستغربة
  مستنكرا
  مستنكرة
  متعجبا
  متعجبة
  متأثرا
  متأثرة
  مستدركا
  مستدركة
`);
/** A document that speaks for whoever issued it («تقرير لمنظمة …», «بيان صادر عن …»). */
export const DOCUMENT_HEADS = set(`
  تقرير
  التقرير
  بيان
  البيان
  دراسة
  الدراسة
  رسالة
  الرسالة
  وثيقة
  مذكرة
  إحصاء
  تقديرات
  تقدير
  بيانات
  أرقام
  إحصاءات
  إحصائيات
  معطيات
`);
/** «دراسة أجرتها جامعة هارفارد», «تقرير أعده البنك الدولي»: a verb of issuing carrying the document's pronoun; its subject owns it. */
export const ISSUING_VERBS = set(`
  أجرتها
  أجراها
  أعدتها
  أعدها
  أعده
  أعدته
  أصدرتها
  أصدرها
  أصدره
  أصدرته
  نشرتها
  نشرها
  نشره
  نشرته
  قدمتها
  قدمها
  قدمه
  قدمته
`);
/** Verbal nouns that open a nominal statement after أعلن / نفى / أكد («نفى وجود مفاوضات», «أعلن انتخاب …»). */
export const VERBAL_NOUNS = set(`
  وجود
  تسجيل
  رصد
  ضبط
  إحباط
  بدء
  انطلاق
  افتتاح
  إغلاق
  خفض
  رفع
  زيادة
  تعليق
  استئناف
  إقالة
  انتخاب
  تعيين
  تنظيم
  إجراء
  عقد
  إنشاء
  عودة
  رفض
  استعداد
  عزم
  نية
  دعم
  تأييد
  قبول
  موافقة
  اكتشاف
  إطلاق
  وفاة
  مقتل
  فوز
  تشكيل
  تأجيل
  إلغاء
  استقالة
  انسحاب
  التزام
  توقيع
  تمديد
  اعتقال
  إصابة
  ارتفاع
  انخفاض
  تراجع
  نجاح
  فشل
  مسؤولية
  استحواذ
  تورط
  حصول
  توصل
  اتفاق
  إنهاء
  بدء
  استئناف
  وقف
  تعليق
  إغلاق
  منع
  عدم
  إمكانية
  ضرورة
  تحقيق
  مشاركة
  ترشح
  ترشيح
  اعتزال
  تعاقد
  انضمام
  رحيل
  تمسك
  تقديم
`);
export const CONJUNCTION_BREAKS = set(`
  بينما
  فيما
  حين
  حيث
  كما
  لكن
  غير
  أن
  إلا
  إذ
  لكنه
  لكنها
  لكنهم
`);
/** After a comma, words that open the narrator's continuation of a report («…، مما جعلها …», «…، وسط رفض …»). */
export const NARRATOR_CONTINUATIONS = set(`
  مما
  وسط
`);
/** After «، دون أن», verbs by which the narrator notes what the source left out or what could not be checked. */
export const UNSTATED_VERBS = set(`
  يتسنى
  يتسن
  يمكن
  يقدم
  تقدم
  يقدموا
  يذكر
  تذكر
  يوضح
  توضح
  يكشف
  تكشف
  يحدد
  تحدد
  يعطي
  تعطي
  يدلي
  تدلي
  يفصح
  تفصح
  يشير
  تشير
  يسمي
  تسمي
`);
/** After a comma in a statement's content, words that open the narrator's setting of it («…، خلال افتتاحه المنتدى»). */
export const NARRATOR_SETTINGS = set(`
  خلال
  أثناء
  بحضور
`);
/** Quantifiers: they head a noun phrase («جميع الأطراف», «بعض المسؤولين») and are never part of a name. */
export const QUANTIFIERS = set(`
  جميع
  كل
  كافة
  بعض
  معظم
  أغلب
  مختلف
  سائر
  عدد
  عدة
`);
/** The narrator's own openers («جدير بالذكر أن», «يشار إلى أن»): no subject a participle could share. */
export const NARRATOR_OPENERS = set(`
  علما
  جدير
  الجدير
  يذكر
  يشار
  يجدر
  معلوم
  المعلوم
  يلاحظ
`);
/** Words that open a fronted subordinate clause («وبعد أن …، فنّد …»): the main clause starts after its comma. */
export const SUBORDINATORS = set(`
  بعد
  بعدما
  عندما
  حين
  حينما
  لما
  منذ
  وقبل
  قبل
`);
/** Honorifics before a name; part of neither the name nor the role chain. */
export const TITLES = set(`
  سمو
  معالي
  فضيلة
  سعادة
  جلالة
  فخامة
  السمو
  مولانا
  د
  د.
  أ.د.
  الدكتور
  الدكتورة
  الشيخ
  الشيخة
  السيد
  السيدة
  البروفيسور
  الأستاذ
  المهندس
  المشير
  الفريق
  اللواء
  العميد
  العقيد
  المقدم
  الرائد
  النقيب
  الجنرال
  الأدميرال
`);
/** Honorifics that stand for a person named before, as a pronoun does: «وأكد معاليه», «وقالت سموها». */
export const HONORIFIC_PRONOUNS = set(`
  معاليه
  معاليها
  سموه
  سموها
  فضيلته
  سعادته
  سعادتها
  جلالته
  جلالتها
  دولته
  سيادته
  سيادتها
  حفظه
  حفظها
  رعاه
  رعاها
  أيده
`);
export const GROUP_WORDS = set(`
  مجموعة
  مجموعه
  عدد
  عدة
  بعض
  أحد
  إحدى
  خبراء
  علماء
  باحثون
  الباحثون
  الخبراء
  العلماء
  العديد
  الكثير
  الكثيرون
  المقربون
  المقربين
  أقارب
`);
/** Broken plurals that make a role phrase a group of people («أعضاء الجماعة», «قادة الاحتجاجات»). */
export const PLURAL_HEADS = set(`
  أعضاء
  الأعضاء
  قادة
  القادة
  نواب
  النواب
  وزراء
  الوزراء
  ممثلو
  ممثلي
  زعماء
  الزعماء
  مسؤولو
  مسؤولي
  سكان
  السكان
  أهالي
  الأهالي
  شهود
  الشهود
  محامو
  أقارب
  ناشطون
  الناشطون
  نشطاء
  النشطاء
  ناشطين
  محللين
  مراقبين
  مواطنين
  معارضين
  متظاهرين
  مسعفين
  مستثمرين
  موظفين
  باحثين
  مختصين
  متخصصين
  سياسيين
  اقتصاديين
  عسكريين
  أمنيين
  خبراء
  علماء
  أطباء
`);
/**
 * Plural bodies whose verbs agree in the feminine singular («نفت قوات الدعم السريع …، وقالت»): a later «وقالت»
 * with no subject of its own may be theirs.
 */
export const FEMININE_PLURAL_BODIES = set(`
  قوات
  القوات
  السلطات
  الجهات
  الأجهزة
  الفصائل
  فصائل
  الميليشيات
  ميليشيات
  المنظمات
  منظمات
  وسائل
  الأوساط
  أوساط
  الدوائر
  دوائر
`);
/** Verbs (by lemma, as written) whose object belongs to what was said: «وصف الوضع بأنه …», «اتهم الحكومة بـ …», «دعا المواطنين إلى …». */
export const OBJECT_IN_CONTENT = new Set(["وصف", "اتهم", "دعا", "طالب", "حث", "حذر"]);
/** Signs and posters: what they say is nobody's statement. */
export const DISPLAYS = set(`
  الملصقات
  ملصقات
  ملصق
  الملصق
  اللافتات
  لافتات
  لافتة
  اللافتة
  الشعارات
  شعارات
`);
/** Heads of a media outlet's name («قناة روسيا اليوم»). */
export const MEDIA_HEADS = set(`
  قناة
  صحيفة
  جريدة
  موقع
  مجلة
  إذاعة
  شبكة
`);
/** A speech given by someone: «كلمة جيمي ويلز، التي ذكر فيها …». */
export const SPEECH_NOUNS = set(`
  كلمة
  بيان
  رسالة
  خطاب
  تصريح
  مقابلة
  حديث
`);
/** «طالبا عدم كشف اسمه»: where an anonymous source's description stops. */
export const ANONYMITY_CLAUSES = set(`
  طالبا
  طالبة
  طالبين
  طلب
  طلبت
  طلبوا
  رافضا
  رافضة
  رافضين
  رفض
  رفضت
  رفضوا
  مفضلا
  مفضلة
  مفضلين
  فضل
  فضلت
  فضلوا
  اشترط
  اشترطت
  اشترطوا
  مشترطا
  مشترطة
  مشترطين
  يشأ
  تشأ
  يشاءوا
  يرغب
  ترغب
  يرغبون
  شريطة
  تسمه
  يسمه
  تسمها
  يسمها
  تسمهم
  يسمهم
  تكشف
  يكشف
`);
export const SIDE_WORDS = set(`
  جهته
  جهتها
  جانبه
  جانبها
  جانبهم
  جهتهم
  ناحيته
  ناحيتها
  ناحيتهم
`);
export const DEMONSTRATIVES = set(`
  هذا
  هذه
  ذلك
  تلك
  هذين
  هاتين
`);
/** Verbs that bring a source into the story without a statement of their own; «عبر» only in forms that cannot be «via». */
export const INTRODUCING_VERBS = set(`
  وعبر
  فعبر
  عبرت
  وعبرت
  تحدث
  تحدثت
  وتحدث
  وتحدثت
  ألقى
  ألقت
  وألقى
  وألقت
  علق
  علقت
  وعلق
  وعلقت
  ردت
  وردت
  أبدى
  أبدت
  وأبدى
  وأبدت
  أجاب
  أجابت
  وأجاب
  وأجابت
  اعترف
  اعترفت
  واعترف
  واعترفت
  ظهرت
  وظهرت
  أدلى
  أدلت
  وأدلى
  وأدلت
  أثار
  أثارت
  وأثار
  وأثارت
`);
/** Words whose first letter و is their own, never the conjunction, though a verb or «ال» seems to follow it. */
export const WORDS_IN_WAW = set(`
  واشنطن
  وائل
  وادي
  والي
  واحد
  واحدة
  واقع
  واقعة
  وارسو
  واتساب
  واجب
  واجهة
  والد
  والدة
  والده
  والدته
  وزير
  وفد
  وضع
  وقت
  وطن
  وجه
  وعد
  وسط
  ولد
  وكيل
  وقف
  وجود
  وصول
  وحدة
  وكالة
  ولاية
  وثيقة
  ورقة
`);
/** «جدد الرئيس التأكيد على أن», «أعاد التذكير بأن»: verbs of repeating, after which a definite verbal noun of speech is the cue. */
export const REPEATING_VERBS = set(`
  جدد
  جددت
  جددوا
  أعاد
  أعادت
  أعادوا
  كرر
  كررت
  كرروا
`);
/** «كشف التقرير النقاب عن», «أماط اللثام عن», «أزاح الستار عن»: the veil an idiom of revealing lifts is no part of the speaker. */
export const REVEALING_OBJECTS = set(`
  النقاب
  اللثام
  الستار
`);
/** Nouns after «على» / «حسب» that frame the source's own words («على حد قوله», «حسب تعبيره»). */
export const IN_THE_WORDS_NOUNS = set(`
  رأي
  قول
  رأيه
  قوله
  قولها
  قولهم
  تعبير
  وصف
`);
/** Particles and prepositions that a subject between its verb and the cue never holds («لا», «إلى», «عن»). */
export const NOT_IN_SUBJECT = set(`
  لا
  لم
  لن
  ما
  إلى
  على
  عن
  من
`);
/** Words that end a subject: a conjunction of contrast or time, «قد», a form of «كان». */
export const SUBJECT_ENDERS = set(`
  لكن
  ولكن
  بينما
  فيما
  حيث
  إذ
  كما
  ثم
  وقد
  قد
  فقد
  كان
  وكان
  كانت
  وكانت
  أما
`);
/** Verbs of speaking with no content of their own (تحدث، علق، أجاب، ألقى) that open a new clause after a comma. */
export const SPEECH_ACT_VERBS = set(`
  تحدث
  تحدثت
  علق
  علقت
  أجاب
  أجابت
  ألقى
  ألقت
`);
/** What follows a verb of declining in an anonymity clause («فضل عدم ذكر اسمه», «طلب عدم الكشف عن هويته»). */
export const ANONYMITY_COMPLEMENTS = set(`
  عدم
  ألا
  أن
  عن
  في
  الكشف
  ذكر
  نشر
  الإفصاح
  كشف
  تسميته
  تسميتها
`);
/** Nouns of a span of time after «في» in a circumstance («في نهاية العام»). */
export const TIME_SPAN_NOUNS = set(`
  سنة
  عام
  شهر
  يوم
  مطلع
  نهاية
  بداية
  وقت
`);
/** Particles, pronouns and forms of «كان» that are never a word of a name. */
export const NEVER_NAME_WORDS = set(`
  قد
  لقد
  وقد
  فقد
  ثم
  لا
  لم
  لن
  ما
  هو
  هي
  هم
  كان
  كانت
`);
