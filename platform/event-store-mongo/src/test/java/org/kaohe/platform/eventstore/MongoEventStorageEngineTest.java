package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoDatabase;

/** The storage contract against the in-process MongoDB-wire server. */
class MongoEventStorageEngineTest extends EventStorageContract {
  @Override
  protected MongoDatabase freshDatabase() {
    return TestEvents.freshDatabase();
  }
}
