import assert from "node:assert/strict";
import { NodeType, parse, type HTMLElement } from "node-html-parser";

/*
 * Pages as a reader's browser sees them: parsed into elements, so a test asserts on what is shown and
 * where (an element, its text, a field's value), not on how the HTML happens to be written.
 */

export type Page = HTMLElement;

export function dom(html: string): Page {
  // Unlike the parser's default, what is inside <pre> is elements too, as a browser reads it.
  return parse(html, { comment: false, blockTextElements: { script: true, noscript: true, style: true } });
}

/** The words shown, with runs of white space folded. */
export function shownText(element: HTMLElement): string {
  return element.textContent.replace(/\s+/g, " ").trim();
}

/** The first element the selector finds; fails the test, naming the selector, when there is none. */
export function one(page: Page, selector: string): HTMLElement {
  const found = page.querySelector(selector);
  assert.ok(found, `the page has no ${selector}`);
  return found;
}

/** The shown text of every element the selector finds, in page order. */
export function texts(page: Page, selector: string): string[] {
  return page.querySelectorAll(selector).map(shownText);
}

/** A form field's value as submitted: the input's value, the chosen option or radio button, the textarea's text. */
export function fieldValue(page: Page, name: string): string | undefined {
  const fields = page.querySelectorAll(`[name="${name}"]`);
  for (const field of fields) {
    if (field.tagName === "SELECT") return (field.querySelector("option[selected]") ?? field.querySelector("option"))?.getAttribute("value");
    if (field.tagName === "TEXTAREA") return field.textContent;
    const type = field.getAttribute("type");
    if (type === "radio" || type === "checkbox") {
      if (field.hasAttribute("checked")) return field.getAttribute("value");
      continue;
    }
    return field.getAttribute("value");
  }
  return undefined;
}

/** The values of the checkboxes or radio buttons named `name`, and whether each is ticked. */
export function choices(page: Page, name: string): { value: string; checked: boolean }[] {
  return page.querySelectorAll(`input[name="${name}"]`).map((input) => ({ value: input.getAttribute("value") ?? "", checked: input.hasAttribute("checked") }));
}

/** Every link's address on the page. */
export function links(page: Page): string[] {
  return page.querySelectorAll("a[href]").map((link) => link.getAttribute("href")!);
}

/** The elements at the top of a fragment, as `tag#id` (or `tag.class` without an id): a fragment swapped in by htmx is one element and no page around it. */
export function topLevel(html: string): string[] {
  return dom(html)
    .childNodes.filter((node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE)
    .map(
      (element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : element.classList.length ? `.${element.classList.value.join(".")}` : ""}`,
    );
}

/** The page's language and direction, from its root element. */
export function language(page: Page): { lang?: string; dir?: string } {
  const root = one(page, "html");
  return { lang: root.getAttribute("lang"), dir: root.getAttribute("dir") };
}
