package org.offerfacts.store;

import static org.offerfacts.store.Database.Backend.SQLITE;

import org.junit.jupiter.api.Nested;

/** Every store's contract on SQLite: a new file in a temporary folder for each test. */
class SqliteStoresTest {
  @Nested class Offers extends OfferStoreContract {
    Offers() {
      super(SQLITE);
    }
  }

  @Nested class Contents extends ContentStoreContract {
    Contents() {
      super(SQLITE);
    }
  }

  @Nested class Documents extends DocumentStoreContract {
    Documents() {
      super(SQLITE);
    }
  }

  @Nested class Facts extends FactStoreContract {
    Facts() {
      super(SQLITE);
    }
  }

  @Nested class Jobs extends JobStoreContract {
    Jobs() {
      super(SQLITE);
    }
  }
}
