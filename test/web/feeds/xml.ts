/**
 * A strict little XML reader for the feed tests: it accepts only well-formed documents (tags nest
 * and close, attributes are quoted, `<` and `&` appear in text only as markup or known entities)
 * and returns the element tree with decoded text, which is what an Atom reader would see.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(raw: string): string {
  if (/<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(raw))
    throw new Error(`not well-formed text: ${raw.slice(0, 60)}`);
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, entity: string) =>
    entity.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(entity.slice(2), 16))
      : entity.startsWith("#")
        ? String.fromCodePoint(Number(entity.slice(1)))
        : ENTITIES[entity]!,
  );
}

export function parseXml(document: string): XmlElement {
  const body = document.replace(/^<\?xml[^?]*\?>\s*/, "");
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const token = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/gy;
  let position = 0;
  while (position < body.length) {
    token.lastIndex = position;
    const match = token.exec(body);
    if (!match) throw new Error(`not well-formed at ${position}: ${body.slice(position, position + 60)}`);
    position = token.lastIndex;
    const [, closing, name, attributeText, selfClosing, text] = match;
    const current = stack[stack.length - 1]!;
    if (text !== undefined) {
      if (current === root && text.trim() !== "") throw new Error("text outside the root element");
      current.text += decode(text);
      continue;
    }
    if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, doubleQuoted, singleQuoted] of (attributeText ?? "").matchAll(
      /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
    ))
      attributes[key!] = decode(doubleQuoted ?? singleQuoted ?? "");
    const element: XmlElement = { name: name!, attributes, children: [], text: "" };
    current.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1 || root.children.length !== 1) throw new Error("unclosed or several root elements");
  return root.children[0]!;
}

export const childrenNamed = (element: XmlElement, name: string) =>
  element.children.filter((child) => child.name === name);

export const childText = (element: XmlElement, name: string) => childrenNamed(element, name)[0]?.text;
