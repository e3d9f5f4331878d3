// How the web editor reads and writes our files: front matter and data files as the build reads
// them, and as tidy as an editor would write them by hand.
//
// Decap CMS would write a whole file anew, in its own style, on every save. These formats keep
// the file the editor opened and change only what was changed in the form: untouched fields
// keep their quotes, lists and comments, so that a pull request shows just the edit, and
// saving without a change gives the same file. New values are written in the style of the
// examples in CONTRIBUTING.md: texts of the front matter in double quotes, lists of names as
// [A, B], paragraphs as a | block, fields in the order of the schema. Data files whose top is
// a list (data/people.yml), which Decap cannot edit by itself, are edited as a list field.
//
// The settings come from the build (hooks/lho_site/outputs/cms_config.py, `format_settings`).

import { Scalar, isMap, isScalar, isSeq, parseDocument } from "./yaml/index.js";

const TEXT_OPTIONS = { lineWidth: 0, minContentWidth: 0, blockQuote: "literal", flowCollectionPadding: false };
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*\n/;
// Texts that YAML 1.1 (PyYAML, which the build reads with) would take for a yes/no, a time or a number.
const READ_OTHERWISE = /^(y|n|yes|no|true|false|on|off|null|~)$|^\d{1,2}[:.]\d{2}$|^[+-]?[\d.]+$/i;
// The Dutch way of writing thousands (3.400): a number to the build (content/fields.py), not 3.4.
const DUTCH_THOUSANDS = /^\d{1,3}(\.\d{3})+$/;

function empty(value) {
  return value === undefined || value === null || value === "" || value === false
    || (Array.isArray(value) && value.length === 0)
    || (typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 0);
}

/** The value without what the form leaves behind when a field is not filled in. */
function cleaned(value) {
  if (Array.isArray(value)) return value.map(cleaned).filter((item) => !empty(item));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cleaned(item)])
      .filter(([, item]) => !empty(item)));
  }
  // A | block ends with a line break; without it YAML would write |-.
  if (typeof value === "string" && value.includes("\n") && !value.endsWith("\n")) return `${value}\n`;
  return value;
}

function same(left, right) {
  return JSON.stringify(left) === JSON.stringify(right);
}

/** The fields of `layout` (from the schema), by name. */
function byName(layout) {
  return Object.fromEntries((layout || []).map((field) => [field.name, field]));
}

/** A new YAML node for `value` of the field `field` (a layout entry, or undefined). */
function newNode(doc, value, field, topLevel, settings) {
  const node = doc.createNode(ordered(value, field?.fields));
  style(node, field, topLevel, settings);
  return node;
}

function ordered(value, layout) {
  if (Array.isArray(value)) return value.map((item) => ordered(item, layout));
  if (!value || typeof value !== "object") return value;
  const names = (layout || []).map((field) => field.name);
  const keys = Object.keys(value).sort((a, b) => rank(names, a) - rank(names, b));
  return Object.fromEntries(keys.map((key) => [key, ordered(value[key], byName(layout)[key]?.fields)]));
}

function rank(names, key) {
  const index = names.indexOf(key);
  return index === -1 ? names.length : index;
}

function style(node, field, topLevel, settings) {
  if (isScalar(node)) {
    if (typeof node.value === "string") {
      const quoted = topLevel && settings.quoted.includes(field?.name);
      if (quoted || READ_OTHERWISE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    }
  } else if (isSeq(node)) {
    node.flow = node.items.every(isScalar);
    node.items.forEach((item) => style(item, field, false, settings));
  } else if (isMap(node)) {
    const fields = byName(field?.fields);
    node.items.forEach((pair) => style(pair.value, fields[String(pair.key)], false, settings));
  }
}

/** Change `map` (a YAML mapping of the opened file) into `values`, keeping every node that did not change. */
function update(doc, map, values, layout, topLevel, settings) {
  const fields = byName(layout);
  const names = (layout || []).map((field) => field.name);
  map.items = map.items.filter((pair) => String(pair.key) in values);
  for (const pair of map.items) {
    const key = String(pair.key);
    if (pair.value && same(cleaned(read(doc, pair.value)), values[key])) continue;
    if (isMap(pair.value) && values[key] && typeof values[key] === "object" && !Array.isArray(values[key])) {
      update(doc, pair.value, values[key], fields[key]?.fields, false, settings);
    } else {
      pair.value = newNode(doc, values[key], fields[key], topLevel, settings);
    }
  }
  const present = new Set(map.items.map((pair) => String(pair.key)));
  for (const key of Object.keys(values)) {
    if (present.has(key)) continue;
    const pair = doc.createPair(key, null);
    pair.value = newNode(doc, values[key], fields[key], topLevel, settings);
    const before = map.items.findIndex((item) => rank(names, String(item.key)) > rank(names, key));
    map.items.splice(before === -1 ? map.items.length : before, 0, pair);
  }
}

function parse(text) {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length) throw new Error(doc.errors.map((error) => error.message).join("\n"));
  return doc;
}

function dutchNumbers(key, value) {
  return typeof value === "string" && DUTCH_THOUSANDS.test(value) ? Number(value.replaceAll(".", "")) : value;
}

/** The values of a document, or of one node of it, as the form shows them. */
function read(doc, node = doc) {
  return node === doc ? doc.toJS({ reviver: dutchNumbers }) : node.toJS(doc, { reviver: dutchNumbers });
}

/** The text of `doc` after the edits: the file as it was opened when nothing changed. */
function written(doc, original, values) {
  const before = read(parse(original));
  if (same(cleaned(before ?? (Array.isArray(values) ? [] : {})), values)) return original;
  if (Array.isArray(values) && values.length === 0) {
    // An empty list is a file with only its comments, as data/newsletter.yml starts.
    return original.split("\n").filter((line) => line.startsWith("#")).map((line) => `${line}\n`).join("");
  }
  return doc.toString(TEXT_OPTIONS);
}

function pageFormat(settings, marks) {
  return {
    fromFile(content) {
      const match = FRONT_MATTER.exec(content);
      const data = match ? read(parse(match[1] || "")) || {} : {};
      const body = match ? content.slice(match[0].length).replace(/^\n/, "") : content;
      const page = !("template" in data);
      return { ...data, body, [marks.source]: content, [marks.page]: page };
    },
    toFile(data) {
      const { body = "", [marks.source]: source, [marks.page]: _page, ...rest } = data;
      const values = cleaned(rest);
      const text = body.endsWith("\n") || body === "" ? body : `${body}\n`;
      const match = source ? FRONT_MATTER.exec(source) : null;
      const original = match ? match[1] || "" : "";
      if (source && same(cleaned(read(parse(original)) || {}), values)
          && source.slice(match[0].length).replace(/^\n/, "") === text) {
        return source;
      }
      const doc = parse(original);
      if (!isMap(doc.contents)) doc.contents = doc.createNode({});
      update(doc, doc.contents, values, settings.fields, true, settings);
      return `---\n${written(doc, original, values)}---\n\n${text}`;
    },
  };
}

function listFormat(settings, marks) {
  return {
    fromFile(content) {
      return { [marks.items]: read(parse(content)) || [], [marks.source]: content };
    },
    toFile(data) {
      const source = data[marks.source] || "";
      const items = cleaned(data[marks.items] || []);
      const doc = parse(source);
      if (!isSeq(doc.contents)) doc.contents = doc.createNode([]);
      const seq = doc.contents;
      items.forEach((item, index) => {
        const old = seq.items[index];
        if (old && isMap(old)) {
          if (!same(cleaned(read(doc, old)), item)) update(doc, old, item, settings.fields, false, settings);
        } else {
          const node = newNode(doc, item, { fields: settings.fields }, false, settings);
          // A blank line between the entries, as in the data files.
          node.spaceBefore = index > 0;
          seq.items[index] = node;
        }
      });
      seq.items.length = items.length;
      return written(doc, source, items);
    },
  };
}

function recordFormat(settings, marks) {
  return {
    fromFile(content) {
      return { ...(read(parse(content)) || {}), [marks.source]: content };
    },
    toFile(data) {
      const { [marks.source]: source = "", ...rest } = data;
      const values = cleaned(rest);
      const doc = parse(source);
      if (!isMap(doc.contents)) doc.contents = doc.createNode({});
      update(doc, doc.contents, values, settings.fields, false, settings);
      return written(doc, source, values);
    },
  };
}

const KINDS = { pages: pageFormat, list: listFormat, record: recordFormat };

/** [name, file extension, formatter] of every format the configuration names. */
export function formats({ formats: all, marks }) {
  return Object.entries(all).map(([name, settings]) => [name, settings.extension,
    KINDS[settings.kind](settings, marks)]);
}
