"""Leak check of `entitygraph redact` output: no detected value (the input text of an item's span, 4 characters or
more) occurs in the redacted text of its document, exactly or case-folded.
Usage: pii_leak_check.py CORPUS.jsonl REDACTED.jsonl  -> prints "documents, values checked, leaks", exit 1 on a leak."""
import json
import sys

inputs = {}
for line in open(sys.argv[1], encoding="utf-8"):
    document = json.loads(line)
    inputs[str(document["id"])] = document["text"]

documents = values = leaks = 0
for line in open(sys.argv[2], encoding="utf-8"):
    output = json.loads(line)
    if "error" in output:
        continue
    documents += 1
    text = inputs[str(output["id"])]
    redacted = output["text"]
    for item in output["items"]:
        value = text[item["start"]:item["end"]]
        if len(value.strip()) < 4:
            continue
        values += 1
        if value in redacted or value.casefold() in redacted.casefold():
            leaks += 1
            print(f"LEAK {output['id']}: {value!r} in {redacted!r}", file=sys.stderr)

print(f"{documents} documents, {values} detected values checked, {leaks} leaks")
sys.exit(1 if leaks else 0)
