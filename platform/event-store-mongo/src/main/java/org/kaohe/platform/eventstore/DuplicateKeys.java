package org.kaohe.platform.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/** Tells Axon that a unique-index violation is a concurrency conflict, not a storage failure. */
final class DuplicateKeys implements PersistenceExceptionResolver {

  @Override
  public boolean isDuplicateKeyViolation(Exception exception) {
    if (exception instanceof MongoWriteException write) {
      return ErrorCategory.fromErrorCode(write.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
    if (exception instanceof MongoBulkWriteException bulk) {
      return bulk.getWriteErrors().stream()
          .anyMatch(e -> ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY);
    }
    return false;
  }
}
