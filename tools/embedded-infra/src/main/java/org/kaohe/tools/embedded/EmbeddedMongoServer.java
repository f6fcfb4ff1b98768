package org.kaohe.tools.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB-wire-protocol server (mongo-java-server) in this JVM, on 127.0.0.1. With a data file it
 * keeps documents and unique indexes in an H2 MVStore file across restarts; without one it keeps
 * them in memory. It has no transactions, change streams or non-unique indexes.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

  private final MongoServer server;
  private final int port;
  private boolean closed;

  private EmbeddedMongoServer(MongoServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * @param dataFile the H2 file to keep data in, or {@code null} to keep it in memory
   * @param port the port to listen on, or 0 for a free one
   */
  public static EmbeddedMongoServer start(Path dataFile, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("MongoDB port must be between 0 and 65535, got " + port);
    }
    QuietLogging.apply();
    MongoServer server = new MongoServer(backendFor(dataFile));
    try {
      server.bind("127.0.0.1", port);
    } catch (Exception e) { // Netty throws BindException without declaring it
      server.shutdownNow();
      throw new IllegalStateException(
          "MongoDB server could not listen on 127.0.0.1:" + port + " (is the port in use?)", e);
    }
    InetSocketAddress address = server.getLocalAddress();
    return new EmbeddedMongoServer(server, address.getPort());
  }

  public String connectionString() {
    return "mongodb://127.0.0.1:" + port;
  }

  /**
   * Closes client connections and the backend, flushing the data file; a second call does nothing.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    server.shutdown();
  }

  private static MongoBackend backendFor(Path dataFile) {
    if (dataFile == null) {
      return new MemoryBackend();
    }
    try {
      Path parent = dataFile.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return new H2Backend(dataFile.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the directory for " + dataFile, e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Could not open MongoDB data file " + dataFile + " (is another process using it?)", e);
    }
  }
}
