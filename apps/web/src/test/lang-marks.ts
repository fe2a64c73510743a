// The passages under an element that carry a language of their own, as [lang, text] pairs in document order.
export const langMarks = (element: Element | null | undefined) =>
  [...(element?.querySelectorAll('[lang]') ?? [])].map((node) => [node.getAttribute('lang'), node.textContent]);
