import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.locker.FileLockException;

/**
 * Runs an embedded Neo4j Community server with a Bolt connector, for local development and tests.
 *
 * Usage: java -cp "lib/*" Launcher.java <homeDir> <boltPort>
 *
 * Prints "READY bolt://127.0.0.1:<port>" once the default database is available.
 * Stops cleanly on SIGTERM/SIGINT and also when stdin reaches end-of-file, so the JVM never
 * outlives the process that spawned it (that process holds our stdin open until it exits).
 *
 * Optional: NEO4J_TRANSACTION_TIMEOUT (or -Dneo4j.transactionTimeout), e.g. "30s", sets
 * db.transaction.timeout. NEO4J_PAGECACHE_MB (or -Dneo4j.pagecacheMb) sets the page cache size.
 * NEO4J_TRANSACTION_MEMORY (or -Dneo4j.transactionMemory, default 256m) caps the heap one transaction
 * may use, NEO4J_TOTAL_TRANSACTION_MEMORY (or -Dneo4j.totalTransactionMemory, default 600m) all of them
 * together: a query that needs more fails its transaction instead of taking the JVM down with it.
 * -Dneo4j.pluginDir names a plugin folder (APOC for the benchmark) whose apoc.* procedures run
 * unrestricted; its jars must be on the classpath as well.
 */
public class Launcher {
    /** Exit codes that let the parent explain the two common start failures (3 is the JVM's out-of-memory exit). */
    private static final int EXIT_PORT_IN_USE = 20;
    private static final int EXIT_STORE_LOCKED = 21;
    private static final int EXIT_FAILED = 1;

    public static void main(String[] arguments) throws Exception {
        if (arguments.length != 2) {
            System.err.println("Usage: java -cp \"lib/*\" Launcher.java <homeDir> <boltPort>");
            System.exit(EXIT_FAILED);
        }
        Path homeDirectory = Path.of(arguments[0]).toAbsolutePath();
        int boltPort = Integer.parseInt(arguments[1]);

        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService service = running.getAndSet(null);
            if (service != null) {
                service.shutdown();
            }
        }, "neo4j-shutdown"));
        // Started before the (slow) DBMS start so a parent that dies during startup still takes us down.
        exitWhenStdinCloses();

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(homeDirectory)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // A local development database has nothing to report, and the network may be closed.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt otherwise idles 5 s per event-loop group (10 s in all) before shutdown completes.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                // The server stops waiting for a client's bookmark after 2 s; Neo4j then frees the connection too (default 30 s).
                .setConfig(GraphDatabaseSettings.bookmark_ready_timeout, Duration.ofSeconds(2))
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        ByteUnit.mebiBytes(Long.parseLong(option("neo4j.pagecacheMb", "NEO4J_PAGECACHE_MB", "256"))));
        long transactionMemory = SettingValueParsers.BYTES.parse(
                option("neo4j.transactionMemory", "NEO4J_TRANSACTION_MEMORY", "256m"));
        long totalTransactionMemory = SettingValueParsers.BYTES.parse(
                option("neo4j.totalTransactionMemory", "NEO4J_TOTAL_TRANSACTION_MEMORY", "600m"));
        builder.setConfig(GraphDatabaseSettings.memory_transaction_max_size, transactionMemory)
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, totalTransactionMemory);
        String pluginDirectory = option("neo4j.pluginDir", "NEO4J_PLUGIN_DIR", null);
        if (pluginDirectory != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, Path.of(pluginDirectory).toAbsolutePath())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"));
        }
        String minReplanInterval = option("neo4j.minReplanInterval", "NEO4J_MIN_REPLAN_INTERVAL", null);
        if (minReplanInterval != null) {
            builder.setConfig(GraphDatabaseSettings.cypher_min_replan_interval, SettingValueParsers.DURATION.parse(minReplanInterval));
        }
        String transactionTimeout = option("neo4j.transactionTimeout", "NEO4J_TRANSACTION_TIMEOUT", null);
        if (transactionTimeout != null) {
            builder.setConfig(GraphDatabaseSettings.transaction_timeout, SettingValueParsers.DURATION.parse(transactionTimeout));
        }

        DatabaseManagementService service;
        try {
            service = builder.build();
        } catch (RuntimeException startFailure) {
            if (hasCause(startFailure, BindException.class)) {
                System.err.println("Bolt port " + boltPort + " is already in use.");
                System.exit(EXIT_PORT_IN_USE);
            }
            if (hasCause(startFailure, FileLockException.class)) {
                System.err.println("The database in " + homeDirectory + " is locked by another Neo4j process.");
                System.exit(EXIT_STORE_LOCKED);
            }
            startFailure.printStackTrace();
            // The stack is long; end with the root cause so the last lines say what went wrong.
            System.err.println("Neo4j failed to start: " + rootCause(startFailure));
            System.exit(EXIT_FAILED);
            return;
        }
        running.set(service);

        GraphDatabaseService database = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!database.isAvailable(60_000)) {
            System.err.println("Database '" + database.databaseName() + "' did not become available.");
            System.exit(EXIT_FAILED);
        }
        System.out.println("READY bolt://127.0.0.1:" + boltPort);
        System.out.flush();
        // main returns; Neo4j's non-daemon threads keep the JVM alive until shutdown.
    }

    private static void exitWhenStdinCloses() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try {
                InputStream input = System.in;
                while (input.read(buffer) != -1) {
                    // Input is ignored; only end-of-file matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone, same as end-of-file.
            }
            System.exit(0);
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static String option(String propertyName, String environmentName, String fallback) {
        String value = System.getProperty(propertyName);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasCause(Throwable throwable, Class<? extends Throwable> type) {
        for (Throwable current = throwable; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return true;
            }
        }
        return false;
    }
}
