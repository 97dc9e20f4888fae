#!/bin/sh
# Runs a command with a recent enough Node and installed dependencies, so `npm start` and
# `npm test` work on a fresh clone even where the system Node is older (see use-node.sh).
set -e
cd "$(dirname "$0")/.."
. scripts/use-node.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "+ npm ci" >&2
  npm ci --no-audit --no-fund >&2
fi
exec "$@"
