package org.offerfacts.fetch;

/** Fetches a user-supplied URL under the safety rules of {@link FetchPolicy}. */
public interface UrlFetcher {
  FetchedResource fetch(String url) throws FetchException;
}
