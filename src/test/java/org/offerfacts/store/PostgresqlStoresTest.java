package org.offerfacts.store;

import static org.offerfacts.store.Database.Backend.POSTGRESQL;

import org.junit.jupiter.api.Nested;

/** Every store's contract on a real PostgreSQL 17: a new database per class, emptied before each test. */
class PostgresqlStoresTest {
  @Nested class Offers extends OfferStoreContract {
    Offers() {
      super(POSTGRESQL);
    }
  }

  @Nested class Contents extends ContentStoreContract {
    Contents() {
      super(POSTGRESQL);
    }
  }

  @Nested class Documents extends DocumentStoreContract {
    Documents() {
      super(POSTGRESQL);
    }
  }

  @Nested class Facts extends FactStoreContract {
    Facts() {
      super(POSTGRESQL);
    }
  }

  @Nested class Jobs extends JobStoreContract {
    Jobs() {
      super(POSTGRESQL);
    }
  }
}
