import { SpError } from './errors';

/** Just enough XML for a SharePoint <Field> definition: the root's attributes and its child elements. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_m, e: string) => {
    const l = e.toLowerCase();
    if (l === 'amp') return '&';
    if (l === 'lt') return '<';
    if (l === 'gt') return '>';
    if (l === 'quot') return '"';
    if (l === 'apos') return "'";
    return String.fromCodePoint(l.startsWith('#x') ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10));
  });
}

function xmlError(): SpError {
  // [U] SharePoint surfaces System.Xml exceptions for malformed SchemaXml.
  return new SpError(400, '-1, System.Xml.XmlException', 'The SchemaXml of the field is not valid XML.');
}

export function parseXml(src: string): XmlElement {
  let i = 0;
  const skipWs = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const skipProlog = () => {
    for (;;) {
      skipWs();
      if (src.startsWith('<?', i)) {
        const end = src.indexOf('?>', i);
        if (end < 0) throw xmlError();
        i = end + 2;
      } else if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i);
        if (end < 0) throw xmlError();
        i = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (src[i] !== '<') throw xmlError();
    i++;
    const nameMatch = /^[A-Za-z_][\w.:-]*/.exec(src.slice(i));
    if (!nameMatch) throw xmlError();
    const name = nameMatch[0];
    i += name.length;
    const attrs: Record<string, string> = {};
    for (;;) {
      skipWs();
      if (src.startsWith('/>', i)) {
        i += 2;
        return { name, attrs, children: [], text: '' };
      }
      if (src[i] === '>') {
        i++;
        break;
      }
      const m = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(src.slice(i));
      if (!m) throw xmlError();
      attrs[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
      i += m[0].length;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (i >= src.length) throw xmlError();
      if (src.startsWith('</', i)) {
        const end = src.indexOf('>', i);
        if (end < 0 || src.slice(i + 2, end).trim() !== name) throw xmlError();
        i = end + 1;
        return { name, attrs, children, text: decodeEntities(text) };
      }
      if (src.startsWith('<!--', i)) {
        const end = src.indexOf('-->', i);
        if (end < 0) throw xmlError();
        i = end + 3;
        continue;
      }
      if (src.startsWith('<![CDATA[', i)) {
        const end = src.indexOf(']]>', i);
        if (end < 0) throw xmlError();
        text += src.slice(i + 9, end);
        i = end + 3;
        continue;
      }
      if (src[i] === '<') {
        children.push(element());
        continue;
      }
      text += src[i++];
    }
  };
  skipProlog();
  const root = element();
  skipWs();
  if (i !== src.length) throw xmlError();
  return root;
}

export function attr(e: XmlElement, name: string): string | undefined {
  const k = Object.keys(e.attrs).find((x) => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? undefined : e.attrs[k];
}

export function child(e: XmlElement, name: string): XmlElement | undefined {
  return e.children.find((c) => c.name.toLowerCase() === name.toLowerCase());
}
