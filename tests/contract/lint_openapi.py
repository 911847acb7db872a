"""Lints api/openapi.json beyond what the answer checker sees, with Debian's python3-jsonschema.

Usage: lint_openapi.py SOURCE_DIR
Prints one line per fault and exits 1 when there is any:
  - every schema (components, parameters, headers, media types) is a valid JSON Schema 2020-12 schema;
  - every "$ref" resolves;
  - operationIds are unique;
  - each path template's parameters are declared as path parameters, and no declared path parameter is missing
    from the template;
  - every response has a description;
  - the ProblemCode enum holds each code once, and exactly the codes that src/ raises: a code raised but missing
    from the enum is an answer clients cannot expect, a code listed but never raised is a promise nothing keeps.
The codes raised are the string literals of src/ (outside tests and the message catalogue in src/platform/i18n/)
given to Fail or Problem::Make, and the literals shaped like a code ("group.name") whose group the enum or such a
call already uses, which catches codes kept in tables and passed on."""
import glob
import json
import os
import re
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
CODE = r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*\.[a-z][a-z0-9]*(?:_[a-z0-9]+)*"


def walk(node, at=""):
    yield at, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from walk(value, at + "/" + key.replace("~", "~0").replace("/", "~1"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, "%s/%d" % (at, i))


def resolve(document, ref):
    node = document
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def schemas(document):
    for name, schema in document["components"]["schemas"].items():
        yield "#/components/schemas/" + name, schema
    for at, node in walk(document):
        if "/components/schemas/" in at or not isinstance(node, dict) or "schema" not in node:
            continue
        if at.endswith(("/properties", "/examples")):
            continue
        yield "#" + at + "/schema", node["schema"]


def raised_codes(source):
    literals, called = set(), set()
    for path in glob.glob(os.path.join(source, "src", "**", "*.*"), recursive=True):
        if not path.endswith((".cc", ".h")) or path.endswith("_test.cc") or "/platform/i18n/" in path:
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        literals.update(re.findall(r'"(%s)"' % CODE, text))
        called.update(re.findall(r'(?:Fail|Problem::Make)\(\s*[0-9]{3},\s*"(%s)"' % CODE, text))
    return literals, called


def lint(source):
    with open(os.path.join(source, "api", "openapi.json"), encoding="utf-8") as f:
        document = json.load(f)
    faults = []
    for at, schema in schemas(document):
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as e:
            faults.append("%s is no valid JSON Schema 2020-12 schema: %s" % (at, e.message))
    for at, node in walk(document):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            try:
                resolve(document, node["$ref"])
            except (KeyError, IndexError, TypeError):
                faults.append("#%s: %s does not resolve" % (at, node["$ref"]))
    operation_ids = {}
    for template, item in document["paths"].items():
        in_template = set(re.findall(r"{([^}]+)}", template))
        for method in OPERATIONS:
            if method not in item:
                continue
            operation = item[method]
            name = "%s %s" % (method.upper(), template)
            operation_id = operation.get("operationId")
            if operation_id is None:
                faults.append("%s has no operationId" % name)
            elif operation_id in operation_ids:
                faults.append("operationId %s names both %s and %s" % (operation_id, operation_ids[operation_id], name))
            else:
                operation_ids[operation_id] = name
            parameters = item.get("parameters", []) + operation.get("parameters", [])
            declared = set()
            for p in parameters:
                p = resolve(document, p["$ref"]) if "$ref" in p else p
                if p.get("in") == "path":
                    declared.add(p["name"])
            for missing in sorted(in_template - declared):
                faults.append("%s does not declare its path parameter %s" % (name, missing))
            for extra in sorted(declared - in_template):
                faults.append("%s declares a path parameter %s its path lacks" % (name, extra))
            for status, response in operation.get("responses", {}).items():
                response = resolve(document, response["$ref"]) if "$ref" in response else response
                if not response.get("description"):
                    faults.append("%s %s has no description" % (name, status))
    enum = document["components"]["schemas"]["ProblemCode"]["enum"]
    for code in sorted({c for c in enum if enum.count(c) > 1}):
        faults.append("ProblemCode lists %s more than once" % code)
    literals, called = raised_codes(source)
    groups = {c.split(".")[0] for c in enum} | {c.split(".")[0] for c in called}
    raised = called | {c for c in literals if c.split(".")[0] in groups}
    for code in sorted(raised - set(enum)):
        faults.append("src/ raises %s, which the ProblemCode enum lacks" % code)
    for code in sorted(set(enum) - raised):
        faults.append("the ProblemCode enum lists %s, which nothing in src/ raises" % code)
    return faults


def main(argv):
    faults = lint(argv[1])
    for fault in faults:
        print(fault)
    sys.exit(1 if faults else 0)


if __name__ == "__main__":
    main(sys.argv)
