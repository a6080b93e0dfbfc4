package org.distpolicy.jobs;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 made of child JVMs: a master and workers of one core
 * each, every one with its own work and local directories under {@code home}. The Spark they run
 * is a Spark home whose {@code jars/} are the test classpath's jars without distpolicy's modules
 * and without what the cluster jar ships, so distpolicy reaches the executors only through the
 * cluster jar, as under spark-submit on a real cluster.
 */
final class LoopbackSparkCluster implements AutoCloseable {
    private static final String LOCALHOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path home;
    private final Path sparkHome;
    private final List<String> jvmOptions;
    private final List<Process> processes = new CopyOnWriteArrayList<>();
    private final List<Worker> workers = new ArrayList<>();
    private String masterUrl;

    /** A worker's JVM and the directory it runs its executors in ({@code <app-id>/<executor-id>/}). */
    private record Worker(Process process, Path workDir) {
    }

    private LoopbackSparkCluster(Path home, List<String> jvmOptions) {
        this.home = home;
        this.sparkHome = home.resolve("spark-home");
        this.jvmOptions = jvmOptions;
    }

    /**
     * Starts a master and {@code workerCount} workers and returns once every worker has
     * registered; whatever was started is stopped again when starting fails.
     */
    static LoopbackSparkCluster start(Path home, Path clusterJar, List<String> jvmOptions, int workerCount) throws IOException {
        LoopbackSparkCluster cluster = new LoopbackSparkCluster(home, jvmOptions);
        // Should the test JVM be stopped before it closes the cluster, the child JVMs still go with it.
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        try {
            cluster.makeSparkHome(clusterJar);
            cluster.startMaster();
            for (int i = 1; i <= workerCount; i++) {
                cluster.startWorker("worker-" + i);
            }
            for (int i = 1; i <= workerCount; i++) {
                Path log = home.resolve("worker-" + i + ".log");
                cluster.await("worker-" + i + " registers", () -> logContains(log, "Successfully registered with master"),
                        cluster.workers.get(i - 1).process(), log);
            }
            return cluster;
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return masterUrl;
    }

    /**
     * spark-submit in client mode, as the README shows it: {@code SparkSubmit} on Spark's jars
     * (and {@code driverClasspath}, for a listener), the application only in {@code appJar}.
     * Output goes to {@code log}.
     */
    Process submit(Path log, Path driverClasspath, Map<String, String> conf, Path appJar, List<String> appArgs) throws IOException {
        List<String> args = new ArrayList<>(List.of("--master", masterUrl, "--deploy-mode", "client",
                "--class", Main.class.getName()));
        conf.forEach((key, value) -> args.addAll(List.of("--conf", key + "=" + value)));
        args.add(appJar.toString());
        args.addAll(appArgs);
        return start("org.apache.spark.deploy.SparkSubmit", "1g", driverClasspath.toString(), args, home.resolve("driver-local"), log);
    }

    /** The JVM options executors need, for {@code spark.executor.extraJavaOptions}. */
    String executorJavaOptions() {
        return String.join(" ", jvmOptions);
    }

    /**
     * Kills, without warning, the worker whose executor has {@code executorId} and every
     * process it started: the node is gone. Returns the worker's work directory.
     */
    Path killWorkerRunning(String executorId) throws IOException {
        for (Worker worker : workers) {
            try (Stream<Path> apps = Files.list(worker.workDir())) {
                if (apps.anyMatch(app -> Files.isDirectory(app.resolve(executorId)))) {
                    kill(worker.process());
                    return worker.workDir();
                }
            }
        }
        throw new IllegalStateException("no worker runs executor " + executorId);
    }

    @Override
    public void close() {
        processes.forEach(LoopbackSparkCluster::kill);
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void makeSparkHome(Path clusterJar) throws IOException {
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        Set<String> shipped = shippedJarNames(clusterJar);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path jar = Path.of(entry).toAbsolutePath();
            if (entry.endsWith(".jar") && Files.isRegularFile(jar) && !shipped.contains(jar.getFileName().toString())) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
            }
        }
        Path conf = Files.createDirectories(sparkHome.resolve("conf"));
        try (InputStream log4j = LoopbackSparkCluster.class.getResourceAsStream("spark-cluster-log4j2.properties")) {
            Files.copy(log4j, conf.resolve("log4j2.properties"));
        }
    }

    /** {@code <artifactId>-<version>.jar} of every artifact whose Maven descriptor the cluster jar carries. */
    private static Set<String> shippedJarNames(Path clusterJar) throws IOException {
        Set<String> names = new HashSet<>();
        try (JarFile jar = new JarFile(clusterJar.toFile())) {
            for (JarEntry entry : jar.stream().filter(e -> e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")).toList()) {
                Properties pom = new Properties();
                try (InputStream in = jar.getInputStream(entry)) {
                    pom.load(in);
                }
                names.add(pom.getProperty("artifactId") + "-" + pom.getProperty("version") + ".jar");
            }
        }
        return names;
    }

    private void startMaster() throws IOException {
        int port = freePort();
        masterUrl = "spark://" + LOCALHOST + ":" + port;
        Path log = home.resolve("master.log");
        Process master = start("org.apache.spark.deploy.master.Master", "256m", null,
                List.of("--host", LOCALHOST, "--port", String.valueOf(port), "--webui-port", "0"), home.resolve("master-local"), log);
        await("the master listens on " + port, () -> accepts(port), master, log);
    }

    private void startWorker(String name) throws IOException {
        Path workDir = Files.createDirectories(home.resolve(name).resolve("work"));
        Process worker = start("org.apache.spark.deploy.worker.Worker", "256m", null,
                List.of("--host", LOCALHOST, "--webui-port", "0", "--cores", "1", "--memory", "1g", "--work-dir", workDir.toString(), masterUrl),
                home.resolve(name).resolve("local"), home.resolve(name + ".log"));
        workers.add(new Worker(worker, workDir));
    }

    private Process start(String mainClass, String heap, String extraClasspath, List<String> args, Path localDirs, Path log) throws IOException {
        String classpath = sparkHome.resolve("conf") + File.pathSeparator + sparkHome.resolve("jars").resolve("*")
                + (extraClasspath == null ? "" : File.pathSeparator + extraClasspath);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        // What Spark's bin/load-spark-env.sh sets: a worker needs it to build an executor's command.
        builder.environment().put("SPARK_SCALA_VERSION", scala.util.Properties.versionNumberString().replaceAll("^(\\d+\\.\\d+).*", "$1"));
        builder.environment().put("SPARK_LOCAL_IP", LOCALHOST);
        builder.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(localDirs).toString());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private void await(String what, BooleanSupplier condition, Process process, Path log) throws IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out waiting until " + what + (process.isAlive() ? "" : " (exited " + process.exitValue() + ")")
                        + "; the end of " + log + ":\n" + tail(log));
            }
            sleep(Duration.ofMillis(100));
        }
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean logContains(Path log, String text) {
        try {
            return Files.exists(log) && Files.readString(log).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket(LOCALHOST, port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOCALHOST))) {
            return socket.getLocalPort();
        }
    }

    /** Where the classes of {@code type} were loaded from (a directory or a jar). */
    static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
