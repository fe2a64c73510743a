// A translated sentence with some of its values rendered as elements where the translation places them: the
// sentence's words stay in the catalogue ("修改建议：{{suggestion}}"), and the value can carry markup (a reviewer's words
// marked with their language) that a string value could not. Each slot is handed to the translation as a private-use
// marker, then the sentence is cut at the markers; the values never pass through the translation, so nothing in them
// is read as a marker or as markup.
import { Fragment, type ReactNode } from 'react';

const MARKER = /\uE000(\d+)\uE001/;

export function nodesInto<K extends string>(
  translate: (slots: Record<K, string>) => string,
  nodes: Record<K, ReactNode>,
): ReactNode {
  const names = Object.keys(nodes) as K[];
  const slots = Object.fromEntries(names.map((name, index) => [name, `\uE000${index}\uE001`])) as Record<K, string>;
  const parts = translate(slots).split(MARKER);
  return parts.map((part, index) => {
    if (index % 2 === 0) return part;
    const name = names[Number(part)] as K;
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one sentence, always in the same order
    return <Fragment key={index}>{nodes[name]}</Fragment>;
  });
}
