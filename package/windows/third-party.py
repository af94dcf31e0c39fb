"""The crates built into the program (cargo metadata on stdin): name, version, licence,
following normal and build dependencies only (what is in the program, not its tests)."""
import json
import sys

m = json.load(sys.stdin)
nodes = {n["id"]: n for n in m["resolve"]["nodes"]}
packages = {p["id"]: p for p in m["packages"]}
root = m["resolve"]["root"]
seen, todo = set(), [root]
while todo:
    i = todo.pop()
    if i in seen:
        continue
    seen.add(i)
    for d in nodes[i]["deps"]:
        if any(k["kind"] in (None, "build") for k in d["dep_kinds"]):
            todo.append(d["pkg"])
for p in sorted((packages[i] for i in seen if i != root), key=lambda p: (p["name"], p["version"])):
    licence = p.get("license") or p.get("license_file") or "see the crate"
    print(f"{p['name']} {p['version']}: {licence}")
