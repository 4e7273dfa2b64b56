# Sourced by ./mvnw, bin/konbini and .ci/run: makes JAVA_HOME point at a JDK >= 21.
# Order: $JAVA_HOME if it is new enough, then `java` on PATH, then the usual install folders.
# Prints one line saying what is missing and returns 1 when nothing fits.

konbini_java_major() {
  # "$1" is a java binary; prints its feature version (17, 21, 25, ...). The JDK's release file
  # answers without starting a JVM; the JVM itself is asked only when that file is missing.
  local release
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [ -r "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -n 1
  else
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n 1 | cut -d. -f1
  fi
}

konbini_find_jdk() {
  local want=21 candidate major noglob=
  # ./mvnw runs under `set -f`; the install folders below are globs.
  case $- in *f*) noglob=1; set +f ;; esac
  for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java 2>/dev/null)" \
      /usr/lib/jvm/temurin-*/bin/java /usr/lib/jvm/java-2[1-9]*/bin/java /usr/lib/jvm/*/bin/java \
      /opt/java/*/bin/java /opt/jdk*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    [ -x "$(dirname "$candidate")/javac" ] || continue
    major=$(konbini_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$want" ] 2>/dev/null; then
      JAVA_HOME=$(cd "$(dirname "$candidate")/.." && pwd -P)
      export JAVA_HOME
      [ -z "$noglob" ] || set -f
      return 0
    fi
  done
  [ -z "$noglob" ] || set -f
  echo "konbini: no JDK ${want}+ found (checked JAVA_HOME, PATH and /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, and set JAVA_HOME" >&2
  return 1
}
