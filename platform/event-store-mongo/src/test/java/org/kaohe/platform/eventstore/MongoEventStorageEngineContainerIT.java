package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The storage contract against a real MongoDB single-node replica set. Skipped, and reported as
 * skipped, where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoEventStorageEngineContainerIT extends EventStorageContract {
  private static MongoDBContainer mongo;
  private static MongoClient client;
  private static int databases;

  @BeforeAll
  static void startMongo() {
    mongo = new MongoDBContainer("mongo:8.0.15");
    mongo.start();
    client = MongoClients.create(mongo.getReplicaSetUrl());
  }

  @AfterAll
  static void stopMongo() {
    if (client != null) {
      client.close();
    }
    if (mongo != null) {
      mongo.stop();
    }
  }

  @Override
  protected MongoDatabase freshDatabase() {
    return client.getDatabase("container-it-" + (++databases));
  }
}
