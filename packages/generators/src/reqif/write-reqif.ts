import type { Model } from '@ccp/core';
import { buildReqifContent, type ReqifContent, type ReqifOptions, type ReqifRequirement } from './reqif-content.js';
import { idPart, xmlAttr, xmlText } from './xml.js';

export const reqifNamespace = 'http://www.omg.org/spec/ReqIF/20110401/reqif.xsd';
const xhtmlNamespace = 'http://www.w3.org/1999/xhtml';

/** Identifiers of the fixed parts: data types, attribute definitions, types and enumeration values. */
export const ids = {
  string: 'DT-string',
  xhtml: 'DT-xhtml',
  priority: 'DT-priority',
  status: 'DT-supplier-status',
  requirementType: 'T-requirement',
  headingType: 'T-heading',
  specificationType: 'T-specification',
  attr: {
    id: 'AD-foreign-id',
    name: 'AD-name',
    text: 'AD-text',
    priority: 'AD-priority',
    area: 'AD-area',
    category: 'AD-category',
    status: 'AD-supplier-status',
    comment: 'AD-supplier-comment',
    chapter: 'AD-chapter-name',
  },
  priorityValue: (p: string) => `EV-priority-${p}`,
  statusValue: (key: string) => `EV-status${idPart(key)}`,
  requirement: (id: string) => `REQ${idPart(id)}`,
  heading: (area: string) => `HEAD${idPart(area)}`,
};

/** The longest text a string attribute may hold (MAX-LENGTH of the string data type). */
const maxString = 65535;

function xhtmlText(r: ReqifRequirement, c: ReqifContent): string {
  const x = (tag: string, inner: string) => `<xhtml:${tag}>${inner}</xhtml:${tag}>`;
  const lines = (text: string) => text.split('\n').map(xmlText).join('<xhtml:br/>');
  const parts = r.paragraphs.map((p) => x('p', lines(p)));
  if (r.acceptance.length) parts.push(x('p', xmlText(`${c.labels.functions.acceptance}:`)), x('ul', r.acceptance.map((a) => x('li', lines(a))).join('')));
  if (r.source) parts.push(x('p', lines(`${c.words.source}: ${r.source}`)));
  return x('div', parts.join(''));
}

/** Serialises the content as ReqIF 1.2 XML (UTF-8, two-space indentation, LF line ends). */
export function renderReqif(c: ReqifContent): string {
  const t = c.time;
  const n = c.words.names;
  const out: string[] = [];
  const line = (depth: number, text: string) => out.push('  '.repeat(depth) + text);
  const a = (name: string, value: string) => ` ${name}="${xmlAttr(value)}"`;
  const head = (id: string, name: string) => `${a('IDENTIFIER', id)}${a('LAST-CHANGE', t)}${a('LONG-NAME', name)}`;

  line(0, '<?xml version="1.0" encoding="UTF-8"?>');
  line(0, `<REQ-IF xmlns="${reqifNamespace}" xmlns:xhtml="${xhtmlNamespace}">`);
  line(1, '<THE-HEADER>');
  line(2, `<REQ-IF-HEADER${a('IDENTIFIER', `HDR${idPart(c.project)}`)}>`);
  line(3, `<COMMENT>${xmlText(c.comment)}</COMMENT>`);
  line(3, `<CREATION-TIME>${t}</CREATION-TIME>`);
  line(3, '<REQ-IF-TOOL-ID>ccp</REQ-IF-TOOL-ID>');
  line(3, '<REQ-IF-VERSION>1.0</REQ-IF-VERSION>');
  line(3, '<SOURCE-TOOL-ID>ccp</SOURCE-TOOL-ID>');
  line(3, `<TITLE>${xmlText(c.title)}</TITLE>`);
  line(2, '</REQ-IF-HEADER>');
  line(1, '</THE-HEADER>');
  line(1, '<CORE-CONTENT>');
  line(2, '<REQ-IF-CONTENT>');

  line(3, '<DATATYPES>');
  line(4, `<DATATYPE-DEFINITION-STRING${head(ids.string, 'String')}${a('MAX-LENGTH', String(maxString))}/>`);
  line(4, `<DATATYPE-DEFINITION-XHTML${head(ids.xhtml, 'XHTML')}/>`);
  const enumeration = (id: string, name: string, values: { id: string; name: string; key: number; other: string; desc?: string }[]) => {
    line(4, `<DATATYPE-DEFINITION-ENUMERATION${head(id, name)}>`);
    line(5, '<SPECIFIED-VALUES>');
    for (const v of values) {
      line(6, `<ENUM-VALUE${v.desc ? a('DESC', v.desc) : ''}${head(v.id, v.name)}>`);
      line(7, `<PROPERTIES><EMBEDDED-VALUE${a('KEY', String(v.key))}${a('OTHER-CONTENT', v.other)}/></PROPERTIES>`);
      line(6, '</ENUM-VALUE>');
    }
    line(5, '</SPECIFIED-VALUES>');
    line(4, '</DATATYPE-DEFINITION-ENUMERATION>');
  };
  enumeration(ids.priority, n.priority, [
    { id: ids.priorityValue('must'), name: c.labels.priority.must, key: 0, other: 'must' },
    { id: ids.priorityValue('nice'), name: c.labels.priority.nice, key: 1, other: 'nice' },
  ]);
  enumeration(
    ids.status,
    n.status,
    c.statuses.map((s, i) => ({ id: ids.statusValue(s.key), name: s.name, key: i, other: s.key, ...(s.definition ? { desc: s.definition } : {}) })),
  );
  line(3, '</DATATYPES>');

  const attribute = (kind: 'STRING' | 'XHTML' | 'ENUMERATION', id: string, name: string, type: string, editable: boolean) =>
    line(
      6,
      `<ATTRIBUTE-DEFINITION-${kind}${head(id, name)}${a('IS-EDITABLE', String(editable))}${kind === 'ENUMERATION' ? a('MULTI-VALUED', 'false') : ''}>` +
        `<TYPE><DATATYPE-DEFINITION-${kind}-REF>${type}</DATATYPE-DEFINITION-${kind}-REF></TYPE></ATTRIBUTE-DEFINITION-${kind}>`,
    );
  line(3, '<SPEC-TYPES>');
  line(4, `<SPEC-OBJECT-TYPE${head(ids.requirementType, c.words.requirement)}>`);
  line(5, '<SPEC-ATTRIBUTES>');
  attribute('STRING', ids.attr.id, n.id, ids.string, false);
  attribute('STRING', ids.attr.name, n.name, ids.string, false);
  attribute('XHTML', ids.attr.text, n.text, ids.xhtml, false);
  attribute('ENUMERATION', ids.attr.priority, n.priority, ids.priority, false);
  attribute('STRING', ids.attr.area, n.area, ids.string, false);
  attribute('STRING', ids.attr.category, n.category, ids.string, false);
  attribute('ENUMERATION', ids.attr.status, n.status, ids.status, true);
  attribute('STRING', ids.attr.comment, n.comment, ids.string, true);
  line(5, '</SPEC-ATTRIBUTES>');
  line(4, '</SPEC-OBJECT-TYPE>');
  line(4, `<SPEC-OBJECT-TYPE${head(ids.headingType, c.words.heading)}>`);
  line(5, '<SPEC-ATTRIBUTES>');
  attribute('STRING', ids.attr.chapter, n.chapter, ids.string, false);
  line(5, '</SPEC-ATTRIBUTES>');
  line(4, '</SPEC-OBJECT-TYPE>');
  line(4, `<SPECIFICATION-TYPE${head(ids.specificationType, c.words.specification)}/>`);
  line(3, '</SPEC-TYPES>');

  const str = (def: string, value: string) =>
    line(6, `<ATTRIBUTE-VALUE-STRING${a('THE-VALUE', value)}><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>${def}</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>`);
  line(3, '<SPEC-OBJECTS>');
  for (const area of c.areas) {
    line(4, `<SPEC-OBJECT${head(ids.heading(area.name), area.name)}>`);
    line(5, '<VALUES>');
    str(ids.attr.chapter, area.name);
    line(5, '</VALUES>');
    line(5, `<TYPE><SPEC-OBJECT-TYPE-REF>${ids.headingType}</SPEC-OBJECT-TYPE-REF></TYPE>`);
    line(4, '</SPEC-OBJECT>');
    for (const r of area.requirements) {
      line(4, `<SPEC-OBJECT${head(ids.requirement(r.id), r.name)}>`);
      line(5, '<VALUES>');
      str(ids.attr.id, r.id);
      str(ids.attr.name, r.name);
      line(6, `<ATTRIBUTE-VALUE-XHTML><THE-VALUE>${xhtmlText(r, c)}</THE-VALUE><DEFINITION><ATTRIBUTE-DEFINITION-XHTML-REF>${ids.attr.text}</ATTRIBUTE-DEFINITION-XHTML-REF></DEFINITION></ATTRIBUTE-VALUE-XHTML>`);
      if (r.priority)
        line(
          6,
          `<ATTRIBUTE-VALUE-ENUMERATION><DEFINITION><ATTRIBUTE-DEFINITION-ENUMERATION-REF>${ids.attr.priority}</ATTRIBUTE-DEFINITION-ENUMERATION-REF></DEFINITION><VALUES><ENUM-VALUE-REF>${ids.priorityValue(r.priority)}</ENUM-VALUE-REF></VALUES></ATTRIBUTE-VALUE-ENUMERATION>`,
        );
      str(ids.attr.area, r.area);
      str(ids.attr.category, r.category);
      line(5, '</VALUES>');
      line(5, `<TYPE><SPEC-OBJECT-TYPE-REF>${ids.requirementType}</SPEC-OBJECT-TYPE-REF></TYPE>`);
      line(4, '</SPEC-OBJECT>');
    }
  }
  line(3, '</SPEC-OBJECTS>');

  line(3, '<SPECIFICATIONS>');
  line(4, `<SPECIFICATION${head(`SPEC${idPart(c.project)}`, c.title)}>`);
  line(5, `<TYPE><SPECIFICATION-TYPE-REF>${ids.specificationType}</SPECIFICATION-TYPE-REF></TYPE>`);
  line(5, '<CHILDREN>');
  const hierarchy = (depth: number, id: string, object: string, children?: () => void) => {
    line(depth, `<SPEC-HIERARCHY${a('IDENTIFIER', id)}${a('LAST-CHANGE', t)}>`);
    line(depth + 1, `<OBJECT><SPEC-OBJECT-REF>${object}</SPEC-OBJECT-REF></OBJECT>`);
    if (children) {
      line(depth + 1, '<CHILDREN>');
      children();
      line(depth + 1, '</CHILDREN>');
    }
    line(depth, '</SPEC-HIERARCHY>');
  };
  for (const area of c.areas)
    hierarchy(6, `SH-${ids.heading(area.name)}`, ids.heading(area.name), () => {
      for (const r of area.requirements) hierarchy(8, `SH-${ids.requirement(r.id)}`, ids.requirement(r.id));
    });
  line(5, '</CHILDREN>');
  line(4, '</SPECIFICATION>');
  line(3, '</SPECIFICATIONS>');

  line(2, '</REQ-IF-CONTENT>');
  line(1, '</CORE-CONTENT>');
  line(0, '</REQ-IF>');
  return out.join('\n') + '\n';
}

/**
 * The design's requirements as a ReqIF 1.2 document (the exchange format of DOORS, Polarion, codebeamer and
 * StrictDoc): one SPEC-OBJECT per requirement of the vendor spec, under one heading per area. Pure and
 * deterministic: the same model and options give the same text.
 */
export function writeReqif(model: Model, options: ReqifOptions): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) throw new Error(`ReqIF date '${options.date}': expected YYYY-MM-DD.`);
  return renderReqif(buildReqifContent(model, options));
}
