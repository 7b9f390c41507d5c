#!/usr/bin/env python3
"""Drives the review loop against a live silo over GraphQL only.

ingest  URL TRAIN.iob2 DOMAIN   ingests each sentence (tokens joined by spaces) as a document of DOMAIN, extracted by
                                the models like any document.
review  URL TRAIN.iob2 DOMAIN   applies the gold annotation through the review mutations as a reviewer would: accept a
                                mention whose span and type are right, correct one whose type or span is off, reject the
                                rest, add what was missed, complete each document. Prints the counts of each decision.
activate URL LANG TIER DOMAIN VERSION
extract URL DOMAIN TEXT         prints the types extract(..., domain) returns.
"""
import json
import sys
import time
import urllib.error
import urllib.request


def gql(url, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    for attempt in range(20):
        request = urllib.request.Request(url + "/graphql", data=body, headers={"content-type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                answer = json.load(response)
            break
        except urllib.error.HTTPError as error:
            if error.code not in (429, 503) or attempt == 19:
                raise
            time.sleep(float(error.headers.get("Retry-After", "1")))
    if answer.get("errors"):
        error = answer["errors"][0]
        raise RuntimeError(f"{error.get('extensions', {}).get('code')}: {error['message']}")
    return answer["data"]


def sentences(path):
    """(text, [(start, end, type)]) per sentence: tokens joined by single spaces, IOB2 spans in UTF-16 offsets."""
    tokens, tags = [], []
    with open(path, encoding="utf-8") as lines:
        for line in list(lines) + [""]:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield build(tokens, tags)
                tokens, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split()
            tokens.append(parts[0])
            tags.append(parts[-1])


def utf16(text):
    return len(text.encode("utf-16-le")) // 2


def build(tokens, tags):
    text, offsets = "", []
    for i, token in enumerate(tokens):
        if i:
            text += " "
        start = utf16(text)
        text += token
        offsets.append((start, utf16(text)))
    spans, current = [], None
    for (start, end), tag in zip(offsets, tags):
        if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[2] != tag[2:])):
            if current:
                spans.append(tuple(current))
            current = [start, end, tag[2:]]
        elif tag.startswith("I-"):
            current[1] = end
        else:
            if current:
                spans.append(tuple(current))
            current = None
    if current:
        spans.append(tuple(current))
    return text, spans


def doc_id(domain, i):
    return f"{domain}-train-{i:04d}"


def ingest(url, path, domain):
    count = 0
    for i, (text, _) in enumerate(sentences(path)):
        gql(url, "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { outcome } }",
            {"input": {"id": doc_id(domain, i), "text": text, "language": "en", "domain": domain}})
        count += 1
    print(f"ingested {count} documents of domain {domain}")


MENTIONS = "query($id: ID!) { document(id: $id) { mentions { id start end type status } } }"


def review(url, path, domain):
    counts = {"accept": 0, "correct": 0, "reject": 0, "add": 0, "complete": 0}
    reviewer = "loop-simulation"
    for i, (_, gold) in enumerate(sentences(path)):
        document = doc_id(domain, i)
        mentions = gql(url, MENTIONS, {"id": document})["document"]["mentions"]
        unused = list(gold)
        for mention in sorted(mentions, key=lambda m: (m["start"], m["end"])):
            span = (mention["start"], mention["end"])
            exact = next((g for g in unused if (g[0], g[1]) == span), None)
            overlap = exact or next((g for g in unused if g[0] < span[1] and span[0] < g[1]), None)
            mid = mention["id"]
            if exact and exact[2] == mention["type"]:
                gql(url, "mutation($id: ID!, $r: String) { acceptMention(id: $id, reviewer: $r) { id } }", {"id": mid, "r": reviewer})
                counts["accept"] += 1
                unused.remove(exact)
            elif overlap:
                try:
                    gql(url, "mutation($id: ID!, $t: String, $s: Int, $e: Int, $r: String) { correctMention(id: $id, type: $t, start: $s, end: $e, reviewer: $r) { id } }",
                        {"id": mid, "t": overlap[2], "s": overlap[0], "e": overlap[1], "r": reviewer})
                    counts["correct"] += 1
                    unused.remove(overlap)
                except RuntimeError:
                    gql(url, "mutation($id: ID!, $r: String) { rejectMention(id: $id, reviewer: $r) { id } }", {"id": mid, "r": reviewer})
                    counts["reject"] += 1
            else:
                gql(url, "mutation($id: ID!, $r: String) { rejectMention(id: $id, reviewer: $r) { id } }", {"id": mid, "r": reviewer})
                counts["reject"] += 1
        for start, end, kind in unused:
            gql(url, "mutation($d: ID!, $s: Int!, $e: Int!, $t: String!, $r: String) { addMention(documentId: $d, start: $s, end: $e, type: $t, reviewer: $r) { id } }",
                {"d": document, "s": start, "e": end, "t": kind, "r": reviewer})
            counts["add"] += 1
        gql(url, "mutation($d: ID!, $r: String) { completeReview(documentId: $d, reviewer: $r) { id } }", {"d": document, "r": reviewer})
        counts["complete"] += 1
    print("review decisions: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def main():
    command, url = sys.argv[1], sys.argv[2]
    if command == "ingest":
        ingest(url, sys.argv[3], sys.argv[4])
    elif command == "review":
        review(url, sys.argv[3], sys.argv[4])
    elif command == "activate":
        language, tier, domain, version = sys.argv[3:7]
        data = gql(url, "mutation($l: String!, $t: String!, $v: String!, $d: String) { activateModel(language: $l, tier: $t, version: $v, domain: $d) { id routes } }",
                   {"l": language, "t": tier, "v": version, "d": domain})
        print("active: " + ", ".join(f"{m['id']} {m['routes']}" for m in data["activateModel"] if m["routes"] and domain in ",".join(m["routes"])))
    elif command == "extract":
        data = gql(url, "mutation($text: String!, $d: String) { extract(text: $text, language: \"en\", domain: $d) { entities { text type modelId } } }",
                   {"text": sys.argv[4], "d": sys.argv[3] or None})
        print(json.dumps(data["extract"]["entities"]))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main()
