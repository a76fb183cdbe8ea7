# Shared by deploy/run and deploy/test. Sourced, not executed.

die() {
  echo "✗ $*" >&2
  exit 1
}

require_tools() {
  command -v java >/dev/null || die "Java 17 or newer is required (apt-get install openjdk-17-jdk)"
  local java_major
  java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
  [ "${java_major%%.*}" -ge 17 ] 2>/dev/null || die "Java 17 or newer is required, found $java_major"
  command -v node >/dev/null || die "Node.js 20 or newer is required"
  local node_major
  node_major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$node_major" -ge 20 ] || die "Node.js 20 or newer is required, found $(node --version)"
  command -v npm >/dev/null || die "npm is required"
}

# True when $1 is missing or anything under the other arguments is newer than it.
stale() {
  local target=$1
  shift
  [ -e "$target" ] || return 0
  [ -n "$(find "$@" -newer "$target" -type f -print -quit 2>/dev/null)" ]
}

# Installs the frontend's packages when package-lock.json changed since the last install.
frontend_packages() {
  if stale frontend/node_modules/.package-lock.json frontend/package.json frontend/package-lock.json; then
    echo "→ installing frontend packages (npm ci)"
    (cd frontend && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

launcher_classpath() {
  echo "deploy/launcher/target/classes:deploy/launcher/target/lib/*"
}
