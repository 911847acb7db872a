"""Checks HTTP answers against the operations of an OpenAPI 3.1 document with Debian's python3-jsonschema
(Draft202012Validator, the dialect of OpenAPI 3.1 schemas).

Usage: check_answers.py OPENAPI_JSON [SEEN_FILE]
Reads one exchange per line on standard input, a JSON object
  {"method", "target", "request_content_type", "status", "headers": {lower-case name: value}, "body": text or
   absent, "body_length"}
("body" is left out for answers that are not text), and writes one line per exchange: a JSON array of the ways the
answer breaks the document, empty when it keeps it. An answer keeps the document when
  - its path matches a path template (a literal segment beats a parameter) and the path has the method, HEAD being
    checked as the path's GET (the document's introduction says every GET answers HEAD, without the body);
  - its status is one the operation documents;
  - its Content-Type is one of that response's media types (none, and no body, when it documents no content);
  - every header the response marks required is there, each documented header's value fits its schema;
  - a JSON body validates against the media type's schema;
  - a successful answer (2xx) to a request with a body was to a body of a media type the operation takes.
Answers at paths the document does not describe (the web application's files) and the router's own 404 and 405 for
a method a path lacks are outside the document: they pass, and are named in SEEN_FILE as "outside".
With SEEN_FILE, each checked exchange appends "METHOD PATH-TEMPLATE STATUS" to it, for the list of documented
answers no test saw (check_answers.py --unexercised OPENAPI_JSON SEEN_FILE...)."""
import json
import re
import sys

from jsonschema import Draft202012Validator

OPERATIONS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def pointer(*parts):
    return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def media_matches(documented, actual):
    """Whether the media type `actual` is one the documented range (`type/subtype`, `type/*` or `*/*`) names."""
    return documented in ("*/*", actual) or (documented.endswith("/*") and actual.startswith(documented[:-1]))


class Contract:
    def __init__(self, document):
        self.document = document
        self.validators = {}
        # Literal segments first, so /units/tree is not taken for /units/{id}.
        self.templates = []
        for template in document["paths"]:
            segments = template.strip("/").split("/")
            pattern = "^/" + "/".join("[^/]+" if s.startswith("{") else re.escape(s) for s in segments) + "$"
            rank = tuple(1 if s.startswith("{") else 0 for s in segments)
            self.templates.append((rank, template, re.compile(pattern)))
        self.templates.sort()

    def follow(self, at, value):
        """`value`, found at the pointer parts `at`, with its references followed: (where it is, what it is)."""
        while isinstance(value, dict) and "$ref" in value:
            at = [part.replace("~1", "/").replace("~0", "~") for part in value["$ref"][2:].split("/")]
            value = self.document
            for part in at:
                value = value[part]
        return at, value

    def validator(self, at):
        # The whole document is the root, so the schema's "#/components/..." references resolve; its other members
        # are no JSON Schema keywords and are ignored.
        if at not in self.validators:
            root = dict(self.document)
            root["$ref"] = at
            self.validators[at] = Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)
        return self.validators[at]

    def template(self, path):
        for _, template, pattern in self.templates:
            if pattern.match(path):
                return template
        return None

    def check(self, exchange, seen):
        method = exchange["method"].lower()
        path = exchange["target"].split("?", 1)[0]
        status = str(exchange["status"])
        headers = exchange["headers"]
        template = self.template(path)
        item = self.document["paths"].get(template, {})
        operation_method = "get" if method == "head" else method
        if operation_method not in item:
            if template is None or status in ("404", "405"):
                seen.append("outside %s %s %s" % (exchange["method"], path, status))
                return []
            return ["%s %s: the document has no %s at %s" % (exchange["method"], path, operation_method, template)]
        name = "%s %s" % (operation_method.upper(), template)
        seen.append("%s %s" % (name, status))
        operation = item[operation_method]
        responses = operation.get("responses", {})
        key = status if status in responses else status[0] + "XX" if status[0] + "XX" in responses else "default"
        if key not in responses:
            return ["%s answered %s, which the operation does not document (%s)" %
                    (name, status, ", ".join(sorted(responses)))]
        at = ["paths", template, operation_method, "responses", key]
        at, response = self.follow(at, responses[key])
        errors = []
        for header_name, header in response.get("headers", {}).items():
            header_at, header = self.follow(at + ["headers", header_name], header)
            value = headers.get(header_name.lower())
            if value is None:
                if header.get("required"):
                    errors.append("%s %s: the required header %s is missing" % (name, status, header_name))
                continue
            schema = self.follow([], header.get("schema", {}))[1]
            if schema.get("type") == "integer":
                value = int(value) if re.fullmatch(r"-?[0-9]+", value) else value
            errors += ["%s %s: header %s: %s" % (name, status, header_name, e.message)
                       for e in self.validator(pointer(*header_at, "schema")).iter_errors(value)]
        sent = exchange.get("request_content_type", "").split(";")[0].strip().lower()
        takes = operation.get("requestBody", {}).get("content", {})
        if sent and status.startswith("2") and takes and not any(media_matches(m, sent) for m in takes):
            errors.append("%s %s: accepted a %s body, but the operation takes only %s" % (name, status, sent, sorted(takes)))
        content = response.get("content", {})
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        body = exchange.get("body")
        if not content:
            if method != "head" and (body or exchange.get("body_length", 0)):
                errors.append("%s %s: a body (%s) where the document has none" % (name, status, content_type))
            return errors
        media = next((m for m in content if m == content_type), None)
        media = media or next((m for m in content if media_matches(m, content_type)), None)
        if media is None:
            return errors + ["%s %s: Content-Type %r is not one of %s" % (name, status, content_type, sorted(content))]
        schema = content[media].get("schema")
        if method == "head" or schema is None or not (media.endswith("json") or content_type.endswith("json")):
            return errors
        if body is None:
            return errors + ["%s %s: a %s answer without a text body" % (name, status, content_type)]
        try:
            value = json.loads(body)
        except ValueError as e:
            return errors + ["%s %s: the body is not JSON: %s" % (name, status, e)]
        for e in self.validator(pointer(*at, "content", media, "schema")).iter_errors(value):
            where = "/".join(str(p) for p in e.absolute_path)
            errors.append("%s %s: body at /%s: %s" % (name, status, where, e.message[:300]))
        return errors


def unexercised(document, seen_files):
    seen = set()
    for path in seen_files:
        with open(path, encoding="utf-8") as f:
            seen.update(line.strip() for line in f)
    for template, item in document["paths"].items():
        for method in OPERATIONS:
            if method in item:
                for status in item[method].get("responses", {}):
                    name = "%s %s %s" % (method.upper(), template, status)
                    if name not in seen:
                        print(name)


def main(argv):
    if argv[1] == "--unexercised":
        with open(argv[2], encoding="utf-8") as f:
            unexercised(json.load(f), argv[3:])
        return
    with open(argv[1], encoding="utf-8") as f:
        contract = Contract(json.load(f))
    seen_file = open(argv[2], "a", encoding="utf-8") if len(argv) > 2 else None
    for line in sys.stdin.buffer:
        seen = []
        try:
            errors = contract.check(json.loads(line), seen)
        except Exception as e:  # a fault in the checker fails the exchange rather than the whole run
            errors = ["the checker failed: %r" % e]
        if seen_file:
            seen_file.write("".join(s + "\n" for s in seen))
            seen_file.flush()
        sys.stdout.write(json.dumps(errors) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv)
