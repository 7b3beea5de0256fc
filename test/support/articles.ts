/** A short Arabic story the web, API and review tests share: a headline, a direct quote and a dropped-subject «وأضاف». */
export const MINISTER_ARTICLE = [
  "وزير الصحة: الوضع الوبائي تحت السيطرة",
  "",
  'وقال وزير الصحة سامي الخطيب، في مؤتمر صحفي، إن "الوضع تحت السيطرة". وأضاف أن الوزارة ستنشر أرقاماً يومية.',
].join("\n");
