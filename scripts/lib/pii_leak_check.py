"""Leak check of `entitygraph redact` output: no detected value (the input text of an item's span, 4 characters or
more) occurs, exactly or case-folded, in the text its document kept from the input (everything outside the operators'
outputs) nor in its own item's output. (A value may occur inside another item's output: the model tagging the word
"Aadhaar" and the token <IN_AADHAAR> replacing the number is not a leak.)
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
    kept, position = [], 0
    for item in output["items"]:
        kept.append(redacted[position:item["outputStart"]])
        position = item["outputEnd"]
    kept.append(redacted[position:])
    kept_text = "\u0000".join(kept)
    for item in output["items"]:
        value = text[item["start"]:item["end"]]
        if len(value.strip()) < 4:
            continue
        values += 1
        own = redacted[item["outputStart"]:item["outputEnd"]]
        if any(value in part or value.casefold() in part.casefold() for part in (kept_text, own)):
            leaks += 1
            print(f"LEAK {output['id']}: {value!r} in {redacted!r}", file=sys.stderr)

print(f"{documents} documents, {values} detected values checked, {leaks} leaks")
sys.exit(1 if leaks else 0)
