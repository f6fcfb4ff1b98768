package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoDatabase;

/** The concurrent-writers property against the in-process MongoDB-wire server. */
class ConcurrentWritersTest extends ConcurrentWritersContract {
  @Override
  protected MongoDatabase freshDatabase() {
    return TestEvents.freshDatabase();
  }
}
