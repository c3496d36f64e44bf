#!/usr/bin/env bash
# Refreshes launcher/src/test/resources/compose/compose-spec.json, the Compose Specification's JSON Schema that
# ComposeSchemaTests checks docker-compose.yml against (what `docker compose config -q` checks, without Docker).
# Source: https://github.com/compose-spec/compose-spec, schema/compose-spec.json; licence Apache-2.0.
# Usage: tools/compose-spec/update.sh [COMMIT]   (default: main). Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
commit="${1:-main}"
url="https://raw.githubusercontent.com/compose-spec/compose-spec/${commit}/schema/compose-spec.json"
curl -fsSL "$url" | python3 -c '
import json, sys, datetime
commit, url = sys.argv[1], sys.argv[2]
schema = json.load(sys.stdin)
comment = ("Compose Specification JSON Schema, from github.com/compose-spec/compose-spec (schema/compose-spec.json, "
           + commit + "), Apache-2.0, copied " + datetime.date.today().isoformat()
           + " by tools/compose-spec/update.sh; unchanged but for this comment.")
out = {"$comment": comment}
out.update(schema)
json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
print()
' "$commit" "$url" > launcher/src/test/resources/compose/compose-spec.json
echo "wrote launcher/src/test/resources/compose/compose-spec.json from $url"
