package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The storage contract against a real MongoDB single-node replica set. Skipped, and reported as
 * skipped, where no Docker engine is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class MongoEventStorageEngineContainerIT extends EventStorageContract {
  @Override
  protected MongoDatabase freshDatabase() {
    return RealMongo.freshDatabase();
  }
}
