package org.offerfacts.fetch;

/** What kind of place an IP address leads to; only {@link #PUBLIC} is fetched by default. */
public enum AddressCategory {
  PUBLIC("a public address"),
  LOOPBACK("a loopback address"),
  UNSPECIFIED("an unspecified address"),
  PRIVATE("a private address"),
  CARRIER_GRADE_NAT("a carrier-grade NAT address"),
  LINK_LOCAL("a link-local address"),
  UNIQUE_LOCAL("a unique-local (private IPv6) address"),
  MULTICAST("a multicast address"),
  BROADCAST("the broadcast address"),
  RESERVED("a reserved address"),
  BENCHMARKING("a benchmarking address"),
  DOCUMENTATION("a documentation address"),
  CLOUD_METADATA("a cloud metadata address"),
  TUNNEL("a tunnel or translator address");

  private final String phrase;

  AddressCategory(String phrase) {
    this.phrase = phrase;
  }

  /** Words for an end-user message: "10.0.0.5, a private address". */
  public String phrase() {
    return phrase;
  }

  public boolean isPublic() {
    return this == PUBLIC;
  }
}
