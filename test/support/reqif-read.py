#!/usr/bin/env python3
"""Reads a ReqIF file with the reqif package (strictdoc-project/reqif, vendored under test/support/vendor/reqif)
and prints what an importing tool would see, as JSON: the header, each SPEC-OBJECT in hierarchy order with its type
and every attribute value resolved through its attribute definition (enumeration values by their ENUM-VALUE's
long name and OTHER-CONTENT, XHTML as paragraphs and list items), and the attribute definitions of each type.

Usage: python3 reqif-read.py FILE.reqif   (needs lxml)
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "vendor", "reqif"))

from lxml import etree  # noqa: E402
from reqif.parser import ReqIFParser  # noqa: E402


def xhtml(stripped):
    """Paragraphs (line breaks as LF) and list items of an XHTML value, as a reader displays them."""
    root = etree.fromstring(stripped)

    def text(node):
        out = [node.text or ""]
        for child in node:
            out.append("\n" if etree.QName(child).localname == "br" else text(child))
            out.append(child.tail or "")
        return "".join(out)

    paragraphs, items = [], []
    for node in root.iter():
        name = etree.QName(node).localname
        if name == "p":
            paragraphs.append(text(node))
        elif name == "li":
            items.append(text(node))
    return {"paragraphs": paragraphs, "items": items}


def main(path):
    bundle = ReqIFParser.parse(path)
    content = bundle.core_content.req_if_content
    types = {t.identifier: t for t in content.spec_types}
    data_types = {d.identifier: d for d in content.data_types}
    header = bundle.req_if_header
    out = {
        "header": {"title": header.title, "comment": header.comment, "tool": header.req_if_tool_id, "version": header.req_if_version, "created": header.creation_time},
        "types": {},
        "objects": [],
        "specifications": [],
    }
    for t in content.spec_types:
        defs = getattr(t, "attribute_definitions", None) or []
        out["types"][t.identifier] = {
            "name": t.long_name,
            "attributes": [
                {"id": d.identifier, "name": d.long_name, "kind": d.attribute_type.name, "editable": d.editable, "values": [
                    {"name": v.long_name, "key": v.other_content} for v in (data_types[d.datatype_definition].values or [])
                ] if d.attribute_type.name == "ENUMERATION" else None}
                for d in defs
            ],
        }
    for spec in content.specifications:
        out["specifications"].append(spec.long_name)
        for h in bundle.iterate_specification_hierarchy(spec):
            o = bundle.get_spec_object_by_ref(h.spec_object)
            t = types[o.spec_object_type]
            values = {}
            for a in o.attributes:
                d = t.attribute_map[a.definition_ref]
                kind = a.attribute_type.name
                if kind == "ENUMERATION":
                    enum = data_types[d.datatype_definition]
                    values[d.long_name] = [{"name": enum.values_map[r].long_name, "key": enum.values_map[r].other_content} for r in a.value]
                elif kind == "XHTML":
                    values[d.long_name] = xhtml(a.value_stripped_xhtml)
                else:
                    values[d.long_name] = a.value
            out["objects"].append({"level": h.level, "id": o.identifier, "name": o.long_name, "type": t.long_name, "values": values})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
