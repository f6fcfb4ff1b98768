package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.testcontainers.junit.jupiter.Testcontainers;

/** Tamper evidence against a real MongoDB; skipped, visibly, without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class HashChainContainerIT extends HashChainContract {
  @Override
  protected MongoDatabase freshDatabase() {
    return RealMongo.freshDatabase();
  }

  @Override
  protected String connectionString() {
    return RealMongo.connectionString();
  }
}
