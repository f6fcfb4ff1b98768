package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/** The concurrent-writers property against a real MongoDB; skipped, visibly, without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class ConcurrentWritersContainerIT extends ConcurrentWritersContract {
  @Override
  protected MongoDatabase freshDatabase() {
    return RealMongo.freshDatabase();
  }
}
