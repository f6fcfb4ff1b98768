package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.mongodb.MongoDBContainer;

/** One real MongoDB replica set per test JVM, for the container tier; started on first use. */
final class RealMongo {
  static final String IMAGE = "mongo:8.0.15";
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private RealMongo() {}

  private static final class Started {
    static final MongoDBContainer CONTAINER = start();
    static final MongoClient CLIENT = MongoClients.create(CONTAINER.getReplicaSetUrl());

    private static MongoDBContainer start() {
      MongoDBContainer container = new MongoDBContainer(IMAGE);
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
      return container;
    }
  }

  static MongoDatabase freshDatabase() {
    return Started.CLIENT.getDatabase("container-it-" + DATABASES.incrementAndGet());
  }

  static String connectionString() {
    return Started.CONTAINER.getReplicaSetUrl();
  }
}
