/**
 * Arabic speech and position verbs, one lemma per line. Every form isnad recognises is generated from the
 * line (see arabic-lexicon.ts): past and present in the masculine, feminine and plural, and the participle in
 * the same three; و / ف are taken off a word before it is looked up.
 *
 * columns: past (3rd person masculine) · present (3rd masculine, - for none) · participle (accusative
 * masculine, - for none) · the preposition that brings in a nominal content (- for none) · flags:
 *   clause      the content must be a clause (after أن / إن, a colon or a quotation): the verb has other senses
 *   possessive  a verbal noun carrying the subject's pronoun can be the content («أعلنت استقالتها»)
 *   initial     only after و / ف, a comma or at the start of a sentence («وبين أن», never «بين الطرفين»)
 *   object      an object may stand between the subject and the content, an addressee («أبلغ الوزير الصحفيين أن»)
 *               or what the content describes («وصف الوضع بأنه»): the subject ends where a second definite noun
 *               that does not describe it begins
 */
export const ARABIC_CUES = `
قال      يقول     قائلا     -     -
أضاف     يضيف     مضيفا     -     -
تابع     يتابع    -         -     clause
أوضح     يوضح     موضحا     -     -
أكد      يؤكد     مؤكدا     على   possessive
أشار     يشير     مشيرا     إلى   -
لفت      يلفت     لافتا     إلى   clause
شدد      يشدد     مشددا     على   -
صرح      يصرح     مصرحا     ب     -
أعلن     يعلن     معلنا     عن    possessive
ذكر      يذكر     ذاكرا     -     -
أفاد     يفيد     مفيدا     -     clause
كشف      يكشف     كاشفا     عن    -
حذر      يحذر     محذرا     من    object
أنذر     ينذر     -         -     clause
نفى      ينفي     نافيا     -     possessive
اعتبر    يعتبر    معتبرا    -     -
رأى      يرى      -         -     clause
وصف      يصف      واصفا     ب     object
اتهم     يتهم     متهما     ب     object
دعا      يدعو     داعيا     إلى   object
توقع     يتوقع    متوقعا    -     -
ألمح     يلمح     ملمحا     إلى   -
لمح      -        -         إلى   -
كتب      يكتب     -         -     clause
غرد      يغرد     مغردا     -     -
أردف     يردف     مردفا     -     clause
استطرد   يستطرد   مستطردا   -     clause
استدرك   يستدرك   مستدركا   -     clause
واصل     -        -         -     clause
أكمل     -        -         -     clause
استكمل   -        -         -     clause
ناشد     يناشد    مناشدا    -     object
زاد      -        -         -     clause
أقر      يقر      -         ب     -
استبعد   يستبعد   مستبعدا   -     clause
رجح      يرجح     مرجحا     -     clause
طالب     يطالب    مطالبا    ب     object
اقترح    يقترح    مقترحا    -     possessive
أعرب     يعرب     معربا     عن    -
حث       يحث      -         على   object
اشترط    يشترط    مشترطا    -     possessive
اعترض    يعترض    معترضا    على   -
أصر      يصر      مصرا      على   -
وعد      -        -         ب     -
تعهد     يتعهد    متعهدا    ب     -
طلب      -        -         من    -
أبلغ     -        -         -     clause object
نقل      ينقل     ناقلا     -     clause
أورد     يورد     -         -     clause
روى      يروي     -         -     clause
جاء      -        -         -     clause
ورد      -        -         -     clause
بين      يبين     مبينا     -     clause initial
أبرز     يبرز     مبرزا     -     clause
نوه      ينوه     منوها     إلى   -
نبه      ينبه     منبها     إلى   -
تساءل    يتساءل   متسائلا   -     -
أجمع     -        -         على   clause
أفصح     يفصح     مفصحا     عن    clause
زعم      يزعم     زاعما     -     -
ادعى     يدعي     مدعيا     -     clause
شرح      يشرح     شارحا     -     clause
أخبر     يخبر     -         -     clause object
قدر      يقدر     مقدرا     -     clause
اعتقد    يعتقد    معتقدا    -     clause
لخص      -        -         -     clause
اعترف    يعترف    معترفا    ب     clause
أجاب     يجيب     مجيبا     -     clause
رد       يرد      -         -     clause
علق      يعلق     معلقا     -     clause
طمأن     يطمئن    -         إلى   clause object
برر      يبرر     مبررا     -     clause object
أقسم     يقسم     -         -     clause
فسر      يفسر     مفسرا     -     clause object
حكى      يحكي     -         -     clause
سأل      يسأل     -         -     clause object
أوصى     يوصي     موصيا     ب     clause object
نصح      ينصح     ناصحا     ب     clause object
`;

/** Forms the rules cannot derive, each read as the generated form after it: a verb with its object pronoun, another participle. */
export const ARABIC_CUE_EXTRA_FORMS = `
لخصها    لخص
لخصه     لخص
مرشحا    معتبرا
مرشحين   معتبرين
`;

/** Generated forms whose commoner sense is no speech («وتبين أن»: it turned out that). */
export const ARABIC_NOT_CUES = `
تبين
`;

/**
 * Verbal nouns that report speech like a participle does when a complementiser, colon or quotation follows
 * («بالقول إن», «بالتأكيد على أن», «بتأكيده أن», «في إشارة منه إلى أن»): masdar, then the preposition it takes.
 */
export const ARABIC_CUE_MASDARS = `
قول       -
تأكيد     على
إشارة     إلى
توضيح     -
تشديد     على
إعلان     عن
تحذير     من
تصريح     ب
نفي       -
اعتراف    ب
إقرار     ب
زعم       -
ادعاء     -
توقع      -
`;
