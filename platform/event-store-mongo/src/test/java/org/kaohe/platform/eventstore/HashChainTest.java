package org.kaohe.platform.eventstore;

import com.mongodb.client.MongoDatabase;
import org.kaohe.tools.embedded.SharedInfrastructure;

/** Tamper evidence against the in-process MongoDB-wire server. */
class HashChainTest extends HashChainContract {
  @Override
  protected MongoDatabase freshDatabase() {
    return TestEvents.freshDatabase();
  }

  @Override
  protected String connectionString() {
    return SharedInfrastructure.mongo().connectionString();
  }
}
