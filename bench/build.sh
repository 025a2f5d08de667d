# Shared by the bench scripts: builds target/muster.jar (the product, which bench/run and bench/search
# measure) and the bench code of src/bench/java, which is compiled with the tests and so runs from the
# test classpath; bench_java runs a class from it, bench_muster a Muster command that only it has.
export JAVA_HOME="$(./muster jdk)"
JAVA="$JAVA_HOME/bin/java"
[ "${BENCH_BUILD:-yes}" = no ] || ./mvnw -q -B -DskipTests package dependency:build-classpath -DincludeScope=test -Dmdep.outputFile=target/bench.classpath
BENCH_CLASSPATH="target/test-classes:target/classes:$(cat target/bench.classpath)"

bench_java() {
    "$JAVA" -Dlogback.configurationFile=bench/logback-quiet.xml -cp "$BENCH_CLASSPATH" "$@"
}
bench_muster() {
    "$JAVA" -cp "$BENCH_CLASSPATH" org.muster.MusterApplication "$@"
}
